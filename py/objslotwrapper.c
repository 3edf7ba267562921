// The slots of built-in types seen as methods (wrapper_descriptor):
// int.__add__, list.__len__, dict.__init__, object.__new__ and, through a
// built-in type, its methods (list.append), so that they can be called
// explicitly and stored in user classes.
#include "py/mpconfig.h"

#include <string.h>

#include "py/builtin.h"
#include "py/runtime.h"
#include "py/objcomplex.h"
#include "py/objtype_internal.h"

// The special methods of the common built-in types, as CPython has them:
// which unary and binary operators are methods of the type itself (the
// slots alone cannot tell: int's binary_op also answers in-place forms,
// list's binary_op is there for + but not for -), plus a few extras.
// Comparisons are left out: every type has them (object's answer
// NotImplemented).
#define SW_BIN(op) ((uint64_t)1 << MP_BINARY_OP_##op)
#define SW_BIN_R(op) (SW_BIN(op) | SW_BIN(REVERSE_##op))
#define SW_UN(op) ((uint16_t)(1 << MP_UNARY_OP_##op))

#define SW_X_RDIVMOD (1)
#define SW_X_REVERSED (2)
#define SW_X_GETNEWARGS (4)
#define SW_X_BYTES (8)
#define SW_X_COMPLEX (16)
#define SW_X_UNHASHABLE (32) // __hash__ is None
#define SW_X_NOITEM (64) // its subscr slot is not __getitem__ (type: C[int])
// __getitem__ / __contains__ are plain methods to CPython (METH_O): it words
// their argument count errors as a method's.
#define SW_X_GETITEM_METHOD (128)
#define SW_X_CONTAINS_METHOD (256)

typedef struct _native_dunders_t {
    const mp_obj_type_t *type;
    uint64_t binary;
    uint16_t unary;
    uint16_t extra;
} native_dunders_t;

#define SW_INT_UNARY (SW_UN(POSITIVE) | SW_UN(NEGATIVE) | SW_UN(INVERT) | SW_UN(BOOL) | \
    SW_UN(HASH) | SW_UN(ABS) | SW_UN(INT) | SW_UN(FLOAT) | SW_UN(INDEX))
#define SW_INT_BINARY (SW_BIN_R(OR) | SW_BIN_R(XOR) | SW_BIN_R(AND) | SW_BIN_R(LSHIFT) | \
    SW_BIN_R(RSHIFT) | SW_BIN_R(ADD) | SW_BIN_R(SUBTRACT) | SW_BIN_R(MULTIPLY) | \
    SW_BIN_R(FLOOR_DIVIDE) | SW_BIN_R(TRUE_DIVIDE) | SW_BIN_R(MODULO) | SW_BIN_R(POWER) | \
    SW_BIN(DIVMOD))
#define SW_SEQ_BINARY (SW_BIN(ADD) | SW_BIN_R(MULTIPLY) | SW_BIN(CONTAINS))
#define SW_SET_BINARY (SW_BIN_R(OR) | SW_BIN_R(XOR) | SW_BIN_R(AND) | SW_BIN_R(SUBTRACT) | \
    SW_BIN(CONTAINS))

static const native_dunders_t native_dunders[] = {
    { &mp_type_int, SW_INT_BINARY, SW_INT_UNARY, SW_X_RDIVMOD | SW_X_GETNEWARGS },
    { &mp_type_bool, SW_INT_BINARY, SW_INT_UNARY, SW_X_RDIVMOD | SW_X_GETNEWARGS },
    { &mp_type_float,
      SW_BIN_R(ADD) | SW_BIN_R(SUBTRACT) | SW_BIN_R(MULTIPLY) | SW_BIN_R(FLOOR_DIVIDE) |
      SW_BIN_R(TRUE_DIVIDE) | SW_BIN_R(MODULO) | SW_BIN_R(POWER) | SW_BIN(DIVMOD),
      SW_UN(POSITIVE) | SW_UN(NEGATIVE) | SW_UN(BOOL) | SW_UN(HASH) | SW_UN(ABS) | SW_UN(INT) |
      SW_UN(FLOAT),
      SW_X_RDIVMOD | SW_X_GETNEWARGS },
    { &mp_type_complex,
      SW_BIN_R(ADD) | SW_BIN_R(SUBTRACT) | SW_BIN_R(MULTIPLY) | SW_BIN_R(TRUE_DIVIDE) |
      SW_BIN_R(POWER),
      SW_UN(POSITIVE) | SW_UN(NEGATIVE) | SW_UN(BOOL) | SW_UN(HASH) | SW_UN(ABS),
      SW_X_GETNEWARGS | SW_X_COMPLEX },
    { &mp_type_str, SW_SEQ_BINARY | SW_BIN_R(MODULO), SW_UN(LEN) | SW_UN(HASH), SW_X_GETNEWARGS },
    { &mp_type_bytes, SW_SEQ_BINARY | SW_BIN_R(MODULO), SW_UN(LEN) | SW_UN(HASH),
      SW_X_GETNEWARGS | SW_X_BYTES },
    { &mp_type_bytearray,
      SW_SEQ_BINARY | SW_BIN_R(MODULO) | SW_BIN(INPLACE_ADD) | SW_BIN(INPLACE_MULTIPLY),
      SW_UN(LEN), SW_X_UNHASHABLE },
    { &mp_type_list, SW_SEQ_BINARY | SW_BIN(INPLACE_ADD) | SW_BIN(INPLACE_MULTIPLY), SW_UN(LEN),
      SW_X_REVERSED | SW_X_UNHASHABLE | SW_X_GETITEM_METHOD },
    { &mp_type_tuple, SW_SEQ_BINARY, SW_UN(LEN) | SW_UN(HASH), SW_X_GETNEWARGS },
    { &mp_type_dict, SW_BIN_R(OR) | SW_BIN(INPLACE_OR) | SW_BIN(CONTAINS), SW_UN(LEN),
      SW_X_REVERSED | SW_X_UNHASHABLE | SW_X_GETITEM_METHOD | SW_X_CONTAINS_METHOD },
    { &mp_type_set,
      SW_SET_BINARY | SW_BIN(INPLACE_OR) | SW_BIN(INPLACE_XOR) | SW_BIN(INPLACE_AND) |
      SW_BIN(INPLACE_SUBTRACT),
      SW_UN(LEN), SW_X_UNHASHABLE | SW_X_CONTAINS_METHOD },
    { &mp_type_frozenset, SW_SET_BINARY, SW_UN(LEN) | SW_UN(HASH), SW_X_CONTAINS_METHOD },
    { &mp_type_range, SW_BIN(CONTAINS), SW_UN(BOOL) | SW_UN(LEN) | SW_UN(HASH), SW_X_REVERSED },
    { &mp_type_NoneType, 0, SW_UN(BOOL) | SW_UN(HASH), 0 },
    { &mp_type_NotImplementedType, 0, SW_UN(BOOL) | SW_UN(HASH), 0 },
    { &mp_type_type, SW_BIN_R(OR), SW_UN(HASH), SW_X_NOITEM },
    // (slice is unhashable until CPython 3.12.)
    { &mp_type_slice, 0, 0, SW_X_UNHASHABLE },
    // dict_keys; dict_items is below, by name; dict_values is hashable.
    { &mp_type_dict_view, SW_SET_BINARY, SW_UN(LEN), SW_X_UNHASHABLE },
    { &mp_type_memoryview, 0, SW_UN(LEN) | SW_UN(HASH), 0 },
    // (Its binary_op is there for == only.)
    { &mp_type_bound_meth, 0, SW_UN(HASH), 0 },
};

// The same for extmod's types, which py/ cannot name: told by their name
// (the field type is unused).
#define SW_DICT_BINARY (SW_BIN_R(OR) | SW_BIN(INPLACE_OR) | SW_BIN(CONTAINS))
static const struct {
    uint16_t name;
    native_dunders_t d;
} native_dunders_by_name[] = {
    { MP_QSTR_deque, { NULL, SW_SEQ_BINARY | SW_BIN(INPLACE_ADD) | SW_BIN(INPLACE_MULTIPLY),
                       SW_UN(LEN), SW_X_REVERSED | SW_X_UNHASHABLE } },
    { MP_QSTR_array, { NULL, SW_SEQ_BINARY | SW_BIN(INPLACE_ADD) | SW_BIN(INPLACE_MULTIPLY),
                       SW_UN(LEN), SW_X_UNHASHABLE } },
    { MP_QSTR_dict_items, { NULL, SW_SET_BINARY, SW_UN(LEN), SW_X_REVERSED | SW_X_UNHASHABLE } },
    // (It shares the set views' binary_op but has none of their operators.)
    { MP_QSTR_dict_values, { NULL, 0, SW_UN(LEN) | SW_UN(HASH), SW_X_REVERSED } },
    // (py/objdict.c's, static there; read-only: HASH hides __setitem__, and
    // __hash__ is None as for dict)
    { MP_QSTR_mappingproxy, { NULL, SW_BIN_R(OR) | SW_BIN(CONTAINS), SW_UN(LEN) | SW_UN(HASH), SW_X_REVERSED | SW_X_UNHASHABLE } },
    { MP_QSTR_OrderedDict, { NULL, SW_DICT_BINARY, SW_UN(LEN), SW_X_REVERSED | SW_X_UNHASHABLE } },
    { MP_QSTR_defaultdict, { NULL, SW_DICT_BINARY, SW_UN(LEN), SW_X_REVERSED | SW_X_UNHASHABLE } },
    { MP_QSTR_Counter, { NULL,
                         SW_DICT_BINARY | SW_BIN(ADD) | SW_BIN(SUBTRACT) | SW_BIN(AND) |
                         SW_BIN(INPLACE_ADD) | SW_BIN(INPLACE_SUBTRACT) | SW_BIN(INPLACE_AND),
                         SW_UN(LEN) | SW_UN(POSITIVE) | SW_UN(NEGATIVE),
                         SW_X_REVERSED | SW_X_UNHASHABLE } },
    // functools.cmp_to_key's keys (collections.abc.Hashable must say no).
    { MP_QSTR_KeyWrapper, { NULL, 0, 0, SW_X_UNHASHABLE } },
};

static const native_dunders_t *native_dunders_of(const mp_obj_type_t *t) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(native_dunders); i++) {
        if (native_dunders[i].type == t) {
            return &native_dunders[i];
        }
    }
    if (!mp_obj_is_instance_type(t)) {
        for (size_t i = 0; i < MP_ARRAY_SIZE(native_dunders_by_name); i++) {
            if (native_dunders_by_name[i].name == t->name) {
                return &native_dunders_by_name[i].d;
            }
        }
    }
    return NULL;
}

// Whether built-in type t has a __str__ of its own in CPython (told by name).
static bool own_str(const mp_obj_type_t *t) {
    static const uint16_t names[] = {
        MP_QSTR_str, MP_QSTR_bytes, MP_QSTR_bytearray, MP_QSTR_BaseException,
        MP_QSTR_BaseExceptionGroup, MP_QSTR_AttributeError, MP_QSTR_ImportError,
        MP_QSTR_NameError, MP_QSTR_OSError, MP_QSTR_SyntaxError, MP_QSTR_KeyError,
        MP_QSTR_UnicodeDecodeError, MP_QSTR_UnicodeEncodeError, MP_QSTR_UnicodeTranslateError,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (t->name == names[i]) {
            return true;
        }
    }
    return false;
}

// Which special name a built-in type supports through its slots. obj, when
// known (the native object), lets unary slots be probed so that e.g.
// hasattr(5, '__len__') is False. Returns false, or true with *sw filled;
// sw->kind MP_SLOT_WRAPPER_NUM_KINDS means the attribute is None (an
// unhashable type's __hash__, a built-in object's __doc__).
static bool native_slot_for(
    const mp_obj_type_t *t, qstr attr, mp_obj_t obj, mp_obj_slot_wrapper_t *sw) {
    sw->native = t;
    sw->name = (uint16_t)attr;
    sw->op = 0;
    sw->fun = MP_OBJ_NULL;
    if (attr == MP_QSTR___sizeof__) {
        // Every object has one (object's answers for user instances).
        sw->kind = MP_SLOT_WRAPPER_SIZEOF;
        return true;
    }
    if (t == &mp_type_object) {
        // What object's dict lacks but every object answers.
        if (attr == MP_QSTR___dir__) {
            sw->kind = MP_SLOT_WRAPPER_DIR;
            return true;
        }
        if (attr == MP_QSTR___doc__) {
            // Built-in objects carry no docstrings here: None.
            sw->kind = MP_SLOT_WRAPPER_NUM_KINDS;
            return true;
        }
        return false;
    }
    const native_dunders_t *nd = native_dunders_of(t);
    switch (attr) {
        case MP_QSTR___init__:
            // (those made whole in __new__ have object's: int, zip, array...)
            sw->kind = MP_SLOT_WRAPPER_INIT;
            return MP_OBJ_TYPE_HAS_SLOT(t, make_new) &&
                   (!mp_obj_type_is_immutable_native(t) || t->name == MP_QSTR_ReferenceType);
        case MP_QSTR___new__:
            sw->kind = MP_SLOT_WRAPPER_NEW;
            return MP_OBJ_TYPE_HAS_SLOT(t, make_new);
        case MP_QSTR___repr__:
            // (exceptions: BaseException's; zip or property: object's)
            sw->kind = MP_SLOT_WRAPPER_REPR;
            return mp_obj_type_is_exception(t) ? t == &mp_type_BaseException
                                               : MP_OBJ_TYPE_HAS_SLOT(t, print);
        case MP_QSTR___str__:
            // Only str, bytes and these exceptions have their own in CPython.
            sw->kind = MP_SLOT_WRAPPER_STR;
            return own_str(t);
        case MP_QSTR___getitem__:
            sw->kind = MP_SLOT_WRAPPER_GETITEM;
            return MP_OBJ_TYPE_HAS_SLOT(t, subscr) && (nd == NULL || !(nd->extra & SW_X_NOITEM));
        case MP_QSTR___setitem__:
            sw->kind = MP_SLOT_WRAPPER_SETITEM;
            return MP_OBJ_TYPE_HAS_SLOT(t, subscr) &&
                   (nd == NULL || !(nd->unary & SW_UN(HASH)) || t == &mp_type_memoryview);
        case MP_QSTR___delitem__:
            sw->kind = MP_SLOT_WRAPPER_DELITEM;
            return MP_OBJ_TYPE_HAS_SLOT(t, subscr) &&
                   (nd == NULL || !(nd->unary & SW_UN(HASH)) || t == &mp_type_memoryview);
        case MP_QSTR___iter__:
            sw->kind = MP_SLOT_WRAPPER_ITER;
            return MP_OBJ_TYPE_HAS_SLOT(t, getiter);
        case MP_QSTR___next__:
            sw->kind = MP_SLOT_WRAPPER_NEXT;
            return MP_OBJ_TYPE_HAS_SLOT(t, iternext);
        case MP_QSTR___call__:
            sw->kind = MP_SLOT_WRAPPER_CALL;
            return MP_OBJ_TYPE_HAS_SLOT(t, call);
        case MP_QSTR___rdivmod__:
            sw->kind = MP_SLOT_WRAPPER_RDIVMOD;
            return nd != NULL && (nd->extra & SW_X_RDIVMOD);
        case MP_QSTR___reversed__:
            sw->kind = MP_SLOT_WRAPPER_REVERSED;
            return nd != NULL && (nd->extra & SW_X_REVERSED);
        case MP_QSTR___getnewargs__:
            sw->kind = MP_SLOT_WRAPPER_GETNEWARGS;
            return nd != NULL && (nd->extra & SW_X_GETNEWARGS);
        case MP_QSTR___bytes__:
            sw->kind = MP_SLOT_WRAPPER_SELF;
            return nd != NULL && (nd->extra & SW_X_BYTES);
        case MP_QSTR___complex__:
            sw->kind = MP_SLOT_WRAPPER_SELF;
            return nd != NULL && (nd->extra & SW_X_COMPLEX);
        default:
            break;
    }
    if (t == &mp_type_bool) {
        sw->native = &mp_type_int; // bool's numeric methods are int's but & | ^
    }
    for (size_t op = 0; op < MP_UNARY_OP_NUM; op++) {
        if (mp_obj_instance_unary_op_dunder[op] == attr) {
            sw->kind = MP_SLOT_WRAPPER_UNARY;
            sw->op = (uint8_t)op;
            if (nd != NULL) {
                if (op == MP_UNARY_OP_HASH && (nd->extra & SW_X_UNHASHABLE)) {
                    sw->kind = MP_SLOT_WRAPPER_NUM_KINDS;
                    return true;
                }
                return (nd->unary & (1u << op)) != 0;
            }
            if (op == MP_UNARY_OP_HASH) {
                return true;
            }
            if (!MP_OBJ_TYPE_HAS_SLOT(t, unary_op)) {
                return false;
            }
            if (op == MP_UNARY_OP_LEN || op == MP_UNARY_OP_BOOL) {
                if (obj == MP_OBJ_NULL) {
                    // No object to probe (dir, Type.__len__): containers
                    // have a length; truth is the numbers' (the table).
                    return op == MP_UNARY_OP_LEN &&
                           ((MP_OBJ_TYPE_HAS_SLOT(t, getiter) && !MP_OBJ_TYPE_HAS_SLOT(t, iternext)) || MP_OBJ_TYPE_HAS_SLOT(t, subscr));
                }
                // Probing these has no side effects.
                return MP_OBJ_TYPE_GET_SLOT(t, unary_op)(op, obj) != MP_OBJ_NULL;
            }
            // The arithmetic ones belong to the numbers only (the table
            // above); other types' unary_op may answer INT for conversions.
            return false;
        }
    }
    for (size_t op = 0; op < MP_BINARY_OP_NUM; op++) {
        if (mp_obj_instance_binary_op_dunder[op] == attr) {
            sw->kind = MP_SLOT_WRAPPER_BINARY;
            sw->op = (uint8_t)op;
            if (op - MP_BINARY_OP_OR <= 2u || op - MP_BINARY_OP_REVERSE_OR <= 2u) {
                sw->native = t;
            }
            if (op <= MP_BINARY_OP_NOT_EQUAL) {
                // Comparisons: the type's own, else object's (NotImplemented).
                return op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL ||
                       MP_OBJ_TYPE_HAS_SLOT(t, binary_op);
            }
            if (nd != NULL) {
                return (nd->binary & ((uint64_t)1 << op)) != 0;
            }
            if (op == MP_BINARY_OP_CONTAINS) {
                return MP_OBJ_TYPE_HAS_SLOT(t, binary_op) && (MP_OBJ_TYPE_HAS_SLOT(t, getiter) || MP_OBJ_TYPE_HAS_SLOT(t, subscr));
            }
            if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
                // In-place forms belong to mutable containers (deque, array).
                return MP_OBJ_TYPE_HAS_SLOT(t, binary_op) && !mp_obj_type_is_immutable_native(t) &&
                       (MP_OBJ_TYPE_HAS_SLOT(t, getiter) || MP_OBJ_TYPE_HAS_SLOT(t, subscr)) &&
                       (op == MP_BINARY_OP_INPLACE_ADD || op == MP_BINARY_OP_INPLACE_MULTIPLY);
            }
            return MP_OBJ_TYPE_HAS_SLOT(t, binary_op);
        }
    }
    return false;
}

mp_obj_t mp_obj_slot_wrapper_synth(const mp_obj_type_t *t, qstr attr, mp_obj_t obj) {
    mp_obj_slot_wrapper_t sw;
    if (!native_slot_for(t, attr, obj, &sw)) {
        return MP_OBJ_NULL;
    }
    if (sw.kind == MP_SLOT_WRAPPER_NUM_KINDS) {
        return mp_const_none; // list.__hash__ is None
    }
    mp_obj_slot_wrapper_t *w = m_new_obj(mp_obj_slot_wrapper_t);
    *w = sw;
    w->base.type = &mp_type_slot_wrapper;
    return MP_OBJ_FROM_PTR(w);
}

bool mp_obj_slot_wrapper_exists(const mp_obj_type_t *t, qstr attr) {
    mp_obj_slot_wrapper_t sw;
    return native_slot_for(t, attr, MP_OBJ_NULL, &sw);
}

// A built-in type's method seen through the type (list.append): a method
// descriptor, so that stored in a user class it still binds like a method.
// Special names are CPython's type slots (wrapper_descriptor), except these
// plain methods of its built-in types.
static bool is_method_descriptor(qstr attr) {
    switch (attr) {
        case MP_QSTR___reduce__:
        case MP_QSTR___reduce_ex__:
        case MP_QSTR___length_hint__:
        case MP_QSTR___copy__:
        case MP_QSTR___deepcopy__:
        case MP_QSTR___setstate__:
        case MP_QSTR___getstate__:
        case MP_QSTR___reversed__:
        case MP_QSTR___format__:
        case MP_QSTR___enter__:
        case MP_QSTR___exit__:
        case MP_QSTR___trunc__:
        case MP_QSTR___round__:
        case MP_QSTR___floor__:
        case MP_QSTR___ceil__:
        case MP_QSTR___sizeof__:
        case MP_QSTR___dir__:
        case MP_QSTR___set_name__:
            return true;
        default: {
            const char *s = qstr_str(attr);
            return !(s[0] == '_' && s[1] == '_');
        }
    }
}

mp_obj_t mp_obj_slot_wrapper_method(const mp_obj_type_t *owner, qstr attr, mp_obj_t fun) {
    mp_obj_slot_wrapper_t *w = m_new_obj(mp_obj_slot_wrapper_t);
    w->base.type = is_method_descriptor(attr) ? &mp_type_method_descriptor : &mp_type_slot_wrapper;
    w->native = owner;
    w->name = (uint16_t)attr;
    w->kind = MP_SLOT_WRAPPER_METHOD;
    w->op = 0;
    w->fun = fun;
    return MP_OBJ_FROM_PTR(w);
}

// ---------------------------------------------------------------------------
// The slot wrapper type.

// Whether name is one of the special methods CPython implements as type
// slots (rather than as plain methods such as __format__ or __sizeof__).
static bool is_slot_name(qstr name) {
    static const uint16_t other[] = {
        MP_QSTR___getitem__, MP_QSTR___setitem__, MP_QSTR___delitem__, MP_QSTR___iter__,
        MP_QSTR___next__, MP_QSTR___call__, MP_QSTR___repr__, MP_QSTR___str__, MP_QSTR___init__,
        MP_QSTR___get__, MP_QSTR___set__, MP_QSTR___delete__, MP_QSTR___getattribute__,
        MP_QSTR___setattr__, MP_QSTR___delattr__, MP_QSTR___rdivmod__,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(other); i++) {
        if (other[i] == name) {
            return true;
        }
    }
    for (size_t op = 0; op < MP_UNARY_OP_NUM; op++) {
        if (mp_obj_instance_unary_op_dunder[op] == name) {
            return name != MP_QSTR___sizeof__;
        }
    }
    for (size_t op = 0; op < MP_BINARY_OP_NUM; op++) {
        if (mp_obj_instance_binary_op_dunder[op] == name) {
            return true;
        }
    }
    return false;
}

int mp_obj_slot_wrapper_arity_wording(const mp_obj_type_t *t, qstr name) {
    const native_dunders_t *nd = native_dunders_of(t);
    unsigned extra = nd != NULL ? nd->extra : 0;
    if (!is_slot_name(name) || (name == MP_QSTR___getitem__ && (extra & SW_X_GETITEM_METHOD)) ||
        (name == MP_QSTR___contains__ && (extra & SW_X_CONTAINS_METHOD))) {
        return 0;
    }
    // (CPython unpacks the arguments of these with an empty function name;
    // a number's __mul__ is no repeat.)
    if (name == MP_QSTR___setitem__ || name == MP_QSTR___pow__ || name == MP_QSTR___rpow__ ||
        ((name == MP_QSTR___mul__ || name == MP_QSTR___rmul__ || name == MP_QSTR___imul__) &&
            !(nd != NULL && (nd->unary & SW_UN(ABS))))) {
        return 2;
    }
    return 1;
}

// The mutable containers' __new__ makes an empty object, whatever its
// arguments: their __init__ fills it (list.__new__(list, [1]) is []).
static bool new_ignores_args(const mp_obj_type_t *t) {
    const native_dunders_t *nd = native_dunders_of(t);
    return nd != NULL && (nd->extra & SW_X_UNHASHABLE) && t != &mp_type_slice &&
           !mp_obj_type_is_immutable_native(t);
}

MP_NORETURN void mp_obj_slot_wrapper_raise_bad_self(
    const mp_obj_type_t *t, qstr name, mp_obj_t obj) {
    bool slot = mp_obj_slot_wrapper_arity_wording(t, name) != 0;
    if (obj == MP_OBJ_NULL) {
        if (slot) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("descriptor '%q' of '%q' object needs an argument"), name, t->name);
        }
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("unbound method %q.%q() needs an argument"), t->name, name);
    }
    mp_raise_TypeError_varg(slot
        ? MP_ERROR_TEXT("descriptor '%q' requires a '%q' object but received a '%s'")
        : MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
        name, t->name, mp_obj_get_type_str(obj));
}

static mp_obj_t slot_wrapper_new(
    mp_obj_slot_wrapper_t *sw, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args < 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q.__new__(): not enough arguments"),
            sw->native->name);
    }
    if (!mp_obj_is_type_obj(args[0])) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q.__new__(X): X is not a type object (%s)"), sw->native->name,
            mp_obj_get_type_str(args[0]));
    }
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(args[0]);
    const mp_obj_t *rest = args + 1;
    if (sw->native == &mp_type_module || new_ignores_args(sw->native)) {
        // module.__new__ ignores its arguments too: an empty module, which
        // __init__ fills (module_make_new without arguments).
        rest = NULL;
        n_args = 1;
        n_kw = 0;
    }
    if (!mp_obj_is_subclass_fast(args[0], MP_OBJ_FROM_PTR(sw->native))) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q.__new__(%q): %q is not a subtype of %q"), sw->native->name, cls->name,
            cls->name, sw->native->name);
    }
    if (!mp_obj_is_instance_type(cls)) {
        // A final built-in subtype with a constructor of its own (bool under
        // int) is made only by that constructor, as in CPython.
        if (cls != sw->native && !(cls->flags & MP_TYPE_FLAG_BASETYPE)
            && MP_OBJ_TYPE_GET_SLOT_OR_NULL(cls, make_new) != MP_OBJ_TYPE_GET_SLOT_OR_NULL(sw->native, make_new)) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q.__new__(%q) is not safe, use %q.__new__()"), sw->native->name,
                cls->name, cls->name);
        }
        return mp_obj_instance_native_new(cls, n_args - 1, n_kw, rest);
    }
    if (mp_obj_type_is_metaclass(cls)) {
        // type.__new__(mcs, name, bases, ns) from a metaclass's __new__.
        return mp_obj_type_new_with(cls, n_args - 1, n_kw, args + 1);
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(mp_obj_instance_new(cls));
    const mp_obj_type_t *native = mp_obj_type_user(cls)->native_base;
    if (native != NULL) {
        size_t n_kw_pass = mp_obj_type_is_exception(native) ? 0 : n_kw;
        o->subobj[0] = mp_obj_instance_native_new(native, n_args - 1, n_kw_pass, rest);
        if (native == &mp_type_module) {
            mp_obj_instance_module_link(o, o->subobj[0]);
        }
    }
    return MP_OBJ_FROM_PTR(o);
}

// The built-in base's __init__ applied to an instance of a user subclass:
// (re)makes the native object from the arguments. Immutable built-ins got
// their value from the constructor already, so there it does nothing.
static mp_obj_t slot_wrapper_init(
    mp_obj_slot_wrapper_t *sw, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    if (!mp_obj_is_instance_of(self, sw->native)) {
        mp_obj_slot_wrapper_raise_bad_self(sw->native, (qstr)sw->name, self);
    }
    if (sw->native == &mp_type_type && n_args != 2 && n_args != 4) {
        mp_raise_TypeError(MP_ERROR_TEXT("type.__init__() takes 1 or 3 arguments"));
    }
    if (sw->native == &mp_type_module) {
        // Into the name space, which a subclass instance shares.
        mp_obj_module_init(self, n_args - 1, n_kw, args + 1);
        return mp_const_none;
    }
    if (!mp_obj_is_obj(self) || !mp_obj_is_instance_type(mp_obj_get_type(self))) {
        if (sw->native == &mp_type_dict && mp_obj_is_subclass_fast(
                MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(&mp_type_dict))) {
            // dict.__init__(d, ...) on a dict (or a built-in one, Counter)
            // adds to it.
            mp_obj_t fresh = mp_obj_instance_native_new(&mp_type_dict, n_args - 1, n_kw, args + 1);
            mp_map_t *map = mp_obj_dict_get_map(fresh);
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_next(map, &cur)) != NULL) {
                mp_obj_dict_store(self, e->key, e->value);
            }
        } else if (mp_obj_is_exact_type(self, &mp_type_bytearray) && sw->native == &mp_type_bytearray) {
            // bytearray.__init__(b, ...) on a plain bytearray refills it.
            mp_obj_t fresh = mp_obj_instance_native_new(&mp_type_bytearray, n_args - 1, n_kw, args + 1);
            mp_obj_t all = mp_obj_new_slice(mp_const_none, mp_const_none, mp_const_none);
            mp_obj_subscr(self, all, fresh);
        }
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
    if (MP_OBJ_TYPE_HAS_SLOT(type, print)) {
        MP_OBJ_TYPE_GET_SLOT(type, print)(&print, obj, kind);
    } else {
        mp_obj_object_print_default(&print, obj);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

// An estimate in the spirit of CPython's (a header plus the items): exact
// sizes differ between implementations anyway.
static mp_obj_t slot_wrapper_sizeof(mp_obj_t obj) {
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    mp_int_t size = 16;
    if (mp_obj_is_float(obj)) {
        size = 24;
    } else if (mp_obj_is_type(obj, &mp_type_complex)) {
        size = 32;
    } else if (mp_obj_is_instance_type(t)) {
        size = 48;
    } else if (mp_obj_is_str_or_bytes(obj)) {
        size = (mp_obj_is_str(obj) ? 49 : 33) + (mp_int_t)mp_obj_len(obj);
    } else if (mp_obj_is_int(obj) || mp_obj_is_bool(obj)) {
        size = 28;
    } else if (MP_OBJ_TYPE_HAS_SLOT(t, unary_op)) {
        mp_obj_t len = MP_OBJ_TYPE_GET_SLOT(t, unary_op)(MP_UNARY_OP_LEN, obj);
        if (len != MP_OBJ_NULL && mp_obj_is_small_int(len)) {
            size = 40 + 8 * MP_OBJ_SMALL_INT_VALUE(len);
        }
    }
    return MP_OBJ_NEW_SMALL_INT(size);
}

// Special names answered by native_slot_for besides the operator dunders.
static const uint16_t slot_names_other[] = {
    MP_QSTR___init__, MP_QSTR___new__, MP_QSTR___repr__, MP_QSTR___str__,
    MP_QSTR___getitem__, MP_QSTR___setitem__, MP_QSTR___delitem__, MP_QSTR___iter__,
    MP_QSTR___next__, MP_QSTR___call__, MP_QSTR___rdivmod__, MP_QSTR___reversed__,
    MP_QSTR___getnewargs__, MP_QSTR___bytes__, MP_QSTR___complex__, MP_QSTR___sizeof__,
    MP_QSTR___dir__,
};

static void dir_add_slot_name(const mp_obj_type_t *t, qstr q, mp_obj_t set) {
    mp_obj_slot_wrapper_t sw;
    if (q != MP_QSTRnull && native_slot_for(t, q, MP_OBJ_NULL, &sw)) {
        mp_obj_set_store(set, MP_OBJ_NEW_QSTR(q));
    }
}

void mp_obj_slot_wrapper_dir_add(const mp_obj_type_t *t, mp_obj_t set) {
    if (mp_obj_is_instance_type(t)) {
        return;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(slot_names_other); i++) {
        dir_add_slot_name(t, slot_names_other[i], set);
    }
    for (size_t op = 0; op < MP_UNARY_OP_NUM; op++) {
        dir_add_slot_name(t, mp_obj_instance_unary_op_dunder[op], set);
    }
    for (size_t op = 0; op < MP_BINARY_OP_NUM; op++) {
        dir_add_slot_name(t, mp_obj_instance_binary_op_dunder[op], set);
    }
}

// Values of type a can stand as the other operand of t's own operators.
static bool same_family(const mp_obj_type_t *a, const mp_obj_type_t *t) {
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(a), MP_OBJ_FROM_PTR(t))) {
        return MP_OBJ_TYPE_HAS_SLOT(a, binary_op);
    }
    return (t == &mp_type_set || t == &mp_type_frozenset) &&
           (a == &mp_type_set || a == &mp_type_frozenset);
}

static mp_obj_t slot_wrapper_call(
    mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    if (sw->kind == MP_SLOT_WRAPPER_NEW) {
        return slot_wrapper_new(sw, n_args, n_kw, args);
    }
    if (n_args < 1) {
        mp_obj_slot_wrapper_raise_bad_self(sw->native, (qstr)sw->name, MP_OBJ_NULL);
    }
    // (bool's special methods are int's.)
    const mp_obj_type_t *owner = sw->native == &mp_type_bool ? &mp_type_int : sw->native;
    if (sw->kind == MP_SLOT_WRAPPER_SIZEOF || sw->kind == MP_SLOT_WRAPPER_DIR) {
        if (n_args != 1 || n_kw != 0) {
            mp_obj_fun_raise_arity(owner, MP_QSTR_, (qstr)sw->name, n_args - 1, n_kw, 0, 0);
        }
        if (sw->kind == MP_SLOT_WRAPPER_SIZEOF) {
            return slot_wrapper_sizeof(args[0]);
        }
        return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), mp_builtins_dir_names(args[0]));
    }
    if (sw->kind == MP_SLOT_WRAPPER_INIT) {
        return slot_wrapper_init(sw, n_args, n_kw, args);
    }
    if (sw->kind == MP_SLOT_WRAPPER_METHOD) {
        // (a SUBCLASS_RECEIVER type's methods take the subclass instance itself:
        // OrderedDict.copy(od_subclass) copies to the subclass)
        mp_obj_t self = (sw->native->flags & MP_TYPE_FLAG_SUBCLASS_RECEIVER) ? args[0]
            : mp_obj_cast_to_native_base(args[0], MP_OBJ_FROM_PTR(sw->native));
        if (!mp_obj_is_subclass_fast(
                MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(sw->native))) {
            mp_obj_slot_wrapper_raise_bad_self(sw->native, (qstr)sw->name, args[0]);
        }
        if (self == args[0]) {
            return mp_call_function_n_kw(sw->fun, n_args, n_kw, args);
        }
        if (sw->name == MP_QSTR___format__ && n_args == 2 && mp_obj_is_str(args[1]) && !mp_obj_is_true(args[1])) {
            // As format(x, ''): str(x), whose __str__ a subclass may define.
            return mp_obj_str(args[0]);
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
        mp_obj_slot_wrapper_raise_bad_self(sw->native, (qstr)sw->name, args[0]);
    }
    // The slots to apply: those of self's own built-in type, which may be a
    // built-in subclass of t with a layout of its own (OrderedDict of dict);
    // a class made by a metaclass is served by t (type) itself.
    const mp_obj_type_t *st = mp_obj_get_type(self);
    if (mp_obj_is_instance_type(st) ||
        (!MP_OBJ_TYPE_HAS_SLOT(st, subscr) && MP_OBJ_TYPE_HAS_SLOT(t, subscr)) || (!MP_OBJ_TYPE_HAS_SLOT(st, getiter) && MP_OBJ_TYPE_HAS_SLOT(t, getiter)) ||
        (!MP_OBJ_TYPE_HAS_SLOT(st, iternext) && MP_OBJ_TYPE_HAS_SLOT(t, iternext)) || (!MP_OBJ_TYPE_HAS_SLOT(st, call) && MP_OBJ_TYPE_HAS_SLOT(t, call))) {
        st = t;
    }
    if (sw->kind == MP_SLOT_WRAPPER_CALL) {
        return MP_OBJ_TYPE_GET_SLOT(st, call)(self, n_args - 1, n_kw, args + 1);
    }
    if (sw->kind == MP_SLOT_WRAPPER_BINARY && n_args == 3 && n_kw == 0 &&
        (sw->op == MP_BINARY_OP_POWER || sw->op == MP_BINARY_OP_REVERSE_POWER)) {
        if (args[2] == mp_const_none) {
            n_args = 2; // x.__pow__(y, None) is x.__pow__(y)
        } else if (t == &mp_type_float || t == &mp_type_complex) {
            // float refuses a modulus at once, complex once the other
            // operand is a number it takes.
            if (t == &mp_type_float) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            mp_obj_t o = mp_obj_cast_to_native_base(args[1], MP_OBJ_NULL);
            if (!mp_obj_is_int(o) && !mp_obj_is_bool(o) && !mp_obj_is_float(o) &&
                !mp_obj_is_type(o, &mp_type_complex)) {
                return mp_const_notimplemented;
            }
            mp_raise_ValueError(MP_ERROR_TEXT("complex modulo"));
        } else if (t == &mp_type_int || t == &mp_type_bool) {
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
    }
    size_t want = 0;
    switch (sw->kind) {
        case MP_SLOT_WRAPPER_RDIVMOD:
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
    if (n_kw != 0) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("wrapper %q() takes no keyword arguments"), (qstr)sw->name);
    }
    if (n_args - 1 != want) {
        // (__pow__ takes an optional modulus, handled above.)
        bool pow = sw->kind == MP_SLOT_WRAPPER_BINARY &&
                   (sw->op == MP_BINARY_OP_POWER || sw->op == MP_BINARY_OP_REVERSE_POWER);
        mp_obj_fun_raise_arity(
            owner, MP_QSTR_, (qstr)sw->name, n_args - 1, 0, want, pow ? 2 : want);
    }
    mp_obj_t res;
    switch (sw->kind) {
        case MP_SLOT_WRAPPER_REPR:
            if (self != args[0] && (mp_obj_get_type(self) == t || mp_obj_type_is_exception(t))) {
                // set.__repr__(S()) names the subclass, as repr(S()) does.
                res = mp_obj_instance_native_repr(args[0]);
                if (res != MP_OBJ_NULL) {
                    return res;
                }
            }
            if (mp_obj_is_bool(self) && t == &mp_type_int) {
                // int.__repr__(True) is int's own repr: '1'.
                self = MP_OBJ_NEW_SMALL_INT(self == mp_const_true);
                st = t;
            }
            return mp_obj_slot_wrapper_print_to_str(self, PRINT_REPR, st);
        case MP_SLOT_WRAPPER_STR:
            if (t != &mp_type_str && !mp_obj_type_is_exception(t)) {
                // As CPython's, other built-in types' __str__ is object's:
                // repr() of the object (a subclass's __repr__ included).
                return mp_obj_repr(args[0]);
            }
            return mp_obj_slot_wrapper_print_to_str(self, PRINT_STR, st);
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
            res = !MP_OBJ_TYPE_HAS_SLOT(st, unary_op) ? MP_OBJ_NULL : MP_OBJ_TYPE_GET_SLOT(st, unary_op)(sw->op, self);
            if (res == MP_OBJ_NULL && sw->op == MP_UNARY_OP_BOOL) {
                res = mp_obj_new_bool(mp_obj_is_true(self)); // e.g. NotImplemented
            }
            if (res == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_AttributeError,
                    MP_ERROR_TEXT("'%q' object has no attribute '%q'"), t->name, (qstr)sw->name);
            }
            return res;
        case MP_SLOT_WRAPPER_RDIVMOD: {
            // divmod(other, self) for a number other of this kind.
            mp_obj_t other = mp_obj_cast_to_native_base(args[1], MP_OBJ_NULL);
            bool ok = mp_obj_is_int(other) || mp_obj_is_bool(other);
            if (t == &mp_type_float) {
                ok = ok || mp_obj_is_float(other);
            }
            return ok ? mp_binary_op(MP_BINARY_OP_DIVMOD, other, self) : mp_const_notimplemented;
        }
        case MP_SLOT_WRAPPER_REVERSED:
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_reversed), self);
        case MP_SLOT_WRAPPER_SELF:
            return self;
        case MP_SLOT_WRAPPER_GETNEWARGS: {
            if (t == &mp_type_complex) {
                mp_float_t re, im;
                mp_obj_complex_get(self, &re, &im);
                mp_obj_t parts[2] = { mp_obj_new_float(re), mp_obj_new_float(im) };
                return mp_obj_new_tuple(2, parts);
            }
            if (mp_obj_is_bool(self)) {
                self = MP_OBJ_NEW_SMALL_INT(self == mp_const_true);
            }
            return mp_obj_new_tuple(1, &self);
        }
        case MP_SLOT_WRAPPER_BINARY: {
            mp_obj_t other = mp_obj_cast_to_native_base(args[1], MP_OBJ_FROM_PTR(t));
            if (t == &mp_type_int && !mp_obj_is_int(other) && !mp_obj_is_bool(other)) {
                // int's own methods know only ints: (5).__add__(1.5) is
                // NotImplemented (the float's reflected method does the work).
                return mp_const_notimplemented;
            }
            if ((sw->op == MP_BINARY_OP_MULTIPLY || sw->op == MP_BINARY_OP_REVERSE_MULTIPLY ||
                    sw->op == MP_BINARY_OP_INPLACE_MULTIPLY) &&
                t != &mp_type_float && t != &mp_type_complex) {
                // A sequence's repeat wrapper takes an index only, as CPython's:
                // [].__mul__('a') is "'str' object cannot be interpreted as an integer".
                mp_obj_get_index(other);
            }
            if (sw->op == MP_BINARY_OP_EQUAL || sw->op == MP_BINARY_OP_NOT_EQUAL) {
                res = !MP_OBJ_TYPE_HAS_SLOT(st, binary_op) ? MP_OBJ_NULL : MP_OBJ_TYPE_GET_SLOT(st, binary_op)(sw->op, self, other);
                if (res == MP_OBJ_NULL) {
                    if (self == other) {
                        return mp_obj_new_bool(sw->op == MP_BINARY_OP_EQUAL);
                    }
                    return mp_const_notimplemented;
                }
                return res;
            }
            res = !MP_OBJ_TYPE_HAS_SLOT(st, binary_op) ? MP_OBJ_NULL : MP_OBJ_TYPE_GET_SLOT(st, binary_op)(sw->op, self, other);
            if (res == MP_OBJ_NULL && sw->op >= MP_BINARY_OP_REVERSE_OR &&
                same_family(mp_obj_get_type(other), t)) {
                // A type whose slot knows only the forward form ({1}.__rsub__):
                // the reflected op of two such values is the forward one swapped.
                const mp_obj_type_t *ot = mp_obj_get_type(other);
                res = MP_OBJ_TYPE_GET_SLOT(ot, binary_op)(sw->op - (MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR), other,
                    self);
            }
            if (res == MP_OBJ_NULL && sw->op == MP_BINARY_OP_ADD && mp_type_is_builtin_sequence(t)) {
                // A sequence's concatenation refuses what it cannot add
                // ([].__add__(S('a')) with S a str subclass): no NotImplemented.
                mp_raise_binary_op_error(sw->op, sw->op, self, other);
            }
            if (res == self && sw->op >= MP_BINARY_OP_INPLACE_OR && sw->op <= MP_BINARY_OP_INPLACE_POWER) {
                // (list.__iadd__(sub, x) updated the built-in part: it returns sub)
                return args[0];
            }
            return res == MP_OBJ_NULL ? mp_const_notimplemented : res;
        }
        case MP_SLOT_WRAPPER_GETITEM:
            // dict's slot is given the subclass instance: its __missing__ counts.
            res = MP_OBJ_TYPE_GET_SLOT(st, subscr)(st == &mp_type_dict ? args[0] : self, args[1], MP_OBJ_SENTINEL);
            break;
        case MP_SLOT_WRAPPER_SETITEM:
            res = MP_OBJ_TYPE_GET_SLOT(st, subscr)(self, args[1], args[2]);
            break;
        case MP_SLOT_WRAPPER_DELITEM:
            res = MP_OBJ_TYPE_GET_SLOT(st, subscr)(self, args[1], MP_OBJ_NULL);
            break;
        case MP_SLOT_WRAPPER_ITER:
            return MP_OBJ_TYPE_GET_SLOT(st, getiter)(self);
        case MP_SLOT_WRAPPER_NEXT:
            res = MP_OBJ_TYPE_GET_SLOT(st, iternext)(self);
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

// __get__(obj, type=None): a wrapper is a descriptor like a function.
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(slot_wrapper_get_obj, 2, 3, mp_obj_fun_get);

static void slot_wrapper_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR___name__:
            dest[0] = MP_OBJ_NEW_QSTR((qstr)sw->name);
            break;
        case MP_QSTR___qualname__: {
            vstr_t vstr;
            vstr_init(&vstr, 16);
            vstr_add_str(&vstr, qstr_str(sw->native->name));
            vstr_add_byte(&vstr, '.');
            vstr_add_str(&vstr, qstr_str((qstr)sw->name));
            dest[0] = mp_obj_new_str_from_vstr(&vstr);
            break;
        }
        case MP_QSTR___objclass__:
            dest[0] = MP_OBJ_FROM_PTR(sw->native);
            break;
        case MP_QSTR___doc__:
            dest[0] = mp_const_none;
            break;
        case MP_QSTR___get__:
            dest[0] = MP_OBJ_FROM_PTR(&slot_wrapper_get_obj);
            dest[1] = self_in;
            break;
        default:
            break;
    }
}

// Each look-up makes a fresh wrapper, so equality compares what it wraps
// (CPython keeps one descriptor per type: list.append == list.append).
static bool slot_wrapper_same(const mp_obj_slot_wrapper_t *a, const mp_obj_slot_wrapper_t *b) {
    return a->native == b->native && a->name == b->name && a->kind == b->kind &&
           a->op == b->op && (a->kind != MP_SLOT_WRAPPER_METHOD || a->fun == b->fun);
}

static mp_obj_t slot_wrapper_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(self_in);
    mp_uint_t h = (mp_uint_t)(uintptr_t)sw->native ^ ((mp_uint_t)sw->name << 8) ^ sw->kind;
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)(h >> 1) & (MP_SMALL_INT_MAX >> 1));
}

static mp_obj_t slot_wrapper_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) ||
        mp_obj_get_type(rhs_in) != mp_obj_get_type(lhs_in)) {
        return MP_OBJ_NULL;
    }
    bool same = slot_wrapper_same(MP_OBJ_TO_PTR(lhs_in), MP_OBJ_TO_PTR(rhs_in));
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? same : !same);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_slot_wrapper, MP_QSTR_wrapper_descriptor, MP_TYPE_FLAG_BINDS_SELF | MP_TYPE_FLAG_SLOT_WRAPPER,
    print, slot_wrapper_print,
    call, slot_wrapper_call,
    attr, slot_wrapper_attr,
    unary_op, slot_wrapper_unary_op,
    binary_op, slot_wrapper_binary_op
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_method_descriptor, MP_QSTR_method_descriptor, MP_TYPE_FLAG_BINDS_SELF | MP_TYPE_FLAG_SLOT_WRAPPER,
    print, slot_wrapper_print,
    call, slot_wrapper_call,
    attr, slot_wrapper_attr,
    unary_op, slot_wrapper_unary_op,
    binary_op, slot_wrapper_binary_op
    );
