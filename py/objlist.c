// The list type: a growable array of objects with the full list API, slice
// get/set/delete, comparisons, and the stable sort shared with sorted().
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

// Every list owns an item array of `alloc` slots, the first `len` in use;
// slots past len are kept NULL so the collector frees what they held.
// Appends grow the array 2x (amortised O(1)); pops shrink it when it falls
// below a quarter full.
#define LIST_MIN_ALLOC (4)

mp_obj_t mp_obj_new_list(size_t n, mp_obj_t *items) {
    mp_obj_list_t *o = m_new_obj(mp_obj_list_t);
    o->base.type = &mp_type_list;
    o->alloc = n < LIST_MIN_ALLOC ? LIST_MIN_ALLOC : n;
    o->len = n;
    o->items = m_new0(mp_obj_t, o->alloc);
    if (items != NULL && n != 0) {
        memcpy(o->items, items, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(o);
}

// The list behind o: o itself or the native part of a list subclass
// instance; NULL if o is not a list.
static inline mp_obj_list_t *list_cast(mp_obj_t o) {
    return mp_seq_cast_native(o, &mp_type_list);
}

static inline mp_obj_list_t *list_self(mp_obj_t o) {
    return mp_seq_self_native(o, &mp_type_list);
}

void mp_obj_list_get(mp_obj_t self_in, size_t *len, mp_obj_t **items) {
    mp_obj_list_t *self = list_self(self_in);
    *len = self->len;
    *items = self->items;
}

// Make room for at least `need` items.
static void list_reserve(mp_obj_list_t *self, size_t need) {
    if (need <= self->alloc) {
        return;
    }
    size_t alloc = self->alloc * 2;
    if (alloc < need) {
        alloc = need;
    }
    if (alloc < LIST_MIN_ALLOC) {
        alloc = LIST_MIN_ALLOC;
    }
    self->items = m_realloc(self->items, m_size_mul(alloc, sizeof(mp_obj_t)));
    memset(self->items + self->alloc, 0, (alloc - self->alloc) * sizeof(mp_obj_t));
    self->alloc = alloc;
}

// Set the length to len <= current length, clearing vacated slots and
// giving memory back when the array is mostly empty.
static void list_truncate(mp_obj_list_t *self, size_t len) {
    memset(self->items + len, 0, (self->len - len) * sizeof(mp_obj_t));
    self->len = len;
    if (self->alloc > 16 && len < self->alloc / 4) {
        size_t alloc = self->alloc / 2;
        self->items = m_renew(mp_obj_t, self->items, self->alloc, alloc);
        self->alloc = alloc;
    }
}

void mp_obj_list_set_len(mp_obj_t self_in, size_t len) {
    mp_obj_list_t *self = list_self(self_in);
    if (len > self->len) {
        list_reserve(self, len);
        self->len = len;
    } else {
        list_truncate(self, len);
    }
}

mp_obj_t mp_obj_list_append(mp_obj_t self_in, mp_obj_t arg) {
    mp_obj_list_t *self = list_self(self_in);
    if (self->len >= self->alloc) {
        list_reserve(self, self->len + 1);
    }
    self->items[self->len++] = arg;
    return mp_const_none;
}

// A size hint is only trusted this far: the list grows past it as needed.
#define LIST_HINT_MAX (4096)

// The size a user iterable announces, as CPython's list() asks it: __len__,
// else __length_hint__ looked up on the type (NotImplemented: none). Errors
// propagate; built-in iterables are not asked (they are cheap to grow).
// CPython asks after iter(): a bad __iter__ is reported first.
MP_COLD size_t mp_obj_list_length_hint(mp_obj_t iterable) {
    if (!mp_obj_is_obj(iterable) || !mp_obj_is_instance_type(mp_obj_get_type(iterable))) {
        return 0;
    }
    const mp_obj_type_t *type = mp_obj_get_type(iterable);
    const mp_obj_type_t *owner;
    mp_obj_t res = MP_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (mp_obj_type_mro_find(type, MP_QSTR___len__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL,
            MP_OBJ_NULL, &owner) != MP_OBJ_NULL) {
            res = mp_obj_len(iterable);
        }
        nlr_pop();
    } else if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
        nlr_jump(nlr.ret_val);
    }
    // (A TypeError from __len__ or __length_hint__ only means "no hint".)
    if (res != MP_OBJ_NULL) {
        return mp_obj_is_small_int(res) ? (size_t)MP_OBJ_SMALL_INT_VALUE(res) : LIST_HINT_MAX;
    }
    mp_obj_t fn = mp_obj_type_mro_find(type, MP_QSTR___length_hint__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL,
        MP_OBJ_NULL, &owner);
    if (fn == MP_OBJ_NULL || !mp_obj_is_instance_type(owner)) {
        return 0;
    }
    if (nlr_push(&nlr) == 0) {
        res = mp_obj_type_call_member(iterable, owner, fn, 0, NULL);
        nlr_pop();
    } else if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
        nlr_jump(nlr.ret_val);
    }
    if (res == MP_OBJ_NULL || res == mp_const_notimplemented) {
        return 0;
    }
    if (!mp_obj_is_instance_of(res, &mp_type_int)) {
        mp_raise_TypeError_obj_unsupported(
            res, MP_ERROR_TEXT("__length_hint__ must be an integer, not %s"));
    }
    // OverflowError past a word, as CPython
    mp_int_t hint = mp_obj_get_int(mp_seq_index_as_int(res));
    if (hint < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("__length_hint__() should return >= 0"));
    }
    return (size_t)hint;
}

static void list_extend_from(mp_obj_list_t *self, mp_obj_t iterable) {
    if (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *src;
        mp_obj_get_array(iterable, &n, &src);
        if (n == 0) {
            return;
        }
        list_reserve(self, m_size_add(self->len, n));
        // Re-fetch: if iterable is self its array may just have moved.
        mp_obj_get_array(iterable, &n, &src);
        memcpy(self->items + self->len, src, n * sizeof(mp_obj_t));
        self->len += n;
        return;
    }
    mp_obj_t iter = mp_getiter(iterable);
    size_t hint = mp_obj_list_length_hint(iterable);
    if (hint > 0) {
        list_reserve(self, m_size_add(self->len, hint < LIST_HINT_MAX ? hint : LIST_HINT_MAX));
    }
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (self->len >= self->alloc) {
            list_reserve(self, self->len + 1);
        }
        self->items[self->len++] = item;
    }
}

MP_COLD static void list_print_items(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_list_t *o = list_self(o_in);
    mp_print_str(print, "[");
    // len and items are re-read: an element's __repr__ may change the list.
    for (size_t i = 0; i < o->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, o->items[i], PRINT_REPR);
    }
    mp_print_str(print, "]");
}

MP_COLD static void list_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    if (list_self(o_in)->len == 0) {
        mp_print_str(print, "[]");
    } else if (!mp_seq_print_guarded(print, o_in, kind, list_print_items)) {
        mp_print_str(print, "[...]");
    }
}

MP_COLD static mp_obj_t list_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (type != &mp_type_list) {
        // A subclass: as in CPython, list.__new__ ignores the arguments and
        // __init__ (list.__init__ unless overridden) fills the list.
        return mp_obj_new_list(0, NULL);
    }
    mp_arg_check_named(MP_QSTR_list, n_args, n_kw, 0, 1, false);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    if (n_args == 1) {
        list_extend_from(MP_OBJ_TO_PTR(list), args[0]);
    }
    return list;
}

static mp_obj_t list_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_list_t *self = list_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->len);
        case MP_UNARY_OP_HASH:
            mp_raise_TypeError(MP_ERROR_TEXT("unhashable type: 'list'"));
        default:
            return MP_OBJ_NULL;
    }
}

static bool cmp_lengths(mp_binary_op_t op, size_t la, size_t lb) {
    return mp_cmp_result(op, (la > lb) - (la < lb));
}

// Lexicographic comparison; the arrays are re-read after every __eq__,
// which may change either list.
static bool list_cmp(mp_binary_op_t op, mp_obj_list_t *a, mp_obj_list_t *b) {
    if (a->len != b->len && (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)) {
        return op == MP_BINARY_OP_NOT_EQUAL;
    }
    size_t i = 0;
    mp_obj_t x = MP_OBJ_NULL, y = MP_OBJ_NULL;
    // Items may be nested lists: count the depth (undone by the VM on a raise).
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded in comparison"));
    for (; i < a->len && i < b->len; i++) {
        x = a->items[i];
        y = b->items[i];
        if (x != y && !mp_obj_equal(x, y)) {
            break;
        }
    }
    bool res;
    if (i >= a->len || i >= b->len) {
        res = cmp_lengths(op, a->len, b->len);
    } else if (op == MP_BINARY_OP_EQUAL) {
        res = false;
    } else if (op == MP_BINARY_OP_NOT_EQUAL) {
        res = true;
    } else {
        res = mp_obj_is_true(mp_binary_op(op, x, y));
    }
    MP_STATE_THREAD(recursion_depth)--;
    return res;
}

static mp_obj_t list_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_list_t *self = list_self(lhs);
    switch (op) {
        case MP_BINARY_OP_ADD: {
            mp_obj_list_t *other = list_cast(rhs);
            if (other == NULL) {
                return mp_seq_unsupported_operand(op, MP_QSTR_list, lhs, rhs);
            }
            size_t n = m_size_add(self->len, other->len);
            mp_obj_list_t *res = MP_OBJ_TO_PTR(mp_obj_new_list(n, NULL));
            memcpy(res->items, self->items, self->len * sizeof(mp_obj_t));
            memcpy(res->items + self->len, other->items, other->len * sizeof(mp_obj_t));
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_INPLACE_ADD:
            list_extend_from(self, rhs);
            return lhs;
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            size_t n;
            if (!mp_seq_repeat_count(rhs, &n)) {
                return mp_seq_unsupported_operand(op, MP_QSTR_list, lhs, rhs);
            }
            size_t total = m_size_mul(self->len, n);
            mp_obj_list_t *res = MP_OBJ_TO_PTR(mp_obj_new_list(total, NULL));
            if (total != 0) {
                mp_seq_multiply(self->items, sizeof(mp_obj_t), self->len, n, res->items);
            }
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            size_t n;
            if (!mp_seq_repeat_count(rhs, &n)) {
                return mp_seq_unsupported_operand(op, MP_QSTR_list, lhs, rhs);
            }
            size_t len = self->len;
            if (n == 0 || len == 0) {
                list_truncate(self, 0);
                return lhs;
            }
            list_reserve(self, m_size_mul(len, n));
            for (size_t k = 1; k < n; k++) {
                memcpy(self->items + k * len, self->items, len * sizeof(mp_obj_t));
            }
            self->len = len * n;
            return lhs;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_list_t *other = list_cast(rhs);
            if (other == NULL) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(list_cmp(op, self, other));
        }
        case MP_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < self->len; i++) {
                mp_obj_t x = self->items[i];
                if (x == rhs || mp_obj_equal(x, rhs)) {
                    return mp_const_true;
                }
            }
            return mp_const_false;
        default:
            return MP_OBJ_NULL;
    }
}

// The items of an iterable as an array that stays valid while self changes:
// a copy if it is self or not a list/tuple.
static mp_obj_t *list_items_of(mp_obj_list_t *self, mp_obj_t value, size_t *n, bool extended) {
    if (mp_obj_is_type(value, &mp_type_tuple) || (mp_obj_is_type(value, &mp_type_list) && MP_OBJ_TO_PTR(value) != self)) {
        mp_obj_t *items;
        mp_obj_get_array(value, n, &items);
        return items;
    }
    mp_obj_t iter = mp_seq_getiter_maybe(value);
    if (iter == MP_OBJ_NULL) {
        mp_raise_TypeError(extended ? MP_ERROR_TEXT("must assign iterable to extended slice")
            : MP_ERROR_TEXT("can only assign an iterable"));
    }
    mp_obj_list_t *tmp = MP_OBJ_TO_PTR(mp_obj_new_list(0, NULL));
    list_extend_from(tmp, iter);
    *n = tmp->len;
    return tmp->items;
}

// Replace items [start, stop) (start <= stop) by n new items.
static void list_replace_range(mp_obj_list_t *self, size_t start, size_t stop, const mp_obj_t *src, size_t n) {
    size_t old_n = stop - start;
    size_t len = self->len;
    if (n > old_n) {
        list_reserve(self, m_size_add(len, n - old_n));
    }
    memmove(self->items + start + n, self->items + stop, (len - stop) * sizeof(mp_obj_t));
    if (n != 0) {
        memcpy(self->items + start, src, n * sizeof(mp_obj_t));
    }
    size_t new_len = len - old_n + n;
    if (new_len < len) {
        self->len = len;
        list_truncate(self, new_len);
    } else {
        self->len = new_len;
    }
}

static mp_obj_t list_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_list_t *self = list_self(self_in);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t s;
        // A bound's __index__ may resize the list: the live variant reads
        // the length after converting the bounds.
        bool fast = mp_seq_get_fast_slice_indexes_live(&self->len, index, &s);
        if (value == MP_OBJ_SENTINEL) {
            if (fast) {
                return mp_obj_new_list(s.stop - s.start, self->items + s.start);
            }
            return mp_seq_extract_slice(self->len, self->items, &s);
        }
        if (fast) {
            size_t n = 0;
            mp_obj_t *src = NULL;
            if (value != MP_OBJ_NULL) {
                src = list_items_of(self, value, &n, false);
                // Converting value may have run code that shrank the list:
                // clamp to its length now (as CPython does).
                if ((size_t)s.stop > self->len) {
                    s.stop = self->len;
                }
                if (s.start > s.stop) {
                    s.start = s.stop;
                }
            }
            list_replace_range(self, s.start, s.stop, src, n);
            return mp_const_none;
        }
        size_t count = s.step > 0
            ? (s.stop > s.start ? (size_t)((s.stop - s.start - 1) / s.step + 1) : 0)
            : (s.start > s.stop ? (size_t)((s.start - s.stop - 1) / -s.step + 1) : 0);
        if (value == MP_OBJ_NULL) {
            if (count == 0) {
                return mp_const_none;
            }
            // Walk upwards so each kept item moves once.
            mp_int_t first = s.step > 0 ? s.start : s.start + (mp_int_t)(count - 1) * s.step;
            mp_int_t step = s.step > 0 ? s.step : -s.step;
            size_t dst = first, next_del = first, removed = 0;
            for (size_t src = first; src < self->len; src++) {
                if (src == next_del && removed < count) {
                    removed++;
                    next_del += step;
                    continue;
                }
                self->items[dst++] = self->items[src];
            }
            list_truncate(self, dst);
            return mp_const_none;
        }
        size_t n;
        mp_obj_t *src = list_items_of(self, value, &n, true);
        if (n != count) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("attempt to assign sequence of size %u to extended slice of size %u"),
                (unsigned)n, (unsigned)count);
        }
        mp_int_t i = s.start;
        for (size_t k = 0; k < n && (size_t)i < self->len; k++, i += s.step) {
            self->items[i] = src[k];
        }
        return mp_const_none;
    }
    mp_int_t v;
    if (mp_obj_is_small_int(index)) {
        v = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (!mp_seq_index_value(index, &v)) {
        mp_raise_TypeError_obj_unsupported(
            index, MP_ERROR_TEXT("list indices must be integers or slices, not %s"));
    }
    if (v < 0) {
        v += self->len;
    }
    if (v < 0 || (size_t)v >= self->len) {
        mp_raise_IndexError(value == MP_OBJ_SENTINEL ? MP_ERROR_TEXT("list index out of range")
            : MP_ERROR_TEXT("list assignment index out of range"));
    }
    size_t i = v;
    if (value == MP_OBJ_SENTINEL) {
        return self->items[i];
    }
    if (value == MP_OBJ_NULL) {
        memmove(self->items + i, self->items + i + 1, (self->len - i - 1) * sizeof(mp_obj_t));
        list_truncate(self, self->len - 1);
        return mp_const_none;
    }
    self->items[i] = value;
    return mp_const_none;
}

void mp_obj_list_store(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    list_subscr(self_in, index, value);
}

// Iteration: the length is checked at each step, so a list may grow or
// shrink while it is iterated, as in CPython.
typedef struct _mp_obj_list_it_t {
    mp_obj_base_t base;
    mp_obj_list_t *list;
    size_t cur;
} mp_obj_list_it_t;

static mp_obj_t list_it_iternext(mp_obj_t self_in) {
    mp_obj_list_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->cur < self->list->len) {
        return self->list->items[self->cur++];
    }
    self->cur = SIZE_MAX; // exhausted for good, even if the list grows later
    return MP_OBJ_STOP_ITERATION;
}

// list_iterator.__length_hint__(): the items left (0 once exhausted).
static mp_obj_t list_it_length_hint(mp_obj_t self_in) {
    mp_obj_list_it_t *self = MP_OBJ_TO_PTR(self_in);
    size_t len = self->list->len;
    return MP_OBJ_NEW_SMALL_INT(self->cur < len ? len - self->cur : 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_it_length_hint_obj, list_it_length_hint);

static const mp_rom_map_elem_t list_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&list_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&mp_seq_it_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&mp_seq_it_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(list_it_locals_dict, list_it_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_list_it, MP_QSTR_list_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, list_it_iternext,
    locals_dict, (mp_obj_dict_t *)&list_it_locals_dict
    );

MP_COLD static mp_obj_t list_getiter(mp_obj_t self_in) {
    mp_obj_list_it_t *it = m_new_obj(mp_obj_list_it_t);
    it->base.type = &mp_type_list_it;
    it->list = list_self(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Sorting: a stable natural merge sort (a simplified timsort). Runs that
// are already ascending (or strictly descending, then reversed) are found
// first, short ones are extended to SORT_MIN_RUN items by binary insertion,
// then neighbouring runs are merged pairwise until one remains. A merge
// skips the prefix of the left run and the suffix of the right run that are
// already in place, so sorted and nearly sorted input costs O(n).
//
// Only `<` is used, as in CPython. Keys that are all small ints, all strs or
// all floats are compared inline; anything else goes through the binary op.
// The sort works on copies: if a comparison or the key function raises, the
// items are left as they were.

#define SORT_MIN_RUN (32)

typedef bool (*sort_lt_t)(mp_obj_t a, mp_obj_t b);

typedef struct _sort_ctx_t {
    sort_lt_t lt;
    bool reverse;
    mp_obj_t *keys;
    mp_obj_t *vals; // NULL without a key function
    mp_obj_t *tmp_keys;
    mp_obj_t *tmp_vals;
} sort_ctx_t;

static bool lt_small_int(mp_obj_t a, mp_obj_t b) {
    // The tagged encoding preserves order.
    return (mp_int_t)a < (mp_int_t)b;
}

static bool lt_float(mp_obj_t a, mp_obj_t b) {
    return ((mp_obj_float_t *)MP_OBJ_TO_PTR(a))->value < ((mp_obj_float_t *)MP_OBJ_TO_PTR(b))->value;
}

static bool lt_str(mp_obj_t a, mp_obj_t b) {
    if (a == b) {
        return false;
    }
    GET_STR_DATA_LEN(a, da, la);
    GET_STR_DATA_LEN(b, db, lb);
    // UTF-8 byte order is code point order.
    int c = memcmp(da, db, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}

static bool lt_generic(mp_obj_t a, mp_obj_t b) {
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

static inline bool sort_less(const sort_ctx_t *c, mp_obj_t a, mp_obj_t b) {
    return c->reverse ? c->lt(b, a) : c->lt(a, b);
}

static inline void sort_swap(mp_obj_t *arr, size_t i, size_t j) {
    mp_obj_t t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
}

static void sort_reverse_range(sort_ctx_t *c, size_t lo, size_t hi) {
    while (hi > lo + 1) {
        hi--;
        sort_swap(c->keys, lo, hi);
        if (c->vals != NULL) {
            sort_swap(c->vals, lo, hi);
        }
        lo++;
    }
}

// [lo, start) is sorted: insert the items of [start, hi) into it.
static void sort_binary_insertion(sort_ctx_t *c, size_t lo, size_t start, size_t hi) {
    mp_obj_t *k = c->keys;
    for (size_t i = start; i < hi; i++) {
        mp_obj_t pivot = k[i];
        // First position whose key is greater than pivot (after equal ones).
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            if (sort_less(c, pivot, k[m])) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        memmove(k + l + 1, k + l, (i - l) * sizeof(mp_obj_t));
        k[l] = pivot;
        if (c->vals != NULL) {
            mp_obj_t v = c->vals[i];
            memmove(c->vals + l + 1, c->vals + l, (i - l) * sizeof(mp_obj_t));
            c->vals[l] = v;
        }
    }
}

// Length of the run starting at lo (reversing it if it descends).
static size_t sort_count_run(sort_ctx_t *c, size_t lo, size_t hi) {
    size_t i = lo + 1;
    if (i >= hi) {
        return 1;
    }
    mp_obj_t *k = c->keys;
    if (sort_less(c, k[i], k[lo])) {
        // Strictly descending only, so reversing keeps equal items in order.
        while (i + 1 < hi && sort_less(c, k[i + 1], k[i])) {
            i++;
        }
        sort_reverse_range(c, lo, i + 1);
    } else {
        while (i + 1 < hi && !sort_less(c, k[i + 1], k[i])) {
            i++;
        }
    }
    return i + 1 - lo;
}

// Merge the sorted runs [lo, mid) and [mid, hi).
static void sort_merge(sort_ctx_t *c, size_t lo, size_t mid, size_t hi) {
    mp_obj_t *k = c->keys;
    if (!sort_less(c, k[mid], k[mid - 1])) {
        return; // already in order
    }
    // Left items not greater than the first right item stay where they are.
    size_t l = lo, r = mid;
    while (l < r) {
        size_t m = l + (r - l) / 2;
        if (sort_less(c, k[mid], k[m])) {
            r = m;
        } else {
            l = m + 1;
        }
    }
    lo = l;
    // Right items not less than the last left item stay where they are.
    l = mid;
    r = hi;
    while (l < r) {
        size_t m = l + (r - l) / 2;
        if (sort_less(c, k[m], k[mid - 1])) {
            l = m + 1;
        } else {
            r = m;
        }
    }
    hi = l;

    size_t nl = mid - lo;
    memcpy(c->tmp_keys, k + lo, nl * sizeof(mp_obj_t));
    if (c->vals != NULL) {
        memcpy(c->tmp_vals, c->vals + lo, nl * sizeof(mp_obj_t));
    }
    size_t i = 0, j = mid, d = lo;
    while (i < nl && j < hi) {
        if (sort_less(c, k[j], c->tmp_keys[i])) {
            k[d] = k[j];
            if (c->vals != NULL) {
                c->vals[d] = c->vals[j];
            }
            j++;
        } else {
            k[d] = c->tmp_keys[i];
            if (c->vals != NULL) {
                c->vals[d] = c->tmp_vals[i];
            }
            i++;
        }
        d++;
    }
    memcpy(k + d, c->tmp_keys + i, (nl - i) * sizeof(mp_obj_t));
    if (c->vals != NULL) {
        memcpy(c->vals + d, c->tmp_vals + i, (nl - i) * sizeof(mp_obj_t));
    }
}

static sort_lt_t sort_pick_lt(const mp_obj_t *keys, size_t n) {
    bool all_int = true, all_str = true, all_float = true;
    for (size_t i = 0; i < n && (all_int || all_str || all_float); i++) {
        mp_obj_t o = keys[i];
        all_int = all_int && mp_obj_is_small_int(o);
        all_str = all_str && mp_obj_is_str(o);
        all_float = all_float && mp_obj_is_float(o);
    }
    return all_int ? lt_small_int : all_str ? lt_str : all_float ? lt_float : lt_generic;
}

// Sort a copy of items[0..n); returns the sorted copy.
static mp_obj_t *sort_copy(const mp_obj_t *items, size_t n, mp_obj_t key_fn, bool reverse) {
    sort_ctx_t c;
    c.reverse = reverse;
    c.vals = NULL;
    c.tmp_vals = NULL;
    c.keys = m_new(mp_obj_t, n);
    if (key_fn == mp_const_none || key_fn == MP_OBJ_NULL) {
        memcpy(c.keys, items, n * sizeof(mp_obj_t));
    } else {
        c.vals = m_new(mp_obj_t, n);
        memcpy(c.vals, items, n * sizeof(mp_obj_t));
        for (size_t i = 0; i < n; i++) {
            c.keys[i] = mp_call_function_1(key_fn, c.vals[i]);
        }
    }
    if (n < 2) {
        return c.vals != NULL ? c.vals : c.keys;
    }
    c.lt = sort_pick_lt(c.keys, n);
    c.tmp_keys = m_new(mp_obj_t, n / 2 + 1);
    if (c.vals != NULL) {
        c.tmp_vals = m_new(mp_obj_t, n / 2 + 1);
    }

    // Cut into runs; bounds[r] is where run r starts, bounds[nruns] == n.
    size_t max_runs = n / SORT_MIN_RUN + 2;
    size_t *bounds = m_new_atomic(size_t, max_runs + 1);
    size_t nruns = 0;
    for (size_t lo = 0; lo < n;) {
        size_t run = sort_count_run(&c, lo, n);
        if (run < SORT_MIN_RUN) {
            size_t end = lo + SORT_MIN_RUN < n ? lo + SORT_MIN_RUN : n;
            sort_binary_insertion(&c, lo, lo + run, end);
            run = end - lo;
        }
        bounds[nruns++] = lo;
        lo += run;
    }
    bounds[nruns] = n;
    // The merge buffer holds the left run of a merge: runs can be longer
    // than n / 2 before the final merges, so size it to the longest left.
    size_t tmp_len = n / 2 + 1;
    while (nruns > 1) {
        size_t out = 0;
        for (size_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns) {
                size_t left = bounds[r + 1] - bounds[r];
                if (left > tmp_len) {
                    c.tmp_keys = m_renew(mp_obj_t, c.tmp_keys, tmp_len, left);
                    if (c.vals != NULL) {
                        c.tmp_vals = m_renew(mp_obj_t, c.tmp_vals, tmp_len, left);
                    }
                    tmp_len = left;
                }
                sort_merge(&c, bounds[r], bounds[r + 1], bounds[r + 2]);
            }
            bounds[out++] = bounds[r];
        }
        bounds[out] = n;
        nruns = out;
    }
    m_del(size_t, bounds, max_runs + 1);
    m_del(mp_obj_t, c.tmp_keys, tmp_len);
    if (c.vals != NULL) {
        m_del(mp_obj_t, c.tmp_vals, tmp_len);
        m_del(mp_obj_t, c.keys, n);
        return c.vals;
    }
    return c.keys;
}

void mp_obj_list_sort_items(mp_obj_t *items, size_t len, mp_obj_t key_fn, bool reverse) {
    if (len == 0 || (len == 1 && (key_fn == mp_const_none || key_fn == MP_OBJ_NULL))) {
        return;
    }
    mp_obj_t *sorted = sort_copy(items, len, key_fn, reverse);
    memcpy(items, sorted, len * sizeof(mp_obj_t));
    m_del(mp_obj_t, sorted, len);
}

// list.sort(*, key=None, reverse=False)
mp_obj_t mp_obj_list_sort(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    enum { ARG_key, ARG_reverse };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_key, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_reverse, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_FALSE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_sort, n_args - 1, args + 1, kwargs, MP_ARRAY_SIZE(allowed), allowed, vals);
    // reverse is a C int flag (CPython's "i" converter): None, 1.5 or 2**70
    // is refused.
    vals[ARG_reverse].u_bool = mp_obj_get_c_int(vals[ARG_reverse].u_obj) != 0;
    mp_obj_list_t *self = list_self(args[0]);
    size_t len = self->len;
    if (len == 0 || (len == 1 && vals[ARG_key].u_obj == mp_const_none)) {
        return mp_const_none;
    }
    // As in CPython, the list is empty while it is sorted: what key
    // functions and comparisons do to it is detected and discarded.
    mp_obj_t *items = self->items;
    size_t alloc = self->alloc;
    // alloc 0: the first append must grow the array, so that append-then-pop
    // is seen as a change too.
    mp_obj_t *placeholder = m_new0(mp_obj_t, LIST_MIN_ALLOC);
    self->items = placeholder;
    self->alloc = 0;
    self->len = 0;
    mp_obj_t *sorted = NULL;
    nlr_buf_t nlr;
    // A cleanup boundary: the items must go back even if sorting raises.
    if (nlr_push(&nlr) == 0) {
        sorted = sort_copy(items, len, vals[ARG_key].u_obj, vals[ARG_reverse].u_bool);
        nlr_pop();
    }
    bool modified = self->items != placeholder || self->len != 0 || self->alloc != 0;
    self->items = items;
    self->alloc = alloc;
    self->len = len;
    if (sorted == NULL) {
        nlr_jump(nlr.ret_val);
    }
    memcpy(items, sorted, len * sizeof(mp_obj_t));
    m_del(mp_obj_t, sorted, len);
    if (modified) {
        mp_raise_ValueError(MP_ERROR_TEXT("list modified during sort"));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(list_sort_obj, 1, mp_obj_list_sort);

// ---------------------------------------------------------------------------
// Methods.

// list.append(x)
static MP_DEFINE_CONST_FUN_OBJ_2(list_append_obj, mp_obj_list_append);

// list.extend(iterable)
static mp_obj_t list_extend(mp_obj_t self_in, mp_obj_t iterable) {
    list_extend_from(list_self(self_in), iterable);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_extend_obj, list_extend);

// list.pop([index])
static mp_obj_t list_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_list_t *self = list_self(args[0]);
    // The index is converted before the list is found empty (as CPython).
    mp_int_t idx = -1;
    if (n_args == 2) {
        idx = mp_obj_get_int(mp_seq_index_as_int_raise(args[1]));
    }
    if (self->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop from empty list"));
    }
    if (idx < 0) {
        idx += self->len;
    }
    if (idx < 0 || (size_t)idx >= self->len) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop index out of range"));
    }
    size_t i = idx;
    mp_obj_t item = self->items[i];
    memmove(self->items + i, self->items + i + 1, (self->len - i - 1) * sizeof(mp_obj_t));
    list_truncate(self, self->len - 1);
    return item;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(list_pop_obj, 1, 2, list_pop);

// list.insert(index, x)
MP_COLD static mp_obj_t list_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_list_t *self = list_self(self_in);
    mp_obj_t v = mp_seq_index_as_int_raise(index);
    if (!mp_obj_is_small_int(v)) {
        mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    size_t i = mp_seq_clamp_bound(v, self->len);
    list_reserve(self, self->len + 1);
    memmove(self->items + i + 1, self->items + i, (self->len - i) * sizeof(mp_obj_t));
    self->items[i] = value;
    self->len++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(list_insert_obj, list_insert);

// list.remove(x)
MP_COLD mp_obj_t mp_obj_list_remove(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_list_t *self = list_self(self_in);
    for (size_t i = 0; i < self->len; i++) {
        mp_obj_t x = self->items[i];
        if (x == value || mp_obj_equal(x, value)) {
            if (i < self->len) {
                memmove(self->items + i, self->items + i + 1, (self->len - i - 1) * sizeof(mp_obj_t));
                list_truncate(self, self->len - 1);
            }
            return mp_const_none;
        }
    }
    mp_raise_ValueError(MP_ERROR_TEXT("list.remove(x): x not in list"));
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_remove_obj, mp_obj_list_remove);

// list.index(x[, start[, stop]])
static MP_COLD mp_obj_t list_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_list_t *self = list_self(args[0]);
    // Without a stop the search runs to the end even if an __eq__ makes
    // the list grow meanwhile (as CPython). The bounds' __index__ run before
    // the length is read: they may resize the list (a start past the old end
    // would otherwise be clamped to it, and the search might never end).
    mp_obj_t b[2] = { MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0) };
    for (size_t k = 2; k < n_args; k++) {
        mp_obj_t v = mp_seq_index_as_int(args[k]);
        b[k - 2] = v != MP_OBJ_NULL ? v : args[k]; // (not an index: TypeError below)
    }
    size_t start = mp_seq_clamp_bound(b[0], self->len);
    size_t stop = n_args >= 4 ? mp_seq_clamp_bound(b[1], self->len) : SIZE_MAX;
    for (size_t i = start; i < stop && i < self->len; i++) {
        mp_obj_t x = self->items[i];
        if (x == args[1] || mp_obj_equal(x, args[1])) {
            return MP_OBJ_NEW_SMALL_INT(i);
        }
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("%r is not in list"), args[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(list_index_obj, 2, 4, list_index);

// list.count(x)
static MP_COLD mp_obj_t list_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_list_t *self = list_self(self_in);
    size_t n = 0;
    for (size_t i = 0; i < self->len; i++) {
        mp_obj_t x = self->items[i];
        if (x == value || mp_obj_equal(x, value)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(list_count_obj, list_count);

// list.reverse()
static MP_COLD mp_obj_t list_reverse(mp_obj_t self_in) {
    mp_obj_list_t *self = list_self(self_in);
    for (size_t i = 0, j = self->len; j > i + 1; i++) {
        j--;
        sort_swap(self->items, i, j);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_reverse_obj, list_reverse);

// list.copy()
MP_COLD static mp_obj_t list_copy(mp_obj_t self_in) {
    mp_obj_list_t *self = list_self(self_in);
    return mp_obj_new_list(self->len, self->items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_copy_obj, list_copy);

// list.clear()
MP_COLD static mp_obj_t list_clear(mp_obj_t self_in) {
    mp_obj_list_t *self = list_self(self_in);
    if (self->len == 0) {
        // Nothing to drop; also, clearing the list being sorted (which looks
        // empty) does not count as modifying it, as in CPython.
        return mp_const_none;
    }
    mp_obj_t *old = self->items;
    size_t old_alloc = self->alloc;
    self->items = m_new0(mp_obj_t, LIST_MIN_ALLOC);
    self->alloc = LIST_MIN_ALLOC;
    self->len = 0;
    m_del(mp_obj_t, old, old_alloc);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(list_clear_obj, list_clear);

// list.__init__(iterable=(), /): empties the list, then fills it again.
MP_COLD static mp_obj_t list___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_arg_check_named(MP_QSTR_list, n_args - 1, kw_args == NULL ? 0 : kw_args->used, 0, 1, false);
    list_clear(args[0]);
    if (n_args == 2) {
        list_extend_from(list_self(args[0]), args[1]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(list___init___obj, 1, list___init__);

// list.__reversed__()
static mp_obj_t list___reversed__(mp_obj_t self_in) {
    list_self(self_in);
    return mp_seq_reversed_iter(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(list___reversed___obj, list___reversed__);

// Most used first: ROM tables are scanned linearly.
static const mp_rom_map_elem_t list_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&list_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&list_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&list_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&list_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_sort), MP_ROM_PTR(&list_sort_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&list_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&list_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&list_count_obj) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&list___init___obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&list_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&list_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&list_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&list___reversed___obj) },
};
static MP_DEFINE_CONST_DICT(list_locals_dict, list_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_list, MP_QSTR_list, MP_TYPE_FLAG_BASETYPE,
    print, list_print,
    make_new, list_make_new,
    unary_op, list_unary_op,
    binary_op, list_binary_op,
    subscr, list_subscr,
    getiter, list_getiter,
    locals_dict, (mp_obj_dict_t *)&list_locals_dict
    );
