// The enumerate type: enumerate(iterable, start=0) yields (count, item).
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_enumerate_t {
    mp_obj_base_t base;
    mp_obj_t iter;
    mp_obj_t count; // an int object (a big int once past the small range)
} mp_obj_enumerate_t;

static mp_obj_t enumerate_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_iterable, ARG_start };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_start, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
    };
    // CPython's enumerate sorts its arguments by hand, in this order: none at all, or more than
    // two with none positional, means a missing iterable; with one or two, each keyword must name
    // a parameter that the count reaches and no positional argument already filled.
    size_t n = n_args + n_kw;
    if (n == 0 || (n > 2 && n_args == 0)) {
        mp_raise_TypeError(MP_ERROR_TEXT("enumerate() missing required argument 'iterable'"));
    }
    for (size_t i = 0; n <= 2 && i < n_kw; i++) {
        qstr q = mp_obj_str_get_qstr(args[n_args + 2 * i]);
        if (!(q == MP_QSTR_iterable && n_args == 0) && !(q == MP_QSTR_start && n == 2)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("'%s' is an invalid keyword argument for %q()"),
                qstr_str(q), MP_QSTR_enumerate);
        }
    }
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_enumerate, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t start = mp_seq_index_as_int_raise(vals[ARG_start].u_obj);
    mp_obj_enumerate_t *o = m_new_obj(mp_obj_enumerate_t);
    o->base.type = &mp_type_enumerate;
    o->iter = mp_getiter(vals[ARG_iterable].u_obj);
    o->count = start;
    return MP_OBJ_FROM_PTR(o);
}

// The next (count, item) into pair: 1, or 0 at the end (mp_pair_next_fun_t).
int mp_obj_enumerate_next_pair(mp_obj_t self_in, mp_obj_t *pair) {
    mp_obj_enumerate_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t item = mp_iternext(self->iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        return 0;
    }
    pair[0] = self->count;
    pair[1] = item;
    if (mp_obj_is_small_int(self->count) && MP_OBJ_SMALL_INT_VALUE(self->count) < MP_SMALL_INT_MAX) {
        self->count = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(self->count) + 1);
    } else {
        self->count = mp_binary_op(MP_BINARY_OP_ADD, self->count, MP_OBJ_NEW_SMALL_INT(1));
    }
    return 1;
}

static mp_obj_t enumerate_iternext(mp_obj_t self_in) {
    mp_obj_t pair[2];
    return mp_obj_enumerate_next_pair(self_in, pair) ? mp_obj_new_tuple(2, pair) : MP_OBJ_STOP_ITERATION;
}

// enumerate.__reduce__(): (type, (iterator, next count)), as CPython.
static MP_COLD mp_obj_t enumerate_reduce(mp_obj_t self_in) {
    mp_obj_enumerate_t *self = MP_OBJ_TO_PTR(self_in);
    // (iter and count are adjacent fields)
    mp_obj_t t[2] = { MP_OBJ_FROM_PTR(self->base.type), mp_obj_new_tuple(2, &self->iter) };
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(enumerate_reduce_obj, enumerate_reduce);

static const mp_rom_map_elem_t enumerate_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&enumerate_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(enumerate_locals_dict, enumerate_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_enumerate, MP_QSTR_enumerate, MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_PAIR_ITER,
    make_new, enumerate_make_new,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, enumerate_iternext,
    locals_dict, (mp_obj_dict_t *)&enumerate_locals_dict
    );
