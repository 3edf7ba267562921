// Threads for the Unix port: POSIX threads that run Python one at a time
// under a global interpreter lock (py/mpthread.h), and the _thread module
// (CPython's API: start_new_thread, allocate_lock, get_ident...).
//
// Each thread has a record here. The interpreter state that belongs to a
// thread (its exception handlers, running frame, globals, C stack bounds)
// lives in mp_state_ctx while the thread holds the GIL and is copied into
// the record when it lets go, so the VM reads it at fixed addresses and a
// program that never starts a thread pays nothing.
#include "py/mpconfig.h"

#if MICROPY_PY_THREAD

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

#include "py/runtime.h"
#include "py/gc.h"
#include "py/sequence.h"
#include "py/mphal.h"
#include "py/mpthread.h"
#include "py/objtuple.h"
#include "ports/unix/unix_port.h"

// A thread's share of the interpreter state, while it is off the GIL.
typedef struct _thread_state_t {
    mp_obj_dict_t *dict_globals;
    mp_obj_dict_t *dict_locals;
    mp_obj_t cur_exception;
    mp_obj_t repr_guard;
    mp_obj_t vm_passed_exc;
    void *cur_code_state;
    nlr_buf_t *nlr_top;
    char *stack_top;
    void *gc_stack_top;
    size_t stack_limit;
    size_t recursion_depth;
} thread_state_t;

typedef struct _thread_t {
    struct _thread_t *next;
    mp_obj_t call[3];      // function, args tuple, kwargs dict (or NULL): until it runs
    thread_state_t state;  // valid while the thread does not hold the GIL
    void *stack_low;       // its stack is live from here up while off the GIL (NULL: none yet)
    size_t stack_size;     // what pthread_create was given
    bool is_main;
} thread_t;

bool mp_thread_active;
uint64_t mp_thread_switch_interval_ns = 5000000;
volatile int mp_thread_drop_request;

static thread_t *thread_list; // every thread that exists, linked under the GIL
static __thread thread_t *thread_self;
static size_t thread_started_count; // threads started and not yet finished
static size_t thread_stack_bytes;   // _thread.stack_size(); 0: our default

// Python code recurses in C: give threads as much stack as a main thread
// usually has. It is only address space until the recursion touches it.
#define THREAD_STACK_DEFAULT ((size_t)8 * 1024 * 1024)
// A smaller stack_size() is accepted (MicroPython's tests ask for 2 KiB) and
// rounded up to this: a stack must hold the C code that runs between two
// recursion checks besides the margin kept below the limit.
#define THREAD_STACK_MIN ((size_t)1024 * 1024)
#define THREAD_STACK_MARGIN_MIN ((size_t)64 * 1024)

// Whole pages: macOS refuses any other size (and would then use its
// default of 512 KiB, less than the recursion limit assumes).
static size_t thread_stack_for_new(void) {
    size_t size = thread_stack_bytes == 0 ? THREAD_STACK_DEFAULT : thread_stack_bytes;
    if (size < THREAD_STACK_MIN) {
        size = THREAD_STACK_MIN;
    }
    long page = sysconf(_SC_PAGESIZE);
    if (page > 0) {
        size = (size + (size_t)page - 1) / (size_t)page * (size_t)page;
    }
    return size;
}
// A wait that only a signal can cut short is woken this often to look for one.
#define SIGNAL_CHECK_NS ((uint64_t)20000000)

// ---------------------------------------------------------------------------
// The GIL.

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_free_cond = PTHREAD_COND_INITIALIZER;   // signalled when it is given up
static pthread_cond_t gil_taken_cond = PTHREAD_COND_INITIALIZER;  // broadcast when a thread takes it
static bool gil_held;
// Changed under gil_mutex, but the holder also reads it without the mutex
// (mp_thread_yield: a stale 0 only puts the hand-over off until the waiter
// asks again), so every write is atomic.
static unsigned int gil_waiters;
static unsigned long gil_switches; // times it was taken

// The mutex and condition of every _thread lock (see "Locks" below).
static pthread_mutex_t lock_mutex = PTHREAD_MUTEX_INITIALIZER;
// A waiter sleeps on the condition its lock's address picks, so that a
// release wakes the waiters of 1/LOCK_CONDS of the locks rather than all
// (a thread in join() no longer wakes at every queue hand-over); the locks
// themselves are heap objects that come and go, the conditions stay.
#define LOCK_CONDS (16)
static pthread_cond_t lock_released_conds[LOCK_CONDS] = { [0 ... LOCK_CONDS - 1] = PTHREAD_COND_INITIALIZER };

static pthread_cond_t *lock_cond(const void *lock) {
    return &lock_released_conds[((uintptr_t)lock >> 4) % LOCK_CONDS];
}

// An absolute CLOCK_REALTIME time ns from now, as pthread_cond_timedwait
// wants (the one clock every host's condition variables accept).
static void time_from_now(struct timespec *ts, uint64_t ns) {
    clock_gettime(CLOCK_REALTIME, ts);
    uint64_t nsec = (uint64_t)ts->tv_nsec + ns;
    ts->tv_sec += (time_t)(nsec / 1000000000u);
    ts->tv_nsec = (long)(nsec % 1000000000u);
}

// Set while the main thread waits for the GIL with a signal (or a callback)
// to handle: it asks the holder to let go at once, not after a whole switch
// interval, and the others stand back, so that two threads busy in Python
// cannot keep passing the GIL between themselves while a Ctrl-C waits.
static bool gil_main_urgent;

static void request_drop(void) {
    // The holder reads both flags without a lock (mp_handle_pending),
    // hence the atomic stores.
    __atomic_store_n(&mp_thread_drop_request, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&mp_state_ctx.sched_state, 1, __ATOMIC_RELEASE);
}

// A thread coming back from a blocking call (I/O, a sleep, a lock) asks a
// holder that keeps the GIL this long to let go, rather than a whole switch
// interval: behind a thread busy in Python, a receiver that lets go of the
// GIL for each recv() would otherwise get it back once per interval (64 KiB
// per 5 ms, 13 MB/s, CPython's "convoy effect"). A holder that is itself
// about to block lets go sooner than this anyway. One such waiter at a time:
// where many wait their turn (threads passing messages), short timed waits
// would wake them all again and again. (Not "only when no other thread
// waits": two receivers beside a busy thread then often find the other one,
// or the busy thread that let go for it, waiting, and wait a whole interval:
// 85-176 MB/s together instead of 390-480.)
#define GIL_RETURN_WAIT_NS ((uint64_t)50000)
static bool gil_short_waiter; // under gil_mutex

static void gil_take(bool returning) {
    bool main = mp_thread_is_main();
    pthread_mutex_lock(&gil_mutex);
    if (gil_held || gil_main_urgent) {
        uint64_t wait_ns = mp_thread_switch_interval_ns;
        bool short_wait = returning && !gil_short_waiter && wait_ns > GIL_RETURN_WAIT_NS;
        if (short_wait) {
            gil_short_waiter = true;
            wait_ns = GIL_RETURN_WAIT_NS;
        }
        __atomic_store_n(&gil_waiters, gil_waiters + 1, __ATOMIC_RELAXED);
        if (main && __atomic_load_n(&mp_state_ctx.sched_state, __ATOMIC_RELAXED)) {
            gil_main_urgent = true;
            request_drop();
        }
        while (gil_held || (gil_main_urgent && !main)) {
            unsigned long seen = gil_switches;
            struct timespec ts;
            time_from_now(&ts, wait_ns);
            int r = pthread_cond_timedwait(&gil_free_cond, &gil_mutex, &ts);
            if (r == ETIMEDOUT && gil_held && gil_switches == seen) {
                // The holder has run a whole interval: ask it to let go at its
                // next pending check.
                request_drop();
            }
            if (r == ETIMEDOUT && short_wait) {
                short_wait = gil_short_waiter = false;
                wait_ns = mp_thread_switch_interval_ns;
            }
        }
        if (short_wait) {
            gil_short_waiter = false;
        }
        __atomic_store_n(&gil_waiters, gil_waiters - 1, __ATOMIC_RELAXED);
    }
    if (main) {
        gil_main_urgent = false;
    }
    gil_held = true;
    gil_switches++;
    pthread_cond_broadcast(&gil_taken_cond);
    pthread_mutex_unlock(&gil_mutex);
}

// The waiter is woken after the mutex is let go: woken while it is still
// held, it would often run at once only to block on the mutex again (two
// more context switches per hand-over). A waiter always rechecks gil_held
// under the mutex, so no wake-up can be lost. For an urgent main thread all
// are woken: a signal may wake another waiter than the main thread.
static void gil_give(void) {
    pthread_mutex_lock(&gil_mutex);
    gil_held = false;
    bool wake = gil_waiters > 0, all = gil_main_urgent;
    pthread_mutex_unlock(&gil_mutex);
    if (all) {
        pthread_cond_broadcast(&gil_free_cond);
    } else if (wake) {
        pthread_cond_signal(&gil_free_cond);
    }
}

static void state_save(thread_state_t *s) {
    s->dict_globals = MP_STATE_VM(dict_globals);
    s->dict_locals = MP_STATE_VM(dict_locals);
    s->cur_exception = MP_STATE_VM(cur_exception);
    s->repr_guard = MP_STATE_VM(repr_guard);
    s->vm_passed_exc = mp_state_ctx.vm_passed_exc;
    s->cur_code_state = mp_state_ctx.cur_code_state;
    s->nlr_top = mp_state_ctx.nlr_top;
    s->stack_top = mp_state_ctx.stack_top;
    s->gc_stack_top = gc_get_stack_top();
    s->stack_limit = mp_state_ctx.stack_limit;
    s->recursion_depth = mp_state_ctx.recursion_depth;
}

static void state_restore(const thread_state_t *s) {
    MP_STATE_VM(dict_globals) = s->dict_globals;
    MP_STATE_VM(dict_locals) = s->dict_locals;
    MP_STATE_VM(cur_exception) = s->cur_exception;
    MP_STATE_VM(repr_guard) = s->repr_guard;
    mp_state_ctx.vm_passed_exc = s->vm_passed_exc;
    mp_state_ctx.cur_code_state = s->cur_code_state;
    mp_state_ctx.nlr_top = s->nlr_top;
    mp_state_ctx.stack_top = s->stack_top;
    gc_set_stack_top(s->gc_stack_top);
    mp_state_ctx.stack_limit = s->stack_limit;
    mp_state_ctx.recursion_depth = s->recursion_depth;
}

// The frame of this function lies below the registers its caller spilled,
// so a collection scanning from stack_low up sees them.
// (returning: see gil_take; a thread that only let others run is not.)
__attribute__((noinline)) static void run_off_gil(void (*fn)(void *), void *arg, bool returning) {
    thread_t *self = thread_self;
    state_save(&self->state);
    self->stack_low = __builtin_frame_address(0);
    gil_give();
    fn(arg);
    gil_take(returning);
    state_restore(&self->state);
}

__attribute__((noinline)) static void call_released(void (*fn)(void *), void *arg, bool returning) {
    if (!mp_thread_active) {
        fn(arg);
        return;
    }
    // A callee-saved register may hold the only reference to an object:
    // make the prologue store every one of them in this frame.
    __builtin_unwind_init();
    run_off_gil(fn, arg, returning);
    // Not a tail call: this frame must stay while run_off_gil runs.
    __asm__ volatile ("" : : : "memory");
}

void mp_thread_call_released(void (*fn)(void *), void *arg) {
    call_released(fn, arg, true);
}

static void wait_for_switch(void *arg) {
    unsigned long seen = *(unsigned long *)arg;
    pthread_mutex_lock(&gil_mutex);
    while (gil_waiters > 0 && gil_switches == seen) {
        pthread_cond_wait(&gil_taken_cond, &gil_mutex);
    }
    pthread_mutex_unlock(&gil_mutex);
}

void mp_thread_yield(void) {
    __atomic_store_n(&mp_thread_drop_request, 0, __ATOMIC_RELAXED);
    if (!mp_thread_active || __atomic_load_n(&gil_waiters, __ATOMIC_RELAXED) == 0) {
        return;
    }
    // Only a thread taking the GIL changes the count, and we hold it.
    unsigned long seen = gil_switches;
    call_released(wait_for_switch, &seen, false);
}

mp_uint_t mp_thread_id(void) {
    return mp_thread_is_main() ? 1 : (mp_uint_t)(uintptr_t)thread_self;
}

bool mp_thread_is_main(void) {
    return thread_self == NULL || thread_self->is_main;
}

void mp_thread_after_fork_child(void) {
    if (!mp_thread_active) {
        return;
    }
    thread_t *self = thread_self;
    // The other records describe threads that do not exist here: their
    // stacks are copies nothing runs on, so their objects become garbage.
    for (thread_t *t = thread_list, *next; t != NULL; t = next) {
        next = t->next;
        if (t != self) {
            free(t);
        }
    }
    self->next = NULL;
    thread_list = self;
    // Another thread may have held one of these mutexes at the fork.
    pthread_mutex_init(&gil_mutex, NULL);
    pthread_cond_init(&gil_free_cond, NULL);
    pthread_cond_init(&gil_taken_cond, NULL);
    pthread_mutex_init(&lock_mutex, NULL);
    for (size_t i = 0; i < LOCK_CONDS; i++) {
        pthread_cond_init(&lock_released_conds[i], NULL);
    }
    gil_held = true;
    gil_waiters = 0;
    gil_main_urgent = false;
    gil_short_waiter = false;
    mp_thread_drop_request = 0;
    thread_started_count = 0;
    if (!self->is_main) {
        // It ran with signals blocked: as the main thread it takes them.
        self->is_main = true;
        sigset_t none;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, NULL);
    }
}

// A thread off the GIL may be writing the ints of its released call (a
// poll's result, in the caller's frame) while its stack is scanned: a torn
// word can only keep garbage alive, as it never stores an object pointer
// there. ThreadSanitizer is told not to watch that deliberate race.
#if defined(__SANITIZE_THREAD__)
void __tsan_ignore_thread_begin(void);
void __tsan_ignore_thread_end(void);
#define SCAN_RACY_BEGIN() __tsan_ignore_thread_begin()
#define SCAN_RACY_END() __tsan_ignore_thread_end()
#else
#define SCAN_RACY_BEGIN()
#define SCAN_RACY_END()
#endif

void mp_thread_gc_others(void) {
    for (thread_t *t = thread_list; t != NULL; t = t->next) {
        gc_collect_root(t->call, MP_ARRAY_SIZE(t->call));
        if (t == thread_self) {
            continue; // its state is in mp_state_ctx, its stack being scanned
        }
        gc_collect_root((void **)&t->state, sizeof(t->state) / sizeof(void *));
        if (t->stack_low != NULL) {
            SCAN_RACY_BEGIN();
            gc_collect_stack_range(t->stack_low, t->state.gc_stack_top);
            SCAN_RACY_END();
        }
    }
}

// ---------------------------------------------------------------------------
// Starting and ending threads.

static void thread_unlink(thread_t *t) {
    for (thread_t **p = &thread_list; *p != NULL; p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            return;
        }
    }
}

// A new zeroed thread record, malloc()ed: the GC heap is not for it.
static thread_t *thread_record_new(void) {
    thread_t *t = malloc(sizeof(thread_t));
    if (t == NULL) {
        mp_raise_type(&mp_type_MemoryError);
    }
    memset(t, 0, sizeof(thread_t));
    return t;
}

// The first start_new_thread makes the running thread the main one, holding
// the GIL from now on.
static void threads_activate(void) {
    if (mp_thread_active) {
        return;
    }
    thread_t *main_thread = thread_record_new();
    main_thread->is_main = true;
    thread_self = main_thread;
    thread_list = main_thread;
    gil_held = true;
    mp_thread_active = true;
}

// What the thread's function raised, as CPython's _thread reports it.
static void thread_report_exception(mp_obj_t fun, mp_obj_t exc) {
    if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
        return;
    }
    mp_print_exception_ignored(" thread started by: ", fun, exc);
}

static void *thread_entry(void *arg) {
    thread_t *self = arg;
    thread_self = self;
    char *top = __builtin_frame_address(0);
    size_t stack = self->stack_size;
    gil_take(false);
    thread_state_t fresh = {
        .dict_globals = MP_STATE_VM(dict_main),
        .dict_locals = MP_STATE_VM(dict_main),
        .stack_top = top,
        .gc_stack_top = top,
        // Room below the limit for the C code that runs between two checks.
        .stack_limit = stack - (stack / 8 > THREAD_STACK_MARGIN_MIN ? stack / 8 : THREAD_STACK_MARGIN_MIN),
    };
    state_restore(&fresh);
    mp_obj_t fun = self->call[0];
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // (as f(*args, **kwargs): a kwargs key that is no str is a TypeError)
        mp_call_function_star(fun, self->call[1], self->call[2]);
        nlr_pop();
    } else {
        thread_report_exception(fun, MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    // Nothing refers to this thread's state any more: no need to save it.
    thread_unlink(self);
    thread_started_count--;
    gil_give();
    free(self);
    return NULL;
}

static mp_obj_t thread_start_new_thread(size_t n_args, const mp_obj_t *args) {
    mp_obj_t fun = args[0];
    if (!mp_obj_is_callable(fun)) {
        mp_raise_TypeError(MP_ERROR_TEXT("first arg must be callable"));
    }
    if (!mp_obj_is_type(args[1], &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("2nd arg must be a tuple"));
    }
    mp_obj_t kwargs = MP_OBJ_NULL;
    if (n_args > 2) {
        if (!mp_obj_is_instance_of(args[2], &mp_type_dict)) {
            mp_raise_TypeError(MP_ERROR_TEXT("optional 3rd arg must be a dictionary"));
        }
        kwargs = args[2];
    }
    threads_activate();
    thread_t *t = thread_record_new();
    t->call[0] = fun;
    t->call[1] = args[1];
    t->call[2] = kwargs;
    t->next = thread_list;
    thread_list = t;

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    // The recursion limit is set from the size the thread really gets.
    (void)pthread_attr_setstacksize(&attr, thread_stack_for_new());
    if (pthread_attr_getstacksize(&attr, &t->stack_size) != 0) {
        t->stack_size = 512 * 1024; // the smallest default of the hosts we know
    }
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    // Signals go to the main thread, which runs their handlers: the new
    // thread inherits a mask that blocks every asynchronous one.
    sigset_t block, old;
    sigfillset(&block);
    sigdelset(&block, SIGSEGV);
    sigdelset(&block, SIGBUS);
    sigdelset(&block, SIGFPE);
    sigdelset(&block, SIGILL);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    pthread_t handle;
    int r = pthread_create(&handle, &attr, thread_entry, t);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (r != 0) {
        thread_unlink(t);
        free(t);
        mp_raise_RuntimeError(MP_ERROR_TEXT("can't start new thread"));
    }
    thread_started_count++;
    // The new thread cannot finish before we let go of the GIL.
    return mp_obj_new_int_from_ull((uintptr_t)handle);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(thread_start_new_thread_obj, 2, 3, thread_start_new_thread);

static mp_obj_t thread_get_ident(void) {
    return mp_obj_new_int_from_ull((uintptr_t)pthread_self());
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_get_ident_obj, thread_get_ident);

static mp_obj_t thread_get_native_id(void) {
#if defined(__linux__)
    return mp_obj_new_int_from_ull((unsigned long long)syscall(SYS_gettid));
#elif defined(__APPLE__)
    uint64_t id = 0;
    pthread_threadid_np(NULL, &id);
    return mp_obj_new_int_from_ull(id);
#else
    return mp_obj_new_int_from_ull((uintptr_t)pthread_self());
#endif
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_get_native_id_obj, thread_get_native_id);

// stack_size([size]): returns the old size and sets the new one; as in
// CPython and MicroPython, no size means 0 (the default).
static mp_obj_t thread_stack_size(size_t n_args, const mp_obj_t *args) {
    mp_obj_t old = mp_obj_new_int_from_uint(thread_stack_bytes);
    mp_int_t size = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    if (size < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("size must be 0 or a positive value"));
    }
    thread_stack_bytes = (size_t)size;
    return old;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(thread_stack_size_obj, 0, 1, thread_stack_size);

static mp_obj_t thread_exit(void) {
    mp_raise_type(&mp_type_SystemExit);
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_exit_obj, thread_exit);

static mp_obj_t thread_count(void) {
    return mp_obj_new_int_from_uint(thread_started_count);
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_count_obj, thread_count);

// interrupt_main(signum=SIGINT): as if the signal arrived, which runs its
// Python-level handler (default_int_handler: KeyboardInterrupt) in the main
// thread; nothing under SIG_DFL or SIG_IGN.
static mp_obj_t thread_interrupt_main(size_t n_args, const mp_obj_t *args) {
    mp_int_t sig = n_args > 0 ? mp_obj_get_int(args[0]) : SIGINT;
    if (sig < 1 || sig >= NSIG) {
        mp_raise_ValueError(MP_ERROR_TEXT("signal number out of range"));
    }
    unix_port_simulate_signal((int)sig);
    // Called by the main thread itself, the "signal" arrives at once, as
    // CPython's handler runs before the next line (inside a with block, say).
    if (mp_thread_is_main()) {
        mp_handle_pending(true);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(thread_interrupt_main_obj, 0, 1, thread_interrupt_main);

// ---------------------------------------------------------------------------
// Locks. All of them share one mutex and one condition variable: a lock is
// a flag in its object, changed under the mutex, and a release wakes every
// waiter to look at its own flag again.

typedef struct _thread_lock_t {
    mp_obj_base_t base;
    // Changed under lock_mutex; locked() and repr() only look, without it,
    // so the changes are atomic stores.
    bool locked;
    // Threads waiting for it (under lock_mutex): a release wakes the waiters
    // of the locks that share its condition, so only when it has some.
    unsigned int waiters;
} thread_lock_t;


static bool lock_try(thread_lock_t *lock) {
    pthread_mutex_lock(&lock_mutex);
    bool got = !lock->locked;
    __atomic_store_n(&lock->locked, true, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&lock_mutex);
    return got;
}

typedef struct _lock_wait_t {
    thread_lock_t *lock;
    uint64_t deadline; // monotonic ns, or UINT64_MAX
    bool main;         // the main thread also wakes for signals
    bool got;
} lock_wait_t;

// The condition the main thread sleeps on in a lock wait (NULL: none), so
// that the thread holding the GIL can wake it when a signal comes for it
// (mp_thread_wake_main), rather than it finding out only at its next check.
static pthread_cond_t *main_lock_wait;

void mp_thread_wake_main(void) {
    pthread_mutex_lock(&lock_mutex);
    if (main_lock_wait) {
        pthread_cond_broadcast(main_lock_wait);
    }
    pthread_mutex_unlock(&lock_mutex);
}

static void lock_wait_released(void *arg) {
    lock_wait_t *w = arg;
    pthread_mutex_lock(&lock_mutex);
    w->lock->waiters++;
    if (w->main) {
        main_lock_wait = lock_cond(w->lock);
    }
    for (;;) {
        if (!w->lock->locked) {
            __atomic_store_n(&w->lock->locked, true, __ATOMIC_RELAXED);
            w->got = true;
            break;
        }
        uint64_t now = mp_hal_monotonic_ns();
        // (sched_state is set by signal handlers and GIL waiters.)
        bool pending = w->main && __atomic_load_n(&mp_state_ctx.sched_state, __ATOMIC_RELAXED) != 0;
        if (now >= w->deadline || pending) {
            break;
        }
        uint64_t slice = w->deadline - now;
        uint64_t cap = w->main ? SIGNAL_CHECK_NS : (uint64_t)1000000000u;
        struct timespec ts;
        time_from_now(&ts, slice < cap ? slice : cap);
        pthread_cond_timedwait(lock_cond(w->lock), &lock_mutex, &ts);
    }
    w->lock->waiters--;
    if (w->main) {
        main_lock_wait = NULL;
    }
    pthread_mutex_unlock(&lock_mutex);
}

static mp_obj_t lock_acquire(size_t n_args, const mp_obj_t *pos, mp_map_t *kw_args) {
    enum { ARG_blocking, ARG_timeout };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_blocking, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_TRUE } },
        { MP_QSTR_timeout, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(-1) } },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_named(MP_QSTR_acquire, n_args - 1, pos + 1, kw_args, 2, allowed, a);
    thread_lock_t *self = MP_OBJ_TO_PTR(pos[0]);
    // An int as CPython 3.11 wants it ('x' or 2.5 is a TypeError there)
    bool blocking = mp_obj_get_int(a[ARG_blocking].u_obj) != 0;
    // A float, else an integer (__index__), as CPython reads a timeout.
    mp_obj_t t = a[ARG_timeout].u_obj;
    mp_float_t timeout = mp_obj_get_float(mp_obj_is_float(t) ? t : mp_seq_index_as_int_raise(t));
    if (!blocking && timeout != -1) {
        mp_raise_ValueError(MP_ERROR_TEXT("can't specify a timeout for a non-blocking call"));
    }
    if (timeout < 0 && timeout != -1) {
        mp_raise_ValueError(MP_ERROR_TEXT("timeout value must be positive"));
    }
    if (timeout > 9223372036.0) {
        mp_raise_OverflowError(MP_ERROR_TEXT("timeout value is too large"));
    }
    if (isnan(timeout)) {
        // (It passes the checks above, and would wait for ever.)
        mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
    }
    if (lock_try(self)) {
        return mp_const_true;
    }
    if (!blocking) {
        return mp_const_false;
    }
    lock_wait_t w = {
        .lock = self,
        .deadline = timeout < 0 ? UINT64_MAX : mp_hal_monotonic_ns() + (uint64_t)(timeout * 1e9),
        .main = mp_thread_is_main(),
        .got = false,
    };
    for (;;) {
        mp_thread_call_released(lock_wait_released, &w);
        if (w.got) {
            return mp_const_true;
        }
        // Ctrl-C and signal handlers (main thread); a handler that raises
        // leaves the lock as it was.
        mp_handle_pending(true);
        if (mp_hal_monotonic_ns() >= w.deadline) {
            return mp_const_false;
        }
    }
}
static MP_DEFINE_CONST_FUN_OBJ_KW(lock_acquire_obj, 1, lock_acquire);

static mp_obj_t lock_release(mp_obj_t self_in) {
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    pthread_mutex_lock(&lock_mutex);
    bool was = self->locked;
    bool wake = was && self->waiters > 0;
    __atomic_store_n(&self->locked, false, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&lock_mutex);
    // (After the unlock, as gil_give: the waiters recheck under the mutex.)
    if (wake) {
        pthread_cond_broadcast(lock_cond(self));
    }
    if (!was) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("release unlocked lock"));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(lock_release_obj, lock_release);

static mp_obj_t lock_locked(mp_obj_t self_in) {
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_bool(__atomic_load_n(&self->locked, __ATOMIC_RELAXED));
}
static MP_DEFINE_CONST_FUN_OBJ_1(lock_locked_obj, lock_locked);

static mp_obj_t lock_exit(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return lock_release(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lock_exit_obj, 4, 4, lock_exit);

static void lock_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    thread_lock_t *self = MP_OBJ_TO_PTR(self_in);
    bool locked = __atomic_load_n(&self->locked, __ATOMIC_RELAXED);
    mp_printf(print, "<%s _thread.lock object at %p>", locked ? "locked" : "unlocked", self);
}

static const mp_rom_map_elem_t lock_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_acquire), MP_ROM_PTR(&lock_acquire_obj) },
    { MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&lock_release_obj) },
    { MP_ROM_QSTR(MP_QSTR_locked), MP_ROM_PTR(&lock_locked_obj) },
    { MP_ROM_QSTR(MP_QSTR_acquire_lock), MP_ROM_PTR(&lock_acquire_obj) },
    { MP_ROM_QSTR(MP_QSTR_release_lock), MP_ROM_PTR(&lock_release_obj) },
    { MP_ROM_QSTR(MP_QSTR_locked_lock), MP_ROM_PTR(&lock_locked_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&lock_acquire_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&lock_exit_obj) },
};
static MP_DEFINE_CONST_DICT(lock_locals_dict, lock_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    thread_type_lock, MP_QSTR_lock, MP_TYPE_FLAG_NONE,
    print, lock_print,
    locals_dict, &lock_locals_dict
    );

static mp_obj_t thread_allocate_lock(void) {
    thread_lock_t *lock = m_new_obj(thread_lock_t);
    lock->base.type = &thread_type_lock;
    lock->locked = false;
    lock->waiters = 0;
    return MP_OBJ_FROM_PTR(lock);
}
static MP_DEFINE_CONST_FUN_OBJ_0(thread_allocate_lock_obj, thread_allocate_lock);

// CPython's TIMEOUT_MAX on 64-bit hosts: the largest timeout in seconds.
static const mp_obj_float_t thread_timeout_max = { { &mp_type_float }, 9223372036.0 };

static const mp_rom_map_elem_t thread_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__thread) },
    { MP_ROM_QSTR(MP_QSTR_start_new_thread), MP_ROM_PTR(&thread_start_new_thread_obj) },
    { MP_ROM_QSTR(MP_QSTR_start_new), MP_ROM_PTR(&thread_start_new_thread_obj) },
    { MP_ROM_QSTR(MP_QSTR_allocate_lock), MP_ROM_PTR(&thread_allocate_lock_obj) },
    { MP_ROM_QSTR(MP_QSTR_allocate), MP_ROM_PTR(&thread_allocate_lock_obj) },
    { MP_ROM_QSTR(MP_QSTR_LockType), MP_ROM_PTR(&thread_type_lock) },
    { MP_ROM_QSTR(MP_QSTR_get_ident), MP_ROM_PTR(&thread_get_ident_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_native_id), MP_ROM_PTR(&thread_get_native_id_obj) },
    { MP_ROM_QSTR(MP_QSTR_stack_size), MP_ROM_PTR(&thread_stack_size_obj) },
    { MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&thread_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_interrupt_main), MP_ROM_PTR(&thread_interrupt_main_obj) },
    { MP_ROM_QSTR(MP_QSTR__count), MP_ROM_PTR(&thread_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_RuntimeError) },
    { MP_ROM_QSTR(MP_QSTR_TIMEOUT_MAX), MP_ROM_PTR(&thread_timeout_max) },
};
static MP_DEFINE_CONST_DICT(thread_globals, thread_globals_table);

const mp_obj_module_t mp_module_thread = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&thread_globals,
};

MP_REGISTER_MODULE(MP_QSTR__thread, mp_module_thread);

#endif // MICROPY_PY_THREAD
