// The iterator iter() makes for objects that have __getitem__ but no
// __iter__: it yields obj[0], obj[1], ... until IndexError or StopIteration.
#include <string.h>

#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_getitem_iter_t {
    mp_obj_base_t base;
    mp_obj_t obj; // MP_OBJ_NULL once exhausted
    mp_int_t index; // (the layout of seq_it_t below)
} mp_obj_getitem_iter_t;

static mp_obj_t getitem_iter_iternext(mp_obj_t self_in) {
    mp_obj_getitem_iter_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->obj == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    // The end of the sequence is signalled by an exception, so this is one
    // of the few places that must catch one.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t value = mp_obj_subscr(self->obj, MP_OBJ_NEW_SMALL_INT(self->index), MP_OBJ_SENTINEL);
        nlr_pop();
        self->index++;
        return value;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    mp_obj_t exc_type = MP_OBJ_FROM_PTR(mp_obj_get_type(exc));
    if (mp_obj_is_subclass_fast(exc_type, MP_OBJ_FROM_PTR(&mp_type_IndexError))
        || mp_obj_is_subclass_fast(exc_type, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        self->obj = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    nlr_jump(nlr.ret_val);
}

// Pickling of the built-in iterators, in CPython's shapes: __reduce__()
// gives (fun, (seq,), index), (fun, (seq,)) without an index (MP_OBJ_NULL),
// or (fun, ((),)) for an exhausted one (seq MP_OBJ_NULL); fun MP_OBJ_NULL is
// the builtin iter, taken from the ROM table so that a program's changes to
// builtins cannot interfere.
MP_COLD mp_obj_t mp_obj_iter_reduce(mp_obj_t fun, mp_obj_t seq, mp_obj_t index) {
    mp_obj_t t[3] = { fun, seq, index };
    if (fun == MP_OBJ_NULL) {
        t[0] = mp_obj_dict_get(MP_OBJ_FROM_PTR(&mp_module_builtins_globals), MP_OBJ_NEW_QSTR(MP_QSTR_iter));
    }
    if (seq == MP_OBJ_NULL) {
        t[1] = mp_const_empty_tuple;
    }
    t[1] = mp_obj_new_tuple(1, &t[1]);
    return mp_obj_new_tuple(seq == MP_OBJ_NULL || index == MP_OBJ_NULL ? 2 : 3, t);
}

// __reduce__ of the iterators over a dict or a set: (iter, (list,)) of the
// items a copy of the iterator (size bytes) still gives, as CPython.
MP_COLD mp_obj_t mp_obj_iter_reduce_rest(mp_obj_t self_in, size_t size) {
    void *copy = m_malloc(size);
    memcpy(copy, MP_OBJ_TO_PTR(self_in), size);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t item;
    while ((item = mp_iternext(MP_OBJ_FROM_PTR(copy))) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, item);
    }
    return mp_obj_iter_reduce(MP_OBJ_NULL, list, MP_OBJ_NULL);
}

// The iterators laid out as {type, sequence, index}: this one, and
// list_iterator and tuple_iterator (an index of SIZE_MAX: exhausted; one
// past the end stays there: CPython would lower it to the length).
typedef struct _seq_it_t {
    mp_obj_base_t base;
    mp_obj_t seq;
    size_t index;
} seq_it_t;

static MP_COLD mp_obj_t seq_it_reduce(mp_obj_t self_in) {
    seq_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->index == SIZE_MAX) {
        // Exhausted: (iter, ([],)) for a list's, (iter, ((),)) for the others.
        return mp_obj_iter_reduce(MP_OBJ_NULL, self->base.type == &mp_type_list_it ? mp_obj_new_list(0, NULL) : MP_OBJ_NULL, MP_OBJ_NULL);
    }
    return mp_obj_iter_reduce(MP_OBJ_NULL, self->seq, mp_obj_new_int_from_uint(self->index));
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_seq_it_reduce_obj, seq_it_reduce);

// __setstate__(index): continue from index (a negative one counts as 0).
static MP_COLD mp_obj_t seq_it_setstate(mp_obj_t self_in, mp_obj_t state) {
    seq_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t i = mp_obj_get_int(state);
    if (i >= MP_SMALL_INT_MAX) {
        // The getitem iterator passes its index as a small int.
        mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    if (self->seq != MP_OBJ_NULL && self->index != SIZE_MAX) {
        self->index = i < 0 ? 0 : i;
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_seq_it_setstate_obj, seq_it_setstate);

// __length_hint__(): len(seq) less the index (0 past the end or once
// exhausted), NotImplemented for a sequence without a length (as CPython).
static MP_COLD mp_obj_t seq_it_length_hint(mp_obj_t self_in) {
    seq_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t n = 0;
    if (self->seq != MP_OBJ_NULL && self->index != SIZE_MAX) {
        mp_obj_t len = mp_obj_len_maybe(self->seq);
        if (len == MP_OBJ_NULL) {
            return mp_const_notimplemented;
        }
        n = mp_obj_get_int(len) - (mp_int_t)self->index;
    }
    return MP_OBJ_NEW_SMALL_INT(n < 0 ? 0 : n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(seq_it_length_hint_obj, seq_it_length_hint);

static const mp_rom_map_elem_t seq_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&seq_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&mp_seq_it_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&mp_seq_it_setstate_obj) },
};
MP_DEFINE_CONST_DICT(mp_seq_it_locals_dict, seq_it_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    getitem_iter_type, MP_QSTR_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, getitem_iter_iternext,
    locals_dict, (mp_obj_dict_t *)&mp_seq_it_locals_dict
    );

mp_obj_t mp_obj_new_getitem_iter(mp_obj_t obj) {
    mp_obj_getitem_iter_t *o = m_new_obj(mp_obj_getitem_iter_t);
    o->base.type = &getitem_iter_type;
    o->obj = obj;
    o->index = 0;
    return MP_OBJ_FROM_PTR(o);
}
