// The scheduler: a small queue of callbacks func(arg) that run "soon", at the
// next pending check of the VM (mp_handle_pending), never inside the code
// that queued them. micropython.schedule and the signal module use it.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/gc.h"

#ifndef MICROPY_SCHEDULER_DEPTH
#define MICROPY_SCHEDULER_DEPTH (8) // queued callbacks; MicroPython's default is 4
#endif

// The queue is a ring written by any number of producers (the main program
// and signal handlers that may interrupt it, or each other) and read by the
// main program only. A producer claims a slot by advancing `tail` with a
// compare-and-swap, then fills it; since the reader never runs while a
// producer is part-way through (both are on the one thread, and a handler
// finishes before the code it interrupted resumes), a claimed slot is always
// filled when the reader sees it. The reader advances `head` only after it
// has taken the slot out, so a full ring never overwrites an unread entry.
// The slots are a GC root region, registered on first use from the main program.
static mp_obj_t sched_slots[2 * MICROPY_SCHEDULER_DEPTH];
static volatile unsigned int sched_head;
static volatile unsigned int sched_tail;
static bool sched_running; // callbacks never nest: one runs to its end first
static bool sched_rooted;

// Async-signal-safe: allocates nothing and takes no lock. Returns false when
// the queue is full.
bool mp_sched_schedule(mp_obj_t func, mp_obj_t arg) {
    unsigned int t = __atomic_load_n(&sched_tail, __ATOMIC_RELAXED);
    do {
        if (t - sched_head >= MICROPY_SCHEDULER_DEPTH) {
            return false;
        }
    } while (!__atomic_compare_exchange_n(
        &sched_tail, &t, t + 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    mp_obj_t *slot = &sched_slots[2 * (t % MICROPY_SCHEDULER_DEPTH)];
    slot[0] = func;
    slot[1] = arg;
    // (Read by a thread that holds the GIL while the main thread, off it,
    // runs this in a signal handler.)
    __atomic_store_n(&mp_state_ctx.sched_state, 1, __ATOMIC_RELEASE);
    return true;
}

// Asked by other threads, while a signal handler on the main thread may be
// claiming a slot: hence the atomic read of tail.
bool mp_sched_pending(void) {
    return sched_head != __atomic_load_n(&sched_tail, __ATOMIC_RELAXED);
}

// Called from the main program before it queues heap objects: a signal
// handler queues only static functions and small ints, so it needs no root.
void mp_sched_init_root(void) {
    if (!sched_rooted) {
        gc_add_root_region((void **)sched_slots, MP_ARRAY_SIZE(sched_slots));
        sched_rooted = true;
    }
}

// Runs the queued callbacks in order, including any queued meanwhile. If one
// raises, the exception propagates and the rest wait for the next check.
MP_COLD void mp_sched_run_pending(void) {
    if (sched_running || sched_head == sched_tail) {
        return;
    }
    sched_running = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        while (sched_head != sched_tail) {
            mp_obj_t *slot = &sched_slots[2 * (sched_head % MICROPY_SCHEDULER_DEPTH)];
            mp_obj_t func = slot[0];
            mp_obj_t arg = slot[1];
            slot[0] = slot[1] = MP_OBJ_NULL;
            sched_head = sched_head + 1;
            mp_call_function_1(func, arg);
        }
        nlr_pop();
        sched_running = false;
    } else {
        sched_running = false;
        // Leftover callbacks and a pending exception run at the next check.
        mp_state_ctx.sched_state = 1;
        nlr_jump(nlr.ret_val);
    }
}
