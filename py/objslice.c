// The slice type: slice(start, stop[, step]) objects, their attributes and
// indices(), and the normalisation every sliceable sequence uses.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_slice_t {
    mp_obj_base_t base;
    mp_obj_t start;
    mp_obj_t stop;
    mp_obj_t step;
} mp_obj_slice_t;

mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_slice_t *o = m_new_obj(mp_obj_slice_t);
    o->base.type = &mp_type_slice;
    o->start = start;
    o->stop = stop;
    o->step = step;
    return MP_OBJ_FROM_PTR(o);
}

void mp_obj_slice_get(mp_obj_t self_in, mp_obj_t *start, mp_obj_t *stop, mp_obj_t *step) {
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    *start = self->start;
    *stop = self->stop;
    *step = self->step;
}

// A slice with its bounds converted to machine ints (any __index__ has run).
typedef struct _slice_ints_t {
    mp_int_t start, stop, step;
    bool has_start, has_stop;
} slice_ints_t;

static void slice_unpack(mp_obj_t self_in, slice_ints_t *u) {
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    u->step = 1;
    if (self->step != mp_const_none) {
        u->step = mp_seq_bound_value(self->step);
        if (u->step == 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("slice step cannot be zero"));
        }
        // Keep -step representable.
        if (u->step < -MP_SMALL_INT_MAX) {
            u->step = -MP_SMALL_INT_MAX;
        }
    }
    u->has_start = self->start != mp_const_none;
    u->start = u->has_start ? mp_seq_bound_value(self->start) : 0;
    u->has_stop = self->stop != mp_const_none;
    u->stop = u->has_stop ? mp_seq_bound_value(self->stop) : 0;
}

// CPython's rules: a missing bound defaults to the end the step moves away
// from; a negative one counts from the end; then both are clamped to
// [0, length] (step > 0) or [-1, length - 1] (step < 0).
static void slice_adjust(const slice_ints_t *u, mp_int_t length, mp_bound_slice_t *result) {
    mp_int_t step = u->step;
    mp_int_t lower = step < 0 ? -1 : 0;
    mp_int_t upper = step < 0 ? length - 1 : length;
    mp_int_t bounds[2];
    bool given[2] = { u->has_start, u->has_stop };
    mp_int_t values[2] = { u->start, u->stop };
    for (int k = 0; k < 2; k++) {
        if (!given[k]) {
            bounds[k] = (k == 0) == (step < 0) ? upper : lower;
            continue;
        }
        mp_int_t v = values[k];
        if (v < 0) {
            v += length;
            if (v < lower) {
                v = lower;
            }
        } else if (v > upper) {
            v = upper;
        }
        bounds[k] = v;
    }
    result->start = bounds[0];
    result->stop = bounds[1];
    result->step = step;
}

// (inline within this file: the fast path below needs it; see LEAN_INLINE_SRC in
// the Makefile)
inline void mp_obj_slice_indices(mp_obj_t self_in, mp_int_t length, mp_bound_slice_t *result) {
    slice_ints_t u;
    slice_unpack(self_in, &u);
    slice_adjust(&u, length, result);
}

static bool fast_slice(mp_bound_slice_t *indexes) {
    if (indexes->step != 1) {
        return false;
    }
    if (indexes->stop < indexes->start) {
        indexes->stop = indexes->start;
    }
    return true;
}

bool mp_seq_get_fast_slice_indexes(mp_uint_t len, mp_obj_t slice, mp_bound_slice_t *indexes) {
    mp_obj_slice_indices(slice, (mp_int_t)len, indexes);
    return fast_slice(indexes);
}

bool mp_seq_get_fast_slice_indexes_live(const size_t *len, mp_obj_t slice, mp_bound_slice_t *indexes) {
    slice_ints_t u;
    slice_unpack(slice, &u);
    slice_adjust(&u, (mp_int_t)*len, indexes);
    return fast_slice(indexes);
}

MP_COLD static void slice_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_slice_t *o = MP_OBJ_TO_PTR(o_in);
    mp_print_str(print, "slice(");
    mp_obj_print_helper(print, o->start, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, o->stop, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, o->step, PRINT_REPR);
    mp_print_str(print, ")");
}

MP_COLD static mp_obj_t slice_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("slice() takes no keyword arguments"));
    }
    if (n_args == 0 || n_args > 3) {
        mp_raise_TypeError_varg(n_args == 0 ? MP_ERROR_TEXT("slice expected at least 1 argument, got %u")
            : MP_ERROR_TEXT("slice expected at most 3 arguments, got %u"), (unsigned)n_args);
    }
    if (n_args == 1) {
        return mp_obj_new_slice(mp_const_none, args[0], mp_const_none);
    }
    return mp_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : mp_const_none);
}

static mp_obj_t slice_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op == MP_UNARY_OP_HASH) {
        // Slices are unhashable in Python 3.11.
        mp_raise_TypeError_obj_unsupported(self_in, MP_ERROR_TEXT("unhashable type: '%s'"));
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_const_true;
    }
    return MP_OBJ_NULL;
}

MP_COLD static mp_obj_t slice_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    // Slices compare like (start, stop, step) tuples.
    if (op > MP_BINARY_OP_NOT_EQUAL || op == MP_BINARY_OP_IN || !mp_obj_is_type(rhs, &mp_type_slice)) {
        return MP_OBJ_NULL;
    }
    mp_obj_slice_t *a = MP_OBJ_TO_PTR(lhs), *b = MP_OBJ_TO_PTR(rhs);
    mp_obj_t ta[3] = { a->start, a->stop, a->step };
    mp_obj_t tb[3] = { b->start, b->stop, b->step };
    return mp_obj_new_bool(mp_seq_cmp_objs(op, ta, 3, tb, 3));
}

MP_COLD static void slice_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only
    }
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = self->start;
    } else if (attr == MP_QSTR_stop) {
        dest[0] = self->stop;
    } else if (attr == MP_QSTR_step) {
        dest[0] = self->step;
    }
}

// A bound of slice.indices() as an int object (after __index__).
MP_COLD static mp_obj_t slice_index_obj(mp_obj_t v) {
    mp_obj_t r = mp_seq_index_as_int(v);
    if (r == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    return r;
}

MP_COLD static bool slice_obj_less(mp_obj_t a, mp_obj_t b) {
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

// One bound for slice.indices(), in int objects so that any length or bound
// (even beyond sys.maxsize) is clamped exactly as with small ones.
MP_COLD static mp_obj_t slice_clamp_obj(mp_obj_t v, mp_obj_t dflt, mp_obj_t len, mp_obj_t lower, mp_obj_t upper) {
    if (v == mp_const_none) {
        return dflt;
    }
    v = slice_index_obj(v);
    if (mp_obj_int_sign(v) < 0) {
        v = mp_binary_op(MP_BINARY_OP_ADD, v, len);
        return slice_obj_less(v, lower) ? lower : v;
    }
    return slice_obj_less(upper, v) ? upper : v;
}

// slice.indices(length)
MP_COLD static mp_obj_t slice_indices(mp_obj_t self_in, mp_obj_t length_in) {
    mp_obj_t len_obj = mp_seq_index_as_int_raise(length_in);
    if (mp_obj_int_sign(len_obj) < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("length should not be negative"));
    }
    mp_obj_slice_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t step = MP_OBJ_NEW_SMALL_INT(1);
    if (self->step != mp_const_none) {
        step = slice_index_obj(self->step);
        if (mp_obj_int_sign(step) == 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("slice step cannot be zero"));
        }
    }
    bool down = mp_obj_int_sign(step) < 0;
    mp_obj_t lower = down ? MP_OBJ_NEW_SMALL_INT(-1) : MP_OBJ_NEW_SMALL_INT(0);
    mp_obj_t upper = down ? mp_binary_op(MP_BINARY_OP_SUBTRACT, len_obj, MP_OBJ_NEW_SMALL_INT(1)) : len_obj;
    mp_obj_t items[3] = {
        slice_clamp_obj(self->start, down ? upper : lower, len_obj, lower, upper),
        slice_clamp_obj(self->stop, down ? lower : upper, len_obj, lower, upper),
        step,
    };
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_CONST_FUN_OBJ_2(slice_indices_obj, slice_indices);

// slice.__reduce__ and range.__reduce__ (shared, py/objrange.c): the type
// and its (start, stop, step), from which both rebuild.
MP_COLD static mp_obj_t slice_reduce(mp_obj_t self_in) {
    static const uint16_t names[3] = { MP_QSTR_start, MP_QSTR_stop, MP_QSTR_step };
    mp_obj_t parts[3];
    for (size_t i = 0; i < 3; i++) {
        parts[i] = mp_load_attr(self_in, names[i]);
    }
    parts[1] = mp_obj_new_tuple(3, parts);
    parts[0] = MP_OBJ_FROM_PTR(mp_obj_get_type(self_in));
    return mp_obj_new_tuple(2, parts);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_slice_reduce_obj, slice_reduce);

static const mp_rom_map_elem_t slice_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_indices), MP_ROM_PTR(&slice_indices_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&mp_slice_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_slice, MP_QSTR_slice, MP_TYPE_FLAG_NONE,
    print, slice_print,
    make_new, slice_make_new,
    unary_op, slice_unary_op,
    binary_op, slice_binary_op,
    attr, slice_attr,
    locals_dict, (mp_obj_dict_t *)&slice_locals_dict
    );
