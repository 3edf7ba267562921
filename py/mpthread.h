// Threads, as the core and extmod/ see them. Python code runs on one thread
// at a time, the holder of the global interpreter lock (GIL); a thread gives
// it up around every wait (poll(), sleep, lock waits) and, when another
// thread has waited a few milliseconds, at the VM's next pending check.
// Until a second thread is started none of this costs anything: there is no
// GIL to take and mp_thread_call_released calls straight through.
// The port implements it (ports/unix/modthread.c).
#ifndef MICROPY_INCLUDED_PY_MPTHREAD_H
#define MICROPY_INCLUDED_PY_MPTHREAD_H

#include "py/mpconfig.h"

#if MICROPY_PY_THREAD

#include <stdbool.h>
#include <stdint.h>

// True once a second thread has been started (never false again).
extern bool mp_thread_active;
// Set by a thread that has waited too long for the GIL; the holder gives
// the GIL up at its next pending check (mp_handle_pending).
extern volatile int mp_thread_drop_request;

// How long a thread waits for the GIL before it asks the holder to let go
// (sys.setswitchinterval; CPython's default of 5 ms).
extern uint64_t mp_thread_switch_interval_ns;

// Whether the calling thread is the one that started the interpreter: only
// it runs signal handlers and scheduled callbacks and gets KeyboardInterrupt.
bool mp_thread_is_main(void);

// A number for the calling thread, the same for its whole life (the main
// thread's is 1, before and after other threads start); never 0.
mp_uint_t mp_thread_id(void);

// Gives the GIL to a thread waiting for it, and takes it back afterwards.
void mp_thread_yield(void);

// Wakes the main thread if it sleeps in a lock wait: a thread holding the
// GIL calls it when it finds a signal pending for the main thread.
void mp_thread_wake_main(void);

// Runs fn(arg) without the GIL, so other threads run meanwhile. fn must not
// touch Python objects or interpreter state: only C data of its own (kept on
// the caller's stack) and system calls. Objects the caller references stay
// alive (its stack is scanned by collections other threads make meanwhile).
void mp_thread_call_released(void (*fn)(void *), void *arg);

// In the child of fork(): only the calling thread is left there, and it
// becomes the main thread; the GIL and the locks' mutexes start afresh.
void mp_thread_after_fork_child(void);

// For the collector: the roots of every thread but the calling one (their
// saved interpreter state, their stacks, the calls not yet started).
void mp_thread_gc_others(void);

#define MP_THREAD_ACTIVE() (mp_thread_active)

#else

#define MP_THREAD_ACTIVE() (0)
static inline bool mp_thread_is_main(void) {
    return true;
}
static inline void mp_thread_yield(void) {
}
static inline mp_uint_t mp_thread_id(void) {
    return 1;
}
static inline void mp_thread_after_fork_child(void) {
}
static inline void mp_thread_call_released(void (*fn)(void *), void *arg) {
    fn(arg);
}

#endif // MICROPY_PY_THREAD

#endif // MICROPY_INCLUDED_PY_MPTHREAD_H
