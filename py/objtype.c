// Types and user classes: the `type` type, classes created by `class`
// statements (C3 MRO, instances, special methods, descriptors), subclassing
// of built-in types, and super. (staticmethod and classmethod are with
// property in py/objproperty.c.)
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/vm.h"


// ---------------------------------------------------------------------------
// Representation.
//
// A user class is an mp_obj_type_t allocated on the heap (flag
// MP_TYPE_FLAG_INSTANCE_TYPE) whose slots are the instance_* functions below,
// followed by a few fields private to this file (user_type_t). Its locals_dict
// is the class namespace (a real, mutable dict) and its mro the C3
// linearisation as a tuple: the class itself, its user bases, the built-in
// bases with their own parents, and object last.
//
// An instance is an mp_obj_instance_t: its attributes live in `members`. If
// the class derives from a built-in type other than object (its "native
// base", at most one layout), the instance carries one extra word, subobj[0],
// holding a real object of that built-in type; the built-in's slots and
// methods operate on that object (mp_obj_cast_to_native_base). subobj[0] may
// be MP_OBJ_NULL for a while: when the class defines __init__ and the
// built-in is mutable (list, dict, ...), it is made by the built-in's
// __init__ (reached through super()) or, failing that, empty once __init__
// returns; immutable built-ins (int, str, tuple, exceptions...) get their
// value from the constructor arguments at once, as CPython's __new__ does.
//
// Once a program reads `obj.__dict__`, the attributes move into a real dict
// object so that the dict and the instance stay one and the same: `members`
// is then left as an empty fixed map whose `table` points at that dict
// (instance_members() follows it). A fixed map with nothing in it answers
// every foreign lookup with "not found", so code outside this file that
// peeks at members falls back to the slow path instead of misbehaving.
typedef struct _user_type_t {
    mp_obj_type_t type;
    const mp_obj_type_t *native_base; // NULL, or the built-in base providing the layout
    bool has_del;                     // instances need a finaliser (__del__)
    mp_obj_t slots;                   // tuple of the only attribute names instances may
                                      // hold (__slots__ all along the MRO), or NULL
} user_type_t;

static inline user_type_t *user_type(const mp_obj_type_t *t) {
    return (user_type_t *)t;
}

// A metaclass is a user class deriving from type: its instances are classes
// (user_type_t), not mp_obj_instance_t, and it has its own make_new and attr.
static inline bool type_is_metaclass(const mp_obj_type_t *t) {
    return mp_obj_is_instance_type(t) && user_type(t)->native_base == &mp_type_type;
}

static mp_obj_t type_new_with(const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args);
static void type_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);


// A class object: a built-in type or a user class, whose type is `type` or
// a metaclass.
bool mp_obj_is_type_obj(mp_const_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    return t == &mp_type_type || type_is_metaclass(t);
}

static mp_map_t *instance_members(mp_obj_instance_t *o) {
    if (MP_UNLIKELY(o->members.is_fixed)) {
        return mp_obj_dict_get_map(MP_OBJ_FROM_PTR(o->members.table));
    }
    return &o->members;
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

static const mp_obj_type_t *native_base_of(const mp_obj_type_t *type) {
    if (mp_obj_is_instance_type(type)) {
        return user_type(type)->native_base;
    }
    return NULL;
}

static bool type_is_immutable_native(const mp_obj_type_t *t) {
    static const mp_obj_type_t *const immutable[] = {
        &mp_type_int, &mp_type_float, &mp_type_str, &mp_type_bytes, &mp_type_tuple, &mp_type_frozenset,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(immutable); i++) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(immutable[i]))) {
            return true;
        }
    }
    return false;
}

static bool type_is_exception(const mp_obj_type_t *t) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_BaseException));
}

static mp_obj_t native_make_new(const mp_obj_type_t *native, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (native->make_new == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("cannot create '%q' instances"), native->name);
    }
    return native->make_new(native, n_args, n_kw, args);
}

// The native object of an instance, made (with no arguments) if still pending.
static mp_obj_t instance_native(mp_obj_instance_t *o) {
    if (type_is_metaclass(o->base.type)) {
        // An instance of a metaclass is a class: it is its own type object.
        return MP_OBJ_FROM_PTR(o);
    }
    if (o->subobj[0] == MP_OBJ_NULL) {
        o->subobj[0] = native_make_new(user_type(o->base.type)->native_base, 0, 0, NULL);
    }
    return o->subobj[0];
}

// ---------------------------------------------------------------------------
// MRO walking and member lookup.

// Built-in types have no MRO tuple: theirs is the parent chain (depth first
// over multiple bases), then object. Chains are short; the bound is generous.
#define MRO_NATIVE_MAX (16)

typedef struct _mro_t {
    size_t len;
    const mp_obj_t *items;
    mp_obj_t buf[MRO_NATIVE_MAX];
} mro_t;

static void mro_add_native(mro_t *m, const mp_obj_type_t *t) {
    while (t != NULL && t != &mp_type_object) {
        for (size_t i = 0; i < m->len; i++) {
            if (m->buf[i] == MP_OBJ_FROM_PTR(t)) {
                return;
            }
        }
        if (m->len < MRO_NATIVE_MAX - 1) {
            m->buf[m->len++] = MP_OBJ_FROM_PTR(t);
        }
        if (t->flags & MP_TYPE_FLAG_MULTI_BASES) {
            const mp_obj_tuple_t *bases = t->parent;
            for (size_t i = 0; i < bases->len; i++) {
                mro_add_native(m, MP_OBJ_TO_PTR(bases->items[i]));
            }
            return;
        }
        t = t->parent;
    }
}

static void mro_get(const mp_obj_type_t *type, mro_t *m) {
    if (type->mro != NULL) {
        m->len = type->mro->len;
        m->items = type->mro->items;
        return;
    }
    m->len = 0;
    mro_add_native(m, type);
    m->buf[m->len++] = MP_OBJ_FROM_PTR(&mp_type_object);
    m->items = m->buf;
}

static inline const mp_obj_type_t *mro_at(const mro_t *m, size_t i) {
    return MP_OBJ_TO_PTR(m->items[i]);
}

static bool type_dict_lookup(const mp_obj_type_t *t, qstr attr, mp_obj_t *out) {
    if (t->locals_dict == NULL) {
        return false;
    }
    mp_map_elem_t *elem = mp_map_lookup(&t->locals_dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem == NULL) {
        return false;
    }
    *out = elem->value;
    return true;
}

// Special-method names and the slots that implement them for built-in types.
static const uint16_t unary_op_dunder[MP_UNARY_OP_NUM] = {
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

static const uint16_t binary_op_dunder[MP_BINARY_OP_NUM] = {
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

// A built-in type's slot seen as a method, e.g. int.__add__ or list.__len__:
// made on demand when such a name is looked up and the type's locals dict
// does not define it. __init__ and __new__ of built-in types are such
// wrappers too (they create the native part of instances of subclasses).
typedef enum {
    SW_UNARY,
    SW_BINARY,
    SW_REPR,
    SW_STR,
    SW_GETITEM,
    SW_SETITEM,
    SW_DELITEM,
    SW_ITER,
    SW_NEXT,
    SW_CALL,
    SW_INIT,
    SW_NEW,
    SW_METHOD,
} slot_kind_t;

typedef struct _slot_wrapper_t {
    mp_obj_base_t base;
    const mp_obj_type_t *native;
    uint16_t name;
    uint8_t kind;
    uint8_t op;
    mp_obj_t fun; // SW_METHOD: the built-in function
} slot_wrapper_t;

static const mp_obj_type_t slot_wrapper_type;

// Which special name a built-in type supports through its slots. obj, when
// known (the native object), lets unary slots be probed so that e.g.
// hasattr(5, '__len__') is False.
static bool native_slot_for(const mp_obj_type_t *t, qstr attr, mp_obj_t obj, slot_wrapper_t *sw) {
    sw->native = t;
    sw->name = (uint16_t)attr;
    sw->op = 0;
    sw->fun = MP_OBJ_NULL;
    switch (attr) {
        case MP_QSTR___init__:
            sw->kind = SW_INIT;
            return t->make_new != NULL;
        case MP_QSTR___new__:
            sw->kind = SW_NEW;
            return t->make_new != NULL;
        case MP_QSTR___repr__:
            sw->kind = SW_REPR;
            return true;
        case MP_QSTR___str__:
            sw->kind = SW_STR;
            return true;
        case MP_QSTR___getitem__:
            sw->kind = SW_GETITEM;
            return t->subscr != NULL;
        case MP_QSTR___setitem__:
            sw->kind = SW_SETITEM;
            return t->subscr != NULL;
        case MP_QSTR___delitem__:
            sw->kind = SW_DELITEM;
            return t->subscr != NULL;
        case MP_QSTR___iter__:
            sw->kind = SW_ITER;
            return t->getiter != NULL;
        case MP_QSTR___next__:
            sw->kind = SW_NEXT;
            return t->iternext != NULL;
        case MP_QSTR___call__:
            sw->kind = SW_CALL;
            return t->call != NULL;
        default:
            break;
    }
    for (size_t op = 0; op < MP_UNARY_OP_NUM; op++) {
        if (unary_op_dunder[op] == attr && attr != MP_QSTR___sizeof__) {
            sw->kind = SW_UNARY;
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
            return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_int))
                   || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_float));
        }
    }
    for (size_t op = 0; op < MP_BINARY_OP_NUM; op++) {
        if (binary_op_dunder[op] == attr) {
            // In-place forms are not methods of built-in types.
            if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
                return false;
            }
            sw->kind = SW_BINARY;
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

static mp_obj_t native_synth(const mp_obj_type_t *t, qstr attr, mp_obj_t obj) {
    slot_wrapper_t sw;
    if (!native_slot_for(t, attr, obj, &sw)) {
        return MP_OBJ_NULL;
    }
    slot_wrapper_t *w = m_new_obj(slot_wrapper_t);
    *w = sw;
    w->base.type = &slot_wrapper_type;
    return MP_OBJ_FROM_PTR(w);
}

// Lookup modes.
#define LOOKUP_SKIP_OBJECT (1) // ignore object's methods (special-method dispatch)
#define LOOKUP_NATIVE_STOP (2) // stop at the first built-in base: it answers through its slots
#define LOOKUP_SYNTH (4)       // make slot wrappers for built-in bases

// Finds attr along type's MRO, starting after `after` if not NULL. Returns the
// member and sets *owner to the type whose dict holds it. With
// LOOKUP_NATIVE_STOP, reaching a built-in base (other than object) whose dict
// lacks attr returns MP_OBJ_NULL with *owner set to that built-in type.
// native_obj, if known, is the object the built-in's slots would act on.
static mp_obj_t mro_find(const mp_obj_type_t *type, qstr attr, unsigned mode, const mp_obj_type_t *after,
    mp_obj_t native_obj, const mp_obj_type_t **owner) {
    mro_t m;
    mro_get(type, &m);
    size_t i = 0;
    if (after != NULL) {
        while (i < m.len && mro_at(&m, i) != after) {
            i++;
        }
        i++;
    }
    for (; i < m.len; i++) {
        const mp_obj_type_t *t = mro_at(&m, i);
        if (t == &mp_type_object && (mode & LOOKUP_SKIP_OBJECT)) {
            continue;
        }
        mp_obj_t value;
        if (type_dict_lookup(t, attr, &value)) {
            *owner = t;
            return value;
        }
        if (t != &mp_type_object && !mp_obj_is_instance_type(t)) {
            if (mode & LOOKUP_NATIVE_STOP) {
                *owner = t;
                return MP_OBJ_NULL;
            }
            if (mode & LOOKUP_SYNTH) {
                value = native_synth(t, attr, native_obj);
                if (value != MP_OBJ_NULL) {
                    *owner = t;
                    return value;
                }
            }
        }
    }
    *owner = NULL;
    return MP_OBJ_NULL;
}

// A special method defined by a user class of cls's MRO (not object).
// Returns MP_OBJ_NULL if there is none; *native is then the built-in base
// that handles the operation through its slots (or NULL).
static mp_obj_t special_lookup(const mp_obj_type_t *cls, qstr name, const mp_obj_type_t **owner, const mp_obj_type_t **native) {
    mp_obj_t member = mro_find(cls, name, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, owner);
    *native = NULL;
    if (member == MP_OBJ_NULL && *owner != NULL) {
        *native = *owner;
    }
    return member;
}

void mp_obj_class_lookup_attr(const mp_obj_type_t *type, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *owner;
    mp_obj_t member = mro_find(type, attr, 0, NULL, MP_OBJ_NULL, &owner);
    if (member != MP_OBJ_NULL) {
        dest[0] = member;
    }
}

// ---------------------------------------------------------------------------
// Binding: what an attribute access returns for a member found in a class.

static bool is_data_descriptor(mp_obj_t member) {
    if (!mp_obj_is_obj(member)) {
        return false;
    }
    const mp_obj_type_t *mt = mp_obj_get_type(member);
    if (mt == &mp_type_property) {
        return true;
    }
    if (!mp_obj_is_instance_type(mt)) {
        return false;
    }
    const mp_obj_type_t *owner;
    return mro_find(mt, MP_QSTR___set__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner) != MP_OBJ_NULL
           || mro_find(mt, MP_QSTR___delete__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner) != MP_OBJ_NULL;
}

// A user object with __get__: returns the __get__ method (or MP_OBJ_NULL).
static mp_obj_t descriptor_get_method(mp_obj_t member, const mp_obj_type_t **owner) {
    const mp_obj_type_t *mt = mp_obj_get_type(member);
    if (!mp_obj_is_instance_type(mt)) {
        return MP_OBJ_NULL;
    }
    return mro_find(mt, MP_QSTR___get__, LOOKUP_SKIP_OBJECT | LOOKUP_SYNTH, NULL, MP_OBJ_NULL, owner);
}

static mp_obj_t call_descriptor_get(mp_obj_t member, mp_obj_t get, const mp_obj_type_t *get_owner, mp_obj_t obj, mp_obj_t owner_type);

// The receiver for a method found in `owner`: the native object when a
// built-in base's method is applied to an instance of a user subclass.
static mp_obj_t receiver_for(mp_obj_t obj, const mp_obj_type_t *owner) {
    if (owner != NULL && owner != &mp_type_object && !mp_obj_is_instance_type(owner)
        && mp_obj_is_obj(obj) && mp_obj_is_instance_type(mp_obj_get_type(obj))) {
        mp_obj_instance_t *o = MP_OBJ_TO_PTR(obj);
        if (user_type(o->base.type)->native_base != NULL) {
            return instance_native(o);
        }
    }
    return obj;
}

// object's methods are seen through `object` as plain built-in functions (so
// that object.__init__ is object.__init__); stored in a user class
// (`__hash__ = object.__hash__`) they must still bind like methods.
static bool is_object_method(mp_obj_t fun) {
    const mp_map_t *map = &mp_type_object.locals_dict->map;
    for (size_t i = 0; i < map->alloc; i++) {
        if (map->table[i].value == fun && map->table[i].key != MP_OBJ_NULL) {
            return true;
        }
    }
    return false;
}

// Access through an instance obj (of type obj_type) of a member found in owner.
static void convert_member(mp_obj_t obj, const mp_obj_type_t *obj_type, const mp_obj_type_t *owner, mp_obj_t member, mp_obj_t *dest) {
    if (!mp_obj_is_obj(member)) {
        dest[0] = member;
        return;
    }
    const mp_obj_type_t *mt = ((mp_obj_base_t *)MP_OBJ_TO_PTR(member))->type;
    if (mt == &mp_type_staticmethod) {
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
    } else if (mt == &mp_type_classmethod) {
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
        dest[1] = MP_OBJ_FROM_PTR(obj_type);
    } else if (mt == &mp_type_property) {
        dest[0] = mp_obj_property_get_value(member, obj);
    } else if (mt == &slot_wrapper_type) {
        slot_wrapper_t *sw = MP_OBJ_TO_PTR(member);
        dest[0] = member;
        if (sw->kind == SW_INIT) {
            dest[1] = obj;
        } else if (sw->kind != SW_NEW) {
            dest[1] = receiver_for(obj, owner);
        }
    } else if (mt->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
        // Built-in functions are methods of built-in types only; stored in a
        // user class (e.g. `sleep = time.sleep`) they stay plain functions.
        dest[0] = member;
        if (owner == NULL || !mp_obj_is_instance_type(owner) || is_object_method(member)) {
            dest[1] = receiver_for(obj, owner);
        }
    } else if (mt->flags & MP_TYPE_FLAG_BINDS_SELF) {
        dest[0] = member;
        dest[1] = obj;
    } else if (mp_obj_is_instance_type(mt)) {
        const mp_obj_type_t *get_owner;
        mp_obj_t get = descriptor_get_method(member, &get_owner);
        if (get != MP_OBJ_NULL) {
            dest[0] = call_descriptor_get(member, get, get_owner, obj, MP_OBJ_FROM_PTR(obj_type));
        } else {
            dest[0] = member;
        }
    } else {
        dest[0] = member;
    }
}

// A built-in type's method seen through the type (list.append): a method
// descriptor, so that stored in a user class it still binds like a method.
static mp_obj_t method_descriptor(const mp_obj_type_t *owner, qstr attr, mp_obj_t fun) {
    slot_wrapper_t *w = m_new_obj(slot_wrapper_t);
    w->base.type = &slot_wrapper_type;
    w->native = owner;
    w->name = (uint16_t)attr;
    w->kind = SW_METHOD;
    w->op = 0;
    w->fun = fun;
    return MP_OBJ_FROM_PTR(w);
}

// Access through the class cls itself (A.x) of a member found in owner.
static void convert_member_for_type(const mp_obj_type_t *cls, const mp_obj_type_t *owner, qstr attr, mp_obj_t member, mp_obj_t *dest) {
    if (!mp_obj_is_obj(member)) {
        dest[0] = member;
        return;
    }
    const mp_obj_type_t *mt = ((mp_obj_base_t *)MP_OBJ_TO_PTR(member))->type;
    if ((mt->flags & MP_TYPE_FLAG_BUILTIN_FUN) && owner != NULL && owner != &mp_type_object
        && !mp_obj_is_instance_type(owner) && attr != MP_QSTRnull) {
        dest[0] = method_descriptor(owner, attr, member);
    } else if (mt == &mp_type_staticmethod) {
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
    } else if (mt == &mp_type_classmethod) {
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
        dest[1] = MP_OBJ_FROM_PTR(cls);
    } else if (mp_obj_is_instance_type(mt)) {
        const mp_obj_type_t *get_owner;
        mp_obj_t get = descriptor_get_method(member, &get_owner);
        if (get != MP_OBJ_NULL) {
            dest[0] = call_descriptor_get(member, get, get_owner, mp_const_none, MP_OBJ_FROM_PTR(cls));
        } else {
            dest[0] = member;
        }
    } else {
        dest[0] = member;
    }
}

void mp_convert_member_lookup(mp_obj_t obj, const mp_obj_type_t *type, mp_obj_t member, mp_obj_t *dest) {
    if (mp_obj_is_type_obj(obj) && type == MP_OBJ_TO_PTR(obj)) {
        convert_member_for_type(type, NULL, MP_QSTRnull, member, dest);
    } else {
        convert_member(obj, mp_obj_get_type(obj), type, member, dest);
    }
}

// Calls a member found for self (binding it like an attribute access) with
// n_args positional and n_kw keyword arguments.
static mp_obj_t call_member_kw(mp_obj_t self, const mp_obj_type_t *owner, mp_obj_t member, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    convert_member(self, mp_obj_get_type(self), owner, member, dest);
    size_t n = n_args + 2 * n_kw;
    mp_obj_t small[8];
    mp_obj_t *call_args = n + 2 <= MP_ARRAY_SIZE(small) ? small : m_new(mp_obj_t, n + 2);
    call_args[0] = dest[0];
    call_args[1] = dest[1];
    if (n > 0) {
        memcpy(call_args + 2, args, n * sizeof(mp_obj_t));
    }
    return mp_call_method_n_kw(n_args, n_kw, call_args);
}

static mp_obj_t call_member(mp_obj_t self, const mp_obj_type_t *owner, mp_obj_t member, size_t n_args, const mp_obj_t *args) {
    return call_member_kw(self, owner, member, n_args, 0, args);
}

static mp_obj_t call_descriptor_get(mp_obj_t member, mp_obj_t get, const mp_obj_type_t *get_owner, mp_obj_t obj, mp_obj_t owner_type) {
    mp_obj_t args[2] = { obj, owner_type };
    return call_member(member, get_owner, get, 2, args);
}

// ---------------------------------------------------------------------------
// The slot wrapper type.

MP_NORETURN static void raise_descriptor_mismatch(slot_wrapper_t *sw, mp_obj_t obj) {
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("descriptor '%q' requires a '%q' object but received a '%s'"),
        (qstr)sw->name, sw->native->name, mp_obj_get_type_str(obj));
}

static mp_obj_t slot_wrapper_new(slot_wrapper_t *sw, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args < 1 || !mp_obj_is_type_obj(args[0])) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q.__new__(X): X is not a type object"), sw->native->name);
    }
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(args[0]);
    if (!mp_obj_is_subclass_fast(args[0], MP_OBJ_FROM_PTR(sw->native))) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q.__new__(%q): %q is not a subtype of %q"),
            sw->native->name, cls->name, cls->name, sw->native->name);
    }
    if (!mp_obj_is_instance_type(cls)) {
        return native_make_new(cls, n_args - 1, n_kw, args + 1);
    }
    if (type_is_metaclass(cls)) {
        // type.__new__(mcs, name, bases, ns) from a metaclass's __new__.
        return type_new_with(cls, n_args - 1, n_kw, args + 1);
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(mp_obj_instance_new(cls));
    const mp_obj_type_t *native = user_type(cls)->native_base;
    if (native != NULL) {
        size_t n_kw_pass = type_is_exception(native) ? 0 : n_kw;
        o->subobj[0] = native_make_new(native, n_args - 1, n_kw_pass, args + 1);
    }
    return MP_OBJ_FROM_PTR(o);
}

// The built-in base's __init__ applied to an instance of a user subclass:
// (re)makes the native object from the arguments. Immutable built-ins got
// their value from the constructor already, so there it does nothing.
static mp_obj_t slot_wrapper_init(slot_wrapper_t *sw, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    if (!mp_obj_is_obj(self) || !mp_obj_is_instance_type(mp_obj_get_type(self))) {
        return mp_const_none;
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(self);
    const mp_obj_type_t *native = user_type(o->base.type)->native_base;
    if (native == NULL || native == &mp_type_type
        || !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(sw->native))) {
        // (type.__init__ of a class made by a metaclass does nothing.)
        return mp_const_none;
    }
    if (o->subobj[0] != MP_OBJ_NULL && type_is_immutable_native(native)) {
        return mp_const_none;
    }
    o->subobj[0] = native_make_new(native, n_args - 1, n_kw, args + 1);
    return mp_const_none;
}

static mp_obj_t print_to_str(mp_obj_t obj, mp_print_kind_t kind, const mp_obj_type_t *type) {
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

static mp_obj_t slot_wrapper_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    if (sw->kind == SW_NEW) {
        return slot_wrapper_new(sw, n_args, n_kw, args);
    }
    if (n_args < 1) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("descriptor '%q' of '%q' object needs an argument"),
            (qstr)sw->name, sw->native->name);
    }
    if (sw->kind == SW_INIT) {
        return slot_wrapper_init(sw, n_args, n_kw, args);
    }
    if (sw->kind == SW_METHOD) {
        mp_obj_t self = mp_obj_cast_to_native_base(args[0], MP_OBJ_FROM_PTR(sw->native));
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(sw->native))) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
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
    if (sw->kind == SW_CALL) {
        return t->call(self, n_args - 1, n_kw, args + 1);
    }
    if (sw->kind == SW_BINARY && n_args == 3 && n_kw == 0 && args[2] == mp_const_none
        && (sw->op == MP_BINARY_OP_POWER || sw->op == MP_BINARY_OP_REVERSE_POWER)) {
        n_args = 2; // x.__pow__(y, None) is x.__pow__(y)
    }
    if (sw->kind == SW_BINARY && (t == &mp_type_int || t == &mp_type_bool) && n_args == 3 && n_kw == 0
        && (sw->op == MP_BINARY_OP_POWER || sw->op == MP_BINARY_OP_REVERSE_POWER)) {
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
        return sw->op == MP_BINARY_OP_POWER ? mp_obj_int_pow3(v[0], v[1], v[2]) : mp_obj_int_pow3(v[1], v[0], v[2]);
    }
    size_t want = 0;
    switch (sw->kind) {
        case SW_BINARY:
        case SW_GETITEM:
        case SW_DELITEM:
            want = 1;
            break;
        case SW_SETITEM:
            want = 2;
            break;
        default:
            break;
    }
    mp_arg_check_num(n_args - 1, n_kw, want, want, false);
    mp_obj_t res;
    switch (sw->kind) {
        case SW_REPR:
            return print_to_str(self, PRINT_REPR, t);
        case SW_STR:
            return print_to_str(self, PRINT_STR, t);
        case SW_UNARY:
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
                mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("'%q' object has no attribute '%q'"),
                    t->name, (qstr)sw->name);
            }
            return res;
        case SW_BINARY: {
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
        case SW_GETITEM:
            res = t->subscr(self, args[1], MP_OBJ_SENTINEL);
            break;
        case SW_SETITEM:
            res = t->subscr(self, args[1], args[2]);
            break;
        case SW_DELITEM:
            res = t->subscr(self, args[1], MP_OBJ_NULL);
            break;
        case SW_ITER:
            return t->getiter(self);
        case SW_NEXT:
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
    slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    if (sw->kind == SW_METHOD) {
        mp_printf(print, "<method '%q' of '%q' objects>", (qstr)sw->name, sw->native->name);
        return;
    }
    mp_printf(print, "<slot wrapper '%q' of '%q' objects>", (qstr)sw->name, sw->native->name);
}

static const mp_obj_type_t slot_wrapper_type = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_BINDS_SELF,
    .name = MP_QSTR_wrapper_descriptor,
    .print = slot_wrapper_print,
    .call = slot_wrapper_call,
};

// ---------------------------------------------------------------------------
// Instances: creation.

mp_obj_t mp_obj_instance_new(const mp_obj_type_t *cls) {
    MP_ASSERT(mp_obj_is_instance_type(cls));
    user_type_t *ut = user_type(cls);
    size_t n_sub = ut->native_base != NULL ? 1 : 0;
    size_t size = sizeof(mp_obj_instance_t) + n_sub * sizeof(mp_obj_t);
    // Heap memory is zeroed: subobj[0] starts as MP_OBJ_NULL (pending).
    mp_obj_instance_t *o = ut->has_del ? m_malloc_with_finaliser(size) : m_malloc0(size);
    o->base.type = cls;
    mp_map_init(&o->members, 0);
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t instance_make_new(const mp_obj_type_t *cls, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    user_type_t *ut = user_type(cls);
    const mp_obj_type_t *owner;
    mp_obj_t new_fn = mro_find(cls, MP_QSTR___new__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    bool user_new = new_fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner);
    const mp_obj_type_t *init_owner;
    mp_obj_t init_fn = mro_find(cls, MP_QSTR___init__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &init_owner);
    bool user_init = init_fn != MP_OBJ_NULL && mp_obj_is_instance_type(init_owner);

    mp_obj_t self;
    if (user_new) {
        // __new__(cls, *args, **kwargs): usually a staticmethod (made so at class creation).
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        convert_member_for_type(cls, owner, MP_QSTR___new__, new_fn, dest);
        size_t n = n_args + 2 * n_kw;
        mp_obj_t *call_args = m_new(mp_obj_t, n + 3);
        call_args[0] = dest[0];
        call_args[1] = dest[1];
        call_args[2] = MP_OBJ_FROM_PTR(cls);
        memcpy(call_args + 3, args, n * sizeof(mp_obj_t));
        if (dest[1] == MP_OBJ_NULL) {
            self = mp_call_function_n_kw(dest[0], n_args + 1, n_kw, call_args + 2);
        } else {
            self = mp_call_method_n_kw(n_args + 1, n_kw, call_args);
        }
        if (!mp_obj_is_instance_of(self, cls)) {
            return self; // __init__ is not called, as in CPython
        }
    } else {
        mp_obj_instance_t *o = MP_OBJ_TO_PTR(mp_obj_instance_new(cls));
        self = MP_OBJ_FROM_PTR(o);
        const mp_obj_type_t *native = ut->native_base;
        if (native == NULL) {
            if (!user_init && (n_args != 0 || n_kw != 0)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() takes no arguments"), cls->name);
            }
        } else if (type_is_exception(native)) {
            // BaseException.__new__ keeps the positional arguments as args.
            o->subobj[0] = native_make_new(native, n_args, 0, args);
        } else if (!user_init || type_is_immutable_native(native)) {
            o->subobj[0] = native_make_new(native, n_args, n_kw, args);
        }
    }

    if (user_init) {
        mp_obj_t res = call_member_kw(self, init_owner, init_fn, n_args, n_kw, args);
        if (res != mp_const_none) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__init__() should return None, not '%s'"),
                mp_obj_get_type_str(res));
        }
    }
    if (ut->native_base != NULL && mp_obj_is_exact_type(self, cls)) {
        instance_native(MP_OBJ_TO_PTR(self));
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
    const mp_obj_type_t *native = user_type(type)->native_base;
    if (native == NULL) {
        return self_in;
    }
    if (native_type != MP_OBJ_NULL && !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), native_type)) {
        return self_in;
    }
    return instance_native(MP_OBJ_TO_PTR(self_in));
}

// ---------------------------------------------------------------------------
// Instances: attributes.

static mp_obj_t call_with_nlr_attr_fallback(mp_obj_t self_in, const mp_obj_type_t *owner, mp_obj_t fn, qstr attr, bool *caught);

// object.__getattribute__: data descriptors of the class, then the instance's
// own attributes, then the class (binding methods), then the built-in base.
static void generic_getattr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    if (type_is_metaclass(cls)) {
        // object.__getattribute__ applied to a class made by a metaclass.
        type_attr(self_in, attr, dest);
        return;
    }
    if (attr == MP_QSTR___dict__ && user_type(cls)->slots == MP_OBJ_NULL) {
        dest[0] = instance_get_dict(self);
        return;
    }
    if (attr == MP_QSTR___class__) {
        dest[0] = MP_OBJ_FROM_PTR(cls);
        return;
    }
    const mp_obj_type_t *owner = NULL;
    mp_obj_t member = MP_OBJ_NULL;
    bool looked_up = false;
    // The native object lets slot wrappers be probed (hasattr(x, '__len__')).
    mp_obj_t probe = user_type(cls)->native_base != NULL ? instance_native(self) : MP_OBJ_NULL;
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        member = mro_find(cls, attr, LOOKUP_SYNTH, NULL, probe, &owner);
        looked_up = true;
        if (member != MP_OBJ_NULL && is_data_descriptor(member)) {
            convert_member(self_in, cls, owner, member, dest);
            return;
        }
    }
    mp_map_elem_t *elem = mp_map_lookup(instance_members(self), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem != NULL) {
        dest[0] = elem->value;
        return;
    }
    if (!looked_up) {
        member = mro_find(cls, attr, LOOKUP_SYNTH, NULL, probe, &owner);
    }
    if (member != MP_OBJ_NULL) {
        convert_member(self_in, cls, owner, member, dest);
        return;
    }
    const mp_obj_type_t *native = user_type(cls)->native_base;
    if (native != NULL && native->attr != NULL) {
        native->attr(instance_native(self), attr, dest);
    }
}

static void instance_load_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner;
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        mp_obj_t ga = mro_find(cls, MP_QSTR___getattribute__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
        if (ga != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            bool caught;
            mp_obj_t res = call_with_nlr_attr_fallback(self_in, owner, ga, attr, &caught);
            if (!caught) {
                dest[0] = res;
                return;
            }
            // AttributeError from __getattribute__: fall back to __getattr__ below.
            mp_obj_t gattr = mro_find(cls, MP_QSTR___getattr__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
            if (gattr == MP_OBJ_NULL) {
                nlr_raise(res);
            }
            mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
            dest[0] = call_member(self_in, owner, gattr, 1, &name);
            return;
        }
        // A descriptor (a property, say) raising AttributeError also falls
        // back to __getattr__; only classes with descriptors pay for the nlr.
        mp_obj_t gattr = mro_find(cls, MP_QSTR___getattr__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
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
                mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
                dest[0] = call_member(self_in, owner, gattr, 1, &name);
            }
            return;
        }
    }
    generic_getattr(self_in, attr, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_t gattr = mro_find(cls, MP_QSTR___getattr__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
    if (gattr != MP_OBJ_NULL) {
        mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
        dest[0] = call_member(self_in, owner, gattr, 1, &name);
    }
}

// Calls __getattribute__(self, attr). If it raises AttributeError, *caught is
// set and the exception is returned instead.
static mp_obj_t call_with_nlr_attr_fallback(mp_obj_t self_in, const mp_obj_type_t *owner, mp_obj_t fn, qstr attr, bool *caught) {
    nlr_buf_t nlr;
    mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
    if (nlr_push(&nlr) == 0) {
        mp_obj_t res = call_member(self_in, owner, fn, 1, &name);
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

mp_obj_t mp_obj_instance_generic_getattr(mp_obj_t self_in, qstr attr) {
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    generic_getattr(self_in, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("'%s' object has no attribute '%q'"),
            mp_obj_get_type_str(self_in), attr);
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

// object.__setattr__ / __delattr__ (value MP_OBJ_NULL): descriptors of the
// class, attributes owned by the built-in base, then the instance's own.
void mp_obj_instance_generic_setattr(mp_obj_t self_in, qstr attr, mp_obj_t value) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    if (type_is_metaclass(cls)) {
        mp_obj_t dest[2] = { MP_OBJ_SENTINEL, value };
        type_attr(self_in, attr, dest);
        return;
    }
    if (attr == MP_QSTR___dict__ && user_type(cls)->slots == MP_OBJ_NULL) {
        if (value == MP_OBJ_NULL || !mp_obj_is_type(value, &mp_type_dict)) {
            mp_raise_TypeError(MP_ERROR_TEXT("__dict__ must be set to a dictionary"));
        }
        instance_set_dict(self, value);
        return;
    }
    if (attr == MP_QSTR___class__) {
        if (value == MP_OBJ_NULL || !mp_obj_is_type_obj(value)
            || !mp_obj_is_instance_type(MP_OBJ_TO_PTR(value))
            || native_base_of(MP_OBJ_TO_PTR(value)) != user_type(cls)->native_base) {
            mp_raise_TypeError(MP_ERROR_TEXT("__class__ assignment only supported for compatible classes"));
        }
        self->base.type = MP_OBJ_TO_PTR(value);
        return;
    }
    const mp_obj_type_t *owner;
    if (cls->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) {
        mp_obj_t member = mro_find(cls, attr, 0, NULL, MP_OBJ_NULL, &owner);
        if (member != MP_OBJ_NULL && mp_obj_is_obj(member)) {
            const mp_obj_type_t *mt = mp_obj_get_type(member);
            if (mt == &mp_type_property) {
                mp_obj_property_set_value(member, self_in, value);
                return;
            }
            if (mp_obj_is_instance_type(mt)) {
                qstr meth = value == MP_OBJ_NULL ? MP_QSTR___delete__ : MP_QSTR___set__;
                const mp_obj_type_t *m_owner;
                mp_obj_t fn = mro_find(mt, meth, LOOKUP_SKIP_OBJECT | LOOKUP_SYNTH, NULL, MP_OBJ_NULL, &m_owner);
                if (fn != MP_OBJ_NULL) {
                    mp_obj_t args[2] = { self_in, value };
                    call_member(member, m_owner, fn, value == MP_OBJ_NULL ? 1 : 2, args);
                    return;
                }
                if (is_data_descriptor(member)) {
                    mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("__%s__"),
                        value == MP_OBJ_NULL ? "delete" : "set");
                }
            }
        }
    }
    const mp_obj_type_t *native = user_type(cls)->native_base;
    if (native != NULL && native->attr != NULL) {
        // An attribute the built-in base knows (e.g. an exception's args) is its.
        mp_obj_t native_obj = instance_native(self);
        mp_obj_t probe[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        native->attr(native_obj, attr, probe);
        if (probe[0] != MP_OBJ_NULL) {
            mp_obj_t store[2] = { MP_OBJ_SENTINEL, value };
            native->attr(native_obj, attr, store);
            if (store[0] == MP_OBJ_NULL) {
                return;
            }
        }
    }
    mp_obj_t slots = user_type(cls)->slots;
    if (slots != MP_OBJ_NULL && value != MP_OBJ_NULL) {
        // __slots__: only the listed names can be set.
        size_t n;
        mp_obj_t *names;
        mp_obj_tuple_get(slots, &n, &names);
        size_t i = 0;
        while (i < n && names[i] != MP_OBJ_NEW_QSTR(attr)) {
            i++;
        }
        if (i == n) {
            mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("'%s' object has no attribute '%q'"),
                mp_obj_get_type_str(self_in), attr);
        }
    }
    mp_map_t *members = instance_members(self);
    if (value == MP_OBJ_NULL) {
        if (mp_map_lookup(members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("'%s' object has no attribute '%q'"),
                mp_obj_get_type_str(self_in), attr);
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
        mp_obj_t fn = mro_find(cls, hook, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
        if (fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            mp_obj_t args[2] = { MP_OBJ_NEW_QSTR(attr), value };
            call_member(self_in, owner, fn, value == MP_OBJ_NULL ? 1 : 2, args);
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
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_str))
           || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_bytes))
           || type_is_exception(t);
}

static void print_str_result(const mp_print_t *print, mp_obj_t res, qstr meth) {
    res = mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_str));
    if (!mp_obj_is_str(res)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q returned non-string (type %s)"), meth,
            mp_obj_get_type_str(res));
    }
    size_t len;
    const char *s = mp_obj_str_get_data(res, &len);
    mp_print_strn(print, s, len, 0, ' ', 0);
}

static void instance_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner, *native;
    if (kind != PRINT_REPR) {
        mp_obj_t fn = special_lookup(cls, MP_QSTR___str__, &owner, &native);
        if (fn != MP_OBJ_NULL) {
            print_str_result(print, call_member(self_in, owner, fn, 0, NULL), MP_QSTR___str__);
            return;
        }
        // Only str, bytes and exceptions have a __str__ of their own;
        // for other built-in bases str() is repr().
        if (native != NULL && str_family_or_exception(native)) {
            native->print(print, instance_native(self), type_is_exception(native) ? kind : PRINT_STR);
            return;
        }
    }
    mp_obj_t fn = special_lookup(cls, MP_QSTR___repr__, &owner, &native);
    if (fn != MP_OBJ_NULL) {
        print_str_result(print, call_member(self_in, owner, fn, 0, NULL), MP_QSTR___repr__);
        return;
    }
    if (native != NULL) {
        mp_obj_t native_obj = instance_native(self);
        if (type_is_exception(native)) {
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
            return;
        }
        if (native == &mp_type_set || native == &mp_type_frozenset || native == &mp_type_bytearray) {
            // These name the instance's own class: S({1}), F(), B(b'x').
            size_t len;
            const char *r = mp_obj_str_get_data(print_to_str(native_obj, PRINT_REPR, native), &len);
            size_t nl = strlen(qstr_str(native->name));
            mp_printf(print, "%q(", cls->name);
            if (len > nl && strncmp(r, qstr_str(native->name), nl) == 0 && r[nl] == '(') {
                mp_print_strn(print, r + nl + 1, len - nl - 1, 0, ' ', 0);
            } else {
                mp_print_strn(print, r, len, 0, ' ', 0);
                mp_print_str(print, ")");
            }
            return;
        }
        if (native->print != NULL) {
            native->print(print, native_obj, PRINT_REPR);
            return;
        }
    }
    mp_obj_object_print_default(print, self_in);
}

static mp_obj_t instance_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    qstr name = op < MP_UNARY_OP_NUM ? unary_op_dunder[op] : MP_QSTRnull;
    if (name == MP_QSTRnull) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, name, &owner, &native);
    if (fn == MP_OBJ_NULL) {
        if (native != NULL) {
            if (op == MP_UNARY_OP_BOOL) {
                // A user __len__ decides truth over the built-in base's own
                // notion: returning NULL makes mp_obj_is_true ask for LEN.
                const mp_obj_type_t *len_owner, *len_native;
                if (special_lookup(cls, MP_QSTR___len__, &len_owner, &len_native) != MP_OBJ_NULL) {
                    return MP_OBJ_NULL;
                }
            }
            if (native->unary_op != NULL) {
                return native->unary_op(op, instance_native(self));
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
        // e.g. __hash__ = None (set for classes defining __eq__ only).
        return MP_OBJ_NULL;
    }
    mp_obj_t res = call_member(self_in, owner, fn, 0, NULL);
    if (op == MP_UNARY_OP_LEN || op == MP_UNARY_OP_HASH || op == MP_UNARY_OP_INT || op == MP_UNARY_OP_INDEX) {
        // An int subclass is as good as an int here.
        res = mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_int));
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            if (!mp_obj_is_bool(res)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__bool__ should return bool, returned %s"),
                    mp_obj_get_type_str(res));
            }
            return res;
        case MP_UNARY_OP_LEN: {
            if (!mp_obj_is_int(res) && !mp_obj_is_bool(res)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"),
                    mp_obj_get_type_str(res));
            }
            if (mp_obj_int_sign(mp_obj_is_bool(res) ? MP_OBJ_NEW_SMALL_INT(res == mp_const_true) : res) < 0) {
                mp_raise_ValueError(MP_ERROR_TEXT("__len__() should return >= 0"));
            }
            if (!mp_obj_is_small_int(res)) {
                if (mp_obj_is_bool(res)) {
                    return MP_OBJ_NEW_SMALL_INT(res == mp_const_true);
                }
                mp_raise_msg_varg(&mp_type_OverflowError, MP_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
            }
            return res;
        }
        case MP_UNARY_OP_HASH:
            if (!mp_obj_is_int(res) && !mp_obj_is_bool(res)) {
                mp_raise_TypeError(MP_ERROR_TEXT("__hash__ method should return an integer"));
            }
            if (mp_obj_is_small_int(res)) {
                // CPython keeps a machine-word result as it is (only -1,
                // its error marker, becomes -2); larger ints are hashed.
                return MP_OBJ_SMALL_INT_VALUE(res) == -1 ? MP_OBJ_NEW_SMALL_INT(-2) : res;
            }
            return mp_obj_hash(res);
        case MP_UNARY_OP_INT:
        case MP_UNARY_OP_INDEX:
            if (!mp_obj_is_int(res) && !mp_obj_is_bool(res)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q returned non-int (type %s)"), name,
                    mp_obj_get_type_str(res));
            }
            return res;
        case MP_UNARY_OP_FLOAT:
            if (!mp_obj_is_float(res)) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q returned non-float (type %s)"), name,
                    mp_obj_get_type_str(res));
            }
            return res;
        default:
            return res;
    }
}

static mp_obj_t instance_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(lhs_in);
    const mp_obj_type_t *cls = self->base.type;
    qstr name = op < MP_BINARY_OP_NUM ? binary_op_dunder[op] : MP_QSTRnull;
    if (name == MP_QSTRnull) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, name, &owner, &native);
    if (fn != MP_OBJ_NULL) {
        if (fn == mp_const_none) {
            return MP_OBJ_NULL;
        }
        return call_member(lhs_in, owner, fn, 1, &rhs_in);
    }
    if (native != NULL && !(native == &mp_type_type && op == MP_BINARY_OP_NOT_EQUAL)) {
        // (type has no __ne__ of its own: for a metaclass, != inverts __eq__ below.)
        if (native->binary_op == NULL) {
            return MP_OBJ_NULL;
        }
        mp_obj_t other = mp_obj_cast_to_native_base(rhs_in, MP_OBJ_FROM_PTR(native));
        mp_obj_t native_obj = instance_native(self);
        mp_obj_t res = native->binary_op(op, native_obj, other);
        if (res == native_obj && op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
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
            mp_obj_t res = call_member(lhs_in, owner, fn, 1, &rhs_in);
            if (res == mp_const_notimplemented) {
                return res;
            }
            return mp_obj_new_bool(!mp_obj_is_true(res));
        }
    }
    return MP_OBJ_NULL;
}

static mp_obj_t instance_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    qstr name = value == MP_OBJ_SENTINEL ? MP_QSTR___getitem__ : value == MP_OBJ_NULL ? MP_QSTR___delitem__ : MP_QSTR___setitem__;
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, name, &owner, &native);
    if (fn != MP_OBJ_NULL && !mp_obj_is_instance_type(owner) && owner->subscr != NULL) {
        // A built-in base's own __getitem__ & co: use its slot directly.
        native = owner;
        fn = MP_OBJ_NULL;
    }
    if (fn != MP_OBJ_NULL && fn != mp_const_none) {
        mp_obj_t args[2] = { index, value };
        mp_obj_t res = call_member(self_in, owner, fn, value == MP_OBJ_SENTINEL || value == MP_OBJ_NULL ? 1 : 2, args);
        return value == MP_OBJ_SENTINEL ? res : mp_const_none;
    }
    if (native != NULL && native->subscr != NULL) {
        mp_obj_t native_obj = instance_native(self);
        if (value == MP_OBJ_SENTINEL && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(native), MP_OBJ_FROM_PTR(&mp_type_dict))) {
            // dict subclasses: a missing key goes to __missing__ if defined.
            const mp_obj_type_t *m_owner, *m_native;
            mp_obj_t missing = special_lookup(cls, MP_QSTR___missing__, &m_owner, &m_native);
            if (missing != MP_OBJ_NULL && mp_obj_is_type(native_obj, &mp_type_dict)
                && mp_map_lookup(mp_obj_dict_get_map(native_obj), index, MP_MAP_LOOKUP) == NULL) {
                return call_member(self_in, m_owner, missing, 1, &index);
            }
        }
        return native->subscr(native_obj, index, value);
    }
    return MP_OBJ_NULL;
}

static bool is_iterator(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (!mp_obj_is_instance_type(t)) {
        return t->iternext != NULL;
    }
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(t, MP_QSTR___next__, &owner, &native);
    return fn != MP_OBJ_NULL || (native != NULL && native->iternext != NULL);
}

// MP_OBJ_NULL if the instance is not iterable (mp_getiter raises).
static mp_obj_t instance_getiter(mp_obj_t self_in) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *cls = self->base.type;
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, MP_QSTR___iter__, &owner, &native);
    if (fn != MP_OBJ_NULL) {
        if (fn == mp_const_none) {
            return MP_OBJ_NULL;
        }
        mp_obj_t it = call_member(self_in, owner, fn, 0, NULL);
        if (!is_iterator(it)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("iter() returned non-iterator of type '%s'"),
                mp_obj_get_type_str(it));
        }
        return it;
    }
    if (native != NULL && native->getiter != NULL) {
        return native->getiter(instance_native(self));
    }
    fn = special_lookup(cls, MP_QSTR___getitem__, &owner, &native);
    if ((fn != MP_OBJ_NULL && fn != mp_const_none) || (native != NULL && native->subscr != NULL)) {
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
        if (native != NULL && native->iternext != NULL) {
            return native->iternext(instance_native(self));
        }
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not an iterator"), mp_obj_get_type_str(self_in));
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t res = call_member(self_in, owner, fn, 0, NULL);
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
    if (fn != MP_OBJ_NULL && fn != mp_const_none) {
        return call_member_kw(self_in, owner, fn, n_args, n_kw, args);
    }
    if (native != NULL && native->call != NULL) {
        return native->call(instance_native(self), n_args, n_kw, args);
    }
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not callable"), mp_obj_get_type_str(self_in));
}

static int instance_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    mp_obj_instance_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *native = user_type(self->base.type)->native_base;
    if (native != NULL && native->buffer != NULL) {
        return native->buffer(instance_native(self), bufinfo, flags);
    }
    return 1;
}

// Used by mp_obj_is_callable: has the class (or its built-in base) __call__?
bool mp_obj_instance_is_callable(mp_obj_t self_in);
bool mp_obj_instance_is_callable(mp_obj_t self_in) {
    const mp_obj_type_t *cls = mp_obj_get_type(self_in);
    const mp_obj_type_t *owner, *native;
    mp_obj_t fn = special_lookup(cls, MP_QSTR___call__, &owner, &native);
    return (fn != MP_OBJ_NULL && fn != mp_const_none) || (native != NULL && native->call != NULL);
}

// Generic attribute lookup for objects whose type has no full attr slot:
// the locals dicts along type(obj)'s MRO, with built-in slots as methods.
void mp_obj_type_lookup_attr(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    const mp_obj_type_t *owner;
    mp_obj_t member = mro_find(type, attr, LOOKUP_SYNTH, NULL, obj, &owner);
    if (member != MP_OBJ_NULL) {
        convert_member(obj, type, owner, member, dest);
    }
}

// ---------------------------------------------------------------------------
// The type `type`: class objects.

static void print_type_name(const mp_print_t *print, const mp_obj_type_t *self) {
    if (mp_obj_is_instance_type(self) && self->locals_dict != NULL) {
        mp_obj_t v;
        if (type_dict_lookup(self, MP_QSTR___module__, &v) && mp_obj_is_str(v)
            && !(mp_obj_is_qstr(v) && MP_OBJ_QSTR_VALUE(v) == MP_QSTR_builtins)) {
            mp_obj_print_helper(print, v, PRINT_STR);
            mp_print_str(print, ".");
        }
        if (type_dict_lookup(self, MP_QSTR___qualname__, &v) && mp_obj_is_str(v)) {
            mp_obj_print_helper(print, v, PRINT_STR);
            return;
        }
    }
    mp_printf(print, "%q", self->name);
}

static void type_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_print_str(print, "<class '");
    print_type_name(print, MP_OBJ_TO_PTR(self_in));
    mp_print_str(print, "'>");
}

static mp_obj_t new_type(const mp_obj_type_t *meta, qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict, size_t n_kw, const mp_obj_t *kw);

// type.__new__(meta, name, bases, dict, **kwds): a new class whose type is
// meta, or the most derived metaclass of the bases (CPython's "winner"); the
// keywords (from a class statement) are passed on to __init_subclass__.
static mp_obj_t type_new_with(const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args != 3) {
        mp_raise_TypeError(MP_ERROR_TEXT("type.__new__() takes exactly 3 arguments"));
    }
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("type.__new__() argument 1 must be str"));
    }
    if (!mp_obj_is_type(args[1], &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("type.__new__() argument 2 must be tuple"));
    }
    if (!mp_obj_is_type(args[2], &mp_type_dict)) {
        mp_raise_TypeError(MP_ERROR_TEXT("type.__new__() argument 3 must be dict"));
    }
    size_t n_bases;
    mp_obj_t *bases;
    mp_obj_tuple_get(args[1], &n_bases, &bases);
    const mp_obj_type_t *winner = meta;
    for (size_t i = 0; i < n_bases; i++) {
        if (!mp_obj_is_type_obj(bases[i])) {
            continue; // new_type reports it
        }
        const mp_obj_type_t *bm = mp_obj_get_type(bases[i]);
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(winner), MP_OBJ_FROM_PTR(bm))) {
            continue;
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(bm), MP_OBJ_FROM_PTR(winner))) {
            winner = bm;
            continue;
        }
        mp_raise_TypeError(MP_ERROR_TEXT("metaclass conflict: the metaclass of a derived class must be "
            "a (non-strict) subclass of the metaclasses of all its bases"));
    }
    if (winner != meta) {
        // A more derived metaclass with its own __new__ makes the class.
        const mp_obj_type_t *owner;
        mp_obj_t new_fn = mro_find(winner, MP_QSTR___new__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
        if (new_fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
            convert_member_for_type(winner, owner, MP_QSTR___new__, new_fn, dest);
            mp_obj_t *call_args = m_new(mp_obj_t, 4 + 2 * n_kw);
            call_args[0] = MP_OBJ_FROM_PTR(winner);
            memcpy(call_args + 1, args, (3 + 2 * n_kw) * sizeof(mp_obj_t));
            return mp_call_function_n_kw(dest[0], 4, n_kw, call_args);
        }
    }
    return new_type(winner, mp_obj_str_get_qstr(args[0]), args[1], mp_obj_dict_copy(args[2]), n_kw, args + 3);
}

// The type Python code sees for obj. Built-in functions come in five C types
// (by calling convention), and a built-in method bound to its object is a
// bound_meth; CPython has one type for all of them, builtin_function_or_method,
// so type() and isinstance() show mp_type_fun_builtin_var for each.
static const mp_obj_type_t *type_python_visible(mp_obj_t obj) {
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    if (t == &mp_type_bound_meth) {
        const mp_obj_bound_meth_t *bm = MP_OBJ_TO_PTR(obj);
        if (mp_obj_get_type(bm->meth)->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
            return &mp_type_fun_builtin_var;
        }
    } else if (t->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
        return &mp_type_fun_builtin_var;
    }
    return t;
}

// type(obj) or type(name, bases, dict, **kwds).
static mp_obj_t type_make_new(const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type_in;
    if (n_args == 1 && n_kw == 0) {
        return MP_OBJ_FROM_PTR(type_python_visible(args[0]));
    }
    if (n_args == 3) {
        return type_new_with(&mp_type_type, n_args, n_kw, args);
    }
    mp_raise_TypeError(MP_ERROR_TEXT("type() takes 1 or 3 arguments"));
}

// Calling a metaclass: its __new__ (or type.__new__) makes the class, then
// its __init__ (if the class is an instance of it) initialises it.
static mp_obj_t meta_make_new(const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *owner;
    mp_obj_t new_fn = mro_find(meta, MP_QSTR___new__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    mp_obj_t cls;
    if (new_fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        convert_member_for_type(meta, owner, MP_QSTR___new__, new_fn, dest);
        size_t n = n_args + 2 * n_kw;
        mp_obj_t *call_args = m_new(mp_obj_t, n + 1);
        call_args[0] = MP_OBJ_FROM_PTR(meta);
        memcpy(call_args + 1, args, n * sizeof(mp_obj_t));
        if (dest[1] == MP_OBJ_NULL) {
            cls = mp_call_function_n_kw(dest[0], n_args + 1, n_kw, call_args);
        } else {
            cls = mp_call_function_n_kw(mp_obj_new_bound_meth(dest[0], dest[1]), n_args, n_kw, call_args + 1);
        }
        if (!mp_obj_is_instance_of(cls, meta)) {
            return cls; // __init__ is not called, as in CPython
        }
    } else {
        if (n_args == 1 && n_kw == 0) {
            mp_raise_TypeError(MP_ERROR_TEXT("type() takes 1 or 3 arguments"));
        }
        cls = type_new_with(meta, n_args, n_kw, args);
    }
    const mp_obj_type_t *init_owner;
    mp_obj_t init_fn = mro_find(meta, MP_QSTR___init__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &init_owner);
    if (init_fn != MP_OBJ_NULL && mp_obj_is_instance_type(init_owner)) {
        mp_obj_t res = call_member_kw(cls, init_owner, init_fn, n_args, n_kw, args);
        if (res != mp_const_none) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__init__() should return None, not '%s'"),
                mp_obj_get_type_str(res));
        }
    }
    return cls;
}

static mp_obj_t type_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->make_new == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("cannot create '%q' instances"), self->name);
    }
    return self->make_new(self, n_args, n_kw, args);
}

static mp_obj_t type_bases(const mp_obj_type_t *self) {
    if (self == &mp_type_object) {
        return mp_const_empty_tuple;
    }
    if (self->parent == NULL) {
        mp_obj_t obj = MP_OBJ_FROM_PTR(&mp_type_object);
        return mp_obj_new_tuple(1, &obj);
    }
    if (self->flags & MP_TYPE_FLAG_MULTI_BASES) {
        return MP_OBJ_FROM_PTR(self->parent);
    }
    mp_obj_t base = MP_OBJ_FROM_PTR(self->parent);
    return mp_obj_new_tuple(1, &base);
}

static mp_obj_t type_mro_tuple(const mp_obj_type_t *self) {
    if (self->mro != NULL) {
        return MP_OBJ_FROM_PTR(self->mro);
    }
    mro_t m;
    mro_get(self, &m);
    return mp_obj_new_tuple(m.len, m.items);
}

static mp_obj_t type_dict_copy(const mp_obj_type_t *self) {
    mp_obj_t dict = mp_obj_new_dict(0);
    if (self->locals_dict != NULL) {
        const mp_map_t *map = &self->locals_dict->map;
        size_t cur = 0;
        mp_map_elem_t *elem;
        while ((elem = mp_map_next(map, &cur)) != NULL) {
            mp_obj_dict_store(dict, elem->key, elem->value);
        }
    }
    return dict;
}

// Special methods and descriptors change how instances are accessed: keep
// MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS up to date for a name stored in a class.
static bool is_special_accessor(qstr attr, mp_obj_t value) {
    if (attr == MP_QSTR___getattribute__ || attr == MP_QSTR___setattr__ || attr == MP_QSTR___delattr__) {
        return true;
    }
    return is_data_descriptor(value);
}

static void type_load_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    bool user = mp_obj_is_instance_type(self);
    mp_obj_t v;
    switch (attr) {
        case MP_QSTR___name__:
            dest[0] = MP_OBJ_NEW_QSTR(self->name);
            return;
        case MP_QSTR___qualname__:
            if (user && type_dict_lookup(self, attr, &v)) {
                dest[0] = v;
            } else {
                dest[0] = MP_OBJ_NEW_QSTR(self->name);
            }
            return;
        case MP_QSTR___module__:
            if (user && type_dict_lookup(self, attr, &v)) {
                dest[0] = v;
            } else {
                dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_builtins);
            }
            return;
        case MP_QSTR___doc__:
            dest[0] = user && type_dict_lookup(self, attr, &v) ? v : mp_const_none;
            return;
        case MP_QSTR___bases__:
            dest[0] = type_bases(self);
            return;
        case MP_QSTR___base__: {
            mp_obj_t bases = type_bases(self);
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(bases);
            dest[0] = t->len == 0 ? mp_const_none : t->items[0];
            return;
        }
        case MP_QSTR___mro__:
            dest[0] = type_mro_tuple(self);
            return;
        case MP_QSTR___dict__:
            dest[0] = type_dict_copy(self);
            return;
        default:
            break;
    }
    const mp_obj_type_t *owner;
    mp_obj_t member = mro_find(self, attr, LOOKUP_SYNTH, NULL, MP_OBJ_NULL, &owner);
    if (member != MP_OBJ_NULL) {
        convert_member_for_type(self, owner, attr, member, dest);
        return;
    }
    // Methods of `type` itself (e.g. C.mro()), bound to the class.
    if (self != &mp_type_type) {
        member = mro_find(&mp_type_type, attr, 0, NULL, MP_OBJ_NULL, &owner);
        if (member != MP_OBJ_NULL) {
            convert_member(self_in, &mp_type_type, owner, member, dest);
        }
    }
}

static void type_store_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t value = dest[1];
    if (!mp_obj_is_instance_type(self)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("cannot set '%q' attribute of immutable type '%q'"),
            attr, self->name);
    }
    if (attr == MP_QSTR___name__) {
        if (value == MP_OBJ_NULL || !mp_obj_is_str(value)) {
            mp_raise_TypeError(MP_ERROR_TEXT("can only assign string to __name__"));
        }
        self->name = mp_obj_str_get_qstr(value);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (attr == MP_QSTR___bases__ || attr == MP_QSTR___mro__ || attr == MP_QSTR___dict__) {
        mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("cannot set '%q' attribute of type '%q'"), attr, self->name);
    }
    mp_map_t *map = &self->locals_dict->map;
    if (value == MP_OBJ_NULL) {
        if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("type object '%q' has no attribute '%q'"),
                self->name, attr);
        }
    } else {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
        if (is_special_accessor(attr, value)) {
            self->flags |= MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
        }
        if (attr == MP_QSTR___del__) {
            user_type(self)->has_del = true;
        }
    }
    dest[0] = MP_OBJ_NULL;
}

static void type_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        type_load_attr(self_in, attr, dest);
    } else {
        type_store_attr(self_in, attr, dest);
    }
}

// Attributes of a class made by a metaclass: the metaclass's data
// descriptors, then the class's own MRO (as for any class), then the
// metaclass's other members (methods bound to the class), then its
// __getattr__.
static void meta_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *meta = mp_obj_get_type(self_in);
    const mp_obj_type_t *owner;
    mp_obj_t member = mro_find(meta, attr, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    if (member != MP_OBJ_NULL && !mp_obj_is_instance_type(owner)) {
        member = MP_OBJ_NULL; // type's own methods: type_load_attr binds them
    }
    if (dest[0] != MP_OBJ_NULL) {
        bool is_del = dest[1] == MP_OBJ_NULL;
        // A __setattr__/__delattr__ of the metaclass handles C.x = v / del C.x
        // (its super().__setattr__ reaches type_store_attr directly).
        const mp_obj_type_t *hook_owner;
        mp_obj_t hook = mro_find(meta, is_del ? MP_QSTR___delattr__ : MP_QSTR___setattr__,
            LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &hook_owner);
        if (hook != MP_OBJ_NULL && mp_obj_is_instance_type(hook_owner)) {
            mp_obj_t hook_args[2] = { MP_OBJ_NEW_QSTR(attr), dest[1] };
            call_member(self_in, hook_owner, hook, is_del ? 1 : 2, hook_args);
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (member != MP_OBJ_NULL && mp_obj_is_type(member, &mp_type_property)) {
            mp_obj_property_set_value(member, self_in, dest[1]);
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (member != MP_OBJ_NULL && mp_obj_is_obj(member) && mp_obj_is_instance_type(mp_obj_get_type(member))) {
            // A data descriptor (user class with __set__/__delete__) of the metaclass.
            const mp_obj_type_t *set_owner;
            mp_obj_t set = mro_find(mp_obj_get_type(member), is_del ? MP_QSTR___delete__ : MP_QSTR___set__,
                LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &set_owner);
            if (set != MP_OBJ_NULL) {
                mp_obj_t set_args[2] = { self_in, dest[1] };
                call_member(member, set_owner, set, is_del ? 1 : 2, set_args);
                dest[0] = MP_OBJ_NULL;
                return;
            }
        }
        type_store_attr(self_in, attr, dest);
        return;
    }
    if (member != MP_OBJ_NULL && is_data_descriptor(member)) {
        convert_member(self_in, meta, owner, member, dest);
        return;
    }
    type_load_attr(self_in, attr, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (member != MP_OBJ_NULL) {
        convert_member(self_in, meta, owner, member, dest);
        return;
    }
    mp_obj_t gattr = mro_find(meta, MP_QSTR___getattr__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    if (gattr != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
        mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
        dest[0] = call_member(self_in, owner, gattr, 1, &name);
    }
}

// list[int] & co (types.GenericAlias): prints as written, calls the origin,
// and forwards other attributes to it.
typedef struct _mp_obj_generic_alias_t {
    mp_obj_base_t base;
    mp_obj_t origin;
    mp_obj_t args; // tuple
} mp_obj_generic_alias_t;

static const mp_obj_type_t generic_alias_type;

static mp_obj_t generic_alias_new(mp_obj_t origin, mp_obj_t index) {
    mp_obj_generic_alias_t *o = m_new_obj(mp_obj_generic_alias_t);
    o->base.type = &generic_alias_type;
    o->origin = origin;
    o->args = mp_obj_is_type(index, &mp_type_tuple) ? index : mp_obj_new_tuple(1, &index);
    return MP_OBJ_FROM_PTR(o);
}

// How typing prints a parameter: classes by (qualified) name, ... as "...".
static void print_type_param(const mp_print_t *print, mp_obj_t o) {
    if (o == mp_const_ellipsis) {
        mp_print_str(print, "...");
    } else if (o == MP_OBJ_FROM_PTR(&mp_type_NoneType)) {
        mp_print_str(print, "None");
    } else if (mp_obj_is_type_obj(o)) {
        print_type_name(print, MP_OBJ_TO_PTR(o));
    } else {
        mp_obj_print_helper(print, o, PRINT_REPR);
    }
}

static void generic_alias_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    print_type_param(print, self->origin);
    mp_print_str(print, "[");
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    if (n == 0) {
        mp_print_str(print, "()");
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        print_type_param(print, items[i]);
    }
    mp_print_str(print, "]");
}

static mp_obj_t generic_alias_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_call_function_n_kw(self->origin, n_args, n_kw, args);
}

static mp_obj_t union_make(mp_obj_t a, mp_obj_t b);

static mp_obj_t generic_alias_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_OR:
            return union_make(lhs, rhs);
        case MP_BINARY_OP_REVERSE_OR:
            return union_make(rhs, lhs);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &generic_alias_type)) {
                return MP_OBJ_NULL;
            }
            mp_obj_generic_alias_t *a = MP_OBJ_TO_PTR(lhs);
            mp_obj_generic_alias_t *b = MP_OBJ_TO_PTR(rhs);
            bool eq = a->origin == b->origin && mp_obj_equal(a->args, b->args);
            return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t generic_alias_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t h = mp_obj_get_int_truncated(mp_obj_hash(self->origin))
        ^ mp_obj_get_int_truncated(mp_obj_hash(self->args));
    return MP_OBJ_NEW_SMALL_INT(h & (MP_SMALL_INT_MAX >> 1));
}

static void generic_alias_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___origin__) {
        dest[0] = self->origin;
    } else if (attr == MP_QSTR___args__) {
        dest[0] = self->args;
    } else if (attr != MP_QSTR___class__) {
        mp_load_method_maybe(self->origin, attr, dest);
    }
}

static const mp_obj_type_t generic_alias_type = {
    { &mp_type_type },
    .name = MP_QSTR_GenericAlias,
    .print = generic_alias_print,
    .call = generic_alias_call,
    .unary_op = generic_alias_unary_op,
    .binary_op = generic_alias_binary_op,
    .attr = generic_alias_attr,
};

// C[x]: __class_getitem__ of a user class; for a built-in class a
// GenericAlias (list[int]).
static mp_obj_t type_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *owner;
    mp_obj_t fn = mro_find(self, MP_QSTR___class_getitem__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
    if (fn != MP_OBJ_NULL) {
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        convert_member_for_type(self, owner, MP_QSTR___class_getitem__, fn, dest);
        return mp_call_method_n_kw(1, 0, (mp_obj_t[]) { dest[0], dest[1], index });
    }
    if (!mp_obj_is_instance_type(self)) {
        return generic_alias_new(self_in, index);
    }
    return MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// X | Y of classes (3.10): a types.UnionType holding the classes in __args__
// (flattened, without repeats; None stands for NoneType). isinstance and
// issubclass accept it (py/modbuiltins.c looks for __args__).

typedef struct _mp_obj_union_t {
    mp_obj_base_t base;
    mp_obj_t args; // tuple of classes
} mp_obj_union_t;

static const mp_obj_type_t union_type;

// Appends the classes operand o stands for; false if o cannot be in a union.
static bool union_add(mp_obj_t list, mp_obj_t o) {
    if (o == mp_const_none) {
        o = MP_OBJ_FROM_PTR(&mp_type_NoneType);
    }
    if (mp_obj_is_type(o, &union_type)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(((mp_obj_union_t *)MP_OBJ_TO_PTR(o))->args, &n, &items);
        for (size_t i = 0; i < n; i++) {
            union_add(list, items[i]);
        }
        return true;
    }
    if (!mp_obj_is_type_obj(o) && !mp_obj_is_type(o, &generic_alias_type)) {
        return false;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == o) {
            return true;
        }
    }
    mp_obj_list_append(list, o);
    return true;
}

static mp_obj_t union_make(mp_obj_t a, mp_obj_t b) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    if (!union_add(list, a) || !union_add(list, b)) {
        return MP_OBJ_NULL;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    if (n == 1) {
        return items[0]; // int | int is int
    }
    mp_obj_union_t *u = m_new_obj(mp_obj_union_t);
    u->base.type = &union_type;
    u->args = mp_obj_new_tuple(n, items);
    return MP_OBJ_FROM_PTR(u);
}

static void union_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_union_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, " | ");
        }
        print_type_param(print, items[i]);
    }
}

// Both operands' class sets are equal (order does not matter).
static bool union_equal(mp_obj_t a, mp_obj_t b) {
    size_t na, nb;
    mp_obj_t *ia, *ib;
    mp_obj_tuple_get(((mp_obj_union_t *)MP_OBJ_TO_PTR(a))->args, &na, &ia);
    mp_obj_tuple_get(((mp_obj_union_t *)MP_OBJ_TO_PTR(b))->args, &nb, &ib);
    if (na != nb) {
        return false;
    }
    for (size_t i = 0; i < na; i++) {
        bool found = false;
        for (size_t j = 0; j < nb && !found; j++) {
            found = ia[i] == ib[j];
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

static mp_obj_t union_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_OR:
            return union_make(lhs, rhs);
        case MP_BINARY_OP_REVERSE_OR:
            return union_make(rhs, lhs);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &union_type)) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(union_equal(lhs, rhs) == (op == MP_BINARY_OP_EQUAL));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t union_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    // Order-independent, like hash(frozenset(__args__)).
    mp_obj_union_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    mp_int_t h = (mp_int_t)n;
    for (size_t i = 0; i < n; i++) {
        h ^= mp_obj_get_int_truncated(mp_obj_hash(items[i]));
    }
    return MP_OBJ_NEW_SMALL_INT(h & (MP_SMALL_INT_MAX >> 1));
}

static void union_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___args__) {
        dest[0] = ((mp_obj_union_t *)MP_OBJ_TO_PTR(self_in))->args;
    }
}

static const mp_obj_type_t union_type = {
    { &mp_type_type },
    .name = MP_QSTR_UnionType,
    .print = union_print,
    .unary_op = union_unary_op,
    .binary_op = union_binary_op,
    .attr = union_attr,
};

// Classes support only `|` (making a union); everything else is identity.
static mp_obj_t type_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_OR) {
        return union_make(lhs, rhs);
    }
    if (op == MP_BINARY_OP_REVERSE_OR) {
        return union_make(rhs, lhs);
    }
    return MP_OBJ_NULL;
}

// mro(): the MRO as a list.
static mp_obj_t type_mro(mp_obj_t self_in) {
    if (!mp_obj_is_type_obj(self_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor 'mro' requires a 'type' object"));
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(type_mro_tuple(MP_OBJ_TO_PTR(self_in)));
    return mp_obj_new_list(t->len, t->items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(type_mro_obj, type_mro);

static const mp_rom_map_elem_t type_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_mro), MP_ROM_PTR(&type_mro_obj) },
};
static MP_DEFINE_CONST_DICT(type_locals_dict, type_locals_dict_table);

const mp_obj_type_t mp_type_type = {
    { &mp_type_type },
    .flags = MP_TYPE_FLAG_BASETYPE, // metaclasses
    .name = MP_QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .binary_op = type_binary_op,
    .attr = type_attr,
    .subscr = type_subscr,
    .locals_dict = (mp_obj_dict_t *)&type_locals_dict,
};

// ---------------------------------------------------------------------------
// Creating a class.

typedef struct _mro_seq_t {
    const mp_obj_t *items;
    size_t len;
    size_t pos;
} mro_seq_t;

static bool in_some_tail(const mro_seq_t *seqs, size_t n_seqs, mp_obj_t cand) {
    for (size_t s = 0; s < n_seqs; s++) {
        for (size_t i = seqs[s].pos + 1; i < seqs[s].len; i++) {
            if (seqs[s].items[i] == cand) {
                return true;
            }
        }
    }
    return false;
}

MP_NORETURN static void raise_mro_conflict(const mro_seq_t *seqs, size_t n_seqs) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_print_str(&print, MP_ERROR_TEXT("Cannot create a consistent method resolution\norder (MRO) for bases"));
    // The heads of the sequences still to merge, each named once.
    bool first = true;
    for (size_t s = 0; s < n_seqs; s++) {
        if (seqs[s].pos >= seqs[s].len) {
            continue;
        }
        mp_obj_t head = seqs[s].items[seqs[s].pos];
        bool seen = false;
        for (size_t t = 0; t < s; t++) {
            if (seqs[t].pos < seqs[t].len && seqs[t].items[seqs[t].pos] == head) {
                seen = true;
            }
        }
        if (!seen) {
            mp_printf(&print, first ? " %q" : ", %q", ((mp_obj_type_t *)MP_OBJ_TO_PTR(head))->name);
            first = false;
        }
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr)));
}

// C3 linearisation of a class with the given bases: the class, then the merge
// of its bases' MROs and the list of bases.
static mp_obj_tuple_t *compute_mro(mp_obj_t cls, size_t n_bases, const mp_obj_t *bases) {
    size_t n_seqs = n_bases + 1;
    mro_seq_t *seqs = m_new(mro_seq_t, n_seqs);
    size_t total = 1;
    for (size_t i = 0; i < n_bases; i++) {
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        mro_t m;
        mro_get(b, &m);
        if (m.items == m.buf) {
            mp_obj_t *copy = m_new(mp_obj_t, m.len);
            memcpy(copy, m.buf, m.len * sizeof(mp_obj_t));
            seqs[i].items = copy;
        } else {
            seqs[i].items = m.items;
        }
        seqs[i].len = m.len;
        seqs[i].pos = 0;
        total += m.len;
    }
    seqs[n_bases].items = bases;
    seqs[n_bases].len = n_bases;
    seqs[n_bases].pos = 0;

    mp_obj_t *out = m_new(mp_obj_t, total);
    size_t n_out = 0;
    out[n_out++] = cls;
    for (;;) {
        bool any_left = false;
        mp_obj_t cand = MP_OBJ_NULL;
        for (size_t s = 0; s < n_seqs; s++) {
            if (seqs[s].pos >= seqs[s].len) {
                continue;
            }
            any_left = true;
            mp_obj_t head = seqs[s].items[seqs[s].pos];
            if (!in_some_tail(seqs, n_seqs, head)) {
                cand = head;
                break;
            }
        }
        if (!any_left) {
            break;
        }
        if (cand == MP_OBJ_NULL) {
            raise_mro_conflict(seqs, n_seqs);
        }
        out[n_out++] = cand;
        for (size_t s = 0; s < n_seqs; s++) {
            if (seqs[s].pos < seqs[s].len && seqs[s].items[seqs[s].pos] == cand) {
                seqs[s].pos++;
            }
        }
    }
    return MP_OBJ_TO_PTR(mp_obj_new_tuple(n_out, out));
}

// The one built-in layout instances of the class will carry (or NULL).
// Exceptions share one layout, so several exception bases are fine.
static const mp_obj_type_t *find_native_base(mp_obj_tuple_t *mro) {
    const mp_obj_type_t *found = NULL;
    for (size_t i = 1; i < mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(mro->items[i]);
        if (t == &mp_type_object || mp_obj_is_instance_type(t)) {
            continue;
        }
        if (found == NULL) {
            found = t;
        } else if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(found), MP_OBJ_FROM_PTR(t))
                   && !(type_is_exception(found) && type_is_exception(t))) {
            mp_raise_TypeError(MP_ERROR_TEXT("multiple bases have instance lay-out conflict"));
        }
    }
    return found;
}

// __slots__: when the class and every user class above it define __slots__
// (without "__dict__"), instances may only hold the names listed along the
// MRO, and have no __dict__.
static void compute_slots(user_type_t *ut) {
    mp_obj_type_t *o = &ut->type;
    mp_map_elem_t *elem = mp_map_lookup(&o->locals_dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___slots__), MP_MAP_LOOKUP);
    if (elem == NULL) {
        return;
    }
    mp_obj_t names = mp_obj_new_list(0, NULL);
    mp_obj_t own = elem->value;
    mp_obj_t iter = mp_obj_is_str(own) ? mp_obj_new_tuple(1, &own) : own;
    iter = mp_getiter(iter);
    mp_obj_t item;
    bool has_dict = false;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (!mp_obj_is_str(item)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("__slots__ items must be strings, not '%s'"),
                mp_obj_get_type_str(item));
        }
        qstr q = mp_obj_str_get_qstr(item);
        if (q == MP_QSTR___dict__) {
            has_dict = true;
            continue;
        }
        if (mp_map_lookup(&o->locals_dict->map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP) != NULL) {
            mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("'%q' in __slots__ conflicts with class variable"), q);
        }
        mp_obj_list_append(names, MP_OBJ_NEW_QSTR(q));
    }
    if (has_dict) {
        return;
    }
    for (size_t i = 1; i < o->mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(o->mro->items[i]);
        if (!mp_obj_is_instance_type(t)) {
            continue;
        }
        mp_obj_t base_slots = user_type(t)->slots;
        if (base_slots == MP_OBJ_NULL) {
            return; // a base without __slots__ gives instances a __dict__
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(base_slots, &n, &items);
        for (size_t j = 0; j < n; j++) {
            mp_obj_list_append(names, items[j]);
        }
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(names, &n, &items);
    ut->slots = mp_obj_new_tuple(n, items);
}

static void wrap_implicit_method(mp_map_t *map, qstr name, const mp_obj_type_t *wrapper_type) {
    mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    if (elem != NULL && mp_obj_is_type(elem->value, &mp_type_fun_bc)) {
        mp_rom_obj_static_class_method_t *w = m_new_obj(mp_rom_obj_static_class_method_t);
        w->base.type = wrapper_type;
        w->fun = elem->value;
        elem->value = MP_OBJ_FROM_PTR(w);
    }
}


mp_obj_t mp_obj_new_type(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict) {
    return new_type(&mp_type_type, name, bases_tuple, locals_dict, 0, NULL);
}

// meta: the type of the new class (type or a metaclass); kw: the class
// statement's keyword arguments, for __init_subclass__.
static mp_obj_t new_type(const mp_obj_type_t *meta, qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict, size_t n_kw, const mp_obj_t *kw) {
    if (!mp_obj_is_type(locals_dict, &mp_type_dict)) {
        mp_raise_TypeError(MP_ERROR_TEXT("class namespace must be a dict"));
    }
    size_t n_bases;
    mp_obj_t *bases;
    mp_obj_tuple_get(bases_tuple, &n_bases, &bases);
    for (size_t i = 0; i < n_bases; i++) {
        if (!mp_obj_is_type_obj(bases[i])) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("bases must be types, not '%s'"),
                mp_obj_get_type_str(bases[i]));
        }
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        if (!(b->flags & MP_TYPE_FLAG_BASETYPE)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("type '%q' is not an acceptable base type"), b->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (bases[j] == bases[i]) {
                mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("duplicate base class %q"), b->name);
            }
        }
    }

    user_type_t *ut = m_new0(user_type_t, 1);
    mp_obj_type_t *o = &ut->type;
    mp_obj_t cls = MP_OBJ_FROM_PTR(o);
    o->base.type = meta;
    o->flags = MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_BASETYPE;
    o->name = name;
    o->print = instance_print;
    o->make_new = instance_make_new;
    o->call = instance_call;
    o->unary_op = instance_unary_op;
    o->binary_op = instance_binary_op;
    o->attr = instance_attr;
    o->subscr = instance_subscr;
    o->getiter = instance_getiter;
    o->iternext = instance_iternext;
    o->buffer = instance_buffer;
    if (n_bases == 0) {
        mp_obj_t object = MP_OBJ_FROM_PTR(&mp_type_object);
        o->parent = &mp_type_object;
        o->mro = compute_mro(cls, 1, &object);
    } else {
        if (n_bases == 1) {
            o->parent = MP_OBJ_TO_PTR(bases[0]);
        } else {
            o->flags |= MP_TYPE_FLAG_MULTI_BASES;
            o->parent = MP_OBJ_TO_PTR(bases_tuple);
        }
        o->mro = compute_mro(cls, n_bases, bases);
    }
    o->locals_dict = MP_OBJ_TO_PTR(locals_dict);
    ut->native_base = find_native_base(o->mro);
    if (ut->native_base != NULL) {
        o->flags |= ut->native_base->flags & MP_TYPE_FLAG_EQ_NOT_REFLEXIVE;
    }
    if (ut->native_base == &mp_type_type) {
        // A metaclass: calling it makes classes, and their attributes are
        // looked up as classes' are. The other instance slots work as they
        // are (instance_native of a class is the class itself).
        o->make_new = meta_make_new;
        o->attr = meta_attr;
    }

    // The namespace, adjusted as CPython's type.__new__ does.
    mp_map_t *map = &o->locals_dict->map;
    if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP) == NULL) {
        mp_obj_dict_t *globals = MP_STATE_VM(dict_globals);
        mp_map_elem_t *elem = globals == NULL ? NULL
            : mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        if (elem != NULL) {
            mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = elem->value;
        }
    }
    if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP) == NULL) {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mp_const_none;
    }
    wrap_implicit_method(map, MP_QSTR___new__, &mp_type_staticmethod);
    wrap_implicit_method(map, MP_QSTR___init_subclass__, &mp_type_classmethod);
    wrap_implicit_method(map, MP_QSTR___class_getitem__, &mp_type_classmethod);
    if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___eq__), MP_MAP_LOOKUP) != NULL
        && mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___hash__), MP_MAP_LOOKUP) == NULL) {
        // Defining __eq__ without __hash__ makes instances unhashable.
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___hash__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mp_const_none;
    }

    // Flags inherited from user bases, and from this namespace.
    for (size_t i = 1; i < o->mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(o->mro->items[i]);
        if (mp_obj_is_instance_type(t)) {
            o->flags |= t->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
            ((mp_obj_type_t *)t)->flags |= MP_TYPE_FLAG_IS_SUBCLASSED;
        }
    }
    size_t cur = 0;
    mp_map_elem_t *elem;
    while ((elem = mp_map_next(map, &cur)) != NULL) {
        if (mp_obj_is_qstr(elem->key) && is_special_accessor(MP_OBJ_QSTR_VALUE(elem->key), elem->value)) {
            o->flags |= MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
        }
    }
    compute_slots(ut);
    const mp_obj_type_t *owner;
    ut->has_del = mro_find(o, MP_QSTR___del__, LOOKUP_SKIP_OBJECT | LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner) != MP_OBJ_NULL;

    // __set_name__ of descriptors in the namespace.
    cur = 0;
    while ((elem = mp_map_next(map, &cur)) != NULL) {
        if (!mp_obj_is_qstr(elem->key) || !mp_obj_is_obj(elem->value)) {
            continue;
        }
        qstr key = MP_OBJ_QSTR_VALUE(elem->key);
        mp_obj_t value = elem->value;
        const mp_obj_type_t *vt = mp_obj_get_type(value);
        if (vt == &mp_type_property) {
            mp_obj_property_set_name(value, key);
        } else if (mp_obj_is_instance_type(vt)) {
            mp_obj_t fn = mro_find(vt, MP_QSTR___set_name__, LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
            if (fn != MP_OBJ_NULL) {
                mp_obj_t args[2] = { cls, elem->key };
                call_member(value, owner, fn, 2, args);
            }
        }
    }

    // __init_subclass__ of the nearest base defining it.
    mp_obj_t init_sub = mro_find(o, MP_QSTR___init_subclass__, LOOKUP_SKIP_OBJECT, o, MP_OBJ_NULL, &owner);
    if (init_sub != MP_OBJ_NULL) {
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        convert_member_for_type(o, owner, MP_QSTR___init_subclass__, init_sub, dest);
        mp_obj_t *call_args = m_new(mp_obj_t, 2 + 2 * n_kw);
        call_args[0] = dest[0];
        call_args[1] = dest[1];
        if (n_kw > 0) {
            memcpy(call_args + 2, kw, 2 * n_kw * sizeof(mp_obj_t));
        }
        mp_call_method_n_kw(0, n_kw, call_args);
    } else if (n_kw > 0) {
        // object.__init_subclass__ accepts no keyword arguments.
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q.__init_subclass__() takes no keyword arguments"), o->name);
    }
    return cls;
}

// ---------------------------------------------------------------------------
// Type relations.

bool mp_obj_is_instance_type(const mp_obj_type_t *type) {
    return (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) != 0;
}

static bool native_is_subclass(const mp_obj_type_t *t, const mp_obj_type_t *target) {
    while (t != NULL) {
        if (t == target) {
            return true;
        }
        if (t->flags & MP_TYPE_FLAG_MULTI_BASES) {
            const mp_obj_tuple_t *bases = t->parent;
            for (size_t i = 0; i < bases->len; i++) {
                if (native_is_subclass(MP_OBJ_TO_PTR(bases->items[i]), target)) {
                    return true;
                }
            }
            return false;
        }
        t = t->parent;
    }
    return false;
}

bool mp_obj_is_subclass_fast(mp_const_obj_t object, mp_const_obj_t classinfo) {
    if (object == classinfo || classinfo == MP_OBJ_FROM_PTR(&mp_type_object)) {
        return true;
    }
    const mp_obj_type_t *t = object;
    if (t->mro != NULL) {
        for (size_t i = 1; i < t->mro->len; i++) {
            if (t->mro->items[i] == classinfo) {
                return true;
            }
        }
        return false;
    }
    return native_is_subclass(t, classinfo);
}

// issubclass(object, classinfo) with classinfo a class or a tuple of them.
bool mp_obj_is_subclass(mp_obj_t object, mp_obj_t classinfo) {
    if (!mp_obj_is_type_obj(object)) {
        mp_raise_TypeError(MP_ERROR_TEXT("issubclass() arg 1 must be a class"));
    }
    if (mp_obj_is_type(classinfo, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(classinfo, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (mp_obj_is_subclass(object, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!mp_obj_is_type_obj(classinfo)) {
        mp_raise_TypeError(MP_ERROR_TEXT("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    return mp_obj_is_subclass_fast(object, classinfo);
}

bool mp_obj_is_instance_of(mp_obj_t obj, const mp_obj_type_t *type) {
    if (type == &mp_type_fun_builtin_var) {
        return type_python_visible(obj) == type;
    }
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(type));
}

// ---------------------------------------------------------------------------
// super(type, obj): attribute lookup along type(obj)'s MRO after `type`. The
// compiler turns super() into super(__class__, <first argument>).

typedef struct _mp_obj_super_t {
    mp_obj_base_t base;
    mp_obj_t type;
    mp_obj_t obj; // MP_OBJ_NULL for the unbound super(type)
} mp_obj_super_t;

static mp_obj_t super_make_new(const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type_in;
    if (n_args == 0 && n_kw == 0) {
        // Zero-argument super() outside a method (inside one the compiler
        // supplies __class__ and the first argument).
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("super(): no arguments"));
    }
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    if (!mp_obj_is_type_obj(args[0])) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("super() argument 1 must be a type, not %s"),
            mp_obj_get_type_str(args[0]));
    }
    mp_obj_t obj = MP_OBJ_NULL;
    if (n_args == 2) {
        obj = args[1];
        bool ok = mp_obj_is_instance_of(obj, MP_OBJ_TO_PTR(args[0]))
                  || (mp_obj_is_type_obj(obj) && mp_obj_is_subclass_fast(obj, args[0]));
        if (!ok) {
            mp_raise_TypeError(MP_ERROR_TEXT("super(type, obj): obj must be an instance or subtype of type"));
        }
    }
    mp_obj_super_t *o = m_new_obj(mp_obj_super_t);
    o->base.type = &mp_type_super;
    o->type = args[0];
    o->obj = obj;
    return MP_OBJ_FROM_PTR(o);
}

static void super_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "<super: ");
    mp_obj_print_helper(print, self->type, PRINT_REPR);
    mp_print_str(print, ", ");
    if (self->obj == MP_OBJ_NULL) {
        mp_print_str(print, "NULL>");
        return;
    }
    mp_print_str(print, "<");
    if (mp_obj_is_type_obj(self->obj)) {
        mp_obj_print_helper(print, self->obj, PRINT_REPR);
    } else {
        mp_printf(print, "%s object", mp_obj_get_type_str(self->obj));
    }
    mp_print_str(print, ">>");
}

static void super_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // no assignment through super
    }
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->obj == MP_OBJ_NULL) {
        return;
    }
    const mp_obj_type_t *start = MP_OBJ_TO_PTR(self->type);
    bool class_access = mp_obj_is_type_obj(self->obj) && mp_obj_is_subclass_fast(self->obj, self->type);
    const mp_obj_type_t *starttype = class_access ? MP_OBJ_TO_PTR(self->obj) : mp_obj_get_type(self->obj);
    const mp_obj_type_t *owner;
    mp_obj_t native_obj = class_access ? MP_OBJ_NULL : mp_obj_cast_to_native_base(self->obj, MP_OBJ_NULL);
    mp_obj_t member = mro_find(starttype, attr, LOOKUP_SYNTH, start, native_obj, &owner);
    if (member == MP_OBJ_NULL) {
        return;
    }
    if (class_access) {
        convert_member_for_type(starttype, owner, attr, member, dest);
    } else {
        convert_member(self->obj, starttype, owner, member, dest);
    }
}

const mp_obj_type_t mp_type_super = {
    { &mp_type_type },
    .name = MP_QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};
