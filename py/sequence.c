// Helpers shared by the sequence types: repetition, lexicographic
// comparison, index()/count(), slice extraction and index conversion.
#include "py/mpconfig.h"

#include <string.h>

#include "py/gc.h"
#include "py/runtime.h"
#include "py/sequence.h"

mp_obj_t mp_seq_index_as_int(mp_obj_t o) {
    if (mp_obj_is_int(o)) {
        return o;
    }
    if (o == mp_const_false || o == mp_const_true) {
        return MP_OBJ_NEW_SMALL_INT(o == mp_const_true);
    }
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (mp_obj_is_instance_type(type)) {
        // An int subclass is an int already: its __index__ is not asked.
        mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_int));
        if (native != o && mp_obj_is_int(native)) {
            return native;
        }
    }
    if (MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
        mp_obj_t r = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_INDEX, o);
        if (r != MP_OBJ_NULL) {
            if (mp_obj_is_int(r)) {
                return r;
            }
            // A bool or int subclass result is taken as its int value
            // (CPython 3.11 does, with a DeprecationWarning).
            if (mp_obj_is_instance_of(r, &mp_type_int)) {
                mp_obj_int_check_exact_result(MP_QSTR___index__, r);
            }
            if (r == mp_const_false || r == mp_const_true) {
                return MP_OBJ_NEW_SMALL_INT(r == mp_const_true);
            }
            mp_obj_t native = mp_obj_cast_to_native_base(r, MP_OBJ_FROM_PTR(&mp_type_int));
            if (native == r || !mp_obj_is_int(native)) {
                mp_raise_TypeError_obj_unsupported(
                    r, MP_ERROR_TEXT("__index__ returned non-int (type %s)"));
            }
            return native;
        }
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_seq_index_as_int_raise(mp_obj_t o) {
    mp_obj_t v = mp_seq_index_as_int(o);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"));
    }
    return v;
}

MP_COLD bool mp_seq_index_value(mp_obj_t index, mp_int_t *i) {
    mp_obj_t v = mp_seq_index_as_int(index);
    if (v == MP_OBJ_NULL) {
        return false;
    }
    if (!mp_obj_get_int_maybe(v, i)) {
        mp_raise_msg_varg(&mp_type_IndexError,
            MP_ERROR_TEXT("cannot fit '%s' into an index-sized integer"), mp_obj_get_type_str(index));
    }
    return true;
}

size_t mp_seq_get_item_index(qstr type_name, size_t len, mp_obj_t index) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (!mp_seq_index_value(index, &i)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q indices must be integers or slices, not %s"), type_name,
            mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || (size_t)i >= len) {
        mp_raise_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("%q index out of range"), type_name);
    }
    return (size_t)i;
}

// o as a machine int, big ints clamped to the small int range; *ok is set
// false if o is not int-like.
static mp_int_t bound_value(mp_obj_t o, bool *ok) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    mp_obj_t v = mp_seq_index_as_int(o);
    if (v == MP_OBJ_NULL) {
        *ok = false;
        return 0;
    }
    if (mp_obj_is_small_int(v)) {
        return MP_OBJ_SMALL_INT_VALUE(v);
    }
    return mp_obj_int_sign(v) < 0 ? MP_SMALL_INT_MIN : MP_SMALL_INT_MAX;
}

mp_int_t mp_seq_bound_value(mp_obj_t o) {
    // Every slice of bytes_slicing comes here: the small int returns at once,
    // as jump threading (off at -Oz, see the Makefile) would have made it.
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    bool ok = true;
    mp_int_t i = bound_value(o, &ok);
    if (!ok) {
        mp_raise_TypeError(MP_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    return i;
}

size_t mp_seq_clamp_bound(mp_obj_t o, size_t len) {
    bool ok = true;
    mp_int_t i = bound_value(o, &ok);
    if (!ok) {
        // index() and count() bounds may not be None (CPython's
        // _PyEval_SliceIndexNotNone).
        mp_raise_TypeError(MP_ERROR_TEXT("slice indices must be integers or have an __index__ method"));
    }
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = 0;
        }
    } else if ((size_t)i > len) {
        i = len;
    }
    return (size_t)i;
}

// The containers being printed, innermost last (CPython's Py_ReprEnter); a
// GC root in py/mpstate.h.
#define MP_STATE_REPR_GUARD (MP_STATE_VM(repr_guard))

bool mp_seq_print_guarded(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind, mp_print_fun_t body) {
    bool locked = gc_is_locked();
    if (MP_STATE_REPR_GUARD == MP_OBJ_NULL && !locked) {
        MP_STATE_REPR_GUARD = mp_obj_new_list(0, NULL);
    }
    mp_obj_list_t *guard = MP_OBJ_TO_PTR(MP_STATE_REPR_GUARD);
    if (MP_UNLIKELY(locked) && (guard == NULL || guard->len == guard->alloc)) {
        // Under heap_lock a full guard cannot grow: print unguarded (as
        // MicroPython always does; a cycle ends in RecursionError).
        body(print, self, kind);
        return true;
    }
    size_t depth = guard->len;
    for (size_t i = 0; i < depth; i++) {
        if (guard->items[i] == self) {
            return false;
        }
    }
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded while getting the repr of an object"));
    mp_obj_list_append(MP_OBJ_FROM_PTR(guard), self);
    // A cleanup boundary: self must come off the guard even if an item's
    // __repr__ raises, or it would print as "[...]" from then on.
    nlr_buf_t nlr;
    bool ok = nlr_push(&nlr) == 0;
    if (ok) {
        body(print, self, kind);
        nlr_pop();
    }
    // (Not mp_obj_list_set_len: it may shrink the list, which needs the heap.)
    guard->items[depth] = MP_OBJ_NULL;
    guard->len = depth;
    MP_STATE_THREAD(recursion_depth)--;
    if (!ok) {
        nlr_jump(nlr.ret_val);
    }
    return true;
}

void *mp_seq_cast_native_slow(mp_obj_t o, const mp_obj_type_t *type) {
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(type));
    return mp_obj_is_type(native, type) ? MP_OBJ_TO_PTR(native) : NULL;
}

void *mp_seq_self_native_slow(mp_obj_t o, const mp_obj_type_t *type) {
    void *native = mp_seq_cast_native_slow(o, type);
    if (native == NULL) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("descriptor requires a '%q' object but received a '%s'"), (qstr)type->name,
            mp_obj_get_type_str(o));
    }
    return native;
}

bool mp_seq_repeat_count(mp_obj_t n_in, size_t *n) {
    mp_obj_t v = mp_seq_index_as_int(n_in);
    if (v == MP_OBJ_NULL) {
        return false;
    }
    // A count in the machine range but too big to allocate is a MemoryError.
    mp_int_t i;
    if (!mp_obj_get_int_maybe(v, &i)) {
        mp_raise_msg_varg(&mp_type_OverflowError,
            MP_ERROR_TEXT("cannot fit '%s' into an index-sized integer"), mp_obj_get_type_str(n_in));
    }
    *n = i < 0 ? 0 : (size_t)i;
    return true;
}

bool mp_seq_contains_obj(const mp_obj_t *items, size_t len, mp_obj_t value) {
    for (size_t i = 0; i < len; i++) {
        if (items[i] == value || mp_obj_equal(items[i], value)) {
            return true;
        }
    }
    return false;
}

mp_obj_t mp_seq_getiter_maybe(mp_obj_t o) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    // A user class without __iter__/__getitem__ answers MP_OBJ_NULL too.
    return !MP_OBJ_TYPE_HAS_SLOT(type, getiter) ? MP_OBJ_NULL : MP_OBJ_TYPE_GET_SLOT(type, getiter)(o);
}

mp_obj_t mp_seq_unsupported_operand(mp_binary_op_t op, qstr type_name, mp_obj_t self, mp_obj_t x) {
    const mp_obj_type_t *xt = mp_obj_get_type(x);
    if (mp_obj_is_instance_type(xt)) {
        return MP_OBJ_NULL;
    }
    if (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD) {
        // A built-in type may add itself on the right (sys.version_info):
        // give it its reflected chance before raising, as the runtime would.
        if (MP_OBJ_TYPE_HAS_SLOT(xt, binary_op) && xt != mp_obj_get_type(self)) {
            mp_obj_t r = MP_OBJ_TYPE_GET_SLOT(xt, binary_op)(MP_BINARY_OP_REVERSE_ADD, x, self);
            if (r != MP_OBJ_NULL) {
                return r;
            }
        }
        if (type_name == MP_QSTR_bytes || type_name == MP_QSTR_bytearray) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("can't concat %s to %q"),
                mp_obj_get_type_str(x), type_name);
        }
        mp_raise_TypeError_varg(MP_ERROR_TEXT("can only concatenate %q (not \"%s\") to %q"),
            type_name, mp_obj_get_type_str(x), type_name);
    }
    mp_raise_TypeError_obj_unsupported(
        x, MP_ERROR_TEXT("can't multiply sequence by non-int of type '%s'"));
}

// Each copy doubles what is done, copying from the result itself: b'x' * n
// costs log2(n) memcpy calls, not n (50 MB of one byte took a quarter of a
// second). items == dest repeats a buffer in place.
void mp_seq_multiply(const void *items, size_t item_sz, size_t len, size_t times, void *dest) {
    size_t done = item_sz * len;
    size_t total = done * times;
    byte *d = dest;
    if (total == 0) {
        return;
    }
    if (d != items) {
        memcpy(d, items, done);
    }
    while (done < total) {
        size_t n = total - done < done ? total - done : done;
        memcpy(d + done, d, n);
        done += n;
    }
}

// Result of comparison op for two values ordered as cmp (<0, 0, >0).
bool mp_cmp_result(mp_uint_t op, int cmp) {
    switch (op) {
        case MP_BINARY_OP_LESS:
            return cmp < 0;
        case MP_BINARY_OP_MORE:
            return cmp > 0;
        case MP_BINARY_OP_LESS_EQUAL:
            return cmp <= 0;
        case MP_BINARY_OP_MORE_EQUAL:
            return cmp >= 0;
        case MP_BINARY_OP_NOT_EQUAL:
            return cmp != 0;
        default:
            return cmp == 0;
    }
}

bool mp_seq_cmp_bytes(mp_uint_t op, const byte *data1, size_t len1, const byte *data2, size_t len2) {
    if (len1 != len2 && (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)) {
        return op == MP_BINARY_OP_NOT_EQUAL;
    }
    size_t n = len1 < len2 ? len1 : len2;
    int cmp = n == 0 ? 0 : memcmp(data1, data2, n);
    if (cmp == 0) {
        cmp = len1 < len2 ? -1 : len1 > len2 ? 1 : 0;
    }
    return mp_cmp_result(op, cmp);
}

bool mp_seq_cmp_objs(mp_uint_t op, const mp_obj_t *items1, size_t len1, const mp_obj_t *items2, size_t len2) {
    if (len1 != len2 && (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)) {
        return op == MP_BINARY_OP_NOT_EQUAL;
    }
    // Find the first position where the items differ (identity counts as
    // equal, so [nan] == [nan]). The arrays must not change meanwhile: lists
    // use their own loop, which re-reads them after every __eq__.
    size_t i = 0;
    for (; i < len1 && i < len2; i++) {
        mp_obj_t a = items1[i], b = items2[i];
        if (a == b || (mp_obj_is_small_int(a) && mp_obj_is_small_int(b))) {
            if (a != b) {
                break;
            }
            continue;
        }
        // Items may be nested tuples: count the depth (undone by the VM on
        // a raise).
        mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded in comparison"));
        bool eq = mp_obj_equal(a, b);
        MP_STATE_THREAD(recursion_depth)--;
        if (!eq) {
            break;
        }
    }
    if (i >= len1 || i >= len2) {
        int cmp = len1 < len2 ? -1 : len1 > len2 ? 1 : 0;
        return mp_cmp_result(op, cmp);
    }
    if (op == MP_BINARY_OP_EQUAL) {
        return false;
    }
    if (op == MP_BINARY_OP_NOT_EQUAL) {
        return true;
    }
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded in comparison"));
    bool res = mp_obj_is_true(mp_binary_op((mp_binary_op_t)op, items1[i], items2[i]));
    MP_STATE_THREAD(recursion_depth)--;
    return res;
}

mp_obj_t mp_seq_index_obj(const mp_obj_t *items, size_t len, size_t n_args, const mp_obj_t *args) {
    mp_obj_t value = args[1];
    size_t start = 0, stop = len;
    if (n_args >= 3) {
        start = mp_seq_clamp_bound(args[2], len);
        if (n_args >= 4) {
            stop = mp_seq_clamp_bound(args[3], len);
        }
    }
    for (size_t i = start; i < stop && i < len; i++) {
        if (items[i] == value || mp_obj_equal(items[i], value)) {
            return MP_OBJ_NEW_SMALL_INT(i);
        }
    }
    if (mp_obj_is_type(args[0], &mp_type_tuple)) {
        mp_raise_ValueError(MP_ERROR_TEXT("tuple.index(x): x not in tuple"));
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("%r is not in list"), value);
}

mp_obj_t mp_seq_count_obj(const mp_obj_t *items, size_t len, mp_obj_t value) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (items[i] == value || mp_obj_equal(items[i], value)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}

// Number of items selected by normalised slice indexes.
static size_t slice_len(const mp_bound_slice_t *s) {
    if (s->step > 0) {
        return s->stop > s->start ? (size_t)((s->stop - s->start - 1) / s->step + 1) : 0;
    }
    return s->start > s->stop ? (size_t)((s->start - s->stop - 1) / -s->step + 1) : 0;
}

mp_obj_t mp_seq_extract_slice(size_t len, const mp_obj_t *seq, mp_bound_slice_t *indexes) {
    (void)len;
    size_t n = slice_len(indexes);
    mp_obj_t list = mp_obj_new_list(n, NULL);
    mp_obj_t *dest = ((mp_obj_list_t *)MP_OBJ_TO_PTR(list))->items;
    mp_int_t i = indexes->start;
    for (size_t k = 0; k < n; k++, i += indexes->step) {
        dest[k] = seq[i];
    }
    return list;
}
