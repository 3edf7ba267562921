// Finalisers: what the collector runs for an unreachable object that holds
// an OS resource (a socket, a file) or has a __del__, and the callbacks of
// weak references whose object died. Called from py/gc.c's sweep, or after
// the collection for the deferred ones.
#include "py/mpconfig.h"

#include "py/gc.h"
#include "py/runtime.h"
#include "py/vm.h"

// The object's __del__ is looked up in its type (built-in types put a close
// function there). For built-in types the collector is locked while this
// runs, so nothing may allocate (nor report an error); a class's __del__ and
// weak reference callbacks run later, unlocked (see gc_finaliser_is_deferred
// and gc_queue_finaliser).
void gc_run_finaliser(void *ptr) {
    mp_obj_base_t *base = ptr;
    if (base->type == NULL) {
        return; // allocated but never initialised (e.g. MemoryError mid-constructor)
    }
    mp_obj_t callback = mp_obj_weakref_take_callback(ptr);
    // What the report blames is chosen after nlr_push returned, so it must be
    // volatile: after the longjmp a plain local (or dest[0]) is indeterminate,
    // and clang hands mp_print_exception_ignored the value it had at the _setjmp (NULL).
    mp_obj_t volatile where = MP_OBJ_FROM_PTR(ptr);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (callback != MP_OBJ_NULL) {
            where = callback;
            mp_call_function_1(callback, MP_OBJ_FROM_PTR(ptr));
        } else if (base->type == &mp_type_async_gen || base->type == &mp_type_gen_instance) {
            mp_obj_gen_finalise(MP_OBJ_FROM_PTR(ptr));
        } else {
            mp_obj_t dest[2];
            mp_load_method_maybe(MP_OBJ_FROM_PTR(ptr), MP_QSTR___del__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                where = dest[0];
                mp_call_method_n_kw(0, 0, dest);
            }
        }
        nlr_pop();
    } else if (!gc_is_locked()) {
        mp_print_exception_ignored(": ", where, MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

// Instances of classes: their __del__ is Python code, which allocates.
bool gc_finaliser_is_deferred(void *ptr) {
    const mp_obj_base_t *base = ptr;
    return base->type != NULL && (mp_obj_is_instance_type(base->type) || base->type == &mp_type_async_gen
        || (base->type == &mp_type_gen_instance && mp_obj_gen_in_try(ptr)));
}

// Run them at the VM's next check for pending work (mp_handle_pending).
void gc_finalisers_pending(void) {
    mp_state_ctx.sched_state = 1;
}
