// Internal interface of the socket module, shared by extmod/objsocket.c (the
// socket type and the wait/retry driver), extmod/modsocket.c (the module's
// functions and constants), extmod/socketaddr.c (addresses and the
// resolver), extmod/socketmsg.c (sendmsg/recvmsg, sendfile) and, later, the
// ssl module.
#ifndef MICROPY_INCLUDED_EXTMOD_MODSOCKET_H
#define MICROPY_INCLUDED_EXTMOD_MODSOCKET_H

#include "py/obj.h"
#include "py/runtime.h"
#include "py/mperrno.h"

#include <sys/socket.h>
#include <sys/types.h>

// A socket is an fd that is always in O_NONBLOCK mode plus a timeout that
// says how the Python-level calls wait: timeout < 0 blocks, 0 never waits,
// > 0 waits at most that many seconds (a float, so gettimeout() returns
// exactly what settimeout() was given). fd is -1 once closed. wait_hint
// remembers, per direction (MP_SOCKET_HINT_*), that the last waiting call
// found the socket not ready, so the next one polls before its syscall;
// spin_hint, that the last wait was short, so the next one busy-waits a
// little before it sleeps (see sock_wait in extmod/objsocket.c). waiters
// counts the threads sleeping in poll() on fd, which close() must wake;
// closing_fd is the fd such a close() left for the last of them to close;
// waiters_fork is mp_fdwait_forks when waiters was counted (after a fork,
// the child has none of those threads).
// so_timeo says that the program may have set a kernel timeout
// (SO_RCVTIMEO, SO_SNDTIMEO), which a blocking socket then honours as a
// blocking fd would (sock_deadline).
typedef struct _mp_obj_socket_t {
    mp_obj_base_t base;
    int fd;
    int family;
    int type;
    int proto;
    mp_float_t timeout;
    uint8_t wait_hint;
    uint8_t spin_hint;
    uint16_t waiters;
    int closing_fd;
    bool so_timeo;
    uint8_t file_mode; // makefile()'s mode: 1 rb, 2 wb, 3 rwb; 0 before any makefile()
    uint8_t waiters_fork;
} mp_obj_socket_t;

#define MP_SOCKET_HINT_IN (1)
#define MP_SOCKET_HINT_OUT (2)

extern const mp_obj_type_t mp_type_socket;

// socket.herror (OSError subclass), raised by gethostbyaddr().
extern const mp_obj_type_t mp_socket_type_herror;

// IPPROTO_SEC: the protocol number that asks for a TLS socket (WiPy's value;
// no host protocol has it).
#define MP_SOCKET_IPPROTO_SEC (100)

// ---------------------------------------------------------------------------
// Platform differences: the one place in extmod/ that tests for them.
// - Writing to a socket whose peer has gone must give EPIPE, never SIGPIPE:
//   Linux has the per-call flag MSG_NOSIGNAL, macOS the per-socket option
//   SO_NOSIGPIPE (the Unix port also ignores SIGPIPE, so either is a second
//   line of defence).
#if defined(MSG_NOSIGNAL)
#define MP_SOCKET_SEND_FLAGS (MSG_NOSIGNAL)
#else
#define MP_SOCKET_SEND_FLAGS (0)
#endif
#if defined(SO_NOSIGPIPE)
#define MP_SOCKET_HAS_SO_NOSIGPIPE (1)
#else
#define MP_SOCKET_HAS_SO_NOSIGPIPE (0)
#endif
// - An AF_UNIX path that starts with a NUL byte is a Linux abstract name, in
//   which every byte counts. Other hosts (macOS) report an unbound peer as
//   a path of NULs, which CPython shows as ''.
#if defined(__linux__)
#define MP_SOCKET_HAS_ABSTRACT_UNIX (1)
#else
#define MP_SOCKET_HAS_ABSTRACT_UNIX (0)
#endif
// - A connect() that failed in the background leaves a Linux socket half
//   way: the next connect() reports ECONNABORTED instead of trying again,
//   where a blocking connect (CPython's without a timeout) resets it. One more
//   connect() call, whose result is ignored, does that reset.
// - A datagram socket or an AF_UNIX listener shut down for reading polls
//   readable (POLLRDHUP too) on Linux while the non-blocking call keeps saying
//   EAGAIN: only a blocking call returns (0 bytes; EINVAL from accept), at
//   once. (BSD's non-blocking call returns those already.)
#if defined(__linux__)
#define MP_SOCKET_POLLRDHUP (0x2000)
#else
#define MP_SOCKET_POLLRDHUP (0)
#endif
#if defined(__linux__)
#define MP_SOCKET_RESET_FAILED_CONNECT (1)
#else
#define MP_SOCKET_RESET_FAILED_CONNECT (0)
#endif
// - sendfile(): Linux's sendfile(out, in, &offset, count) and macOS's
//   sendfile(in, out, offset, &len, hdtr, flags) do the same zero-copy send
//   (mp_socket_sendfile_fd hides which); only Linux's can read from the file
//   position instead of an offset. Other hosts have none: os.sendfile is
//   missing and socket.sendfile() always reads and send()s.
#if defined(__linux__) || defined(__APPLE__)
#define MP_SOCKET_HAS_SENDFILE (1)
#else
#define MP_SOCKET_HAS_SENDFILE (0)
#endif
#if defined(__linux__)
#define MP_SOCKET_SENDFILE_FILE_POS (1)
#else
#define MP_SOCKET_SENDFILE_FILE_POS (0)
#endif
// ---------------------------------------------------------------------------

// getaddrinfo() that, when the process is out of fds (the resolver opens
// files and sockets), collects garbage sockets and tries once more.
struct addrinfo;
int mp_socket_getaddrinfo(
    const char *host, const char *port, const struct addrinfo *hints, struct addrinfo **res);

// Convert a Python address for `family` to a sockaddr (extmod/socketaddr.c).
// Tuples as CPython takes them; for AF_INET/AF_INET6 a bytes object holding a
// raw struct sockaddr is also accepted; AF_UNIX takes a str or bytes path.
// Host names are not resolved. `caller` names the method in error messages.
// Raises TypeError, OverflowError, ValueError or OSError.
socklen_t mp_socket_addr_from_obj(
    int family, mp_obj_t addr, struct sockaddr_storage *ss, qstr caller);

// A sockaddr as CPython returns it: (host, port), (host, port, flowinfo,
// scope_id), an AF_UNIX path (str; bytes for Linux's abstract names), or
// (family, raw bytes) for other families. len 0 gives None.
mp_obj_t mp_socket_addr_to_obj(const struct sockaddr *sa, socklen_t len);

// A C int argument: OverflowError outside INT_MIN..INT_MAX (as CPython),
// never a silently truncated value.
int mp_socket_get_c_int(mp_obj_t obj);

// The one resolver error helper: raises OSError(-EAI, gai_strerror text) for
// a getaddrinfo()/getnameinfo() result rc != 0 (negated so it is negative on
// every host); EAI_SYSTEM raises OSError(errno) instead.
MP_NORETURN void mp_socket_raise_gai_error(int rc);

// The resolver error code as this module reports it: negative everywhere.
#define MP_SOCKET_EAI_CODE(rc) ((rc) < 0 ? (rc) : -(rc))

// The fd of an open socket; OSError(EBADF) once it is closed.
static inline int mp_socket_fd(mp_obj_socket_t *self) {
    if (self->fd < 0) {
        mp_raise_OSError(MP_EBADF);
    }
    return self->fd;
}

// Whether self is a stream (TCP, AF_UNIX stream) socket; a type given to
// socket() may carry the SOCK_NONBLOCK/SOCK_CLOEXEC flags.
static inline bool mp_socket_is_stream(mp_obj_socket_t *self) {
    int stype = self->type;
#ifdef SOCK_NONBLOCK
    stype &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    return stype == SOCK_STREAM;
}

// The optional flags argument args[index] of a method (0 when absent).
static inline int mp_socket_get_flags(size_t n_args, const mp_obj_t *args, size_t index) {
    return n_args > index ? mp_socket_get_c_int(args[index]) : 0;
}

// A receive size: negative is a ValueError (negative_msg) as in CPython; a
// huge one fails later with MemoryError when the buffer is allocated.
size_t mp_socket_get_bufsize(mp_obj_t obj, mp_rom_error_text_t negative_msg);

// One sendmsg() (recv false) or recvmsg() of msg through the wait/retry
// driver, waiting as the socket's timeout says (not with MSG_DONTWAIT);
// recvmsg gets msg_controllen reset to ancbufsize for each attempt. Returns
// the byte count; raises on failure.
size_t mp_socket_call_msg(mp_obj_socket_t *self, bool recv, struct msghdr *msg, int flags,
    socklen_t ancbufsize);

#if MP_SOCKET_HAS_SENDFILE
// One sendfile() of at most count bytes of the file in_fd, from *offset
// (which it advances), to out_fd (for macOS: a stream socket). offset NULL
// (MP_SOCKET_SENDFILE_FILE_POS hosts only) reads from and advances the file
// position. Returns the count sent (0: end of file), or -1 with errno set,
// EAGAIN only when nothing was sent. Not retried on EINTR.
ssize_t mp_socket_sendfile_fd(int out_fd, int in_fd, off_t *offset, size_t count);
#endif

// The socket object's life (extmod/objsocket.c), for the module functions
// that make sockets (socketpair, create_server, fromfd).
// A socket object with no fd yet (fd -1), with the default timeout
// (MP_STATE_VM(socket_timeout), set by setdefaulttimeout()).
mp_obj_socket_t *mp_socket_new_obj(int family, int type, int proto);
// Make the fd that self already owns non-blocking and closed on exec (and
// exempt from SIGPIPE where sends cannot say so).
void mp_socket_prepare_fd(mp_obj_socket_t *self);
// Give self a new fd made from its family, type and proto; raises OSError.
void mp_socket_open_fd(mp_obj_socket_t *self);
// Close self's fd once; false when close() said EBADF.
bool mp_socket_close_fd(mp_obj_socket_t *self);
// A duplicate of fd, closed on exec; raises OSError.
int mp_socket_dup_fd(int fd);
// A settimeout() argument as seconds (-1 for None); raises on bad values.
mp_float_t mp_socket_get_timeout(mp_obj_t value);
// CPython reads most socket methods' arguments with its tuple parser, whose
// count errors end in "(N given)" ("send() takes at most 2 arguments (3
// given)", "sendto() takes 2 or 3 arguments (1 given)"), which code and
// tests look for; the shared checker words it "expected ..., got N". Those
// methods are declared VAR and check that lo <= n (self not counted) <= hi
// here, with spec MP_SOCKET_NARGS(lo, hi, MP_QSTR_name). Module functions
// worded that way (inet_pton, gethostbyname...) pass n_args + 1. Those that
// CPython parses as one object or none (htonl, close...) are worded as a
// built-in of its _socket module: "_socket.htonl() takes exactly one argument
// (0 given)"; their spec adds MP_SOCKET_NARGS_C_WORDING.
#define MP_SOCKET_NARGS(lo, hi, name) ((size_t)(name) << 8 | (lo) << 4 | (hi))
#define MP_SOCKET_NARGS_C_WORDING (0x80)
void mp_socket_check_nargs(size_t n_args, size_t spec);
// Raises CPython's BufferError for a memoryview that is not C-contiguous.
void mp_socket_check_contiguous(mp_obj_t obj);
// The listen([backlog]) method.
mp_obj_t mp_socket_listen(size_t n_args, const mp_obj_t *args);

// Methods and functions implemented in extmod/socketmsg.c.
extern const mp_obj_type_t mp_socket_type_giveup_on_sendfile;
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_sendmsg_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_recvmsg_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_recvmsg_into_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_cmsg_len_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_cmsg_space_obj);

// Module-level functions implemented in extmod/socketaddr.c.
MP_DECLARE_CONST_FUN_OBJ_KW(mp_socket_getaddrinfo_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_inet_pton_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_inet_ntop_obj);
MP_DECLARE_CONST_FUN_OBJ_0(mp_socket_gethostname_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_gethostbyname_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_gethostbyname_ex_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_gethostbyaddr_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_socket_getfqdn_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_getnameinfo_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_getservbyname_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_getservbyport_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_getprotobyname_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_inet_aton_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_inet_ntoa_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_htons_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_ntohs_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_htonl_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_ntohl_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_if_nametoindex_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR(mp_socket_if_indextoname_obj);
MP_DECLARE_CONST_FUN_OBJ_0(mp_socket_if_nameindex_obj);

#endif // MICROPY_INCLUDED_EXTMOD_MODSOCKET_H
