// The array module: array.array, a growable sequence of machine numbers of
// one type code, with CPython's API (which is a superset of MicroPython's).
//
// Type codes and item sizes are those of CPython on 64-bit Unix hosts:
// b B (1) h H (2) i I (4) l L q Q (8) f (4) d (8), and u (a 4-byte code
// point, CPython's wchar_t there; its items are 1-char strs). Items are stored in host
// byte order, so the buffer protocol hands out the raw items (bytes(arr),
// memoryview(arr), socket.send(arr) see exactly what tobytes() returns).
// Left out: the 'w' code (3.13), fromfile/tofile, pickling. Also
// available as `uarray`. MicroPython's extra codes: 'P' (an unsigned
// pointer-sized int) and 'O' (any object; such an array has no raw bytes:
// no buffer, tobytes, frombytes or byteswap, which could forge pointers).
#include "py/mpconfig.h"

#if MICROPY_PY_ARRAY

#include <string.h>

#include "py/runtime.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

// An array: `len` items of `itemsize` bytes at `items`, an atomic GC block
// (no pointers inside) with room for `alloc` items.
typedef struct _array_obj_t {
    mp_obj_base_t base;
    byte typecode;
    byte itemsize;
    size_t len;
    size_t alloc;
    byte *items;
} array_obj_t;

typedef struct _array_it_t {
    mp_obj_base_t base;
    mp_obj_t array;
    size_t index;
} array_it_t;

static const mp_obj_type_t array_type;
static const mp_obj_type_t array_it_type;

static size_t typecode_size(int typecode) {
    switch (typecode) {
        case 'b':
        case 'B':
            return 1;
        case 'h':
        case 'H':
            return 2;
        case 'i':
        case 'I':
        case 'f':
        case 'u':
            return 4;
        case 'l':
        case 'L':
        case 'q':
        case 'Q':
        case 'd':
        case 'O':
        case 'P':
            return 8;
        default:
            return 0;
    }
}

static bool typecode_is_float(int typecode) {
    return typecode == 'f' || typecode == 'd';
}

static bool typecode_is_signed(int typecode) {
    return typecode >= 'a' && typecode <= 'z' && typecode != 'u';
}

// The array behind self_in (itself or the native part of an instance of a
// user subclass), or NULL if it is not an array.
static array_obj_t *array_native(mp_obj_t o) {
    if (mp_obj_is_type(o, &array_type)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o) &&
        (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, &array_type);
        if (native != o && mp_obj_is_type(native, &array_type)) {
            return MP_OBJ_TO_PTR(native);
        }
    }
    return NULL;
}

static array_obj_t *array_self(mp_obj_t o) {
    array_obj_t *self = array_native(o);
    if (self == NULL) {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("descriptor requires a 'array.array' object but received a '%s'"));
    }
    return self;
}

static array_obj_t *array_new(int typecode, size_t len) {
    array_obj_t *o = m_new_obj(array_obj_t);
    o->base.type = &array_type;
    o->typecode = (byte)typecode;
    o->itemsize = (byte)typecode_size(typecode);
    o->len = len;
    o->alloc = len;
    size_t nbytes = m_size_mul(len > 0 ? len : 1, o->itemsize);
    // Object items must be seen by the GC.
    o->items = typecode == 'O' ? m_new(byte, nbytes) : m_new_atomic(byte, nbytes);
    return o;
}

// The raw bytes of an 'O' array are object pointers: not to be seen or set.
static array_obj_t *array_check_raw(array_obj_t *self) {
    if (self->typecode == 'O') {
        mp_raise_TypeError(MP_ERROR_TEXT("array of objects has no bytes"));
    }
    return self;
}

// Room for n more items (amortised doubling). A block that must move is
// left to the GC, not freed: a read into the array (recv_into, readinto)
// took its address, then let other threads run while it waited, and one of
// them may grow the array meanwhile; the waiter's stack keeps the old block
// alive until its write lands there (as bytearray_reserve does).
static void array_reserve(array_obj_t *self, size_t n) {
    size_t need = m_size_add(self->len, n);
    if (need <= self->alloc) {
        return;
    }
    size_t alloc = self->alloc * 2;
    if (alloc < need) {
        alloc = need;
    }
    if (alloc < 4) {
        alloc = 4;
    }
    size_t bytes = m_size_mul(alloc, self->itemsize);
    byte *items = m_realloc_maybe(self->items, bytes, false);
    if (items == NULL) {
        items = self->typecode == 'O' ? m_new(byte, bytes) : m_new_atomic(byte, bytes);
        memcpy(items, self->items, self->len * self->itemsize);
    }
    self->items = items;
    self->alloc = alloc;
}

/******************************************************************************/
// Items <-> objects.

static bool host_is_big_endian(void) {
    const uint16_t probe = 1;
    return *(const byte *)&probe == 0;
}

static mp_obj_t item_get(const array_obj_t *self, size_t i) {
    const byte *p = self->items + i * self->itemsize;
    switch (self->typecode) {
        case 'b':
            return MP_OBJ_NEW_SMALL_INT(*(const int8_t *)p);
        case 'B':
            return MP_OBJ_NEW_SMALL_INT(*p);
        case 'f': {
            float f;
            memcpy(&f, p, sizeof(f));
            return mp_obj_new_float((mp_float_t)f);
        }
        case 'd': {
            double d;
            memcpy(&d, p, sizeof(d));
            return mp_obj_new_float(d);
        }
        case 'O': {
            mp_obj_t o;
            memcpy(&o, p, sizeof(o));
            return o;
        }
        case 'u': {
            uint32_t c;
            memcpy(&c, p, sizeof(c));
            byte utf8[4];
            return mp_obj_new_str((const char *)utf8, utf8_encode(c, utf8));
        }
        default:
            break;
    }
    uint64_t v = 0;
    switch (self->itemsize) {
        case 2: {
            uint16_t x;
            memcpy(&x, p, 2);
            v = x;
            break;
        }
        case 4: {
            uint32_t x;
            memcpy(&x, p, 4);
            v = x;
            break;
        }
        default:
            memcpy(&v, p, 8);
            break;
    }
    if (typecode_is_signed(self->typecode)) {
        // Sign-extend from the item's top bit.
        uint64_t sign = (uint64_t)1 << (8 * self->itemsize - 1);
        return mp_obj_new_int_from_ll((int64_t)((v ^ sign) - sign));
    }
    return mp_obj_new_int_from_ull(v);
}

// CPython's OverflowError for an int that does not fit an item of
// typecode. It converts the value in steps (to a C long, or long long, or
// unsigned long; then to a C int or short for some codes; then checks the
// item's range), and the first step that fails names its own C type, so
// array('b', [70000]) complains about a short. `word` tells whether v fits
// a signed 64-bit word (then `v` is it), `uword` an unsigned one.
MP_NORETURN static void item_range_error(int typecode, bool word, mp_int_t v, bool uword, int sign) {
    const char *what = NULL;
    const char *msg = NULL;
    bool neg = sign < 0;
    switch (typecode) {
        case 'q':
            msg = "int too big to convert";
            break;
        case 'Q':
            msg = neg ? "can't convert negative int to unsigned" : "int too big to convert";
            break;
        case 'I':
        case 'L':
            if (neg) {
                msg = "can't convert negative value to unsigned int";
            } else if (!uword) {
                msg = "Python int too large to convert to C unsigned long";
            } else {
                what = "unsigned int";
            }
            break;
        default:
            if (!word) {
                msg = "Python int too large to convert to C long";
            } else if (typecode == 'b' || typecode == 'h') {
                what = (v < -32768 || v > 32767 || typecode == 'h')
                    ? "signed short integer" : "signed char";
            } else if (typecode == 'B') {
                what = "unsigned byte integer";
            } else if (typecode == 'H') {
                what = (v < INT32_MIN || v > INT32_MAX) ? "signed integer" : "unsigned short";
            } else {
                what = "signed integer";
            }
            break;
    }
    if (msg != NULL) {
        mp_raise_msg(&mp_type_OverflowError, msg);
    }
    mp_raise_msg_varg(&mp_type_OverflowError,
        neg ? MP_ERROR_TEXT("%s is less than minimum") : MP_ERROR_TEXT("%s is greater than maximum"),
        what);
}

// Store value at p as one item of typecode; raises TypeError for a wrong
// kind of value and OverflowError for an int out of the item's range.
static void item_store(int typecode, byte *p, mp_obj_t value) {
    size_t size = typecode_size(typecode);
    if (typecode == 'u') {
        if (!mp_obj_is_str(value)) {
            mp_raise_TypeError_obj_unsupported(
                value, MP_ERROR_TEXT("array item must be unicode character, not %s"));
        }
        GET_STR_DATA_LEN(value, data, len);
        if (len == 0 || utf8_charlen(data, len) != 1) {
            mp_raise_TypeError(MP_ERROR_TEXT("array item must be unicode character"));
        }
        uint32_t c = utf8_get_char(data);
        memcpy(p, &c, sizeof(c));
        return;
    }
    if (typecode == 'O') {
        memcpy(p, &value, sizeof(value));
        return;
    }
    if (typecode_is_float(typecode)) {
        mp_float_t v = mp_obj_get_float(value);
        if (typecode == 'f') {
            float f = (float)v;
            memcpy(p, &f, sizeof(f));
        } else {
            memcpy(p, &v, sizeof(v));
        }
        return;
    }
    mp_obj_t iv = mp_seq_index_as_int(value);
    if (iv == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            value, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"));
    }
    bool is_signed = typecode_is_signed(typecode);
    int sign = mp_obj_int_sign(iv);
    // Whether the value fits in `size` bytes: machine ints by comparison,
    // others by the bit length of v (or of ~v = -v - 1 when negative, so
    // that -2**63 still fits 64 signed bits).
    byte buf[8];
    int bits = (int)size * 8;
    bool fits;
    mp_int_t small = 0;
    bool word = mp_obj_get_int_maybe(iv, &small);
    bool uword = word && small >= 0;
    if (word && size < sizeof(mp_int_t)) {
        mp_int_t lim = (mp_int_t)1 << (is_signed ? bits - 1 : bits);
        fits = small < lim && (is_signed ? small >= -lim : small >= 0);
    } else {
        mp_obj_t mag = sign < 0 ? mp_unary_op(MP_UNARY_OP_INVERT, iv) : iv;
        mp_int_t nbits = mp_obj_get_int(mp_call_function_0(mp_load_attr(mag, MP_QSTR_bit_length)));
        uword = sign >= 0 && nbits <= 64;
        fits = is_signed ? nbits <= bits - 1 : (sign >= 0 && nbits <= bits);
    }
    if (!fits) {
        item_range_error(typecode, word, small, uword, sign);
    }
    mp_obj_int_to_bytes_impl(iv, host_is_big_endian(), size, buf, is_signed);
    memcpy(p, buf, size);
}

static void array_append_item(array_obj_t *self, mp_obj_t value) {
    // Convert before growing so that a bad value leaves the array as it was.
    byte tmp[8];
    item_store(self->typecode, tmp, value);
    array_reserve(self, 1);
    memcpy(self->items + self->len * self->itemsize, tmp, self->itemsize);
    self->len++;
}

static void array_extend_bytes(array_obj_t *self, const byte *data, size_t nbytes) {
    if (nbytes % self->itemsize != 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("bytes length not a multiple of item size"));
    }
    size_t n = nbytes / self->itemsize;
    // data may be this array's own storage (a.frombytes(a), a memoryview of
    // it), which growing moves: find it again at its new place.
    uintptr_t offset = (uintptr_t)data - (uintptr_t)self->items;
    bool own = self->items != NULL && offset < self->alloc * self->itemsize;
    array_reserve(self, n);
    if (own) {
        data = self->items + offset;
    }
    memmove(self->items + self->len * self->itemsize, data, nbytes);
    self->len += n;
}

static void array_extend_iter(array_obj_t *self, mp_obj_t iterable) {
    array_obj_t *other = array_native(iterable);
    if (other != NULL) {
        if (other->typecode != self->typecode) {
            mp_raise_TypeError(MP_ERROR_TEXT("can only extend with array of same kind"));
        }
        // other may be self: copy the bytes first.
        size_t nbytes = other->len * other->itemsize;
        byte *copy = m_new_atomic(byte, nbytes > 0 ? nbytes : 1);
        memcpy(copy, other->items, nbytes);
        array_extend_bytes(self, copy, nbytes);
        return;
    }
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        array_append_item(self, item);
    }
}

/******************************************************************************/
// Protocol slots.

static mp_obj_t array_tounicode(mp_obj_t self_in);

static void array_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    array_obj_t *self = array_self(self_in);
    // A subclass instance shows its own class name, as in CPython.
    mp_printf(print, "%q('%c'", mp_obj_get_type(self_in)->name, self->typecode);
    if (self->len > 0 && self->typecode == 'u') {
        mp_print_str(print, ", ");
        mp_obj_print_helper(print, array_tounicode(self_in), PRINT_REPR);
    } else if (self->len > 0) {
        mp_print_str(print, ", [");
        for (size_t i = 0; i < self->len; i++) {
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, item_get(self, i), PRINT_REPR);
        }
        mp_print_str(print, "]");
    }
    mp_print_str(print, ")");
}

// array(typecode[, initializer])
static mp_obj_t array_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("array.array() takes no keyword arguments"));
    }
    if (n_args < 1 || n_args > 2) {
        mp_raise_TypeError_varg(
            n_args < 1 ? MP_ERROR_TEXT("array() takes at least 1 argument (%d given)")
                       : MP_ERROR_TEXT("array() takes at most 2 arguments (%d given)"),
            (int)n_args);
    }
    mp_obj_t tc = args[0];
    if (!mp_obj_is_str(tc)) {
        mp_raise_TypeError_obj_unsupported(
            tc, MP_ERROR_TEXT("array() argument 1 must be a unicode character, not %s"));
    }
    GET_STR_DATA_LEN(tc, tc_data, tc_len);
    if (tc_len != 1) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("array() argument 1 must be a unicode character, not str"));
    }
    int typecode = tc_data[0];
    if (typecode_size(typecode) == 0) {
        mp_raise_ValueError(
            MP_ERROR_TEXT("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    array_obj_t *self = array_new(typecode, 0);
    if (n_args == 2) {
        mp_obj_t init = args[1];
        if (mp_obj_is_str(init)) {
            if (typecode != 'u') {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("cannot use a str to initialize an array with typecode '%c'"),
                    typecode);
            }
            array_extend_iter(self, init);
        } else if (mp_obj_is_type(init, &mp_type_bytes) ||
                   mp_obj_is_type(init, &mp_type_bytearray)) {
            mp_buffer_info_t bufinfo;
            mp_get_buffer_raise(init, &bufinfo, MP_BUFFER_READ);
            array_extend_bytes(array_check_raw(self), bufinfo.buf, bufinfo.len);
        } else {
            array_obj_t *other = array_native(init);
            if (other != NULL && other->typecode == 'u' && typecode != 'u') {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("cannot use a unicode array to initialize an array with typecode '%c'"),
                    typecode);
            }
            if (other != NULL) {
                // From another array its values are converted one by one.
                for (size_t i = 0; i < other->len; i++) {
                    array_append_item(self, item_get(other, i));
                }
            } else {
                mp_obj_t len = mp_obj_len_maybe(init);
                if (len != MP_OBJ_NULL && mp_obj_is_small_int(len)) {
                    array_reserve(self, MP_OBJ_SMALL_INT_VALUE(len));
                }
                array_extend_iter(self, init);
            }
        }
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t array_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    array_obj_t *self = array_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->len);
        case MP_UNARY_OP_HASH:
            // Mutable: unhashable, named as CPython names the type (a Python
            // subclass's instance gets its own name from mp_obj_hash).
            mp_raise_TypeError_varg(MP_ERROR_TEXT("unhashable type: '%s'"),
                mp_obj_type_tp_name(mp_obj_get_type(self_in)));
        default:
            return MP_OBJ_NULL;
    }
}

static array_obj_t *array_repeat(const array_obj_t *self, mp_obj_t times_in) {
    mp_obj_t t = mp_seq_index_as_int(times_in);
    if (t == MP_OBJ_NULL) {
        return NULL;
    }
    mp_int_t times = mp_obj_int_sign(t) <= 0 ? 0 : mp_obj_get_int(t);
    if (self->len == 0) {
        times = 0; // nothing to copy, however often (array('b') * 2**40)
    }
    array_obj_t *r = array_new(self->typecode, m_size_mul(self->len, times));
    size_t nbytes = self->len * self->itemsize;
    for (mp_int_t k = 0; k < times; k++) {
        memcpy(r->items + k * nbytes, self->items, nbytes);
    }
    return r;
}

// array * x with x not an int: as CPython's sequence repeat, the error names
// x's type. Only an instance of a Python class may still answer (__rmul__),
// so the runtime is left to try it.
static void array_bad_repeat_count(mp_obj_t count) {
    if (!mp_obj_is_instance_type(mp_obj_get_type(count))) {
        mp_raise_TypeError_obj_unsupported(
            count, MP_ERROR_TEXT("can't multiply sequence by non-int of type '%s'"));
    }
}

// Sequence comparison by item values: the first differing pair decides,
// else the lengths do.
static mp_obj_t array_compare(mp_binary_op_t op, const array_obj_t *a, const array_obj_t *b) {
    if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && a->len != b->len) {
        return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
    }
    if (a->typecode == b->typecode && !typecode_is_float(a->typecode) &&
        (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)) {
        bool eq = memcmp(a->items, b->items, a->len * a->itemsize) == 0;
        return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
    }
    size_t n = a->len < b->len ? a->len : b->len;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t x = item_get(a, i), y = item_get(b, i);
        if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_EQUAL, x, y))) {
            if (op == MP_BINARY_OP_EQUAL) {
                return mp_const_false;
            }
            if (op == MP_BINARY_OP_NOT_EQUAL) {
                return mp_const_true;
            }
            return mp_binary_op(op, x, y);
        }
    }
    return mp_obj_new_bool(mp_cmp_result(op, (a->len > b->len) - (a->len < b->len)));
}

static mp_obj_t array_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    array_obj_t *self = array_self(lhs_in);
    array_obj_t *other = array_native(rhs_in);
    switch (op) {
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
            return other == NULL ? MP_OBJ_NULL : array_compare(op, self, other);
        case MP_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < self->len; i++) {
                if (mp_obj_equal(item_get(self, i), rhs_in)) {
                    return mp_const_true;
                }
            }
            return mp_const_false;
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            if (other == NULL) {
                if (mp_obj_is_instance_type(mp_obj_get_type(rhs_in))) {
                    return MP_OBJ_NULL; // its __radd__ may answer
                }
                mp_raise_TypeError_varg(op == MP_BINARY_OP_ADD
                    ? MP_ERROR_TEXT("can only append array (not \"%s\") to array")
                    : MP_ERROR_TEXT("can only extend array with array (not \"%s\")"),
                    mp_obj_get_type_str(rhs_in));
            }
            if (other->typecode != self->typecode) {
                mp_raise_TypeError(op == MP_BINARY_OP_INPLACE_ADD
                    ? MP_ERROR_TEXT("can only extend with array of same kind")
                    : MP_ERROR_TEXT("bad argument type for built-in operation"));
            }
            if (op == MP_BINARY_OP_INPLACE_ADD) {
                array_extend_iter(self, rhs_in);
                return lhs_in;
            }
            size_t n1 = self->len * self->itemsize, n2 = other->len * other->itemsize;
            array_obj_t *r = array_new(self->typecode, self->len + other->len);
            memcpy(r->items, self->items, n1);
            memcpy(r->items + n1, other->items, n2);
            return MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            array_obj_t *r = array_repeat(self, rhs_in);
            if (r == NULL && op == MP_BINARY_OP_MULTIPLY) {
                array_bad_repeat_count(rhs_in);
            }
            return r == NULL ? MP_OBJ_NULL : MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            array_obj_t *r = array_repeat(self, rhs_in);
            if (r == NULL) {
                array_bad_repeat_count(rhs_in);
                return MP_OBJ_NULL;
            }
            self->items = r->items;
            self->len = r->len;
            self->alloc = r->alloc;
            return lhs_in;
        }
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

// Replace items [start, stop) with n items from src (n * itemsize bytes).
static void array_replace_range(
    array_obj_t *self, size_t start, size_t stop, const byte *src, size_t n) {
    size_t sz = self->itemsize;
    size_t old_n = stop - start;
    if (n > old_n) {
        array_reserve(self, n - old_n);
    }
    memmove(self->items + (start + n) * sz, self->items + stop * sz, (self->len - stop) * sz);
    if (n > 0) {
        memcpy(self->items + start * sz, src, n * sz);
    }
    self->len = self->len - old_n + n;
}

static mp_obj_t array_subscr_slice(array_obj_t *self, mp_obj_t index, mp_obj_t value) {
    mp_bound_slice_t s;
    // (the bounds' __index__ may resize the array: its length is read after)
    bool fast = mp_seq_get_fast_slice_indexes_live(&self->len, index, &s);
    size_t sz = self->itemsize;
    size_t count = fast ? (size_t)(s.stop - s.start) : slice_count(&s);
    if (value == MP_OBJ_SENTINEL) {
        array_obj_t *r = array_new(self->typecode, count);
        mp_int_t i = s.start;
        for (size_t k = 0; k < count; k++, i += s.step) {
            memcpy(r->items + k * sz, self->items + i * sz, sz);
        }
        return MP_OBJ_FROM_PTR(r);
    }
    const byte *src = NULL;
    size_t n = 0;
    if (value != MP_OBJ_NULL) {
        array_obj_t *other = array_native(value);
        if (other == NULL) {
            mp_raise_TypeError_obj_unsupported(
                value, MP_ERROR_TEXT("can only assign array (not \"%s\") to array slice"));
        }
        if (other->typecode != self->typecode) {
            mp_raise_TypeError(MP_ERROR_TEXT("bad argument type for built-in operation"));
        }
        n = other->len;
        // A copy: value may be self.
        byte *copy = m_new_atomic(byte, n * sz > 0 ? n * sz : 1);
        memcpy(copy, other->items, n * sz);
        src = copy;
    }
    if (fast) {
        array_replace_range(self, s.start, s.stop, src, n);
        return mp_const_none;
    }
    if (value == MP_OBJ_NULL || n == 0) {
        // Delete an extended slice (assigning an empty array deletes too, as
        // in CPython): walk upwards keeping the other items.
        if (count == 0) {
            return mp_const_none;
        }
        mp_int_t first = s.step > 0 ? s.start : s.start + (mp_int_t)(count - 1) * s.step;
        mp_int_t step = s.step > 0 ? s.step : -s.step;
        size_t dst = first, next_del = first, removed = 0;
        for (size_t i = first; i < self->len; i++) {
            if (i == next_del && removed < count) {
                removed++;
                next_del += step;
                continue;
            }
            memmove(self->items + dst * sz, self->items + i * sz, sz);
            dst++;
        }
        self->len = dst;
        return mp_const_none;
    }
    if (n != count) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("attempt to assign array of size %u to extended slice of size %u"),
            (unsigned)n, (unsigned)count);
    }
    mp_int_t i = s.start;
    for (size_t k = 0; k < n; k++, i += s.step) {
        memcpy(self->items + i * sz, src + k * sz, sz);
    }
    return mp_const_none;
}

static mp_obj_t array_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    array_obj_t *self = array_self(self_in);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        return array_subscr_slice(self, index, value);
    }
    mp_obj_t iv = mp_seq_index_as_int(index);
    if (iv == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("array indices must be integers"));
    }
    mp_int_t v;
    if (!mp_obj_get_int_maybe(iv, &v)) {
        mp_raise_msg_varg(&mp_type_IndexError,
            MP_ERROR_TEXT("cannot fit '%s' into an index-sized integer"),
            mp_obj_get_type_str(index));
    }
    if (v < 0) {
        v += self->len;
    }
    if (v < 0 || (size_t)v >= self->len) {
        mp_raise_IndexError(value == MP_OBJ_SENTINEL
                                ? MP_ERROR_TEXT("array index out of range")
                                : MP_ERROR_TEXT("array assignment index out of range"));
    }
    size_t i = v;
    if (value == MP_OBJ_SENTINEL) {
        return item_get(self, i);
    }
    if (value == MP_OBJ_NULL) {
        array_replace_range(self, i, i + 1, NULL, 0);
        return mp_const_none;
    }
    // Converting the value may run code that shrinks the array.
    byte tmp[8];
    item_store(self->typecode, tmp, value);
    if (i >= self->len) {
        mp_raise_IndexError(MP_ERROR_TEXT("array assignment index out of range"));
    }
    memcpy(self->items + i * self->itemsize, tmp, self->itemsize);
    return mp_const_none;
}

static mp_obj_t array_getiter(mp_obj_t self_in) {
    array_self(self_in);
    array_it_t *it = m_new_obj(array_it_t);
    it->base.type = &array_it_type;
    it->array = self_in;
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t array_it_iternext(mp_obj_t self_in) {
    array_it_t *it = MP_OBJ_TO_PTR(self_in);
    array_obj_t *a = array_native(it->array);
    if (it->index >= a->len) {
        // Once exhausted it stays so, even if the array grows later.
        it->index = SIZE_MAX;
        return MP_OBJ_STOP_ITERATION;
    }
    return item_get(a, it->index++);
}

static int array_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    (void)flags;
    array_obj_t *self = array_self(self_in);
    if (self->typecode == 'O') {
        return 1;
    }
    bufinfo->buf = self->items;
    bufinfo->len = self->len * self->itemsize;
    bufinfo->typecode = self->typecode;
    return 0;
}

/******************************************************************************/
// Methods.

// append(x)
static mp_obj_t array_append(mp_obj_t self_in, mp_obj_t value) {
    array_append_item(array_self(self_in), value);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_append_obj, array_append);

// extend(iterable)
static mp_obj_t array_extend(mp_obj_t self_in, mp_obj_t iterable) {
    array_extend_iter(array_self(self_in), iterable);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_extend_obj, array_extend);

// insert(i, x): i clamped to [0, len] as list.insert does, with the length
// read after converting i and x (their __index__ may resize the array).
static mp_obj_t array_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    array_obj_t *self = array_self(self_in);
    mp_obj_t iv = mp_seq_index_as_int(index);
    if (iv == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            index, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"));
    }
    byte tmp[8];
    item_store(self->typecode, tmp, value);
    size_t i = mp_seq_clamp_bound(iv, self->len);
    array_replace_range(self, i, i, tmp, 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(array_insert_obj, array_insert);

// pop([i])
static mp_obj_t array_pop(size_t n_args, const mp_obj_t *args) {
    array_obj_t *self = array_self(args[0]);
    if (self->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop from empty array"));
    }
    mp_int_t v = n_args > 1 ? mp_obj_get_int(args[1]) : -1;
    if (v < 0) {
        v += self->len;
    }
    if (v < 0 || (size_t)v >= self->len) {
        mp_raise_IndexError(MP_ERROR_TEXT("pop index out of range"));
    }
    mp_obj_t item = item_get(self, v);
    array_replace_range(self, v, v + 1, NULL, 0);
    return item;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(array_pop_obj, 1, 2, array_pop);

// The first index in [start, stop) holding a value equal to x, or -1.
static mp_int_t array_find(const array_obj_t *self, mp_obj_t x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < self->len; i++) {
        if (mp_obj_equal(item_get(self, i), x)) {
            return i;
        }
    }
    return -1;
}

// remove(x)
static mp_obj_t array_remove(mp_obj_t self_in, mp_obj_t x) {
    array_obj_t *self = array_self(self_in);
    mp_int_t i = array_find(self, x, 0, self->len);
    if (i < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("array.remove(x): x not in array"));
    }
    array_replace_range(self, i, i + 1, NULL, 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_remove_obj, array_remove);

// index(x[, start[, stop]])
static mp_obj_t array_index(size_t n_args, const mp_obj_t *args) {
    array_obj_t *self = array_self(args[0]);
    size_t start = n_args > 2 ? mp_seq_clamp_bound(args[2], self->len) : 0;
    size_t stop = n_args > 3 ? mp_seq_clamp_bound(args[3], self->len) : self->len;
    mp_int_t i = array_find(self, args[1], start, stop);
    if (i < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("array.index(x): x not in array"));
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(array_index_obj, 2, 4, array_index);

// count(x)
static mp_obj_t array_count(mp_obj_t self_in, mp_obj_t x) {
    array_obj_t *self = array_self(self_in);
    mp_int_t n = 0;
    for (size_t i = 0; i < self->len; i++) {
        if (mp_obj_equal(item_get(self, i), x)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_count_obj, array_count);

// reverse()
static mp_obj_t array_reverse(mp_obj_t self_in) {
    array_obj_t *self = array_self(self_in);
    size_t sz = self->itemsize;
    byte tmp[8];
    for (size_t i = 0, j = self->len; i + 1 < j; i++, j--) {
        memcpy(tmp, self->items + i * sz, sz);
        memcpy(self->items + i * sz, self->items + (j - 1) * sz, sz);
        memcpy(self->items + (j - 1) * sz, tmp, sz);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_reverse_obj, array_reverse);

// byteswap()
static mp_obj_t array_byteswap(mp_obj_t self_in) {
    array_obj_t *self = array_check_raw(array_self(self_in));
    size_t sz = self->itemsize;
    for (size_t i = 0; i < self->len; i++) {
        byte *p = self->items + i * sz;
        for (size_t a = 0, b = sz - 1; a < b; a++, b--) {
            byte t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_byteswap_obj, array_byteswap);

// buffer_info()
static mp_obj_t array_buffer_info(mp_obj_t self_in) {
    array_obj_t *self = array_self(self_in);
    mp_obj_t items[2] = { mp_obj_new_int_from_uint((mp_uint_t)self->items),
        MP_OBJ_NEW_SMALL_INT(self->len) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_buffer_info_obj, array_buffer_info);

// tobytes()
static mp_obj_t array_tobytes(mp_obj_t self_in) {
    array_obj_t *self = array_check_raw(array_self(self_in));
    return mp_obj_new_bytes(self->items, self->len * self->itemsize);
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_tobytes_obj, array_tobytes);

// frombytes(buffer)
static mp_obj_t array_frombytes(mp_obj_t self_in, mp_obj_t buf_in) {
    array_obj_t *self = array_check_raw(array_self(self_in));
    if (mp_obj_is_str(buf_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
    }
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(buf_in, &bufinfo, MP_BUFFER_READ);
    array_extend_bytes(self, bufinfo.buf, bufinfo.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_frombytes_obj, array_frombytes);

// tofile(f): the items' bytes through f.write().
static mp_obj_t array_tofile(mp_obj_t self_in, mp_obj_t f) {
    mp_call_function_1(mp_load_attr(f, MP_QSTR_write), array_tobytes(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_tofile_obj, array_tofile);

// fromfile(f, n): n items read with f.read(); what a short read gives is
// kept before EOFError is raised.
static mp_obj_t array_fromfile(mp_obj_t self_in, mp_obj_t f, mp_obj_t n_in) {
    array_obj_t *self = array_self(self_in);
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative count"));
    }
    size_t nbytes = m_size_mul((size_t)n, self->itemsize);
    mp_obj_t b = mp_call_function_1(mp_load_attr(f, MP_QSTR_read), mp_obj_new_int_from_uint(nbytes));
    if (!mp_obj_is_type(b, &mp_type_bytes)) {
        mp_raise_TypeError(MP_ERROR_TEXT("read() didn't return bytes"));
    }
    bool short_read = mp_obj_get_int(mp_obj_len(b)) != (mp_int_t)nbytes;
    array_frombytes(self_in, b);
    if (short_read) {
        mp_raise_msg(&mp_type_EOFError, MP_ERROR_TEXT("read() didn't return enough bytes"));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(array_fromfile_obj, array_fromfile);

// tolist()
static mp_obj_t array_tolist(mp_obj_t self_in) {
    array_obj_t *self = array_self(self_in);
    mp_obj_t list = mp_obj_new_list(self->len, NULL);
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    for (size_t i = 0; i < self->len; i++) {
        l->items[i] = item_get(self, i);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_tolist_obj, array_tolist);

// fromlist(list)
static mp_obj_t array_fromlist(mp_obj_t self_in, mp_obj_t list_in) {
    array_obj_t *self = array_self(self_in);
    if (!mp_obj_is_type(list_in, &mp_type_list)) {
        mp_raise_TypeError(MP_ERROR_TEXT("arg must be list"));
    }
    // All or nothing: on a bad item the array keeps its old length.
    size_t old_len = self->len;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(list_in, &n, &items);
        for (size_t i = 0; i < n; i++) {
            array_append_item(self, items[i]);
        }
        nlr_pop();
    } else {
        self->len = old_len;
        nlr_jump(nlr.ret_val);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_fromlist_obj, array_fromlist);

static array_obj_t *array_self_unicode(mp_obj_t self_in, const char *what) {
    array_obj_t *self = array_self(self_in);
    if (self->typecode != 'u') {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("%s() may only be called on unicode type arrays"), what);
    }
    return self;
}

// tounicode()
static mp_obj_t array_tounicode(mp_obj_t self_in) {
    array_obj_t *self = array_self_unicode(self_in, "tounicode");
    vstr_t vstr;
    vstr_init(&vstr, self->len);
    for (size_t i = 0; i < self->len; i++) {
        uint32_t c;
        memcpy(&c, self->items + i * 4, 4);
        if (c > 0x10ffff) {
            // Stored through frombytes(): not a code point.
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("character U+%x is not in range [U+0000; U+10ffff]"), (unsigned)c);
        }
        vstr_add_char(&vstr, c);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_tounicode_obj, array_tounicode);

// fromunicode(s)
static mp_obj_t array_fromunicode(mp_obj_t self_in, mp_obj_t str_in) {
    array_obj_t *self = array_self_unicode(self_in, "fromunicode");
    if (!mp_obj_is_str(str_in)) {
        mp_raise_TypeError_obj_unsupported(
            str_in, MP_ERROR_TEXT("fromunicode() argument must be str, not %s"));
    }
    array_extend_iter(self, str_in);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(array_fromunicode_obj, array_fromunicode);

// __reduce_ex__(protocol): (type, (typecode, items as a list), state) for
// copy and pickle; state is an instance's __dict__ (None for a plain
// array). CPython's protocol 3 form (array._array_reconstructor with the
// machine format) is not provided: this one serves every protocol.
static mp_obj_t array___reduce_ex__(mp_obj_t self_in, mp_obj_t protocol) {
    (void)mp_obj_get_int(protocol);
    array_obj_t *self = array_self(self_in);
    char tc = (char)self->typecode;
    mp_obj_t ctor_args[2] = { mp_obj_new_str(&tc, 1), array_tolist(self_in) };
    mp_obj_t state = mp_const_none;
    const mp_obj_type_t *type = mp_obj_get_type(self_in);
    if (mp_obj_is_instance_type(type)) {
        state = mp_load_attr(self_in, MP_QSTR___dict__);
    }
    mp_obj_t res[3] = { MP_OBJ_FROM_PTR(type), mp_obj_new_tuple(2, ctor_args), state };
    return mp_obj_new_tuple(3, res);
}
static MP_DEFINE_CONST_FUN_OBJ_2(array___reduce_ex___obj, array___reduce_ex__);

static void array_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_typecode) {
        char c = (char)array_self(self_in)->typecode;
        dest[0] = mp_obj_new_str(&c, 1);
    } else if (attr == MP_QSTR_itemsize) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(array_self(self_in)->itemsize);
    }
}

static const mp_rom_map_elem_t array_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&array_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&array_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&array_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&array_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&array_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&array_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&array_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&array_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_byteswap), MP_ROM_PTR(&array_byteswap_obj) },
    { MP_ROM_QSTR(MP_QSTR_buffer_info), MP_ROM_PTR(&array_buffer_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_tobytes), MP_ROM_PTR(&array_tobytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_frombytes), MP_ROM_PTR(&array_frombytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_tofile), MP_ROM_PTR(&array_tofile_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromfile), MP_ROM_PTR(&array_fromfile_obj) },
    { MP_ROM_QSTR(MP_QSTR_tolist), MP_ROM_PTR(&array_tolist_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromlist), MP_ROM_PTR(&array_fromlist_obj) },
    { MP_ROM_QSTR(MP_QSTR_tounicode), MP_ROM_PTR(&array_tounicode_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromunicode), MP_ROM_PTR(&array_fromunicode_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce_ex__), MP_ROM_PTR(&array___reduce_ex___obj) },
};
static MP_DEFINE_CONST_DICT(array_locals_dict, array_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    array_type, MP_QSTR_array, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, array_print,
    make_new, array_make_new,
    unary_op, array_unary_op,
    binary_op, array_binary_op,
    attr, array_attr,
    subscr, array_subscr,
    getiter, array_getiter,
    buffer, array_get_buffer,
    locals_dict, (mp_obj_dict_t *)&array_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    array_it_type, MP_QSTR_arrayiterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, array_it_iternext
    );

/******************************************************************************/
// The module.

static const mp_rom_map_elem_t mp_module_array_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_array) },
    { MP_ROM_QSTR(MP_QSTR_array), MP_ROM_PTR(&array_type) },
    { MP_ROM_QSTR(MP_QSTR_ArrayType), MP_ROM_PTR(&array_type) },
    { MP_ROM_QSTR(MP_QSTR_typecodes), MP_ROM_QSTR(MP_QSTR_bBuhHiIlLqQfd) },
};
static MP_DEFINE_CONST_DICT(mp_module_array_globals, mp_module_array_globals_table);

const mp_obj_module_t mp_module_array = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_array_globals,
};

MP_REGISTER_MODULE(MP_QSTR_array, mp_module_array);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uarray, mp_module_array);

#endif // MICROPY_PY_ARRAY
