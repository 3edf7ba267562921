// Instances of user classes: creation (__new__/__init__, the native part
// of instances of subclasses of built-in types), attribute access
// (__getattribute__, __getattr__, __setattr__, descriptors, __dict__,
// __slots__) and the special methods behind operators, subscripts,
// iteration, calls and printing. The classes themselves are in py/objtype.c.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

static mp_map_t *instance_members(mp_obj_instance_t *o) {
    if (MP_UNLIKELY(o->members.is_fixed)) {
        return mp_obj_dict_get_map(MP_OBJ_FROM_PTR(o->members.table));
    }
    return &o->members;
}

mp_map_t *mp_obj_instance_get_members(mp_obj_t self_in) {
    return instance_members(MP_OBJ_TO_PTR(self_in));
}

static void instance_set_dict(mp_obj_instance_t *o, mp_obj_t dict) {
    o->members.all_keys_are_qstrs = 0;
    o->members.is_fixed = 1;
    o->members.is_ordered = 1;
    o->members.used = 0;
    o->members.alloc = 0;
    o->members.filled = 0;
    o->members.hashidx = NULL;
    o->members.table = MP_OBJ_TO_PTR(dict);
}

static mp_obj_t instance_get_dict(mp_obj_instance_t *o) {
    if (o->members.is_fixed) {
        return MP_OBJ_FROM_PTR(o->members.table);
    }
    mp_obj_t dict = mp_obj_new_dict(0);
    mp_obj_dict_t *d = MP_OBJ_TO_PTR(dict);
    d->map = o->members;
    instance_set_dict(o, dict);
    return dict;
}

// An instance of a subclass of types.ModuleType: its __dict__ becomes the
// module's globals (as CPython), taking what __init__ stored so far.
MP_COLD void mp_obj_instance_module_link(mp_obj_instance_t *o, mp_obj_t mod) {
    mp_obj_t globals = MP_OBJ_FROM_PTR(((mp_obj_module_t *)MP_OBJ_TO_PTR(mod))->globals);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(instance_members(o), &cur)) != NULL) {
        mp_obj_dict_store(globals, e->key, e->value);
    }
    instance_set_dict(o, globals);
}

static const mp_obj_type_t *native_base_of(const mp_obj_type_t *type) {
    if (mp_obj_is_instance_type(type)) {
        return mp_obj_type_user(type)->native_base;
    }
    return NULL;
}

mp_obj_t mp_obj_instance_native_new(
    const mp_obj_type_t *native, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (!MP_OBJ_TYPE_HAS_SLOT(native, make_new)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("cannot create '%q' instances"), native->name);
    }
    return MP_OBJ_TYPE_GET_SLOT(native, make_new)(native, n_args, n_kw, args);
}

// The native object of an instance, made (with no arguments) if still pending.
mp_obj_t mp_obj_instance_native(mp_obj_instance_t *o) {
    if (mp_obj_type_is_metaclass(o->base.type)) {
        // An instance of a metaclass is a class: it is its own type object.
        return MP_OBJ_FROM_PTR(o);
    }
    if (o->subobj[0] == MP_OBJ_NULL) {
        o->subobj[0] =
            mp_obj_instance_native_new(mp_obj_type_user(o->base.type)->native_base, 0, 0, NULL);
    }
    return o->subobj[0];
}

// Special-method names and the slots that implement them for built-in types.
const uint16_t mp_obj_instance_unary_op_dunder[MP_UNARY_OP_NUM] = {
    [MP_UNARY_OP_POSITIVE] = MP_QSTR___pos__,
    [MP_UNARY_OP_NEGATIVE] = MP_QSTR___neg__,
    [MP_UNARY_OP_INVERT] = MP_QSTR___invert__,
    [MP_UNARY_OP_BOOL] = MP_QSTR___bool__,
    [MP_UNARY_OP_LEN] = MP_QSTR___len__,
    [MP_UNARY_OP_HASH] = MP_QSTR___hash__,
    [MP_UNARY_OP_ABS] = MP_QSTR___abs__,
    [MP_UNARY_OP_INT] = MP_QSTR___int__,
    [MP_UNARY_OP_FLOAT] = MP_QSTR___float__,
    [MP_UNARY_OP_INDEX] = MP_QSTR___index__,
    [MP_UNARY_OP_SIZEOF] = MP_QSTR___sizeof__,
};

const uint16_t mp_obj_instance_binary_op_dunder[MP_BINARY_OP_NUM] = {
    [MP_BINARY_OP_LESS] = MP_QSTR___lt__,
    [MP_BINARY_OP_MORE] = MP_QSTR___gt__,
    [MP_BINARY_OP_EQUAL] = MP_QSTR___eq__,
    [MP_BINARY_OP_LESS_EQUAL] = MP_QSTR___le__,
    [MP_BINARY_OP_MORE_EQUAL] = MP_QSTR___ge__,
    [MP_BINARY_OP_NOT_EQUAL] = MP_QSTR___ne__,
    [MP_BINARY_OP_INPLACE_OR] = MP_QSTR___ior__,
    [MP_BINARY_OP_INPLACE_XOR] = MP_QSTR___ixor__,
    [MP_BINARY_OP_INPLACE_AND] = MP_QSTR___iand__,
    [MP_BINARY_OP_INPLACE_LSHIFT] = MP_QSTR___ilshift__,
    [MP_BINARY_OP_INPLACE_RSHIFT] = MP_QSTR___irshift__,
    [MP_BINARY_OP_INPLACE_ADD] = MP_QSTR___iadd__,
    [MP_BINARY_OP_INPLACE_SUBTRACT] = MP_QSTR___isub__,
    [MP_BINARY_OP_INPLACE_MULTIPLY] = MP_QSTR___imul__,
    [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = MP_QSTR___imatmul__,
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = MP_QSTR___ifloordiv__,
    [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = MP_QSTR___itruediv__,
    [MP_BINARY_OP_INPLACE_MODULO] = MP_QSTR___imod__,
    [MP_BINARY_OP_INPLACE_POWER] = MP_QSTR___ipow__,
    [MP_BINARY_OP_OR] = MP_QSTR___or__,
    [MP_BINARY_OP_XOR] = MP_QSTR___xor__,
    [MP_BINARY_OP_AND] = MP_QSTR___and__,
    [MP_BINARY_OP_LSHIFT] = MP_QSTR___lshift__,
    [MP_BINARY_OP_RSHIFT] = MP_QSTR___rshift__,
    [MP_BINARY_OP_ADD] = MP_QSTR___add__,
    [MP_BINARY_OP_SUBTRACT] = MP_QSTR___sub__,
    [MP_BINARY_OP_MULTIPLY] = MP_QSTR___mul__,
    [MP_BINARY_OP_MAT_MULTIPLY] = MP_QSTR___matmul__,
    [MP_BINARY_OP_FLOOR_DIVIDE] = MP_QSTR___floordiv__,
    [MP_BINARY_OP_TRUE_DIVIDE] = MP_QSTR___truediv__,
    [MP_BINARY_OP_MODULO] = MP_QSTR___mod__,
    [MP_BINARY_OP_POWER] = MP_QSTR___pow__,
    [MP_BINARY_OP_DIVMOD] = MP_QSTR___divmod__,
    [MP_BINARY_OP_CONTAINS] = MP_QSTR___contains__,
    [MP_BINARY_OP_REVERSE_OR] = MP_QSTR___ror__,
    [MP_BINARY_OP_REVERSE_XOR] = MP_QSTR___rxor__,
    [MP_BINARY_OP_REVERSE_AND] = MP_QSTR___rand__,
    [MP_BINARY_OP_REVERSE_LSHIFT] = MP_QSTR___rlshift__,
    [MP_BINARY_OP_REVERSE_RSHIFT] = MP_QSTR___rrshift__,
    [MP_BINARY_OP_REVERSE_ADD] = MP_QSTR___radd__,
    [MP_BINARY_OP_REVERSE_SUBTRACT] = MP_QSTR___rsub__,
    [MP_BINARY_OP_REVERSE_MULTIPLY] = MP_QSTR___rmul__,
    [MP_BINARY_OP_REVERSE_MAT_MULTIPLY] = MP_QSTR___rmatmul__,
    [MP_BINARY_OP_REVERSE_FLOOR_DIVIDE] = MP_QSTR___rfloordiv__,
    [MP_BINARY_OP_REVERSE_TRUE_DIVIDE] = MP_QSTR___rtruediv__,
    [MP_BINARY_OP_REVERSE_MODULO] = MP_QSTR___rmod__,
    [MP_BINARY_OP_REVERSE_POWER] = MP_QSTR___rpow__,
};

// A special method defined by a user class of cls's MRO (not object).
// Returns MP_OBJ_NULL if there is none; *native is then the built-in base
// that handles the operation through its slots (or NULL).
static mp_obj_t special_lookup(const mp_obj_type_t *cls, qstr name, const mp_obj_type_t **owner,
    const mp_obj_type_t **native) {
    mp_obj_t member = mp_obj_type_mro_find(cls, name,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, owner);
    *native = NULL;
    if (member == MP_OBJ_NULL && *owner != NULL) {
        *native = *owner;
    }
    return member;
}

// A special method set to None in the class blocks the operation: CPython
// ends up calling that None (hash, iter and `in` have their own messages).
MP_NORETURN static void special_is_none(void) {
    mp_raise_TypeError(MP_ERROR_TEXT("'NoneType' object is not callable"));
}

// ---------------------------------------------------------------------------
// Instances: creation.

// (Inlined into instance_make_new: creating instances is a hot path.)
static inline __attribute__((always_inline)) mp_obj_t instance_alloc(const mp_obj_type_t *cls) {
    MP_ASSERT(mp_obj_is_instance_type(cls));
    mp_obj_type_user_t *ut = mp_obj_type_user(cls);
    size_t n_sub = (ut->native_base != NULL) + ut->slots_apart;
    size_t size = sizeof(mp_obj_instance_t) + n_sub * sizeof(mp_obj_t);
    // Heap memory is zeroed: subobj[0] starts as MP_OBJ_NULL (pending).
    mp_obj_instance_t *o = ut->has_del ? m_malloc_with_finaliser(size) : m_malloc0(size);
    o->base.type = cls;
    mp_map_init(&o->members, 0);
    return MP_OBJ_FROM_PTR(o);
}

// object.__new__(cls). (Built-in bases make their own instances without the
// abstract test, as CPython's list.__new__ or int.__new__.)
mp_obj_t mp_obj_instance_new(const mp_obj_type_t *cls) {
    if ((cls->flags & MP_TYPE_FLAG_IS_ABSTRACT) && mp_obj_type_user(cls)->native_base == NULL) {
        mp_obj_object_raise_abstract(cls);
    }
    return instance_alloc(cls);
}

mp_map_t *mp_obj_instance_slot_values(mp_obj_t obj, bool create) {
    const mp_obj_type_t *cls = mp_obj_get_type(obj);
    if (!mp_obj_is_instance_type(cls) || !mp_obj_type_user(cls)->slots_apart) {
        return NULL;
    }
    mp_obj_t *cell = &((mp_obj_instance_t *)MP_OBJ_TO_PTR(obj))->subobj[mp_obj_type_user(cls)->native_base != NULL];
    if (*cell == MP_OBJ_NULL) {
        if (!create) {
            return NULL;
        }
        *cell = mp_obj_new_dict(0);
    }
    return mp_obj_dict_get_map(*cell);
}

// These built-ins leave keyword arguments to an overriding __init__ (their
// __new__ only refuses keywords when __init__ is their own).
static bool native_new_ignores_kw(const mp_obj_type_t *native) {
    static const mp_obj_type_t *const lenient[] = {
        &mp_type_tuple, &mp_type_frozenset, &mp_type_float,
        &mp_type_map, &mp_type_filter, &mp_type_reversed,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(lenient); i++) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(lenient[i]))) {
            return true;
        }
    }
    // array.array, weakref.ref and the itertools that take no keywords
    // (extmod types, told by name among those made in __new__).
    static const uint16_t lenient_names[] = {
        MP_QSTR_array, MP_QSTR_ReferenceType, MP_QSTR_chain, MP_QSTR_cycle, MP_QSTR_islice,
        MP_QSTR_starmap, MP_QSTR_takewhile, MP_QSTR_dropwhile, MP_QSTR_filterfalse, MP_QSTR_pairwise,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(lenient_names); i++) {
        if (native->name == lenient_names[i]) {
            return mp_obj_type_is_immutable_native(native);
        }
    }
    return false;
}

// Keywords given to a built-in exception's __init__ through class cls.
__attribute__((noinline, cold)) static void exception_kw_check(const mp_obj_type_t *native, const mp_obj_type_t *cls) {
    static const mp_obj_type_t *const takes_kw[] = { &mp_type_ImportError, &mp_type_AttributeError, &mp_type_NameError };
    for (size_t i = 0; i < MP_ARRAY_SIZE(takes_kw); i++) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(takes_kw[i]))) {
            return;
        }
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), cls->name);
}

static mp_obj_t instance_make_new(
    const mp_obj_type_t *cls, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_type_user_t *ut = mp_obj_type_user(cls);
    const mp_obj_type_t *owner;
    mp_obj_t new_fn = mp_obj_type_mro_find(cls, MP_QSTR___new__,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    bool user_new = new_fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner);
    const mp_obj_type_t *init_owner;
    mp_obj_t init_fn = mp_obj_type_mro_find(cls, MP_QSTR___init__,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL,
        &init_owner);
    bool user_init = init_fn != MP_OBJ_NULL && mp_obj_is_instance_type(init_owner);

    mp_obj_t self;
    if (user_new) {
        // __new__(cls, *args, **kwargs): usually a staticmethod (made so at class creation).
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        mp_obj_type_convert_member_for_type(cls, owner, MP_QSTR___new__, new_fn, dest);
        size_t n = n_args + 2 * n_kw;
        mp_obj_t *call_args = m_new(mp_obj_t, n + 3);
        call_args[0] = dest[0];
        call_args[1] = dest[1];
        call_args[2] = MP_OBJ_FROM_PTR(cls);
        if (n > 0) { // args may be NULL then (memcpy must not see it)
            memcpy(call_args + 3, args, n * sizeof(mp_obj_t));
        }
        if (dest[1] == MP_OBJ_NULL) {
            self = mp_call_function_n_kw(dest[0], n_args + 1, n_kw, call_args + 2);
        } else {
            self = mp_call_method_n_kw(n_args + 1, n_kw, call_args);
        }
        if (!mp_obj_is_instance_of(self, cls)) {
            return self; // __init__ is not called, as in CPython
        }
        const mp_obj_type_t *self_type = mp_obj_get_type(self);
        if (self_type != cls && mp_obj_is_instance_type(self_type)) {
            // An instance of a subclass: type(self).__init__ is the one called.
            cls = self_type;
            ut = mp_obj_type_user(cls);
            init_fn = mp_obj_type_mro_find(cls, MP_QSTR___init__,
                MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL,
                &init_owner);
            user_init = init_fn != MP_OBJ_NULL && mp_obj_is_instance_type(init_owner);
        }
        if (!user_init) {
            // An inherited built-in __init__ (list, set, dict...) still
            // receives the call's arguments, as type() calls it after __new__.
            const mp_obj_type_t *native_init_owner;
            mp_obj_t native_init = mp_obj_type_mro_find(cls, MP_QSTR___init__,
                MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, MP_OBJ_NULL,
                &native_init_owner);
            // A synthesised wrapper rebuilds the native from the arguments:
            // right for dict and bytearray, whose __init__ fills them; other
            // built-ins took theirs in __new__ (object.__init__ in CPython).
            // (OSError's __init__ leaves alone what an overridden __new__ made.)
            if (native_init != MP_OBJ_NULL && !mp_obj_is_instance_type(native_init_owner) &&
                !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(cls), MP_OBJ_FROM_PTR(&mp_type_OSError)) &&
                (!mp_obj_is_type(native_init, &mp_type_slot_wrapper) ||
                    native_init_owner == &mp_type_dict || native_init_owner == &mp_type_bytearray)) {
                // (list.__init__ ignores keywords when __new__ is overridden.)
                size_t n_kw_init = native_init_owner == &mp_type_list ? 0 : n_kw;
                mp_obj_type_call_member_kw(self, native_init_owner, native_init, n_args, n_kw_init, args);
            }
        }
    } else {
        mp_obj_instance_t *o = MP_OBJ_TO_PTR(instance_alloc(cls));
        self = MP_OBJ_FROM_PTR(o);
        const mp_obj_type_t *native = ut->native_base;
        if (native == NULL) {
            if (!user_init && (n_args != 0 || n_kw != 0)) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%q() takes no arguments"), cls->name);
            }
            if (cls->flags & MP_TYPE_FLAG_IS_ABSTRACT) {
                mp_obj_object_raise_abstract(cls);
            }
        } else if (mp_obj_type_is_exception(native)) {
            if (n_args == 2 && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(&mp_type_BaseExceptionGroup))
                && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(cls), MP_OBJ_FROM_PTR(&mp_type_Exception))
                && (mp_obj_is_type(args[1], &mp_type_list) || mp_obj_is_type(args[1], &mp_type_tuple))) {
                // A group class that is an Exception holds only Exceptions (the
                // native constructor cannot name the subclass).
                size_t n;
                mp_obj_t *items;
                mp_obj_get_array(args[1], &n, &items);
                while (n--) {
                    if (mp_obj_is_exception_instance(items[n]) && !mp_obj_is_instance_of(items[n], &mp_type_Exception)) {
                        mp_raise_TypeError_varg(MP_ERROR_TEXT("Cannot nest BaseExceptions in '%q'"), cls->name);
                    }
                }
            }
            // BaseException.__new__ keeps the positional arguments as args; its
            // __init__, unless overridden, refuses keywords (but those of
            // ImportError, AttributeError and NameError, which it keeps).
            size_t kw = user_init ? 0 : n_kw;
            if (kw != 0) {
                exception_kw_check(native, cls);
            }
            // An OSError whose __init__ is overridden gets its arguments there.
            size_t n = user_init && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(&mp_type_OSError)) ? 0 : n_args;
            o->subobj[0] = mp_obj_instance_native_new(native, n, kw, args);
        } else if (!user_init || mp_obj_type_is_immutable_native(native)) {
            o->subobj[0] = mp_obj_instance_native_new(
                native, n_args, user_init && native_new_ignores_kw(native) ? 0 : n_kw, args);
        }
    }

    if (user_init) {
        mp_obj_t res = mp_obj_type_call_member_kw(self, init_owner, init_fn, n_args, n_kw, args);
        if (res != mp_const_none) {
            mp_raise_TypeError_obj_unsupported(
                res, MP_ERROR_TEXT("__init__() should return None, not '%s'"));
        }
    }
    if (ut->native_base != NULL && mp_obj_is_exact_type(self, cls)) {
        mp_obj_t native_obj = mp_obj_instance_native(MP_OBJ_TO_PTR(self));
        if (ut->native_base == &mp_type_property) {
            // The property's docstring (its getter's) goes in the instance,
            // where the subclass's own __doc__ does not hide it (as CPython).
            mp_obj_t doc = mp_obj_property_subclass_doc(native_obj);
            if (doc != MP_OBJ_NULL && ut->slots != MP_OBJ_NULL) {
                // No __dict__ (__slots__) to hold it: refused, as CPython.
                mp_raise_msg_varg(&mp_type_AttributeError,
                    MP_ERROR_TEXT("'%q' object attribute '__doc__' is read-only"), cls->name);
            }
            if (doc != MP_OBJ_NULL) {
                mp_map_lookup(&((mp_obj_instance_t *)MP_OBJ_TO_PTR(self))->members, MP_OBJ_NEW_QSTR(MP_QSTR___doc__),
                    MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = doc;
            }
        } else if (ut->native_base == &mp_type_module) {
            mp_obj_instance_module_link(MP_OBJ_TO_PTR(self), native_obj);
        }
    }
    return self;
}

mp_obj_t mp_obj_instance_make_new_native(mp_obj_t self_in) {
    return mp_obj_cast_to_native_base(self_in, MP_OBJ_NULL);
}

mp_obj_t mp_obj_cast_to_native_base(mp_obj_t self_in, mp_const_obj_t native_type) {
    if (!mp_obj_is_obj(self_in)) {
        return self_in;
    }
    const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(self_in))->type;
    if (!mp_obj_is_instance_type(type)) {
        return self_in;
    }
    const mp_obj_type_t *native = mp_obj_type_user(type)->native_base;
    if (native == NULL) {
        return self_in;
    }
    // (object's methods apply to the instance itself: object.__getstate__.)
    if (native_type != MP_OBJ_NULL && (native_type == MP_OBJ_FROM_PTR(&mp_type_object) ||
        !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), native_type))) {
        return self_in;
    }
    return mp_obj_instance_native(MP_OBJ_TO_PTR(self_in));
}

// ---------------------------------------------------------------------------
// Instances: attributes.

static mp_obj_t call_with_nlr_attr_fallback(
    mp_obj_t self_in, const mp_obj_type_t *owner, mp_obj_t fn, qstr attr, bool *caught);

// object.__getattribute__: data descriptors of the class, then the instance's
// own attributes, then the class (binding methods), then the built-in base.
static void generic_getattr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    if (mp_obj_type_is_metaclass(cls)) {
        // object.__getattribute__ applied to a class made by a metaclass.
        mp_obj_type_attr(self_in, attr, dest);
        return;
    }
    if (attr == MP_QSTR___dict__ && mp_obj_type_user(cls)->slots == MP_OBJ_NULL) {
        // Unless a class of the MRO put its own __dict__ (a property) there
        // instead of the standard descriptor.
        const mp_obj_type_t *owner;
        mp_obj_t own = mp_obj_type_mro_find(cls, attr, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP,
            NULL, MP_OBJ_NULL, &owner);
        if (own == MP_OBJ_NULL || mp_obj_get_type(own)->name == MP_QSTR_getset_descriptor) {
            dest[0] = instance_get_dict(self);
            return;
        }
    }
    if (attr == MP_QSTR___class__) {
        // object's __class__ unless a class overrides it (a property that
        // makes a proxy look like another class's instance).
        const mp_obj_type_t *found_in;
        if (mp_obj_type_mro_find(cls, attr, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL,
            MP_OBJ_NULL, &found_in) == MP_OBJ_NULL) {
            dest[0] = MP_OBJ_FROM_PTR(cls);
            return;
        }
    }
    const mp_obj_type_t *owner = NULL;
    mp_obj_t member = MP_OBJ_NULL;
    bool looked_up = false;
    // The native object lets slot wrappers be probed (hasattr(x, '__len__')).
    mp_obj_t probe =
        mp_obj_type_user(cls)->native_base != NULL ? mp_obj_instance_native(self) : MP_OBJ_NULL;
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        member = mp_obj_type_mro_find(cls, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, probe, &owner);
        looked_up = true;
        if (member != MP_OBJ_NULL && mp_obj_type_is_data_descriptor_with_get(member)) {
            mp_obj_type_convert_member(self_in, cls, owner, member, dest);
            return;
        }
    }
    mp_map_elem_t *elem =
        mp_map_lookup(instance_members(self), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem != NULL) {
        dest[0] = elem->value;
        return;
    }
    if (!looked_up) {
        member = mp_obj_type_mro_find(cls, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, probe, &owner);
    }
    if (member != MP_OBJ_NULL) {
        mp_obj_type_convert_member(self_in, cls, owner, member, dest);
        return;
    }
    const mp_obj_type_t *native = mp_obj_type_user(cls)->native_base;
    if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, attr)) {
        MP_OBJ_TYPE_GET_SLOT(native, attr)(mp_obj_instance_native(self), attr, dest);
        if (dest[0] == MP_OBJ_NULL && native == &mp_type_module) {
            // Part of module.__getattribute__, so consulted before the
            // class's own __getattr__ (as CPython).
            mp_obj_module_getattr_hook(self_in, attr, dest, true);
        }
    }
}

// Calls __getattr__(self, attr). An AttributeError it raises without a name
// gets this lookup's name and object (as CPython fills them in), so that a
// printed traceback can suggest a similar attribute.
static mp_obj_t call_getattr_hook(mp_obj_t self_in, const mp_obj_type_t *owner, mp_obj_t gattr, qstr attr) {
    mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t res = mp_obj_type_call_member(self_in, owner, gattr, 1, &name);
        nlr_pop();
        return res;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_instance_of(exc, &mp_type_AttributeError)) {
        nlr_buf_t nlr2;
        if (nlr_push(&nlr2) == 0) {
            if (mp_load_attr(exc, MP_QSTR_name) == mp_const_none) {
                mp_store_attr(exc, MP_QSTR_name, name);
                mp_store_attr(exc, MP_QSTR_obj, self_in);
            }
            nlr_pop();
        }
    }
    nlr_jump(nlr.ret_val);
}

static void instance_load_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner;
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        // (NATIVE_STOP: a mixin after a built-in base, which has its own
        // __getattribute__ in CPython, is not asked)
        mp_obj_t ga = mp_obj_type_mro_find(cls, MP_QSTR___getattribute__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
        if (ga != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            bool caught;
            mp_obj_t res = call_with_nlr_attr_fallback(self_in, owner, ga, attr, &caught);
            if (!caught) {
                dest[0] = res;
                return;
            }
            // AttributeError from __getattribute__: fall back to __getattr__ below.
            mp_obj_t gattr = mp_obj_type_mro_find(cls, MP_QSTR___getattr__,
                MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
            if (gattr == MP_OBJ_NULL) {
                nlr_raise(res);
            }
            dest[0] = call_getattr_hook(self_in, owner, gattr, attr);
            return;
        }
        // A descriptor (a property, say) raising AttributeError also falls
        // back to __getattr__; only classes with descriptors pay for the nlr.
        mp_obj_t gattr = mp_obj_type_mro_find(
            cls, MP_QSTR___getattr__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
        if (gattr != MP_OBJ_NULL) {
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                generic_getattr(self_in, attr, dest);
                nlr_pop();
            } else {
                if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
                    nlr_jump(nlr.ret_val);
                }
                dest[0] = MP_OBJ_NULL;
                dest[1] = MP_OBJ_NULL;
            }
            if (dest[0] == MP_OBJ_NULL) {
                dest[0] = call_getattr_hook(self_in, owner, gattr, attr);
            }
            return;
        }
    }
    generic_getattr(self_in, attr, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_t gattr = mp_obj_type_mro_find(
        cls, MP_QSTR___getattr__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
    if (gattr != MP_OBJ_NULL) {
        dest[0] = call_getattr_hook(self_in, owner, gattr, attr);
    }
}

// Calls __getattribute__(self, attr). If it raises AttributeError, *caught is
// set and the exception is returned instead.
static mp_obj_t call_with_nlr_attr_fallback(
    mp_obj_t self_in, const mp_obj_type_t *owner, mp_obj_t fn, qstr attr, bool *caught) {
    nlr_buf_t nlr;
    mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
    if (nlr_push(&nlr) == 0) {
        mp_obj_t res = mp_obj_type_call_member(self_in, owner, fn, 1, &name);
        nlr_pop();
        *caught = false;
        return res;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (!mp_obj_is_instance_of(exc, &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
    *caught = true;
    return exc;
}

// Whether attribute access on instances of cls is the plain one: no
// __getattribute__/__setattr__, descriptors or slots kept apart (flagged), no
// built-in base (nor a metaclass), and not one of the two names object
// answers itself.
static inline bool plain_access(const mp_obj_type_t *cls, qstr attr) {
    return !(cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS)
           && mp_obj_type_user(cls)->native_base == NULL
           && attr != MP_QSTR___dict__ && attr != MP_QSTR___class__;
}

// An instance of a user class whose attribute access is the plain one.
static inline bool plain_instance(mp_obj_t obj, qstr attr) {
    if (!mp_obj_is_obj(obj)) {
        return false;
    }
    const mp_obj_type_t *cls = ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
    return (cls->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && plain_access(cls, attr);
}

// LOAD_METHOD on a plain instance: an attribute of the instance, or a
// function or a constant (a small int or an interned str) of its class's MRO
// above object (a cached lookup); anything else is the general lookup's
// (object's members, __getattr__ and the error are its). (Apart, so that
// other objects need no stack frame on their way to the general lookup.)
__attribute__((noinline))
static void load_method_plain(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *elem = mp_map_lookup(instance_members(self), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem != NULL) {
        dest[0] = elem->value;
        dest[1] = MP_OBJ_NULL;
        return;
    }
    const mp_obj_type_t *owner;
    mp_obj_t v = mp_obj_type_mro_find(self->base.type, attr, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
    if (v != MP_OBJ_NULL && (!mp_obj_is_obj(v) || mp_obj_is_type(v, &mp_type_fun_bc))) {
        dest[0] = v;
        dest[1] = mp_obj_is_obj(v) ? self_in : MP_OBJ_NULL;
        return;
    }
    mp_load_method(self_in, attr, dest);
}

// The VM's LOAD_METHOD (mp_load_method), with a fast path for plain instances.
void mp_obj_instance_load_method(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (plain_instance(self_in, attr)) {
        load_method_plain(self_in, attr, dest);
    } else {
        mp_load_method(self_in, attr, dest);
    }
}

// The VM's LOAD_ATTR (mp_load_attr), with a fast path for plain instances.
mp_obj_t mp_obj_instance_load_attr(mp_obj_t self_in, qstr attr) {
    if (!plain_instance(self_in, attr)) {
        return mp_load_attr(self_in, attr);
    }
    mp_obj_t dest[2];
    load_method_plain(self_in, attr, dest);
    return dest[1] == MP_OBJ_NULL ? dest[0] : mp_obj_new_bound_meth(dest[0], dest[1]);
}

__attribute__((noinline))
static void store_plain(mp_obj_instance_t *self, qstr attr, mp_obj_t value) {
    mp_map_t *members = instance_members(self);
    mp_obj_t key = MP_OBJ_NEW_QSTR(attr);
    mp_map_elem_t *elem = mp_map_lookup(members, key, MP_MAP_LOOKUP);
    if (elem == NULL) {
        elem = mp_map_lookup(members, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    }
    elem->value = value;
}

// The VM's STORE_ATTR (mp_store_attr), with a fast path for plain instances
// without __slots__.
void mp_obj_instance_store_attr(mp_obj_t self_in, qstr attr, mp_obj_t value) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    if (plain_instance(self_in, attr) && mp_obj_type_user(self->base.type)->slots == MP_OBJ_NULL) {
        store_plain(self, attr, value);
    } else {
        mp_store_attr(self_in, attr, value);
    }
}

mp_obj_t mp_obj_instance_generic_getattr(mp_obj_t self_in, qstr attr) {
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    generic_getattr(self_in, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_attribute_error(self_in, attr);
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

MP_COLD static bool class_has_entry(const mp_obj_type_t *t, qstr name) {
    const mp_obj_type_t *owner;
    return mp_obj_type_mro_find(t, name, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner) !=
           MP_OBJ_NULL;
}

// Whether instances of user classes a and b are laid out alike, so that an
// instance may switch between them (__class__ assignment): the same built-in
// base, the same __slots__ names (in any order), and __dict__ and
// __weakref__ both present or both absent, the __dict__ added over the same
// base (not over ABC's __slots__ = () in one only), as CPython requires.
static bool same_layout(const mp_obj_type_t *a, const mp_obj_type_t *b) {
    if (native_base_of(a) != native_base_of(b) ||
        class_has_entry(a, MP_QSTR___dict__) != class_has_entry(b, MP_QSTR___dict__) ||
        class_has_entry(a, MP_QSTR___weakref__) != class_has_entry(b, MP_QSTR___weakref__) ||
        mp_obj_type_user(a)->slots_apart != mp_obj_type_user(b)->slots_apart ||
        mp_obj_type_dict_base(a) != mp_obj_type_dict_base(b)) {
        return false;
    }
    mp_obj_t sa = mp_obj_type_user(a)->slots, sb = mp_obj_type_user(b)->slots;
    if (sa == MP_OBJ_NULL || sb == MP_OBJ_NULL) {
        return sa == sb;
    }
    size_t na, nb;
    mp_obj_t *ia, *ib;
    mp_obj_tuple_get(sa, &na, &ia);
    mp_obj_tuple_get(sb, &nb, &ib);
    // Both lists hold distinct names: same size and a in b means equal sets.
    if (na != nb) {
        return false;
    }
    // Each name's slot is declared by the same class in a's MRO as in b's,
    // but for one pair of classes (CPython's "solid" bases) that declare the
    // same names and have the same bases' slots under them.
    const mp_obj_type_t *diff_a = NULL, *diff_b = NULL;
    for (size_t i = 0; i < na; i++) {
        size_t j = 0;
        while (j < nb && ib[j] != ia[i]) {
            j++;
        }
        if (j == nb) {
            return false;
        }
        const mp_obj_type_t *oa = NULL, *ob = NULL;
        qstr q = MP_OBJ_QSTR_VALUE(ia[i]);
        mp_obj_type_mro_find(a, q, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &oa);
        mp_obj_type_mro_find(b, q, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &ob);
        if (oa != ob) {
            if (diff_a != NULL && (diff_a != oa || diff_b != ob)) {
                return false;
            }
            diff_a = oa;
            diff_b = ob;
        }
    }
    return true;
}

// obj.__dict__ = value (or del): a new dict for the instance's attributes.
MP_COLD static void instance_store_dict(mp_obj_instance_t *self, const mp_obj_type_t *cls, mp_obj_t value) {
    if (native_base_of(cls) == &mp_type_module) {
        // A module's __dict__ is its globals, for good (as CPython).
        mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
    }
    if (value == MP_OBJ_NULL && !mp_obj_is_exception_instance(MP_OBJ_FROM_PTR(self))) {
        // del obj.__dict__ leaves the instance with no attributes (but an
        // exception's __dict__ is BaseException's own: not deletable).
        value = mp_obj_new_dict(0);
    }
    instance_set_dict(self, mp_obj_dict_attr_value(value));
}

// obj.__class__ = value: to a class whose instances are laid out alike.
MP_COLD static void instance_store_class(mp_obj_instance_t *self, const mp_obj_type_t *cls, mp_obj_t value) {
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't delete __class__ attribute"));
    }
    if (!mp_obj_is_type_obj(value)) {
        mp_raise_TypeError_obj_unsupported(
            value, MP_ERROR_TEXT("__class__ must be set to a class, not '%s' object"));
    }
    const mp_obj_type_t *to = MP_OBJ_TO_PTR(value);
    if (to == &mp_type_module && native_base_of(cls) == &mp_type_module &&
        mp_obj_type_user(cls)->slots == MP_OBJ_NULL && !mp_obj_type_user(cls)->slots_apart) {
        // Back to a plain module (see module_set_class in py/objmodule.c):
        // its two words are the base and the globals.
        mp_obj_module_t *native = MP_OBJ_TO_PTR(mp_obj_instance_native(self));
        ((mp_obj_module_t *)self)->globals = native->globals;
        self->base.type = to;
        return;
    }
    if (!mp_obj_is_instance_type(to)) {
        mp_raise_TypeError(MP_ERROR_TEXT(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    if (mp_obj_type_is_metaclass(to) || !same_layout(to, cls)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("__class__ assignment: '%q' object layout differs from '%q'"),
            to->name, cls->name);
    }
    self->base.type = MP_OBJ_TO_PTR(value);
}

// object.__setattr__ / __delattr__ (value MP_OBJ_NULL): descriptors of the
// class, attributes owned by the built-in base, then the instance's own.
void mp_obj_instance_generic_setattr(mp_obj_t self_in, qstr attr, mp_obj_t value) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    if (mp_obj_type_is_metaclass(cls)) {
        mp_obj_t dest[2] = { MP_OBJ_SENTINEL, value };
        mp_obj_type_attr(self_in, attr, dest);
        return;
    }
    if (attr == MP_QSTR___dict__ && mp_obj_type_user(cls)->slots == MP_OBJ_NULL) {
        instance_store_dict(self, cls, value);
        return;
    }
    if (attr == MP_QSTR___class__) {
        instance_store_class(self, cls, value);
        return;
    }
    const mp_obj_type_t *owner;
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        mp_obj_t member = mp_obj_type_mro_find(cls, attr, 0, NULL, MP_OBJ_NULL, &owner);
        if (member != MP_OBJ_NULL && mp_obj_is_obj(member)) {
            const mp_obj_type_t *mt = mp_obj_get_type(member);
            if (mt == &mp_type_property) {
                mp_obj_property_set_value(member, self_in, value);
                return;
            }
            if (mp_obj_type_user(cls)->slots_apart && mt->name == MP_QSTR_member_descriptor) {
                // A slot kept apart from the __dict__ (see objtype_internal.h).
                mp_map_t *vals = mp_obj_instance_slot_values(self_in, true);
                mp_map_elem_t *e = mp_map_lookup(vals, MP_OBJ_NEW_QSTR(attr),
                    value == MP_OBJ_NULL ? MP_MAP_LOOKUP_REMOVE_IF_FOUND : MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
                if (e == NULL) {
                    mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("%q"), attr);
                }
                if (value != MP_OBJ_NULL) {
                    e->value = value;
                }
                return;
            }
            if (mp_obj_is_instance_type(mt)) {
                qstr meth = value == MP_OBJ_NULL ? MP_QSTR___delete__ : MP_QSTR___set__;
                const mp_obj_type_t *m_owner;
                mp_obj_t fn = mp_obj_type_mro_find(mt, meth,
                    MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, MP_OBJ_NULL,
                    &m_owner);
                if (fn != MP_OBJ_NULL) {
                    mp_obj_t args[2] = { self_in, value };
                    mp_obj_type_call_member(
                        member, m_owner, fn, value == MP_OBJ_NULL ? 1 : 2, args);
                    return;
                }
                if (mp_obj_type_is_data_descriptor(member)) {
                    mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("__%s__"),
                        value == MP_OBJ_NULL ? "delete" : "set");
                }
            }
        }
    }
    const mp_obj_type_t *native = mp_obj_type_user(cls)->native_base;
    if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, attr)) {
        // An attribute the built-in base knows (e.g. an exception's args) is its.
        mp_obj_t native_obj = mp_obj_instance_native(self);
        mp_obj_t probe[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        MP_OBJ_TYPE_GET_SLOT(native, attr)(native_obj, attr, probe);
        if (probe[0] != MP_OBJ_NULL) {
            mp_obj_t store[2] = { MP_OBJ_SENTINEL, value };
            MP_OBJ_TYPE_GET_SLOT(native, attr)(native_obj, attr, store);
            if (store[0] == MP_OBJ_NULL) {
                return;
            }
        }
    }
    mp_obj_t slots = mp_obj_type_user(cls)->slots;
    bool is_slot = false;
    if (slots != MP_OBJ_NULL) {
        // __slots__: only the listed names can be set.
        size_t n;
        mp_obj_t *names;
        mp_obj_tuple_get(slots, &n, &names);
        size_t i = 0;
        while (i < n && names[i] != MP_OBJ_NEW_QSTR(attr)) {
            i++;
        }
        is_slot = i < n;
        const mp_obj_type_t *c_owner;
        if (!is_slot &&
            mp_obj_type_mro_find(cls, attr, 0, NULL, MP_OBJ_NULL, &c_owner) != MP_OBJ_NULL) {
            // A plain class attribute, and no instance dict to shadow it in.
            mp_raise_msg_varg(&mp_type_AttributeError,
                MP_ERROR_TEXT("'%s' object attribute '%q' is read-only"), mp_obj_get_type_str(self_in),
                attr);
        }
        if (!is_slot && value != MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_AttributeError,
                MP_ERROR_TEXT("'%s' object has no attribute '%q'"), mp_obj_get_type_str(self_in),
                attr);
        }
    }
    mp_map_t *members = instance_members(self);
    if (value == MP_OBJ_NULL) {
        if (mp_map_lookup(members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            if (is_slot) {
                // An empty slot: CPython's member descriptor names only the slot.
                mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("%q"), attr);
            }
            mp_raise_msg_varg(&mp_type_AttributeError,
                MP_ERROR_TEXT("'%s' object has no attribute '%q'"), mp_obj_get_type_str(self_in),
                attr);
        }
        return;
    }
    mp_map_lookup(members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

static void instance_store_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    mp_obj_t value = dest[1];
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        const mp_obj_type_t *owner;
        qstr hook = value == MP_OBJ_NULL ? MP_QSTR___delattr__ : MP_QSTR___setattr__;
        mp_obj_t fn = mp_obj_type_mro_find(cls, hook,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
        if (fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            mp_obj_t args[2] = { MP_OBJ_NEW_QSTR(attr), value };
            mp_obj_type_call_member(self_in, owner, fn, value == MP_OBJ_NULL ? 1 : 2, args);
            dest[0] = MP_OBJ_NULL;
            return;
        }
    }
    mp_obj_instance_generic_setattr(self_in, attr, value);
    dest[0] = MP_OBJ_NULL;
}

static void instance_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        instance_load_attr(self_in, attr, dest);
    } else {
        instance_store_attr(self_in, attr, dest);
    }
}

// ---------------------------------------------------------------------------
// Instances: special methods.

static bool str_family_or_exception(const mp_obj_type_t *t) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_str)) ||
           mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_bytes)) ||
           mp_obj_type_is_exception(t);
}

static void print_str_result(const mp_print_t *print, mp_obj_t res, qstr meth) {
    res = mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_str));
    if (!mp_obj_is_str(res)) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q returned non-string (type %s)"),
            meth, mp_obj_get_type_str(res));
    }
    size_t len;
    const char *s = mp_obj_str_get_data(res, &len);
    mp_print_strn(print, s, len, 0, ' ', 0);
}

// The repr of self's built-in part, naming self's own class where the base
// names itself (S({1}) for a set subclass, E('x') for an exception); false
// if the base has no print of its own.
MP_COLD static bool print_native_repr(const mp_print_t *print, mp_obj_instance_t *self, const mp_obj_type_t *native) {
    const mp_obj_type_t *cls = self->base.type;
    mp_obj_t native_obj = mp_obj_instance_native(self);
    if (mp_obj_type_is_exception(native)) {
        // repr of an exception names the instance's own class.
        mp_obj_t args = mp_load_attr(native_obj, MP_QSTR_args);
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(args, &n, &items);
        mp_printf(print, "%q", cls->name);
        if (n == 1) {
            mp_print_str(print, "(");
            mp_obj_print_helper(print, items[0], PRINT_REPR);
            mp_print_str(print, ")");
        } else if (n == 0) {
            mp_print_str(print, "()");
        } else {
            mp_obj_print_helper(print, args, PRINT_REPR);
        }
        return true;
    }
    if (MP_OBJ_TYPE_HAS_SLOT(native, print)) {
        // A repr of the form Name(...) (set, frozenset, bytearray, deque,
        // OrderedDict, Counter, defaultdict, array ...) names the
        // instance's own class, D([1]); list, dict, tuple, int and str
        // print as their base does.
        size_t len;
        const char *r = mp_obj_str_get_data(
            mp_obj_slot_wrapper_print_to_str(native_obj, PRINT_REPR, native), &len);
        const char *nn = qstr_str(native->name);
        size_t nl = strlen(nn);
        // A module prefix goes too: functools.partial(f) of a subclass is P(f).
        size_t at = 0;
        while (at < len && unichar_isident((unsigned char)r[at])) {
            at++;
        }
        at = at < len && r[at] == '.' ? at + 1 : 0;
        if (len - at > nl && strncmp(r + at, nn, nl) == 0 && r[at + nl] == '(') {
            mp_printf(print, "%q", cls->name);
            mp_print_strn(print, r + at + nl, len - at - nl, 0, ' ', 0);
        } else if (native == &mp_type_set) {
            // {1} of a set subclass is S({1}).
            mp_printf(print, "%q(", cls->name);
            mp_print_strn(print, r, len, 0, ' ', 0);
            mp_print_str(print, ")");
        } else {
            mp_print_strn(print, r, len, 0, ' ', 0);
        }
        return true;
    }
    return false;
}

// repr(self) as a built-in base prints it (set.__repr__(S()) is 'S()'), or
// MP_OBJ_NULL when the base has no print of its own.
mp_obj_t mp_obj_instance_native_repr(mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *native = mp_obj_type_user(self->base.type)->native_base;
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    if (native == NULL || !print_native_repr(&print, self, native)) {
        return MP_OBJ_NULL;
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

MP_COLD static void instance_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner, *native;
    if (kind != PRINT_REPR) {
        mp_obj_t fn = special_lookup(cls, MP_QSTR___str__, &owner, &native);
        if (fn != MP_OBJ_NULL) {
            print_str_result(
                print, mp_obj_type_call_member(self_in, owner, fn, 0, NULL), MP_QSTR___str__);
            return;
        }
        // Only str, bytes and exceptions have a __str__ of their own;
        // for other built-in bases str() is repr().
        if (native != NULL && str_family_or_exception(native)) {
            MP_OBJ_TYPE_GET_SLOT(native, print)(print, mp_obj_instance_native(self),
                mp_obj_type_is_exception(native) ? kind : PRINT_STR);
            return;
        }
    }
    mp_obj_t fn = special_lookup(cls, MP_QSTR___repr__, &owner, &native);
    if (fn != MP_OBJ_NULL) {
        // str() falling back to __repr__ reports a bad result as __str__'s.
        print_str_result(print, mp_obj_type_call_member(self_in, owner, fn, 0, NULL),
            kind == PRINT_REPR ? MP_QSTR___repr__ : MP_QSTR___str__);
        return;
    }
    if (native != NULL && print_native_repr(print, self, native)) {
        return;
    }
    mp_obj_object_print_default(print, self_in);
}

MP_COLD static mp_obj_t instance_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    qstr name = op < MP_UNARY_OP_NUM ? mp_obj_instance_unary_op_dunder[op] : MP_QSTRnull;
    if (name == MP_QSTRnull) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, name, &owner, &native);
    if (fn == MP_OBJ_NULL) {
        if (native != NULL) {
            if (op == MP_UNARY_OP_BOOL && !mp_obj_slot_wrapper_exists(native, MP_QSTR___bool__)) {
                // A user __len__ decides truth over a built-in base without
                // __bool__ (list): returning NULL makes mp_obj_is_true ask for LEN.
                const mp_obj_type_t *len_owner, *len_native;
                if (special_lookup(cls, MP_QSTR___len__, &len_owner, &len_native) != MP_OBJ_NULL) {
                    return MP_OBJ_NULL;
                }
            }
            if (op == MP_UNARY_OP_HASH &&
                (native == &mp_type_list || native == &mp_type_dict || native == &mp_type_set ||
                    native == &mp_type_bytearray)) {
                // Unhashable: let the error name the subclass, not the base.
                return MP_OBJ_NULL;
            }
            if (MP_OBJ_TYPE_HAS_SLOT(native, unary_op) && op == MP_UNARY_OP_HASH &&
                (!mp_obj_type_is_immutable_native(native) || native->name == MP_QSTR_array)) {
                // A mutable built-in base refusing to hash (with its own name
                // in the message) leaves the refusal to mp_obj_hash, which
                // names the subclass. (A tuple's refusal is about an item.)
                mp_obj_t native_obj = mp_obj_instance_native(self);
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    mp_obj_t h = MP_OBJ_TYPE_GET_SLOT(native, unary_op)(op, native_obj);
                    nlr_pop();
                    return h;
                }
                if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
                    nlr_jump(nlr.ret_val);
                }
                return MP_OBJ_NULL;
            }
            if (MP_OBJ_TYPE_HAS_SLOT(native, unary_op)) {
                return MP_OBJ_TYPE_GET_SLOT(native, unary_op)(op, mp_obj_instance_native(self));
            }
            if (op == MP_UNARY_OP_HASH) {
                return mp_generic_unary_op(op, self_in);
            }
            return MP_OBJ_NULL;
        }
        if (op == MP_UNARY_OP_HASH) {
            return mp_generic_unary_op(op, self_in);
        }
        return MP_OBJ_NULL;
    }
    if (fn == mp_const_none) {
        if (op == MP_UNARY_OP_HASH) {
            // __hash__ = None (also set for classes defining __eq__ only).
            return MP_OBJ_NULL;
        }
        special_is_none();
    }
    mp_obj_t res = mp_obj_type_call_member(self_in, owner, fn, 0, NULL);
    mp_obj_t orig = res;
    if (op == MP_UNARY_OP_LEN || op == MP_UNARY_OP_HASH || op == MP_UNARY_OP_INT ||
        op == MP_UNARY_OP_INDEX) {
        // An int subclass is as good as an int here.
        res = mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_int));
    } else if (op == MP_UNARY_OP_FLOAT) {
        res = mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_float));
    }
    if ((op == MP_UNARY_OP_INT || op == MP_UNARY_OP_INDEX) && (res != orig || mp_obj_is_bool(res))) {
        // (deprecated for __int__ and __index__: a warning)
        mp_obj_int_check_exact_result(name, orig);
        res = mp_obj_is_bool(res) ? MP_OBJ_NEW_SMALL_INT(res == mp_const_true) : res;
    }
    if (op == MP_UNARY_OP_FLOAT && res != orig && mp_obj_is_float(res)) {
        vstr_t vstr;
        vstr_init(&vstr, 32);
        vstr_printf(&vstr, "%s.__float__", qstr_str(cls->name));
        mp_warn_result_subclass(vstr_null_terminated_str(&vstr), MP_QSTR_float, orig);
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            if (!mp_obj_is_bool(res)) {
                mp_raise_TypeError_obj_unsupported(
                    res, MP_ERROR_TEXT("__bool__ should return bool, returned %s"));
            }
            return res;
        case MP_UNARY_OP_LEN: {
            // Any object with __index__ will do, as in CPython.
            res = mp_seq_index_as_int_raise(res);
            if (mp_obj_int_sign(res) < 0) {
                mp_raise_ValueError(MP_ERROR_TEXT("__len__() should return >= 0"));
            }
            if (!mp_obj_is_small_int(res)) {
                // A length up to sys.maxsize is fine, as in CPython.
                mp_int_t big_len;
                if (mp_obj_get_int_maybe(res, &big_len)) {
                    return res;
                }
                mp_raise_msg_varg(&mp_type_OverflowError,
                    MP_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
            }
            return res;
        }
        case MP_UNARY_OP_HASH:
            if (!mp_obj_is_int(res) && !mp_obj_is_bool(res)) {
                mp_raise_TypeError(MP_ERROR_TEXT("__hash__ method should return an integer"));
            }
            if (mp_obj_is_bool(res)) {
                return MP_OBJ_NEW_SMALL_INT(res == mp_const_true);
            }
            {
                // CPython keeps a result that fits a machine word as it is
                // (only -1, its error marker, becomes -2); beyond that it
                // takes the hash of the int.
                mp_int_t h;
                if (mp_obj_get_int_maybe(res, &h)) {
                    return h == -1 ? MP_OBJ_NEW_SMALL_INT(-2) : mp_obj_new_int(h);
                }
            }
            return mp_obj_hash(res);
        case MP_UNARY_OP_INT:
        case MP_UNARY_OP_INDEX:
            if (!mp_obj_is_int(res) && !mp_obj_is_bool(res)) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%q returned non-int (type %s)"), name, mp_obj_get_type_str(res));
            }
            return res;
        case MP_UNARY_OP_FLOAT:
            if (!mp_obj_is_float(res)) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%q.%q returned non-float (type %s)"), cls->name, name,
                    mp_obj_get_type_str(res));
            }
            return res;
        default:
            return res;
    }
}

// Calls a comparison method found in owner. One that is a property whose
// getter fails counts as not implemented (as CPython's rich comparison slot).
static mp_obj_t call_compare_member(mp_obj_t lhs_in, const mp_obj_type_t *cls, const mp_obj_type_t *owner,
    mp_obj_t fn, mp_obj_t rhs_in) {
    if (!mp_obj_is_type(fn, &mp_type_property)) {
        return mp_obj_type_call_member(lhs_in, owner, fn, 1, &rhs_in);
    }
    mp_obj_t call[3] = { MP_OBJ_NULL, MP_OBJ_NULL, rhs_in };
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        return mp_const_notimplemented;
    }
    mp_obj_type_convert_member(lhs_in, cls, owner, fn, call);
    nlr_pop();
    if (call[1] == MP_OBJ_NULL) {
        return mp_call_function_1(call[0], rhs_in);
    }
    return mp_call_method_n_kw(1, 0, call);
}

MP_COLD static mp_obj_t instance_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(lhs_in);
    const mp_obj_type_t *cls = self->base.type;
    qstr name = op < MP_BINARY_OP_NUM ? mp_obj_instance_binary_op_dunder[op] : MP_QSTRnull;
    if (name == MP_QSTRnull) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, name, &owner, &native);
    if (fn != MP_OBJ_NULL) {
        if (fn == mp_const_none) {
            if (op == MP_BINARY_OP_CONTAINS) {
                // __contains__ = None blocks the fallback to iteration.
                mp_raise_TypeError_obj_unsupported(
                    lhs_in, MP_ERROR_TEXT("'%s' object is not a container"));
            }
            special_is_none();
        }
        if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL) {
            return call_compare_member(lhs_in, cls, owner, fn, rhs_in);
        }
        return mp_obj_type_call_member(lhs_in, owner, fn, 1, &rhs_in);
    }
    if (native != NULL && !(op == MP_BINARY_OP_NOT_EQUAL &&
        (native == &mp_type_type || !MP_OBJ_TYPE_HAS_SLOT(native, binary_op)))) {
        // (type has no __ne__ of its own, nor has a built-in without operators
        // such as an exception: for them != inverts __eq__ below.)
        if (!MP_OBJ_TYPE_HAS_SLOT(native, binary_op) ||
            (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER && mp_obj_type_is_immutable_value(native))) {
            // (int, str & co. have no in-place forms: x += y is then x = x + y,
            // which a subclass's __add__ or the other operand's __radd__ decides)
            return MP_OBJ_NULL;
        }
        if (native->flags & MP_TYPE_FLAG_SUBCLASS_RECEIVER) {
            // (results such as d + d keep the subclass)
            return MP_OBJ_TYPE_GET_SLOT(native, binary_op)(op, lhs_in, rhs_in);
        }
        mp_obj_t other = mp_obj_cast_to_native_base(rhs_in, MP_OBJ_FROM_PTR(native));
        mp_obj_t native_obj = mp_obj_instance_native(self);
        mp_obj_t res = MP_OBJ_TYPE_GET_SLOT(native, binary_op)(op, native_obj, other);
        if (res == native_obj && op >= MP_BINARY_OP_INPLACE_OR &&
            op <= MP_BINARY_OP_INPLACE_POWER) {
            // e.g. `l += x` on a list subclass: the built-in part was updated
            // in place, and the result is the instance, not that part.
            return lhs_in;
        }
        return res;
    }
    if (op == MP_BINARY_OP_NOT_EQUAL) {
        // Without __ne__, != is the inverse of __eq__ (object.__ne__).
        fn = special_lookup(cls, MP_QSTR___eq__, &owner, &native);
        if (fn != MP_OBJ_NULL && fn != mp_const_none) {
            mp_obj_t res = call_compare_member(lhs_in, cls, owner, fn, rhs_in);
            if (res == mp_const_notimplemented) {
                return res;
            }
            return mp_obj_new_bool(!mp_obj_is_true(res));
        }
    }
    return MP_OBJ_NULL;
}

MP_COLD static mp_obj_t instance_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    qstr name = value == MP_OBJ_SENTINEL ? MP_QSTR___getitem__
                : value == MP_OBJ_NULL   ? MP_QSTR___delitem__
                                         : MP_QSTR___setitem__;
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, name, &owner, &native);
    if (fn != MP_OBJ_NULL && !mp_obj_is_instance_type(owner) && MP_OBJ_TYPE_HAS_SLOT(owner, subscr)) {
        // A built-in base's own __getitem__ & co: use its slot directly.
        native = owner;
        fn = MP_OBJ_NULL;
    }
    if (fn == mp_const_none) {
        special_is_none();
    }
    if (fn != MP_OBJ_NULL) {
        mp_obj_t args[2] = { index, value };
        mp_obj_t res = mp_obj_type_call_member(
            self_in, owner, fn, value == MP_OBJ_SENTINEL || value == MP_OBJ_NULL ? 1 : 2, args);
        return value == MP_OBJ_SENTINEL ? res : mp_const_none;
    }
    if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, subscr)) {
        mp_obj_t native_obj = mp_obj_instance_native(self);
        if (value == MP_OBJ_SENTINEL &&
            mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(&mp_type_dict))) {
            // dict subclasses: a missing key goes to __missing__ if defined.
            const mp_obj_type_t *m_owner, *m_native;
            mp_obj_t missing = special_lookup(cls, MP_QSTR___missing__, &m_owner, &m_native);
            if (missing != MP_OBJ_NULL && mp_obj_is_type(native_obj, &mp_type_dict) &&
                mp_map_lookup(mp_obj_dict_get_map(native_obj), index, MP_MAP_LOOKUP) == NULL) {
                return mp_obj_type_call_member(self_in, m_owner, missing, 1, &index);
            }
        }
        // (OrderedDict & co. see the instance: a subclass's __missing__ applies)
        return MP_OBJ_TYPE_GET_SLOT(native, subscr)(
            native->flags & MP_TYPE_FLAG_SUBCLASS_RECEIVER ? self_in : native_obj, index, value);
    }
    return MP_OBJ_NULL;
}

static bool is_iterator(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (!mp_obj_is_instance_type(t)) {
        return MP_OBJ_TYPE_HAS_SLOT(t, iternext);
    }
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(t, MP_QSTR___next__, &owner, &native);
    return fn != MP_OBJ_NULL || (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, iternext));
}

// MP_OBJ_NULL if the instance is not iterable (mp_getiter raises).
MP_COLD static mp_obj_t instance_getiter(mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, MP_QSTR___iter__, &owner, &native);
    if (fn != MP_OBJ_NULL) {
        if (fn == mp_const_none) {
            return MP_OBJ_NULL;
        }
        mp_obj_t it = mp_obj_type_call_member(self_in, owner, fn, 0, NULL);
        if (!is_iterator(it)) {
            mp_raise_TypeError_obj_unsupported(
                it, MP_ERROR_TEXT("iter() returned non-iterator of type '%s'"));
        }
        return it;
    }
    if (native != NULL && (native->flags & MP_TYPE_FLAG_ITER_IS_SELF)) {
        // An iterator base (enumerate, zip...): the instance is its own
        // iterator, so a subclass's __next__ is the one used.
        return self_in;
    }
    if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, getiter)) {
        return MP_OBJ_TYPE_GET_SLOT(native, getiter)(mp_obj_instance_native(self));
    }
    fn = special_lookup(cls, MP_QSTR___getitem__, &owner, &native);
    if ((fn != MP_OBJ_NULL && fn != mp_const_none) || (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, subscr))) {
        return mp_obj_new_getitem_iter(self_in);
    }
    return MP_OBJ_NULL;
}

// __next__ raising StopIteration ends the iteration (no exception escapes).
static mp_obj_t instance_iternext(mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, MP_QSTR___next__, &owner, &native);
    if (fn == MP_OBJ_NULL || fn == mp_const_none) {
        if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, iternext)) {
            return MP_OBJ_TYPE_GET_SLOT(native, iternext)(mp_obj_instance_native(self));
        }
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("'%s' object is not an iterator"));
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t res = mp_obj_type_call_member(self_in, owner, fn, 0, NULL);
        nlr_pop();
        return res;
    }
    if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_StopIteration)) {
        return MP_OBJ_STOP_ITERATION;
    }
    nlr_jump(nlr.ret_val);
}

static mp_obj_t instance_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, MP_QSTR___call__, &owner, &native);
    if (fn == mp_const_none) {
        special_is_none();
    }
    if (fn != MP_OBJ_NULL) {
        return mp_obj_type_call_member_kw(self_in, owner, fn, n_args, n_kw, args);
    }
    if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, call)) {
        return MP_OBJ_TYPE_GET_SLOT(native, call)(mp_obj_instance_native(self), n_args, n_kw, args);
    }
    mp_raise_TypeError_obj_unsupported(self_in, MP_ERROR_TEXT("'%s' object is not callable"));
}

MP_COLD static int instance_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *native = mp_obj_type_user(self->base.type)->native_base;
    if (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, buffer)) {
        return MP_OBJ_TYPE_GET_SLOT(native, buffer)(mp_obj_instance_native(self), bufinfo, flags);
    }
    return 1;
}

// Used by mp_obj_is_callable: has the class (or its built-in base) __call__?
bool mp_obj_instance_is_callable(mp_obj_t self_in) {
    const mp_obj_type_t *cls = mp_obj_get_type(self_in);
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, MP_QSTR___call__, &owner, &native);
    return (fn != MP_OBJ_NULL && fn != mp_const_none) || (native != NULL && MP_OBJ_TYPE_HAS_SLOT(native, call));
}

// The slots of every user class (py/objtype.c sets them when it makes one).
void mp_obj_instance_set_slots(mp_obj_type_t *type) {
    MP_OBJ_TYPE_SET_SLOT(type, print, instance_print);
    MP_OBJ_TYPE_SET_SLOT(type, make_new, instance_make_new);
    MP_OBJ_TYPE_SET_SLOT(type, call, instance_call);
    MP_OBJ_TYPE_SET_SLOT(type, unary_op, instance_unary_op);
    MP_OBJ_TYPE_SET_SLOT(type, binary_op, instance_binary_op);
    MP_OBJ_TYPE_SET_SLOT(type, attr, instance_attr);
    MP_OBJ_TYPE_SET_SLOT(type, subscr, instance_subscr);
    MP_OBJ_TYPE_SET_SLOT(type, getiter, instance_getiter);
    MP_OBJ_TYPE_SET_SLOT(type, iternext, instance_iternext);
    MP_OBJ_TYPE_SET_SLOT(type, buffer, instance_buffer);
}
