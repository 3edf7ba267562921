// The slots of built-in types seen as methods (wrapper_descriptor):
// int.__add__, list.__len__, dict.__init__, object.__new__ and, through a
// built-in type, its methods (list.append), so that they can be called
// explicitly and stored in user classes.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/objtype_internal.h"

// Which special name a built-in type supports through its slots. obj, when
// known (the native object), lets unary slots be probed so that e.g.
// hasattr(5, '__len__') is False.
static bool native_slot_for(
    const mp_obj_type_t *t, qstr attr, mp_obj_t obj, mp_obj_slot_wrapper_t *sw) {
    sw->native = t;
    sw->name = (uint16_t)attr;
    sw->op = 0;
    sw->fun = MP_OBJ_NULL;
    switch (attr) {
        case MP_QSTR___init__:
            sw->kind = MP_SLOT_WRAPPER_INIT;
            return t->make_new != NULL;
        case MP_QSTR___new__:
            sw->kind = MP_SLOT_WRAPPER_NEW;
            return t->make_new != NULL;
        case MP_QSTR___repr__:
            sw->kind = MP_SLOT_WRAPPER_REPR;
            return true;
        case MP_QSTR___str__:
            sw->kind = MP_SLOT_WRAPPER_STR;
            return true;
        case MP_QSTR___getitem__:
            sw->kind = MP_SLOT_WRAPPER_GETITEM;
            return t->subscr != NULL;
        case MP_QSTR___setitem__:
            sw->kind = MP_SLOT_WRAPPER_SETITEM;
            return t->subscr != NULL;
        case MP_QSTR___delitem__:
            sw->kind = MP_SLOT_WRAPPER_DELITEM;
            return t->subscr != NULL;
        case MP_QSTR___iter__:
            sw->kind = MP_SLOT_WRAPPER_ITER;
            return t->getiter != NULL;
        case MP_QSTR___next__:
            sw->kind = MP_SLOT_WRAPPER_NEXT;
            return t->iternext != NULL;
        case MP_QSTR___call__:
            sw->kind = MP_SLOT_WRAPPER_CALL;
            return t->call != NULL;
        default:
            break;
    }
    for (size_t op = 0; op < MP_UNARY_OP_NUM; op++) {
        if (mp_obj_instance_unary_op_dunder[op] == attr && attr != MP_QSTR___sizeof__) {
            sw->kind = MP_SLOT_WRAPPER_UNARY;
            sw->op = (uint8_t)op;
            if (op == MP_UNARY_OP_HASH) {
                return true;
            }
            if (t->unary_op == NULL) {
                return false;
            }
            if (op == MP_UNARY_OP_LEN || op == MP_UNARY_OP_BOOL) {
                // Probing these has no side effects.
                return obj == MP_OBJ_NULL || t->unary_op(op, obj) != MP_OBJ_NULL;
            }
            // The arithmetic ones belong to the numbers only (probing
            // int("abc")-like conversions could raise).
            return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_int)) ||
                   mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_float));
        }
    }
    for (size_t op = 0; op < MP_BINARY_OP_NUM; op++) {
        if (mp_obj_instance_binary_op_dunder[op] == attr) {
            // In-place forms are not methods of built-in types.
            if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
                return false;
            }
            sw->kind = MP_SLOT_WRAPPER_BINARY;
            sw->op = (uint8_t)op;
            if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
                return true;
            }
            if (op == MP_BINARY_OP_CONTAINS) {
                return t->binary_op != NULL && (t->getiter != NULL || t->subscr != NULL);
            }
            return t->binary_op != NULL;
        }
    }
    return false;
}

mp_obj_t mp_obj_slot_wrapper_synth(const mp_obj_type_t *t, qstr attr, mp_obj_t obj) {
    mp_obj_slot_wrapper_t sw;
    if (!native_slot_for(t, attr, obj, &sw)) {
        return MP_OBJ_NULL;
    }
    mp_obj_slot_wrapper_t *w = m_new_obj(mp_obj_slot_wrapper_t);
    *w = sw;
    w->base.type = &mp_type_slot_wrapper;
    return MP_OBJ_FROM_PTR(w);
}

// A built-in type's method seen through the type (list.append): a method
// descriptor, so that stored in a user class it still binds like a method.
mp_obj_t mp_obj_slot_wrapper_method(const mp_obj_type_t *owner, qstr attr, mp_obj_t fun) {
    mp_obj_slot_wrapper_t *w = m_new_obj(mp_obj_slot_wrapper_t);
    w->base.type = &mp_type_slot_wrapper;
    w->native = owner;
    w->name = (uint16_t)attr;
    w->kind = MP_SLOT_WRAPPER_METHOD;
    w->op = 0;
    w->fun = fun;
    return MP_OBJ_FROM_PTR(w);
}

// ---------------------------------------------------------------------------
// The slot wrapper type.

MP_NORETURN static void raise_descriptor_mismatch(mp_obj_slot_wrapper_t *sw, mp_obj_t obj) {
    mp_raise_msg_varg(&mp_type_TypeError,
        MP_ERROR_TEXT("descriptor '%q' requires a '%q' object but received a '%s'"), (qstr)sw->name,
        sw->native->name, mp_obj_get_type_str(obj));
}

static mp_obj_t slot_wrapper_new(
    mp_obj_slot_wrapper_t *sw, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args < 1 || !mp_obj_is_type_obj(args[0])) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q.__new__(X): X is not a type object"), sw->native->name);
    }
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(args[0]);
    if (!mp_obj_is_subclass_fast(args[0], MP_OBJ_FROM_PTR(sw->native))) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q.__new__(%q): %q is not a subtype of %q"), sw->native->name, cls->name,
            cls->name, sw->native->name);
    }
    if (!mp_obj_is_instance_type(cls)) {
        return mp_obj_instance_native_new(cls, n_args - 1, n_kw, args + 1);
    }
    if (mp_obj_type_is_metaclass(cls)) {
        // type.__new__(mcs, name, bases, ns) from a metaclass's __new__.
        return mp_obj_type_new_with(cls, n_args - 1, n_kw, args + 1);
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(mp_obj_instance_new(cls));
    const mp_obj_type_t *native = mp_obj_type_user(cls)->native_base;
    if (native != NULL) {
        size_t n_kw_pass = mp_obj_type_is_exception(native) ? 0 : n_kw;
        o->subobj[0] = mp_obj_instance_native_new(native, n_args - 1, n_kw_pass, args + 1);
    }
    return MP_OBJ_FROM_PTR(o);
}

// The built-in base's __init__ applied to an instance of a user subclass:
// (re)makes the native object from the arguments. Immutable built-ins got
// their value from the constructor already, so there it does nothing.
static mp_obj_t slot_wrapper_init(
    mp_obj_slot_wrapper_t *sw, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    if (!mp_obj_is_obj(self) || !mp_obj_is_instance_type(mp_obj_get_type(self))) {
        return mp_const_none;
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(self);
    const mp_obj_type_t *native = mp_obj_type_user(o->base.type)->native_base;
    if (native == NULL || native == &mp_type_type ||
        !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(sw->native))) {
        // (type.__init__ of a class made by a metaclass does nothing.)
        return mp_const_none;
    }
    if (o->subobj[0] != MP_OBJ_NULL && mp_obj_type_is_immutable_native(native)) {
        return mp_const_none;
    }
    o->subobj[0] = mp_obj_instance_native_new(native, n_args - 1, n_kw, args + 1);
    return mp_const_none;
}

mp_obj_t mp_obj_slot_wrapper_print_to_str(
    mp_obj_t obj, mp_print_kind_t kind, const mp_obj_type_t *type) {
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    if (type->print != NULL) {
        type->print(&print, obj, kind);
    } else {
        mp_obj_object_print_default(&print, obj);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

static mp_obj_t slot_wrapper_call(
    mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    if (sw->kind == MP_SLOT_WRAPPER_NEW) {
        return slot_wrapper_new(sw, n_args, n_kw, args);
    }
    if (n_args < 1) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%q' of '%q' object needs an argument"), (qstr)sw->name,
            sw->native->name);
    }
    if (sw->kind == MP_SLOT_WRAPPER_INIT) {
        return slot_wrapper_init(sw, n_args, n_kw, args);
    }
    if (sw->kind == MP_SLOT_WRAPPER_METHOD) {
        mp_obj_t self = mp_obj_cast_to_native_base(args[0], MP_OBJ_FROM_PTR(sw->native));
        if (!mp_obj_is_subclass_fast(
                MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(sw->native))) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
                (qstr)sw->name, sw->native->name, mp_obj_get_type_str(args[0]));
        }
        if (self == args[0]) {
            return mp_call_function_n_kw(sw->fun, n_args, n_kw, args);
        }
        size_t n = n_args + 2 * n_kw;
        mp_obj_t *call_args = m_new(mp_obj_t, n);
        memcpy(call_args, args, n * sizeof(mp_obj_t));
        call_args[0] = self;
        return mp_call_function_n_kw(sw->fun, n_args, n_kw, call_args);
    }
    const mp_obj_type_t *t = sw->native;
    mp_obj_t self = mp_obj_cast_to_native_base(args[0], MP_OBJ_FROM_PTR(t));
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(t))) {
        raise_descriptor_mismatch(sw, args[0]);
    }
    if (sw->kind == MP_SLOT_WRAPPER_CALL) {
        return t->call(self, n_args - 1, n_kw, args + 1);
    }
    if (sw->kind == MP_SLOT_WRAPPER_BINARY && n_args == 3 && n_kw == 0 &&
        args[2] == mp_const_none &&
        (sw->op == MP_BINARY_OP_POWER || sw->op == MP_BINARY_OP_REVERSE_POWER)) {
        n_args = 2; // x.__pow__(y, None) is x.__pow__(y)
    }
    if (sw->kind == MP_SLOT_WRAPPER_BINARY && (t == &mp_type_int || t == &mp_type_bool) &&
        n_args == 3 && n_kw == 0 &&
        (sw->op == MP_BINARY_OP_POWER || sw->op == MP_BINARY_OP_REVERSE_POWER)) {
        // int.__pow__(exp, mod) / int.__rpow__(base, mod): three-argument pow.
        mp_obj_t v[3] = { self, args[1], args[2] };
        for (size_t i = 0; i < 3; i++) {
            v[i] = mp_obj_cast_to_native_base(v[i], MP_OBJ_FROM_PTR(&mp_type_int));
            if (mp_obj_is_bool(v[i])) {
                v[i] = MP_OBJ_NEW_SMALL_INT(v[i] == mp_const_true);
            } else if (!mp_obj_is_int(v[i])) {
                return mp_const_notimplemented;
            }
        }
        return sw->op == MP_BINARY_OP_POWER ? mp_obj_int_pow3(v[0], v[1], v[2])
                                            : mp_obj_int_pow3(v[1], v[0], v[2]);
    }
    size_t want = 0;
    switch (sw->kind) {
        case MP_SLOT_WRAPPER_BINARY:
        case MP_SLOT_WRAPPER_GETITEM:
        case MP_SLOT_WRAPPER_DELITEM:
            want = 1;
            break;
        case MP_SLOT_WRAPPER_SETITEM:
            want = 2;
            break;
        default:
            break;
    }
    mp_arg_check_num(n_args - 1, n_kw, want, want, false);
    mp_obj_t res;
    switch (sw->kind) {
        case MP_SLOT_WRAPPER_REPR:
            return mp_obj_slot_wrapper_print_to_str(self, PRINT_REPR, t);
        case MP_SLOT_WRAPPER_STR:
            return mp_obj_slot_wrapper_print_to_str(self, PRINT_STR, t);
        case MP_SLOT_WRAPPER_UNARY:
            if (sw->op == MP_UNARY_OP_HASH) {
                if (mp_obj_is_instance_type(mp_obj_get_type(self))) {
                    // type.__hash__ of a class made by a metaclass (the class
                    // is its own native object): identity, not back to the
                    // metaclass's __hash__ (which may be this very wrapper).
                    return mp_generic_unary_op(MP_UNARY_OP_HASH, self);
                }
                return mp_obj_hash(self);
            }
            res = t->unary_op == NULL ? MP_OBJ_NULL : t->unary_op(sw->op, self);
            if (res == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_AttributeError,
                    MP_ERROR_TEXT("'%q' object has no attribute '%q'"), t->name, (qstr)sw->name);
            }
            return res;
        case MP_SLOT_WRAPPER_BINARY: {
            mp_obj_t other = mp_obj_cast_to_native_base(args[1], MP_OBJ_FROM_PTR(t));
            if (t == &mp_type_int && !mp_obj_is_int(other) && !mp_obj_is_bool(other)) {
                // int's own methods know only ints: (5).__add__(1.5) is
                // NotImplemented (the float's reflected method does the work).
                return mp_const_notimplemented;
            }
            if (sw->op == MP_BINARY_OP_EQUAL || sw->op == MP_BINARY_OP_NOT_EQUAL) {
                res = t->binary_op == NULL ? MP_OBJ_NULL : t->binary_op(sw->op, self, other);
                if (res == MP_OBJ_NULL) {
                    if (self == other) {
                        return mp_obj_new_bool(sw->op == MP_BINARY_OP_EQUAL);
                    }
                    return mp_const_notimplemented;
                }
                return res;
            }
            res = t->binary_op(sw->op, self, other);
            return res == MP_OBJ_NULL ? mp_const_notimplemented : res;
        }
        case MP_SLOT_WRAPPER_GETITEM:
            res = t->subscr(self, args[1], MP_OBJ_SENTINEL);
            break;
        case MP_SLOT_WRAPPER_SETITEM:
            res = t->subscr(self, args[1], args[2]);
            break;
        case MP_SLOT_WRAPPER_DELITEM:
            res = t->subscr(self, args[1], MP_OBJ_NULL);
            break;
        case MP_SLOT_WRAPPER_ITER:
            return t->getiter(self);
        case MP_SLOT_WRAPPER_NEXT:
            res = t->iternext(self);
            if (res == MP_OBJ_STOP_ITERATION) {
                mp_raise_type(&mp_type_StopIteration);
            }
            return res;
        default:
            res = MP_OBJ_NULL;
            break;
    }
    if (res == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(self, MP_ERROR_TEXT("'%s' object is not subscriptable"));
    }
    return res;
}

static void slot_wrapper_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    if (sw->kind == MP_SLOT_WRAPPER_METHOD) {
        mp_printf(print, "<method '%q' of '%q' objects>", (qstr)sw->name, sw->native->name);
        return;
    }
    mp_printf(print, "<slot wrapper '%q' of '%q' objects>", (qstr)sw->name, sw->native->name);
}

const mp_obj_type_t mp_type_slot_wrapper = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_BINDS_SELF,
    .name = MP_QSTR_wrapper_descriptor,
    .print = slot_wrapper_print,
    .call = slot_wrapper_call,
};
