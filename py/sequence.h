// Internal helpers shared by the sequence types (list, tuple, range, and the
// str/bytes types): index conversion with CPython's messages.
#ifndef MICROPY_INCLUDED_PY_SEQUENCE_H
#define MICROPY_INCLUDED_PY_SEQUENCE_H

#include "py/obj.h"

// An int, bool or object with __index__ as an int object; MP_OBJ_NULL if o
// is none of these.
mp_obj_t mp_seq_index_as_int(mp_obj_t o);
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
// For seq + x and seq * x with an unsupported x: MP_OBJ_NULL if x is an
// instance of a user class (its __radd__/__rmul__ gets a chance), else
// raises CPython's TypeError for the sequence (type_name) operation.
mp_obj_t mp_seq_unsupported_operand(mp_binary_op_t op, qstr type_name, mp_obj_t x);
// The getiter slot of iterator types: an iterator is its own iterator.
mp_obj_t mp_seq_getiter_self(mp_obj_t self_in);

#endif // MICROPY_INCLUDED_PY_SEQUENCE_H
