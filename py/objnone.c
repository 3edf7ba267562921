// NoneType: the type of None (an immediate object, see py/obj.h).
#include "py/mpconfig.h"

#include "py/runtime.h"

static void none_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)self_in;
    (void)kind;
    mp_print_str(print, "None");
}

// type(None)() returns the singleton, as in CPython.
static mp_obj_t none_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("NoneType takes no arguments"));
    }
    return mp_const_none;
}

static mp_obj_t none_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_const_false;
        default:
            return mp_generic_unary_op(op, self_in);
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_NoneType, MP_QSTR_NoneType, MP_TYPE_FLAG_NONE,
    print, none_print,
    make_new, none_make_new,
    unary_op, none_unary_op
    );
