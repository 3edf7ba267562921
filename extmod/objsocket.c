// The socket type: BSD sockets over POSIX (spec/socket.md is the contract).
// The socket object, its stream protocol (so read/readinto/readline/write
// come from py/stream.c) and the one wait/retry driver every blocking call
// goes through. The module's functions and constants are in
// extmod/modsocket.c, addresses and the resolver in extmod/socketaddr.c,
// sendmsg/recvmsg in extmod/socketmsg.c, sendfile in lib/_socketsendfile.py.
// Left out on purpose: socket.error and gaierror (plain OSError is raised, as
// the spec says) and TLS (IPPROTO_SEC is refused until the ssl module exists).
// macOS gives the RFC 3542 IPv6 socket options (IPV6_PKTINFO that matches
// the cmsg_type recvmsg reports after IPV6_RECVPKTINFO) only when asked for
// before any system header.
#if defined(__APPLE__)
#define __APPLE_USE_RFC_3542 (1)
#endif
#include "py/mpconfig.h"
#if MICROPY_PY_SOCKET

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include "py/frozen.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/mperrno.h"
#include "py/mpthread.h"
#include "py/objarray.h"
#include "py/stream.h"
#include "extmod/fdwait.h"
#include "extmod/modsocket.h"
#include "extmod/mpsyscall.h"

// listen() with no backlog: CPython's choice, SOMAXCONN capped at 128.
#define SOCKET_DEFAULT_BACKLOG (SOMAXCONN < 128 ? SOMAXCONN : 128)

// getsockopt(level, opt, buflen): CPython's upper bound for buflen.
#define SOCKET_GETSOCKOPT_MAX (1024)

mp_obj_socket_t *mp_socket_new_obj(int family, int type, int proto) {
    // The finaliser closes the fd of a socket that becomes garbage.
    mp_obj_socket_t *self = m_new_obj_with_finaliser(mp_obj_socket_t);
    self->base.type = &mp_type_socket;
    self->fd = -1;
    self->family = family;
    self->type = type;
    self->proto = proto;
    mp_obj_t dflt = MP_STATE_VM(socket_timeout);
    self->timeout = dflt == MP_OBJ_NULL ? -1 : mp_obj_float_get(dflt);
    self->wait_hint = 0;
    self->spin_hint = 0;
    self->waiters = 0;
    self->closing_fd = -1;
    self->so_timeo = false;
    self->file_mode = 0;
    return self;
}

// Make an fd that self already owns fit for use: non-blocking (all waiting
// is done by poll() in sock_call), closed on exec, and on hosts without
// MSG_NOSIGNAL exempt from SIGPIPE.
MP_COLD void mp_socket_prepare_fd(mp_obj_socket_t *self) {
    int fd = self->fd;
#ifdef SOCK_NONBLOCK
    // The creation flags are not part of the type (CPython's .type is
    // SOCK_STREAM for socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK)), and the
    // fd is non-blocking whatever was asked; SOCK_NONBLOCK makes the
    // socket non-blocking at the Python level too (timeout 0), as there.
    if (self->type & SOCK_NONBLOCK) {
        self->timeout = 0;
    }
    self->type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    mp_fd_flag(fd, F_GETFL, F_SETFL, O_NONBLOCK, 1);
    int ret;
    MP_SYSCALL_RETRY(ret, fcntl(fd, F_SETFD, FD_CLOEXEC));
#if MP_SOCKET_HAS_SO_NOSIGPIPE
    int one = 1;
    MP_SYSCALL_RETRY(ret, setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof(one)));
#endif
}

// Close self's fd (once). Returns true unless close() said EBADF: the fd
// had already been closed behind the object's back (os.close(s.fileno())).
bool mp_socket_close_fd(mp_obj_socket_t *self) {
    if (self->fd >= 0) {
        // (In a forked child the waiters are the parent's: its own fd is
        // closed at once, as shutdown() would cut the parent's connection.)
        if (self->waiters != 0 && self->waiters_fork == mp_fdwait_forks) {
            // Other threads sleep in poll() on the fd (or are about to),
            // which close() alone does not wake (Linux): shutting it down
            // does, and their next attempt finds the socket closed (EBADF)
            // instead of waiting forever. The last of them closes the fd: until
            // then its number cannot be reused by a new file that a late
            // poll() would then wait on.
            shutdown(self->fd, SHUT_RDWR);
            self->closing_fd = self->fd;
            self->fd = -1;
            return true;
        }
        // Not retried on EINTR: the fd is released whatever close() reports,
        // and a retry could close an fd that another object has since got.
        int ret = close(self->fd);
        self->fd = -1;
        return ret == 0 || errno != EBADF;
    }
    return true;
}

// ---------------------------------------------------------------------------
// The wait/retry driver (CPython's sock_call_ex idea). Every socket call that
// can block is one `attempt` (a single non-blocking syscall) run by
// sock_call: EINTR is retried after pending signals are handled (Ctrl-C
// raises KeyboardInterrupt); EAGAIN waits in poll() for `event` until the
// socket's deadline, then the attempt is made again. Nothing else in the
// module waits, loops on EAGAIN or looks at a timeout.

// The arguments and results of one attempt.
typedef struct _sock_io_t {
    void *buf;
    size_t len;
    int flags;
    socklen_t addrlen;
    struct sockaddr_storage *addr; // recvfrom/accept: out; sendto: in
    struct msghdr *msg; // sendmsg/recvmsg
    mp_obj_t buf_obj; // recv_into, send, sendall: the object buf is from
#if MICROPY_PY_THREAD
    // attempt_off_gil: the attempt it makes, and the socket
    ssize_t (*inner)(int fd, struct _sock_io_t *io);
    mp_obj_socket_t *sock;
#endif
} sock_io_t;

// An attempt returns the syscall's result (>= 0) or -1 with errno set. It
// must neither raise nor allocate.
typedef ssize_t (*sock_attempt_t)(int fd, sock_io_t *io);

static ssize_t attempt_recv(int fd, sock_io_t *io) {
    return recv(fd, io->buf, io->len, io->flags);
}

static ssize_t attempt_recvfrom(int fd, sock_io_t *io) {
    io->addrlen = sizeof(*io->addr);
    return recvfrom(fd, io->buf, io->len, io->flags, (struct sockaddr *)io->addr, &io->addrlen);
}

static ssize_t attempt_send(int fd, sock_io_t *io) {
    return send(fd, io->buf, io->len, io->flags | MP_SOCKET_SEND_FLAGS);
}

static ssize_t attempt_sendto(int fd, sock_io_t *io) {
    return sendto(fd, io->buf, io->len, io->flags | MP_SOCKET_SEND_FLAGS,
        (const struct sockaddr *)io->addr, io->addrlen);
}

static ssize_t attempt_sendmsg(int fd, sock_io_t *io) {
    return sendmsg(fd, io->msg, io->flags | MP_SOCKET_SEND_FLAGS);
}

static ssize_t attempt_recvmsg(int fd, sock_io_t *io) {
    // The kernel shrinks these to what it filled in: reset for each try.
    io->msg->msg_namelen = sizeof(*io->addr);
    io->msg->msg_controllen = io->addrlen;
    return recvmsg(fd, io->msg, io->flags);
}

static ssize_t attempt_accept(int fd, sock_io_t *io) {
    io->addrlen = sizeof(*io->addr);
    return accept(fd, (struct sockaddr *)io->addr, &io->addrlen);
}

// Deadline value meaning "not computed yet": the first wait computes it from
// the timeout, so a call that never has to wait never reads the clock, and
// several attempts of one operation (sendall) share one deadline.
#define SOCK_DEADLINE_UNSET ((uint64_t)0)

// A poll() that returns sooner than this found the fd ready at once: a real
// wait (sleep, then a wakeup by the peer) costs a few microseconds at least,
// a ready poll() a fraction of one.
#define SOCK_POLL_WAITED_NS (1500)

// How long sock_wait busy-waits, and the waits it expects to shorten. A
// loopback peer streaming data or answering at once makes the socket ready
// again within a few microseconds; a sleep and wakeup in between costs the
// waker as much again (a virtual CPU that went idle must be interrupted), and
// in a bulk transfer the sender then spends its time waking the receiver: a
// receiver that spins keeps up at twice the rate. Waits longer than
// SOCK_SHORT_WAIT_NS are left to sleep at once, so an idle connection costs at
// most one spin.
#define SOCK_SPIN_NS (20000)
#define SOCK_SHORT_WAIT_NS (100000)

#if MICROPY_PY_THREAD
// A call whose buffer is a memoryview holds it as an exported buffer while
// it sleeps (or copies without the GIL): release() then refuses, as in
// CPython. (Not counted while no other thread can call release().)
static void sock_view_export(sock_io_t *io, int d) {
    if (io != NULL && io->buf_obj != MP_OBJ_NULL &&
        mp_obj_is_type(io->buf_obj, &mp_type_memoryview)) {
        ((mp_obj_memoryview_t *)MP_OBJ_TO_PTR(io->buf_obj))->exports += d;
    }
}

// A waiter of self comes (for io, or NULL); the count a forked child
// inherited starts over.
static void sock_wait_enter(mp_obj_socket_t *self, sock_io_t *io) {
    if (self->waiters_fork != mp_fdwait_forks) {
        self->waiters_fork = mp_fdwait_forks;
        self->waiters = 0;
    }
    self->waiters++;
    sock_view_export(io, 1);
}

// A waiter of self leaves; the last one closes the fd that a close() during
// the wait left open (see mp_socket_close_fd).
static void sock_wait_leave(mp_obj_socket_t *self, sock_io_t *io) {
    sock_view_export(io, -1);
    if (--self->waiters == 0 && self->closing_fd >= 0) {
        close(self->closing_fd);
        self->closing_fd = -1;
    }
}
#endif

#if MICROPY_PY_THREAD && defined(__APPLE__)
// macOS's shutdown() refuses a socket that is not connected (a listening
// one, an unbound or unconnected datagram one: ENOTCONN) and then wakes
// nobody, so there a sleeper also looks every SOCK_CLOSED_CHECK_NS whether
// the socket was closed meanwhile; its next attempt then says EBADF.
#define SOCK_CLOSED_CHECK_NS (50000000)
static int sock_wait_closable(mp_obj_socket_t *self, short event, uint64_t deadline, uint64_t spin) {
    int fd = self->fd;
    for (;;) {
        uint64_t slice = mp_hal_monotonic_ns() + SOCK_CLOSED_CHECK_NS;
        bool last = deadline <= slice;
        int revents = mp_fdwait_one_spin(fd, event, last ? deadline : slice, spin);
        if (revents != 0) {
            return revents;
        }
        if (self->fd != fd) {
            return POLLNVAL; // closed: not a timeout
        }
        if (last) {
            return 0;
        }
        spin = 0;
    }
}
#else
#define sock_wait_closable(self, event, deadline, spin) mp_fdwait_one_spin((self)->fd, event, deadline, spin)
#endif

// mp_fdwait_one_spin on self's fd, counted in self->waiters meanwhile when
// other threads run (one of them may close the socket). io: the call's
// arguments, or NULL.
static int sock_wait_fd(
    mp_obj_socket_t *self, sock_io_t *io, short event, uint64_t deadline, uint64_t spin) {
#if MICROPY_PY_THREAD
    if (MP_THREAD_ACTIVE()) {
        nlr_buf_t nlr;
        sock_wait_enter(self, io);
        if (nlr_push(&nlr) == 0) {
            int revents = sock_wait_closable(self, event, deadline, spin);
            nlr_pop();
            sock_wait_leave(self, io);
            return revents;
        }
        sock_wait_leave(self, io);
        nlr_jump(nlr.ret_val);
    }
#else
    (void)io;
#endif
    return mp_fdwait_one_spin(self->fd, event, deadline, spin);
}

// Wait until self's fd is ready for event (one hint bit: MP_SOCKET_HINT_*)
// or the deadline passes; returns the revents (0: time is up). Spins first
// when the previous wait in this direction was short.
static int sock_wait(
    mp_obj_socket_t *self, sock_io_t *io, short event, uint8_t hint, uint64_t deadline) {
    uint64_t start = mp_hal_monotonic_ns();
    uint64_t spin = (self->spin_hint & hint) ? SOCK_SPIN_NS : 0;
    int revents = sock_wait_fd(self, io, event, deadline, spin);
    if (mp_hal_monotonic_ns() - start < SOCK_SHORT_WAIT_NS) {
        self->spin_hint |= hint;
    } else {
        self->spin_hint &= ~hint;
    }
    return revents;
}

// The deadline of a wait that starts now. A blocking socket (timeout None)
// whose SO_RCVTIMEO/SO_SNDTIMEO the program set (older MicroPython code
// does: that was MicroPython's own settimeout) waits that long, as the
// kernel makes a blocking fd wait, and then fails with EAGAIN, as in CPython
// (sock_call: only such a deadline can pass while timeout < 0).
MP_COLD static uint64_t sock_deadline(mp_obj_socket_t *self, short event) {
    if (self->timeout < 0 && self->so_timeo) {
        struct timeval tv = { 0, 0 };
        socklen_t len = sizeof(tv);
        getsockopt(self->fd, SOL_SOCKET, event == POLLIN ? SO_RCVTIMEO : SO_SNDTIMEO, &tv, &len);
        uint64_t ns = (uint64_t)tv.tv_sec * 1000000000u + (uint64_t)tv.tv_usec * 1000u;
        return ns == 0 ? MP_FDWAIT_FOREVER : mp_hal_monotonic_ns() + ns;
    }
    return mp_fdwait_deadline_s(self->timeout);
}

// A copy this large costs more than letting go of the GIL and taking it
// back: the other threads run meanwhile (a reader draining the other end of
// the sender's socket). Only for a buffer no Python code can reach or
// resize (bytes, or recv's own), and with the socket counted as waited on,
// so that a close() meanwhile leaves the fd open until the call is over.
#define SOCK_RELEASE_MIN (16384)
#if MICROPY_PY_THREAD
typedef struct _sock_released_t {
    sock_io_t *io;
    int fd;
    int err;
    ssize_t ret;
} sock_released_t;

static void sock_attempt_released(void *arg) {
    sock_released_t *r = arg;
    r->ret = r->io->inner(r->fd, r->io);
    r->err = errno;
}

static ssize_t attempt_off_gil(int fd, sock_io_t *io) {
    sock_released_t r = { io, fd, 0, 0 };
    sock_wait_enter(io->sock, io);
    mp_thread_call_released(sock_attempt_released, &r);
    sock_wait_leave(io->sock, io);
    errno = r.err;
    return r.ret;
}
#endif

// Whether obj's memory stays valid while the GIL is let go, whatever other
// threads do to obj meanwhile: bytes cannot change, and a bytearray that
// grows leaves its old block to the GC (bytearray_reserve), which the
// waiting thread's stack keeps alive; so do views of them. (So does an
// array.array, whose type is not seen from here.)
#if MICROPY_PY_THREAD
static bool sock_buffer_stays(mp_obj_t obj) {
    if (mp_obj_is_type(obj, &mp_type_memoryview)) {
        obj = ((mp_obj_memoryview_t *)MP_OBJ_TO_PTR(obj))->obj;
    }
    return obj != MP_OBJ_NULL && (mp_obj_is_type(obj, &mp_type_bytes) || mp_obj_is_type(obj, &mp_type_bytearray));
}
#endif

// The attempt to make for io: attempt itself, or attempt without the GIL
// for a large buffer that cannot move (fixed). (Not for MSG_WAITALL, which
// sock_call_raise recognises by the attempt.)
#if MICROPY_PY_THREAD
#define SOCK_ATTEMPT_FOR(self, io, attempt, fixed) \
    (MP_UNLIKELY((io)->len >= SOCK_RELEASE_MIN) && (fixed) && MP_THREAD_ACTIVE() ? \
    ((io)->inner = attempt, (io)->sock = self, attempt_off_gil) : attempt)
#else
#define SOCK_ATTEMPT_FOR(self, io, attempt, fixed) (attempt)
#endif

// attempt on the fd made blocking for it, for sock_call: only for a call
// that returns at once all the same (MP_SOCKET_POLLRDHUP), as it does on
// CPython's blocking fd.
MP_COLD static ssize_t sock_attempt_blocking(int fd, sock_attempt_t attempt, sock_io_t *io, int *err) {
    mp_fd_flag(fd, F_GETFL, F_SETFL, O_NONBLOCK, 0);
    ssize_t ret = attempt(fd, io);
    *err = errno;
    mp_fd_flag(fd, F_GETFL, F_SETFL, O_NONBLOCK, 1);
    return ret;
}

// Run attempt until it succeeds or fails for good. Returns its result, or
// -1 with *err set: EAGAIN if it would block and the socket is
// non-blocking (or may_wait is false: MSG_DONTWAIT), ETIMEDOUT once the
// deadline has passed (EAGAIN if a blocking socket ran out of its kernel
// timeout: sock_deadline), or the syscall's errno.
//
// Order of syscalls: a call that finds its data (or buffer room) costs one
// syscall when tried first, one that must wait costs three tried first
// (EAGAIN, poll, retry) but two polled first. Request/response traffic
// (each reply read just after the request is sent) mostly waits, bulk
// traffic mostly does not, so the socket remembers per direction whether
// the last call had to wait (wait_hint) and then polls first. A poll that
// returned at once shows the guess was wrong, and the next call tries the
// syscall first again. Not once threads run: a wait then also spans a GIL
// hand-over, so a thread-to-thread stream looks as if it waited each time
// and would pay a poll per call (50 MB: +14% time), while the EAGAIN it saves
// a request/response pair is small beside the hand-over (no gain measured).
static ssize_t sock_call(mp_obj_socket_t *self, short event, bool may_wait, sock_attempt_t attempt,
    sock_io_t *io, uint64_t *deadline, int *err) {
    if (self->fd < 0) {
        *err = MP_EBADF;
        return -1;
    }
    uint8_t hint = event == POLLIN ? MP_SOCKET_HINT_IN : MP_SOCKET_HINT_OUT;
    if ((self->wait_hint & hint) && may_wait && self->timeout != 0 && !MP_THREAD_ACTIVE()) {
        if (*deadline == SOCK_DEADLINE_UNSET) {
            *deadline = sock_deadline(self, event);
        }
        uint64_t t0 = mp_hal_monotonic_ns();
        if (sock_wait(self, io, event, hint, *deadline) == 0) {
            goto timed_out;
        }
        if (mp_hal_monotonic_ns() - t0 < SOCK_POLL_WAITED_NS) {
            self->wait_hint &= ~hint;
        }
    }
    for (;;) {
        ssize_t ret;
        MP_SYSCALL_RETRY(ret, attempt(self->fd, io));
        if (ret == 0 && event == POLLIN && self->fd < 0) {
            // Nothing read because close() in another thread shut the
            // socket down under this call: that close, not an EOF, as
            // CPython reports it (EBADF).
            *err = MP_EBADF;
            return -1;
        }
        if (ret >= 0) {
            return ret;
        }
        int e = errno;
        if (e != EAGAIN && e != EWOULDBLOCK) {
            *err = e;
            return -1;
        }
        if (!may_wait || self->timeout == 0) {
            *err = MP_EAGAIN;
            return -1;
        }
        self->wait_hint |= hint;
        if (*deadline == SOCK_DEADLINE_UNSET) {
            *deadline = sock_deadline(self, event);
        }
        // Readiness (or POLLERR/POLLHUP, which the next attempt turns into
        // its real result): try again. Nothing: the time is up. The deadline
        // is checked first too: a socket shut down for reading polls ready
        // while recv keeps saying EAGAIN (an AF_UNIX datagram socket does);
        // a blocking one makes the blocking call, which returns.
        int revents;
        if (mp_fdwait_expired(*deadline) ||
            (revents = sock_wait(self, io, event | (event == POLLIN ? MP_SOCKET_POLLRDHUP : 0), hint,
                 *deadline)) == 0) {
            break;
        }
        if ((revents & MP_SOCKET_POLLRDHUP) && self->timeout < 0) {
            return sock_attempt_blocking(self->fd, attempt, io, err);
        }
    }
timed_out:
    // Only a kernel timeout can run out while timeout < 0; but for such a
    // one, a deadline that passed came from a timeout that another thread
    // changed to None during the wait: still a timeout, as in CPython.
    *err = self->timeout < 0 && self->so_timeo ? MP_EAGAIN : MP_ETIMEDOUT;
    return -1;
}

// A recv on a blocking stream socket with MSG_WAITALL. The fd is
// O_NONBLOCK, so the kernel returns what is there instead of waiting for it
// all: the remaining bytes are asked for here until the buffer is full, EOF
// comes, or an error ends it (then the bytes already received are returned,
// as the kernel does). CPython's fd is non-blocking only when a timeout is
// set, so it waits for everything exactly when the socket is blocking, as
// here. Returns the count, or -1 with *err set.
static ssize_t sock_recv_waitall(mp_obj_socket_t *self, sock_io_t *io, int *err) {
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    byte *buf = io->buf;
    size_t want = io->len;
    size_t got = 0;
    while (got < want) {
        sock_io_t part = { .buf = buf + got, .len = want - got, .flags = io->flags };
        ssize_t n = sock_call(self, POLLIN, true, attempt_recv, &part, &deadline, err);
        if (n < 0) {
            return got > 0 ? (ssize_t)got : -1;
        }
        if (n == 0) {
            break;
        }
        got += (size_t)n;
    }
    return (ssize_t)got;
}

// Whether a recv with these flags must go through sock_recv_waitall.
static bool sock_wants_waitall(mp_obj_socket_t *self, sock_attempt_t attempt, int flags) {
    return (flags & MSG_WAITALL) && !(flags & (MSG_DONTWAIT | MSG_PEEK)) && self->timeout < 0 &&
           attempt == attempt_recv && mp_socket_is_stream(self);
}

// sock_call for a Python method: raises on failure.
static size_t sock_call_raise(
    mp_obj_socket_t *self, short event, bool may_wait, sock_attempt_t attempt, sock_io_t *io) {
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    int err;
    ssize_t ret;
    if (attempt == attempt_recv && io->len == 0) {
        // recv_into of nothing is 0 at once, whatever the type, as CPython:
        // nothing is waited for and no datagram is consumed. recvfrom of
        // nothing waits for data as any recvfrom does (CPython too): the
        // kernel fills in no address before that.
        mp_socket_fd(self);
        return 0;
    }
    if (sock_wants_waitall(self, attempt, io->flags)) {
        ret = sock_recv_waitall(self, io, &err);
    } else {
        ret = sock_call(self, event, may_wait, attempt, io, &deadline, &err);
    }
    if (ret < 0) {
        mp_raise_OSError(err);
    }
    return (size_t)ret;
}

MP_COLD size_t mp_socket_call_msg(mp_obj_socket_t *self, bool recv, struct msghdr *msg, int flags,
    socklen_t ancbufsize) {
    // addrlen carries the control buffer's size to each recvmsg attempt.
    sock_io_t io = { .flags = flags, .msg = msg, .addrlen = ancbufsize };
    return sock_call_raise(self, recv ? POLLIN : POLLOUT, !(flags & MSG_DONTWAIT),
        recv ? attempt_recvmsg : attempt_sendmsg, &io);
}

// connect() is not a retryable attempt: once started, the connection goes on
// in the background and completion is read from SO_ERROR. Returns 0 or an
// errno (EINPROGRESS for a non-blocking socket, ETIMEDOUT).
MP_COLD static int sock_connect(mp_obj_socket_t *self, const struct sockaddr_storage *ss, socklen_t len) {
    int fd = mp_socket_fd(self);
    int ret;
    for (;;) {
        // self->fd: another thread may close the socket during the sleep.
        ret = connect(self->fd, (const struct sockaddr *)ss, len);
        if (ret == 0 || errno != EAGAIN || self->family != AF_UNIX || self->timeout >= 0) {
            break;
        }
        // AF_UNIX with the listener's backlog full: a blocking connect()
        // (CPython's fd is blocking without a timeout) waits for room, but
        // nothing signals it to a non-blocking fd: try again every few ms.
        // With a timeout CPython reports EAGAIN at once, and so does this.
        mp_fdwait_poll(NULL, 0, mp_fdwait_deadline_ms(5));
    }
    if (ret == 0) {
        return 0;
    }
    int e = errno;
    if (e == EINTR) {
        // Interrupted, but the connection is still being made (POSIX): run
        // the signal handlers and go on waiting for it.
        mp_handle_pending(true);
        e = EINPROGRESS;
    }
    if (e != EINPROGRESS) {
        return e;
    }
    if (self->timeout == 0) {
        return MP_EINPROGRESS;
    }
    if (sock_wait_fd(self, NULL, POLLOUT, mp_fdwait_deadline_s(self->timeout), 0) == 0) {
        return MP_ETIMEDOUT;
    }
    if (self->fd < 0) {
        return MP_EBADF; // closed by another thread meanwhile
    }
    int so_error = 0;
    socklen_t sl = sizeof(so_error);
    MP_SYSCALL_RETRY(ret, getsockopt(fd, SOL_SOCKET, SO_ERROR, &so_error, &sl));
    if (ret < 0) {
        return errno;
    }
    // Only where CPython's fd is blocking (no timeout), its connect() is the
    // kernel's blocking one, which leaves the socket marked connected (Linux
    // does that only when connect() is called again: connecting once more is
    // then EISCONN) or, after a failure, reset, so that connecting again tries
    // again. With a timeout CPython reads SO_ERROR as here, and the socket
    // stays as the kernel left it.
    if (self->timeout < 0 && (so_error == 0 || MP_SOCKET_RESET_FAILED_CONNECT)) {
        MP_SYSCALL_RETRY(ret, connect(fd, (const struct sockaddr *)ss, len));
    }
    return so_error;
}

// ---------------------------------------------------------------------------
// Argument helpers.

// py/'s strided memoryview lends a copy of its items to a reader; CPython
// sends only C-contiguous memory (its "y*" arguments) and refuses the rest.
void mp_socket_check_contiguous(mp_obj_t obj) {
    if (mp_obj_is_type(obj, &mp_type_memoryview) &&
        mp_load_attr(obj, MP_QSTR_c_contiguous) == mp_const_false) {
        mp_raise_msg(
            &mp_type_BufferError, MP_ERROR_TEXT("memoryview: underlying buffer is not C-contiguous"));
    }
}

// A buffer to send: bytes-like, or a str (its UTF-8 bytes, as MicroPython).
static void get_send_buffer(mp_obj_t obj, mp_buffer_info_t *bufinfo) {
    mp_socket_check_contiguous(obj);
    mp_get_buffer_raise(obj, bufinfo, MP_BUFFER_READ);
}

// (noinline: inlined, it cost some 80 bytes in each method that calls it)
__attribute__((noinline)) void mp_socket_check_nargs(size_t n_args, size_t spec) {
    size_t n = n_args - 1, lo = spec >> 4 & 7, hi = spec & 15;
    if (n - lo <= hi - lo) {
        return;
    }
    qstr name = spec >> 8;
    if (spec & MP_SOCKET_NARGS_C_WORDING) {
        mp_obj_fun_raise_arity(NULL, MP_QSTR__socket, name, n, 0, lo, hi);
    }
    const char *how = lo == hi ? "exactly " : n < lo ? "at least " : "at most ";
    size_t k = n < lo ? lo : hi;
    // (the two that CPython words its own way)
    if (name == MP_QSTR_sendto) {
        how = "2 or ";
        k = 3;
    } else if (name == MP_QSTR_setsockopt) {
        how = "exactly ";
        k = 3;
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes %s%d argument%s (%d given)"), name, how,
        (int)k, k == 1 ? "" : "s", (int)n);
}

// (inline within this file: recv(n) per call needs it; see LEAN_INLINE_SRC in
// the Makefile)
inline size_t mp_socket_get_bufsize(mp_obj_t obj, mp_rom_error_text_t negative_msg) {
    mp_int_t n = mp_obj_get_int(obj);
    if (n < 0) {
        mp_raise_ValueError(negative_msg);
    }
    return (size_t)n;
}

// ---------------------------------------------------------------------------
// The stream protocol: read/write are single transfers (waiting as the
// timeout says); py/stream.c builds read(n)'s "no short reads" and write()'s
// "no short writes" on them.

static mp_uint_t socket_stream_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    sock_io_t io = { .buf = buf, .len = size };
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    ssize_t ret = sock_call(self, POLLIN, true, attempt_recv, &io, &deadline, errcode);
    return ret < 0 ? MP_STREAM_ERROR : (mp_uint_t)ret;
}

static mp_uint_t socket_stream_write(
    mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    sock_io_t io = { .buf = (void *)buf, .len = size };
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    ssize_t ret = sock_call(self, POLLOUT, true, attempt_send, &io, &deadline, errcode);
    return ret < 0 ? MP_STREAM_ERROR : (mp_uint_t)ret;
}

static mp_uint_t socket_stream_ioctl(
    mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    switch (request) {
        case MP_STREAM_CLOSE:
            mp_socket_close_fd(self);
            return 0;
        case MP_STREAM_FLUSH:
            return 0;
        case MP_STREAM_GET_FILENO:
            if (self->fd < 0) {
                *errcode = MP_EBADF;
                return MP_STREAM_ERROR;
            }
            return (mp_uint_t)self->fd;
        case MP_STREAM_TIMEOUT:
            self->timeout = (mp_int_t)arg < 0 ? -1 : (mp_float_t)(mp_int_t)arg / 1000;
            return 0;
        case MP_STREAM_POLL: {
            if (self->fd < 0) {
                return MP_STREAM_POLL_NVAL;
            }
            // MP_STREAM_POLL_* are the host's POLL* values (py/stream.h).
            mp_uint_t always = MP_STREAM_POLL_ERR | MP_STREAM_POLL_HUP | MP_STREAM_POLL_NVAL;
            int revents = mp_fdwait_one(
                self->fd, (short)(arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR)), MP_FDWAIT_NOW);
            return (mp_uint_t)revents & (arg | always);
        }
        default:
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
    }
}

static const mp_stream_p_t socket_stream_p = {
    .read = socket_stream_read,
    .write = socket_stream_write,
    .ioctl = socket_stream_ioctl,
    .write_empty = 1,
};

// ---------------------------------------------------------------------------
// The socket type.

// The local (peer false) or peer address of an open socket as a Python
// value, or MP_OBJ_NULL with *err set when the host has none to give.
static mp_obj_t socket_name_or_null(mp_obj_socket_t *self, bool peer, int *err) {
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    socklen_t len = sizeof(ss);
    int ret;
    if (peer) {
        MP_SYSCALL_RETRY(ret, getpeername(self->fd, (struct sockaddr *)&ss, &len));
    } else {
        MP_SYSCALL_RETRY(ret, getsockname(self->fd, (struct sockaddr *)&ss, &len));
    }
    if (ret < 0) {
        *err = errno;
        return MP_OBJ_NULL;
    }
    if (self->family == AF_UNIX && len == 0) {
        // Some hosts report an unbound AF_UNIX socket with no address at all;
        // CPython shows it as ''.
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    return mp_socket_addr_to_obj((struct sockaddr *)&ss, len);
}

// As CPython: <socket.socket fd=3, family=2, type=1, proto=0,
// laddr=('127.0.0.1', 8080), raddr=(...)>, each address only when the
// socket has one (not '' or a failure), and "[closed] " once it is closed.
MP_COLD static void socket_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<socket.socket %sfd=%d, family=%d, type=%d, proto=%d",
        self->fd < 0 ? "[closed] " : "", self->fd, self->family, self->type, self->proto);
    for (int peer = 0; peer < 2 && self->fd >= 0; peer++) {
        int err;
        mp_obj_t addr = socket_name_or_null(self, peer, &err);
        if (addr != MP_OBJ_NULL && mp_obj_is_true(addr)) {
            mp_printf(print, peer ? ", raddr=" : ", laddr=");
            mp_obj_print_helper(print, addr, PRINT_REPR);
        }
    }
    mp_printf(print, ">");
}

// Give a new socket object its fd, made from its family, type and proto.
void mp_socket_open_fd(mp_obj_socket_t *self) {
    int fd;
    MP_FD_NEW_RETRY(fd, socket(self->family, self->type, self->proto));
    if (fd < 0) {
        mp_raise_OSError_errno();
    }
    self->fd = fd;
    mp_socket_prepare_fd(self);
}

// A duplicate of fd (closed on exec), or OSError.
MP_COLD int mp_socket_dup_fd(int fd) {
    int nfd;
    MP_FD_NEW_RETRY(nfd, fcntl(fd, F_DUPFD_CLOEXEC, 0));
    if (nfd < 0) {
        mp_raise_OSError_errno();
    }
    return nfd;
}

// socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)
MP_COLD static mp_obj_t socket_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_family, ARG_type, ARG_proto, ARG_fileno };
    // -1 (or leaving it out) means the default: AF_INET, SOCK_STREAM and 0,
    // or, with fileno, what the fd is. None is a TypeError, as in CPython.
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_family, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(-1) } },
        { MP_QSTR_type, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(-1) } },
        { MP_QSTR_proto, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(-1) } },
        { MP_QSTR_fileno, MP_ARG_OBJ, { .u_obj = mp_const_none } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named_kw_array(MP_QSTR_socket, n_args, n_kw, args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    bool have_fileno = vals[ARG_fileno].u_obj != mp_const_none;
    int family = mp_socket_get_c_int(vals[ARG_family].u_obj);
    int stype = mp_socket_get_c_int(vals[ARG_type].u_obj);
    int proto = mp_socket_get_c_int(vals[ARG_proto].u_obj);
    if (!have_fileno) {
        family = family == -1 ? AF_INET : family;
        stype = stype == -1 ? SOCK_STREAM : stype;
        proto = proto == -1 ? 0 : proto;
    }

    if (proto == MP_SOCKET_IPPROTO_SEC) {
        static const char msg[] = "TLS is not built in: IPPROTO_SEC needs the ssl module";
        mp_raise_OSError_with_msg(MP_EPROTONOSUPPORT, mp_obj_new_str(msg, sizeof(msg) - 1));
    }

    mp_obj_socket_t *self = mp_socket_new_obj(family, stype, proto);
    if (have_fileno) {
        // Adopt an existing socket fd; what the caller left out is asked of it.
        mp_int_t fd = mp_obj_get_int(vals[ARG_fileno].u_obj);
        if (fd < 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("negative file descriptor"));
        }
        if (fd > INT_MAX) {
            mp_raise_OSError(MP_EBADF);
        }
        struct sockaddr_storage ss;
        socklen_t len = sizeof(ss);
        int ret;
        MP_SYSCALL_RETRY(ret, getsockname((int)fd, (struct sockaddr *)&ss, &len));
        if (ret < 0) {
            mp_raise_OSError_errno();
        }
        if (family == -1) {
            self->family = ss.ss_family;
        }
        if (stype == -1) {
            int v = 0;
            socklen_t vl = sizeof(v);
            MP_SYSCALL_RETRY(ret, getsockopt((int)fd, SOL_SOCKET, SO_TYPE, &v, &vl));
            self->type = v;
        }
        if (proto == -1) {
            // What CPython shows (6 for TCP) where the host can tell.
            int v = 0;
#ifdef SO_PROTOCOL
            socklen_t vl = sizeof(v);
            MP_SYSCALL_RETRY(ret, getsockopt((int)fd, SOL_SOCKET, SO_PROTOCOL, &v, &vl));
#endif
            self->proto = v;
        }
        self->fd = (int)fd;
        self->so_timeo = true; // may have been set
        mp_socket_prepare_fd(self);
    } else {
        mp_socket_open_fd(self);
    }
    return MP_OBJ_FROM_PTR(self);
}

// Attributes: family, type, proto, timeout (read-only, as CPython), and
// after makefile() the file object's mode, name and closed.
static void socket_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_family:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->family);
            break;
        case MP_QSTR_type:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->type);
            break;
        case MP_QSTR_proto:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->proto);
            break;
        case MP_QSTR_timeout:
            dest[0] = self->timeout < 0 ? mp_const_none : mp_obj_new_float(self->timeout);
            break;
        // makefile() returns the socket itself, which CPython's file objects
        // are not: a plain socket has no mode, name or closed.
        case MP_QSTR_mode:
            if (self->file_mode != 0) {
                static const uint16_t modes[] = { MP_QSTR_rb, MP_QSTR_wb, MP_QSTR_rwb };
                dest[0] = MP_OBJ_NEW_QSTR(modes[self->file_mode - 1]);
            }
            break;
        case MP_QSTR_name:
            if (self->file_mode != 0) {
                dest[0] = MP_OBJ_NEW_SMALL_INT(self->fd);
            }
            break;
        // (closed as the file object's; _closed is CPython's flag, set by
        // close() and detach(), which its own tests and some wrappers read.)
        case MP_QSTR_closed:
        case MP_QSTR__closed:
            if (attr == MP_QSTR__closed || self->file_mode != 0) {
                dest[0] = mp_obj_new_bool(self->fd < 0);
            }
            break;
        default:
            break;
    }
}

// close(): an fd that was already closed under the socket is reported, as
// CPython does; every later call does nothing.
static mp_obj_t socket_close(mp_obj_t self_in) {
    if (!mp_socket_close_fd(MP_OBJ_TO_PTR(self_in))) {
        mp_raise_OSError(MP_EBADF);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_close_obj, socket_close);

// __del__(): the collector's close, which must never raise.
static mp_obj_t socket___del__(mp_obj_t self_in) {
    mp_socket_close_fd(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket___del___obj, socket___del__);

// __enter__()
static MP_DEFINE_CONST_FUN_OBJ_1(socket___enter___obj, mp_obj_return_self);

// __exit__(*args): any arguments, as CPython's.
static mp_obj_t socket___exit__(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return socket_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket___exit___obj, 1, socket___exit__);

// fileno()
static mp_obj_t socket_fileno(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(self->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_fileno_obj, socket_fileno);

// detach(): give up the fd without closing it; returns it.
static mp_obj_t socket_detach(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    int fd = self->fd;
    self->fd = -1;
    return MP_OBJ_NEW_SMALL_INT(fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_detach_obj, socket_detach);

// dup() -> a new socket object on a duplicate of the fd, with the same
// timeout.
MP_COLD static mp_obj_t socket_dup(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    int fd = mp_socket_fd(self);
    mp_obj_socket_t *d = mp_socket_new_obj(self->family, self->type, self->proto);
    d->fd = mp_socket_dup_fd(fd);
    mp_socket_prepare_fd(d);
    d->timeout = self->timeout;
    d->so_timeo = self->so_timeo; // one socket under both fds
    return MP_OBJ_FROM_PTR(d);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_dup_obj, socket_dup);

// bind(address)
MP_COLD static mp_obj_t socket_bind(mp_obj_t self_in, mp_obj_t addr_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    struct sockaddr_storage ss;
    socklen_t len = mp_socket_addr_from_obj(self->family, addr_in, &ss, MP_QSTR_bind);
    int ret;
    MP_SYSCALL_RETRY(ret, bind(mp_socket_fd(self), (struct sockaddr *)&ss, len));
    if (ret < 0) {
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_bind_obj, socket_bind);

// listen([backlog])
MP_COLD mp_obj_t mp_socket_listen(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(0, 1, MP_QSTR_listen));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t backlog = SOCKET_DEFAULT_BACKLOG;
    if (n_args > 1) {
        // Outside the C int range is an OverflowError, as in CPython.
        backlog = mp_socket_get_c_int(args[1]);
        if (backlog < 0) {
            backlog = 0;
        }
    }
    int ret;
    MP_SYSCALL_RETRY(ret, listen(mp_socket_fd(self), (int)backlog));
    if (ret < 0) {
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_listen_obj, 1, mp_socket_listen);

// accept() -> (socket, address)
MP_COLD static mp_obj_t socket_accept(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    mp_socket_fd(self);
    // The new object exists before the fd does, so that no raise can leak it.
    mp_obj_socket_t *conn = mp_socket_new_obj(self->family, self->type, self->proto);
    struct sockaddr_storage ss;
    sock_io_t io = { .addr = &ss };
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    int err;
    ssize_t fd = sock_call(self, POLLIN, true, attempt_accept, &io, &deadline, &err);
    if (fd < 0 && mp_fd_reclaimed(err)) {
        fd = sock_call(self, POLLIN, true, attempt_accept, &io, &deadline, &err);
    }
    if (fd < 0) {
        mp_raise_OSError(err);
    }
    conn->fd = (int)fd;
    conn->so_timeo = self->so_timeo; // the kernel copies the listener's
    mp_socket_prepare_fd(conn);
    mp_obj_t t[2] = { MP_OBJ_FROM_PTR(conn),
        mp_socket_addr_to_obj((struct sockaddr *)&ss, io.addrlen) };
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_accept_obj, socket_accept);

// connect(address)
static mp_obj_t socket_connect(mp_obj_t self_in, mp_obj_t addr_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    struct sockaddr_storage ss;
    socklen_t len = mp_socket_addr_from_obj(self->family, addr_in, &ss, MP_QSTR_connect);
    int err = sock_connect(self, &ss, len);
    if (err != 0) {
        mp_raise_OSError(err);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_connect_obj, socket_connect);

// connect_ex(address) -> 0 or an errno
MP_COLD static mp_obj_t socket_connect_ex(mp_obj_t self_in, mp_obj_t addr_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    struct sockaddr_storage ss;
    socklen_t len = mp_socket_addr_from_obj(self->family, addr_in, &ss, MP_QSTR_connect_ex);
    if (self->fd < 0) {
        // Returned, not raised, as CPython does: it is connect()'s errno.
        return MP_OBJ_NEW_SMALL_INT(MP_EBADF);
    }
    return MP_OBJ_NEW_SMALL_INT(sock_connect(self, &ss, len));
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_connect_ex_obj, socket_connect_ex);

// Receive at most bufsize bytes as a bytes object, with the attempt given
// (recv or recvfrom; io carries the flags and the address buffer). Small
// receives go through a stack buffer: allocating bufsize on the heap first
// and shrinking it after would cost far more than the copy for the common
// recv(4096) that gets a few bytes.
#define SOCKET_RECV_STACK_MAX (4096)
static mp_obj_t socket_recv_bytes(
    mp_obj_socket_t *self, size_t bufsize, sock_attempt_t attempt, sock_io_t *io) {
    mp_socket_fd(self);
    bool may_wait = !(io->flags & MSG_DONTWAIT);
    if (bufsize <= SOCKET_RECV_STACK_MAX) {
        byte buf[SOCKET_RECV_STACK_MAX];
        io->buf = buf;
        io->len = bufsize;
        size_t n = sock_call_raise(self, POLLIN, may_wait, attempt, io);
        return mp_obj_new_bytes(buf, n);
    }
    vstr_t vstr;
    vstr_init_len(&vstr, bufsize);
    io->buf = vstr.buf;
    io->len = bufsize;
    sock_attempt_t at = SOCK_ATTEMPT_FOR(self, io, attempt, !(io->flags & MSG_WAITALL));
    vstr.len = sock_call_raise(self, POLLIN, may_wait, at, io);
    return mp_obj_new_bytes_from_vstr(&vstr);
}

// recv(bufsize[, flags])
static mp_obj_t socket_recv(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 2, MP_QSTR_recv));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    // The flags first: CPython converts both before it looks at the sign.
    sock_io_t io = { .flags = mp_socket_get_flags(n_args, args, 2) };
    size_t bufsize = mp_socket_get_bufsize(args[1], MP_ERROR_TEXT("negative buffersize in recv"));
    if (bufsize == 0) {
        // b'' without a syscall, whatever the type, as CPython: nothing is
        // waited for and no datagram is consumed.
        static const byte nothing[1] = { 0 };
        mp_socket_fd(self);
        return mp_obj_new_bytes(nothing, 0);
    }
    return socket_recv_bytes(self, bufsize, attempt_recv, &io);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_recv_obj, 1, socket_recv);

// recv_into/recvfrom_into(buffer, nbytes=0, flags=0): receive into the
// buffer (its first nbytes; 0: all of it) with the attempt given. The
// arguments may be named, as in CPython.
// (negative_msg stays argument 4: tools/makeerrtext.py looks for it there.)
static size_t socket_recv_into_buf(size_t n_pos, const mp_obj_t *pos, sock_attempt_t attempt,
    sock_io_t *io, mp_rom_error_text_t negative_msg, mp_map_t *kws) {
    // (Only recvfrom_into passes an address.)
    qstr name = io->addr != NULL ? MP_QSTR_recvfrom_into : MP_QSTR_recv_into;
    static const mp_arg_t allowed[] = {
        { MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_nbytes, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
        { MP_QSTR_flags, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_named(name, n_pos - 1, pos + 1, kws, 3, allowed, vals);
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(pos[0]);
    mp_obj_t args[4] = { pos[0], vals[0].u_obj, vals[1].u_obj, vals[2].u_obj };
    // The buffer's type is checked first, as CPython converts the arguments
    // in order; then the numbers: converting them may run code that resizes
    // the buffer (a bytearray's memory moves), so its address is taken again
    // after.
    mp_buffer_info_t bufinfo;
    if (!mp_get_buffer(args[1], &bufinfo, MP_BUFFER_WRITE)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q() argument 1 must be read-write bytes-like object, not %s"),
            name, mp_obj_get_arg_type_str(args[1]));
    }
    size_t n = mp_socket_get_bufsize(args[2], negative_msg);
    io->flags = mp_socket_get_flags(4, args, 3);
    mp_get_buffer_raise(args[1], &bufinfo, MP_BUFFER_WRITE);
    if (n > bufinfo.len) {
        // (CPython words it two ways.)
        mp_raise_ValueError(io->addr != NULL
            ? MP_ERROR_TEXT("nbytes is greater than the length of the buffer")
            : MP_ERROR_TEXT("buffer too small for requested bytes"));
    }
    io->buf = bufinfo.buf;
    io->len = n > 0 ? n : bufinfo.len;
    io->buf_obj = args[1];
    attempt = SOCK_ATTEMPT_FOR(self, io, attempt, sock_buffer_stays(args[1]) && !(io->flags & MSG_WAITALL));
    return sock_call_raise(self, POLLIN, !(io->flags & MSG_DONTWAIT), attempt, io);
}

// recv_into(buffer, nbytes=0, flags=0) -> count
static mp_obj_t socket_recv_into(size_t n_args, const mp_obj_t *args, mp_map_t *kws) {
    sock_io_t io = { 0 };
    return MP_OBJ_NEW_SMALL_INT(socket_recv_into_buf(
        n_args, args, attempt_recv, &io, MP_ERROR_TEXT("negative buffersize in recv_into"), kws));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(socket_recv_into_obj, 1, socket_recv_into);

// recvfrom_into(buffer, nbytes=0, flags=0) -> (count, address)
static mp_obj_t socket_recvfrom_into(size_t n_args, const mp_obj_t *args, mp_map_t *kws) {
    struct sockaddr_storage ss;
    sock_io_t io = { .addr = &ss };
    size_t n = socket_recv_into_buf(
        n_args, args, attempt_recvfrom, &io, MP_ERROR_TEXT("negative buffersize in recvfrom_into"), kws);
    mp_obj_t t[2] = { MP_OBJ_NEW_SMALL_INT(n), mp_socket_addr_to_obj((struct sockaddr *)&ss, io.addrlen) };
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(socket_recvfrom_into_obj, 1, socket_recvfrom_into);

// recvfrom(bufsize[, flags]) -> (bytes, address)
static mp_obj_t socket_recvfrom(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 2, MP_QSTR_recvfrom));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    struct sockaddr_storage ss;
    sock_io_t io = { .flags = mp_socket_get_flags(n_args, args, 2), .addr = &ss };
    size_t bufsize =
        mp_socket_get_bufsize(args[1], MP_ERROR_TEXT("negative buffersize in recvfrom"));
    mp_obj_t t[2];
    t[0] = socket_recv_bytes(self, bufsize, attempt_recvfrom, &io);
    t[1] = mp_socket_addr_to_obj((struct sockaddr *)&ss, io.addrlen);
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_recvfrom_obj, 1, socket_recvfrom);

// send(data[, flags]) -> count (may be short)
static mp_obj_t socket_send(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 2, MP_QSTR_send));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bufinfo;
    get_send_buffer(args[1], &bufinfo);
    int flags = mp_socket_get_flags(n_args, args, 2);
    sock_io_t io = { .buf = bufinfo.buf, .len = bufinfo.len, .flags = flags, .buf_obj = args[1] };
    sock_attempt_t attempt = SOCK_ATTEMPT_FOR(self, &io, attempt_send, sock_buffer_stays(args[1]));
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    int err;
    ssize_t n = sock_call(self, POLLOUT, !(flags & MSG_DONTWAIT), attempt, &io, &deadline, &err);
    if (n < 0) {
        mp_raise_OSError(err);
    }
    return mp_obj_new_int_from_uint((size_t)n);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_send_obj, 1, socket_send);

// sendall(data[, flags]): all of it within one timeout, or raise.
static mp_obj_t socket_sendall(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 2, MP_QSTR_sendall));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bufinfo;
    get_send_buffer(args[1], &bufinfo);
    int flags = mp_socket_get_flags(n_args, args, 2);
    sock_io_t io = { .buf = bufinfo.buf, .len = bufinfo.len, .flags = flags, .buf_obj = args[1] };
    uint64_t deadline = SOCK_DEADLINE_UNSET;
    do {
        sock_attempt_t attempt = SOCK_ATTEMPT_FOR(self, &io, attempt_send, sock_buffer_stays(args[1]));
        int err;
        ssize_t n =
            sock_call(self, POLLOUT, !(flags & MSG_DONTWAIT), attempt, &io, &deadline, &err);
        if (n < 0) {
            mp_raise_OSError(err);
        }
        io.buf = (byte *)io.buf + n;
        io.len -= (size_t)n;
    } while (io.len > 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_sendall_obj, 1, socket_sendall);

// sendto(data, address) / sendto(data, flags, address) -> count
static mp_obj_t socket_sendto(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(2, 3, MP_QSTR_sendto));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    // The data is checked first, as in CPython, and taken again after the
    // address, whose port's __index__ might resize it.
    mp_buffer_info_t bufinfo;
    get_send_buffer(args[1], &bufinfo);
    int flags = n_args == 4 ? mp_socket_get_c_int(args[2]) : 0;
    struct sockaddr_storage ss;
    socklen_t len = mp_socket_addr_from_obj(self->family, args[n_args - 1], &ss, MP_QSTR_sendto);
    get_send_buffer(args[1], &bufinfo);
    sock_io_t io = {
        .buf = bufinfo.buf, .len = bufinfo.len, .flags = flags, .addr = &ss, .addrlen = len
    };
    return mp_obj_new_int_from_uint(
        sock_call_raise(self, POLLOUT, !(flags & MSG_DONTWAIT), attempt_sendto, &io));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_sendto_obj, 1, socket_sendto);

// shutdown(how)
MP_COLD static mp_obj_t socket_shutdown(mp_obj_t self_in, mp_obj_t how_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    int how = mp_socket_get_c_int(how_in);
    int ret;
    MP_SYSCALL_RETRY(ret, shutdown(mp_socket_fd(self), how));
    if (ret < 0) {
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_shutdown_obj, socket_shutdown);

// getsockname() / getpeername()
static mp_obj_t socket_name(mp_obj_t self_in, bool peer) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    mp_socket_fd(self);
    int err;
    mp_obj_t addr = socket_name_or_null(self, peer, &err);
    if (addr == MP_OBJ_NULL) {
        mp_raise_OSError(err);
    }
    return addr;
}

MP_COLD static mp_obj_t socket_getsockname(mp_obj_t self_in) {
    return socket_name(self_in, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getsockname_obj, socket_getsockname);

MP_COLD static mp_obj_t socket_getpeername(mp_obj_t self_in) {
    return socket_name(self_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getpeername_obj, socket_getpeername);

// setsockopt(level, optname, value) / setsockopt(level, optname, None, optlen)
MP_COLD static mp_obj_t socket_setsockopt(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(3, 4, MP_QSTR_setsockopt));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    int level = mp_socket_get_c_int(args[1]);
    int opt = mp_socket_get_c_int(args[2]);
    const void *optval;
    socklen_t optlen;
    int ival;
    if (n_args == 5) {
        if (args[3] != mp_const_none) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("setsockopt() value must be None when optlen is given"));
        }
        optval = NULL;
        optlen = (socklen_t)mp_obj_get_int(args[4]);
    } else {
        // As CPython: an int (or __index__ object) in C int range, else
        // (whatever the int conversion raised) a bytes-like object.
        optval = &ival;
        optlen = sizeof(ival);
        bool is_int = false;
        if (!mp_obj_is_str_or_bytes(args[3])) {
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                ival = mp_socket_get_c_int(args[3]);
                nlr_pop();
                is_int = true;
            }
        }
        if (!is_int) {
            if (mp_obj_is_str(args[3])) {
                mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
            }
            mp_buffer_info_t bufinfo;
            get_send_buffer(args[3], &bufinfo);
            optval = bufinfo.buf;
            optlen = (socklen_t)bufinfo.len;
        }
    }
    int ret;
    MP_SYSCALL_RETRY(ret, setsockopt(mp_socket_fd(self), level, opt, optval, optlen));
    if (ret < 0) {
        mp_raise_OSError_errno();
    }
    if (level == SOL_SOCKET && (opt == SO_RCVTIMEO || opt == SO_SNDTIMEO)) {
        self->so_timeo = true;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_setsockopt_obj, 1, socket_setsockopt);

// getsockopt(level, optname[, buflen]): an int, or bytes when buflen is given.
MP_COLD static mp_obj_t socket_getsockopt(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(2, 3, MP_QSTR_getsockopt));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    int level = mp_socket_get_c_int(args[1]);
    int opt = mp_socket_get_c_int(args[2]);
    int buflen = mp_socket_get_flags(n_args, args, 3);
    // (before the fd: a closed socket reports a bad buflen first, as CPython)
    if (buflen < 0 || buflen > SOCKET_GETSOCKOPT_MAX) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("getsockopt buflen out of range"));
    }
    int fd = mp_socket_fd(self);
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof(v);
        int ret;
        MP_SYSCALL_RETRY(ret, getsockopt(fd, level, opt, &v, &len));
        if (ret < 0) {
            mp_raise_OSError_errno();
        }
        return mp_obj_new_int(v);
    }
    byte buf[SOCKET_GETSOCKOPT_MAX];
    socklen_t len = (socklen_t)buflen;
    int ret;
    MP_SYSCALL_RETRY(ret, getsockopt(fd, level, opt, buf, &len));
    if (ret < 0) {
        mp_raise_OSError_errno();
    }
    return mp_obj_new_bytes(buf, len);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(socket_getsockopt_obj, 1, socket_getsockopt);

// The timeout for a settimeout() argument: None -> -1 (blocking), else
// non-negative seconds.
MP_COLD mp_float_t mp_socket_get_timeout(mp_obj_t value) {
    if (value == mp_const_none) {
        return -1;
    }
    // CPython takes a float, or else an int or __index__ object (never
    // __float__), and keeps it as int64 nanoseconds: checks range, then sign.
    bool is_float = mp_obj_is_instance_of(value, &mp_type_float);
    mp_float_t t = INFINITY;
    mp_int_t secs;
    if (is_float) {
        t = mp_obj_get_float(value);
        if (isnan(t)) {
            mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
    } else if (mp_obj_get_int_maybe(mp_unary_op(MP_UNARY_OP_INDEX, value), &secs)) {
        t = (mp_float_t)secs;
    }
    if (!(t > -9223372036.854775 && t < 9223372036.854775)) {
        mp_raise_OverflowError(is_float
            ? MP_ERROR_TEXT("timestamp out of range for platform time_t")
            : MP_ERROR_TEXT("timestamp too large to convert to C _PyTime_t"));
    }
    if (t < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Timeout value out of range"));
    }
    // + 0 turns -0.0 into 0.0, as CPython reads it back.
    return t + 0;
}

// settimeout(value)
// The fd of an open socket whose fd is still there: settimeout() and
// setblocking() report an fd closed under the object (as CPython's, which
// change the fd's flags, do) instead of failing later in some other call.
static int socket_live_fd(mp_obj_socket_t *self) {
    int fd = mp_socket_fd(self);
    int flags;
    MP_SYSCALL_RETRY(flags, fcntl(fd, F_GETFL));
    if (flags < 0) {
        mp_raise_OSError_errno();
    }
    return fd;
}

static mp_obj_t socket_settimeout(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    // Stored before the EBADF check, as CPython does.
    self->timeout = mp_socket_get_timeout(value);
    socket_live_fd(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_settimeout_obj, socket_settimeout);

// gettimeout() -> None or seconds
static mp_obj_t socket_gettimeout(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    return self->timeout < 0 ? mp_const_none : mp_obj_new_float(self->timeout);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_gettimeout_obj, socket_gettimeout);

// setblocking(flag): settimeout(None) or settimeout(0). flag must be an int
// or bool, as in CPython: setblocking(None) must not quietly mean False.
static mp_obj_t socket_setblocking(mp_obj_t self_in, mp_obj_t flag) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    self->timeout = mp_obj_get_int(flag) ? -1 : 0;
    socket_live_fd(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_setblocking_obj, socket_setblocking);

// get_inheritable() -> whether the fd stays open across exec (never, unless
// set_inheritable(True) was called: every socket fd is made close-on-exec).
MP_COLD static mp_obj_t socket_get_inheritable(mp_obj_t self_in) {
    int fd = mp_socket_fd(MP_OBJ_TO_PTR(self_in));
    return mp_obj_new_bool(!mp_fd_flag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, -1));
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_get_inheritable_obj, socket_get_inheritable);

// set_inheritable(flag): flag is a C int (bool, int or __index__), as in
// CPython, not any object's truth; it is checked before the fd.
MP_COLD static mp_obj_t socket_set_inheritable(mp_obj_t self_in, mp_obj_t flag) {
    int inheritable = mp_socket_get_c_int(flag);
    int fd = mp_socket_fd(MP_OBJ_TO_PTR(self_in));
    mp_fd_flag(fd, F_GETFD, F_SETFD, FD_CLOEXEC, !inheritable);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(socket_set_inheritable_obj, socket_set_inheritable);

// getblocking()
static mp_obj_t socket_getblocking(mp_obj_t self_in) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_bool(self->timeout != 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getblocking_obj, socket_getblocking);

// makefile(mode='rb', buffering=0): the socket itself, which has the stream
// methods; only binary modes exist (there is no text layer to add).
MP_COLD static mp_obj_t socket_makefile(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_mode, ARG_buffering, ARG_encoding, ARG_errors, ARG_newline };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_mode, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_QSTR(MP_QSTR_rb) } },
        { MP_QSTR_buffering, MP_ARG_OBJ, { .u_obj = mp_const_none } },
        // Options of a text layer: a binary mode ignores them, as in CPython.
        { MP_QSTR_encoding, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_errors, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_newline, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_obj = mp_const_none } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_makefile,
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    size_t len;
    const char *mode = mp_obj_str_get_data(vals[ARG_mode].u_obj, &len);
    bool binary = false;
    uint8_t rw = 0;
    for (size_t i = 0; i < len; i++) {
        if (mode[i] == 'b') {
            binary = true;
        } else if (mode[i] == 'r') {
            rw |= 1;
        } else if (mode[i] == 'w') {
            rw |= 2;
        } else {
            binary = false;
            break;
        }
    }
    if (!binary || !mp_obj_is_str(vals[ARG_mode].u_obj)) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT(
                "invalid mode '%.*s' (only binary modes 'rb', 'wb', 'rwb' are supported)"),
            (int)len, mode);
    }
    // As CPython, 'b' alone reads.
    ((mp_obj_socket_t *)MP_OBJ_TO_PTR(pos_args[0]))->file_mode = rw != 0 ? rw : 1;
    return pos_args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_KW(socket_makefile_obj, 1, socket_makefile);

// readline() on a stream socket. The generic stream readline reads one
// byte per recv() so as not to consume what follows the line; here the
// queued bytes are looked at with MSG_PEEK and exactly the line is then
// taken, two syscalls per line instead of one per byte (a pipelined RESP
// or HTTP client reads thousands of short lines). Other socket types
// (datagrams: a peek and a partial read would lose the rest) use the
// generic one. Results are the same: the line, b'' at EOF, and on a
// non-blocking socket what there is, or None if nothing is.
#define SOCKET_READLINE_PEEK_FIRST (128)
#define SOCKET_READLINE_PEEK_MAX (16384)

static mp_obj_t socket_readline_limit(mp_obj_socket_t *self, mp_int_t limit) {
    int fd = mp_socket_fd(self);
    vstr_t vstr;
    vstr_init(&vstr, 64);
    size_t peek = SOCKET_READLINE_PEEK_FIRST;
    for (;;) {
        size_t want = peek;
        if (limit >= 0) {
            if (vstr.len >= (size_t)limit) {
                break;
            }
            if ((size_t)limit - vstr.len < want) {
                want = (size_t)limit - vstr.len;
            }
        }
        // Peeked straight into the line's buffer; what is not part of the
        // line is cut off again below.
        char *p = vstr_add_len(&vstr, want);
        sock_io_t io = { .buf = p, .len = want, .flags = MSG_PEEK };
        uint64_t deadline = SOCK_DEADLINE_UNSET;
        int err;
        ssize_t n = sock_call(self, POLLIN, true, attempt_recv, &io, &deadline, &err);
        if (n <= 0) {
            vstr_cut_tail_bytes(&vstr, want);
            if (n == 0) {
                break; // EOF
            }
            // A timeout ends the line with what came before it, as the
            // generic stream read does: those bytes left the socket.
            if (err == MP_EAGAIN || (err == MP_ETIMEDOUT && vstr.len > 0)) {
                if (vstr.len == 0) {
                    return mp_const_none;
                }
                break;
            }
            mp_raise_OSError(err);
        }
        const char *nl = memchr(p, '\n', (size_t)n);
        size_t take = nl != NULL ? (size_t)(nl - p) + 1 : (size_t)n;
        // The peeked bytes are queued, so this takes all of them at once
        // (unless another process shares the fd and took some first).
        ssize_t m;
        MP_SYSCALL_RETRY(m, recv(fd, p, take, 0));
        if (m < 0) {
            vstr_cut_tail_bytes(&vstr, want);
            mp_raise_OSError_errno();
        }
        vstr_cut_tail_bytes(&vstr, want - (size_t)m);
        if (nl != NULL && (size_t)m == take) {
            break;
        }
        if (m == 0) {
            break;
        }
        if (nl == NULL && peek < SOCKET_READLINE_PEEK_MAX) {
            peek *= 2; // a long line: look further ahead each time
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}

// readline([size])
static mp_obj_t socket_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    if (!mp_socket_is_stream(self)) {
        return mp_call_function_n_kw(
            MP_OBJ_FROM_PTR(&mp_stream_unbuffered_readline_obj), n_args, 0, args);
    }
    mp_int_t limit = -1;
    if (n_args > 1 && args[1] != mp_const_none) {
        limit = mp_obj_get_int(args[1]);
    }
    return socket_readline_limit(self, limit);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_readline_obj, 1, 2, socket_readline);

static bool socket_line_is_empty(mp_obj_t line) {
    if (line == mp_const_none) {
        return true;
    }
    size_t len;
    mp_obj_str_get_data(line, &len);
    return len == 0;
}

// readlines()
MP_COLD static mp_obj_t socket_readlines(mp_obj_t self_in) {
    mp_obj_t lines = mp_obj_new_list(0, NULL);
    for (;;) {
        mp_obj_t line = socket_readline(1, &self_in);
        if (socket_line_is_empty(line)) {
            return lines;
        }
        mp_obj_list_append(lines, line);
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_readlines_obj, socket_readlines);

// Iteration (`for line in s.makefile('rb')`, as over a CPython file):
// one line per step until EOF.
MP_COLD static mp_obj_t socket_iternext(mp_obj_t self_in) {
    mp_obj_t line = socket_readline(1, &self_in);
    return socket_line_is_empty(line) ? MP_OBJ_STOP_ITERATION : line;
}

// sendfile() and CPython's names for its two ways, which its tests call, are
// Python (lib/_socketsendfile.py), imported on the first call.
MP_DEFINE_CONST_FUN_FROZEN_METHOD(socket_sendfile_obj, MP_QSTR__socketsendfile, MP_QSTR_sendfile);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    socket_sendfile_use_send_obj, MP_QSTR__socketsendfile, MP_QSTR__sendfile_use_send);
MP_DEFINE_CONST_FUN_FROZEN_METHOD(
    socket_sendfile_use_sendfile_obj, MP_QSTR__socketsendfile, MP_QSTR__sendfile_use_sendfile);

static const mp_rom_map_elem_t socket_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&socket___del___obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&socket___enter___obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&socket___exit___obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&socket_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&socket_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_detach), MP_ROM_PTR(&socket_detach_obj) },
    { MP_ROM_QSTR(MP_QSTR_dup), MP_ROM_PTR(&socket_dup_obj) },
    { MP_ROM_QSTR(MP_QSTR_bind), MP_ROM_PTR(&socket_bind_obj) },
    { MP_ROM_QSTR(MP_QSTR_listen), MP_ROM_PTR(&socket_listen_obj) },
    { MP_ROM_QSTR(MP_QSTR_accept), MP_ROM_PTR(&socket_accept_obj) },
    { MP_ROM_QSTR(MP_QSTR_connect), MP_ROM_PTR(&socket_connect_obj) },
    { MP_ROM_QSTR(MP_QSTR_connect_ex), MP_ROM_PTR(&socket_connect_ex_obj) },
    { MP_ROM_QSTR(MP_QSTR_recv), MP_ROM_PTR(&socket_recv_obj) },
    { MP_ROM_QSTR(MP_QSTR_recv_into), MP_ROM_PTR(&socket_recv_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_recvfrom), MP_ROM_PTR(&socket_recvfrom_obj) },
    { MP_ROM_QSTR(MP_QSTR_recvfrom_into), MP_ROM_PTR(&socket_recvfrom_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&socket_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendall), MP_ROM_PTR(&socket_sendall_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendfile), MP_ROM_PTR(&socket_sendfile_obj) },
    { MP_ROM_QSTR(MP_QSTR__sendfile_use_send), MP_ROM_PTR(&socket_sendfile_use_send_obj) },
    { MP_ROM_QSTR(MP_QSTR__sendfile_use_sendfile), MP_ROM_PTR(&socket_sendfile_use_sendfile_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendto), MP_ROM_PTR(&socket_sendto_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendmsg), MP_ROM_PTR(&mp_socket_sendmsg_obj) },
    { MP_ROM_QSTR(MP_QSTR_recvmsg), MP_ROM_PTR(&mp_socket_recvmsg_obj) },
    { MP_ROM_QSTR(MP_QSTR_recvmsg_into), MP_ROM_PTR(&mp_socket_recvmsg_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_shutdown), MP_ROM_PTR(&socket_shutdown_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsockname), MP_ROM_PTR(&socket_getsockname_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpeername), MP_ROM_PTR(&socket_getpeername_obj) },
    { MP_ROM_QSTR(MP_QSTR_setsockopt), MP_ROM_PTR(&socket_setsockopt_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsockopt), MP_ROM_PTR(&socket_getsockopt_obj) },
    { MP_ROM_QSTR(MP_QSTR_settimeout), MP_ROM_PTR(&socket_settimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_gettimeout), MP_ROM_PTR(&socket_gettimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_setblocking), MP_ROM_PTR(&socket_setblocking_obj) },
    { MP_ROM_QSTR(MP_QSTR_getblocking), MP_ROM_PTR(&socket_getblocking_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_inheritable), MP_ROM_PTR(&socket_get_inheritable_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_inheritable), MP_ROM_PTR(&socket_set_inheritable_obj) },
    { MP_ROM_QSTR(MP_QSTR_makefile), MP_ROM_PTR(&socket_makefile_obj) },
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_read1), MP_ROM_PTR(&mp_stream_read1_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&socket_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&socket_readlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj) },
};
static MP_DEFINE_CONST_DICT(socket_locals_dict, socket_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_socket, MP_QSTR_socket, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_ITER_IS_SELF,
    print, socket_print,
    make_new, socket_make_new,
    attr, socket_attr,
    getiter, mp_obj_return_self,
    iternext, socket_iternext,
    protocol, &socket_stream_p,
    locals_dict, (mp_obj_dict_t *)&socket_locals_dict
    );

#endif // MICROPY_PY_SOCKET
