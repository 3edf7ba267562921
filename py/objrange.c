// The range type and its iterators, with arbitrary int bounds.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

// Bounds are kept as int objects. When all three are small ints (nearly
// always) the machine-int copies are used and nothing allocates; otherwise
// every computation goes through int arithmetic on objects.
typedef struct _mp_obj_range_t {
    mp_obj_base_t base;
    bool small;
    mp_int_t start, stop, step; // valid if small
    mp_obj_t start_obj, stop_obj, step_obj;
} mp_obj_range_t;

// Machine-int iterator (mp_obj_range_it_t, py/runtime.h): `remaining` values
// left; py/vm.c steps it inline in FOR_ITER.

// Big-int iterator: runs while cur is on the near side of stop.
typedef struct _mp_obj_range_big_it_t {
    mp_obj_base_t base;
    mp_obj_t cur;
    mp_obj_t stop;
    mp_obj_t step;
    mp_obj_t start;
    bool up;
} mp_obj_range_big_it_t;

// A machine-int iterator given to Python code: also its first value and count.
typedef struct _range_heap_it_t {
    mp_obj_range_it_t it;
    mp_int_t start;
    mp_uint_t len;
} range_heap_it_t;

static mp_obj_t new_int(mp_int_t v) {
    // (MP_SMALL_INT_FITS shifts a signed value: compare instead.)
    return MP_LIKELY(v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX) ? MP_OBJ_NEW_SMALL_INT(v) : mp_obj_new_int(v);
}

static mp_obj_t op(mp_binary_op_t o, mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(o, a, b);
}

static bool less(mp_obj_t a, mp_obj_t b) {
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

static inline bool is_zero(mp_obj_t a) {
    return a == MP_OBJ_NEW_SMALL_INT(0);
}

// Number of values of a machine-int range; unsigned, so no bound
// combination overflows.
static mp_uint_t small_len(const mp_obj_range_t *r) {
    if (r->step > 0) {
        if (r->start >= r->stop) {
            return 0;
        }
        return ((mp_uint_t)r->stop - (mp_uint_t)r->start - 1) / (mp_uint_t)r->step + 1;
    }
    if (r->start <= r->stop) {
        return 0;
    }
    return ((mp_uint_t)r->start - (mp_uint_t)r->stop - 1) / (0 - (mp_uint_t)r->step) + 1;
}

static bool step_is_positive(const mp_obj_range_t *r) {
    return r->small ? r->step > 0 : mp_obj_int_sign(r->step_obj) > 0;
}

// Number of values as an int object.
static mp_obj_t range_len_any(const mp_obj_range_t *r) {
    if (r->small) {
        return mp_obj_new_int_from_uint(small_len(r));
    }
    mp_obj_t one = MP_OBJ_NEW_SMALL_INT(1);
    if (step_is_positive(r)) {
        if (!less(r->start_obj, r->stop_obj)) {
            return MP_OBJ_NEW_SMALL_INT(0);
        }
        mp_obj_t d = op(MP_BINARY_OP_SUBTRACT, op(MP_BINARY_OP_SUBTRACT, r->stop_obj, r->start_obj), one);
        return op(MP_BINARY_OP_ADD, op(MP_BINARY_OP_FLOOR_DIVIDE, d, r->step_obj), one);
    }
    if (!less(r->stop_obj, r->start_obj)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_obj_t d = op(MP_BINARY_OP_SUBTRACT, op(MP_BINARY_OP_SUBTRACT, r->start_obj, r->stop_obj), one);
    mp_obj_t neg_step = op(MP_BINARY_OP_SUBTRACT, MP_OBJ_NEW_SMALL_INT(0), r->step_obj);
    return op(MP_BINARY_OP_ADD, op(MP_BINARY_OP_FLOOR_DIVIDE, d, neg_step), one);
}

// The range's length as a small int for len() and the sequence protocol.
static mp_int_t range_len_checked(const mp_obj_range_t *r) {
    if (r->small) {
        mp_uint_t n = small_len(r);
        if (n <= (mp_uint_t)MP_SMALL_INT_MAX) {
            return (mp_int_t)n;
        }
    } else {
        mp_obj_t n = range_len_any(r);
        if (mp_obj_is_small_int(n)) {
            return MP_OBJ_SMALL_INT_VALUE(n);
        }
    }
    mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C ssize_t"));
}

// The value at position i (an int object, 0 <= i < len).
static mp_obj_t range_item(const mp_obj_range_t *r, mp_obj_t i) {
    if (r->small && mp_obj_is_small_int(i)) {
        return new_int((mp_int_t)((mp_uint_t)r->start + (mp_uint_t)MP_OBJ_SMALL_INT_VALUE(i) * (mp_uint_t)r->step));
    }
    return op(MP_BINARY_OP_ADD, r->start_obj, op(MP_BINARY_OP_MULTIPLY, i, r->step_obj));
}

static mp_obj_t range_it_iternext(mp_obj_t self_in) {
    mp_obj_range_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->remaining == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_int_t v = self->cur;
    self->remaining--;
    self->cur = (mp_int_t)((mp_uint_t)v + (mp_uint_t)self->step);
    return new_int(v);
}

// range_iterator.__length_hint__()
static mp_obj_t range_it_length_hint(mp_obj_t self_in) {
    mp_obj_range_it_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_int_from_uint(self->remaining);
}
static MP_DEFINE_CONST_FUN_OBJ_1(range_it_length_hint_obj, range_it_length_hint);

static mp_obj_t range_new_objs(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
// Pickling either range iterator, as CPython 3.11: __reduce__() gives
// (iter, (range(start, stop, step),), index of the next value), and
// __setstate__(index) moves to that value (clamped to the range). The
// heap iterators keep their first value (and count) for this.
static MP_COLD bool range_it_state(mp_obj_t self_in, mp_obj_t *t) {
    range_heap_it_t *small = MP_OBJ_TO_PTR(self_in);
    mp_obj_range_big_it_t *big = MP_OBJ_TO_PTR(self_in);
    if (small->it.base.type == &mp_type_range_it) {
        t[0] = new_int(small->start);
        t[1] = new_int(small->it.step);
        t[2] = mp_obj_new_int_from_uint(small->len);
        t[3] = mp_obj_new_int_from_uint(small->len - small->it.remaining);
        return true;
    }
    t[0] = big->start;
    t[1] = big->step;
    t[2] = op(MP_BINARY_OP_FLOOR_DIVIDE, op(MP_BINARY_OP_SUBTRACT, big->stop, big->start), big->step);
    t[3] = op(MP_BINARY_OP_FLOOR_DIVIDE, op(MP_BINARY_OP_SUBTRACT, big->cur, big->start), big->step);
    return false;
}

static MP_COLD mp_obj_t range_it_reduce(mp_obj_t self_in) {
    mp_obj_t t[4];
    range_it_state(self_in, t);
    mp_obj_t stop = op(MP_BINARY_OP_ADD, t[0], op(MP_BINARY_OP_MULTIPLY, t[2], t[1]));
    return mp_obj_iter_reduce(MP_OBJ_NULL, range_new_objs(t[0], stop, t[1]), t[3]);
}
static MP_DEFINE_CONST_FUN_OBJ_1(range_it_reduce_obj, range_it_reduce);

static MP_COLD mp_obj_t range_it_setstate(mp_obj_t self_in, mp_obj_t i) {
    mp_obj_t t[4];
    if (range_it_state(self_in, t)) {
        range_heap_it_t *small = MP_OBJ_TO_PTR(self_in);
        mp_int_t n = mp_obj_get_int(i);
        mp_uint_t k = n < 0 ? 0 : (mp_uint_t)n > small->len ? small->len : (mp_uint_t)n;
        small->it.remaining = small->len - k;
        small->it.cur = (mp_int_t)((mp_uint_t)small->start + k * (mp_uint_t)small->it.step);
    } else {
        mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
        i = less(i, zero) ? zero : less(t[2], i) ? t[2] : i;
        mp_obj_range_big_it_t *big = MP_OBJ_TO_PTR(self_in);
        big->cur = op(MP_BINARY_OP_ADD, t[0], op(MP_BINARY_OP_MULTIPLY, i, t[1]));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(range_it_setstate_obj, range_it_setstate);

static const mp_rom_map_elem_t range_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&range_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&range_it_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&range_it_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(range_it_locals_dict, range_it_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_range_it, MP_QSTR_range_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, range_it_iternext,
    locals_dict, (mp_obj_dict_t *)&range_it_locals_dict
    );

static mp_obj_t range_big_it_iternext(mp_obj_t self_in) {
    mp_obj_range_big_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->up ? !less(self->cur, self->stop) : !less(self->stop, self->cur)) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t v = self->cur;
    self->cur = op(MP_BINARY_OP_ADD, v, self->step);
    return v;
}

// longrange_iterator.__length_hint__(): values left, worked out in ints.
static mp_obj_t range_big_it_length_hint(mp_obj_t self_in) {
    mp_obj_range_big_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->up ? !less(self->cur, self->stop) : !less(self->stop, self->cur)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    return op(MP_BINARY_OP_FLOOR_DIVIDE, op(MP_BINARY_OP_SUBTRACT, self->stop, self->cur), self->step);
}
static MP_DEFINE_CONST_FUN_OBJ_1(range_big_it_length_hint_obj, range_big_it_length_hint);

static const mp_rom_map_elem_t range_big_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&range_big_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&range_it_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&range_it_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(range_big_it_locals_dict, range_big_it_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    range_big_it_type, MP_QSTR_longrange_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, range_big_it_iternext,
    locals_dict, (mp_obj_dict_t *)&range_big_it_locals_dict
    );

// A machine-int iterator over n values from cur by step, in buf (NULL: on
// the heap).
__attribute__((noinline)) static mp_obj_t *range_heap_it(mp_int_t start, mp_uint_t n) {
    range_heap_it_t *h = m_new_obj(range_heap_it_t);
    h->start = start;
    h->len = n;
    return (mp_obj_t *)h;
}

__attribute__((noinline)) static mp_obj_t range_small_iter(mp_int_t cur, mp_int_t step, mp_uint_t n, mp_obj_t *buf) {
    mp_obj_range_it_t *it = (mp_obj_range_it_t *)(buf != NULL ? buf : range_heap_it(cur, n));
    it->base.type = &mp_type_range_it;
    it->cur = cur;
    it->step = step;
    it->remaining = n;
    return MP_OBJ_FROM_PTR(it);
}

// An iterator over n values from start by step (n an int object).
static mp_obj_t range_new_iter(mp_obj_t start, mp_obj_t step, mp_obj_t n) {
    if (mp_obj_is_small_int(start) && mp_obj_is_small_int(step) && mp_obj_is_small_int(n)) {
        return range_small_iter(MP_OBJ_SMALL_INT_VALUE(start), MP_OBJ_SMALL_INT_VALUE(step), MP_OBJ_SMALL_INT_VALUE(n), NULL);
    }
    mp_obj_range_big_it_t *it = m_new_obj(mp_obj_range_big_it_t);
    it->base.type = &range_big_it_type;
    it->cur = it->start = start;
    it->step = step;
    it->stop = op(MP_BINARY_OP_ADD, start, op(MP_BINARY_OP_MULTIPLY, n, step));
    it->up = mp_obj_int_sign(step) > 0;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t range_init(mp_obj_range_t *o, mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    o->base.type = &mp_type_range;
    o->start_obj = start;
    o->stop_obj = stop;
    o->step_obj = step;
    o->small = mp_obj_is_small_int(start) && mp_obj_is_small_int(stop) && mp_obj_is_small_int(step);
    if (o->small) {
        o->start = MP_OBJ_SMALL_INT_VALUE(start);
        o->stop = MP_OBJ_SMALL_INT_VALUE(stop);
        o->step = MP_OBJ_SMALL_INT_VALUE(step);
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t range_new_objs(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    return range_init(m_new_obj(mp_obj_range_t), start, stop, step);
}

mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step) {
    return range_new_objs(new_int(start), new_int(stop), new_int(step));
}

static void range_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "range(");
    mp_obj_print_helper(print, self->start_obj, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, self->stop_obj, PRINT_REPR);
    if (self->step_obj != MP_OBJ_NEW_SMALL_INT(1)) {
        mp_print_str(print, ", ");
        mp_obj_print_helper(print, self->step_obj, PRINT_REPR);
    }
    mp_print_str(print, ")");
}

// range(*args) in o (NULL: a new one).
static mp_obj_t range_make(mp_obj_range_t *o, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("range() takes no keyword arguments"));
    }
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("range expected at least 1 argument, got 0"));
    }
    if (n_args > 3) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("range expected at most 3 arguments, got %u"), (unsigned)n_args);
    }
    mp_obj_t start = MP_OBJ_NEW_SMALL_INT(0), stop, step = MP_OBJ_NEW_SMALL_INT(1);
    if (n_args == 1) {
        stop = mp_seq_index_as_int_raise(args[0]);
    } else {
        start = mp_seq_index_as_int_raise(args[0]);
        stop = mp_seq_index_as_int_raise(args[1]);
        if (n_args == 3) {
            step = mp_seq_index_as_int_raise(args[2]);
            if (is_zero(step)) {
                mp_raise_ValueError(MP_ERROR_TEXT("range() arg 3 must not be zero"));
            }
        }
    }
    if (o == NULL) {
        o = m_new_obj(mp_obj_range_t);
    }
    return range_init(o, start, stop, step);
}

static mp_obj_t range_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    return range_make(NULL, n_args, n_kw, args);
}

static mp_obj_t range_unary_op(mp_unary_op_t op_code, mp_obj_t self_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op_code) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(!is_zero(range_len_any(self)));
        case MP_UNARY_OP_LEN: {
            // Any length up to sys.maxsize, as CPython's Py_ssize_t.
            mp_obj_t n = range_len_any(self);
            if (!mp_obj_is_small_int(n)) {
                mp_int_t v;
                if (!mp_obj_get_int_maybe(n, &v)) {
                    mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C ssize_t"));
                }
                (void)v;
            }
            return n;
        }
        case MP_UNARY_OP_HASH: {
            // As CPython: the hash of (len, start, step), with None for the
            // parts that do not matter for short ranges.
            mp_obj_t n = range_len_any(self);
            mp_obj_t t[3] = { n, mp_const_none, mp_const_none };
            if (!is_zero(n)) {
                t[1] = self->start_obj;
                if (n != MP_OBJ_NEW_SMALL_INT(1)) {
                    t[2] = self->step_obj;
                }
            }
            return mp_obj_tuple_hash(mp_obj_new_tuple(3, t));
        }
        default:
            return MP_OBJ_NULL;
    }
}

// Position of int value v in the range as an int object, or MP_OBJ_NULL.
static mp_obj_t range_find_int(const mp_obj_range_t *self, mp_obj_t v) {
    if (self->small) {
        if (!mp_obj_is_small_int(v)) {
            return MP_OBJ_NULL; // outside any machine-int range
        }
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        mp_uint_t off, step;
        if (self->step > 0) {
            if (x < self->start || x >= self->stop) {
                return MP_OBJ_NULL;
            }
            off = (mp_uint_t)x - (mp_uint_t)self->start;
            step = (mp_uint_t)self->step;
        } else {
            if (x > self->start || x <= self->stop) {
                return MP_OBJ_NULL;
            }
            off = (mp_uint_t)self->start - (mp_uint_t)x;
            step = 0 - (mp_uint_t)self->step;
        }
        if (off % step != 0) {
            return MP_OBJ_NULL;
        }
        return mp_obj_new_int_from_uint(off / step);
    }
    bool inside = step_is_positive(self)
        ? !less(v, self->start_obj) && less(v, self->stop_obj)
        : !less(self->start_obj, v) && less(self->stop_obj, v);
    if (!inside) {
        return MP_OBJ_NULL;
    }
    mp_obj_t off = op(MP_BINARY_OP_SUBTRACT, v, self->start_obj);
    if (!is_zero(op(MP_BINARY_OP_MODULO, off, self->step_obj))) {
        return MP_OBJ_NULL;
    }
    return op(MP_BINARY_OP_FLOOR_DIVIDE, off, self->step_obj);
}

static bool is_exact_int(mp_obj_t o) {
    return mp_obj_is_int(o) || o == mp_const_false || o == mp_const_true;
}

static mp_obj_t int_value(mp_obj_t o) {
    return o == mp_const_false ? MP_OBJ_NEW_SMALL_INT(0) : o == mp_const_true ? MP_OBJ_NEW_SMALL_INT(1) : o;
}

// Position of any value (ints by arithmetic, others by ==), or MP_OBJ_NULL.
static mp_obj_t range_find(mp_obj_t self_in, mp_obj_t v) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (is_exact_int(v)) {
        return range_find_int(self, int_value(v));
    }
    mp_obj_t iter = mp_getiter(self_in);
    mp_obj_t x;
    for (mp_int_t i = 0; (x = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION; i++) {
        if (mp_obj_equal(x, v)) {
            return MP_OBJ_NEW_SMALL_INT(i);
        }
    }
    return MP_OBJ_NULL;
}

static mp_obj_t range_binary_op(mp_binary_op_t op_code, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(lhs);
    switch (op_code) {
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_new_bool(range_find(lhs, rhs) != MP_OBJ_NULL);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &mp_type_range)) {
                return MP_OBJ_NULL;
            }
            // Equal if they produce the same values.
            mp_obj_range_t *other = MP_OBJ_TO_PTR(rhs);
            mp_obj_t n = range_len_any(self);
            bool eq = mp_obj_equal(n, range_len_any(other))
                && (is_zero(n) || (mp_obj_equal(self->start_obj, other->start_obj)
                    && (n == MP_OBJ_NEW_SMALL_INT(1) || mp_obj_equal(self->step_obj, other->step_obj))));
            return mp_obj_new_bool(eq == (op_code == MP_BINARY_OP_EQUAL));
        }
        default:
            return MP_OBJ_NULL;
    }
}

// A slice bound (int-like or None) as an int object, clamped like
// slice.indices() does to [lower, upper] after counting negatives from len.
static mp_obj_t slice_bound(mp_obj_t b, mp_obj_t dflt, mp_obj_t len, mp_obj_t lower, mp_obj_t upper) {
    if (b == mp_const_none) {
        return dflt;
    }
    mp_obj_t v = mp_seq_index_as_int(b);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    if (mp_obj_int_sign(v) < 0) {
        v = op(MP_BINARY_OP_ADD, v, len);
        return less(v, lower) ? lower : v;
    }
    return less(upper, v) ? upper : v;
}

// range[slice] is a range; with int arithmetic on objects so that big
// bounds and steps (range(5)[::2**70]) work as in CPython.
static mp_obj_t range_slice(const mp_obj_range_t *self, mp_obj_t slice) {
    mp_obj_t start, stop, step;
    mp_obj_slice_get(slice, &start, &stop, &step);
    bool simple = self->small && (start == mp_const_none || mp_obj_is_small_int(start))
        && (stop == mp_const_none || mp_obj_is_small_int(stop)) && (step == mp_const_none || mp_obj_is_small_int(step));
    if (simple) {
        mp_bound_slice_t s;
        mp_obj_slice_indices(slice, range_len_checked(self), &s);
        return range_new_objs(range_item(self, new_int(s.start)), range_item(self, new_int(s.stop)),
            op(MP_BINARY_OP_MULTIPLY, self->step_obj, new_int(s.step)));
    }
    if (step == mp_const_none) {
        step = MP_OBJ_NEW_SMALL_INT(1);
    } else {
        mp_obj_t v = mp_seq_index_as_int(step);
        if (v == MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
        }
        if (is_zero(v)) {
            mp_raise_ValueError(MP_ERROR_TEXT("slice step cannot be zero"));
        }
        step = v;
    }
    mp_obj_t len = range_len_any(self);
    bool down = mp_obj_int_sign(step) < 0;
    mp_obj_t lower = down ? MP_OBJ_NEW_SMALL_INT(-1) : MP_OBJ_NEW_SMALL_INT(0);
    mp_obj_t upper = down ? op(MP_BINARY_OP_SUBTRACT, len, MP_OBJ_NEW_SMALL_INT(1)) : len;
    mp_obj_t i = slice_bound(start, down ? upper : lower, len, lower, upper);
    mp_obj_t j = slice_bound(stop, down ? lower : upper, len, lower, upper);
    return range_new_objs(range_item(self, i), range_item(self, j), op(MP_BINARY_OP_MULTIPLY, self->step_obj, step));
}

static mp_obj_t range_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // immutable
    }
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        return range_slice(self, index);
    }
    mp_obj_t iv = mp_seq_index_as_int(index);
    if (iv == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            index, MP_ERROR_TEXT("range indices must be integers or slices, not %s"));
    }
    if (self->small && mp_obj_is_small_int(iv)) {
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(iv);
        mp_uint_t n = small_len(self);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || (mp_uint_t)i >= n) {
            mp_raise_IndexError(MP_ERROR_TEXT("range object index out of range"));
        }
        return range_item(self, MP_OBJ_NEW_SMALL_INT(i));
    }
    mp_obj_t n = range_len_any(self);
    if (mp_obj_int_sign(iv) < 0) {
        iv = op(MP_BINARY_OP_ADD, iv, n);
    }
    if (mp_obj_int_sign(iv) < 0 || !less(iv, n)) {
        mp_raise_IndexError(MP_ERROR_TEXT("range object index out of range"));
    }
    return range_item(self, iv);
}

mp_obj_t mp_obj_range_getiter_buf(mp_obj_t self_in, mp_obj_t *buf) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->small) {
        return range_small_iter(self->start, self->step, small_len(self), buf);
    }
    return range_new_iter(self->start_obj, self->step_obj, range_len_any(self));
}

static mp_obj_t range_getiter(mp_obj_t self_in) {
    return mp_obj_range_getiter_buf(self_in, NULL);
}

// GET_ITER_STACK n (py/vm.c): fn_args holds the callee and n args; the
// iterator of the call's result is made in buf = fn_args. The builtin
// range's object is made on the C stack (all args are read before buf is
// written), so range(...) loops allocate nothing.
mp_obj_t mp_obj_range_call_getiter_buf(size_t n_args, mp_obj_t *fn_args) {
    if (fn_args[0] == MP_OBJ_FROM_PTR(&mp_type_range)) {
        mp_obj_range_t o;
        return mp_obj_range_getiter_buf(range_make(&o, n_args, 0, fn_args + 1), fn_args);
    }
    return mp_getiter_buf(mp_call_function_n_kw(fn_args[0], n_args, 0, fn_args + 1), fn_args);
}

// Iterators in the caller's memory (py/runtime.h). A for loop keeps its
// iterator on the value stack above MP_OBJ_ITER_BUF_NSLOTS slots, where the
// iterator of the common built-in sequences is built: no heap allocation
// (loops run under micropython.heap_lock) and no garbage per loop. The slots
// belong to the frame, which stays put (C stack, or a generator's heap block
// that the collector scans whole), and the iterator never leaves the loop.
mp_obj_t mp_getiter_buf(mp_obj_t o, mp_obj_t *buf) {
    const mp_obj_type_t *it_type = &mp_type_str_it;
    if (!mp_obj_is_qstr(o)) {
        if (!mp_obj_is_obj(o)) {
            return mp_getiter(o);
        }
        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (type == &mp_type_list) {
            it_type = &mp_type_list_it;
        } else if (type == &mp_type_tuple) {
            it_type = &mp_type_tuple_it;
        } else if (type == &mp_type_range) {
            return mp_obj_range_getiter_buf(o, buf);
        } else if (type == &mp_type_bytes) {
            it_type = &mp_type_bytes_it;
        } else if (type == &mp_type_bytearray) {
            it_type = &mp_type_bytearray_it;
        } else if (type != &mp_type_str) {
            return mp_getiter(o);
        }
    }
    buf[0] = MP_OBJ_FROM_PTR(it_type);
    buf[1] = o;
    ((size_t *)buf)[2] = 0;
    return MP_OBJ_FROM_PTR(buf);
}

static void range_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only
    }
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = self->start_obj;
    } else if (attr == MP_QSTR_stop) {
        dest[0] = self->stop_obj;
    } else if (attr == MP_QSTR_step) {
        dest[0] = self->step_obj;
    }
}

// range.count(value)
static mp_obj_t range_count(mp_obj_t self_in, mp_obj_t value) {
    if (is_exact_int(value)) {
        return MP_OBJ_NEW_SMALL_INT(range_find_int(MP_OBJ_TO_PTR(self_in), int_value(value)) != MP_OBJ_NULL);
    }
    mp_obj_t iter = mp_getiter(self_in);
    mp_obj_t x;
    mp_int_t count = 0;
    while ((x = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_equal(x, value)) {
            count++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(count);
}
static MP_DEFINE_CONST_FUN_OBJ_2(range_count_obj, range_count);

// range.index(value)
static mp_obj_t range_index(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_t i = range_find(self_in, value);
    if (i == MP_OBJ_NULL) {
        if (is_exact_int(value)) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("%s is not in range"),
                mp_obj_str_get_str(mp_obj_repr(value)));
        }
        mp_raise_ValueError(MP_ERROR_TEXT("sequence.index(x): x not in sequence"));
    }
    return i;
}
static MP_DEFINE_CONST_FUN_OBJ_2(range_index_obj, range_index);

// range.__reversed__()
static mp_obj_t range___reversed__(mp_obj_t self_in) {
    mp_obj_range_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t n = range_len_any(self);
    mp_obj_t last = is_zero(n) ? self->start_obj : range_item(self, op(MP_BINARY_OP_SUBTRACT, n, MP_OBJ_NEW_SMALL_INT(1)));
    mp_obj_t neg_step = self->small ? new_int(-self->step) : op(MP_BINARY_OP_SUBTRACT, MP_OBJ_NEW_SMALL_INT(0), self->step_obj);
    return range_new_iter(last, neg_step, n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(range___reversed___obj, range___reversed__);

static const mp_rom_map_elem_t range_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&mp_slice_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&range_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&range_index_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&range___reversed___obj) },
};
static MP_DEFINE_CONST_DICT(range_locals_dict, range_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_range, MP_QSTR_range, MP_TYPE_FLAG_NONE,
    print, range_print,
    make_new, range_make_new,
    unary_op, range_unary_op,
    binary_op, range_binary_op,
    attr, range_attr,
    subscr, range_subscr,
    getiter, range_getiter,
    locals_dict, (mp_obj_dict_t *)&range_locals_dict
    );
