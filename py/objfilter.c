// The filter type: filter(function or None, iterable) yields the items for
// which function(item) (or the item itself, for None) is true.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_filter_t {
    mp_obj_base_t base;
    mp_obj_t fun;
    mp_obj_t iter;
} mp_obj_filter_t;

static mp_obj_t filter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("filter() takes no keyword arguments"));
    }
    if (n_args != 2) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("filter expected 2 arguments, got %u"), (unsigned)n_args);
    }
    mp_obj_filter_t *o = m_new_obj(mp_obj_filter_t);
    o->base.type = &mp_type_filter;
    o->fun = args[0];
    o->iter = mp_getiter(args[1]);
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t filter_iternext(mp_obj_t self_in) {
    mp_obj_filter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t item;
    while ((item = mp_iternext(self->iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t test = self->fun == mp_const_none ? item : mp_call_function_1(self->fun, item);
        if (mp_obj_is_true(test)) {
            return item;
        }
    }
    return MP_OBJ_STOP_ITERATION;
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_filter, MP_QSTR_filter, MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    make_new, filter_make_new,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, filter_iternext
    );
