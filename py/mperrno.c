// The errno name table: value <-> name for every errno CPython's errno
// module knows on Linux and macOS.
//
// This file is the single platform table of py/: which E* names exist
// depends on the host's <errno.h>, so each entry is guarded by
// `#if defined(EXXX)`. STYLE forbids #ifdef feature tests elsewhere in py/;
// this table is the one allowed exception, and no other file may test errno
// names this way (they use the MP_Exxx names of py/mperrno.h, which exist on
// every supported host).
#include "py/mpconfig.h"

#include <errno.h>

#include "py/mperrno.h"

// Sorted by name, except that the aliases whose value has another preferred
// name come last, so that a search from the start finds the name CPython's
// errno.errorcode gives (EAGAIN, ENOTSUP and EDEADLOCK on Linux). Read once,
// when the errno module is built: cold data (MP_COLD_DATA).
// clang-format off
const mp_errno_name_t mp_errno_names[] MP_COLD_DATA = {
#if defined(E2BIG)
    { MP_QSTR_E2BIG, E2BIG },
#endif
#if defined(EACCES)
    { MP_QSTR_EACCES, EACCES },
#endif
#if defined(EADDRINUSE)
    { MP_QSTR_EADDRINUSE, EADDRINUSE },
#endif
#if defined(EADDRNOTAVAIL)
    { MP_QSTR_EADDRNOTAVAIL, EADDRNOTAVAIL },
#endif
#if defined(EADV)
    { MP_QSTR_EADV, EADV },
#endif
#if defined(EAFNOSUPPORT)
    { MP_QSTR_EAFNOSUPPORT, EAFNOSUPPORT },
#endif
#if defined(EAGAIN)
    { MP_QSTR_EAGAIN, EAGAIN },
#endif
#if defined(EALREADY)
    { MP_QSTR_EALREADY, EALREADY },
#endif
#if defined(EAUTH)
    { MP_QSTR_EAUTH, EAUTH },
#endif
#if defined(EBADARCH)
    { MP_QSTR_EBADARCH, EBADARCH },
#endif
#if defined(EBADE)
    { MP_QSTR_EBADE, EBADE },
#endif
#if defined(EBADEXEC)
    { MP_QSTR_EBADEXEC, EBADEXEC },
#endif
#if defined(EBADF)
    { MP_QSTR_EBADF, EBADF },
#endif
#if defined(EBADFD)
    { MP_QSTR_EBADFD, EBADFD },
#endif
#if defined(EBADMACHO)
    { MP_QSTR_EBADMACHO, EBADMACHO },
#endif
#if defined(EBADMSG)
    { MP_QSTR_EBADMSG, EBADMSG },
#endif
#if defined(EBADR)
    { MP_QSTR_EBADR, EBADR },
#endif
#if defined(EBADRPC)
    { MP_QSTR_EBADRPC, EBADRPC },
#endif
#if defined(EBADRQC)
    { MP_QSTR_EBADRQC, EBADRQC },
#endif
#if defined(EBADSLT)
    { MP_QSTR_EBADSLT, EBADSLT },
#endif
#if defined(EBFONT)
    { MP_QSTR_EBFONT, EBFONT },
#endif
#if defined(EBUSY)
    { MP_QSTR_EBUSY, EBUSY },
#endif
#if defined(ECANCELED)
    { MP_QSTR_ECANCELED, ECANCELED },
#endif
#if defined(ECHILD)
    { MP_QSTR_ECHILD, ECHILD },
#endif
#if defined(ECHRNG)
    { MP_QSTR_ECHRNG, ECHRNG },
#endif
#if defined(ECOMM)
    { MP_QSTR_ECOMM, ECOMM },
#endif
#if defined(ECONNABORTED)
    { MP_QSTR_ECONNABORTED, ECONNABORTED },
#endif
#if defined(ECONNREFUSED)
    { MP_QSTR_ECONNREFUSED, ECONNREFUSED },
#endif
#if defined(ECONNRESET)
    { MP_QSTR_ECONNRESET, ECONNRESET },
#endif
#if defined(EDEADLOCK)
    { MP_QSTR_EDEADLOCK, EDEADLOCK },
#endif
#if defined(EDESTADDRREQ)
    { MP_QSTR_EDESTADDRREQ, EDESTADDRREQ },
#endif
#if defined(EDEVERR)
    { MP_QSTR_EDEVERR, EDEVERR },
#endif
#if defined(EDOM)
    { MP_QSTR_EDOM, EDOM },
#endif
#if defined(EDOTDOT)
    { MP_QSTR_EDOTDOT, EDOTDOT },
#endif
#if defined(EDQUOT)
    { MP_QSTR_EDQUOT, EDQUOT },
#endif
#if defined(EEXIST)
    { MP_QSTR_EEXIST, EEXIST },
#endif
#if defined(EFAULT)
    { MP_QSTR_EFAULT, EFAULT },
#endif
#if defined(EFBIG)
    { MP_QSTR_EFBIG, EFBIG },
#endif
#if defined(EFTYPE)
    { MP_QSTR_EFTYPE, EFTYPE },
#endif
#if defined(EHOSTDOWN)
    { MP_QSTR_EHOSTDOWN, EHOSTDOWN },
#endif
#if defined(EHOSTUNREACH)
    { MP_QSTR_EHOSTUNREACH, EHOSTUNREACH },
#endif
#if defined(EIDRM)
    { MP_QSTR_EIDRM, EIDRM },
#endif
#if defined(EILSEQ)
    { MP_QSTR_EILSEQ, EILSEQ },
#endif
#if defined(EINPROGRESS)
    { MP_QSTR_EINPROGRESS, EINPROGRESS },
#endif
#if defined(EINTR)
    { MP_QSTR_EINTR, EINTR },
#endif
#if defined(EINVAL)
    { MP_QSTR_EINVAL, EINVAL },
#endif
#if defined(EIO)
    { MP_QSTR_EIO, EIO },
#endif
#if defined(EISCONN)
    { MP_QSTR_EISCONN, EISCONN },
#endif
#if defined(EISDIR)
    { MP_QSTR_EISDIR, EISDIR },
#endif
#if defined(EISNAM)
    { MP_QSTR_EISNAM, EISNAM },
#endif
#if defined(EKEYEXPIRED)
    { MP_QSTR_EKEYEXPIRED, EKEYEXPIRED },
#endif
#if defined(EKEYREJECTED)
    { MP_QSTR_EKEYREJECTED, EKEYREJECTED },
#endif
#if defined(EKEYREVOKED)
    { MP_QSTR_EKEYREVOKED, EKEYREVOKED },
#endif
#if defined(EL2HLT)
    { MP_QSTR_EL2HLT, EL2HLT },
#endif
#if defined(EL2NSYNC)
    { MP_QSTR_EL2NSYNC, EL2NSYNC },
#endif
#if defined(EL3HLT)
    { MP_QSTR_EL3HLT, EL3HLT },
#endif
#if defined(EL3RST)
    { MP_QSTR_EL3RST, EL3RST },
#endif
#if defined(ELIBACC)
    { MP_QSTR_ELIBACC, ELIBACC },
#endif
#if defined(ELIBBAD)
    { MP_QSTR_ELIBBAD, ELIBBAD },
#endif
#if defined(ELIBEXEC)
    { MP_QSTR_ELIBEXEC, ELIBEXEC },
#endif
#if defined(ELIBMAX)
    { MP_QSTR_ELIBMAX, ELIBMAX },
#endif
#if defined(ELIBSCN)
    { MP_QSTR_ELIBSCN, ELIBSCN },
#endif
#if defined(ELNRNG)
    { MP_QSTR_ELNRNG, ELNRNG },
#endif
#if defined(ELOOP)
    { MP_QSTR_ELOOP, ELOOP },
#endif
#if defined(EMEDIUMTYPE)
    { MP_QSTR_EMEDIUMTYPE, EMEDIUMTYPE },
#endif
#if defined(EMFILE)
    { MP_QSTR_EMFILE, EMFILE },
#endif
#if defined(EMLINK)
    { MP_QSTR_EMLINK, EMLINK },
#endif
#if defined(EMSGSIZE)
    { MP_QSTR_EMSGSIZE, EMSGSIZE },
#endif
#if defined(EMULTIHOP)
    { MP_QSTR_EMULTIHOP, EMULTIHOP },
#endif
#if defined(ENAMETOOLONG)
    { MP_QSTR_ENAMETOOLONG, ENAMETOOLONG },
#endif
#if defined(ENAVAIL)
    { MP_QSTR_ENAVAIL, ENAVAIL },
#endif
#if defined(ENEEDAUTH)
    { MP_QSTR_ENEEDAUTH, ENEEDAUTH },
#endif
#if defined(ENETDOWN)
    { MP_QSTR_ENETDOWN, ENETDOWN },
#endif
#if defined(ENETRESET)
    { MP_QSTR_ENETRESET, ENETRESET },
#endif
#if defined(ENETUNREACH)
    { MP_QSTR_ENETUNREACH, ENETUNREACH },
#endif
#if defined(ENFILE)
    { MP_QSTR_ENFILE, ENFILE },
#endif
#if defined(ENOANO)
    { MP_QSTR_ENOANO, ENOANO },
#endif
#if defined(ENOATTR)
    { MP_QSTR_ENOATTR, ENOATTR },
#endif
#if defined(ENOBUFS)
    { MP_QSTR_ENOBUFS, ENOBUFS },
#endif
#if defined(ENOCSI)
    { MP_QSTR_ENOCSI, ENOCSI },
#endif
#if defined(ENODATA)
    { MP_QSTR_ENODATA, ENODATA },
#endif
#if defined(ENODEV)
    { MP_QSTR_ENODEV, ENODEV },
#endif
#if defined(ENOENT)
    { MP_QSTR_ENOENT, ENOENT },
#endif
#if defined(ENOEXEC)
    { MP_QSTR_ENOEXEC, ENOEXEC },
#endif
#if defined(ENOKEY)
    { MP_QSTR_ENOKEY, ENOKEY },
#endif
#if defined(ENOLCK)
    { MP_QSTR_ENOLCK, ENOLCK },
#endif
#if defined(ENOLINK)
    { MP_QSTR_ENOLINK, ENOLINK },
#endif
#if defined(ENOMEDIUM)
    { MP_QSTR_ENOMEDIUM, ENOMEDIUM },
#endif
#if defined(ENOMEM)
    { MP_QSTR_ENOMEM, ENOMEM },
#endif
#if defined(ENOMSG)
    { MP_QSTR_ENOMSG, ENOMSG },
#endif
#if defined(ENONET)
    { MP_QSTR_ENONET, ENONET },
#endif
#if defined(ENOPKG)
    { MP_QSTR_ENOPKG, ENOPKG },
#endif
#if defined(ENOPOLICY)
    { MP_QSTR_ENOPOLICY, ENOPOLICY },
#endif
#if defined(ENOPROTOOPT)
    { MP_QSTR_ENOPROTOOPT, ENOPROTOOPT },
#endif
#if defined(ENOSPC)
    { MP_QSTR_ENOSPC, ENOSPC },
#endif
#if defined(ENOSR)
    { MP_QSTR_ENOSR, ENOSR },
#endif
#if defined(ENOSTR)
    { MP_QSTR_ENOSTR, ENOSTR },
#endif
#if defined(ENOSYS)
    { MP_QSTR_ENOSYS, ENOSYS },
#endif
#if defined(ENOTBLK)
    { MP_QSTR_ENOTBLK, ENOTBLK },
#endif
#if defined(ENOTCAPABLE)
    { MP_QSTR_ENOTCAPABLE, ENOTCAPABLE },
#endif
#if defined(ENOTCONN)
    { MP_QSTR_ENOTCONN, ENOTCONN },
#endif
#if defined(ENOTDIR)
    { MP_QSTR_ENOTDIR, ENOTDIR },
#endif
#if defined(ENOTEMPTY)
    { MP_QSTR_ENOTEMPTY, ENOTEMPTY },
#endif
#if defined(ENOTNAM)
    { MP_QSTR_ENOTNAM, ENOTNAM },
#endif
#if defined(ENOTRECOVERABLE)
    { MP_QSTR_ENOTRECOVERABLE, ENOTRECOVERABLE },
#endif
#if defined(ENOTSOCK)
    { MP_QSTR_ENOTSOCK, ENOTSOCK },
#endif
#if defined(ENOTSUP)
    { MP_QSTR_ENOTSUP, ENOTSUP },
#endif
#if defined(ENOTTY)
    { MP_QSTR_ENOTTY, ENOTTY },
#endif
#if defined(ENOTUNIQ)
    { MP_QSTR_ENOTUNIQ, ENOTUNIQ },
#endif
#if defined(ENXIO)
    { MP_QSTR_ENXIO, ENXIO },
#endif
#if defined(EOVERFLOW)
    { MP_QSTR_EOVERFLOW, EOVERFLOW },
#endif
#if defined(EOWNERDEAD)
    { MP_QSTR_EOWNERDEAD, EOWNERDEAD },
#endif
#if defined(EPERM)
    { MP_QSTR_EPERM, EPERM },
#endif
#if defined(EPFNOSUPPORT)
    { MP_QSTR_EPFNOSUPPORT, EPFNOSUPPORT },
#endif
#if defined(EPIPE)
    { MP_QSTR_EPIPE, EPIPE },
#endif
#if defined(EPROCLIM)
    { MP_QSTR_EPROCLIM, EPROCLIM },
#endif
#if defined(EPROCUNAVAIL)
    { MP_QSTR_EPROCUNAVAIL, EPROCUNAVAIL },
#endif
#if defined(EPROGMISMATCH)
    { MP_QSTR_EPROGMISMATCH, EPROGMISMATCH },
#endif
#if defined(EPROGUNAVAIL)
    { MP_QSTR_EPROGUNAVAIL, EPROGUNAVAIL },
#endif
#if defined(EPROTO)
    { MP_QSTR_EPROTO, EPROTO },
#endif
#if defined(EPROTONOSUPPORT)
    { MP_QSTR_EPROTONOSUPPORT, EPROTONOSUPPORT },
#endif
#if defined(EPROTOTYPE)
    { MP_QSTR_EPROTOTYPE, EPROTOTYPE },
#endif
#if defined(EPWROFF)
    { MP_QSTR_EPWROFF, EPWROFF },
#endif
#if defined(EQFULL)
    { MP_QSTR_EQFULL, EQFULL },
#endif
#if defined(ERANGE)
    { MP_QSTR_ERANGE, ERANGE },
#endif
#if defined(EREMCHG)
    { MP_QSTR_EREMCHG, EREMCHG },
#endif
#if defined(EREMOTE)
    { MP_QSTR_EREMOTE, EREMOTE },
#endif
#if defined(EREMOTEIO)
    { MP_QSTR_EREMOTEIO, EREMOTEIO },
#endif
#if defined(ERESTART)
    { MP_QSTR_ERESTART, ERESTART },
#endif
#if defined(ERFKILL)
    { MP_QSTR_ERFKILL, ERFKILL },
#endif
#if defined(EROFS)
    { MP_QSTR_EROFS, EROFS },
#endif
#if defined(ERPCMISMATCH)
    { MP_QSTR_ERPCMISMATCH, ERPCMISMATCH },
#endif
#if defined(ESHLIBVERS)
    { MP_QSTR_ESHLIBVERS, ESHLIBVERS },
#endif
#if defined(ESHUTDOWN)
    { MP_QSTR_ESHUTDOWN, ESHUTDOWN },
#endif
#if defined(ESOCKTNOSUPPORT)
    { MP_QSTR_ESOCKTNOSUPPORT, ESOCKTNOSUPPORT },
#endif
#if defined(ESPIPE)
    { MP_QSTR_ESPIPE, ESPIPE },
#endif
#if defined(ESRCH)
    { MP_QSTR_ESRCH, ESRCH },
#endif
#if defined(ESRMNT)
    { MP_QSTR_ESRMNT, ESRMNT },
#endif
#if defined(ESTALE)
    { MP_QSTR_ESTALE, ESTALE },
#endif
#if defined(ESTRPIPE)
    { MP_QSTR_ESTRPIPE, ESTRPIPE },
#endif
#if defined(ETIME)
    { MP_QSTR_ETIME, ETIME },
#endif
#if defined(ETIMEDOUT)
    { MP_QSTR_ETIMEDOUT, ETIMEDOUT },
#endif
#if defined(ETOOMANYREFS)
    { MP_QSTR_ETOOMANYREFS, ETOOMANYREFS },
#endif
#if defined(ETXTBSY)
    { MP_QSTR_ETXTBSY, ETXTBSY },
#endif
#if defined(EUCLEAN)
    { MP_QSTR_EUCLEAN, EUCLEAN },
#endif
#if defined(EUNATCH)
    { MP_QSTR_EUNATCH, EUNATCH },
#endif
#if defined(EUSERS)
    { MP_QSTR_EUSERS, EUSERS },
#endif
#if defined(EXDEV)
    { MP_QSTR_EXDEV, EXDEV },
#endif
#if defined(EXFULL)
    { MP_QSTR_EXFULL, EXFULL },
#endif
#if defined(EWOULDBLOCK)
    { MP_QSTR_EWOULDBLOCK, EWOULDBLOCK },
#endif
#if defined(EDEADLK)
    { MP_QSTR_EDEADLK, EDEADLK },
#endif
#if defined(EOPNOTSUPP)
    { MP_QSTR_EOPNOTSUPP, EOPNOTSUPP },
#endif
};
// clang-format on

const size_t mp_errno_names_len = MP_ARRAY_SIZE(mp_errno_names);

qstr mp_errno_to_qstr(int errno_) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(mp_errno_names); i++) {
        if (mp_errno_names[i].value == errno_) {
            return mp_errno_names[i].name;
        }
    }
    return MP_QSTRnull;
}

const char *mp_errno_to_str(int errno_) {
    qstr q = mp_errno_to_qstr(errno_);
    if (q == MP_QSTRnull) {
        return NULL;
    }
    return qstr_str(q);
}
