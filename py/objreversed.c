// The reversed type: reversed(seq) uses seq.__reversed__() if there is one,
// else walks seq[len(seq) - 1] ... seq[0].
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_reversed_t {
    mp_obj_base_t base;
    mp_obj_t seq;     // MP_OBJ_NULL once exhausted
    size_t remaining; // next index + 1
} mp_obj_reversed_t;

// Whether o has __getitem__ (len() is then required, as in CPython).
static bool has_getitem(mp_obj_t o) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (mp_obj_is_instance_type(type)) {
        // User classes always have the subscr slot: ask for the method.
        mp_obj_t dest[2];
        mp_load_special_method_maybe(o, MP_QSTR___getitem__, dest);
        return dest[0] != MP_OBJ_NULL;
    }
    return MP_OBJ_TYPE_HAS_SLOT(type, subscr) && type != &mp_type_type; // (list[int] is no item)
}

static const mp_obj_type_t list_reverseiterator_type;

MP_COLD static mp_obj_t reversed_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("reversed() takes no keyword arguments"));
    }
    if (n_args != 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("reversed expected 1 argument, got %u"), (unsigned)n_args);
    }
    mp_obj_t seq = args[0];
    if (!mp_obj_is_type(seq, &mp_type_list) && !mp_obj_is_type(seq, &mp_type_tuple)) {
        mp_obj_t dest[2];
        mp_load_special_method_maybe(seq, MP_QSTR___reversed__, dest);
        if (dest[0] != MP_OBJ_NULL && dest[0] != mp_const_none) {
            return mp_call_method_n_kw(0, 0, dest);
        }
        // (__reversed__ = None marks a class as not reversible)
        if (dest[0] != MP_OBJ_NULL || !has_getitem(seq)) {
            mp_raise_TypeError_obj_unsupported(seq, MP_ERROR_TEXT("'%s' object is not reversible"));
        }
    }
    return mp_seq_reversed_iter(seq);
}

mp_obj_t mp_seq_reversed_iter(mp_obj_t seq) {
    mp_obj_reversed_t *o = m_new_obj(mp_obj_reversed_t);
    o->base.type = mp_obj_is_type(seq, &mp_type_list) ? &list_reverseiterator_type : &mp_type_reversed;
    o->seq = seq;
    o->remaining = mp_obj_get_int(mp_obj_len(seq));
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t reversed_iternext(mp_obj_t self_in) {
    mp_obj_reversed_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->seq == MP_OBJ_NULL || self->remaining == 0) {
        self->seq = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    size_t i = --self->remaining;
    if (mp_obj_is_type(self->seq, &mp_type_list)) {
        // Direct access; a list that shrank meanwhile ends the iteration.
        mp_obj_list_t *l = MP_OBJ_TO_PTR(self->seq);
        if (i >= l->len) {
            self->seq = MP_OBJ_NULL;
            return MP_OBJ_STOP_ITERATION;
        }
        return l->items[i];
    }
    if (mp_obj_is_type(self->seq, &mp_type_tuple)) {
        return ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(self->seq))->items[i];
    }
    return mp_obj_subscr(self->seq, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL);
}

// __length_hint__(): the items still to come (0 once exhausted). As in
// CPython, len(seq) is asked again: a sequence that shrank below the next
// index ends the iteration (and an error from len() propagates).
MP_COLD static mp_obj_t reversed_length_hint(mp_obj_t self_in) {
    mp_obj_reversed_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = self->seq == MP_OBJ_NULL ? 0 : self->remaining;
    if (n != 0 && (size_t)mp_obj_get_int(mp_obj_len(self->seq)) < n) {
        n = 0;
    }
    return mp_obj_new_int_from_uint(n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(reversed_length_hint_obj, reversed_length_hint);

// Pickling, as CPython: __reduce__() gives (reversed, (seq,), index of the
// next item), __setstate__(index) moves to an index in [-1, len - 1].
static MP_COLD mp_obj_t reversed_state(size_t n_args, const mp_obj_t *args) {
    mp_obj_reversed_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return mp_obj_iter_reduce(MP_OBJ_FROM_PTR(&mp_type_reversed), self->seq,
            mp_obj_new_int((mp_int_t)self->remaining - 1));
    }
    mp_int_t i = mp_obj_get_int(args[1]);
    if (self->seq != MP_OBJ_NULL) {
        mp_int_t n = mp_obj_get_int(mp_obj_len(self->seq));
        self->remaining = i < -1 ? 0 : i >= n ? n : i + 1;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(reversed_state_obj, 1, 2, reversed_state);

static const mp_rom_map_elem_t reversed_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&reversed_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&reversed_state_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&reversed_state_obj) },
};
static MP_DEFINE_CONST_DICT(reversed_locals_dict, reversed_locals_dict_table);

// What reversed(list) gives: the same iterator under CPython's name.
static MP_DEFINE_CONST_OBJ_TYPE(
    list_reverseiterator_type, MP_QSTR_list_reverseiterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, reversed_iternext,
    locals_dict, (mp_obj_dict_t *)&reversed_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_reversed, MP_QSTR_reversed, MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    make_new, reversed_make_new,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, reversed_iternext,
    locals_dict, (mp_obj_dict_t *)&reversed_locals_dict
    );
