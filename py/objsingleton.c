// The Ellipsis and NotImplemented singletons and their types.
#include "py/mpconfig.h"

#include "py/runtime.h"

static void singleton_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    if (self_in == mp_const_ellipsis) {
        mp_print_str(print, "Ellipsis");
    } else {
        mp_print_str(print, "NotImplemented");
    }
}

// ellipsis() and type(NotImplemented)() return the singleton, as in CPython.
static mp_obj_t singleton_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q takes no arguments"), type->name);
    }
    if (type == &mp_type_ellipsis) {
        return mp_const_ellipsis;
    }
    return mp_const_notimplemented;
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_ellipsis, MP_QSTR_ellipsis, MP_TYPE_FLAG_NONE,
    print, singleton_print,
    make_new, singleton_make_new,
    unary_op, mp_generic_unary_op
    );

// bool(NotImplemented) is deprecated; like our other DeprecationWarnings
// (hidden by the default filters) it is only issued once warnings is loaded.
static mp_obj_t notimpl_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op == MP_UNARY_OP_BOOL && mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)),
        MP_OBJ_NEW_QSTR(MP_QSTR_warnings), MP_MAP_LOOKUP)) {
        mp_warn_deprecated("NotImplemented should not be used in a boolean context");
    }
    return mp_generic_unary_op(op, self_in);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_NotImplementedType, MP_QSTR_NotImplementedType, MP_TYPE_FLAG_NONE,
    print, singleton_print,
    make_new, singleton_make_new,
    unary_op, notimpl_unary_op
    );

const mp_obj_singleton_t mp_const_ellipsis_obj = { { &mp_type_ellipsis } };
const mp_obj_singleton_t mp_const_notimplemented_obj = { { &mp_type_NotImplementedType } };
