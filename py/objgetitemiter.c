// The iterator iter() makes for objects that have __getitem__ but no
// __iter__: it yields obj[0], obj[1], ... until IndexError or StopIteration.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_getitem_iter_t {
    mp_obj_base_t base;
    mp_obj_t obj; // MP_OBJ_NULL once exhausted
    mp_int_t index;
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

static MP_DEFINE_CONST_OBJ_TYPE(
    getitem_iter_type, MP_QSTR_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_seq_getiter_self,
    iternext, getitem_iter_iternext
    );

mp_obj_t mp_obj_new_getitem_iter(mp_obj_t obj) {
    mp_obj_getitem_iter_t *o = m_new_obj(mp_obj_getitem_iter_t);
    o->base.type = &getitem_iter_type;
    o->obj = obj;
    o->index = 0;
    return MP_OBJ_FROM_PTR(o);
}
