// The signal module: signal, getsignal, SIG_DFL/SIG_IGN, default_int_handler,
// the host's SIG* numbers, NSIG, alarm, pause, raise_signal, strsignal,
// valid_signals, setitimer/getitimer and set_wakeup_fd. Python handlers never
// run inside the C handler: it only marks the signal and queues one dispatch
// on py/scheduler.c, which calls the handlers between bytecodes (or when a
// blocking call is woken with EINTR). Left out: Signals/Handlers enums (the
// values are plain ints), signal masks and sigwait.
#include "py/mpconfig.h"

#ifndef MICROPY_PY_SIGNAL
#define MICROPY_PY_SIGNAL (1)
#endif

#if MICROPY_PY_SIGNAL

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mpthread.h"
#include "extmod/fdwait.h"
#include "ports/unix/unix_port.h"

#define HANDLER_DFL MP_OBJ_NEW_SMALL_INT(0)
#define HANDLER_IGN MP_OBJ_NEW_SMALL_INT(1)

// Handlers set from Python, by signal number (MP_OBJ_NULL: never set, ask the
// OS), and the signals caught but not yet dispatched. Written by the signal
// handler, so they cannot live on the GC heap.
// The handlers are a GC root region registered by the first signal() call.
static mp_obj_t signal_handlers[NSIG];
static volatile sig_atomic_t signal_tripped[NSIG];
static volatile sig_atomic_t signal_dispatch_queued;
static volatile sig_atomic_t signal_wakeup_fd = -1;
static bool signal_rooted;

static mp_obj_t signal_dispatch(mp_obj_t unused);
static MP_DEFINE_CONST_FUN_OBJ_1(signal_dispatch_obj, signal_dispatch);

static void wakeup(int sig) {
    mp_fdwait_wake(signal_wakeup_fd, sig);
}

// The C handler for a Python handler: async-signal-safe.
static void catch_signal(int sig) {
    wakeup(sig);
    signal_tripped[sig] = 1;
    if (!signal_dispatch_queued) {
        signal_dispatch_queued = 1;
        if (!mp_sched_schedule(MP_OBJ_FROM_PTR(&signal_dispatch_obj), mp_const_none)) {
            signal_dispatch_queued = 0; // queue full: the next signal tries again
        }
    }
}

// The C handler for default_int_handler: the preallocated KeyboardInterrupt.
static void catch_sigint(int sig) {
    wakeup(sig);
    mp_sched_keyboard_interrupt();
}

// Runs the handlers of the signals caught since the last dispatch, lowest
// number first, with (signum, None): there is no frame object to pass.
static mp_obj_t signal_dispatch(mp_obj_t unused) {
    (void)unused;
    signal_dispatch_queued = 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (signal_tripped[sig]) {
            signal_tripped[sig] = 0;
            mp_obj_t h = signal_handlers[sig];
            if (h != MP_OBJ_NULL && mp_obj_is_callable(h)) {
                mp_obj_t args[2] = { MP_OBJ_NEW_SMALL_INT(sig), mp_const_none };
                mp_call_function_n_kw(h, 2, 0, args);
            }
        }
    }
    return mp_const_none;
}

static int get_signum(mp_obj_t sig_in) {
    mp_int_t sig = mp_obj_get_int(sig_in);
    if (sig < 1 || sig >= NSIG) {
        mp_raise_ValueError(MP_ERROR_TEXT("signal number out of range"));
    }
    return (int)sig;
}

// default_int_handler(signalnum, frame)
static mp_obj_t signal_default_int_handler(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    mp_raise_type(&mp_type_KeyboardInterrupt);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(signal_default_int_handler_obj, 0, signal_default_int_handler);

// The handler in effect when Python never set one: what the OS reports, or
// None for a C handler of the interpreter's own (default_int_handler on SIGINT).
static mp_obj_t current_handler(int sig) {
    mp_obj_t h = signal_handlers[sig];
    if (h != MP_OBJ_NULL) {
        return h;
    }
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) {
        return mp_const_none;
    }
    if (sa.sa_handler == SIG_DFL) {
        return HANDLER_DFL;
    }
    if (sa.sa_handler == SIG_IGN) {
        return HANDLER_IGN;
    }
    return sig == SIGINT ? MP_OBJ_FROM_PTR(&signal_default_int_handler_obj) : mp_const_none;
}

int unix_port_set_signal_handler(int sig, void (*handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

void unix_port_simulate_signal(int sig) {
    mp_obj_t h = current_handler(sig);
    if (h == MP_OBJ_FROM_PTR(&signal_default_int_handler_obj)) {
        catch_sigint(sig);
    } else if (h != HANDLER_DFL && h != HANDLER_IGN && h != mp_const_none) {
        catch_signal(sig);
    }
}

// getsignal(signalnum)
static mp_obj_t signal_getsignal(mp_obj_t sig_in) {
    return current_handler(get_signum(sig_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_getsignal_obj, signal_getsignal);

// signal(signalnum, handler): returns the previous handler.
static mp_obj_t signal_signal(mp_obj_t sig_in, mp_obj_t handler) {
    int sig = get_signum(sig_in);
    // Handlers run in the main thread only (signals are blocked in others).
    if (!mp_thread_is_main()) {
        mp_raise_ValueError(MP_ERROR_TEXT("signal only works in main thread of the main interpreter"));
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    // No SA_RESTART: a blocking call must wake with EINTR so that the
    // handler runs promptly (the call is then retried, PEP 475).
    sigfillset(&sa.sa_mask);
    if (mp_obj_is_small_int(handler) && handler == HANDLER_DFL) {
        sa.sa_handler = SIG_DFL;
    } else if (mp_obj_is_small_int(handler) && handler == HANDLER_IGN) {
        sa.sa_handler = SIG_IGN;
    } else if (handler == MP_OBJ_FROM_PTR(&signal_default_int_handler_obj) && sig == SIGINT) {
        sa.sa_handler = catch_sigint;
    } else if (mp_obj_is_callable(handler)) {
        sa.sa_handler = catch_signal;
    } else {
        mp_raise_TypeError(MP_ERROR_TEXT(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
    }
    if (!signal_rooted) {
        gc_add_root_region((void **)signal_handlers, NSIG);
        signal_rooted = true;
    }
    mp_obj_t old = current_handler(sig);
    if (sigaction(sig, &sa, NULL) != 0) {
        mp_raise_OSError_errno();
    }
    signal_handlers[sig] = handler;
    return old;
}
static MP_DEFINE_CONST_FUN_OBJ_2(signal_signal_obj, signal_signal);

// siginterrupt(signalnum, flag): whether a system call the signal
// interrupts fails with EINTR (flag true, the default this module sets) or is
// restarted by the kernel (false: the handler then runs only once the call
// has returned by itself).
static mp_obj_t signal_siginterrupt(mp_obj_t sig_in, mp_obj_t flag_in) {
    int sig = get_signum(sig_in);
    bool interrupt = mp_obj_get_int(flag_in) != 0;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) {
        mp_raise_OSError_errno();
    }
    if (interrupt) {
        sa.sa_flags &= ~SA_RESTART;
    } else {
        sa.sa_flags |= SA_RESTART;
    }
    if (sigaction(sig, &sa, NULL) != 0) {
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(signal_siginterrupt_obj, signal_siginterrupt);

// raise_signal(signalnum): the handler runs before this returns.
static mp_obj_t signal_raise_signal(mp_obj_t sig_in) {
    if (raise(get_signum(sig_in)) != 0) {
        mp_raise_OSError_errno();
    }
    mp_handle_pending(true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_raise_signal_obj, signal_raise_signal);

// alarm(seconds): the seconds left of the previous alarm.
static mp_obj_t signal_alarm(mp_obj_t secs) {
    return mp_obj_new_int_from_uint(alarm((unsigned int)mp_obj_get_int(secs)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_alarm_obj, signal_alarm);

// pause(): sleeps until a signal; its handler runs (and may raise) here.
static mp_obj_t signal_pause(void) {
    pause();
    mp_handle_pending(true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(signal_pause_obj, signal_pause);

// strsignal(signalnum): None when the C library does not know the signal.
static mp_obj_t signal_strsignal(mp_obj_t sig_in) {
    const char *s = strsignal(get_signum(sig_in));
    if (s == NULL || strncmp(s, "Unknown signal", 14) == 0) {
        return mp_const_none;
    }
    return mp_obj_new_str(s, strlen(s));
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_strsignal_obj, signal_strsignal);

// valid_signals(): the numbers this host accepts.
static mp_obj_t signal_valid_signals(void) {
    sigset_t all;
    sigfillset(&all);
    mp_obj_t set = mp_obj_new_set(0, NULL);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sigismember(&all, sig) == 1) {
            mp_obj_set_store(set, MP_OBJ_NEW_SMALL_INT(sig));
        }
    }
    return set;
}
static MP_DEFINE_CONST_FUN_OBJ_0(signal_valid_signals_obj, signal_valid_signals);

static mp_obj_t itimer_tuple(const struct itimerval *v) {
    const struct timeval *tv[2] = { &v->it_value, &v->it_interval };
    mp_obj_t t[2];
    for (int i = 0; i < 2; i++) {
        t[i] = mp_obj_new_float((mp_float_t)tv[i]->tv_sec + (mp_float_t)tv[i]->tv_usec / 1e6);
    }
    return mp_obj_new_tuple(2, t);
}

static void timeval_from(struct timeval *tv, mp_obj_t secs_in) {
    mp_float_t secs = mp_obj_get_float(secs_in);
    // Converting NaN or a float beyond time_t to time_t is undefined; the
    // bound is CPython's (its clock counts nanoseconds in 64 bits).
    if (secs != secs) {
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
    }
    if (secs > (mp_float_t)9.2e9) {
        mp_raise_OverflowError(MP_ERROR_TEXT("timestamp out of range for platform time_t"));
    }
    if (!(secs >= 0)) {
        secs = 0; // as CPython: a negative time disarms the timer
    }
    tv->tv_sec = (time_t)secs;
    tv->tv_usec = (suseconds_t)((secs - (mp_float_t)tv->tv_sec) * 1e6);
    // Rounding down to 0 would disarm the timer the caller asked for.
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && secs > 0) {
        tv->tv_usec = 1;
    }
}

// setitimer(which, seconds[, interval]): the previous (delay, interval).
static mp_obj_t signal_setitimer(size_t n_args, const mp_obj_t *args) {
    struct itimerval nv, ov;
    timeval_from(&nv.it_value, args[1]);
    timeval_from(&nv.it_interval, n_args > 2 ? args[2] : MP_OBJ_NEW_SMALL_INT(0));
    if (setitimer(mp_obj_get_c_int(args[0]), &nv, &ov) != 0) {
        mp_raise_OSError_errno();
    }
    return itimer_tuple(&ov);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(signal_setitimer_obj, 2, 3, signal_setitimer);

// getitimer(which)
static mp_obj_t signal_getitimer(mp_obj_t which) {
    struct itimerval v;
    if (getitimer(mp_obj_get_c_int(which), &v) != 0) {
        mp_raise_OSError_errno();
    }
    return itimer_tuple(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_getitimer_obj, signal_getitimer);

// set_wakeup_fd(fd): a byte (the signal number) is written to fd for each
// signal caught; returns the previous fd (-1: none).
static mp_obj_t signal_set_wakeup_fd(mp_obj_t fd_in) {
    int fd = mp_obj_get_c_int(fd_in);
    if (fd != -1) {
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0) {
            mp_raise_OSError_errno();
        }
        // A full pipe would otherwise block the C handler for good.
        if (!(fl & O_NONBLOCK)) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("the fd %d must be in non-blocking mode"), fd);
        }
    }
    int old = signal_wakeup_fd;
    signal_wakeup_fd = fd;
    return MP_OBJ_NEW_SMALL_INT(old);
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_set_wakeup_fd_obj, signal_set_wakeup_fd);

// clang-format off
// The integer constants packed (py/obj.h: 6 bytes each, not 16).
#define C(q, value) MP_ROM_INT_CONST(q, value)
static const mp_rom_int_const_t signal_consts[] MP_COLD_DATA = {
    C(MP_QSTR_SIG_DFL, 0),
    C(MP_QSTR_SIG_IGN, 1),
    C(MP_QSTR_NSIG, NSIG), C(MP_QSTR_ITIMER_REAL, ITIMER_REAL),
    C(MP_QSTR_ITIMER_VIRTUAL, ITIMER_VIRTUAL), C(MP_QSTR_ITIMER_PROF, ITIMER_PROF),
    C(MP_QSTR_SIGABRT, SIGABRT), C(MP_QSTR_SIGALRM, SIGALRM), C(MP_QSTR_SIGBUS, SIGBUS),
    C(MP_QSTR_SIGCHLD, SIGCHLD), C(MP_QSTR_SIGCONT, SIGCONT), C(MP_QSTR_SIGFPE, SIGFPE),
    C(MP_QSTR_SIGHUP, SIGHUP), C(MP_QSTR_SIGILL, SIGILL), C(MP_QSTR_SIGINT, SIGINT),
    C(MP_QSTR_SIGIO, SIGIO), C(MP_QSTR_SIGIOT, SIGIOT), C(MP_QSTR_SIGKILL, SIGKILL),
    C(MP_QSTR_SIGPIPE, SIGPIPE), C(MP_QSTR_SIGPROF, SIGPROF), C(MP_QSTR_SIGQUIT, SIGQUIT),
    C(MP_QSTR_SIGSEGV, SIGSEGV), C(MP_QSTR_SIGSTOP, SIGSTOP), C(MP_QSTR_SIGSYS, SIGSYS),
    C(MP_QSTR_SIGTERM, SIGTERM), C(MP_QSTR_SIGTRAP, SIGTRAP), C(MP_QSTR_SIGTSTP, SIGTSTP),
    C(MP_QSTR_SIGTTIN, SIGTTIN), C(MP_QSTR_SIGTTOU, SIGTTOU), C(MP_QSTR_SIGURG, SIGURG),
    C(MP_QSTR_SIGUSR1, SIGUSR1), C(MP_QSTR_SIGUSR2, SIGUSR2), C(MP_QSTR_SIGVTALRM, SIGVTALRM),
    C(MP_QSTR_SIGWINCH, SIGWINCH), C(MP_QSTR_SIGXCPU, SIGXCPU), C(MP_QSTR_SIGXFSZ, SIGXFSZ),
    C(MP_QSTR_SIG_BLOCK, SIG_BLOCK), C(MP_QSTR_SIG_UNBLOCK, SIG_UNBLOCK),
    C(MP_QSTR_SIG_SETMASK, SIG_SETMASK),
#if defined(__linux__)
    C(MP_QSTR_SIGCLD, SIGCHLD), C(MP_QSTR_SIGPOLL, SIGPOLL), C(MP_QSTR_SIGPWR, SIGPWR),
    C(MP_QSTR_SIGSTKFLT, SIGSTKFLT),
    C(MP_QSTR_SIGRTMIN, 34), // glibc keeps 32 and 33 for threads
    C(MP_QSTR_SIGRTMAX, 64),
#endif
    { 0 },
};
#undef C

// __getattr__(name) (PEP 562): the Signals, Handlers and Sigmasks enums are
// built from the constants by the frozen lib/_signalenum.py on first use.
extern const mp_obj_module_t mp_module_signal;

static mp_obj_t signal_getattr(mp_obj_t name) {
    static const uint16_t py_names[] = { MP_QSTR_Signals, MP_QSTR_Handlers, MP_QSTR_Sigmasks };
    return mp_obj_module_lazy_attr(MP_OBJ_FROM_PTR(&mp_module_signal), name, MP_QSTR__signalenum,
        py_names, MP_ARRAY_SIZE(py_names));
}
static MP_DEFINE_CONST_FUN_OBJ_1(signal_getattr_obj, signal_getattr);

static const mp_rom_map_elem_t signal_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&signal_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_signal) },
    { MP_ROM_QSTR(MP_QSTR_signal), MP_ROM_PTR(&signal_signal_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsignal), MP_ROM_PTR(&signal_getsignal_obj) },
    { MP_ROM_QSTR(MP_QSTR_default_int_handler), MP_ROM_PTR(&signal_default_int_handler_obj) },
    { MP_ROM_QSTR(MP_QSTR_raise_signal), MP_ROM_PTR(&signal_raise_signal_obj) },
    { MP_ROM_QSTR(MP_QSTR_siginterrupt), MP_ROM_PTR(&signal_siginterrupt_obj) },
    { MP_ROM_QSTR(MP_QSTR_alarm), MP_ROM_PTR(&signal_alarm_obj) },
    { MP_ROM_QSTR(MP_QSTR_pause), MP_ROM_PTR(&signal_pause_obj) },
    { MP_ROM_QSTR(MP_QSTR_strsignal), MP_ROM_PTR(&signal_strsignal_obj) },
    { MP_ROM_QSTR(MP_QSTR_valid_signals), MP_ROM_PTR(&signal_valid_signals_obj) },
    { MP_ROM_QSTR(MP_QSTR_setitimer), MP_ROM_PTR(&signal_setitimer_obj) },
    { MP_ROM_QSTR(MP_QSTR_getitimer), MP_ROM_PTR(&signal_getitimer_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_wakeup_fd), MP_ROM_PTR(&signal_set_wakeup_fd_obj) },
    { MP_ROM_QSTR(MP_QSTR_ItimerError), MP_ROM_PTR(&mp_type_OSError) },
    MP_ROM_INT_CONSTS(signal_consts),
};
// clang-format on
static MP_DEFINE_CONST_DICT(signal_globals, signal_globals_table);

const mp_obj_module_t mp_module_signal = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&signal_globals,
};

MP_REGISTER_MODULE(MP_QSTR_signal, mp_module_signal);

#endif // MICROPY_PY_SIGNAL
