// Private to the type machinery (py/objtype.c, py/objtype_mro.c, py/objtype_meta.c,
// py/objtype_relations.c, py/objinstance.c, py/objslotwrapper.c, py/objsuper.c,
// py/objgenericalias.c, py/objunion.c; py/objmodule.c for module __class__
// assignment): the layout of user classes, MROs, lookup and member binding.
#ifndef MICROPY_INCLUDED_PY_OBJTYPE_INTERNAL_H
#define MICROPY_INCLUDED_PY_OBJTYPE_INTERNAL_H

#include "py/obj.h"

// ---------------------------------------------------------------------------
// Representation.
//
// A user class is an mp_obj_type_t allocated on the heap (flag
// MP_TYPE_FLAG_INSTANCE_TYPE) whose slots are the instance_* functions of
// py/objinstance.c, followed by a few fields private to the type machinery
// (mp_obj_type_user_t). Its locals_dict is the class namespace (a real,
// mutable dict) and its mro the C3 linearisation as a tuple: the class
// itself, its user bases, the built-in bases with their own parents, and
// object last.
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
// (instance_members() in py/objinstance.c follows it). A fixed map with
// nothing in it answers every foreign lookup with "not found", so code
// outside py/objinstance.c that peeks at members falls back to the slow path
// instead of misbehaving.
typedef struct _mp_obj_type_user_t {
    mp_obj_full_type_t type; // room for every slot
    const mp_obj_type_t *native_base; // NULL, or the built-in base providing the layout
    bool has_del; // instances need a finaliser (__del__)
    // Instances have a __dict__ and __slots__ names along the MRO: the slot
    // values live apart, in a dict at subobj[native_base != NULL].
    bool slots_apart;
    // Its own __slots__ add members (CPython's "solid base": see check_layout).
    bool solid;
    // A Python class follows a built-in base in the MRO (class C(list, Mixin)):
    // special-method lookups then go past the built-in (mp_obj_type_mro_find).
    bool mixin_after_native;
    // Tuple of the only attribute names instances may hold (__slots__ all
    // along the MRO), or NULL.
    mp_obj_t slots;
    // List of the direct subclasses made so far, or MP_OBJ_NULL.
    mp_obj_t subclasses;
    // __qualname__ (a str; taken out of the namespace as CPython does), or
    // MP_OBJ_NULL for the plain name.
    mp_obj_t qualname;
} mp_obj_type_user_t;

static inline mp_obj_type_user_t *mp_obj_type_user(const mp_obj_type_t *t) {
    return (mp_obj_type_user_t *)t;
}

// The direct subclasses recorded for user class t, as an array; returns
// their count (0 while there is no list yet).
static inline size_t mp_obj_type_user_subclasses(const mp_obj_type_t *t, mp_obj_t **items) {
    mp_obj_t subs = mp_obj_type_user(t)->subclasses;
    if (subs == MP_OBJ_NULL) {
        *items = NULL;
        return 0;
    }
    size_t n;
    mp_obj_list_get(subs, &n, items);
    return n;
}

// A metaclass is a user class deriving from type: its instances are classes
// (mp_obj_type_user_t), not mp_obj_instance_t, and it has its own make_new and attr.
static inline bool mp_obj_type_is_metaclass(const mp_obj_type_t *t) {
    return mp_obj_is_instance_type(t) && mp_obj_type_user(t)->native_base == &mp_type_type;
}


// ---------------------------------------------------------------------------
// py/objtype.c: classes, MRO lookup and binding.

bool mp_obj_type_is_immutable_native(const mp_obj_type_t *t);
bool mp_obj_type_is_immutable_value(const mp_obj_type_t *t);
bool mp_obj_type_is_exception(const mp_obj_type_t *t);

// Lookup modes of mp_obj_type_mro_find.
// SKIP_OBJECT: ignore object's methods (special-method dispatch).
// NATIVE_STOP: stop at the first built-in base: it answers through its slots.
// SYNTH: make slot wrappers for built-in bases.
#define MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT (1)
#define MP_OBJ_TYPE_LOOKUP_NATIVE_STOP (2)
#define MP_OBJ_TYPE_LOOKUP_SYNTH (4)

// Finds attr along type's MRO (see its definition for the modes and *owner).
mp_obj_t mp_obj_type_mro_find(const mp_obj_type_t *type, qstr attr, unsigned mode,
    const mp_obj_type_t *after, mp_obj_t native_obj, const mp_obj_type_t **owner);
bool mp_obj_type_is_data_descriptor(mp_obj_t member);
bool mp_obj_type_is_data_descriptor_with_get(mp_obj_t member);
// What obj.attr (through an instance) and cls.attr (through the class) give
// for a member found in owner: dest as for the attr slot.
void mp_obj_type_convert_member(mp_obj_t obj, const mp_obj_type_t *obj_type,
    const mp_obj_type_t *owner, mp_obj_t member, mp_obj_t *dest);
void mp_obj_type_convert_member_for_type(const mp_obj_type_t *cls, const mp_obj_type_t *owner,
    qstr attr, mp_obj_t member, mp_obj_t *dest);
mp_obj_t mp_obj_type_call_member_kw(mp_obj_t self, const mp_obj_type_t *owner, mp_obj_t member,
    size_t n_args, size_t n_kw, const mp_obj_t *args);
mp_obj_t mp_obj_type_call_member(mp_obj_t self, const mp_obj_type_t *owner, mp_obj_t member,
    size_t n_args, const mp_obj_t *args);
void mp_obj_type_print_name(const mp_print_t *print, const mp_obj_type_t *self);
// type.__new__(meta, name, bases, dict, **kwds).
mp_obj_t mp_obj_type_new_with(
    const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args);
// The attr slot of `type` (also object.__getattribute__/__setattr__ of a
// class made by a metaclass).
void mp_obj_type_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
// type.__itemsize__ (0 but for int, bool, bytes, tuple, type and their subclasses).
mp_int_t mp_obj_type_itemsize(mp_obj_t type);
// py/objtype_mro.c: sets mixin_after_native from o's MRO; adds cls to or
// removes it from the __subclasses__() of base (if a user class).
void mp_obj_type_note_mixin(mp_obj_type_t *o);
// Whether built-in type t hides such a mixin's attr (has it in CPython's t.__dict__).
bool mp_obj_type_native_hides(const mp_obj_type_t *t, qstr attr);
// mp_obj_type_mro_find's NATIVE_STOP at built-in base t of such a class.
mp_obj_t mp_obj_type_find_past_native(const mp_obj_type_t *type, qstr attr, unsigned mode,
    const mp_obj_type_t *t, mp_obj_t native_obj, const mp_obj_type_t **owner);
// The base under the class that gave t's instances their __dict__ (CPython's
// tp_base where two layouts must meet: not over ABC's __slots__ = () in one
// only), or NULL.
const mp_obj_type_t *mp_obj_type_dict_base(const mp_obj_type_t *t);
void mp_obj_type_subclass_add(mp_obj_t base, mp_obj_t cls);
void mp_obj_type_subclass_remove(mp_obj_t base, mp_obj_t cls);
// type's attribute access for any class (no metaclass hooks); and, in
// py/objtype_meta.c, the attr slot of a metaclass and the access its hooks
// fall back to (object.__getattribute__/__setattr__ on such a class).
void mp_obj_type_plain_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
void mp_obj_type_meta_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
void mp_obj_type_meta_generic_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
// py/objobject.c: object.__new__ refusing abstract class cls (flag
// MP_TYPE_FLAG_IS_ABSTRACT), with CPython's message.
MP_NORETURN void mp_obj_object_raise_abstract(const mp_obj_type_t *cls);
// The type name of CPython's messages ('collections.deque' for deque).
const char *mp_obj_type_tp_name(const mp_obj_type_t *t);
// PEP 560 __mro_entries__ resolution of a class statement's bases: bases
// itself if nothing changes, else a new tuple (see py/objtype.c).
mp_obj_t mp_obj_type_resolve_mro_entries(mp_obj_t bases);
// type(classinfo).__instancecheck__/__subclasscheck__ (hook) defined in
// Python, called with arg; *found false if there is none.
bool mp_obj_type_call_check_hook(mp_obj_t classinfo, qstr hook, mp_obj_t arg, bool *found);
// The base whose instance layout the others' fit in (CPython's best base;
// TypeError "multiple bases have instance lay-out conflict" if none).
const mp_obj_type_t *mp_obj_type_best_base(size_t n_bases, const mp_obj_t *bases);

// ---------------------------------------------------------------------------
// py/objtype_mro.c: method resolution orders and __bases__ assignment.

// Built-in types have no MRO tuple: theirs is the parent chain, then object.
// A built-in type with several bases (ExceptionGroup) is linearised by C3
// like a class statement would, so that user classes can combine it with
// its bases' other subclasses. Chains are short; the bound is generous.
#define MP_OBJ_TYPE_MRO_NATIVE_MAX (16)

// An MRO being walked: items points at the type's tuple, or at buf.
typedef struct _mp_obj_type_mro_t {
    size_t len;
    const mp_obj_t *items;
    mp_obj_t buf[MP_OBJ_TYPE_MRO_NATIVE_MAX];
} mp_obj_type_mro_t;

void mp_obj_type_mro_get(const mp_obj_type_t *type, mp_obj_type_mro_t *m);
// cls.__bases__ and cls.__mro__ as tuples.
mp_obj_t mp_obj_type_bases(const mp_obj_type_t *self);
mp_obj_t mp_obj_type_mro_tuple(const mp_obj_type_t *self);
// The MRO of a user class being made (or whose bases changed): its
// metaclass's mro() if overridden, else C3 (TypeError if inconsistent).
mp_obj_tuple_t *mp_obj_type_class_mro(mp_obj_type_t *o);
// The built-in base whose layout instances carry, or NULL (TypeError if
// two conflict).
const mp_obj_type_t *mp_obj_type_find_native_base(mp_obj_tuple_t *mro);
// cls.__bases__ = value (value MP_OBJ_NULL: del).
void mp_obj_type_set_bases(mp_obj_type_t *o, mp_obj_t value);

// ---------------------------------------------------------------------------
// py/objinstance.c: instances of user classes.

// Special-method names of the unary and binary operators.
extern const uint16_t mp_obj_instance_unary_op_dunder[MP_UNARY_OP_NUM];
extern const uint16_t mp_obj_instance_binary_op_dunder[MP_BINARY_OP_NUM];
// Makes the instance o of a ModuleType subclass use its module mod's globals
// as its __dict__ (the attributes it has so far moving there).
void mp_obj_instance_module_link(mp_obj_instance_t *o, mp_obj_t mod);
// An object of built-in type native (TypeError if it cannot be created).
mp_obj_t mp_obj_instance_native_new(
    const mp_obj_type_t *native, size_t n_args, size_t n_kw, const mp_obj_t *args);
// The native object of an instance, made (with no arguments) if still pending.
mp_obj_t mp_obj_instance_native(mp_obj_instance_t *o);
// The attributes of instance self_in (wherever they live: see above).
mp_map_t *mp_obj_instance_get_members(mp_obj_t self_in);
// The map of slot values kept apart (slots_apart), made if create; else NULL.
mp_map_t *mp_obj_instance_slot_values(mp_obj_t obj, bool create);
// Sets the slots of a new user class.
void mp_obj_instance_set_slots(mp_obj_type_t *type);
// repr of an instance's built-in part naming the instance's class (S({1})),
// MP_OBJ_NULL if the built-in base has no print.
mp_obj_t mp_obj_instance_native_repr(mp_obj_t self_in);

// ---------------------------------------------------------------------------
// py/objslotwrapper.c: built-in slots and methods seen as methods.

// A built-in type's slot seen as a method, e.g. int.__add__ or list.__len__:
// made on demand when such a name is looked up and the type's locals dict
// does not define it. __init__ and __new__ of built-in types are such
// wrappers too (they create the native part of instances of subclasses).
typedef enum {
    MP_SLOT_WRAPPER_UNARY,
    MP_SLOT_WRAPPER_BINARY,
    MP_SLOT_WRAPPER_REPR,
    MP_SLOT_WRAPPER_STR,
    MP_SLOT_WRAPPER_GETITEM,
    MP_SLOT_WRAPPER_SETITEM,
    MP_SLOT_WRAPPER_DELITEM,
    MP_SLOT_WRAPPER_ITER,
    MP_SLOT_WRAPPER_NEXT,
    MP_SLOT_WRAPPER_CALL,
    MP_SLOT_WRAPPER_INIT,
    MP_SLOT_WRAPPER_NEW,
    MP_SLOT_WRAPPER_METHOD,
    MP_SLOT_WRAPPER_RDIVMOD, // __rdivmod__ (no slot op of its own)
    MP_SLOT_WRAPPER_REVERSED, // __reversed__: reversed(self)
    MP_SLOT_WRAPPER_GETNEWARGS, // __getnewargs__ of immutable values
    MP_SLOT_WRAPPER_SELF, // __bytes__ of bytes, __complex__ of complex
    MP_SLOT_WRAPPER_SIZEOF,
    MP_SLOT_WRAPPER_DIR, // object.__dir__
    MP_SLOT_WRAPPER_NUM_KINDS,
} mp_obj_slot_wrapper_kind_t;

typedef struct _mp_obj_slot_wrapper_t {
    mp_obj_base_t base;
    const mp_obj_type_t *native;
    uint16_t name;
    uint8_t kind;
    uint8_t op;
    mp_obj_t fun; // MP_SLOT_WRAPPER_METHOD: the built-in function
} mp_obj_slot_wrapper_t;

extern const mp_obj_type_t mp_type_slot_wrapper;
// The same for a named method (list.append), as CPython's method_descriptor.
extern const mp_obj_type_t mp_type_method_descriptor;
static inline bool mp_obj_is_slot_wrapper(mp_const_obj_t o) {
    return mp_obj_is_type(o, &mp_type_slot_wrapper) || mp_obj_is_type(o, &mp_type_method_descriptor);
}

// The wrapper for special name attr of built-in type t, or MP_OBJ_NULL.
mp_obj_t mp_obj_slot_wrapper_synth(const mp_obj_type_t *t, qstr attr, mp_obj_t obj);
// Whether built-in type t has such a wrapper (list.__hash__ = None counts).
bool mp_obj_slot_wrapper_exists(const mp_obj_type_t *t, qstr attr);
// Adds to set the special names that built-in type t (not its bases) has
// through its slots (for dir()).
void mp_obj_slot_wrapper_dir_add(const mp_obj_type_t *t, mp_obj_t set);
// A built-in type's method seen through the type (list.append).
mp_obj_t mp_obj_slot_wrapper_method(const mp_obj_type_t *owner, qstr attr, mp_obj_t fun);
// How CPython words a wrong argument count for special method name of
// built-in type t: 0 as a method's ("list.__getitem__() takes exactly one
// argument (0 given)"), 1 as a slot wrapper's ("expected 1 argument, got
// 0"), 2 as the same after a space (repeat, pow, __setitem__).
int mp_obj_slot_wrapper_arity_wording(const mp_obj_type_t *t, qstr name);
// The TypeError for method name of built-in type t called through the type
// with obj as self, which is not a t (MP_OBJ_NULL: with no argument at all).
MP_NORETURN void mp_obj_slot_wrapper_raise_bad_self(
    const mp_obj_type_t *t, qstr name, mp_obj_t obj);
// str of obj printed by type's print slot.
mp_obj_t mp_obj_slot_wrapper_print_to_str(
    mp_obj_t obj, mp_print_kind_t kind, const mp_obj_type_t *type);

// ---------------------------------------------------------------------------
// py/objgenericalias.c and py/objunion.c: list[int], X | Y.

extern const mp_obj_type_t mp_type_generic_alias;
mp_obj_t mp_obj_generic_alias_new(mp_obj_t origin, mp_obj_t index);
// How typing prints a parameter: classes by (qualified) name, ... as "...".
void mp_obj_generic_alias_print_param(const mp_print_t *print, mp_obj_t o);
// typing.fun(*args) if typing is imported and has fun, else MP_OBJ_NULL.
mp_obj_t mp_obj_generic_alias_typing(qstr fun, size_t n_args, const mp_obj_t *args);
// The type variables in a tuple of arguments (from typing, () without it).
mp_obj_t mp_obj_generic_alias_params(mp_obj_t args);
// a | b of classes and aliases; MP_OBJ_NULL if an operand cannot be in a union.
mp_obj_t mp_obj_union_make(mp_obj_t a, mp_obj_t b);

// The type Python code sees for obj (type(), isinstance()): every built-in
// function or method is a builtin_function_or_method (py/objtype.c).
const mp_obj_type_t *mp_obj_type_python_visible(mp_obj_t obj);

#endif // MICROPY_INCLUDED_PY_OBJTYPE_INTERNAL_H
