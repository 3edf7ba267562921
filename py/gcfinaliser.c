// Finalisers: what the collector runs for an unreachable object that holds
// an OS resource (a socket, a file). Called from py/gc.c's sweep.
#include "py/mpconfig.h"

#include "py/gc.h"
#include "py/runtime.h"

// The object's __del__ is looked up in its type (built-in types put a close
// function there). For built-in types the collector is locked while this
// runs, so nothing may allocate; a class's __del__ runs later, unlocked (see
// gc_finaliser_is_deferred). An exception from __del__ is swallowed, as
// CPython ignores (after printing) exceptions in finalisers.
void gc_run_finaliser(void *ptr) {
    mp_obj_base_t *base = ptr;
    if (base->type == NULL) {
        return; // allocated but never initialised (e.g. MemoryError mid-constructor)
    }
    mp_obj_t dest[2];
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(MP_OBJ_FROM_PTR(ptr), MP_QSTR___del__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_call_method_n_kw(0, 0, dest);
        }
        nlr_pop();
    }
}

// Instances of classes: their __del__ is Python code, which allocates.
bool gc_finaliser_is_deferred(void *ptr) {
    const mp_obj_base_t *base = ptr;
    return base->type != NULL && mp_obj_is_instance_type(base->type);
}

// Run them at the VM's next check for pending work (mp_handle_pending).
void gc_finalisers_pending(void) {
    mp_state_ctx.sched_state = 1;
}
