// bool: True and False are immediate objects; arithmetic treats them as the
// ints 1 and 0 (bool subclasses int), except & | ^ between two bools.
#include "py/mpconfig.h"

#include "py/runtime.h"

static void bool_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_print_str(print, self_in == mp_const_true ? "True" : "False");
}

static mp_obj_t bool_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("bool() takes no keyword arguments"));
    }
    if (n_args > 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("bool expected at most 1 argument, got %d"), (int)n_args);
    }
    return mp_obj_new_bool(n_args == 1 && mp_obj_is_true(args[0]));
}

static mp_obj_t bool_as_int(mp_obj_t b) {
    return MP_OBJ_NEW_SMALL_INT(b == mp_const_true ? 1 : 0);
}

static mp_obj_t bool_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return self_in;
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NULL;
        case MP_UNARY_OP_HASH:
            return bool_as_int(self_in);
        default:
            return MP_OBJ_TYPE_GET_SLOT(&mp_type_int, unary_op)(op, bool_as_int(self_in));
    }
}

static mp_obj_t bool_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (mp_obj_is_bool(rhs_in)) {
        bool a = lhs_in == mp_const_true;
        bool b = rhs_in == mp_const_true;
        switch (op) {
            case MP_BINARY_OP_AND:
            case MP_BINARY_OP_INPLACE_AND:
            case MP_BINARY_OP_REVERSE_AND:
                return mp_obj_new_bool(a && b);
            case MP_BINARY_OP_OR:
            case MP_BINARY_OP_INPLACE_OR:
            case MP_BINARY_OP_REVERSE_OR:
                return mp_obj_new_bool(a || b);
            case MP_BINARY_OP_XOR:
            case MP_BINARY_OP_INPLACE_XOR:
            case MP_BINARY_OP_REVERSE_XOR:
                return mp_obj_new_bool(a != b);
            default:
                break;
        }
        rhs_in = bool_as_int(rhs_in);
    }
    // Anything else is int arithmetic on 0/1; an unsupported operand yields
    // MP_OBJ_NULL so that the runtime reports the error with 'bool' in it.
    return MP_OBJ_TYPE_GET_SLOT(&mp_type_int, binary_op)(op, bool_as_int(lhs_in), rhs_in);
}

// real/imag/numerator/denominator come from int's attr slot, which the
// attribute lookup does not inherit through .parent.
static void bool_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        MP_OBJ_TYPE_GET_SLOT(&mp_type_int, attr)(bool_as_int(self_in), attr, dest);
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bool, MP_QSTR_bool, MP_TYPE_FLAG_NONE,
    print, bool_print,
    make_new, bool_make_new,
    unary_op, bool_unary_op,
    binary_op, bool_binary_op,
    attr, bool_attr,
    parent, &mp_type_int
    );
