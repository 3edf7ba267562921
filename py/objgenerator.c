// Generator, coroutine and async generator objects: a suspended frame kept on
// the heap, and mp_resume, the one way to run it on (send / throw / next /
// close), also used by YIELD_FROM to drive any delegate iterator.
#include "py/mpconfig.h"

#include <stddef.h>
#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/vm.h"

// pend_throw() ors MP_GEN_STATE_PENDING into a CREATED or SUSPENDED state:
// its exception waits in the frame's send slot, sp[1], and the next resume
// throws it. (A flag in the state byte costs the resume path nothing it does
// not already load; every state assignment clears it.)
#define GEN_PENDING MP_GEN_STATE_PENDING

static uint8_t gen_state(mp_obj_gen_instance_t *gen) {
    return gen->state & ~GEN_PENDING;
}

mp_obj_t mp_obj_new_gen_instance(mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_raw_code_t *rc = fun->rc;
    size_t size = offsetof(mp_obj_gen_instance_t, cs) + mp_code_state_size(rc);
    mp_obj_gen_instance_t *gen = m_malloc(size);
    if (rc->scope_flags & MP_SCOPE_FLAG_ASYNC_GENERATOR) {
        gen->base.type = &mp_type_async_gen;
    } else if (rc->scope_flags & MP_SCOPE_FLAG_COROUTINE) {
        gen->base.type = &mp_type_coro_instance;
    } else {
        gen->base.type = &mp_type_gen_instance;
    }
    gen->state = MP_GEN_STATE_CREATED;
    mp_setup_code_state(&gen->cs, fun, n_args, n_kw, args);
    if (rc->block_stack_size != 0 && gen->base.type == &mp_type_gen_instance) {
        // Dropped while suspended in a try block, it is closed by the
        // collector (see mp_obj_gen_in_try).
        gc_set_finaliser(gen);
    }
    return MP_OBJ_FROM_PTR(gen);
}

// A generator suspended in a try block (finally, with, except): CPython's
// dealloc closes it, so that its cleanup code runs; so does our collector.
// Asked before the sweep (the frame's code is still intact then).
bool mp_obj_gen_in_try(void *ptr) {
    mp_obj_gen_instance_t *gen = ptr;
    return gen->base.type == &mp_type_gen_instance && gen_state(gen) == MP_GEN_STATE_SUSPENDED
           && gen->cs.exc_sp != (mp_exc_block_t *)(gen->cs.state + gen->cs.fun->rc->n_locals + gen->cs.fun->rc->stack_size);
}

static inline bool is_gen_or_coro(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_gen_instance) || mp_obj_is_type(o, &mp_type_coro_instance);
}

// CPython 3.7+ (PEP 479): a StopIteration escaping a generator body would
// silently end the caller's loop, so it becomes a RuntimeError.
// Likewise a StopAsyncIteration escaping an async generator's body.
static mp_obj_t wrap_stop_iteration(mp_obj_t exc, const char *msg) {
    mp_obj_t err = mp_obj_new_exception_msg(&mp_type_RuntimeError, msg);
    mp_obj_exception_t *native = mp_vm_get_native_exc(err);
    if (native != NULL) {
        native->cause = exc;
        native->context = exc;
        native->suppress_context = true;
    }
    return err;
}

// The exception instance a throw() sends in: if the class thrown cannot make
// one, the error that says so goes in instead (CPython's order).
MP_COLD static mp_obj_t gen_thrown_instance(mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exc = mp_make_raise_obj(exc);
        nlr_pop();
        return exc;
    }
    return MP_OBJ_FROM_PTR(nlr.ret_val);
}

static mp_vm_return_kind_t gen_resume(mp_obj_gen_instance_t *gen, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val) {
    bool is_coro = gen->base.type == &mp_type_coro_instance;
    if (send_value == MP_OBJ_NULL) {
        send_value = mp_const_none;
    }
    switch (gen->state) {
        case MP_GEN_STATE_RUNNING:
            mp_raise_ValueError(is_coro ? MP_ERROR_TEXT("coroutine already executing") : MP_ERROR_TEXT("generator already executing"));
        case MP_GEN_STATE_FINISHED:
            // (close() never gets here: it checks the state first.)
            if (is_coro) {
                *ret_val = mp_obj_new_exception_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("cannot reuse already awaited coroutine"));
                return MP_VM_RETURN_EXCEPTION;
            }
            if (throw_value != MP_OBJ_NULL) {
                *ret_val = mp_make_raise_obj(throw_value);
                return MP_VM_RETURN_EXCEPTION;
            }
            *ret_val = mp_const_none;
            return MP_VM_RETURN_NORMAL;
        case MP_GEN_STATE_CREATED:
            if (throw_value == MP_OBJ_NULL && send_value != mp_const_none) {
                mp_raise_TypeError(is_coro ? MP_ERROR_TEXT("can't send non-None value to a just-started coroutine")
                    : gen->base.type == &mp_type_async_gen ? MP_ERROR_TEXT("can't send non-None value to a just-started async generator")
                    : MP_ERROR_TEXT("can't send non-None value to a just-started generator"));
            }
            break;
        case MP_GEN_STATE_SUSPENDED:
            break;
        default:
            // CREATED or SUSPENDED with a pend_throw() exception waiting; an
            // explicit throw() wins over it.
            gen->state &= ~GEN_PENDING;
            if (throw_value == MP_OBJ_NULL) {
                throw_value = gen->cs.sp[1];
            }
            break;
    }
    // A class thrown while delegating goes on as given (the delegate's own
    // throw() sees the class, as in CPython); GeneratorExit is made an
    // instance, as the VM closes the delegate for that one.
    if (throw_value != MP_OBJ_NULL
        && !(gen->cs.yield_from && mp_obj_is_exception_type(throw_value)
             && !mp_obj_is_subclass_fast(throw_value, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit)))) {
        throw_value = gen_thrown_instance(throw_value);
    }
    mp_stack_check();
    if (MP_STATE_THREAD(recursion_depth) >= MP_STATE_THREAD(recursion_limit)) {
        mp_raise_recursion_depth();
    }

    // Nothing below raises until the frame has run.
    if (gen->state == MP_GEN_STATE_SUSPENDED) {
        // The frame expects the value of the yield expression on its stack;
        // a throw into a YIELD_FROM still needs a placeholder there (the VM
        // then forwards the exception to the delegate).
        if (throw_value == MP_OBJ_NULL) {
            *++gen->cs.sp = send_value;
        } else if (gen->cs.yield_from) {
            *++gen->cs.sp = mp_const_none;
        }
    }
    gen->state = MP_GEN_STATE_RUNNING;
    MP_STATE_THREAD(recursion_depth)++;
    mp_obj_dict_t *old_globals = MP_STATE_VM(dict_globals);
    MP_STATE_VM(dict_globals) = gen->cs.fun->globals;
    mp_vm_return_kind_t kind = mp_execute_bytecode(&gen->cs, throw_value, ret_val);
    MP_STATE_VM(dict_globals) = old_globals;
    MP_STATE_THREAD(recursion_depth)--;

    switch (kind) {
        case MP_VM_RETURN_YIELD:
            gen->state = MP_GEN_STATE_SUSPENDED;
            break;
        case MP_VM_RETURN_NORMAL:
            gen->state = MP_GEN_STATE_FINISHED;
            break;
        default:
            gen->state = MP_GEN_STATE_FINISHED;
            if (mp_obj_is_instance_of(*ret_val, &mp_type_StopIteration)) {
                *ret_val = wrap_stop_iteration(*ret_val, is_coro ? MP_ERROR_TEXT("coroutine raised StopIteration")
                    : gen->base.type == &mp_type_async_gen ? MP_ERROR_TEXT("async generator raised StopIteration")
                    : MP_ERROR_TEXT("generator raised StopIteration"));
            } else if (gen->base.type == &mp_type_async_gen
                       && mp_obj_is_instance_of(*ret_val, &mp_type_StopAsyncIteration)) {
                *ret_val = wrap_stop_iteration(*ret_val, MP_ERROR_TEXT("async generator raised StopAsyncIteration"));
            }
            break;
    }
    if (gen->state == MP_GEN_STATE_FINISHED) {
        // Drop the frame's references so a finished generator keeps nothing alive.
        gen->cs.ip = NULL;
        const mp_raw_code_t *rc = gen->cs.fun->rc;
        for (size_t i = 0; i < (size_t)rc->n_locals + rc->stack_size; i++) {
            gen->cs.state[i] = MP_OBJ_NULL;
        }
    }
    return kind;
}

// Any other iterator used as a YIELD_FROM delegate: CPython's protocol with
// next()/send()/throw(), StopIteration meaning "returned".
static mp_vm_return_kind_t other_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val) {
    mp_obj_t dest[3];
    if (throw_value != MP_OBJ_NULL) {
        mp_load_method_maybe(self_in, MP_QSTR_throw, dest);
        if (dest[0] == MP_OBJ_NULL) {
            // No throw method: the exception is raised where the delegation is.
            *ret_val = mp_make_raise_obj(throw_value);
            return MP_VM_RETURN_EXCEPTION;
        }
    } else if (send_value != MP_OBJ_NULL && send_value != mp_const_none) {
        mp_load_method(self_in, MP_QSTR_send, dest);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r;
        if (throw_value != MP_OBJ_NULL) {
            dest[2] = throw_value;
            r = mp_call_method_n_kw(1, 0, dest);
        } else if (send_value != MP_OBJ_NULL && send_value != mp_const_none) {
            dest[2] = send_value;
            r = mp_call_method_n_kw(1, 0, dest);
        } else {
            r = mp_iternext_allow_raise(self_in);
            if (r == MP_OBJ_STOP_ITERATION) {
                nlr_pop();
                *ret_val = mp_const_none;
                return MP_VM_RETURN_NORMAL;
            }
        }
        nlr_pop();
        *ret_val = r;
        return MP_VM_RETURN_YIELD;
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_is_instance_of(exc, &mp_type_StopIteration)) {
            *ret_val = mp_obj_exception_get_value(exc);
            return MP_VM_RETURN_NORMAL;
        }
        *ret_val = exc;
        return MP_VM_RETURN_EXCEPTION;
    }
}

static const mp_obj_type_t coro_wrapper_type;
static mp_obj_t coro_wrapper_coro(mp_obj_t self_in);

mp_vm_return_kind_t mp_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val) {
    // (`yield from coro.__await__()` must see the coroutine's return value.)
    if (mp_obj_is_type(self_in, &coro_wrapper_type)) {
        self_in = coro_wrapper_coro(self_in);
    }
    if (is_gen_or_coro(self_in)) {
        return gen_resume(MP_OBJ_TO_PTR(self_in), send_value, throw_value, ret_val);
    }
    return other_resume(self_in, send_value, throw_value, ret_val);
}

// Return value of a finished generator as the StopIteration it raises.
MP_NORETURN static void raise_stop_iteration(mp_obj_t value) {
    if (value == mp_const_none) {
        mp_raise_type(&mp_type_StopIteration);
    }
    mp_raise_StopIteration(value);
}

static mp_obj_t gen_send_common(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value) {
    mp_obj_t ret;
    switch (mp_resume(self_in, send_value, throw_value, &ret)) {
        case MP_VM_RETURN_YIELD:
            return ret;
        case MP_VM_RETURN_NORMAL:
            raise_stop_iteration(ret);
        default:
            nlr_raise(ret);
    }
}

// The iternext slot: the end of the generator is MP_OBJ_STOP_ITERATION (its
// return value is dropped, as a for loop does). Only generators and
// coroutines have this slot, so it resumes them without mp_resume's checks
// (the hot path of every for loop over a generator).
static mp_obj_t gen_iternext(mp_obj_t self_in) {
    mp_obj_t ret;
    switch (gen_resume(MP_OBJ_TO_PTR(self_in), mp_const_none, MP_OBJ_NULL, &ret)) {
        case MP_VM_RETURN_YIELD:
            return ret;
        case MP_VM_RETURN_NORMAL:
            return MP_OBJ_STOP_ITERATION;
        default:
            nlr_raise(ret);
    }
}

// __next__()
static mp_obj_t gen_next(mp_obj_t self_in) {
    return gen_send_common(self_in, mp_const_none, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_next_obj, gen_next);

// send(value)
static mp_obj_t gen_send(mp_obj_t self_in, mp_obj_t value) {
    return gen_send_common(self_in, value, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(gen_send_obj, gen_send);

// throw(type[, value[, traceback]])
MP_COLD static mp_obj_t gen_throw(size_t n_args, const mp_obj_t *args) {
    mp_obj_t exc = args[1];
    mp_obj_t tb = n_args == 4 && args[3] != mp_const_none ? args[3] : MP_OBJ_NULL;
    if (tb != MP_OBJ_NULL && !mp_obj_is_type(tb, &mp_type_traceback)) {
        mp_raise_TypeError(MP_ERROR_TEXT("throw() third argument must be a traceback object"));
    }
    // Checked here, not left to the raise: CPython words throw's error
    // differently from a `raise` statement's.
    if (!mp_obj_is_exception_type(exc) && !mp_obj_is_exception_instance(exc)) {
        mp_raise_TypeError_obj_unsupported(
            exc, MP_ERROR_TEXT("exceptions must be classes or instances deriving from BaseException, not %s"));
    }
    if (n_args >= 3 && args[2] != mp_const_none) {
        if (!mp_obj_is_exception_type(exc)) {
            mp_raise_TypeError(MP_ERROR_TEXT("instance exception may not have a separate value"));
        }
        mp_obj_t val = args[2];
        if (mp_obj_is_instance_of(val, MP_OBJ_TO_PTR(exc))) {
            exc = val;
        } else if (mp_obj_is_type(val, &mp_type_tuple)) {
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(val);
            exc = mp_call_function_n_kw(exc, t->len, 0, t->items);
        } else {
            exc = mp_call_function_1(exc, val);
        }
    }
    if (tb != MP_OBJ_NULL) {
        // The given traceback goes with the exception thrown in.
        exc = mp_make_raise_obj(exc);
        mp_store_attr(exc, MP_QSTR___traceback__, tb);
    }
    return gen_send_common(args[0], MP_OBJ_NULL, exc);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gen_throw_obj, 2, 4, gen_throw);

// close()
static mp_obj_t gen_close(mp_obj_t self_in) {
    mp_obj_gen_instance_t *gen = MP_OBJ_TO_PTR(self_in);
    if (gen_state(gen) == MP_GEN_STATE_CREATED || gen->state == MP_GEN_STATE_FINISHED) {
        gen->state = MP_GEN_STATE_FINISHED;
        return mp_const_none;
    }
    // GeneratorExit is raised in the caller's context, so it chains to the
    // exception the caller handles, unless the generator handles one itself
    // (CPython; a throw() chains only to the generator's own).
    mp_obj_exception_t *exit = MP_OBJ_TO_PTR(mp_obj_new_exception(&mp_type_GeneratorExit));
    if (gen->cs.gen_exc == MP_OBJ_NULL) {
        exit->context = MP_STATE_VM(cur_exception);
    }
    mp_obj_t ret;
    switch (mp_resume(self_in, MP_OBJ_NULL, MP_OBJ_FROM_PTR(exit), &ret)) {
        case MP_VM_RETURN_YIELD:
            mp_raise_RuntimeError(gen->base.type == &mp_type_coro_instance
                ? MP_ERROR_TEXT("coroutine ignored GeneratorExit") : MP_ERROR_TEXT("generator ignored GeneratorExit"));
        case MP_VM_RETURN_EXCEPTION:
            if (mp_obj_is_instance_of(ret, &mp_type_GeneratorExit) || mp_obj_is_instance_of(ret, &mp_type_StopIteration)) {
                return mp_const_none;
            }
            nlr_raise(ret);
        default:
            return mp_const_none;
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_close_obj, gen_close);

// pend_throw(exc) (MicroPython): exc is thrown in at the next resume, as by
// throw(); None cancels. Returns what was pending before (None if nothing).
// A just-started generator accepts it (raised before its first line, as
// current MicroPython does); a finished one ignores it.
MP_COLD static mp_obj_t gen_pend_throw(mp_obj_t self_in, mp_obj_t exc) {
    mp_obj_gen_instance_t *gen = MP_OBJ_TO_PTR(self_in);
    uint8_t state = gen_state(gen);
    if (state == MP_GEN_STATE_RUNNING) {
        mp_raise_ValueError(MP_ERROR_TEXT("generator already executing"));
    }
    mp_obj_t prev = gen->state & GEN_PENDING ? gen->cs.sp[1] : mp_const_none;
    if (state != MP_GEN_STATE_FINISHED) {
        gen->cs.sp[1] = exc;
        gen->state = exc == mp_const_none ? state : state | GEN_PENDING;
    }
    return prev;
}
static MP_DEFINE_CONST_FUN_OBJ_2(gen_pend_throw_obj, gen_pend_throw);

// Called by a for loop leaving early the generator it made (see
// py/compile_stmt.c): CPython finalises it at that point. As in a
// finaliser, what close() raises is not propagated.
static mp_obj_t gen_close_temp(mp_obj_t iter) {
    // An asynchronous generator is closed the same way (CPython does so when
    // no finaliser hook is installed): GeneratorExit thrown into its frame.
    if ((mp_obj_is_type(iter, &mp_type_gen_instance) || mp_obj_is_type(iter, &mp_type_async_gen))
        && gen_state(MP_OBJ_TO_PTR(iter)) == MP_GEN_STATE_SUSPENDED) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            if (mp_obj_is_type(iter, &mp_type_async_gen)) {
                mp_obj_t ret;
                gen_resume(MP_OBJ_TO_PTR(iter), MP_OBJ_NULL, mp_obj_new_exception(&mp_type_GeneratorExit), &ret);
            } else {
                gen_close(iter);
            }
            nlr_pop();
        }
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_gen_close_temp_obj, gen_close_temp);

// A generator expression being closed closes the generator it iterates
// over (CPython clears the frame, dropping ".0"); other exceptions leave it
// to the traceback, which keeps the frame alive.
static mp_obj_t gen_close_temp_on_exit(mp_obj_t exc, mp_obj_t iter) {
    if (mp_obj_is_instance_of(exc, &mp_type_GeneratorExit)) {
        gen_close_temp(iter);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_gen_close_temp_on_exit_obj, gen_close_temp_on_exit);

void mp_obj_gen_close_iter(mp_obj_t iter) {
    if (is_gen_or_coro(iter)) {
        gen_close(iter);
        return;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(iter, MP_QSTR_close, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
}

// __iter__() and __await__() both return the object itself.
static MP_DEFINE_CONST_FUN_OBJ_1(gen_self_obj, mp_obj_return_self);

MP_COLD static void gen_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_gen_instance_t *gen = MP_OBJ_TO_PTR(self_in);
    const char *what = "generator";
    if (gen->base.type == &mp_type_coro_instance) {
        what = "coroutine";
    } else if (gen->base.type == &mp_type_async_gen) {
        what = "async_generator";
    }
    mp_printf(print, "<%s object %s at %p>", what, mp_obj_str_get_str(mp_raw_code_qualname(gen->cs.fun->rc)), gen);
}

// A view of a live generator's frame (gi_frame): the code, the current line
// and the local variables. Its type derives from sys._getframe()'s, so that
// isinstance(g.gi_frame, types.FrameType) holds (inspect.isframe).
typedef struct _gen_frame_t {
    mp_obj_base_t base;
    mp_obj_gen_instance_t *gen;
} gen_frame_t;

MP_COLD static void gen_frame_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_gen_instance_t *gen = ((gen_frame_t *)MP_OBJ_TO_PTR(self_in))->gen;
    const mp_raw_code_t *rc = gen->cs.fun->rc;
    bool live = gen->state != MP_GEN_STATE_FINISHED && gen->cs.ip != NULL;
    switch (attr) {
        case MP_QSTR_f_code:
            dest[0] = MP_OBJ_FROM_PTR(rc);
            break;
        case MP_QSTR_f_lineno: {
            size_t line = rc->first_line;
            if (live && gen_state(gen) != MP_GEN_STATE_CREATED) {
                line = mp_bytecode_get_line(rc, gen->cs.ip - rc->code);
            }
            dest[0] = mp_obj_new_int_from_uint(line);
            break;
        }
        case MP_QSTR_f_lasti:
            dest[0] = MP_OBJ_NEW_SMALL_INT(live ? (mp_int_t)(gen->cs.ip - rc->code) : -1);
            break;
        case MP_QSTR_f_locals:
            dest[0] = live ? mp_vm_locals(rc, gen->cs.state) : mp_obj_new_dict(0);
            break;
        case MP_QSTR_f_globals:
            dest[0] = MP_OBJ_FROM_PTR(gen->cs.fun->globals);
            break;
        case MP_QSTR_f_back:
            dest[0] = mp_const_none;
            break;
        default:
            break;
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    gen_frame_type, MP_QSTR_frame, MP_TYPE_FLAG_NONE,
    attr, gen_frame_attr,
    parent, &mp_type_frame
    );

// The introspection attributes, named gi_* for generators, cr_* for
// coroutines and ag_* for asynchronous generators.
enum { GEN_ATTR_NONE, GEN_ATTR_RUNNING, GEN_ATTR_CODE, GEN_ATTR_FRAME, GEN_ATTR_AWAIT, GEN_ATTR_SUSPENDED };

static int gen_attr_kind(int flavour, qstr attr) {
    static const uint16_t names[3][5] = {
        { MP_QSTR_gi_running, MP_QSTR_gi_code, MP_QSTR_gi_frame, MP_QSTR_gi_yieldfrom, MP_QSTR_gi_suspended },
        { MP_QSTR_cr_running, MP_QSTR_cr_code, MP_QSTR_cr_frame, MP_QSTR_cr_await, MP_QSTR_cr_suspended },
        { MP_QSTR_ag_running, MP_QSTR_ag_code, MP_QSTR_ag_frame, MP_QSTR_ag_await, MP_QSTRnull },
    };
    for (int k = 0; k < 5; k++) {
        if (names[flavour][k] == attr && attr != MP_QSTRnull) {
            return k + 1;
        }
    }
    return GEN_ATTR_NONE;
}

// Stores: only __name__ and __qualname__ can be set (or deleted, which fails).
MP_COLD static void gen_store_attr(mp_obj_gen_instance_t *gen, qstr attr, mp_obj_t *dest) {
    if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
        // The generator is renamed through a copy of its function of its
        // own (which checks the value: a str, never deleted).
        size_t n = gc_nbytes(gen->cs.fun);
        if (n < sizeof(mp_obj_fun_bc_t)) {
            n = sizeof(mp_obj_fun_bc_t);
        }
        mp_obj_fun_bc_t *fun = m_malloc(n);
        memcpy(fun, gen->cs.fun, n);
        if (dest[1] == MP_OBJ_NULL) {
            mp_delete_attr(MP_OBJ_FROM_PTR(fun), attr);
        }
        mp_store_attr(MP_OBJ_FROM_PTR(fun), attr, dest[1]);
        gen->cs.fun = fun;
        dest[0] = MP_OBJ_NULL;
    }
}

static void gen_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_gen_instance_t *gen = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        gen_store_attr(gen, attr, dest);
        return;
    }
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(gen->cs.fun->rc->name);
        return;
    }
    if (attr == MP_QSTR___qualname__) {
        dest[0] = mp_raw_code_qualname(gen->cs.fun->rc);
        return;
    }
    int flavour = gen->base.type == &mp_type_coro_instance ? 1 : gen->base.type == &mp_type_async_gen ? 2 : 0;
    if (flavour == 1 && attr == MP_QSTR_cr_origin) {
        dest[0] = mp_const_none;
        return;
    }
    switch (gen_attr_kind(flavour, attr)) {
        case GEN_ATTR_RUNNING:
            dest[0] = mp_obj_new_bool(gen->state == MP_GEN_STATE_RUNNING);
            break;
        case GEN_ATTR_CODE:
            dest[0] = MP_OBJ_FROM_PTR(gen->cs.fun->rc);
            break;
        case GEN_ATTR_FRAME:
            if (gen->state == MP_GEN_STATE_FINISHED) {
                dest[0] = mp_const_none;
            } else {
                gen_frame_t *f = m_new_obj(gen_frame_t);
                f->base.type = &gen_frame_type;
                f->gen = gen;
                dest[0] = MP_OBJ_FROM_PTR(f);
            }
            break;
        case GEN_ATTR_AWAIT: {
            bool in_yf = gen_state(gen) == MP_GEN_STATE_SUSPENDED && gen->cs.yield_from;
            dest[0] = in_yf ? *gen->cs.sp : mp_const_none;
            break;
        }
        case GEN_ATTR_SUSPENDED:
            dest[0] = mp_obj_new_bool(gen_state(gen) == MP_GEN_STATE_SUSPENDED);
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t gen_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&gen_next_obj) },
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&gen_self_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_pend_throw), MP_ROM_PTR(&gen_pend_throw_obj) },
};
static MP_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_gen_instance, MP_QSTR_generator, MP_TYPE_FLAG_ITER_IS_SELF,
    print, gen_print,
    unary_op, mp_generic_unary_op,
    attr, gen_attr,
    getiter, mp_obj_return_self,
    iternext, gen_iternext,
    locals_dict, (mp_obj_dict_t *)&gen_locals_dict
    );

// coroutine.__await__() gives a coroutine_wrapper: an iterator (not itself a
// coroutine, so `yield from` and iter() accept it) that steps the coroutine.
// `await coro` does not make one: the VM drives the coroutine directly, so
// the wrapper's methods are rarely run (MP_COLD).
typedef struct _coro_wrapper_t {
    mp_obj_base_t base;
    mp_obj_t coro;
} coro_wrapper_t;

static mp_obj_t coro_wrapper_coro(mp_obj_t self_in) {
    return ((coro_wrapper_t *)MP_OBJ_TO_PTR(self_in))->coro;
}

MP_COLD static mp_obj_t coro_wrapper_iternext(mp_obj_t self_in) {
    return gen_iternext(coro_wrapper_coro(self_in));
}

// __next__()
MP_COLD static mp_obj_t coro_wrapper_next(mp_obj_t self_in) {
    return gen_next(coro_wrapper_coro(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(coro_wrapper_next_obj, coro_wrapper_next);

// send(value)
MP_COLD static mp_obj_t coro_wrapper_send(mp_obj_t self_in, mp_obj_t value) {
    return gen_send(coro_wrapper_coro(self_in), value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(coro_wrapper_send_obj, coro_wrapper_send);

// throw(type[, value[, traceback]])
MP_COLD static mp_obj_t coro_wrapper_throw(size_t n_args, const mp_obj_t *args) {
    mp_obj_t fwd[4];
    memcpy(fwd, args, n_args * sizeof(mp_obj_t));
    fwd[0] = coro_wrapper_coro(args[0]);
    return gen_throw(n_args, fwd);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(coro_wrapper_throw_obj, 2, 4, coro_wrapper_throw);

// close()
MP_COLD static mp_obj_t coro_wrapper_close(mp_obj_t self_in) {
    return gen_close(coro_wrapper_coro(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(coro_wrapper_close_obj, coro_wrapper_close);

static const mp_rom_map_elem_t coro_wrapper_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&coro_wrapper_next_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&coro_wrapper_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&coro_wrapper_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&coro_wrapper_close_obj) },
};
static MP_DEFINE_CONST_DICT(coro_wrapper_locals_dict, coro_wrapper_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    coro_wrapper_type, MP_QSTR_coroutine_wrapper, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, coro_wrapper_iternext,
    locals_dict, (mp_obj_dict_t *)&coro_wrapper_locals_dict
    );

// __await__()
MP_COLD static mp_obj_t coro_await(mp_obj_t self_in) {
    coro_wrapper_t *w = m_new_obj(coro_wrapper_t);
    w->base.type = &coro_wrapper_type;
    w->coro = self_in;
    return MP_OBJ_FROM_PTR(w);
}
static MP_DEFINE_CONST_FUN_OBJ_1(coro_await_obj, coro_await);

// Coroutines are generators underneath, with __next__/send/throw/close
// (CPython's have no __next__; the VM and lib/asyncio.py step them by it).
static const mp_rom_map_elem_t coro_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&coro_await_obj) },
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&gen_next_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_pend_throw), MP_ROM_PTR(&gen_pend_throw_obj) },
};
static MP_DEFINE_CONST_DICT(coro_locals_dict, coro_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_coro_instance, MP_QSTR_coroutine, MP_TYPE_FLAG_NONE,
    print, gen_print,
    unary_op, mp_generic_unary_op,
    attr, gen_attr,
    iternext, gen_iternext,
    locals_dict, (mp_obj_dict_t *)&coro_locals_dict
    );

// ---------------------------------------------------------------------------
// Asynchronous generators (async def with yield). The frame is an ordinary
// generator frame; what tells its two kinds of suspension apart is where it
// stopped: inside YIELD_FROM (cs.yield_from) it is awaiting something and the
// value goes out to the event loop, at YIELD_VALUE it produced an item of the
// async iteration. __anext__/asend/athrow/aclose return a one-shot awaitable
// that drives the frame until the next item (StopIteration(item)), the end
// (StopAsyncIteration) or an exception.

typedef enum {
    ASYNC_STEP_NEXT,  // __anext__() / asend(v)
    ASYNC_STEP_THROW, // athrow(exc)
    ASYNC_STEP_CLOSE, // aclose()
} async_step_kind_t;

typedef struct _async_gen_step_t {
    mp_obj_base_t base;
    mp_obj_gen_instance_t *gen;
    mp_obj_t value; // the value to send or the exception to throw on the first step
    uint8_t kind;   // async_step_kind_t
    bool started;
    bool done;
} async_gen_step_t;

static const mp_obj_type_t async_gen_step_type, async_gen_athrow_type;

// What the collector does with a generator that has a finaliser. A plain
// generator suspended in a try block is closed. An asynchronous generator
// that a finalizer hook applies to goes, if still suspended, to the finalizer
// in force now (CPython keeps the one of its first iteration), which may
// revive it (asyncio schedules its aclose()).
MP_COLD void mp_obj_gen_finalise(mp_obj_t agen) {
    if (mp_obj_is_type(agen, &mp_type_gen_instance)) {
        // Run from the sweep (heap locked) only for one that was not in a try
        // block, whose code may be freed by now: not looked at again then.
        if (!gc_is_locked() && mp_obj_gen_in_try(MP_OBJ_TO_PTR(agen))) {
            gen_close(agen);
        }
        return;
    }
    mp_obj_t fin = MP_STATE_VM(asyncgen_hooks)[1];
    if (gen_state(MP_OBJ_TO_PTR(agen)) == MP_GEN_STATE_SUSPENDED && fin != MP_OBJ_NULL) {
        mp_call_function_1(fin, agen);
    }
}

static mp_obj_t async_gen_new_step(mp_obj_t gen_in, async_step_kind_t kind, mp_obj_t value) {
    mp_obj_gen_instance_t *gen = MP_OBJ_TO_PTR(gen_in);
    if (!gen->hooked) {
        // The first iteration (sys.set_asyncgen_hooks).
        gen->hooked = true;
        mp_obj_t *hooks = MP_STATE_VM(asyncgen_hooks);
        if (hooks[1] != MP_OBJ_NULL) {
            gc_set_finaliser(gen);
        }
        if (hooks[0] != MP_OBJ_NULL) {
            mp_call_function_1(hooks[0], gen_in);
        }
    }
    async_gen_step_t *step = m_new_obj(async_gen_step_t);
    step->base.type = kind == ASYNC_STEP_NEXT ? &async_gen_step_type : &async_gen_athrow_type;
    step->gen = gen;
    step->value = value;
    step->kind = kind;
    step->started = false;
    step->done = false;
    return MP_OBJ_FROM_PTR(step);
}

// One resumption of the awaitable: returns the value to pass out to the
// event loop, or raises (StopIteration with the result when finished).
MP_COLD static mp_obj_t async_gen_step(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value) {
    async_gen_step_t *step = MP_OBJ_TO_PTR(self_in);
    if (step->done) {
        mp_raise_RuntimeError(step->kind == ASYNC_STEP_NEXT
            ? MP_ERROR_TEXT("cannot reuse already awaited __anext__()/asend()")
            : MP_ERROR_TEXT("cannot reuse already awaited aclose()/athrow()"));
    }
    mp_obj_gen_instance_t *gen = step->gen;
    if (!step->started) {
        step->started = true;
        if (step->kind == ASYNC_STEP_NEXT) {
            // A value sent into the first step replaces asend()'s (CPython).
            if (throw_value == MP_OBJ_NULL && send_value == mp_const_none) {
                send_value = step->value;
            }
        } else if (throw_value == MP_OBJ_NULL) {
            // athrow() into a finished generator ends quietly too (CPython).
            if (gen->state == MP_GEN_STATE_FINISHED
                || (step->kind == ASYNC_STEP_CLOSE && gen->state == MP_GEN_STATE_CREATED)) {
                gen->state = MP_GEN_STATE_FINISHED;
                step->done = true;
                mp_raise_type(&mp_type_StopIteration);
            }
            throw_value = step->value;
        }
    }
    mp_obj_t ret;
    mp_vm_return_kind_t kind = gen_resume(gen, send_value, throw_value, &ret);
    if (kind == MP_VM_RETURN_YIELD && gen->cs.yield_from) {
        // Awaiting inside the generator: pass the value out to the loop.
        return ret;
    }
    step->done = true;
    if (step->kind == ASYNC_STEP_CLOSE) {
        if (kind == MP_VM_RETURN_YIELD) {
            mp_raise_RuntimeError(MP_ERROR_TEXT("async generator ignored GeneratorExit"));
        }
        if (kind == MP_VM_RETURN_EXCEPTION && !mp_obj_is_instance_of(ret, &mp_type_GeneratorExit)
            && !mp_obj_is_instance_of(ret, &mp_type_StopAsyncIteration)) {
            nlr_raise(ret);
        }
        mp_raise_type(&mp_type_StopIteration);
    }
    switch (kind) {
        case MP_VM_RETURN_YIELD:
            // An item of the async iteration: the result of this awaitable.
            raise_stop_iteration(ret);
        case MP_VM_RETURN_NORMAL:
            mp_raise_type(&mp_type_StopAsyncIteration);
        default:
            nlr_raise(ret);
    }
}

static mp_obj_t async_gen_step_iternext(mp_obj_t self_in) {
    return async_gen_step(self_in, mp_const_none, MP_OBJ_NULL);
}

// send(value)
static mp_obj_t async_gen_step_send(mp_obj_t self_in, mp_obj_t value) {
    return async_gen_step(self_in, value, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(async_gen_step_send_obj, async_gen_step_send);

// __next__()
static mp_obj_t async_gen_step_next(mp_obj_t self_in) {
    return async_gen_step(self_in, mp_const_none, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(async_gen_step_next_obj, async_gen_step_next);

// throw(type[, value[, traceback]])
MP_COLD static mp_obj_t async_gen_step_throw(size_t n_args, const mp_obj_t *args) {
    mp_obj_t exc = args[1];
    if (n_args >= 3 && args[2] != mp_const_none) {
        exc = mp_call_function_1(exc, args[2]);
    }
    return async_gen_step(args[0], mp_const_none, mp_make_raise_obj(exc));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(async_gen_step_throw_obj, 2, 4, async_gen_step_throw);

// close()
MP_COLD static mp_obj_t async_gen_step_close(mp_obj_t self_in) {
    async_gen_step_t *step = MP_OBJ_TO_PTR(self_in);
    step->done = true;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(async_gen_step_close_obj, async_gen_step_close);

static const mp_rom_map_elem_t async_gen_step_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&gen_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&gen_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&async_gen_step_next_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&async_gen_step_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&async_gen_step_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&async_gen_step_close_obj) },
};
static MP_DEFINE_CONST_DICT(async_gen_step_locals_dict, async_gen_step_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    async_gen_step_type, MP_QSTR_async_generator_asend, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, async_gen_step_iternext,
    locals_dict, (mp_obj_dict_t *)&async_gen_step_locals_dict
    );
// athrow()/aclose() give the same awaitable under CPython's other name.
static MP_DEFINE_CONST_OBJ_TYPE(
    async_gen_athrow_type, MP_QSTR_async_generator_athrow, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, async_gen_step_iternext,
    locals_dict, (mp_obj_dict_t *)&async_gen_step_locals_dict
    );

// __anext__()
static mp_obj_t async_gen_anext(mp_obj_t self_in) {
    return async_gen_new_step(self_in, ASYNC_STEP_NEXT, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(async_gen_anext_obj, async_gen_anext);

// asend(value)
static mp_obj_t async_gen_asend(mp_obj_t self_in, mp_obj_t value) {
    return async_gen_new_step(self_in, ASYNC_STEP_NEXT, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(async_gen_asend_obj, async_gen_asend);

// athrow(type[, value[, traceback]])
MP_COLD static mp_obj_t async_gen_athrow(size_t n_args, const mp_obj_t *args) {
    mp_obj_t exc = args[1];
    if (n_args >= 3 && args[2] != mp_const_none) {
        exc = mp_call_function_1(exc, args[2]);
    }
    return async_gen_new_step(args[0], ASYNC_STEP_THROW, mp_make_raise_obj(exc));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(async_gen_athrow_obj, 2, 4, async_gen_athrow);

// aclose()
MP_COLD static mp_obj_t async_gen_aclose(mp_obj_t self_in) {
    return async_gen_new_step(self_in, ASYNC_STEP_CLOSE, mp_obj_new_exception(&mp_type_GeneratorExit));
}
static MP_DEFINE_CONST_FUN_OBJ_1(async_gen_aclose_obj, async_gen_aclose);

static const mp_rom_map_elem_t async_gen_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___aiter__), MP_ROM_PTR(&gen_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___anext__), MP_ROM_PTR(&async_gen_anext_obj) },
    { MP_ROM_QSTR(MP_QSTR_asend), MP_ROM_PTR(&async_gen_asend_obj) },
    { MP_ROM_QSTR(MP_QSTR_athrow), MP_ROM_PTR(&async_gen_athrow_obj) },
    { MP_ROM_QSTR(MP_QSTR_aclose), MP_ROM_PTR(&async_gen_aclose_obj) },
};
static MP_DEFINE_CONST_DICT(async_gen_locals_dict, async_gen_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_async_gen, MP_QSTR_async_generator, MP_TYPE_FLAG_NONE,
    print, gen_print,
    unary_op, mp_generic_unary_op,
    attr, gen_attr,
    locals_dict, (mp_obj_dict_t *)&async_gen_locals_dict
    );

// ---------------------------------------------------------------------------
// anext(aiter, default): an awaitable that drives aiter.__anext__()'s
// awaitable and turns its StopAsyncIteration into the return of default.

typedef struct _anext_awaitable_t {
    mp_obj_base_t base;
    mp_obj_t inner;   // __anext__()'s awaitable, then the iterator behind it
    mp_obj_t dflt;
    bool started;
} anext_awaitable_t;

MP_COLD static mp_obj_t anext_step(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value) {
    anext_awaitable_t *self = MP_OBJ_TO_PTR(self_in);
    if (!self->started) {
        // The iterator `await awaitable` would drive (as the VM's
        // GET_AWAITABLE), found at the first step as CPython does.
        self->started = true;
        mp_obj_t dest[2];
        if (!is_gen_or_coro(self->inner)) {
            mp_load_method_maybe(self->inner, MP_QSTR___await__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                mp_obj_t it = mp_call_method_n_kw(0, 0, dest);
                if (!MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(it), iternext)) {
                    mp_raise_TypeError_obj_unsupported(
                        it, MP_ERROR_TEXT("__await__() returned non-iterator of type '%s'"));
                }
                self->inner = it;
            }
        }
    }
    mp_obj_t ret;
    switch (mp_resume(self->inner, send_value, throw_value, &ret)) {
        case MP_VM_RETURN_YIELD:
            return ret;
        case MP_VM_RETURN_NORMAL:
            raise_stop_iteration(ret);
        default:
            if (mp_obj_is_instance_of(ret, &mp_type_StopAsyncIteration)) {
                raise_stop_iteration(self->dflt);
            }
            nlr_raise(ret);
    }
}

static mp_obj_t anext_iternext(mp_obj_t self_in) {
    return anext_step(self_in, mp_const_none, MP_OBJ_NULL);
}

// send(value)
static mp_obj_t anext_send(mp_obj_t self_in, mp_obj_t value) {
    return anext_step(self_in, value, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(anext_send_obj, anext_send);

// throw(exc)
MP_COLD static mp_obj_t anext_throw(size_t n_args, const mp_obj_t *args) {
    return anext_step(args[0], MP_OBJ_NULL, mp_make_raise_obj(args[n_args > 2 && args[2] != mp_const_none ? 2 : 1]));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(anext_throw_obj, 2, 4, anext_throw);

// close()
MP_COLD static mp_obj_t anext_close(mp_obj_t self_in) {
    anext_awaitable_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_gen_close_iter(self->inner);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(anext_close_obj, anext_close);

static const mp_rom_map_elem_t anext_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&gen_self_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&anext_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&anext_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&anext_close_obj) },
};
static MP_DEFINE_CONST_DICT(anext_locals_dict, anext_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    anext_awaitable_type, MP_QSTR_anext_awaitable, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, anext_iternext,
    locals_dict, (mp_obj_dict_t *)&anext_locals_dict
    );

MP_COLD mp_obj_t mp_obj_new_anext_awaitable(mp_obj_t awaitable, mp_obj_t dflt) {
    anext_awaitable_t *self = m_new_obj(anext_awaitable_t);
    self->base.type = &anext_awaitable_type;
    self->inner = awaitable;
    self->dflt = dflt;
    self->started = false;
    return MP_OBJ_FROM_PTR(self);
}
