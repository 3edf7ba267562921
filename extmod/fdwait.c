// The one poll()-based wait of extmod/: wait for file descriptors until a
// deadline, retrying EINTR with the time left (see extmod/fdwait.h).
#include "py/mpconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <unistd.h>

#include "py/gc.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/mpthread.h"
#include "extmod/fdwait.h"
#include "extmod/mpsyscall.h"

uint64_t mp_fdwait_deadline_s(mp_float_t timeout_s) {
    if (!(timeout_s >= 0)) {
        return MP_FDWAIT_FOREVER; // negative (or NaN, which callers reject first)
    }
    // 1e9 s is some 30 years: beyond it, no deadline is as good as one.
    if (timeout_s > 1e9) {
        return MP_FDWAIT_FOREVER;
    }
    return mp_hal_monotonic_ns() + (uint64_t)(timeout_s * 1e9);
}

uint64_t mp_fdwait_deadline_ms(mp_int_t timeout_ms) {
    if (timeout_ms < 0) {
        return MP_FDWAIT_FOREVER;
    }
    if ((uint64_t)timeout_ms > (uint64_t)1e12) {
        return MP_FDWAIT_FOREVER;
    }
    return mp_hal_monotonic_ns() + (uint64_t)timeout_ms * 1000000u;
}

bool mp_fdwait_expired(uint64_t deadline) {
    return deadline != MP_FDWAIT_FOREVER && mp_hal_monotonic_ns() >= deadline;
}

// The poll() timeout for the time left before deadline. It is rounded up:
// waking a fraction of a millisecond early would only make the caller spin
// through one more zero-timeout poll. Capped at INT_MAX ms (24 days); the
// caller polls again if the deadline is further away.
static int remaining_ms(uint64_t deadline) {
    if (deadline == MP_FDWAIT_FOREVER) {
        return -1;
    }
    uint64_t now = mp_hal_monotonic_ns();
    if (now >= deadline) {
        return 0;
    }
    uint64_t ms = (deadline - now + 999999u) / 1000000u;
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

#if MICROPY_PY_THREAD
typedef struct _released_poll_t {
    struct pollfd *fds;
    nfds_t nfds;
    int timeout_ms;
    int ret;
    int err;
} released_poll_t;

static void poll_released(void *arg) {
    released_poll_t *p = arg;
    p->ret = poll(p->fds, p->nfds, p->timeout_ms);
    p->err = errno;
}
#endif

// The self-pipe that closes the window between a wait's check for pending
// signals and its entry into poll(): a signal landing there would only be
// seen when the wait ends (a time.sleep(30) deaf to Ctrl-C). The C signal
// handlers write a byte to it (mp_fdwait_wake) and every sleeping poll() of
// the main thread (the only one signals reach) watches its read end too.
// Made by the first such wait (-2: that failed); close-on-exec, and the
// handlers' end non-blocking.
static int fdwait_wake_rd = -1;
static volatile sig_atomic_t fdwait_wake_wr = -1;

// For the C signal handlers, async-signal-safe: wakes the sleeping wait and
// writes byte b to fd as well if fd >= 0 (signal.set_wakeup_fd's).
void mp_fdwait_wake(int fd, int b) {
    int saved = errno; // the interrupted code may be about to read errno
    unsigned char c = (unsigned char)b;
    ssize_t r = write(fdwait_wake_wr, &c, 1); // full, or no pipe: never mind
    if (fd >= 0) {
        r = write(fd, &c, 1);
    }
    (void)r;
    errno = saved;
}

uint8_t mp_fdwait_forks;

// In a forked child: signals to it must not wake its parent, nor the other
// way round, so it makes a pipe of its own when it first sleeps.
__attribute__((cold)) void mp_fdwait_wake_reset(void) {
    mp_fdwait_forks++;
    int rd = fdwait_wake_rd, wr = fdwait_wake_wr;
    fdwait_wake_rd = fdwait_wake_wr = -1; // before a handler could write to it
    if (rd >= 0) {
        close(rd);
        close(wr);
    }
}

// Make the pipe; once only (-2: it failed).
static __attribute__((noinline, cold)) void fdwait_wake_open(void) {
    int p[2];
    fdwait_wake_rd = -2;
    if (pipe(p) == 0) {
        for (int i = 0; i < 2; i++) {
            // Out of the way of the low numbers the program's own files get
            // (tests print them; CPython has no pipe).
            int high = fcntl(p[i], F_DUPFD_CLOEXEC, 200);
            if (high >= 0) {
                close(p[i]);
                p[i] = high;
            } else {
                fcntl(p[i], F_SETFD, FD_CLOEXEC);
            }
        }
        fcntl(p[1], F_SETFL, O_NONBLOCK);
        fdwait_wake_rd = p[0];
        fdwait_wake_wr = p[1];
    }
}

// poll(), letting other threads run while it sleeps. fds must be memory
// that no other thread can free or move meanwhile, with room for nfds + 1
// entries: a sleeping poll() of the main thread puts the wake pipe last.
// A wake-up by the pipe alone looks like EINTR to the caller, which then
// handles the pending signals.
static int fdwait_sys_poll(struct pollfd *fds, size_t nfds, int timeout_ms) {
    size_t total = nfds;
    if (timeout_ms != 0 && mp_thread_is_main()) {
        if (fdwait_wake_rd == -1) {
            fdwait_wake_open();
            // A signal may have come before the pipe: check once more.
            errno = EINTR;
            return -1;
        }
        fds[total].fd = fdwait_wake_rd; // -2: poll() ignores it
        fds[total++].events = POLLIN;
    }
    int n;
#if MICROPY_PY_THREAD
    if (mp_thread_active && timeout_ms != 0) {
        released_poll_t p = { fds, (nfds_t)total, timeout_ms, 0, 0 };
        mp_thread_call_released(poll_released, &p);
        errno = p.err;
        n = p.ret;
    } else
#endif
    {
        n = poll(fds, (nfds_t)total, timeout_ms);
    }
    if (total > nfds && n > 0 && fds[nfds].revents) {
        if (fds[nfds].revents & POLLNVAL) {
            // The program closed our pipe (os.closerange): do without it,
            // rather than be woken by it for ever.
            fdwait_wake_wr = -1;
            fdwait_wake_rd = -2;
        } else {
            // Readable: this read cannot block; what it leaves wakes us again.
            char buf[64];
            ssize_t r = read(fdwait_wake_rd, buf, sizeof(buf));
            (void)r;
        }
        if (--n == 0) {
            errno = EINTR;
            n = -1;
        }
    }
    return n;
}

int mp_fdwait_poll(struct pollfd *fds, size_t nfds, uint64_t deadline) {
    struct pollfd none[1]; // a plain sleep still watches the wake pipe
    if (nfds == 0) {
        fds = none;
    }
    for (;;) {
        // A Ctrl-C that arrived just before the wait would otherwise only be
        // seen when the wait ends.
        mp_handle_pending_fast();
        int n;
        // The expression is evaluated again after each EINTR, so every retry
        // waits only for what is left of the time.
        MP_SYSCALL_RETRY(n, fdwait_sys_poll(fds, nfds, remaining_ms(deadline)));
        if (n < 0) {
            mp_raise_OSError_errno();
        }
        if (n > 0 || deadline == MP_FDWAIT_NOW || mp_fdwait_expired(deadline)) {
            return n;
        }
        // Woken early (the INT_MAX cap, or a clock coarser than ours): wait on.
    }
}

int mp_fdwait_poll_once(struct pollfd *fds, size_t nfds, uint64_t deadline) {
    int n = fdwait_sys_poll(fds, nfds, remaining_ms(deadline));
    if (n < 0) {
        if (errno == EINTR) {
            return 0;
        }
        mp_raise_OSError_errno();
    }
    return n;
}

int mp_fdwait_one(int fd, short events, uint64_t deadline) {
    struct pollfd p[2] = { { .fd = fd, .events = events, .revents = 0 } };
    if (mp_fdwait_poll(p, 1, deadline) == 0) {
        return 0;
    }
    return p[0].revents;
}

// Whether a busy wait can ever pay: the process that will make the fd ready
// needs another CPU to run on meanwhile.
static bool spinning_can_help(void) {
    static int cpus = 0;
    if (cpus == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        cpus = n > 1 ? 2 : 1;
    }
    return cpus > 1;
}

int mp_fdwait_one_spin(int fd, short events, uint64_t deadline, uint64_t spin_ns) {
    // With other threads in this process, the peer may be one of them,
    // waiting for the GIL that the spin would hold.
    if (spin_ns > 0 && spinning_can_help() && !MP_THREAD_ACTIVE()) {
        uint64_t start = mp_hal_monotonic_ns();
        uint64_t spin_end = start + spin_ns;
        if (deadline < spin_end) {
            spin_end = deadline;
        }
        struct pollfd p = { .fd = fd, .events = events, .revents = 0 };
        for (;;) {
            int n;
            MP_SYSCALL_RETRY(n, poll(&p, 1, 0));
            if (n > 0) {
                return p.revents;
            }
            if (n < 0 || mp_hal_monotonic_ns() >= spin_end) {
                break; // a failing poll() is reported by the sleeping wait
            }
        }
    }
    return mp_fdwait_one(fd, events, deadline);
}

#if MP_FDWAIT_DEVICE_SELECT
typedef struct _fdwait_select_t {
    fd_set sets[3]; // readable, writable, exceptional
    int nfds;
    int timeout_ms;
    int ret;
    int err;
} fdwait_select_t;

static void fdwait_sys_select(void *arg) {
    fdwait_select_t *s = arg;
    struct timeval tv = { s->timeout_ms / 1000, (s->timeout_ms % 1000) * 1000 };
    s->ret = select(s->nfds, &s->sets[0], &s->sets[1], &s->sets[2], s->timeout_ms < 0 ? NULL : &tv);
    s->err = errno;
}

void mp_fdwait_devices(struct pollfd *fds, size_t nfds, uint64_t deadline) {
    static const short fdwait_select_events[3] = { POLLIN, POLLOUT, POLLPRI };
    bool device = false;
    for (size_t i = 0; i < nfds; i++) {
        int fd = fds[i].fd;
        if (fd >= FD_SETSIZE) {
            return;
        }
        if (fd >= 0 && (fds[i].revents & POLLNVAL) && fcntl(fd, F_GETFD) != -1) {
            device = true;
        } else if (fds[i].revents != 0) {
            deadline = MP_FDWAIT_NOW; // something is ready: only look
        }
    }
    if (!device) {
        return;
    }
    fdwait_select_t s;
    for (;;) {
        mp_handle_pending_fast();
        s.nfds = 0;
        for (int k = 0; k < 3; k++) {
            FD_ZERO(&s.sets[k]);
        }
        for (size_t i = 0; i < nfds; i++) {
            int fd = fds[i].fd;
            for (int k = 0; fd >= 0 && k < 3; k++) {
                if (fds[i].events & fdwait_select_events[k]) {
                    FD_SET(fd, &s.sets[k]);
                    s.nfds = fd >= s.nfds ? fd + 1 : s.nfds;
                }
            }
        }
        s.timeout_ms = remaining_ms(deadline);
#if MICROPY_PY_THREAD
        if (mp_thread_active && s.timeout_ms != 0) {
            mp_thread_call_released(fdwait_sys_select, &s);
        } else
#endif
        {
            fdwait_sys_select(&s);
        }
        if (s.ret < 0 && s.err != EINTR) {
            mp_raise_OSError(s.err);
        }
        if (s.ret > 0 || mp_fdwait_expired(deadline)) {
            break;
        }
        if (s.ret < 0) {
            mp_handle_pending(true);
        }
    }
    for (size_t i = 0; i < nfds; i++) {
        int fd = fds[i].fd;
        if (fd < 0) {
            continue; // not waited on here: what the caller found stays
        }
        fds[i].revents = 0;
        for (int k = 0; k < 3; k++) {
            if (s.ret > 0 && FD_ISSET(fd, &s.sets[k])) {
                fds[i].revents |= fdwait_select_events[k];
            }
        }
    }
}
#endif

void mp_fdwait_before_io(int fd, short events) {
#if MICROPY_PY_THREAD
    // A non-blocking fd must still fail with EAGAIN rather than wait.
    if (mp_thread_active && (fcntl(fd, F_GETFL) & O_NONBLOCK) == 0) {
#if MP_FDWAIT_DEVICE_SELECT
        struct pollfd p[2] = { { .fd = fd, .events = events, .revents = 0 } };
        mp_fdwait_poll(p, 1, MP_FDWAIT_FOREVER);
        mp_fdwait_devices(p, 1, MP_FDWAIT_FOREVER);
#else
        mp_fdwait_one(fd, events, MP_FDWAIT_FOREVER);
#endif
    }
#else
    (void)fd;
    (void)events;
#endif
}

#if MICROPY_PY_THREAD
typedef struct _released_write_t {
    int fd;
    const void *buf;
    size_t size;
    ssize_t ret;
    int err;
} released_write_t;

static void write_released(void *arg) {
    released_write_t *w = arg;
    w->ret = write(w->fd, w->buf, w->size);
    w->err = errno;
}
#endif

// Up to PIPE_BUF bytes, a pipe with room (POLLOUT) takes the whole write at
// once: such writes keep the GIL, so that the pieces of one print() from
// several threads are not interleaved any more than they were.
ssize_t mp_fdwait_write(int fd, const void *buf, size_t size) {
    ssize_t n;
#if MICROPY_PY_THREAD
    if (size > PIPE_BUF && mp_thread_active && (fcntl(fd, F_GETFL) & O_NONBLOCK) == 0) {
        released_write_t w = { fd, buf, size, 0, 0 };
        MP_SYSCALL_RETRY(n, (mp_thread_call_released(write_released, &w), errno = w.err, w.ret));
        return n;
    }
#endif
    mp_fdwait_before_io(fd, POLLOUT);
    MP_SYSCALL_RETRY(n, write(fd, buf, size));
    return n;
}

bool mp_fd_reclaimed(int err) {
    if (err != EMFILE && err != ENFILE) {
        return false;
    }
    gc_collect();
    return true;
}

bool mp_fd_flag(int fd, int get, int set, int bit, int want) {
    int flags;
    MP_SYSCALL_RETRY(flags, fcntl(fd, get));
    if (flags < 0) {
        mp_raise_OSError_errno();
    }
    if (want >= 0) {
        int updated = want ? (flags | bit) : (flags & ~bit);
        if (updated != flags) {
            int ret;
            MP_SYSCALL_RETRY(ret, fcntl(fd, set, updated));
            if (ret < 0) {
                mp_raise_OSError_errno();
            }
        }
    }
    return (flags & bit) != 0;
}
