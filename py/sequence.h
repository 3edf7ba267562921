// Internal helpers shared by the sequence types (list, tuple, range, and the
// str/bytes types): index conversion with CPython's messages.
#ifndef MICROPY_INCLUDED_PY_SEQUENCE_H
#define MICROPY_INCLUDED_PY_SEQUENCE_H

#include "py/obj.h"

// The native object of a built-in container type behind o: o itself when
// its type is exactly `type`, the native part of an instance of a Python
// subclass of it, NULL otherwise. The exact-type test is inline, as list,
// tuple and dict methods run it on every call.
void *mp_seq_cast_native_slow(mp_obj_t o, const mp_obj_type_t *type);
static inline void *mp_seq_cast_native(mp_obj_t o, const mp_obj_type_t *type) {
    return mp_obj_is_type(o, type) ? MP_OBJ_TO_PTR(o) : mp_seq_cast_native_slow(o, type);
}
// mp_seq_cast_native for a method's self: raises CPython's TypeError
// "descriptor requires a 'list' object but received a 'X'" instead of NULL.
void *mp_seq_self_native_slow(mp_obj_t o, const mp_obj_type_t *type);
static inline void *mp_seq_self_native(mp_obj_t o, const mp_obj_type_t *type) {
    return mp_obj_is_type(o, type) ? MP_OBJ_TO_PTR(o) : mp_seq_self_native_slow(o, type);
}
// The count n of seq * n from an int-like n_in, negative counting as 0;
// false if n_in is not int-like, OverflowError if it does not fit.
bool mp_seq_repeat_count(mp_obj_t n_in, size_t *n);
// value in items[0:len], comparing by identity first (as CPython's `in`).
bool mp_seq_contains_obj(const mp_obj_t *items, size_t len, mp_obj_t value);
// An int, bool or object with __index__ as an int object; MP_OBJ_NULL if o
// is none of these.
mp_obj_t mp_seq_index_as_int(mp_obj_t o);
// The same, raising CPython's TypeError "'X' object cannot be interpreted as
// an integer" for anything else (operator.index, range's and math's int
// arguments).
mp_obj_t mp_seq_index_as_int_raise(mp_obj_t o);
// index (an int, bool or object with __index__) as a machine int, false if it
// is none of these; IndexError "cannot fit 'X' into an index-sized integer"
// past the machine range, as CPython's PyNumber_AsSsize_t(index, IndexError).
bool mp_seq_index_value(mp_obj_t index, mp_int_t *i);
// seq[index] with index an int-like object: the position in [0, len).
// Raises TypeError "<type_name> indices must be integers or slices, not X"
// and IndexError "<type_name> index out of range".
size_t mp_seq_get_item_index(qstr type_name, size_t len, mp_obj_t index);
// mp_seq_get_fast_slice_indexes for a mutable sequence: *len is read only
// after the slice bounds are converted, as a bound's __index__ may resize
// the sequence.
bool mp_seq_get_fast_slice_indexes_live(const size_t *len, mp_obj_t slice, mp_bound_slice_t *indexes);
// A start/stop argument of index()/count() style methods, clamped to
// [0, len] like a slice bound (big ints clamp too).
size_t mp_seq_clamp_bound(mp_obj_t o, size_t len);
// An int-like slice bound as a machine int, big values clamped to the small
// int range; raises TypeError with the slice message otherwise.
mp_int_t mp_seq_bound_value(mp_obj_t o);
// repr() of a container that may contain itself: runs body(print, self,
// kind) unless self is already being printed further up, in which case it
// returns false and the caller prints its "[...]" form.
bool mp_seq_print_guarded(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind, mp_print_fun_t body);
// For self + x and self * x with an unsupported x: MP_OBJ_NULL if x is an
// instance of a user class (its __radd__/__rmul__ gets a chance), the
// result of a built-in x's reflected add if it has one, else raises
// CPython's TypeError for the sequence (type_name) operation.
mp_obj_t mp_seq_unsupported_operand(mp_binary_op_t op, qstr type_name, mp_obj_t self, mp_obj_t x);
// An iterator for o, or MP_OBJ_NULL if o is not iterable (for callers that
// raise their own message, as bytearray.extend and slice assignment do).
mp_obj_t mp_seq_getiter_maybe(mp_obj_t o);
// The iterator reversed() makes for a sequence with len() and indexing
// (py/objreversed.c), without looking for __reversed__: list.__reversed__.
mp_obj_t mp_seq_reversed_iter(mp_obj_t seq);

#endif // MICROPY_INCLUDED_PY_SEQUENCE_H
