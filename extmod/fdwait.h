// Waiting for file descriptors: the one poll()-based "wait until ready or
// until a deadline" of extmod/, shared by sockets and select.
#ifndef MICROPY_INCLUDED_EXTMOD_FDWAIT_H
#define MICROPY_INCLUDED_EXTMOD_FDWAIT_H

#include "py/mpconfig.h"

#include <poll.h>
#include <sys/types.h>

#include "extmod/mpsyscall.h"

// A deadline is an absolute time in ns on the monotonic clock
// (mp_hal_monotonic_ns), so a wait interrupted by a signal resumes with the
// time that is left, not with the whole timeout again. MP_FDWAIT_FOREVER
// never arrives; MP_FDWAIT_NOW has always passed (a single non-blocking poll).
#define MP_FDWAIT_FOREVER (UINT64_MAX)
#define MP_FDWAIT_NOW ((uint64_t)0)

// The deadline `timeout` from now: seconds (float) or milliseconds (int).
// A negative timeout means no deadline; one too large to represent is also
// treated as none.
uint64_t mp_fdwait_deadline_s(mp_float_t timeout_s);
uint64_t mp_fdwait_deadline_ms(mp_int_t timeout_ms);

// True once the deadline has passed.
bool mp_fdwait_expired(uint64_t deadline);

// poll() fds until at least one is ready or the deadline passes; returns the
// number of ready entries (0: the deadline passed). EINTR is not an error:
// pending signals are handled first (Ctrl-C raises KeyboardInterrupt out of
// here) and then the wait goes on for the time that is left. Any other
// poll() failure raises OSError. nfds may be 0 (a plain sleep; fds may then
// be NULL). Otherwise fds needs room for nfds + 1 entries: a sleeping poll()
// of the main thread puts the signal wake pipe last (see mp_fdwait_wake).
int mp_fdwait_poll(struct pollfd *fds, size_t nfds, uint64_t deadline);

// One poll() of fds, not retried: 0 also when a signal interrupted it, for a
// caller whose array Python code may move (a signal handler can register()
// on the poll object being waited on): it handles the pending work itself,
// then polls again with its array read afresh. fds: room for nfds + 1.
int mp_fdwait_poll_once(struct pollfd *fds, size_t nfds, uint64_t deadline);

// The C signal handlers call this (async-signal-safe): it wakes a sleeping
// wait of the main thread through a self-pipe, so a signal that lands between
// a wait's check for pending signals and its poll() is not missed, and it
// writes byte b to fd too if fd >= 0 (signal.set_wakeup_fd's).
void mp_fdwait_wake(int fd, int b);
// In a forked child: drop the parent's pipe (the child makes its own), and
// count the fork in mp_fdwait_forks (mod 256): what an object counted of the
// parent's other threads (a socket's waiters) is stale once it differs.
void mp_fdwait_wake_reset(void);
extern uint8_t mp_fdwait_forks;

// The same for one fd: returns its revents (0: the deadline passed).
int mp_fdwait_one(int fd, short events, uint64_t deadline);

// mp_fdwait_one, but first checking the fd without sleeping for up to
// spin_ns (never past the deadline). Putting a thread to sleep and waking it
// costs both ends several microseconds, far more on a virtual machine, where
// the waker's CPU must interrupt an idle one: for data that is a few
// microseconds away, a short busy wait is cheaper for both. On a host with
// one CPU the peer cannot run while we spin, so there is no spin at all.
int mp_fdwait_one_spin(int fd, short events, uint64_t deadline, uint64_t spin_ns);

// Before a read() or write() of a blocking fd that may block (a pipe, a
// terminal): once other threads exist, wait for it to be ready without the
// GIL, so they run meanwhile. Nothing when there is only one thread.
void mp_fdwait_before_io(int fd, short events);

// write() after mp_fdwait_before_io(fd, POLLOUT), EINTR retried. Once other
// threads exist, a large write to a blocking fd is made without the GIL:
// write() returns only when all of buf is in the pipe, which may take a
// reader in another thread. buf must stay valid meanwhile (a block that the
// caller's frame refers to: the GC scans it).
ssize_t mp_fdwait_write(int fd, const void *buf, size_t size);

// macOS's poll() does not wait on devices (a terminal, /dev/null): it flags
// them POLLNVAL at once, where select() waits on them as on anything else.
// After a wait, mp_fdwait_devices looks for such fds (open, yet POLLNVAL) and
// if there are some, waits again with select() (until the deadline, or not
// at all if another fd is ready already), rewriting every revents. It does
// nothing when fds holds none, or an fd select() cannot take (FD_SETSIZE),
// or on other hosts. Not for poll objects: CPython's report POLLNVAL too.
#ifndef MP_FDWAIT_DEVICE_SELECT
#if defined(__APPLE__)
#define MP_FDWAIT_DEVICE_SELECT (1)
#else
#define MP_FDWAIT_DEVICE_SELECT (0)
#endif
#endif
#if MP_FDWAIT_DEVICE_SELECT
void mp_fdwait_devices(struct pollfd *fds, size_t nfds, uint64_t deadline);
#endif

// Whether err says the process is out of fds; if so, garbage has just been
// collected (the finalisers of unreachable sockets and files close their
// fds, which in CPython reference counting has closed long ago) and the
// call that failed is worth one more try.
bool mp_fd_reclaimed(int err);

// MP_SYSCALL_RETRY of a call that makes an fd (open, socket, dup), tried
// once more after a collection if the process was out of fds. (A loop, so
// that the call is compiled once.)
#define MP_FD_NEW_RETRY(ret, expr) \
    do { \
        for (bool first_ = true;; first_ = false) { \
            MP_SYSCALL_RETRY(ret, expr); \
            if ((ret) >= 0 || !first_ || !mp_fd_reclaimed(errno)) { \
                break; \
            } \
        } \
    } while (0)

// One fcntl() flag of fd: bit of the flags read with `get` (F_GETFD or
// F_GETFL). want >= 0 sets it (want != 0) or clears it (0) with `set`,
// writing only on a change. Returns whether it was set before; raises
// OSError on failure; EINTR is retried.
bool mp_fd_flag(int fd, int get, int set, int bit, int want);

#endif // MICROPY_INCLUDED_EXTMOD_FDWAIT_H
