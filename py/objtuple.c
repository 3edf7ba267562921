// The tuple type: construction, indexing and slicing, + and *, comparisons,
// hashing, count()/index() and iteration.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/map.h"
#include "py/objtuple.h"
#include "py/sequence.h"

const mp_obj_tuple_t mp_const_empty_tuple_obj = { { &mp_type_tuple }, 0 };

mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items) {
    if (n == 0) {
        return mp_const_empty_tuple;
    }
    mp_obj_tuple_t *o = m_new_obj_var(mp_obj_tuple_t, mp_obj_t, n);
    o->base.type = &mp_type_tuple;
    o->len = n;
    if (items != NULL) {
        memcpy(o->items, items, n * sizeof(mp_obj_t));
    } else {
        memset(o->items, 0, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(o);
}

// The tuple behind o: o itself or the native part of a tuple subclass
// instance; NULL if o is not a tuple.
static inline mp_obj_tuple_t *tuple_cast(mp_obj_t o) {
    return mp_seq_cast_native(o, &mp_type_tuple);
}

static inline mp_obj_tuple_t *tuple_self(mp_obj_t o) {
    return mp_seq_self_native(o, &mp_type_tuple);
}

void mp_obj_tuple_get(mp_obj_t self_in, size_t *len, mp_obj_t **items) {
    mp_obj_tuple_t *self = tuple_self(self_in);
    *len = self->len;
    *items = self->items;
}

static void tuple_print_items(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_tuple_t *o = tuple_self(o_in);
    mp_print_str(print, "(");
    for (size_t i = 0; i < o->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, o->items[i], PRINT_REPR);
    }
    mp_print_str(print, o->len == 1 ? ",)" : ")");
}

static void tuple_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    // Only a tuple holding a mutable container can contain itself.
    if (tuple_self(o_in)->len == 0) {
        mp_print_str(print, "()");
    } else if (!mp_seq_print_guarded(print, o_in, kind, tuple_print_items)) {
        mp_print_str(print, "(...)");
    }
}

// Collect any iterable into a fresh item array; *len receives the count.
static mp_obj_t *collect_iterable(mp_obj_t iterable, size_t *len) {
    size_t alloc = 8, n = 0;
    mp_obj_t iter = mp_getiter(iterable);
    if (mp_obj_is_instance_type(mp_obj_get_type(iterable))) {
        // A user class's __len__ is only a hint, asked after iter() (as in
        // CPython, whose TypeError means "no hint"): a huge one must not be
        // allocated up front.
        size_t hint = mp_obj_list_length_hint(iterable);
        if (hint > 0) {
            alloc = hint < 4096 ? hint : 4096;
        }
    } else {
        mp_obj_t len_obj = mp_obj_len_maybe(iterable);
        if (len_obj != MP_OBJ_NULL && mp_obj_is_small_int(len_obj) && MP_OBJ_SMALL_INT_VALUE(len_obj) > 0) {
            alloc = MP_OBJ_SMALL_INT_VALUE(len_obj);
        }
    }
    mp_obj_t *items = m_new(mp_obj_t, alloc);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (n == alloc) {
            items = m_renew(mp_obj_t, items, alloc, alloc * 2);
            alloc *= 2;
        }
        items[n++] = item;
    }
    *len = n;
    return items;
}

static mp_obj_t tuple_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("tuple() takes no keyword arguments"));
    }
    if (n_args > 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("tuple expected at most 1 argument, got %u"), (unsigned)n_args);
    }
    if (n_args == 0) {
        return mp_const_empty_tuple;
    }
    mp_obj_t arg = args[0];
    if (mp_obj_is_type(arg, &mp_type_tuple) && type == &mp_type_tuple) {
        return arg; // immutable: no copy needed
    }
    if (mp_obj_is_type(arg, &mp_type_tuple) || mp_obj_is_type(arg, &mp_type_list)) {
        size_t len;
        mp_obj_t *items;
        mp_obj_get_array(arg, &len, &items);
        return mp_obj_new_tuple(len, items);
    }
    size_t len;
    mp_obj_t *items = collect_iterable(arg, &len);
    mp_obj_t t = mp_obj_new_tuple(len, items);
    m_del(mp_obj_t, items, len);
    return t;
}

// The tuple hash of CPython 3.8+ (a reduced xxHash round per item), so that
// hash((1, 2)) and the iteration order of sets of tuples match CPython.
#if UINTPTR_MAX > 0xffffffffu
#define XXPRIME_1 ((size_t)11400714785074694791ULL)
#define XXPRIME_2 ((size_t)14029467366897019727ULL)
#define XXPRIME_5 ((size_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((size_t)2654435761UL)
#define XXPRIME_2 ((size_t)2246822519UL)
#define XXPRIME_5 ((size_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

size_t mp_obj_tuple_hash_value(mp_obj_t self_in) {
    // Nested tuples recurse through mp_map_hash_key, which skips
    // mp_obj_hash (and its stack check) for tuples.
    // Count the depth too, so it follows the recursion limit (undone by the
    // VM on a raise).
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded"));
    mp_obj_tuple_t *self = tuple_self(self_in);
    size_t acc = XXPRIME_5;
    for (size_t i = 0; i < self->len; i++) {
        size_t lane = mp_map_hash_key(self->items[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    MP_STATE_THREAD(recursion_depth)--;
    acc += self->len ^ (XXPRIME_5 ^ (size_t)3527539UL);
    if (acc == (size_t)-1) {
        acc = 1546275796;
    }
    return acc;
}

mp_obj_t mp_obj_tuple_hash(mp_obj_t self_in) {
    return mp_obj_new_int((mp_int_t)mp_obj_tuple_hash_value(self_in));
}

static mp_obj_t tuple_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_tuple_t *self = tuple_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->len);
        case MP_UNARY_OP_HASH:
            return mp_obj_tuple_hash(self_in);
        default:
            return MP_OBJ_NULL;
    }
}

mp_obj_t mp_obj_tuple_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_tuple_t *self = tuple_self(lhs);
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            mp_obj_tuple_t *other = tuple_cast(rhs);
            if (other == NULL) {
                return mp_seq_unsupported_operand(op, MP_QSTR_tuple, lhs, rhs);
            }
            if (other->len == 0 && mp_obj_is_type(lhs, &mp_type_tuple)) {
                return lhs;
            }
            size_t n = m_size_add(self->len, other->len);
            mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
            memcpy(res->items, self->items, self->len * sizeof(mp_obj_t));
            memcpy(res->items + self->len, other->items, other->len * sizeof(mp_obj_t));
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            size_t n;
            if (!mp_seq_repeat_count(rhs, &n)) {
                return mp_seq_unsupported_operand(op, MP_QSTR_tuple, lhs, rhs);
            }
            if (n == 1 && mp_obj_is_type(lhs, &mp_type_tuple)) {
                return lhs;
            }
            size_t total = m_size_mul(self->len, n);
            mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(total, NULL));
            if (total != 0) {
                mp_seq_multiply(self->items, sizeof(mp_obj_t), self->len, n, res->items);
            }
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_tuple_t *other = tuple_cast(rhs);
            if (other == NULL) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(mp_seq_cmp_objs(op, self->items, self->len, other->items, other->len));
        }
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_new_bool(mp_seq_contains_obj(self->items, self->len, rhs));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t tuple_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // immutable
    }
    mp_obj_tuple_t *self = tuple_self(self_in);
    if (mp_obj_is_small_int(index)) {
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += self->len;
        }
        if (i < 0 || (size_t)i >= self->len) {
            mp_raise_IndexError(MP_ERROR_TEXT("tuple index out of range"));
        }
        return self->items[i];
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t s;
        if (mp_seq_get_fast_slice_indexes(self->len, index, &s)) {
            if (s.start == 0 && (size_t)s.stop == self->len && mp_obj_is_type(self_in, &mp_type_tuple)) {
                return self_in;
            }
            return mp_obj_new_tuple(s.stop - s.start, self->items + s.start);
        }
        mp_obj_t list = mp_seq_extract_slice(self->len, self->items, &s);
        mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
        return mp_obj_new_tuple(l->len, l->items);
    }
    return self->items[mp_seq_get_item_index(MP_QSTR_tuple, self->len, index)];
}

// Iteration over a tuple.
typedef struct _mp_obj_tuple_it_t {
    mp_obj_base_t base;
    mp_obj_tuple_t *tuple;
    size_t cur;
} mp_obj_tuple_it_t;

static mp_obj_t tuple_it_iternext(mp_obj_t self_in) {
    mp_obj_tuple_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->cur < self->tuple->len) {
        return self->tuple->items[self->cur++];
    }
    return MP_OBJ_STOP_ITERATION;
}

// tuple_iterator.__length_hint__(): the items left.
static mp_obj_t tuple_it_length_hint(mp_obj_t self_in) {
    mp_obj_tuple_it_t *self = MP_OBJ_TO_PTR(self_in);
    size_t len = self->tuple->len; // (__setstate__ may have set cur past it)
    return MP_OBJ_NEW_SMALL_INT(self->cur < len ? len - self->cur : 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(tuple_it_length_hint_obj, tuple_it_length_hint);

static const mp_rom_map_elem_t tuple_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&tuple_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&mp_seq_it_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&mp_seq_it_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(tuple_it_locals_dict, tuple_it_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_tuple_it, MP_QSTR_tuple_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, tuple_it_iternext,
    locals_dict, (mp_obj_dict_t *)&tuple_it_locals_dict
    );

static mp_obj_t tuple_getiter(mp_obj_t self_in) {
    mp_obj_tuple_it_t *it = m_new_obj(mp_obj_tuple_it_t);
    it->base.type = &mp_type_tuple_it;
    it->tuple = tuple_self(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

// tuple.count(value)
static mp_obj_t tuple_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_tuple_t *self = tuple_self(self_in);
    return mp_seq_count_obj(self->items, self->len, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(tuple_count_obj, tuple_count);

// tuple.index(value[, start[, stop]])
static mp_obj_t tuple_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_tuple_t *self = tuple_self(args[0]);
    mp_obj_t a[4] = { MP_OBJ_FROM_PTR(self), args[1], n_args > 2 ? args[2] : MP_OBJ_NULL, n_args > 3 ? args[3] : MP_OBJ_NULL };
    return mp_seq_index_obj(self->items, self->len, n_args, a);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(tuple_index_obj, 2, 4, tuple_index);

static const mp_rom_map_elem_t tuple_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&tuple_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&tuple_index_obj) },
};
static MP_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_tuple, MP_QSTR_tuple, MP_TYPE_FLAG_BASETYPE,
    print, tuple_print,
    make_new, tuple_make_new,
    unary_op, tuple_unary_op,
    binary_op, mp_obj_tuple_binary_op,
    subscr, tuple_subscr,
    getiter, tuple_getiter,
    locals_dict, (mp_obj_dict_t *)&tuple_locals_dict
    );
