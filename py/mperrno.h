// errno values and names: the one place in py/ that includes <errno.h>.
// MP_Exxx are the host's own values, so an errno from a syscall can be passed
// straight to mp_raise_OSError and compared with the errno module's constants.
#ifndef MICROPY_INCLUDED_PY_MPERRNO_H
#define MICROPY_INCLUDED_PY_MPERRNO_H

#include "py/mpconfig.h"

#include <errno.h>

#include "py/qstr.h"

// The POSIX errors the core and extmod/ use by name (all of them exist on
// Linux and macOS).
#define MP_EPERM EPERM
#define MP_ENOENT ENOENT
#define MP_ESRCH ESRCH
#define MP_EINTR EINTR
#define MP_EIO EIO
#define MP_ENXIO ENXIO
#define MP_E2BIG E2BIG
#define MP_ENOEXEC ENOEXEC
#define MP_EBADF EBADF
#define MP_ECHILD ECHILD
#define MP_EAGAIN EAGAIN
#define MP_EWOULDBLOCK EWOULDBLOCK
#define MP_ENOMEM ENOMEM
#define MP_EACCES EACCES
#define MP_EFAULT EFAULT
#define MP_EBUSY EBUSY
#define MP_EEXIST EEXIST
#define MP_EXDEV EXDEV
#define MP_ENODEV ENODEV
#define MP_ENOTDIR ENOTDIR
#define MP_EISDIR EISDIR
#define MP_EINVAL EINVAL
#define MP_ENFILE ENFILE
#define MP_EMFILE EMFILE
#define MP_ENOTTY ENOTTY
#define MP_EFBIG EFBIG
#define MP_ENOSPC ENOSPC
#define MP_ESPIPE ESPIPE
#define MP_EROFS EROFS
#define MP_EMLINK EMLINK
#define MP_EPIPE EPIPE
#define MP_EDOM EDOM
#define MP_ERANGE ERANGE
#define MP_EDEADLK EDEADLK
#define MP_ENAMETOOLONG ENAMETOOLONG
#define MP_ENOLCK ENOLCK
#define MP_ENOSYS ENOSYS
#define MP_ENOTEMPTY ENOTEMPTY
#define MP_ELOOP ELOOP
#define MP_EOVERFLOW EOVERFLOW
#define MP_EILSEQ EILSEQ
#define MP_ECANCELED ECANCELED
#define MP_ENOTSOCK ENOTSOCK
#define MP_EDESTADDRREQ EDESTADDRREQ
#define MP_EMSGSIZE EMSGSIZE
#define MP_EPROTOTYPE EPROTOTYPE
#define MP_ENOPROTOOPT ENOPROTOOPT
#define MP_EPROTONOSUPPORT EPROTONOSUPPORT
#define MP_ENOTSUP ENOTSUP
#define MP_EOPNOTSUPP EOPNOTSUPP
#define MP_EAFNOSUPPORT EAFNOSUPPORT
#define MP_EADDRINUSE EADDRINUSE
#define MP_EADDRNOTAVAIL EADDRNOTAVAIL
#define MP_ENETDOWN ENETDOWN
#define MP_ENETUNREACH ENETUNREACH
#define MP_ENETRESET ENETRESET
#define MP_ECONNABORTED ECONNABORTED
#define MP_ECONNRESET ECONNRESET
#define MP_ENOBUFS ENOBUFS
#define MP_EISCONN EISCONN
#define MP_ENOTCONN ENOTCONN
#define MP_ESHUTDOWN ESHUTDOWN
#define MP_ETIMEDOUT ETIMEDOUT
#define MP_ECONNREFUSED ECONNREFUSED
#define MP_EHOSTDOWN EHOSTDOWN
#define MP_EHOSTUNREACH EHOSTUNREACH
#define MP_EALREADY EALREADY
#define MP_EINPROGRESS EINPROGRESS

// Every errno name CPython's errno module has on this host, with its value.
// When several names share a value (EAGAIN/EWOULDBLOCK, ENOTSUP/EOPNOTSUPP,
// EDEADLOCK/EDEADLK) the name CPython's errno.errorcode gives comes first.
typedef struct _mp_errno_name_t {
    uint16_t name; // qstr of the name, e.g. MP_QSTR_ENOENT
    uint16_t value; // (errno values are small and positive: 4 bytes a row, not 8)
} mp_errno_name_t;
extern const mp_errno_name_t mp_errno_names[];
extern const size_t mp_errno_names_len;

// "ENOENT" for ENOENT; NULL if the value has no name.
const char *mp_errno_to_str(int errno_);
// The qstr of the name (MP_QSTRnull if none): for errno.errorcode.
qstr mp_errno_to_qstr(int errno_);

#endif // MICROPY_INCLUDED_PY_MPERRNO_H
