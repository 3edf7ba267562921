// collections.deque: a double-ended queue on a growable ring buffer, with
// CPython's API (append/appendleft, pop/popleft, extend/extendleft, rotate,
// insert, remove, index, count, reverse, copy, clear, maxlen, indexing,
// iteration, comparisons, + * and in) and MicroPython's constructor form
// deque(iterable, maxlen[, flags]) where flags bit 0 makes appending to a
// full deque raise IndexError instead of dropping from the other end.
#include "py/mpconfig.h"

#include "extmod/modcollections.h"

#if MICROPY_PY_COLLECTIONS

#include <stdint.h>
#include <string.h>

#include "py/runtime.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

// Representation: `alloc` slots in `items` (a GC array), the first element
// at `head`, `len` elements wrapping around the end. `maxlen` is
// DEQUE_UNBOUNDED or the bound. `state` changes on every mutation so that
// iterators notice them.
#define DEQUE_UNBOUNDED ((size_t)-1)
#define DEQUE_FLAG_CHECK_OVERFLOW (1)

typedef struct _mp_obj_deque_t {
    mp_obj_base_t base;
    mp_obj_t *items;
    size_t alloc;
    size_t head;
    size_t len;
    size_t maxlen;
    size_t state;
    int flags;
} mp_obj_deque_t;

static mp_obj_deque_t *deque_get(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_deque));
    if (!mp_obj_is_type(native, &mp_type_deque)) {
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("descriptor requires a 'collections.deque' object but received a '%s'"));
    }
    return MP_OBJ_TO_PTR(native);
}

static inline mp_obj_t *deque_slot(mp_obj_deque_t *d, size_t i) {
    size_t pos = d->head + i;
    if (pos >= d->alloc) {
        pos -= d->alloc;
    }
    return &d->items[pos];
}

static void deque_grow(mp_obj_deque_t *d) {
    if (d->len < d->alloc) {
        return;
    }
    size_t new_alloc = d->alloc == 0 ? 8 : m_size_mul(d->alloc, 2);
    mp_obj_t *items = m_new(mp_obj_t, new_alloc);
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *deque_slot(d, i);
    }
    d->items = items;
    d->alloc = new_alloc;
    d->head = 0;
}

static mp_obj_deque_t *deque_alloc(const mp_obj_type_t *type, size_t maxlen) {
    mp_obj_deque_t *d = m_new_obj(mp_obj_deque_t);
    d->base.type = type;
    d->items = NULL;
    d->alloc = 0;
    d->head = 0;
    d->len = 0;
    d->maxlen = maxlen;
    d->state = 0;
    d->flags = 0;
    return d;
}

static mp_obj_t deque_pop_right(mp_obj_deque_t *d) {
    if (d->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop from an empty deque"));
    }
    mp_obj_t *slot = deque_slot(d, d->len - 1);
    mp_obj_t v = *slot;
    *slot = MP_OBJ_NULL;
    d->len--;
    d->state++;
    return v;
}

static mp_obj_t deque_pop_left(mp_obj_deque_t *d) {
    if (d->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop from an empty deque"));
    }
    mp_obj_t v = d->items[d->head];
    d->items[d->head] = MP_OBJ_NULL;
    d->head = d->head + 1 == d->alloc ? 0 : d->head + 1;
    d->len--;
    d->state++;
    return v;
}

static void deque_check_full(mp_obj_deque_t *d) {
    if ((d->flags & DEQUE_FLAG_CHECK_OVERFLOW) && d->maxlen != DEQUE_UNBOUNDED &&
        d->len >= d->maxlen) {
        mp_raise_IndexError(MP_ERROR_TEXT("full"));
    }
}

static void deque_push_right(mp_obj_deque_t *d, mp_obj_t v) {
    if (d->maxlen == 0) {
        return;
    }
    deque_check_full(d);
    if (d->len == d->maxlen) {
        deque_pop_left(d);
    }
    deque_grow(d);
    *deque_slot(d, d->len) = v;
    d->len++;
    d->state++;
}

static void deque_push_left(mp_obj_deque_t *d, mp_obj_t v) {
    if (d->maxlen == 0) {
        return;
    }
    deque_check_full(d);
    if (d->len == d->maxlen) {
        deque_pop_right(d);
    }
    deque_grow(d);
    d->head = d->head == 0 ? d->alloc - 1 : d->head - 1;
    d->items[d->head] = v;
    d->len++;
    d->state++;
}

static void deque_extend_right(mp_obj_deque_t *d, mp_obj_t iterable) {
    // Extending a deque with itself iterates over a snapshot, as CPython.
    if (mp_obj_is_obj(iterable) &&
        MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(iterable, MP_OBJ_NULL)) == d) {
        iterable = mp_obj_new_list(0, NULL);
        for (size_t i = 0; i < d->len; i++) {
            mp_obj_list_append(iterable, *deque_slot(d, i));
        }
    }
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        deque_push_right(d, x);
    }
}

// The elements as a new C array (for comparisons and copies).
static mp_obj_t *deque_to_array(mp_obj_deque_t *d) {
    mp_obj_t *a = m_new(mp_obj_t, d->len == 0 ? 1 : d->len);
    for (size_t i = 0; i < d->len; i++) {
        a[i] = *deque_slot(d, i);
    }
    return a;
}

// The maxlen argument: None (unbounded) or an int >= 0.
static size_t deque_parse_maxlen(mp_obj_t m_obj) {
    if (m_obj == mp_const_none) {
        return DEQUE_UNBOUNDED;
    }
    if (!mp_obj_is_int(m_obj) && !mp_obj_is_bool(m_obj)) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    mp_int_t m = mp_obj_get_int(m_obj);
    if (m < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("maxlen must be non-negative"));
    }
    return (size_t)m;
}

static mp_obj_t deque_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_iterable, ARG_maxlen, ARG_flags };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_iterable, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_maxlen, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_flags, MP_ARG_INT, { .u_int = 0 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named_kw_array(MP_QSTR_deque, n_args, n_kw, args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_deque_t *d = deque_alloc(type, deque_parse_maxlen(vals[ARG_maxlen].u_obj));
    if (vals[ARG_iterable].u_obj != MP_OBJ_NULL) {
        deque_extend_right(d, vals[ARG_iterable].u_obj);
    }
    d->flags = (int)vals[ARG_flags].u_int;
    return MP_OBJ_FROM_PTR(d);
}

static void deque_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_deque_t *d = deque_get(self_in);
    mp_printf(print, "%q([", mp_obj_get_type(self_in)->name);
    for (size_t i = 0; i < d->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, *deque_slot(d, i), PRINT_REPR);
    }
    mp_print_str(print, "]");
    if (d->maxlen != DEQUE_UNBOUNDED) {
        mp_printf(print, ", maxlen=%zu", d->maxlen);
    }
    mp_print_str(print, ")");
}

static void deque_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    // A deque inside itself prints as [...], as CPython does.
    if (!mp_seq_print_guarded(print, self_in, kind, deque_print_body)) {
        mp_print_str(print, "[...]");
    }
}

static mp_obj_t deque_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_deque_t *d = deque_get(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(d->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(d->len);
        case MP_UNARY_OP_HASH:
            // (a Python subclass's instance gets its own name from mp_obj_hash)
            mp_raise_TypeError_varg(MP_ERROR_TEXT("unhashable type: '%s'"),
                mp_obj_type_tp_name(mp_obj_get_type(self_in)));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t deque_copy_obj_impl(mp_obj_deque_t *d) {
    mp_obj_deque_t *c = deque_alloc(d->base.type, d->maxlen);
    for (size_t i = 0; i < d->len; i++) {
        deque_push_right(c, *deque_slot(d, i));
    }
    c->flags = d->flags;
    return MP_OBJ_FROM_PTR(c);
}

// A copy of self_in (a deque or an instance of a Python subclass): a
// subclass makes its own copy, type(self)(self[, maxlen]), as CPython does,
// so its constructor runs and the result is of the subclass.
static mp_obj_t deque_copy_of(mp_obj_t self_in) {
    mp_obj_deque_t *d = deque_get(self_in);
    if (mp_obj_is_type(self_in, &mp_type_deque)) {
        return deque_copy_obj_impl(d);
    }
    mp_obj_t cls = MP_OBJ_FROM_PTR(mp_obj_get_type(self_in));
    if (d->maxlen == DEQUE_UNBOUNDED) {
        return mp_call_function_1(cls, self_in);
    }
    mp_obj_t args[3] = { self_in, MP_OBJ_NEW_QSTR(MP_QSTR_maxlen),
                         mp_obj_new_int_from_uint(d->maxlen) };
    return mp_call_function_n_kw(cls, 1, 1, args);
}

// After a comparison that may have run user code, as CPython checks.
static void deque_check_unchanged(mp_obj_deque_t *d, size_t state) {
    if (d->state != state) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("deque mutated during iteration"));
    }
}

static mp_obj_t deque_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_deque_t *d = deque_get(lhs_in);
    switch (op) {
        case MP_BINARY_OP_CONTAINS:
            // An __eq__ that appends would keep this loop going for ever.
            for (size_t i = 0; i < d->len; i++) {
                size_t state = d->state;
                if (mp_obj_equal(*deque_slot(d, i), rhs_in)) {
                    return mp_const_true;
                }
                deque_check_unchanged(d, state);
            }
            return mp_const_false;
        case MP_BINARY_OP_INPLACE_ADD:
            deque_extend_right(d, rhs_in);
            return lhs_in;
        case MP_BINARY_OP_ADD: {
            if (!mp_obj_is_instance_of(rhs_in, &mp_type_deque)) {
                return MP_OBJ_NULL;
            }
            mp_obj_t res = deque_copy_of(lhs_in);
            deque_extend_right(deque_get(res), rhs_in);
            return res;
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            // Any __index__ object counts, as for list.
            size_t n;
            if (!mp_seq_repeat_count(rhs_in, &n)) {
                return mp_seq_unsupported_operand(op, MP_QSTR_deque, lhs_in, rhs_in);
            }
            mp_obj_t res_obj = op == MP_BINARY_OP_INPLACE_MULTIPLY ? lhs_in : deque_copy_of(lhs_in);
            mp_obj_deque_t *res = deque_get(res_obj);
            mp_obj_t *snapshot = deque_to_array(d);
            size_t len = d->len;
            if (n == 0) {
                while (res->len > 0) {
                    deque_pop_right(res);
                }
            } else if (len > 0) {
                // As CPython: a total length past SSIZE_MAX is a MemoryError
                // even when a bound would keep only a few items.
                if (n > (size_t)PTRDIFF_MAX / len) {
                    mp_raise_type(&mp_type_MemoryError);
                }
                // With a bound only the last maxlen items stay, and the copies
                // repeat with period len: more than maxlen / len + 1 rounds
                // change nothing (and 2**62 rounds would never end).
                if (d->maxlen != DEQUE_UNBOUNDED && n > d->maxlen / len + 1) {
                    n = d->maxlen / len + 1;
                }
                for (size_t k = 1; k < n; k++) {
                    for (size_t i = 0; i < len; i++) {
                        deque_push_right(res, snapshot[i]);
                    }
                }
            }
            return res_obj;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            if (!mp_obj_is_instance_of(rhs_in, &mp_type_deque)) {
                return MP_OBJ_NULL;
            }
            mp_obj_deque_t *o = deque_get(rhs_in);
            bool r = mp_seq_cmp_objs(op == MP_BINARY_OP_NOT_EQUAL ? MP_BINARY_OP_EQUAL : op,
                deque_to_array(d), d->len, deque_to_array(o), o->len);
            return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL ? !r : r);
        }
        default:
            return MP_OBJ_NULL;
    }
}

// The position of an index argument (negative from the end).
static size_t deque_index(mp_obj_deque_t *d, mp_obj_t index) {
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_raise_TypeError(MP_ERROR_TEXT("sequence index must be integer, not 'slice'"));
    }
    mp_obj_t i_obj = mp_seq_index_as_int(index);
    if (i_obj == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            index, MP_ERROR_TEXT("sequence index must be integer, not '%s'"));
    }
    mp_int_t i;
    if (!mp_obj_get_int_maybe(i_obj, &i)) {
        mp_raise_IndexError(MP_ERROR_TEXT("deque index out of range"));
    }
    if (i < 0) {
        i += (mp_int_t)d->len;
    }
    if (i < 0 || (size_t)i >= d->len) {
        mp_raise_IndexError(MP_ERROR_TEXT("deque index out of range"));
    }
    return (size_t)i;
}

static void deque_delete_at(mp_obj_deque_t *d, size_t i) {
    for (size_t j = i; j + 1 < d->len; j++) {
        *deque_slot(d, j) = *deque_slot(d, j + 1);
    }
    *deque_slot(d, d->len - 1) = MP_OBJ_NULL;
    d->len--;
    d->state++;
}

static mp_obj_t deque_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_deque_t *d = deque_get(self_in);
    size_t i = deque_index(d, index);
    if (value == MP_OBJ_SENTINEL) {
        return *deque_slot(d, i);
    }
    if (value == MP_OBJ_NULL) {
        deque_delete_at(d, i);
    } else {
        *deque_slot(d, i) = value;
    }
    return mp_const_none;
}

// Iteration, checking that the deque is not changed meanwhile.
typedef struct _deque_it_t {
    mp_obj_base_t base;
    mp_obj_deque_t *deque;
    size_t index;
    size_t state;
    bool reverse;
} deque_it_t;

static mp_obj_t deque_it_iternext(mp_obj_t self_in) {
    deque_it_t *it = MP_OBJ_TO_PTR(self_in);
    mp_obj_deque_t *d = it->deque;
    if (it->state != d->state) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("deque mutated during iteration"));
    }
    if (it->index >= d->len) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t i = it->reverse ? d->len - 1 - it->index : it->index;
    it->index++;
    return *deque_slot(d, i);
}

static mp_obj_t deque_it_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);

static MP_DEFINE_CONST_OBJ_TYPE(
    deque_it_type, MP_QSTR__deque_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    make_new, deque_it_make_new,
    getiter, mp_obj_return_self,
    iternext, deque_it_iternext
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    deque_rit_type, MP_QSTR__deque_reverse_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    make_new, deque_it_make_new,
    getiter, mp_obj_return_self,
    iternext, deque_it_iternext
    );

static mp_obj_t deque_new_iter(mp_obj_t self_in, bool reverse) {
    mp_obj_deque_t *d = deque_get(self_in);
    deque_it_t *it = m_new_obj(deque_it_t);
    it->base.type = reverse ? &deque_rit_type : &deque_it_type;
    it->deque = d;
    it->index = 0;
    it->state = d->state;
    it->reverse = reverse;
    return MP_OBJ_FROM_PTR(it);
}

// _deque_iterator(d, index=0) and _deque_reverse_iterator(d, index=0): an
// iterator that has already skipped index items (a negative index skips none)
static mp_obj_t deque_it_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    deque_it_t *it = MP_OBJ_TO_PTR(deque_new_iter(args[0], type == &deque_rit_type));
    if (n_args > 1) {
        mp_int_t skip = mp_obj_get_int(args[1]);
        it->index = skip > 0 ? (size_t)skip : 0;
    }
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t deque_getiter(mp_obj_t self_in) {
    return deque_new_iter(self_in, false);
}

static void deque_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_maxlen) {
        mp_obj_deque_t *d = deque_get(self_in);
        dest[0] =
            d->maxlen == DEQUE_UNBOUNDED ? mp_const_none : mp_obj_new_int_from_uint(d->maxlen);
    }
}

// ---------------------------------------------------------------------------
// Methods.

// append(x)
static mp_obj_t deque_append(mp_obj_t self_in, mp_obj_t x) {
    deque_push_right(deque_get(self_in), x);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_append_obj, deque_append);

// appendleft(x)
static mp_obj_t deque_appendleft(mp_obj_t self_in, mp_obj_t x) {
    deque_push_left(deque_get(self_in), x);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_appendleft_obj, deque_appendleft);

// pop()
static mp_obj_t deque_pop(mp_obj_t self_in) {
    return deque_pop_right(deque_get(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_pop_obj, deque_pop);

// popleft()
static mp_obj_t deque_popleft(mp_obj_t self_in) {
    return deque_pop_left(deque_get(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_popleft_obj, deque_popleft);

// extend(iterable)
static mp_obj_t deque_extend(mp_obj_t self_in, mp_obj_t iterable) {
    deque_extend_right(deque_get(self_in), iterable);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_extend_obj, deque_extend);

// extendleft(iterable)
static mp_obj_t deque_extendleft(mp_obj_t self_in, mp_obj_t iterable) {
    mp_obj_deque_t *d = deque_get(self_in);
    if (mp_obj_is_obj(iterable) &&
        MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(iterable, MP_OBJ_NULL)) == d) {
        iterable = mp_obj_new_list(d->len, deque_to_array(d));
    }
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        deque_push_left(d, x);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_extendleft_obj, deque_extendleft);

// clear()
static mp_obj_t deque_clear(mp_obj_t self_in) {
    mp_obj_deque_t *d = deque_get(self_in);
    d->items = NULL;
    d->alloc = 0;
    d->head = 0;
    d->len = 0;
    d->state++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_clear_obj, deque_clear);

// copy()
static mp_obj_t deque_copy(mp_obj_t self_in) {
    return deque_copy_of(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_copy_obj, deque_copy);

// rotate(n=1): to the right for positive n.
static mp_obj_t deque_rotate(size_t n_args, const mp_obj_t *args) {
    mp_obj_deque_t *d = deque_get(args[0]);
    mp_int_t n = n_args > 1 ? mp_obj_get_int(args[1]) : 1;
    if (d->len <= 1) {
        return mp_const_none;
    }
    mp_int_t len = (mp_int_t)d->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    if (n == 0) {
        return mp_const_none;
    }
    mp_obj_t *a = deque_to_array(d);
    for (mp_int_t i = 0; i < len; i++) {
        *deque_slot(d, (size_t)((i + n) % len)) = a[i];
    }
    d->state++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deque_rotate_obj, 1, 2, deque_rotate);

// count(x)
static mp_obj_t deque_count(mp_obj_t self_in, mp_obj_t x) {
    mp_obj_deque_t *d = deque_get(self_in);
    mp_int_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        size_t state = d->state;
        if (mp_obj_equal(*deque_slot(d, i), x)) {
            n++;
        }
        deque_check_unchanged(d, state);
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_count_obj, deque_count);

// index(x[, start[, stop]])
static mp_obj_t deque_index_method(size_t n_args, const mp_obj_t *args) {
    mp_obj_deque_t *d = deque_get(args[0]);
    size_t start = n_args > 2 ? mp_seq_clamp_bound(args[2], d->len) : 0;
    size_t stop = n_args > 3 ? mp_seq_clamp_bound(args[3], d->len) : d->len;
    for (size_t i = start; i < stop && i < d->len; i++) {
        size_t state = d->state;
        if (mp_obj_equal(*deque_slot(d, i), args[1])) {
            return MP_OBJ_NEW_SMALL_INT(i);
        }
        deque_check_unchanged(d, state);
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("%s is not in deque"),
        mp_obj_str_get_str(mp_obj_repr(args[1])));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deque_index_obj, 2, 4, deque_index_method);

// insert(i, x)
static mp_obj_t deque_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t x) {
    mp_obj_deque_t *d = deque_get(self_in);
    // a bad index is a TypeError even when the deque is full, as in CPython
    mp_int_t i = mp_obj_get_int(index);
    if (d->maxlen != DEQUE_UNBOUNDED && d->len >= d->maxlen) {
        mp_raise_IndexError(MP_ERROR_TEXT("deque already at its maximum size"));
    }
    if (i < 0) {
        i += (mp_int_t)d->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > d->len) {
        i = (mp_int_t)d->len;
    }
    deque_grow(d);
    d->len++;
    for (size_t j = d->len - 1; j > (size_t)i; j--) {
        *deque_slot(d, j) = *deque_slot(d, j - 1);
    }
    *deque_slot(d, (size_t)i) = x;
    d->state++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(deque_insert_obj, deque_insert);

// remove(x)
static mp_obj_t deque_remove(mp_obj_t self_in, mp_obj_t x) {
    mp_obj_deque_t *d = deque_get(self_in);
    for (size_t i = 0; i < d->len; i++) {
        size_t state = d->state;
        bool eq = mp_obj_equal(*deque_slot(d, i), x);
        // A user __eq__ may have changed the deque: index i means nothing now.
        if (d->state != state) {
            mp_raise_IndexError(MP_ERROR_TEXT("deque mutated during iteration"));
        }
        if (eq) {
            deque_delete_at(d, i);
            return mp_const_none;
        }
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("%s is not in deque"),
        mp_obj_str_get_str(mp_obj_repr(x)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_remove_obj, deque_remove);

// reverse()
static mp_obj_t deque_reverse(mp_obj_t self_in) {
    mp_obj_deque_t *d = deque_get(self_in);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        mp_obj_t *a = deque_slot(d, i);
        mp_obj_t *b = deque_slot(d, j - 1);
        mp_obj_t t = *a;
        *a = *b;
        *b = t;
    }
    d->state++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_reverse_obj, deque_reverse);

// __reversed__()
static mp_obj_t deque_reversed(mp_obj_t self_in) {
    return deque_new_iter(self_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_reversed_obj, deque_reversed);

// deque.__init__(iterable=(), maxlen=None): starts again from the arguments.
static mp_obj_t deque___init__(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_iterable, ARG_maxlen };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_iterable, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_maxlen, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_deque, n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_deque_t *d = deque_get(pos_args[0]);
    size_t maxlen = deque_parse_maxlen(vals[ARG_maxlen].u_obj);
    mp_obj_t src = vals[ARG_iterable].u_obj;
    // (d.__init__(d) ends empty, as in CPython: cleared first.)
    deque_clear(pos_args[0]);
    d->maxlen = maxlen;
    if (src != MP_OBJ_NULL) {
        deque_extend_right(d, src);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(deque___init___obj, 1, deque___init__);

static const mp_rom_map_elem_t deque_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&deque___init___obj) },
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&deque_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_appendleft), MP_ROM_PTR(&deque_appendleft_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&deque_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_popleft), MP_ROM_PTR(&deque_popleft_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&deque_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_extendleft), MP_ROM_PTR(&deque_extendleft_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&deque_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&deque_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&deque_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_rotate), MP_ROM_PTR(&deque_rotate_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&deque_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&deque_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&deque_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&deque_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&deque_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&deque_reversed_obj) },
};
static MP_DEFINE_CONST_DICT(deque_locals_dict, deque_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_deque, MP_QSTR_deque, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, deque_print,
    make_new, deque_make_new,
    unary_op, deque_unary_op,
    binary_op, deque_binary_op,
    attr, deque_attr,
    subscr, deque_subscr,
    getiter, deque_getiter,
    locals_dict, (mp_obj_dict_t *)&deque_locals_dict
    );

#endif // MICROPY_PY_COLLECTIONS
