// The map type: map(function, *iterables) yields function applied to one
// item from each iterable, until the shortest is exhausted.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_map_t {
    mp_obj_base_t base;
    size_t n;
    mp_obj_t fun;
    mp_obj_t iters[];
} mp_obj_map_t;

static mp_obj_t map_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("map() takes no keyword arguments"));
    }
    if (n_args < 2) {
        mp_raise_TypeError(MP_ERROR_TEXT("map() must have at least two arguments."));
    }
    mp_obj_map_t *o = m_new_obj_var(mp_obj_map_t, mp_obj_t, n_args - 1);
    o->base.type = &mp_type_map;
    o->n = n_args - 1;
    o->fun = args[0];
    for (size_t i = 1; i < n_args; i++) {
        o->iters[i - 1] = mp_getiter(args[i]);
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t map_iternext(mp_obj_t self_in) {
    mp_obj_map_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->n == 1) {
        mp_obj_t item = mp_iternext(self->iters[0]);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        return mp_call_function_1(self->fun, item);
    }
    // The arguments live in a heap array: n is not bounded.
    mp_obj_t *call_args = m_new(mp_obj_t, self->n);
    for (size_t i = 0; i < self->n; i++) {
        mp_obj_t item = mp_iternext(self->iters[i]);
        if (item == MP_OBJ_STOP_ITERATION) {
            m_del(mp_obj_t, call_args, self->n);
            return MP_OBJ_STOP_ITERATION;
        }
        call_args[i] = item;
    }
    mp_obj_t res = mp_call_function_n_kw(self->fun, self->n, 0, call_args);
    m_del(mp_obj_t, call_args, self->n);
    return res;
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_map, MP_QSTR_map, MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    make_new, map_make_new,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, map_iternext
    );
