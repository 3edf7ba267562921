// bytearray (a mutable bytes with list-like methods, sharing the bytes
// methods of py/objstrmethods.c) and memoryview (a window onto the buffer
// of another object, without copying, sliced with any step, cast to
// another format, or to a shape of several dimensions). Left out: sub-views
// and slices with a step of a multi-dimensional view, and views that are
// not C-contiguous in more than one dimension.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/objarray.h"
#include "py/objstr.h"
#include "py/sequence.h"

size_t mp_obj_array_itemsize(int typecode) {
    switch (typecode) {
        case 'b':
        case 'B':
        case 'c':
        case '?':
            return 1;
        case 'h':
        case 'H':
            return 2;
        case 'i':
        case 'I':
        case 'f':
            return 4;
        case 'l':
        case 'L':
            return sizeof(long);
        case 'q':
        case 'Q':
        case 'd':
            return 8;
        case 'P':
            return sizeof(void *);
        default:
            return 0;
    }
}

// An item of a typed buffer as a Python object.
static mp_obj_t item_get(int typecode, const byte *p) {
    switch (typecode) {
        case 'b':
            return MP_OBJ_NEW_SMALL_INT((int8_t)*p);
        case 'c':
            return mp_obj_new_bytes(p, 1);
        case '?':
            return mp_obj_new_bool(*p != 0);
        case 'h': {
            int16_t v;
            memcpy(&v, p, sizeof(v));
            return MP_OBJ_NEW_SMALL_INT(v);
        }
        case 'H': {
            uint16_t v;
            memcpy(&v, p, sizeof(v));
            return MP_OBJ_NEW_SMALL_INT(v);
        }
        case 'i': {
            int32_t v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_int(v);
        }
        case 'I': {
            uint32_t v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_int_from_uint(v);
        }
        case 'l': {
            long v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_int_from_ll(v);
        }
        case 'L': {
            unsigned long v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_int_from_ull(v);
        }
        case 'q': {
            int64_t v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_int_from_ll(v);
        }
        case 'Q':
        case 'P': {
            uint64_t v = 0;
            memcpy(&v, p, mp_obj_array_itemsize(typecode));
            return mp_obj_new_int_from_ull(v);
        }
        case 'f': {
            float v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_float(v);
        }
        case 'd': {
            double v;
            memcpy(&v, p, sizeof(v));
            return mp_obj_new_float(v);
        }
        default:
            return MP_OBJ_NEW_SMALL_INT(*p);
    }
}

// Whether the int (or bool) v is in the range of an item of `size` bytes,
// as CPython checks before a memoryview write (no silent wrapping).
static bool int_fits_item(mp_obj_t v, size_t size, bool is_signed) {
    if (!mp_obj_is_small_int(v) && !mp_obj_is_bool(v)) {
        // A big int fits only the 8-byte codes; compare with their bounds.
        if (size < 8) {
            return false;
        }
        mp_obj_t lo = is_signed ? mp_obj_new_int_from_ll(INT64_MIN) : MP_OBJ_NEW_SMALL_INT(0);
        mp_obj_t hi = is_signed ? mp_obj_new_int_from_ll(INT64_MAX) : mp_obj_new_int_from_ull(UINT64_MAX);
        return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE_EQUAL, v, lo))
               && mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS_EQUAL, v, hi));
    }
    mp_int_t x = mp_obj_get_int(v);
    if (size >= sizeof(mp_int_t)) {
        return is_signed || x >= 0;
    }
    mp_int_t half = (mp_int_t)1 << (size * 8 - 1);
    return is_signed ? x >= -half && x < half : x >= 0 && x < 2 * half;
}

// Store a Python object as an item of a typed buffer (memoryview writes).
static void item_set(int typecode, byte *p, mp_obj_t v) {
    if (typecode == 'f' || typecode == 'd') {
        mp_float_t f;
        if (!mp_obj_get_float_maybe(v, &f)) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("memoryview: invalid type for format '%c'"), typecode);
        }
        if (typecode == 'f') {
            float x = (float)f;
            memcpy(p, &x, sizeof(x));
        } else {
            double x = f;
            memcpy(p, &x, sizeof(x));
        }
        return;
    }
    if (typecode == '?') {
        *p = mp_obj_is_true(v); // any object, by its truth (as struct '?')
        return;
    }
    if (typecode == 'c') {
        // One byte, given as a bytes of length 1.
        const byte *d;
        size_t n;
        if (!mp_obj_is_type(v, &mp_type_bytes) || !mp_obj_str_get_bytes_like(v, &d, &n) || n != 1) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("memoryview: invalid type for format '%c'"), typecode);
        }
        *p = d[0];
        return;
    }
    if (!mp_obj_is_int(v) && !mp_obj_is_bool(v)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("memoryview: invalid type for format '%c'"), typecode);
    }
    size_t size = mp_obj_array_itemsize(typecode);
    bool is_signed = typecode == 'b' || typecode == 'h' || typecode == 'i' || typecode == 'l' || typecode == 'q';
    if (!int_fits_item(v, size, is_signed)) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("memoryview: invalid value for format '%c'"), typecode);
    }
    uint16_t probe = 1;
    mp_obj_int_to_bytes_impl(v, *(byte *)&probe != 1, size, p, is_signed);
}

// ---------------------------------------------------------------------------
// bytearray

static mp_obj_array_t *bytearray_alloc_items(size_t n, size_t cap, bool zeroed) {
    mp_obj_array_t *o = m_new_obj(mp_obj_array_t);
    o->base.type = &mp_type_bytearray;
    o->typecode = 'B';
    o->is_by_ref = 0;
    if (cap < n) {
        cap = n;
    }
    size_t nbytes = cap > 0 ? cap : 1;
    o->items = zeroed ? m_malloc_atomic_zeroed(nbytes) : m_malloc_atomic(nbytes);
    o->len = n;
    o->free = cap - n;
    return o;
}

static mp_obj_array_t *bytearray_alloc(size_t n, size_t cap) {
    return bytearray_alloc_items(n, cap, false);
}

mp_obj_t mp_obj_new_bytearray(size_t n, const void *items) {
    mp_obj_array_t *o = bytearray_alloc_items(n, n, items == NULL);
    if (items != NULL) {
        memcpy(o->items, items, n);
    }
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_bytearray_by_ref(size_t n, void *items) {
    mp_obj_array_t *o = m_new_obj(mp_obj_array_t);
    o->base.type = &mp_type_bytearray;
    o->typecode = 'B';
    o->is_by_ref = 1;
    o->free = 0;
    o->len = n;
    o->items = items;
    return MP_OBJ_FROM_PTR(o);
}

// The bytearray behind self (itself or the native part of a subclass instance).
static mp_obj_array_t *bytearray_self(mp_obj_t self_in) {
    if (!mp_obj_is_exact_type(self_in, &mp_type_bytearray)) {
        mp_obj_t n = mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_bytearray));
        if (!mp_obj_is_exact_type(n, &mp_type_bytearray)) {
            mp_raise_TypeError_obj_unsupported(
                self_in, MP_ERROR_TEXT("descriptor requires a 'bytearray' object but received a '%s'"));
        }
        self_in = n;
    }
    return MP_OBJ_TO_PTR(self_in);
}

// Room for `extra` more bytes. Growth is geometric (amortised O(1) appends);
// a by-ref array first gets a buffer of its own. The buffer may move; when
// it does, the old block is left to the GC instead of being freed: a method
// that read the bytes and then ran Python code (an argument's __index__, a
// join() iterator) may still hold a pointer to it, and the conservative
// stack scan keeps it valid for that reader.
static void bytearray_reserve(mp_obj_array_t *o, size_t extra) {
    if (!o->is_by_ref && o->free >= extra) {
        return;
    }
    size_t need = m_size_add(o->len, extra);
    size_t cap = o->len + o->len / 2 + 8;
    if (cap < need) {
        cap = need;
    }
    if (o->is_by_ref) {
        byte *items = m_malloc_atomic(cap);
        memcpy(items, o->items, o->len);
        o->items = items;
        o->is_by_ref = 0;
    } else {
        byte *items = m_realloc_maybe(o->items, cap, false);
        if (items == NULL) {
            items = m_malloc_atomic(cap);
            memcpy(items, o->items, o->len);
        }
        o->items = items;
    }
    o->free = cap - o->len;
}

static void bytearray_set_len(mp_obj_array_t *o, size_t len) {
    if (len > o->len) {
        bytearray_reserve(o, len - o->len);
        o->free -= len - o->len;
    } else {
        o->free += o->len - len;
    }
    o->len = len;
}

// Replace n_old bytes at pos with the n_new bytes at src (src may point
// into o itself: it is copied first).
static void bytearray_splice(
    mp_obj_array_t *o, size_t pos, size_t n_old, const byte *src, size_t n_new) {
    byte *tmp = NULL;
    if (n_new > 0 && src >= (const byte *)o->items &&
        src < (const byte *)o->items + o->len + o->free) {
        tmp = m_new_atomic(byte, n_new);
        memcpy(tmp, src, n_new);
        src = tmp;
    }
    size_t old_len = o->len;
    size_t tail = old_len - pos - n_old;
    if (n_new > n_old) {
        bytearray_set_len(o, old_len + (n_new - n_old));
    }
    byte *items = o->items;
    memmove(items + pos + n_new, items + pos + n_old, tail);
    if (n_new > 0) {
        memcpy(items + pos, src, n_new);
    }
    if (n_new < n_old) {
        bytearray_set_len(o, old_len - (n_old - n_new));
    }
    if (tmp != NULL) {
        m_del(byte, tmp, n_new);
    }
}

static byte bytearray_byte(mp_obj_t v) {
    return mp_obj_str_byte_from_obj(v, MP_ERROR_TEXT("byte must be in range(0, 256)"));
}

// The bytes of a value assigned to a slice or passed to extend(): a
// bytes-like object, or an iterable of ints (collected into vstr).
MP_COLD static void bytes_of_value(
    mp_obj_t value, vstr_t *vstr, const byte **data, size_t *len, bool for_slice) {
    if (mp_obj_str_get_bytes_like(value, data, len)) {
        return;
    }
    // As CPython: a str or number is refused outright, anything else that
    // is not iterable fails the conversion to a bytearray.
    if (for_slice && (mp_obj_str_cast(value) != MP_OBJ_NULL || mp_obj_is_int(value) ||
                         mp_obj_is_float(value))) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    mp_obj_t iter = mp_seq_getiter_maybe(value);
    if (iter == MP_OBJ_NULL) {
        if (for_slice) {
            mp_raise_TypeError_obj_unsupported(
                value, MP_ERROR_TEXT("cannot convert '%s' object to bytearray"));
        }
        mp_raise_TypeError_obj_unsupported(
            value, MP_ERROR_TEXT("can't extend bytearray with %s"));
    }
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        vstr_add_byte(vstr, bytearray_byte(item));
    }
    *data = (const byte *)vstr->buf;
    *len = vstr->len;
}

static void bytearray_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_array_t *o = bytearray_self(self_in);
    // A subclass instance shows its own class name, as in CPython.
    mp_printf(print, "%q(b", mp_obj_get_type_qstr(self_in));
    mp_obj_str_print_quoted_ex(print, o->items, o->len, true, true);
    mp_print_str(print, ")");
}

static mp_obj_t bytearray_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_obj_str_bytes_from_args(MP_QSTR_bytearray, &vstr, n_args, n_kw, args);
    mp_obj_array_t *o = m_new_obj(mp_obj_array_t);
    o->base.type = &mp_type_bytearray;
    o->typecode = 'B';
    o->is_by_ref = 0;
    o->len = vstr.len;
    o->free = vstr.alloc - vstr.len;
    o->items = vstr.buf; // adopt the buffer (atomic GC memory)
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t bytearray_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_array_t *o = bytearray_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(o->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(o->len);
        case MP_UNARY_OP_HASH:
            mp_raise_TypeError(MP_ERROR_TEXT("unhashable type: 'bytearray'"));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t bytearray_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_array_t *o = bytearray_self(lhs_in);
    switch (op) {
        case MP_BINARY_OP_CONTAINS: {
            // A byte value's __index__ may resize the bytearray: it is taken
            // before the items are read.
            mp_obj_t i = mp_seq_index_as_int(rhs_in);
            rhs_in = i != MP_OBJ_NULL ? i : rhs_in;
            return mp_obj_new_bool(mp_obj_str_contains(&mp_type_bytes, o->items, o->len, rhs_in));
        }
        case MP_BINARY_OP_MODULO:
            return mp_obj_str_mod_format(MP_OBJ_FROM_PTR(o), rhs_in, true);
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            size_t times;
            if (!mp_seq_repeat_count(rhs_in, &times)) {
                return mp_seq_unsupported_operand(op, MP_QSTR_bytearray, lhs_in, rhs_in);
            }
            size_t total = m_size_mul(o->len, times);
            if (op == MP_BINARY_OP_INPLACE_MULTIPLY) {
                size_t len = o->len;
                bytearray_set_len(o, total);
                mp_seq_multiply(o->items, 1, len, times, o->items);
                return lhs_in;
            }
            mp_obj_array_t *r = bytearray_alloc(total, total);
            mp_seq_multiply(o->items, 1, o->len, times, r->items);
            return MP_OBJ_FROM_PTR(r);
        }
        default:
            break;
    }
    const byte *data;
    size_t len;
    if (!mp_obj_str_get_bytes_like(rhs_in, &data, &len)) {
        return op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD
            ? mp_seq_unsupported_operand(op, MP_QSTR_bytearray, lhs_in, rhs_in) : MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_ADD: {
            mp_obj_array_t *r = bytearray_alloc(m_size_add(o->len, len), 0);
            memcpy(r->items, o->items, o->len);
            memcpy((byte *)r->items + o->len, data, len);
            return MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_INPLACE_ADD:
            bytearray_splice(o, o->len, 0, data, len);
            return lhs_in;
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(mp_seq_cmp_bytes(op, o->items, o->len, data, len));
        default:
            return MP_OBJ_NULL;
    }
}

static size_t slice_count(const mp_bound_slice_t *s) {
    if (s->step > 0) {
        return s->stop > s->start ? (size_t)((s->stop - s->start - 1) / s->step + 1) : 0;
    }
    return s->start > s->stop ? (size_t)((s->start - s->stop - 1) / -s->step + 1) : 0;
}

static size_t bytearray_index(mp_obj_array_t *o, mp_obj_t index) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (!mp_seq_index_value(index, &i)) {
        mp_raise_TypeError_obj_unsupported(
            index, MP_ERROR_TEXT("bytearray indices must be integers or slices, not %s"));
    }
    if (i < 0) {
        i += (mp_int_t)o->len;
    }
    if (i < 0 || (size_t)i >= o->len) {
        mp_raise_IndexError(MP_ERROR_TEXT("bytearray index out of range"));
    }
    return (size_t)i;
}

// Converting an index, a slice bound or an assigned value may run Python
// code (__index__, an iterator) that resizes this bytearray and moves its
// buffer: o->items and o->len are read only after every conversion.
static mp_obj_t bytearray_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_array_t *o = bytearray_self(self_in);
    if (!mp_obj_is_type(index, &mp_type_slice)) {
        // As CPython: the index's type, then the value, then the bounds
        // (ba[0] = 256 on an empty bytearray is a ValueError).
        bool store = value != MP_OBJ_SENTINEL && value != MP_OBJ_NULL;
        bool checked = store && mp_obj_is_small_int(index);
        byte b = checked ? bytearray_byte(value) : 0;
        size_t i = bytearray_index(o, index);
        if (value == MP_OBJ_SENTINEL) {
            return MP_OBJ_NEW_SMALL_INT(((byte *)o->items)[i]);
        }
        if (value == MP_OBJ_NULL) {
            bytearray_splice(o, i, 1, NULL, 0);
        } else {
            if (!checked) {
                b = bytearray_byte(value);
            }
            if (i >= o->len) {
                mp_raise_IndexError(MP_ERROR_TEXT("bytearray index out of range"));
            }
            ((byte *)o->items)[i] = b;
        }
        return mp_const_none;
    }
    // As CPython: the slice is unpacked (its step checked, its bounds'
    // __index__ run) before a value other than a bytearray is converted, and
    // again after.
    mp_bound_slice_t b;
    vstr_t vstr;
    const byte *data = NULL;
    size_t len = 0;
    if (value != MP_OBJ_SENTINEL && value != MP_OBJ_NULL) {
        if (!mp_obj_is_exact_type(value, &mp_type_bytearray) || value == self_in) {
            mp_seq_get_fast_slice_indexes_live(&o->len, index, &b);
        }
        vstr_init(&vstr, 16);
        bytes_of_value(value, &vstr, &data, &len, true);
        mp_obj_t bounds[3];
        mp_obj_slice_get(index, &bounds[0], &bounds[1], &bounds[2]);
        for (int k = 0; k < 3; k++) {
            bool plain = mp_obj_is_small_int(bounds[k]) || bounds[k] == mp_const_none;
            if (!plain && data != (const byte *)vstr.buf && !mp_obj_is_exact_type(value, &mp_type_bytes)) {
                // A bound's __index__ could resize the buffer data points
                // into (this bytearray's own, say): keep a copy.
                vstr_add_strn(&vstr, (const char *)data, len);
                data = (const byte *)vstr.buf;
            }
        }
    }
    bool fast = mp_seq_get_fast_slice_indexes_live(&o->len, index, &b);
    size_t n = fast ? (size_t)(b.stop - b.start) : slice_count(&b);
    if (value == MP_OBJ_SENTINEL) {
        mp_obj_array_t *r = bytearray_alloc(n, n);
        const byte *items = o->items;
        mp_int_t i = b.start;
        for (size_t k = 0; k < n; k++, i += b.step) {
            ((byte *)r->items)[k] = items[i];
        }
        return MP_OBJ_FROM_PTR(r);
    }
    if (value != MP_OBJ_NULL && !fast && len == 0) {
        // CPython's bytearray deletes an extended slice assigned an empty
        // value (a list would raise ValueError).
        value = MP_OBJ_NULL;
    }
    if (value == MP_OBJ_NULL) {
        if (fast) {
            bytearray_splice(o, (size_t)b.start, n, NULL, 0);
            return mp_const_none;
        }
        if (n == 0) {
            return mp_const_none;
        }
        // Delete the chosen items, walking upwards so that each kept item moves once.
        byte *items = o->items;
        mp_int_t lo = b.step > 0 ? b.start : b.start + (mp_int_t)(n - 1) * b.step;
        mp_int_t step = b.step > 0 ? b.step : -b.step;
        size_t dst = (size_t)lo;
        for (size_t src = (size_t)lo; src < o->len; src++) {
            bool del = n > 0 && (mp_int_t)src >= lo && ((mp_int_t)src - lo) % step == 0 &&
                       (size_t)(((mp_int_t)src - lo) / step) < n;
            if (!del) {
                items[dst++] = items[src];
            }
        }
        bytearray_set_len(o, dst);
        return mp_const_none;
    }
    if (fast) {
        bytearray_splice(o, (size_t)b.start, n, data, len);
    } else {
        if (len != n) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("attempt to assign bytes of size %d to extended slice of size %d"),
                (int)len, (int)n);
        }
        byte *items = o->items;
        if (data >= items && data < items + o->len) {
            // b[::-1] = b (or a view of b): CPython reads the source first.
            vstr_add_strn(&vstr, (const char *)data, len);
            data = (const byte *)vstr.buf;
        }
        mp_int_t i = b.start;
        for (size_t k = 0; k < n; k++, i += b.step) {
            items[i] = data[k];
        }
    }
    vstr_clear(&vstr);
    return mp_const_none;
}

typedef struct _array_it_t {
    mp_obj_base_t base;
    mp_obj_t obj;
    size_t index;
} array_it_t;

// Re-reads the bytearray every step: it may change during the iteration.
static mp_obj_t bytearray_it_iternext(mp_obj_t self_in) {
    array_it_t *it = MP_OBJ_TO_PTR(self_in);
    mp_obj_array_t *o = MP_OBJ_TO_PTR(it->obj);
    if (it->index >= o->len) {
        // Once exhausted it stays so, even if the bytearray grows later.
        it->index = SIZE_MAX;
        return MP_OBJ_STOP_ITERATION;
    }
    return MP_OBJ_NEW_SMALL_INT(((byte *)o->items)[it->index++]);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bytearray_it, MP_QSTR_bytearray_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, bytearray_it_iternext,
    locals_dict, (mp_obj_dict_t *)&mp_seq_it_locals_dict
    );

static mp_obj_t bytearray_getiter(mp_obj_t self_in) {
    array_it_t *it = m_new_obj(array_it_t);
    it->base.type = &mp_type_bytearray_it;
    it->obj = MP_OBJ_FROM_PTR(bytearray_self(self_in));
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}

static int bytearray_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    (void)flags;
    mp_obj_array_t *o = bytearray_self(self_in);
    bufinfo->buf = o->items;
    bufinfo->len = o->len;
    bufinfo->typecode = 'B';
    return 0;
}

// __alloc__(): the bytes allocated; one more than the length at least, as
// CPython counts the NUL it keeps after the items.
static mp_obj_t bytearray___alloc__(mp_obj_t self_in) {
    mp_obj_array_t *o = bytearray_self(self_in);
    return MP_OBJ_NEW_SMALL_INT(o->len + o->free + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_1(bytearray___alloc___obj, bytearray___alloc__);

// append(x)
static mp_obj_t bytearray_append(mp_obj_t self_in, mp_obj_t x) {
    mp_obj_array_t *o = bytearray_self(self_in);
    byte b = bytearray_byte(x);
    bytearray_reserve(o, 1);
    ((byte *)o->items)[o->len++] = b;
    o->free--;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytearray_append_obj, bytearray_append);

// extend(iterable_of_ints)
static mp_obj_t bytearray_extend(mp_obj_t self_in, mp_obj_t arg) {
    mp_obj_array_t *o = bytearray_self(self_in);
    vstr_t vstr;
    vstr_init(&vstr, 16);
    const byte *data;
    size_t len;
    bytes_of_value(arg, &vstr, &data, &len, false);
    bytearray_splice(o, o->len, 0, data, len);
    vstr_clear(&vstr);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytearray_extend_obj, bytearray_extend);

// insert(index, x)
static mp_obj_t bytearray_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t x) {
    mp_obj_array_t *o = bytearray_self(self_in);
    // Both conversions may run code that resizes o: clamp i after them.
    mp_int_t i = mp_obj_get_int(index);
    byte b = bytearray_byte(x);
    if (i < 0) {
        i += (mp_int_t)o->len;
        if (i < 0) {
            i = 0;
        }
    } else if ((size_t)i > o->len) {
        i = (mp_int_t)o->len;
    }
    bytearray_splice(o, (size_t)i, 0, &b, 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(bytearray_insert_obj, bytearray_insert);

// pop([index])
static mp_obj_t bytearray_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *o = bytearray_self(args[0]);
    // The index is converted before the emptiness test (as CPython).
    mp_int_t i = n_args > 1 ? mp_obj_get_int(args[1]) : -1;
    if (o->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop from empty bytearray"));
    }
    if (i < 0) {
        i += (mp_int_t)o->len;
    }
    if (i < 0 || (size_t)i >= o->len) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop index out of range"));
    }
    byte b = ((byte *)o->items)[i];
    bytearray_splice(o, (size_t)i, 1, NULL, 0);
    return MP_OBJ_NEW_SMALL_INT(b);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(bytearray_pop_obj, 1, 2, bytearray_pop);

// remove(x)
static mp_obj_t bytearray_remove(mp_obj_t self_in, mp_obj_t x) {
    mp_obj_array_t *o = bytearray_self(self_in);
    byte b = bytearray_byte(x);
    byte *p = o->len > 0 ? memchr(o->items, b, o->len) : NULL;
    if (p == NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("value not found in bytearray"));
    }
    bytearray_splice(o, (size_t)(p - (byte *)o->items), 1, NULL, 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytearray_remove_obj, bytearray_remove);

// clear()
static mp_obj_t bytearray_clear(mp_obj_t self_in) {
    mp_obj_array_t *o = bytearray_self(self_in);
    bytearray_set_len(o, 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(bytearray_clear_obj, bytearray_clear);

// copy()
static mp_obj_t bytearray_copy(mp_obj_t self_in) {
    mp_obj_array_t *o = bytearray_self(self_in);
    return mp_obj_new_bytearray(o->len, o->items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(bytearray_copy_obj, bytearray_copy);

// reverse()
static mp_obj_t bytearray_reverse(mp_obj_t self_in) {
    mp_obj_array_t *o = bytearray_self(self_in);
    byte *items = o->items;
    for (size_t i = 0, j = o->len; i + 1 < j; i++, j--) {
        byte t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(bytearray_reverse_obj, bytearray_reverse);

static const mp_rom_map_elem_t bytearray_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___alloc__), MP_ROM_PTR(&bytearray___alloc___obj) },
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&bytearray_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&mp_obj_str_capitalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&mp_obj_str_center_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&bytearray_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&bytearray_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&mp_obj_str_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&mp_obj_str_decode_obj) },
    { MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&mp_obj_str_endswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&mp_obj_str_expandtabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&bytearray_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&mp_obj_str_find_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&mp_obj_str_fromhex_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&mp_obj_str_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&mp_obj_str_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&bytearray_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&mp_obj_str_isalnum_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&mp_obj_str_isalpha_obj) },
    { MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&mp_obj_str_isascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&mp_obj_str_isdigit_obj) },
    { MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&mp_obj_str_islower_obj) },
    { MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&mp_obj_str_isspace_obj) },
    { MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&mp_obj_str_istitle_obj) },
    { MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&mp_obj_str_isupper_obj) },
    { MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&mp_obj_str_join_obj) },
    { MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&mp_obj_str_ljust_obj) },
    { MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&mp_obj_str_lower_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&mp_obj_str_lstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&mp_obj_str_bytes_maketrans_obj) },
    { MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&mp_obj_str_partition_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&bytearray_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&bytearray_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&mp_obj_str_removeprefix_obj) },
    { MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&mp_obj_str_removesuffix_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&mp_obj_str_replace_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&bytearray_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&mp_obj_str_rfind_obj) },
    { MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&mp_obj_str_rindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&mp_obj_str_rjust_obj) },
    { MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&mp_obj_str_rpartition_obj) },
    { MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&mp_obj_str_rsplit_obj) },
    { MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&mp_obj_str_rstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&mp_obj_str_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&mp_obj_str_splitlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&mp_obj_str_startswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&mp_obj_str_strip_obj) },
    { MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&mp_obj_str_swapcase_obj) },
    { MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&mp_obj_str_title_obj) },
    { MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&mp_obj_str_bytes_translate_obj) },
    { MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&mp_obj_str_upper_obj) },
    { MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&mp_obj_str_zfill_obj) },
};
static MP_DEFINE_CONST_DICT(bytearray_locals_dict, bytearray_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bytearray, MP_QSTR_bytearray, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    print, bytearray_print,
    make_new, bytearray_make_new,
    unary_op, bytearray_unary_op,
    binary_op, bytearray_binary_op,
    subscr, bytearray_subscr,
    getiter, bytearray_getiter,
    buffer, bytearray_get_buffer,
    locals_dict, (mp_obj_dict_t *)&bytearray_locals_dict
    );

// ---------------------------------------------------------------------------
// memoryview

// A view cast with a shape other than one dimension (cast(format, shape))
// keeps that shape here, beside the common layout of objarray.h; every view
// is allocated as an mv_t and 1-D views (nearly all) leave `shape` NULL. A
// shaped view is always C-contiguous over its `len` items (cast makes no
// other kind), so bytes, comparison, hashing and the buffer protocol treat it
// as its flat items; len(), indexing, iteration and tolist() use the shape.
typedef struct _mv_t {
    mp_obj_memoryview_t v;
    mp_obj_tuple_t *shape;
} mv_t;

static inline mp_obj_tuple_t *mv_shape(const mp_obj_memoryview_t *self) {
    return ((const mv_t *)self)->shape;
}

static size_t mv_ndim(const mp_obj_memoryview_t *self) {
    return mv_shape(self) == NULL ? 1 : mv_shape(self)->len;
}

// The number of items along dimension d (from 0).
static size_t mv_extent(const mp_obj_memoryview_t *self, size_t d) {
    mp_obj_tuple_t *shape = mv_shape(self);
    return shape == NULL ? self->len : (size_t)MP_OBJ_SMALL_INT_VALUE(shape->items[d]);
}

static mp_obj_t mv_shape_tuple(const mp_obj_memoryview_t *self) {
    if (mv_shape(self) != NULL) {
        return MP_OBJ_FROM_PTR(mv_shape(self));
    }
    mp_obj_t len = MP_OBJ_NEW_SMALL_INT(self->len);
    return mp_obj_new_tuple(1, &len);
}

static MP_NORETURN void raise_released(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("operation forbidden on released memoryview object"));
}

// The first byte of the view, fetched afresh from the exporter (see objarray.h).
static byte *mv_data(mp_obj_memoryview_t *self) {
    if (self->released) {
        raise_released();
    }
    if (self->raw != NULL) {
        return self->raw;
    }
    byte *buf;
    size_t len;
    if (mp_obj_is_exact_type(self->obj, &mp_type_bytearray)) {
        mp_obj_array_t *a = MP_OBJ_TO_PTR(self->obj);
        buf = a->items;
        len = a->len;
    } else {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(self->obj, &bufinfo, MP_BUFFER_READ);
        buf = bufinfo.buf;
        len = bufinfo.len;
    }
    // The bytes the items span: item 0 is at offset, the last one
    // (len - 1) * stride away (below it when the stride is negative).
    size_t end = self->offset;
    if (self->len > 0) {
        mp_int_t last = (mp_int_t)(self->len - 1) * self->stride;
        end += (last > 0 ? (size_t)last : 0) + self->itemsize;
    }
    if (end > len) {
        mp_raise_msg(
            &mp_type_BufferError, MP_ERROR_TEXT("memoryview: underlying buffer was resized"));
    }
    return buf + self->offset;
}

static inline bool mv_is_contiguous(const mp_obj_memoryview_t *self) {
    return self->stride == (mp_int_t)self->itemsize || self->len == 1;
}

// The view's bytes in order: the exporter's memory itself when contiguous,
// else a fresh copy gathered from the strided items.
static const byte *mv_bytes(mp_obj_memoryview_t *self, size_t *nbytes) {
    const byte *data = mv_data(self);
    size_t itemsize = self->itemsize;
    *nbytes = self->len * itemsize;
    if (mv_is_contiguous(self)) {
        return data;
    }
    byte *copy = m_new_atomic(byte, *nbytes > 0 ? *nbytes : 1);
    for (size_t i = 0; i < self->len; i++) {
        memcpy(copy + i * itemsize, data + (mp_int_t)i * self->stride, itemsize);
    }
    return copy;
}

static mp_obj_memoryview_t *mv_self(mp_obj_t self_in) {
    return MP_OBJ_TO_PTR(self_in);
}

// A new view equal to src, shape included.
static mp_obj_memoryview_t *mv_copy(const mp_obj_memoryview_t *src) {
    mv_t *o = m_new_obj(mv_t);
    *o = *(const mv_t *)src;
    o->v.hashed = false;
    o->v.exports = 0;
    return &o->v;
}

static mp_obj_memoryview_t *mv_alloc(void) {
    mp_obj_memoryview_t *o = &m_new_obj(mv_t)->v;
    ((mv_t *)o)->shape = NULL;
    o->base.type = &mp_type_memoryview;
    o->obj = MP_OBJ_NULL;
    o->raw = NULL;
    o->offset = 0;
    o->len = 0;
    o->stride = 1;
    o->typecode = 'B';
    o->itemsize = 1;
    o->readonly = true;
    o->released = false;
    return o;
}

mp_obj_t mp_obj_new_memoryview(
    mp_obj_t base, int typecode, size_t len, void *items, bool writable) {
    mp_obj_memoryview_t *o = mv_alloc();
    o->obj = base;
    o->typecode = (byte)typecode;
    size_t itemsize = mp_obj_array_itemsize(typecode);
    o->itemsize = (byte)(itemsize ? itemsize : 1);
    o->stride = o->itemsize;
    o->len = len;
    o->readonly = !writable;
    mp_buffer_info_t bufinfo;
    if (base != MP_OBJ_NULL && !mp_obj_is_exact_type(base, &mp_type_bytes) &&
        mp_get_buffer(base, &bufinfo, MP_BUFFER_READ) && (byte *)items >= (byte *)bufinfo.buf &&
        (byte *)items <= (byte *)bufinfo.buf + bufinfo.len) {
        o->offset = (size_t)((byte *)items - (byte *)bufinfo.buf);
    } else {
        o->raw = items;
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t memoryview_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_object };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_object, MP_ARG_OBJ | MP_ARG_REQUIRED, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_memoryview, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t obj = vals[ARG_object].u_obj;
    if (mp_obj_is_type(obj, &mp_type_memoryview)) {
        mp_obj_memoryview_t *src = mv_self(obj);
        mv_data(src);
        return MP_OBJ_FROM_PTR(mv_copy(src));
    }
    mp_buffer_info_t bufinfo;
    if (mp_obj_str_cast(obj) != MP_OBJ_NULL || !mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        mp_raise_TypeError_obj_unsupported(
            obj, MP_ERROR_TEXT("memoryview: a bytes-like object is required, not '%s'"));
    }
    mp_buffer_info_t wbuf;
    bool writable = !mp_obj_is_str_or_bytes(obj) && mp_get_buffer(obj, &wbuf, MP_BUFFER_WRITE);
    int typecode = bufinfo.typecode ? bufinfo.typecode : 'B';
    size_t itemsize = mp_obj_array_itemsize(typecode);
    if (itemsize == 0) {
        typecode = 'B';
        itemsize = 1;
    }
    mp_obj_memoryview_t *o = mv_alloc();
    o->obj = obj;
    o->typecode = (byte)typecode;
    o->itemsize = (byte)itemsize;
    o->stride = (mp_int_t)itemsize;
    o->len = bufinfo.len / itemsize;
    o->readonly = !writable;
    if (mp_obj_is_exact_type(obj, &mp_type_bytes)) {
        o->raw = bufinfo.buf; // immutable: the pointer stays valid
    }
    return MP_OBJ_FROM_PTR(o);
}

static void memoryview_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_memoryview_t *self = mv_self(self_in);
    mp_printf(print, self->released ? "<released memory at %p>" : "<memory at %p>", self);
}

static mp_obj_t memoryview_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            if (self->released) {
                raise_released();
            }
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            if (self->released) {
                raise_released();
            }
            // A 0-dim view has length 1, like CPython's.
            return MP_OBJ_NEW_SMALL_INT(mv_ndim(self) == 0 ? 1 : mv_extent(self, 0));
        case MP_UNARY_OP_HASH: {
            // A view hashed before release() still gives that hash, as CPython's.
            if (self->released && self->hashed) {
                return MP_OBJ_NEW_SMALL_INT(self->stride);
            }
            mv_data(self);
            if (!self->readonly) {
                mp_raise_ValueError(MP_ERROR_TEXT("cannot hash writable memoryview object"));
            }
            if (self->typecode != 'B' && self->typecode != 'b' && self->typecode != 'c') {
                mp_raise_ValueError(
                    MP_ERROR_TEXT("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
            }
            size_t nbytes;
            const byte *data = mv_bytes(self, &nbytes);
            self->hashed = true;
            return MP_OBJ_NEW_SMALL_INT((mp_int_t)qstr_compute_hash(data, nbytes));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t memoryview_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
        return MP_OBJ_NULL;
    }
    mp_obj_memoryview_t *self = mv_self(lhs_in);
    if (self->released) {
        return mp_obj_new_bool((lhs_in == rhs_in) == (op == MP_BINARY_OP_EQUAL));
    }
    mp_buffer_info_t other;
    if (mp_obj_str_cast(rhs_in) != MP_OBJ_NULL || !mp_get_buffer(rhs_in, &other, MP_BUFFER_READ)) {
        return MP_OBJ_NULL;
    }
    // Views of different shapes differ, whatever their bytes; any other
    // buffer counts as one-dimensional.
    bool rhs_view = mp_obj_is_type(rhs_in, &mp_type_memoryview);
    if ((mv_shape(self) != NULL || (rhs_view && mv_shape(mv_self(rhs_in)) != NULL)) &&
        (!rhs_view || !mp_obj_equal(mv_shape_tuple(self), mv_shape_tuple(mv_self(rhs_in))))) {
        return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
    }
    int other_code = other.typecode ? other.typecode : 'B';
    size_t other_size = mp_obj_array_itemsize(other_code);
    if (other_size == 0) {
        other_code = 'B';
        other_size = 1;
    }
    size_t nbytes;
    const byte *mine = mv_bytes(self, &nbytes);
    bool eq;
    if (self->typecode == other_code && other_code != 'f' && other_code != 'd') {
        eq = nbytes == other.len && (nbytes == 0 || memcmp(mine, other.buf, nbytes) == 0);
    } else {
        // As CPython: equal when the items are equal as values of their
        // formats (so 'c' items never equal 'B' ones, floats compare as floats).
        size_t n = other.len / other_size;
        eq = n == self->len && other.len % other_size == 0;
        for (size_t i = 0; eq && i < n; i++) {
            mp_obj_t a = item_get(self->typecode, mine + i * self->itemsize);
            mp_obj_t b = item_get(other_code, (const byte *)other.buf + i * other_size);
            eq = mp_obj_equal(a, b);
        }
    }
    return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
}

// The position given by index along dimension d (from 0) of the view.
static size_t mv_index(mp_obj_memoryview_t *self, mp_obj_t index, size_t d) {
    mp_int_t i;
    if (!mp_seq_index_value(index, &i)) {
        mp_raise_TypeError(MP_ERROR_TEXT("memoryview: invalid slice key"));
    }
    size_t extent = mv_extent(self, d);
    if (i < 0) {
        i += (mp_int_t)extent;
    }
    if (i < 0 || (size_t)i >= extent) {
        mp_raise_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("index out of bounds on dimension %u"),
            (unsigned)(d + 1));
    }
    return (size_t)i;
}

// The flat item number for m[i, j, ...], or for m[i] on a 1-D view (the
// only kinds of index that select one item). The errors are CPython's, in
// its order.
static size_t mv_item_number(mp_obj_memoryview_t *self, mp_obj_t index) {
    size_t ndim = mv_ndim(self);
    size_t n = 1;
    mp_obj_t *idx = &index;
    bool is_tuple = mp_obj_is_type(index, &mp_type_tuple);
    if (is_tuple) {
        mp_obj_tuple_get(index, &n, &idx);
    } else if (ndim == 1) {
        return mv_index(self, index, 0);
    }
    if (ndim == 0 && n != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("invalid indexing of 0-dim memory"));
    }
    size_t n_slices = 0, n_ints = 0;
    mp_int_t i;
    for (size_t d = 0; d < n; d++) {
        n_slices += mp_obj_is_type(idx[d], &mp_type_slice);
        n_ints += mp_seq_index_value(idx[d], &i);
    }
    if (n > 0 && n_slices == n) {
        // m[a:b, c:d]: CPython has no such views either.
        mp_raise_NotImplementedError(MP_ERROR_TEXT("multi-dimensional slicing is not implemented"));
    }
    if (n_ints != n) {
        mp_raise_TypeError(MP_ERROR_TEXT("memoryview: invalid slice key"));
    }
    if (n < ndim) {
        mp_raise_NotImplementedError(is_tuple ? MP_ERROR_TEXT("sub-views are not implemented")
            : MP_ERROR_TEXT("multi-dimensional sub-views are not implemented"));
    }
    if (n > ndim) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("cannot index %d-dimension view with %d-element tuple"),
            (int)ndim, (int)n);
    }
    size_t flat = 0;
    for (size_t d = 0; d < n; d++) {
        flat = flat * mv_extent(self, d) + mv_index(self, idx[d], d);
    }
    return flat;
}

static mp_obj_t memoryview_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    mv_data(self);
    if (value != MP_OBJ_SENTINEL && self->readonly) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot modify read-only memory"));
    }
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot delete memory"));
    }
    // Converting the index or the value may run code that resizes (and
    // moves) the exporter's buffer: fetch it only after the conversions.
    if (!mp_obj_is_type(index, &mp_type_slice)) {
        size_t i = mv_item_number(self, index);
        if (value == MP_OBJ_SENTINEL) {
            return item_get(self->typecode, mv_data(self) + (mp_int_t)i * self->stride);
        }
        uint64_t item;
        item_set(self->typecode, (byte *)&item, value);
        memcpy(mv_data(self) + (mp_int_t)i * self->stride, &item, self->itemsize);
        return mp_const_none;
    }
    mp_obj_tuple_t *shape = mv_shape(self);
    if (shape != NULL && (value != MP_OBJ_SENTINEL || shape->len == 0)) {
        mv_item_number(self, MP_OBJ_NEW_SMALL_INT(0)); // CPython's error
    }
    mp_buffer_info_t src_buf;
    // As CPython, the value must be bytes-like before the slice is looked at
    // (a zero step is reported after); the buffer is fetched again below.
    // str lends its bytes to streams (MicroPython), but is not bytes-like here.
    if (value != MP_OBJ_SENTINEL
        && (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(value)), MP_OBJ_FROM_PTR(&mp_type_str))
            || !mp_get_buffer(value, &src_buf, MP_BUFFER_READ))) {
        mp_raise_TypeError_obj_unsupported(
            value, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
    }
    // A shaped view is sliced along its first dimension: whole rows of
    // `per` items. With a step of 1 the slice is C-contiguous again, the
    // only kind of shaped view there is (see mv_t).
    size_t rows = mv_extent(self, 0);
    mp_bound_slice_t b;
    bool fast = mp_seq_get_fast_slice_indexes(rows, index, &b);
    if (shape != NULL && !fast) {
        mp_raise_NotImplementedError(MP_ERROR_TEXT("multi-dimensional slicing is not implemented"));
    }
    size_t per = rows > 0 ? self->len / rows : 0;
    size_t n = fast ? (size_t)(b.stop - b.start) : slice_count(&b);
    // Where the first selected item is; an empty slice keeps the view's
    // own start so that it never points outside the buffer.
    mp_int_t first = n > 0 ? b.start * (mp_int_t)per * self->stride : 0;
    if (value == MP_OBJ_SENTINEL) {
        mp_obj_memoryview_t *o = mv_copy(self);
        o->len = n * per;
        o->stride = self->stride * b.step;
        if (shape != NULL) {
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(shape->len, shape->items));
            t->items[0] = MP_OBJ_NEW_SMALL_INT(n);
            ((mv_t *)o)->shape = t;
        }
        if (o->raw != NULL) {
            o->raw += first;
        } else {
            o->offset = (size_t)((mp_int_t)o->offset + first);
        }
        return MP_OBJ_FROM_PTR(o);
    }
    // A bound's __index__ may have resized (and moved) the value's buffer.
    mp_get_buffer(value, &src_buf, MP_BUFFER_READ);
    const byte *src = src_buf.buf;
    size_t src_len = src_buf.len;
    // Items are copied as raw bytes, so both sides must have one format.
    if (src_len != n * self->itemsize || src_buf.typecode != self->typecode) {
        mp_raise_ValueError(
            MP_ERROR_TEXT("memoryview assignment: lvalue and rvalue have different structures"));
    }
    byte *data = mv_data(self);
    mp_int_t stride = self->stride * b.step;
    if (stride == (mp_int_t)self->itemsize) {
        memmove(data + first, src, src_len);
        return mp_const_none;
    }
    if (n == 0) {
        return mp_const_none;
    }
    // The source may overlap the destination (a view of the same buffer):
    // scatter from a copy.
    byte *tmp = m_new_atomic(byte, src_len);
    memcpy(tmp, src, src_len);
    byte *dst = data + first;
    for (size_t k = 0; k < n; k++, dst += stride) {
        memcpy(dst, tmp + k * self->itemsize, self->itemsize);
    }
    m_del(byte, tmp, src_len);
    return mp_const_none;
}

static mp_obj_t mv_it_iternext(mp_obj_t self_in) {
    array_it_t *it = MP_OBJ_TO_PTR(self_in);
    mp_obj_memoryview_t *mv = MP_OBJ_TO_PTR(it->obj);
    if (it->index >= mv->len) {
        return MP_OBJ_STOP_ITERATION;
    }
    byte *data = mv_data(mv);
    return item_get(mv->typecode, data + (mp_int_t)it->index++ * mv->stride);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    mv_it_type, MP_QSTR_memory_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, mv_it_iternext
    );

static mp_obj_t memoryview_getiter(mp_obj_t self_in) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    mv_data(self);
    if (mv_shape(self) != NULL) {
        mv_item_number(self, MP_OBJ_NEW_SMALL_INT(0)); // raises CPython's error
    }
    array_it_t *it = m_new_obj(array_it_t);
    it->base.type = &mv_it_type;
    it->obj = self_in;
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}

static int memoryview_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    if ((flags & MP_BUFFER_WRITE) && (self->readonly || !mv_is_contiguous(self))) {
        return 1;
    }
    // A strided view lends a contiguous copy for reading (bytes(),
    // comparisons, writes to streams); it has no one buffer to write into.
    size_t nbytes;
    bufinfo->buf = (void *)mv_bytes(self, &nbytes);
    bufinfo->len = nbytes;
    bufinfo->typecode = self->typecode;
    return 0;
}

static void memoryview_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only attributes
    }
    mp_obj_memoryview_t *self = mv_self(self_in);
    switch (attr) {
        case MP_QSTR_readonly:
            dest[0] = mp_obj_new_bool(self->readonly);
            break;
        case MP_QSTR_nbytes:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->len * self->itemsize);
            break;
        case MP_QSTR_itemsize:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->itemsize);
            break;
        case MP_QSTR_format: {
            char c[2] = { '@', (char)self->typecode };
            dest[0] = mp_obj_new_str(c + !self->at_format, 1 + self->at_format);
            break;
        }
        case MP_QSTR_ndim:
            dest[0] = MP_OBJ_NEW_SMALL_INT(mv_ndim(self));
            break;
        case MP_QSTR_suboffsets:
            dest[0] = mp_const_empty_tuple;
            break;
        case MP_QSTR_shape:
            dest[0] = mv_shape_tuple(self);
            break;
        case MP_QSTR_strides: {
            // A shaped view is C-contiguous: each dimension steps over the
            // whole of the ones after it.
            size_t ndim = mv_ndim(self);
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(ndim, NULL));
            mp_int_t step = self->stride;
            for (size_t d = ndim; d-- > 0;) {
                t->items[d] = MP_OBJ_NEW_SMALL_INT(step);
                step *= (mp_int_t)mv_extent(self, d);
            }
            dest[0] = MP_OBJ_FROM_PTR(t);
            break;
        }
        case MP_QSTR_obj:
            dest[0] = self->obj == MP_OBJ_NULL ? mp_const_none : self->obj;
            break;
        case MP_QSTR_contiguous:
        case MP_QSTR_c_contiguous:
        case MP_QSTR_f_contiguous: {
            // C order is Fortran order too when at most one extent is not 1.
            bool c = mv_is_contiguous(self);
            size_t n = 0;
            for (size_t d = 0; attr == MP_QSTR_f_contiguous && d < mv_ndim(self); d++) {
                n += mv_extent(self, d) > 1;
            }
            dest[0] = mp_obj_new_bool(c && n <= 1);
            break;
        }
        default:
            return;
    }
    if (self->released) {
        raise_released();
    }
}

// tobytes(order='C'); 'A' is C order here (every view is C-contiguous).
static mp_obj_t memoryview_tobytes(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_order, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t order;
    mp_arg_parse_named(MP_QSTR_tobytes, n_args - 1, args + 1, kw_args, 1, allowed, &order);
    mp_obj_memoryview_t *self = mv_self(args[0]);
    qstr q = MP_QSTR_C;
    if (order.u_obj != mp_const_none) {
        // mp_obj_str_get_qstr alone would also take bytes, which CPython refuses
        mp_obj_t s = mp_obj_str_cast(order.u_obj);
        if (s == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("tobytes() argument 'order' must be str or None, not %s"),
                mp_obj_get_arg_type_str(order.u_obj));
        }
        q = mp_obj_str_get_qstr(s);
    }
    // (CPython's order: the type of order, a released view, its value)
    size_t nbytes;
    const byte *data = mv_bytes(self, &nbytes);
    if (q != MP_QSTR_C && q != MP_QSTR_A && q != MP_QSTR_F) {
        mp_raise_ValueError(MP_ERROR_TEXT("order must be 'C', 'F' or 'A'"));
    }
    if (q != MP_QSTR_F || mv_ndim(self) < 2) {
        return mp_obj_new_bytes(data, nbytes);
    }
    // Fortran order: the first index varies fastest. Item k of the result
    // is the one whose indices are the digits of k, first dimension lowest.
    size_t isz = self->itemsize;
    vstr_t vstr;
    vstr_init_len(&vstr, nbytes);
    for (size_t k = 0; k < self->len; k++) {
        size_t rest = k, flat = 0, c_step = self->len;
        for (size_t d = 0; d < mv_ndim(self); d++) {
            size_t e = mv_extent(self, d);
            c_step /= e;
            flat += rest % e * c_step;
            rest /= e;
        }
        memcpy(vstr.buf + k * isz, data + flat * isz, isz);
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(memoryview_tobytes_obj, 1, memoryview_tobytes);

// The items from dimension d inward as nested lists; *pos counts the
// items taken so far.
static mp_obj_t mv_tolist_from(mp_obj_memoryview_t *self, size_t d, size_t *pos) {
    if (d == mv_ndim(self)) {
        // Fetched each time: creating a big int may collect, not move, but stay uniform.
        return item_get(self->typecode, mv_data(self) + (mp_int_t)(*pos)++ * self->stride);
    }
    size_t n = mv_extent(self, d);
    mp_obj_t list = mp_obj_new_list(n, NULL);
    mp_obj_t *items = ((mp_obj_list_t *)MP_OBJ_TO_PTR(list))->items;
    for (size_t i = 0; i < n; i++) {
        items[i] = mv_tolist_from(self, d + 1, pos);
    }
    return list;
}

// tolist()
static mp_obj_t memoryview_tolist(mp_obj_t self_in) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    mv_data(self);
    size_t pos = 0;
    return mv_tolist_from(self, 0, &pos);
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_tolist_obj, memoryview_tolist);

// hex([sep[, bytes_per_sep]])
static mp_obj_t memoryview_hex(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    size_t nbytes;
    const byte *data = mv_bytes(mv_self(args[0]), &nbytes);
    return mp_obj_str_hex_kw(data, nbytes, n_args - 1, args + 1, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(memoryview_hex_obj, 1, memoryview_hex);

// cast(format[, shape]): the same bytes seen as items of another format,
// optionally laid out in C order over the dimensions of shape.
static mp_obj_t memoryview_cast(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_format, ARG_shape };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_shape, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_cast, n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_memoryview_t *self = mv_self(pos_args[0]);
    mv_data(self);
    mp_obj_t format = vals[ARG_format].u_obj;
    mp_obj_t shape_in = vals[ARG_shape].u_obj;
    if (!mp_obj_is_str(format)) { // (a TypeError for bytes too)
        mp_raise_TypeError_arg_unsupported(
            format, MP_ERROR_TEXT("cast() argument 'format' must be str, not %s"));
    }
    // CPython's order: the view's layout, the shape's kind and size, the
    // format, then the shape's elements.
    if (!mv_is_contiguous(self)) {
        mp_raise_TypeError(MP_ERROR_TEXT("memoryview: casts are restricted to C-contiguous views"));
    }
    if (self->len == 0 && (shape_in != MP_OBJ_NULL || mv_ndim(self) != 1)) {
        mp_raise_TypeError(MP_ERROR_TEXT("memoryview: cannot cast view with zeros in shape or strides"));
    }
    size_t ndim = 0;
    mp_obj_t *dims = NULL;
    if (shape_in != MP_OBJ_NULL) {
        if (!mp_obj_is_type(shape_in, &mp_type_tuple) && !mp_obj_is_type(shape_in, &mp_type_list)) {
            mp_raise_TypeError(MP_ERROR_TEXT("shape must be a list or a tuple"));
        }
        mp_obj_get_array(shape_in, &ndim, &dims);
        // tolist() recurses once per dimension: CPython's limit bounds the depth.
        if (ndim > 64) {
            mp_raise_ValueError(MP_ERROR_TEXT("memoryview: number of dimensions must not exceed 64"));
        }
        if (ndim != 1 && mv_ndim(self) != 1) {
            mp_raise_TypeError(MP_ERROR_TEXT("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    size_t flen;
    const char *fmt = mp_obj_str_get_data(format, &flen);
    bool at_format = flen == 2 && fmt[0] == '@';
    fmt += at_format;
    flen -= at_format;
    size_t itemsize = flen == 1 ? mp_obj_array_itemsize((byte)fmt[0]) : 0;
    if (itemsize == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("memoryview: destination format must be a native single "
                                          "character format prefixed with an optional '@'"));
    }
    bool src_bytes = self->typecode == 'B' || self->typecode == 'b' || self->typecode == 'c';
    bool dst_bytes = fmt[0] == 'B' || fmt[0] == 'b' || fmt[0] == 'c';
    if (!src_bytes && !dst_bytes) {
        mp_raise_TypeError(MP_ERROR_TEXT("memoryview: cannot cast between two non-byte formats"));
    }
    size_t nbytes = self->len * self->itemsize;
    if (nbytes % itemsize != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("memoryview: length is not a multiple of itemsize"));
    }
    mp_obj_tuple_t *shape = NULL;
    if (shape_in != MP_OBJ_NULL) {
        size_t count = 1;
        for (size_t d = 0; d < ndim; d++) {
            if (!mp_obj_is_int(dims[d])) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("memoryview.cast(): elements of shape must be integers"));
            }
            mp_int_t e = mp_obj_is_small_int(dims[d]) ? MP_OBJ_SMALL_INT_VALUE(dims[d]) : 0;
            if (e <= 0) {
                mp_raise_ValueError(
                    MP_ERROR_TEXT("memoryview.cast(): elements of shape must be integers > 0"));
            }
            // Saturates just past nbytes: no product of a valid shape is bigger.
            count = (size_t)e > (nbytes + 1) / count ? nbytes + 1 : count * (size_t)e;
        }
        if (count * itemsize != nbytes) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("memoryview: product(shape) * itemsize != buffer size"));
        }
        if (ndim != 1) {
            shape = MP_OBJ_TO_PTR(mp_obj_new_tuple(ndim, dims));
        }
    }
    mp_obj_memoryview_t *o = mv_copy(self);
    ((mv_t *)o)->shape = shape;
    o->typecode = (byte)fmt[0];
    o->at_format = at_format;
    o->itemsize = (byte)itemsize;
    o->stride = (mp_int_t)itemsize;
    o->len = nbytes / itemsize;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(memoryview_cast_obj, 1, memoryview_cast);

// toreadonly()
static mp_obj_t memoryview_toreadonly(mp_obj_t self_in) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    mv_data(self);
    mp_obj_memoryview_t *o = mv_copy(self);
    o->readonly = true;
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_toreadonly_obj, memoryview_toreadonly);

// release()
static mp_obj_t memoryview_release(mp_obj_t self_in) {
    mp_obj_memoryview_t *self = mv_self(self_in);
    if (self->exports != 0) {
        mp_raise_msg_varg(&mp_type_BufferError,
            MP_ERROR_TEXT("memoryview has %d exported buffer%s"), self->exports,
            self->exports == 1 ? "" : "s");
    }
    if (self->hashed && !self->released) {
        size_t nbytes;
        const byte *data = mv_bytes(self, &nbytes);
        self->stride = (mp_int_t)qstr_compute_hash(data, nbytes);
    }
    self->released = true;
    self->obj = MP_OBJ_NULL;
    self->raw = NULL;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview_release_obj, memoryview_release);

// __enter__()
static mp_obj_t memoryview___enter__(mp_obj_t self_in) {
    mv_data(mv_self(self_in));
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(memoryview___enter___obj, memoryview___enter__);

// __exit__(*exc_info)
static mp_obj_t memoryview___exit__(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return memoryview_release(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(memoryview___exit___obj, 1, 4, memoryview___exit__);

static const mp_rom_map_elem_t memoryview_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&memoryview___enter___obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&memoryview___exit___obj) },
    { MP_ROM_QSTR(MP_QSTR_cast), MP_ROM_PTR(&memoryview_cast_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&memoryview_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&memoryview_release_obj) },
    { MP_ROM_QSTR(MP_QSTR_tobytes), MP_ROM_PTR(&memoryview_tobytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_tolist), MP_ROM_PTR(&memoryview_tolist_obj) },
    { MP_ROM_QSTR(MP_QSTR_toreadonly), MP_ROM_PTR(&memoryview_toreadonly_obj) },
};
static MP_DEFINE_CONST_DICT(memoryview_locals_dict, memoryview_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_memoryview, MP_QSTR_memoryview, MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    print, memoryview_print,
    make_new, memoryview_make_new,
    unary_op, memoryview_unary_op,
    binary_op, memoryview_binary_op,
    attr, memoryview_attr,
    subscr, memoryview_subscr,
    getiter, memoryview_getiter,
    buffer, memoryview_get_buffer,
    locals_dict, (mp_obj_dict_t *)&memoryview_locals_dict
    );
