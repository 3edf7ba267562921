// The `type` type: class objects, their creation by `class` statements and
// type() (metaclasses, __slots__, __init_subclass__), attribute lookup along
// the MRO and the binding of what it finds. Type relations (issubclass) are in
// py/objtype_relations.c.
// MROs themselves (C3, __bases__ assignment) are in py/objtype_mro.c,
// instances of user classes in py/objinstance.c, super in py/objsuper.c,
// built-in slots seen as methods in py/objslotwrapper.c.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/vm.h"
#include "py/objtype_internal.h"
#include "py/typecache.h"
#include "py/objstructseq.h"
#include "py/builtin.h"


// A class object: a built-in type or a user class, whose type is `type` or
// a metaclass.
bool mp_obj_is_type_obj(mp_const_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    return t == &mp_type_type || mp_obj_type_is_metaclass(t);
}

MP_COLD static qstr native_type_module(const mp_obj_type_t *t);

// The built-in value types: made whole in __new__, and without in-place
// operators (x += y is x = x + y for them).
MP_COLD bool mp_obj_type_is_immutable_value(const mp_obj_type_t *t) {
    static const mp_obj_type_t *const immutable[] = {
        &mp_type_int,
        &mp_type_float,
        &mp_type_str,
        &mp_type_bytes,
        &mp_type_tuple,
        &mp_type_frozenset,
        &mp_type_complex,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(immutable); i++) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(immutable[i]))) {
            return true;
        }
    }
    return false;
}

bool mp_obj_type_is_immutable_native(const mp_obj_type_t *t) {
    // The iterator builders also take their arguments in __new__.
    static const mp_obj_type_t *const iterators[] = {
        &mp_type_enumerate,
        &mp_type_zip,
        &mp_type_map,
        &mp_type_filter,
        &mp_type_reversed,
    };
    if (mp_obj_type_is_immutable_value(t)) {
        return true;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(iterators); i++) {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(iterators[i]))) {
            return true;
        }
    }
    // So do array.array, weakref.ref and the itertools types (out of py/'s
    // sight: told by their module).
    qstr mod = native_type_module(t);
    return mod == MP_QSTR_itertools || (mod == MP_QSTR_array && t->name == MP_QSTR_array) ||
           t->name == MP_QSTR_ReferenceType;
}

bool mp_obj_type_is_exception(const mp_obj_type_t *t) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_BaseException));
}

// ---------------------------------------------------------------------------
// MRO walking and member lookup.

static inline const mp_obj_type_t *mro_at(const mp_obj_type_mro_t *m, size_t i) {
    return MP_OBJ_TO_PTR(m->items[i]);
}

// (inline: a method looked up on a built-in type, as int.from_bytes, needs it
// in mp_obj_type_mro_find; see LEAN_INLINE_SRC in the Makefile)
static inline bool type_dict_lookup(const mp_obj_type_t *t, qstr attr, mp_obj_t *out) {
    if (!MP_OBJ_TYPE_HAS_SLOT(t, locals_dict)) {
        return false;
    }
    mp_map_elem_t *elem = mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(t, locals_dict)->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem == NULL) {
        return false;
    }
    *out = elem->value;
    return true;
}

// Finds attr along type's MRO, starting after `after` if not NULL. Returns the
// member and sets *owner to the type whose dict holds it. With
// MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, reaching a built-in base (other than object) whose dict
// lacks attr returns MP_OBJ_NULL with *owner set to that built-in type (also
// when a Python class after it, not hidden by it, lacks attr: py/objtype_mro.c).
// native_obj, if known, is the object the built-in's slots would act on.
__attribute__((noinline)) static mp_obj_t mro_find_walk(const mp_obj_type_t *type, qstr attr, unsigned mode,
    const mp_obj_type_t *after, mp_obj_t native_obj, const mp_obj_type_t **owner) {
    mp_type_cache_entry_t *entry = NULL;
    if (after == NULL && native_obj == MP_OBJ_NULL && MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, mro) != NULL) {
        entry = mp_type_cache_entry(type, (uint32_t)attr << 4 | mode);
    }
    mp_obj_t value;
    mp_obj_type_mro_t m;
    mp_obj_type_mro_get(type, &m);
    size_t i = 0;
    if (after != NULL) {
        while (i < m.len && mro_at(&m, i) != after) {
            i++;
        }
        i++;
    }
    const mp_obj_type_t *found_in = NULL;
    value = MP_OBJ_NULL;
    for (; i < m.len; i++) {
        const mp_obj_type_t *t = mro_at(&m, i);
        if (t == &mp_type_object && (mode & MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT)) {
            continue;
        }
        if (type_dict_lookup(t, attr, &value)) {
            found_in = t;
            break;
        }
        if (t == &mp_type_object) {
            if (mode & MP_OBJ_TYPE_LOOKUP_SYNTH) {
                // object.__sizeof__, object.__dir__ (not in object's dict).
                value = mp_obj_slot_wrapper_synth(t, attr, native_obj);
                if (value != MP_OBJ_NULL) {
                    *owner = t;
                    return value;
                }
            }
        } else if (!mp_obj_is_instance_type(t)) {
            if (attr == MP_QSTR___init__ && mp_obj_type_is_immutable_value(t)) {
                // These take their value in __new__ and have no __init__ of
                // their own (CPython's is object's): the MRO goes on, to a
                // mixin's __init__ after int or str in class C(int, Mixin).
                continue;
            }
            if (mode & MP_OBJ_TYPE_LOOKUP_NATIVE_STOP) {
                if (mp_obj_is_instance_type(type) && mp_obj_type_user(type)->mixin_after_native) {
                    value = mp_obj_type_find_past_native(type, attr, mode, t, native_obj, &found_in);
                } else {
                    found_in = t;
                    value = MP_OBJ_NULL;
                }
                break;
            }
            if (mode & MP_OBJ_TYPE_LOOKUP_SYNTH) {
                // (A new wrapper each time: not cached. With no object to
                // probe, a name it has no wrapper for is a fixed answer.)
                value = mp_obj_slot_wrapper_synth(t, attr, native_obj);
                if (value != MP_OBJ_NULL) {
                    *owner = t;
                    return value;
                }
            }
        }
    }
    if (entry != NULL) {
        entry->type = type;
        entry->owner = found_in;
        entry->value = value;
        entry->key = (uint32_t)attr << 4 | mode;
        entry->epoch = mp_type_cache_epoch;
    }
    *owner = found_in;
    return value;
}

// A built-in type's MRO starts with the type itself: a name in its own
// table is found without linearising the rest.
__attribute__((noinline)) static mp_obj_t find_in_builtin(const mp_obj_type_t *type, qstr attr, unsigned mode,
    const mp_obj_type_t *after, mp_obj_t native_obj, const mp_obj_type_t **owner) {
    mp_obj_t value;
    if (!(type == &mp_type_object && (mode & MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT))
        && type_dict_lookup(type, attr, &value)) {
        *owner = type;
        return value;
    }
    return mro_find_walk(type, attr, mode, after, native_obj, owner);
}

mp_obj_t mp_obj_type_mro_find(const mp_obj_type_t *type, qstr attr, unsigned mode,
    const mp_obj_type_t *after, mp_obj_t native_obj, const mp_obj_type_t **owner) {
    if (after == NULL) {
        if (!MP_OBJ_TYPE_HAS_SLOT(type, mro)) {
            return find_in_builtin(type, attr, mode, after, native_obj, owner);
        }
        // A user class's answers are cached (py/typecache.h).
        if (native_obj == MP_OBJ_NULL && MP_OBJ_TYPE_GET_SLOT(type, mro) != NULL) {
            uint32_t key = (uint32_t)attr << 4 | mode;
            const mp_type_cache_entry_t *entry = mp_type_cache_entry(type, key);
            if (entry->type == type && entry->key == key && entry->epoch == mp_type_cache_epoch) {
                *owner = entry->owner;
                return entry->value;
            }
        }
    }
    return mro_find_walk(type, attr, mode, after, native_obj, owner);
}

void mp_obj_class_lookup_attr(const mp_obj_type_t *type, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *owner;
    mp_obj_t member = mp_obj_type_mro_find(type, attr, 0, NULL, MP_OBJ_NULL, &owner);
    if (member != MP_OBJ_NULL) {
        dest[0] = member;
    }
}

// ---------------------------------------------------------------------------
// Binding: what an attribute access returns for a member found in a class.

bool mp_obj_type_is_data_descriptor(mp_obj_t member) {
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
    return mp_obj_type_mro_find(mt, MP_QSTR___set__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL,
               MP_OBJ_NULL, &owner) != MP_OBJ_NULL ||
           mp_obj_type_mro_find(mt, MP_QSTR___delete__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL,
               MP_OBJ_NULL, &owner) != MP_OBJ_NULL;
}

// A data descriptor that also has __get__ takes precedence over an
// instance's own attribute; one with only __set__ does not (CPython).
bool mp_obj_type_is_data_descriptor_with_get(mp_obj_t member) {
    if (!mp_obj_type_is_data_descriptor(member)) {
        return false;
    }
    const mp_obj_type_t *mt = mp_obj_get_type(member);
    const mp_obj_type_t *owner;
    return !mp_obj_is_instance_type(mt) ||
           mp_obj_type_mro_find(mt, MP_QSTR___get__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_SYNTH,
               NULL, MP_OBJ_NULL, &owner) != MP_OBJ_NULL;
}

// A user object with __get__: returns the __get__ method (or MP_OBJ_NULL).
static mp_obj_t descriptor_get_method(mp_obj_t member, const mp_obj_type_t **owner) {
    const mp_obj_type_t *mt = mp_obj_get_type(member);
    if (!mp_obj_is_instance_type(mt)) {
        return MP_OBJ_NULL;
    }
    return mp_obj_type_mro_find(mt, MP_QSTR___get__,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, MP_OBJ_NULL, owner);
}

static mp_obj_t call_descriptor_get(mp_obj_t member, mp_obj_t get, const mp_obj_type_t *get_owner,
    mp_obj_t obj, mp_obj_t owner_type);

// A built-in type that is a descriptor of its own kind (functools.cached_property)
// says so with a __get__ in its locals; property, classmethod and functions are
// recognised before this is asked. Only the type's own table is searched.
static mp_obj_t native_descriptor_get(const mp_obj_type_t *mt) {
    if (!MP_OBJ_TYPE_HAS_SLOT(mt, locals_dict) || mp_obj_is_instance_type(mt)) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e =
        mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(mt, locals_dict)->map, MP_OBJ_NEW_QSTR(MP_QSTR___get__), MP_MAP_LOOKUP);
    return e != NULL ? e->value : MP_OBJ_NULL;
}

static mp_obj_t call_native_descriptor_get(mp_obj_t get, mp_obj_t member, mp_obj_t obj,
    const mp_obj_type_t *cls) {
    mp_obj_t args[3] = { member, obj, MP_OBJ_FROM_PTR(cls) };
    return mp_call_function_n_kw(get, 3, 0, args);
}

// The receiver for a method found in `owner`: the native object when a
// built-in base's method is applied to an instance of a user subclass.
static mp_obj_t receiver_for(mp_obj_t obj, const mp_obj_type_t *owner) {
    if (owner != NULL && owner != &mp_type_object && !mp_obj_is_instance_type(owner) &&
        !(owner->flags & MP_TYPE_FLAG_SUBCLASS_RECEIVER) &&
        mp_obj_is_obj(obj) && mp_obj_is_instance_type(mp_obj_get_type(obj))) {
        mp_obj_instance_t *o = MP_OBJ_TO_PTR(obj);
        if (mp_obj_type_user(o->base.type)->native_base != NULL) {
            return mp_obj_instance_native(o);
        }
    }
    return obj;
}

// object's methods are seen through `object` as plain built-in functions (so
// that object.__init__ is object.__init__); stored in a user class
// (`__hash__ = object.__hash__`) they must still bind like methods.
static bool is_object_method(mp_obj_t fun) {
    const mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(&mp_type_object, locals_dict)->map;
    for (size_t i = 0; i < map->alloc; i++) {
        if (map->table[i].value == fun && map->table[i].key != MP_OBJ_NULL) {
            return true;
        }
    }
    return false;
}

// A classmethod seen through class cls: the function bound to cls or, for a
// wrapped descriptor (classmethod(property(f)), CPython 3.9-3.12), what its
// __get__ gives for cls.
static void classmethod_bind(mp_obj_t member, const mp_obj_type_t *cls, mp_obj_t *dest) {
    mp_obj_t fun = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
    if (mp_obj_is_type(fun, &mp_type_property)) {
        dest[0] = mp_obj_property_get_value(fun, MP_OBJ_FROM_PTR(cls));
        return;
    }
    if (mp_obj_is_type(fun, &mp_type_classmethod)) {
        // classmethod(classmethod(f)): the inner one's __get__(cls, cls).
        classmethod_bind(fun, cls, dest);
        return;
    }
    if (mp_obj_is_type(fun, &mp_type_staticmethod)) {
        // classmethod(staticmethod(f)): f itself.
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(fun))->fun);
        return;
    }
    if (mp_obj_is_obj(fun) && mp_obj_is_instance_type(mp_obj_get_type(fun))) {
        const mp_obj_type_t *get_owner;
        mp_obj_t get = descriptor_get_method(fun, &get_owner);
        if (get != MP_OBJ_NULL) {
            // (CPython 3.11 passes the class as both instance and owner.)
            dest[0] = call_descriptor_get(
                fun, get, get_owner, MP_OBJ_FROM_PTR(cls), MP_OBJ_FROM_PTR(cls));
            return;
        }
    }
    dest[0] = fun;
    dest[1] = MP_OBJ_FROM_PTR(cls);
}

// Member descriptors of __slots__ and of __dict__/__weakref__ (see below).
typedef struct _member_descr_t {
    mp_obj_base_t base;
    const mp_obj_type_t *owner;
    qstr name;
} member_descr_t;
static const mp_obj_type_t member_descr_type;
static const mp_obj_type_t getset_descr_type;

// obj.__weakref__: the first weak reference to obj, None when there is none.
MP_COLD static mp_obj_t first_weakref(mp_obj_t obj) {
    mp_obj_t mod = mp_import_name(MP_QSTR__weakref, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t refs = mp_call_function_1(mp_load_attr(mod, MP_QSTR_getweakrefs), obj);
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(refs, &n, &items);
    return n != 0 ? items[0] : mp_const_none;
}

// A user descriptor's __get__ for an instance obj whose class has
// __getattr__: an AttributeError from __get__ leaves dest[0] unset, so that
// the instance lookup falls back to __getattr__ (as CPython). Kept apart so
// that classes without __getattr__ pay nothing.
MP_COLD static void descriptor_get_or_miss(mp_obj_t member, mp_obj_t get,
    const mp_obj_type_t *get_owner, mp_obj_t obj, const mp_obj_type_t *obj_type, mp_obj_t *dest) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        dest[0] = call_descriptor_get(member, get, get_owner, obj, MP_OBJ_FROM_PTR(obj_type));
        nlr_pop();
    } else if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
}

// A built-in base's __format__ bound to an instance of a user subclass keeps
// the instance, so that an empty spec gives str() of it (its own __str__).
MP_COLD static void format_keeps_instance(const mp_obj_type_t *owner, mp_obj_t member, mp_obj_t obj, mp_obj_t *dest) {
    const mp_obj_type_t *fmt_owner;
    if (mp_obj_type_mro_find(owner, MP_QSTR___format__, 0, NULL, MP_OBJ_NULL, &fmt_owner) == member) {
        dest[0] = mp_obj_slot_wrapper_method(owner, MP_QSTR___format__, member);
        dest[1] = obj;
    }
}

// Access through an instance obj (of type obj_type) of a member found in owner.
void mp_obj_type_convert_member(mp_obj_t obj, const mp_obj_type_t *obj_type,
    const mp_obj_type_t *owner, mp_obj_t member, mp_obj_t *dest) {
    if (!mp_obj_is_obj(member)) {
        dest[0] = member;
        return;
    }
    const mp_obj_type_t *mt = ((mp_obj_base_t *)MP_OBJ_TO_PTR(member))->type;
    if (mt == &mp_type_staticmethod) {
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
    } else if (mt == &mp_type_classmethod) {
        classmethod_bind(member, obj_type, dest);
    } else if (mt == &member_descr_type) {
        // A slot kept apart from the instance's __dict__, else an empty slot:
        // not found (dest stays MP_OBJ_NULL).
        mp_map_t *vals;
        if (mp_obj_is_instance_type(obj_type) && mp_obj_type_user(obj_type)->slots_apart &&
            (vals = mp_obj_instance_slot_values(obj, false)) != NULL) {
            mp_map_elem_t *e = mp_map_lookup(vals, MP_OBJ_NEW_QSTR(((member_descr_t *)MP_OBJ_TO_PTR(member))->name), MP_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = e->value;
            }
        }
    } else if (mt == &getset_descr_type) {
        if (((member_descr_t *)MP_OBJ_TO_PTR(member))->name == MP_QSTR___weakref__) {
            dest[0] = first_weakref(obj);
        }
    } else if (mt == &mp_type_property) {
        dest[0] = mp_obj_property_get_value(member, obj);
    } else if (mt->flags & MP_TYPE_FLAG_SLOT_WRAPPER) {
        mp_obj_slot_wrapper_t *sw = MP_OBJ_TO_PTR(member);
        dest[0] = member;
        if (sw->kind == MP_SLOT_WRAPPER_INIT) {
            dest[1] = obj;
        } else if (sw->kind != MP_SLOT_WRAPPER_NEW) {
            // dict.__getitem__ keeps the instance: its __missing__ counts;
            // so do operators (sub.__iadd__(x) is sub; the call casts).
            dest[1] = (sw->kind == MP_SLOT_WRAPPER_GETITEM && owner == &mp_type_dict) || sw->kind == MP_SLOT_WRAPPER_BINARY
                ? obj : receiver_for(obj, owner);
        }
    } else if (mt->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
        // Built-in functions are methods of built-in types only; stored in a
        // user class (e.g. `sleep = time.sleep`) they stay plain functions.
        dest[0] = member;
        if (owner == NULL || !mp_obj_is_instance_type(owner) || is_object_method(member)) {
            dest[1] = receiver_for(obj, owner);
            if (dest[1] != obj) {
                format_keeps_instance(owner, member, obj, dest);
            }
        }
    } else if (mt->flags & MP_TYPE_FLAG_BINDS_SELF) {
        dest[0] = member;
        dest[1] = obj;
    } else if (mp_obj_is_instance_type(mt)) {
        const mp_obj_type_t *get_owner;
        mp_obj_t get = descriptor_get_method(member, &get_owner);
        if (get == MP_OBJ_NULL) {
            dest[0] = member;
        } else if (obj_type->flags & MP_TYPE_FLAG_HAS_GETATTR) {
            descriptor_get_or_miss(member, get, get_owner, obj, obj_type, dest);
        } else {
            dest[0] = call_descriptor_get(member, get, get_owner, obj, MP_OBJ_FROM_PTR(obj_type));
        }
    } else {
        mp_obj_t get = native_descriptor_get(mt);
        dest[0] = get == MP_OBJ_NULL ? member : call_native_descriptor_get(get, member, obj, obj_type);
    }
}


// Access through the class cls itself (A.x) of a member found in owner.
void mp_obj_type_convert_member_for_type(const mp_obj_type_t *cls, const mp_obj_type_t *owner,
    qstr attr, mp_obj_t member, mp_obj_t *dest) {
    if (!mp_obj_is_obj(member)) {
        dest[0] = member;
        return;
    }
    const mp_obj_type_t *mt = ((mp_obj_base_t *)MP_OBJ_TO_PTR(member))->type;
    if ((mt->flags & MP_TYPE_FLAG_BUILTIN_FUN) && owner != NULL && owner != &mp_type_object &&
        !mp_obj_is_instance_type(owner) && attr != MP_QSTRnull) {
        dest[0] = mp_obj_slot_wrapper_method(owner, attr, member);
    } else if (mt == &mp_type_staticmethod) {
        dest[0] = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(member))->fun);
    } else if (mt == &mp_type_classmethod) {
        classmethod_bind(member, cls, dest);
    } else if (mp_obj_is_instance_type(mt)) {
        const mp_obj_type_t *get_owner;
        mp_obj_t get = descriptor_get_method(member, &get_owner);
        if (get != MP_OBJ_NULL) {
            dest[0] =
                call_descriptor_get(member, get, get_owner, mp_const_none, MP_OBJ_FROM_PTR(cls));
        } else {
            dest[0] = member;
        }
    } else {
        mp_obj_t get = native_descriptor_get(mt);
        dest[0] = get == MP_OBJ_NULL ? member : call_native_descriptor_get(get, member, mp_const_none, cls);
    }
}

void mp_convert_member_lookup(
    mp_obj_t obj, const mp_obj_type_t *type, mp_obj_t member, mp_obj_t *dest) {
    if (mp_obj_is_type_obj(obj) && type == MP_OBJ_TO_PTR(obj)) {
        mp_obj_type_convert_member_for_type(type, NULL, MP_QSTRnull, member, dest);
    } else {
        mp_obj_type_convert_member(obj, mp_obj_get_type(obj), type, member, dest);
    }
}

// Calls a member found for self (binding it like an attribute access) with
// n_args positional and n_kw keyword arguments.
mp_obj_t mp_obj_type_call_member_kw(mp_obj_t self, const mp_obj_type_t *owner, mp_obj_t member,
    size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    mp_obj_type_convert_member(self, mp_obj_get_type(self), owner, member, dest);
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

mp_obj_t mp_obj_type_call_member(mp_obj_t self, const mp_obj_type_t *owner, mp_obj_t member,
    size_t n_args, const mp_obj_t *args) {
    return mp_obj_type_call_member_kw(self, owner, member, n_args, 0, args);
}

static mp_obj_t call_descriptor_get(mp_obj_t member, mp_obj_t get, const mp_obj_type_t *get_owner,
    mp_obj_t obj, mp_obj_t owner_type) {
    mp_obj_t args[2] = { obj, owner_type };
    mp_obj_t res = mp_obj_type_call_member(member, get_owner, get, 2, args);
    if (res != member && mp_obj_is_obj(res) && mp_obj_is_instance_type(mp_obj_get_type(member)) &&
        mp_obj_type_user(mp_obj_get_type(member))->native_base != NULL &&
        res == mp_obj_instance_native(MP_OBJ_TO_PTR(member))) {
        // A built-in base's __get__ returning itself (property.__get__(None,
        // cls)) returns the instance of the subclass.
        return member;
    }
    return res;
}

// Generic attribute lookup for objects whose type has no full attr slot:
// the locals dicts along type(obj)'s MRO, with built-in slots as methods.
void mp_obj_type_lookup_attr(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        // A built-in function in a built-in type's own table (list.append,
        // str.join: the MRO starts there) is bound to obj, as below. The
        // tables are constant and scanned in order: the cache answers a name
        // seen before (py/typecache.h; key bit 3: own table only).
        uint32_t key = (uint32_t)attr << 4 | 8;
        mp_type_cache_entry_t *entry = mp_type_cache_entry(type, key);
        mp_obj_t v;
        if (entry->type == type && entry->key == key && entry->epoch == mp_type_cache_epoch) {
            v = entry->value;
        } else {
            mp_map_elem_t *e = mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
            v = e != NULL ? e->value : MP_OBJ_NULL;
            entry->type = type;
            entry->owner = type;
            entry->value = v;
            entry->key = key;
            entry->epoch = mp_type_cache_epoch;
        }
        if (v != MP_OBJ_NULL && mp_obj_is_obj(v)
            && (((mp_obj_base_t *)MP_OBJ_TO_PTR(v))->type->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
            dest[0] = v;
            dest[1] = obj;
            return;
        }
    }
    const mp_obj_type_t *owner;
    mp_obj_t member = mp_obj_type_mro_find(type, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, obj, &owner);
    if (member != MP_OBJ_NULL) {
        mp_obj_type_convert_member(obj, type, owner, member, dest);
    }
}

// ---------------------------------------------------------------------------
// The type `type`: class objects.

// The module of a built-in type that CPython defines outside builtins
// (collections.deque, re.Pattern ...), told by its name: extmod types are
// out of py/'s sight.
MP_COLD static qstr native_type_module(const mp_obj_type_t *t) {
    static const uint16_t names[][2] = {
        { MP_QSTR_deque, MP_QSTR_collections },
        { MP_QSTR_OrderedDict, MP_QSTR_collections },
        { MP_QSTR_defaultdict, MP_QSTR_collections },
        { MP_QSTR_Counter, MP_QSTR_collections },
        { MP_QSTR_array, MP_QSTR_array },
        { MP_QSTR_BytesIO, MP_QSTR__io },
        { MP_QSTR_StringIO, MP_QSTR__io },
        { MP_QSTR_FileIO, MP_QSTR__io },
        { MP_QSTR_TextIOWrapper, MP_QSTR__io },
        { MP_QSTR_Pattern, MP_QSTR_re },
        { MP_QSTR_Match, MP_QSTR_re },
        { MP_QSTR_ReferenceType, MP_QSTR_weakref },
        { MP_QSTR_ProxyType, MP_QSTR_weakref },
        { MP_QSTR_CallableProxyType, MP_QSTR_weakref },
        { MP_QSTR_UnionType, MP_QSTR_types },
        { MP_QSTR_GenericAlias, MP_QSTR_types },
        { MP_QSTR_Random, MP_QSTR_random },
        { MP_QSTR_SystemRandom, MP_QSTR_random },
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (names[i][0] == t->name) {
            return names[i][1];
        }
    }
    if (MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, subscr) == mp_obj_structseq_subscr) {
        // Struct sequences of the os, time and sys modules.
        static const uint16_t seqs[][2] = {
            { MP_QSTR_stat_result, MP_QSTR_os },
            { MP_QSTR_terminal_size, MP_QSTR_os },
            { MP_QSTR_uname_result, MP_QSTR_posix },
            { MP_QSTR_times_result, MP_QSTR_posix },
            { MP_QSTR_struct_time, MP_QSTR_time },
            { MP_QSTR_float_info, MP_QSTR_sys },
            { MP_QSTR_int_info, MP_QSTR_sys },
            { MP_QSTR_hash_info, MP_QSTR_sys },
            { MP_QSTR_flags, MP_QSTR_sys },
            { MP_QSTR_version_info, MP_QSTR_sys },
        };
        for (size_t i = 0; i < MP_ARRAY_SIZE(seqs); i++) {
            if (seqs[i][0] == t->name) {
                return seqs[i][1];
            }
        }
    }
    // Exception classes that C modules define. Their names ('error' above
    // all) are not unique, so a candidate counts only when the module's own
    // global of that name is this very type: no link-time dependency on the
    // modules, and a module left out of the build simply never matches.
    // Columns: type name, module holding it, module CPython reports.
    static const uint16_t owned[][3] = {
        { MP_QSTR_Error, MP_QSTR_binascii, MP_QSTR_binascii },
        { MP_QSTR_Incomplete, MP_QSTR_binascii, MP_QSTR_binascii },
        { MP_QSTR_error, MP_QSTR_zlib, MP_QSTR_zlib },
        { MP_QSTR_error, MP_QSTR_struct, MP_QSTR_struct },
        { MP_QSTR_error, MP_QSTR_re, MP_QSTR_re },
        { MP_QSTR_JSONDecodeError, MP_QSTR_json, MP_QSTR_json_dot_decoder },
        { MP_QSTR_herror, MP_QSTR_socket, MP_QSTR_socket },
        // Types of modules written in C in CPython too.
        { MP_QSTR_accumulate, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_chain, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_combinations, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_combinations_with_replacement, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_compress, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_count, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_cycle, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_dropwhile, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_filterfalse, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_groupby, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_islice, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_pairwise, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_permutations, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_product, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_repeat, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_starmap, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_takewhile, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_zip_longest, MP_QSTR_itertools, MP_QSTR_itertools },
        { MP_QSTR_attrgetter, MP_QSTR_operator, MP_QSTR_operator },
        { MP_QSTR_itemgetter, MP_QSTR_operator, MP_QSTR_operator },
        { MP_QSTR_methodcaller, MP_QSTR_operator, MP_QSTR_operator },
        { MP_QSTR_partial, MP_QSTR_functools, MP_QSTR_functools },
        { MP_QSTR_partialmethod, MP_QSTR_functools, MP_QSTR_functools },
        { MP_QSTR_cached_property, MP_QSTR_functools, MP_QSTR_functools },
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(owned); i++) {
        if (owned[i][0] != t->name) {
            continue;
        }
        mp_obj_t mod = mp_module_get_builtin(owned[i][1]);
        if (mod == MP_OBJ_NULL || !mp_obj_is_type(mod, &mp_type_module)) {
            continue;
        }
        mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(mod)->map,
            MP_OBJ_NEW_QSTR(t->name), MP_MAP_LOOKUP);
        if (e != NULL && e->value == MP_OBJ_FROM_PTR(t)) {
            return owned[i][2];
        }
    }
    return MP_QSTR_builtins;
}

MP_COLD void mp_obj_type_print_name(const mp_print_t *print, const mp_obj_type_t *self) {
    if (!mp_obj_is_instance_type(self)) {
        qstr mod = native_type_module(self);
        if (mod != MP_QSTR_builtins) {
            mp_printf(print, "%q.", mod);
        }
    }
    if (mp_obj_is_instance_type(self) && MP_OBJ_TYPE_HAS_SLOT(self, locals_dict)) {
        mp_obj_t v;
        if (type_dict_lookup(self, MP_QSTR___module__, &v) && mp_obj_is_str(v) &&
            !(mp_obj_is_qstr(v) && MP_OBJ_QSTR_VALUE(v) == MP_QSTR_builtins)) {
            mp_obj_print_helper(print, v, PRINT_STR);
            mp_print_str(print, ".");
        }
        if (mp_obj_type_user(self)->qualname != MP_OBJ_NULL) {
            mp_obj_print_helper(print, mp_obj_type_user(self)->qualname, PRINT_STR);
            return;
        }
    }
    mp_printf(print, "%q", self->name);
}

// The name CPython's messages use for type t (its tp_name): the module-
// qualified name for the built-in types CPython defines in C outside
// builtins ('collections.deque', 'array.array'), else the plain name.
const char *mp_obj_type_tp_name(const mp_obj_type_t *t) {
    if (!mp_obj_is_instance_type(t)) {
        qstr mod = native_type_module(t);
        if (mod != MP_QSTR_builtins && t->name != MP_QSTR_Counter &&
            t->name != MP_QSTR_cached_property && t->name != MP_QSTR_partialmethod) {
            // (These are written in Python in CPython: plain name.)
            vstr_t vstr;
            vstr_init(&vstr, 32);
            vstr_add_str(&vstr, qstr_str(mod));
            vstr_add_byte(&vstr, '.');
            vstr_add_str(&vstr, qstr_str(t->name));
            // Interned: the few such names are made once and live for good.
            qstr q = qstr_from_strn(vstr.buf, vstr.len);
            vstr_clear(&vstr);
            return qstr_str(q);
        }
    }
    return qstr_str(t->name);
}

// The class's __qualname__ (its name for built-in types), for messages.
static const char *type_qualname_str(const mp_obj_type_t *self) {
    if (mp_obj_is_instance_type(self) && mp_obj_type_user(self)->qualname != MP_OBJ_NULL) {
        return mp_obj_str_get_str(mp_obj_type_user(self)->qualname);
    }
    return qstr_str(self->name);
}

static void type_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_print_str(print, "<class '");
    mp_obj_type_print_name(print, MP_OBJ_TO_PTR(self_in));
    mp_print_str(print, "'>");
}

// A class name or docstring is UTF-8 in CPython: a lone surrogate (stored
// here in its 3-byte form, which strict UTF-8 refuses) gets str.encode()'s error.
MP_COLD static void type_check_utf8(mp_obj_t str) {
    size_t len;
    const byte *data = (const byte *)mp_obj_str_get_data(str, &len);
    if (!utf8_check(data, len)) {
        mp_call_function_0(mp_load_attr(str, MP_QSTR_encode));
    }
}

// A class name is a C string in CPython: a NUL in it is refused.
MP_COLD static void type_check_name(qstr name) {
    size_t len;
    const byte *data = qstr_data(name, &len);
    if (memchr(data, 0, len) != NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("type name must not contain null characters"));
    }
    type_check_utf8(MP_OBJ_NEW_QSTR(name));
}

MP_COLD static mp_obj_t new_type(const mp_obj_type_t *meta, qstr name, mp_obj_t bases_tuple,
    mp_obj_t locals_dict, size_t n_kw, const mp_obj_t *kw);

// type.__new__(meta, name, bases, dict, **kwds): a new class whose type is
// meta, or the most derived metaclass of the bases (CPython's "winner"); the
// keywords (from a class statement) are passed on to __init_subclass__.
MP_COLD mp_obj_t mp_obj_type_new_with(
    const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args != 3) {
        mp_raise_TypeError(MP_ERROR_TEXT("type.__new__() takes exactly 3 arguments"));
    }
    static const struct {
        const mp_obj_type_t *type;
    } want[3] = { { &mp_type_str }, { &mp_type_tuple }, { &mp_type_dict } };
    for (size_t i = 0; i < 3; i++) {
        if (!mp_obj_is_subclass_fast(
                MP_OBJ_FROM_PTR(mp_obj_get_type(args[i])), MP_OBJ_FROM_PTR(want[i].type))) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("type.__new__() argument %d must be %q, not %s"), (int)i + 1,
                want[i].type->name, mp_obj_get_arg_type_str(args[i]));
        }
    }
    size_t n_bases;
    mp_obj_t *bases;
    mp_obj_tuple_get(args[1], &n_bases, &bases);
    const mp_obj_type_t *winner = meta;
    for (size_t i = 0; i < n_bases; i++) {
        if (!mp_obj_is_type_obj(bases[i])) {
            mp_obj_t entries[2];
            mp_load_method_maybe(bases[i], MP_QSTR___mro_entries__, entries);
            if (entries[0] != MP_OBJ_NULL) {
                // Only a class statement (or types.new_class) resolves these.
                mp_raise_TypeError(MP_ERROR_TEXT(
                    "type() doesn't support MRO entry resolution; use types.new_class()"));
            }
        }
        // (a base that is no class takes part too, as in CPython: (1,)
        // is a metaclass conflict, (object(),) is left to new_type)
        const mp_obj_type_t *bm = mp_obj_get_type(bases[i]);
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(winner), MP_OBJ_FROM_PTR(bm))) {
            continue;
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(bm), MP_OBJ_FROM_PTR(winner))) {
            winner = bm;
            continue;
        }
        mp_raise_TypeError(
            MP_ERROR_TEXT("metaclass conflict: the metaclass of a derived class must be "
                          "a (non-strict) subclass of the metaclasses of all its bases"));
    }
    if (winner != meta) {
        // A more derived metaclass with its own __new__ makes the class.
        const mp_obj_type_t *owner;
        mp_obj_t new_fn = mp_obj_type_mro_find(winner, MP_QSTR___new__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL,
            &owner);
        if (new_fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
            mp_obj_type_convert_member_for_type(winner, owner, MP_QSTR___new__, new_fn, dest);
            mp_obj_t *call_args = m_new(mp_obj_t, 4 + 2 * n_kw);
            call_args[0] = MP_OBJ_FROM_PTR(winner);
            memcpy(call_args + 1, args, (3 + 2 * n_kw) * sizeof(mp_obj_t));
            return mp_call_function_n_kw(dest[0], 4, n_kw, call_args);
        }
    }
    // (A dict subclass such as OrderedDict is copied into a plain dict, its
    // items as stored: its __getitem__ is not called.)
    mp_obj_t ns = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(args[2])), MP_OBJ_FROM_PTR(&mp_type_dict))
        ? mp_obj_dict_copy(args[2])
        : mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), args[2]);
    return new_type(winner, mp_obj_str_get_qstr(args[0]), args[1], ns, n_kw, args + 3);
}

// The type Python code sees for obj. Built-in functions come in five C types
// (by calling convention), and a built-in method bound to its object is a
// bound_meth; CPython has one type for all of them, builtin_function_or_method,
// so type() and isinstance() show mp_type_fun_builtin_var for each.
const mp_obj_type_t *mp_obj_type_python_visible(mp_obj_t obj) {
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
MP_COLD static mp_obj_t meta_make_new(
    const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args);

static mp_obj_t type_make_new(
    const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type_in;
    if (n_args == 1) {
        if (n_kw != 0) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), MP_QSTR_type);
        }
        return MP_OBJ_FROM_PTR(mp_obj_type_python_visible(args[0]));
    }
    if (n_args == 3) {
        // (the class is a metaclass's when a base's is more derived: its
        // __init__ is called)
        return meta_make_new(&mp_type_type, n_args, n_kw, args);
    }
    mp_raise_TypeError(MP_ERROR_TEXT("type() takes 1 or 3 arguments"));
}

// Calling a metaclass: its __new__ (or type.__new__) makes the class, then
// its __init__ (if the class is an instance of it) initialises it.
MP_COLD static mp_obj_t meta_make_new(
    const mp_obj_type_t *meta, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *owner;
    mp_obj_t new_fn = mp_obj_type_mro_find(meta, MP_QSTR___new__,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    mp_obj_t cls;
    if (new_fn != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        mp_obj_type_convert_member_for_type(meta, owner, MP_QSTR___new__, new_fn, dest);
        size_t n = n_args + 2 * n_kw;
        mp_obj_t *call_args = m_new(mp_obj_t, n + 1);
        call_args[0] = MP_OBJ_FROM_PTR(meta);
        memcpy(call_args + 1, args, n * sizeof(mp_obj_t));
        if (dest[1] == MP_OBJ_NULL) {
            cls = mp_call_function_n_kw(dest[0], n_args + 1, n_kw, call_args);
        } else {
            cls = mp_call_function_n_kw(
                mp_obj_new_bound_meth(dest[0], dest[1]), n_args, n_kw, call_args + 1);
        }
        if (!mp_obj_is_instance_of(cls, meta)) {
            return cls; // __init__ is not called, as in CPython
        }
    } else {
        if (n_args != 3) {
            // Only type itself has the one-argument form.
            mp_raise_TypeError_varg(MP_ERROR_TEXT("type.__new__() takes exactly 3 arguments (%d given)"),
                (int)n_args);
        }
        cls = mp_obj_type_new_with(meta, n_args, n_kw, args);
    }
    // type(cls).__init__: cls's own metaclass may be more derived than meta.
    const mp_obj_type_t *cls_meta = mp_obj_get_type(cls);
    const mp_obj_type_t *init_owner;
    mp_obj_t init_fn = MP_OBJ_NULL;
    if (mp_obj_type_is_metaclass(cls_meta)) {
        init_fn = mp_obj_type_mro_find(cls_meta, MP_QSTR___init__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL,
            &init_owner);
    }
    if (init_fn != MP_OBJ_NULL && mp_obj_is_instance_type(init_owner)) {
        mp_obj_t res = mp_obj_type_call_member_kw(cls, init_owner, init_fn, n_args, n_kw, args);
        if (res != mp_const_none) {
            mp_raise_TypeError_obj_unsupported(
                res, MP_ERROR_TEXT("__init__() should return None, not '%s'"));
        }
    }
    return cls;
}

static mp_obj_t type_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (!MP_OBJ_TYPE_HAS_SLOT(self, make_new)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("cannot create '%q' instances"), self->name);
    }
    return MP_OBJ_TYPE_GET_SLOT(self, make_new)(self, n_args, n_kw, args);
}

// C.__dict__: a live, read-only view of the class namespace (mappingproxy).
// py/objdict.c makes that proxy for dict views' .mapping, which is how it is
// reached here.
// A built-in type's namespace is assembled on demand: its locals (methods
// seen as method descriptors, as through the type) plus the special methods
// it has through its slots ('__len__' in list.__dict__, which abc-style
// __subclasshook__ code tests).
static mp_obj_t native_type_namespace(const mp_obj_type_t *self) {
    mp_obj_t ns = mp_obj_new_dict(0);
    if (MP_OBJ_TYPE_HAS_SLOT(self, locals_dict)) {
        size_t cur = 0;
        mp_map_elem_t *elem;
        while ((elem = mp_map_next(&MP_OBJ_TYPE_GET_SLOT(self, locals_dict)->map, &cur)) != NULL) {
            mp_obj_t v = elem->value;
            if (mp_obj_is_qstr(elem->key) && mp_obj_is_obj(v) &&
                (mp_obj_get_type(v)->flags & MP_TYPE_FLAG_BUILTIN_FUN)) {
                v = mp_obj_slot_wrapper_method(self, MP_OBJ_QSTR_VALUE(elem->key), v);
            }
            mp_obj_dict_store(ns, elem->key, v);
        }
    }
    mp_obj_t names = mp_obj_new_set(0, NULL);
    mp_obj_slot_wrapper_dir_add(self, names);
    mp_obj_t iter = mp_getiter(names);
    mp_obj_t name;
    while ((name = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_map_t *map = mp_obj_dict_get_map(ns);
        if (mp_map_lookup(map, name, MP_MAP_LOOKUP) != NULL) {
            continue;
        }
        mp_obj_t w = mp_obj_slot_wrapper_synth(self, MP_OBJ_QSTR_VALUE(name), MP_OBJ_NULL);
        if (w != MP_OBJ_NULL) {
            mp_obj_dict_store(ns, name, w);
        }
    }
    mp_map_t *map = mp_obj_dict_get_map(ns);
    if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP) == NULL) {
        mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), mp_const_none);
    }
    return ns;
}

static mp_obj_t type_dict_proxy(const mp_obj_type_t *self) {
    mp_obj_t ns = mp_obj_is_instance_type(self) ? MP_OBJ_FROM_PTR(MP_OBJ_TYPE_GET_SLOT_OR_NULL(self, locals_dict))
                                                : native_type_namespace(self);
    mp_obj_t keys = mp_call_function_0(mp_load_attr(ns, MP_QSTR_keys));
    return mp_load_attr(keys, MP_QSTR_mapping);
}

// value.__set_name__(cls, key); as in CPython 3.11, an exception becomes the
// cause of a RuntimeError naming the attribute.
static void call_set_name(
    mp_obj_t cls, mp_obj_t key, mp_obj_t value, const mp_obj_type_t *owner, mp_obj_t fn) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t args[2] = { cls, key };
        mp_obj_type_call_member(value, owner, fn, 2, args);
        nlr_pop();
        return;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
            MP_OBJ_FROM_PTR(&mp_type_Exception))) {
        nlr_jump(nlr.ret_val);
    }
    mp_obj_t err = mp_obj_new_exception_msg_varg(&mp_type_RuntimeError,
        MP_ERROR_TEXT("Error calling __set_name__ on '%s' instance '%q' in '%q'"),
        mp_obj_get_type_str(value), MP_OBJ_QSTR_VALUE(key),
        ((const mp_obj_type_t *)MP_OBJ_TO_PTR(cls))->name);
    mp_store_attr(err, MP_QSTR___cause__, exc);
    mp_store_attr(err, MP_QSTR___context__, exc);
    nlr_raise(err);
}

// Special methods and descriptors change how instances are accessed: the
// type flags they need for a name stored in a class (kept up to date).
MP_COLD static uint16_t accessor_flags(qstr attr, mp_obj_t value) {
    if (attr == MP_QSTR___getattr__) {
        return MP_TYPE_FLAG_HAS_GETATTR;
    }
    if (attr == MP_QSTR___getattribute__ || attr == MP_QSTR___setattr__ ||
        attr == MP_QSTR___delattr__ || mp_obj_type_is_data_descriptor(value)) {
        return MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
    }
    return 0;
}

// A special accessor (flags) or __del__ (flags 0) stored into an existing class
// also changes how instances of its subclasses are accessed (or freed).
MP_COLD static void mark_with_subclasses(mp_obj_type_t *t, uint16_t flags) {
    if (flags == 0) {
        mp_obj_type_user(t)->has_del = true;
    }
    t->flags |= flags;
    mp_obj_t *items;
    size_t n = mp_obj_type_user_subclasses(t, &items);
    for (size_t i = 0; i < n; i++) {
        mp_obj_type_t *sub = MP_OBJ_TO_PTR(items[i]);
        if (mp_obj_is_type_obj(items[i]) && mp_obj_is_instance_type(sub)) {
            mark_with_subclasses(sub, flags);
        }
    }
}

// ---------------------------------------------------------------------------
// Member descriptors: what C.__dict__ holds for each name x of C's own
// __slots__ (C.x). The slot values live in the instance's members like other
// attributes, so an instance finds its value before the descriptor; finding
// the descriptor means the slot is empty (AttributeError, see
// mp_obj_type_convert_member). Through the descriptor's own methods it
// forwards to plain attribute access.

// The same object with type getset_descr_type stands for the __dict__ and
// __weakref__ entries CPython puts in a class namespace.

static void member_descr_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    member_descr_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%s '%q' of '%q' objects>",
        self->base.type == &getset_descr_type ? "attribute" : "member", self->name,
        self->owner->name);
}

static member_descr_t *member_descr_check(mp_obj_t self_in, mp_obj_t obj) {
    member_descr_t *self = MP_OBJ_TO_PTR(self_in);
    if (!mp_obj_is_instance_of(obj, self->owner)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
            self->name, self->owner->name, mp_obj_get_type_str(obj));
    }
    return self;
}

static mp_obj_t member_descr_get(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    if (args[1] == mp_const_none) {
        return args[0];
    }
    qstr name = member_descr_check(args[0], args[1])->name;
    if (name == MP_QSTR___weakref__) {
        return first_weakref(args[1]);
    }
    return mp_load_attr(args[1], name);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(member_descr_get_obj, 2, 3, member_descr_get);

static mp_obj_t member_descr_set(mp_obj_t self_in, mp_obj_t obj, mp_obj_t value) {
    mp_store_attr(obj, member_descr_check(self_in, obj)->name, value);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(member_descr_set_obj, member_descr_set);

MP_COLD static mp_obj_t member_descr_delete(mp_obj_t self_in, mp_obj_t obj) {
    mp_delete_attr(obj, member_descr_check(self_in, obj)->name);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(member_descr_delete_obj, member_descr_delete);

MP_COLD static void member_descr_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    member_descr_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    } else if (attr == MP_QSTR___qualname__) {
        vstr_t vstr;
        vstr_init(&vstr, 16);
        vstr_printf(&vstr, "%s.%s", mp_obj_str_get_str(mp_load_attr(MP_OBJ_FROM_PTR(self->owner), MP_QSTR___qualname__)),
            qstr_str(self->name));
        dest[0] = mp_obj_new_str_from_vstr(&vstr);
    } else if (attr == MP_QSTR___objclass__) {
        dest[0] = MP_OBJ_FROM_PTR(self->owner);
    }
}

static const mp_rom_map_elem_t member_descr_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&member_descr_get_obj) },
    { MP_ROM_QSTR(MP_QSTR___set__), MP_ROM_PTR(&member_descr_set_obj) },
    { MP_ROM_QSTR(MP_QSTR___delete__), MP_ROM_PTR(&member_descr_delete_obj) },
};
static MP_DEFINE_CONST_DICT(member_descr_locals_dict, member_descr_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    member_descr_type, MP_QSTR_member_descriptor, MP_TYPE_FLAG_NONE,
    print, member_descr_print,
    attr, member_descr_attr,
    locals_dict, (mp_obj_dict_t *)&member_descr_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    getset_descr_type, MP_QSTR_getset_descriptor, MP_TYPE_FLAG_NONE,
    print, member_descr_print,
    attr, member_descr_attr,
    locals_dict, (mp_obj_dict_t *)&member_descr_locals_dict
    );

// (A class body's own __dict__ or __weakref__ stays.)
static void add_getset_descr(mp_obj_type_t *o, qstr name) {
    mp_map_elem_t *e = mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(o, locals_dict)->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == MP_OBJ_NULL) {
        member_descr_t *d = m_new_obj(member_descr_t);
        d->base.type = &getset_descr_type;
        d->owner = o;
        d->name = name;
        e->value = MP_OBJ_FROM_PTR(d);
    }
}

// Whether a user class of the MRO of user class or built-in o has name in
// its namespace.
MP_COLD static bool base_has_entry(const mp_obj_type_t *o, qstr name) {
    if (!mp_obj_is_instance_type(o)) {
        return false;
    }
    for (size_t i = 0; i < MP_OBJ_TYPE_GET_SLOT(o, mro)->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(o, mro)->items[i]);
        mp_obj_t v;
        if (mp_obj_is_instance_type(t) && type_dict_lookup(t, name, &v)) {
            return true;
        }
    }
    return false;
}

// type.__itemsize__: CPython's (64-bit) size of an item of the variable-size
// types. Their subclasses take no weak references (no room for the list).
MP_COLD mp_int_t mp_obj_type_itemsize(mp_obj_t self_in) {
    static const mp_obj_type_t *const var_types[] = { &mp_type_type, &mp_type_tuple, &mp_type_int, &mp_type_bytes };
    static const uint8_t var_sizes[] = { 40, 8, 4, 1 };
    for (size_t i = 0; i < MP_ARRAY_SIZE(var_types); i++) {
        if (mp_obj_is_subclass_fast(self_in, MP_OBJ_FROM_PTR(var_types[i]))) {
            return var_sizes[i];
        }
    }
    return 0;
}

// The __dict__ and __weakref__ entries of a new class's namespace, present
// (as in CPython) in a class whose instances get a dict / weak references
// that those of its best base (see mp_obj_type_best_base) have not.
static void add_instance_descrs(mp_obj_type_user_t *ut, bool weakref_allowed, const mp_obj_type_t *best) {
    mp_obj_type_t *o = (mp_obj_type_t *)&ut->type;
    const mp_obj_type_t *nb = ut->native_base;
    if (nb == &mp_type_type) {
        return; // metaclasses: type has them
    }
    bool exc = nb != NULL && mp_obj_type_is_exception(nb);
    if (ut->slots == MP_OBJ_NULL && !exc && !base_has_entry(best, MP_QSTR___dict__)) {
        add_getset_descr(o, MP_QSTR___dict__);
    }
    // Variable-size built-ins take no weak references; a few others have
    // their own support.
    bool native_ok = nb == NULL ||
        !(mp_obj_type_itemsize(MP_OBJ_FROM_PTR(nb)) != 0 || nb == &mp_type_set ||
            nb == &mp_type_frozenset || nb->name == MP_QSTR_deque);
    if (weakref_allowed && native_ok && !base_has_entry(best, MP_QSTR___weakref__)) {
        add_getset_descr(o, MP_QSTR___weakref__);
    }
}

static bool type_is_generic(const mp_obj_type_t *t);
static MP_DEFINE_CONST_FUN_OBJ_2(type_generic_getitem_obj, mp_obj_generic_alias_new);

static void type_load_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    bool user = mp_obj_is_instance_type(self);
    mp_obj_t v;
    switch (attr) {
        case MP_QSTR___name__:
            dest[0] = MP_OBJ_NEW_QSTR(self->name);
            return;
        case MP_QSTR___qualname__:
            if (user && mp_obj_type_user(self)->qualname != MP_OBJ_NULL) {
                dest[0] = mp_obj_type_user(self)->qualname;
            } else {
                dest[0] = MP_OBJ_NEW_QSTR(self->name);
            }
            return;
        case MP_QSTR___module__:
            if (user && type_dict_lookup(self, attr, &v)) {
                dest[0] = v;
            } else {
                dest[0] = MP_OBJ_NEW_QSTR(user ? MP_QSTR_builtins : native_type_module(self));
            }
            return;
        case MP_QSTR___doc__:
            if (user && type_dict_lookup(self, attr, &v)) {
                // A descriptor as __doc__ (classmethod(property(f))) is asked.
                mp_obj_type_convert_member_for_type(self, self, attr, v, dest);
                if (dest[1] != MP_OBJ_NULL) {
                    dest[0] = mp_obj_new_bound_meth(dest[0], dest[1]);
                    dest[1] = MP_OBJ_NULL;
                }
            } else {
                dest[0] = mp_const_none;
            }
            return;
        case MP_QSTR___abstractmethods__:
            // The class's own only (type's getter in CPython): a subclass
            // does not inherit it, nor MP_TYPE_FLAG_IS_ABSTRACT.
            if (user && type_dict_lookup(self, attr, &v)) {
                dest[0] = v;
            }
            return;
        case MP_QSTR___annotations__:
            if (!user) {
                break; // AttributeError
            }
            // A class's own annotations (not inherited): made empty on first
            // access and kept, as CPython 3.10+ does.
            if (!type_dict_lookup(self, attr, &v)) {
                v = mp_obj_new_dict(0);
                mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(self, locals_dict)->map, MP_OBJ_NEW_QSTR(attr),
                    MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
                mp_type_cache_invalidate();
            }
            dest[0] = v;
            return;
        case MP_QSTR___bases__:
            dest[0] = mp_obj_type_bases(self);
            return;
        case MP_QSTR___base__: {
            // CPython's best base: class C(B, int) has int, B adding only a
            // __dict__ (object has none).
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_type_bases(self));
            dest[0] = t->len ? MP_OBJ_FROM_PTR(mp_obj_type_best_base(t->len, t->items))
                             : mp_const_none;
            return;
        }
        case MP_QSTR___mro__:
            dest[0] = mp_obj_type_mro_tuple(self);
            return;
        case MP_QSTR___dict__:
            dest[0] = type_dict_proxy(self);
            return;
        default:
            break;
    }
    if (attr == MP_QSTR___itemsize__) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(mp_obj_type_itemsize(self_in));
        return;
    }
    const mp_obj_type_t *owner;
    mp_obj_t member =
        mp_obj_type_mro_find(self, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, MP_OBJ_NULL, &owner);
    if (member != MP_OBJ_NULL) {
        mp_obj_type_convert_member_for_type(self, owner, attr, member, dest);
        return;
    }
    // Methods of the metaclass (type's own, e.g. C.mro(), C.__call__, after
    // those a metaclass defines or overrides), bound to the class.
    const mp_obj_type_t *meta = mp_obj_get_type(self_in);
    if (self != meta) {
        member = mp_obj_type_mro_find(meta, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, NULL, self_in, &owner);
        if (member != MP_OBJ_NULL) {
            mp_obj_type_convert_member(self_in, meta, owner, member, dest);
            return;
        }
    }
    // The number attributes CPython's classes hold as getset or member
    // descriptors (int.real.__get__(5)); instances answer them in their attr slots.
    const mp_obj_type_t *num = user ? mp_obj_type_user(self)->native_base : self;
    if (num == &mp_type_bool) {
        num = &mp_type_int;
    }
    if (((attr == MP_QSTR_real || attr == MP_QSTR_imag)
         && (num == &mp_type_int || num == &mp_type_float || num == &mp_type_complex))
        || ((attr == MP_QSTR_numerator || attr == MP_QSTR_denominator) && num == &mp_type_int)) {
        member_descr_t *d = m_new_obj(member_descr_t);
        // (complex keeps its parts as C struct members)
        d->base.type = num == &mp_type_complex ? &member_descr_type : &getset_descr_type;
        d->owner = num;
        d->name = attr;
        dest[0] = MP_OBJ_FROM_PTR(d);
    } else if (attr == MP_QSTR___class_getitem__ && self != &mp_type_type && type_is_generic(self)) {
        // What list[int] calls, reachable as an attribute (bound to the class).
        dest[0] = MP_OBJ_FROM_PTR(&type_generic_getitem_obj);
        dest[1] = self_in;
    } else if (MP_OBJ_TYPE_GET_SLOT_OR_NULL(self, attr) == mp_obj_structseq_attr) {
        mp_obj_structseq_type_attr(self, attr, dest);
    }
}

MP_COLD static void type_store_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t value = dest[1];
    if (!mp_obj_is_instance_type(self)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("cannot set '%q' attribute of immutable type '%q'"), attr, self->name);
    }
    if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
        if (value == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("cannot delete '%q' attribute of type '%q'"), attr, self->name);
        }
        if (!mp_obj_is_str(value)) {
            if (!mp_obj_is_instance_of(value, &mp_type_str)) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("can only assign string to %q.%q, not '%s'"), self->name, attr,
                    mp_obj_get_type_str(value));
            }
            // A str subclass gives its text.
            value = mp_obj_cast_to_native_base(value, MP_OBJ_FROM_PTR(&mp_type_str));
        }
    }
    if (attr == MP_QSTR___name__) {
        qstr name = mp_obj_str_get_qstr(value);
        type_check_name(name);
        if (mp_obj_type_user(self)->qualname == MP_OBJ_NULL) {
            // __qualname__ keeps the old name.
            mp_obj_type_user(self)->qualname = MP_OBJ_NEW_QSTR(self->name);
        }
        self->name = name;
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (attr == MP_QSTR___qualname__) {
        mp_obj_type_user(self)->qualname = value;
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (attr == MP_QSTR___class__) {
        // A user class may change between metaclasses (all share the class
        // layout), even to itself when it derives from type (h11's sentinels).
        if (value == MP_OBJ_NULL || !mp_obj_is_type_obj(value) || !mp_obj_type_is_metaclass(MP_OBJ_TO_PTR(value))) {
            mp_raise_TypeError(MP_ERROR_TEXT(
                "__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        self->base.type = MP_OBJ_TO_PTR(value);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (attr == MP_QSTR___bases__) {
        mp_obj_type_set_bases(self, value);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (attr == MP_QSTR___mro__ || attr == MP_QSTR___base__ || attr == MP_QSTR___dict__) {
        mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
    }
    if (attr == MP_QSTR___abstractmethods__) {
        // object.__new__ tests the flag (a failing __bool__ leaves both alone).
        uint16_t abstract = value != MP_OBJ_NULL && mp_obj_is_true(value) ? MP_TYPE_FLAG_IS_ABSTRACT : 0;
        self->flags = (self->flags & ~MP_TYPE_FLAG_IS_ABSTRACT) | abstract;
    }
    mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(self, locals_dict)->map;
    mp_type_cache_invalidate();
    if (value == MP_OBJ_NULL) {
        if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            mp_raise_msg_varg(&mp_type_AttributeError,
                MP_ERROR_TEXT("type object '%q' has no attribute '%q'"), self->name, attr);
        }
    } else {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
        uint16_t flags = accessor_flags(attr, value);
        if (flags != 0 || attr == MP_QSTR___del__) {
            mark_with_subclasses(self, flags);
        }
    }
    dest[0] = MP_OBJ_NULL;
}

void mp_obj_type_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (mp_obj_type_is_metaclass(mp_obj_get_type(self_in))) {
        // object.__getattribute__/__setattr__ applied to a class made by a
        // metaclass (from the metaclass's own hooks, through super()).
        mp_obj_type_meta_generic_attr(self_in, attr, dest);
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        type_load_attr(self_in, attr, dest);
    } else {
        type_store_attr(self_in, attr, dest);
    }
}

// type's attribute access without a metaclass's data descriptors and members.
MP_COLD void mp_obj_type_plain_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        type_load_attr(self_in, attr, dest);
    } else {
        type_store_attr(self_in, attr, dest);
    }
}

// Built-in classes that make a GenericAlias when subscripted: the
// containers (list, dict, collections.deque ...) and type, not the scalars.
MP_COLD static bool type_is_generic(const mp_obj_type_t *t) {
    if (mp_obj_is_instance_type(t)) {
        const mp_obj_type_t *native = mp_obj_type_user(t)->native_base;
        if (native == NULL || native == &mp_type_type) {
            return false;
        }
        t = native;
    }
    static const mp_obj_type_t *const scalar[] = {
        &mp_type_object, &mp_type_int, &mp_type_bool, &mp_type_float, &mp_type_complex,
        &mp_type_str, &mp_type_bytes, &mp_type_bytearray, &mp_type_range, &mp_type_slice,
        &mp_type_NoneType, &mp_type_memoryview, &mp_type_property, &mp_type_staticmethod,
        &mp_type_classmethod, &mp_type_super, &mp_type_zip, &mp_type_map, &mp_type_filter,
        &mp_type_reversed, &mp_type_module,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(scalar); i++) {
        if (t == scalar[i]) {
            return false;
        }
    }
    return !mp_obj_type_is_exception(t) && !(t->flags & MP_TYPE_FLAG_BUILTIN_FUN);
}

// C[x]: __class_getitem__ of a user class; for a built-in class a
// GenericAlias (list[int]).
MP_COLD static mp_obj_t type_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_type_t *owner;
    mp_obj_t fn = mp_obj_type_mro_find(
        self, MP_QSTR___class_getitem__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
    // `__class_getitem__ = None` opts out, as `__hash__ = None` does.
    if (fn != MP_OBJ_NULL && fn != mp_const_none) {
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        mp_obj_type_convert_member_for_type(self, owner, MP_QSTR___class_getitem__, fn, dest);
        return mp_call_method_n_kw(1, 0, (mp_obj_t[]){ dest[0], dest[1], index });
    }
    if (fn == MP_OBJ_NULL && type_is_generic(self)) {
        // (a user subclass of list, say, inherits list's __class_getitem__)
        return mp_obj_generic_alias_new(self_in, index);
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("type '%q' is not subscriptable"),
        self->name);
}

// Classes support only `|` (making a union); everything else is identity.
static mp_obj_t type_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_OR) {
        return mp_obj_union_make(lhs, rhs);
    }
    if (op == MP_BINARY_OP_REVERSE_OR) {
        return mp_obj_union_make(rhs, lhs);
    }
    return MP_OBJ_NULL;
}

// mro(): the MRO as a list.
MP_COLD static mp_obj_t type_mro(mp_obj_t self_in) {
    if (!mp_obj_is_type_obj(self_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor 'mro' requires a 'type' object"));
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_type_mro_tuple(MP_OBJ_TO_PTR(self_in)));
    return mp_obj_new_list(t->len, t->items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(type_mro_obj, type_mro);

// __subclasses__(): the direct subclasses still known (user classes only
// keep such a list; built-in types answer with an empty one).
MP_COLD static mp_obj_t type_subclasses(mp_obj_t self_in) {
    if (!mp_obj_is_type_obj(self_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor '__subclasses__' requires a 'type' object"));
    }
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (!mp_obj_is_instance_type(self) || mp_obj_type_user(self)->subclasses == MP_OBJ_NULL) {
        return mp_obj_new_list(0, NULL);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(mp_obj_type_user(self)->subclasses, &n, &items);
    return mp_obj_new_list(n, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(type_subclasses_obj, type_subclasses);

// type.__prepare__(name, bases, **kwds): the namespace a class body fills,
// a new dict (a classmethod, so that metaclasses can call it through super()).
static mp_obj_t type_prepare(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    (void)n_args;
    (void)args;
    (void)kw_args;
    return mp_obj_new_dict(0);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(type_prepare_fun_obj, 1, type_prepare);
static const mp_rom_obj_static_class_method_t type_prepare_obj = {
    { &mp_type_classmethod }, &type_prepare_fun_obj
};

static const mp_rom_map_elem_t type_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_mro), MP_ROM_PTR(&type_mro_obj) },
    { MP_ROM_QSTR(MP_QSTR___prepare__), MP_ROM_PTR(&type_prepare_obj) },
    { MP_ROM_QSTR(MP_QSTR___subclasses__), MP_ROM_PTR(&type_subclasses_obj) },
    { MP_ROM_QSTR(MP_QSTR___instancecheck__), MP_ROM_PTR(&mp_type_instancecheck_obj) },
    { MP_ROM_QSTR(MP_QSTR___subclasscheck__), MP_ROM_PTR(&mp_type_subclasscheck_obj) },
    { MP_ROM_QSTR(MP_QSTR___setattr__), MP_ROM_PTR(&mp_type_setattr_obj) },
    { MP_ROM_QSTR(MP_QSTR___delattr__), MP_ROM_PTR(&mp_type_delattr_obj) },
};
static MP_DEFINE_CONST_DICT(type_locals_dict, type_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_type, MP_QSTR_type, MP_TYPE_FLAG_BASETYPE,
    // metaclasses
    print, type_print,
    make_new, type_make_new,
    call, type_call,
    binary_op, type_binary_op,
    attr, mp_obj_type_attr,
    subscr, type_subscr,
    locals_dict, (mp_obj_dict_t *)&type_locals_dict
    );

// ---------------------------------------------------------------------------
// Creating a class.

// A private name (__x, not __x__) listed in __slots__ is stored as the
// compiler spells it inside the class body: _Class__x.
static qstr mangle_private_name(qstr cls_name, qstr q, const char *str, size_t len) {
    if (len < 3 || str[0] != '_' || str[1] != '_' || (str[len - 1] == '_' && str[len - 2] == '_')) {
        return q;
    }
    const char *cn = qstr_str(cls_name);
    while (*cn == '_') {
        cn++;
    }
    if (*cn == '\0') {
        return q;
    }
    vstr_t vstr;
    vstr_init(&vstr, len + strlen(cn) + 2);
    vstr_add_byte(&vstr, '_');
    vstr_add_str(&vstr, cn);
    vstr_add_strn(&vstr, str, len);
    q = qstr_from_strn(vstr.buf, vstr.len);
    vstr_clear(&vstr);
    return q;
}

// __slots__: when the class and every user class above it define __slots__
// (without "__dict__"), instances may only hold the names listed along the
// MRO, and have no __dict__. Returns whether the class's own namespace
// leaves room for weak references (no __slots__, or "__weakref__" in them).
static bool compute_slots(mp_obj_type_user_t *ut, const mp_obj_type_t *base) {
    mp_obj_type_t *o = (mp_obj_type_t *)&ut->type;
    mp_map_elem_t *elem =
        mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(o, locals_dict)->map, MP_OBJ_NEW_QSTR(MP_QSTR___slots__), MP_MAP_LOOKUP);
    const mp_obj_type_t *nb = ut->native_base;
    if (elem == NULL) {
        // A __dict__ added to a variable-size value (int, bytes, tuple) is
        // a layout of its own in CPython: class C(A, B) with A and B such
        // int subclasses is a lay-out conflict.
        ut->solid = (nb == &mp_type_int || nb == &mp_type_bytes || nb == &mp_type_tuple) &&
            !base_has_entry(base, MP_QSTR___dict__);
        return true;
    }
    bool weakref = false;
    mp_obj_t names = mp_obj_new_list(0, NULL);
    mp_obj_t own = elem->value;
    mp_obj_t iter = mp_obj_is_str(own) ? mp_obj_new_tuple(1, &own) : own;
    iter = mp_getiter(iter);
    mp_obj_t item;
    bool has_dict = false;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (nb == &mp_type_type || nb == &mp_type_int || nb == &mp_type_bytes ||
            nb == &mp_type_tuple) {
            // Variable-size values leave no room for slots in CPython (and
            // classes already have both a __dict__ and weak references).
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("nonempty __slots__ not supported for subtype of '%q'"), base->name);
        }
        if (mp_obj_is_instance_of(item, &mp_type_str)) {
            item = mp_obj_cast_to_native_base(item, MP_OBJ_FROM_PTR(&mp_type_str)); // a str subclass
        }
        if (!mp_obj_is_str(item)) {
            mp_raise_TypeError_obj_unsupported(
                item, MP_ERROR_TEXT("__slots__ items must be strings, not '%s'"));
        }
        size_t len;
        const char *str = mp_obj_str_get_data(item, &len);
        if (!mp_obj_is_true(mp_call_function_0(mp_load_attr(item, MP_QSTR_isidentifier)))) {
            mp_raise_TypeError(MP_ERROR_TEXT("__slots__ must be identifiers"));
        }
        qstr q = mp_obj_str_get_qstr(item);
        if (q == MP_QSTR___dict__ || q == MP_QSTR___weakref__) {
            // (neither is checked against the namespace, as in CPython;
            // built-in exceptions always have a __dict__)
            bool *seen = q == MP_QSTR___dict__ ? &has_dict : &weakref;
            if (*seen || base_has_entry(base, q) ||
                (q == MP_QSTR___dict__ && nb != NULL && mp_obj_type_is_exception(nb))) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%q slot disallowed: we already got one"), q);
            }
            *seen = true;
            continue;
        }
        q = mangle_private_name(o->name, q, str, len);
        if (mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(o, locals_dict)->map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP) != NULL) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("'%q' in __slots__ conflicts with class variable"), q);
        }
        mp_obj_list_append(names, MP_OBJ_NEW_QSTR(q));
    }
    // The class's own slots appear in its namespace as member descriptors.
    size_t n_own;
    mp_obj_t *own_items;
    mp_obj_list_get(names, &n_own, &own_items);
    for (size_t i = 0; i < n_own; i++) {
        qstr q = MP_OBJ_QSTR_VALUE(own_items[i]);
        member_descr_t *d = m_new_obj(member_descr_t);
        d->base.type = &member_descr_type;
        d->owner = o;
        d->name = q;
        mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(o, locals_dict)->map, own_items[i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            MP_OBJ_FROM_PTR(d);
        ut->slots_apart = true; // (undone below if instances get no __dict__)
        ut->solid = true;
    }
    if (has_dict || (nb != NULL && (mp_obj_type_is_exception(nb) ||
        nb->name == MP_QSTR_OrderedDict || nb->name == MP_QSTR_Counter))) {
        return weakref; // (exceptions, OrderedDict and Counter always have a __dict__)
    }
    for (size_t i = 1; i < MP_OBJ_TYPE_GET_SLOT(o, mro)->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(o, mro)->items[i]);
        if (!mp_obj_is_instance_type(t)) {
            continue;
        }
        mp_obj_t base_slots = mp_obj_type_user(t)->slots;
        if (base_slots == MP_OBJ_NULL) {
            return weakref; // a base without __slots__ gives instances a __dict__
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(base_slots, &n, &items);
        for (size_t j = 0; j < n; j++) {
            // (once: a base's tuple holds those of the bases under it)
            if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_CONTAINS, names, items[j]))) {
                mp_obj_list_append(names, items[j]);
            }
        }
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(names, &n, &items);
    ut->slots = mp_obj_new_tuple(n, items);
    return weakref;
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


MP_COLD mp_obj_t mp_obj_new_type(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict) {
    return new_type(&mp_type_type, name, bases_tuple, locals_dict, 0, NULL);
}

// meta: the type of the new class (type or a metaclass); kw: the class
// statement's keyword arguments, for __init_subclass__.
MP_COLD static mp_obj_t new_type(const mp_obj_type_t *meta, qstr name, mp_obj_t bases_tuple,
    mp_obj_t locals_dict, size_t n_kw, const mp_obj_t *kw) {
    type_check_name(name);
    if (!mp_obj_is_type(locals_dict, &mp_type_dict)) {
        // A dict subclass (OrderedDict from a metaclass's __prepare__, a
        // Python subclass of dict) is copied, its items as stored (not
        // through its __getitem__): the class keeps a plain dict.
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(locals_dict)),
            MP_OBJ_FROM_PTR(&mp_type_dict))) {
            mp_raise_TypeError(MP_ERROR_TEXT("class namespace must be a dict"));
        }
        locals_dict = mp_obj_dict_copy(locals_dict);
    }
    size_t n_bases;
    mp_obj_t *bases;
    mp_obj_tuple_get(bases_tuple, &n_bases, &bases);
    for (size_t i = 0; i < n_bases; i++) {
        if (!mp_obj_is_type_obj(bases[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("bases must be types"));
        }
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        if (!(b->flags & MP_TYPE_FLAG_BASETYPE)) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("type '%q' is not an acceptable base type"), b->name);
        }
        if (mp_obj_is_instance_type(b) && MP_OBJ_TYPE_GET_SLOT_OR_NULL(b, mro) == NULL) {
            // (a class whose metaclass's mro() is running has no MRO yet)
            mp_raise_TypeError_varg(MP_ERROR_TEXT("Cannot extend an incomplete type '%q'"), b->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (bases[j] == bases[i]) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("duplicate base class %q"), b->name);
            }
        }
    }
    // (as CPython, before the namespace and the MRO are looked at)
    const mp_obj_type_t *best_base = mp_obj_type_best_base(n_bases, bases);

    mp_obj_type_user_t *ut = m_new0(mp_obj_type_user_t, 1);
    mp_obj_type_t *o = (mp_obj_type_t *)&ut->type;
    mp_obj_t cls = MP_OBJ_FROM_PTR(o);
    o->base.type = meta;
    o->flags = MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_BASETYPE;
    o->name = name;
    mp_obj_instance_set_slots(o);
    MP_OBJ_TYPE_SET_SLOT(o, locals_dict, MP_OBJ_TO_PTR(locals_dict));
    if (n_bases == 0) {
        MP_OBJ_TYPE_SET_SLOT(o, parent, &mp_type_object);
    } else if (n_bases == 1) {
        MP_OBJ_TYPE_SET_SLOT(o, parent, MP_OBJ_TO_PTR(bases[0]));
    } else {
        o->flags |= MP_TYPE_FLAG_MULTI_BASES;
        MP_OBJ_TYPE_SET_SLOT(o, parent, MP_OBJ_TO_PTR(bases_tuple));
    }
    // The namespace, adjusted as CPython's type.__new__ does.
    mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(o, locals_dict)->map;
    mp_map_elem_t *qn = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_MAP_LOOKUP);
    if (qn != NULL) {
        if (!mp_obj_is_str(qn->value)) {
            mp_raise_TypeError_obj_unsupported(
                qn->value, MP_ERROR_TEXT("type __qualname__ must be a str, not %s"));
        }
        ut->qualname = qn->value;
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
    // The class body's __class__ cell (for super() and __class__ in its
    // methods) is filled here, so that __set_name__, __init_subclass__ and the
    // metaclass (and a metaclass's mro()) already see it set.
    mp_map_elem_t *cc = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___classcell__), MP_MAP_LOOKUP);
    if (cc != NULL) {
        if (!mp_obj_is_type(cc->value, &mp_type_cell)) {
            mp_raise_TypeError_obj_unsupported(
                cc->value, MP_ERROR_TEXT("__classcell__ must be a nonlocal cell, not <class '%s'>"));
        }
        mp_obj_cell_set(cc->value, cls);
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___classcell__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
    MP_OBJ_TYPE_SET_SLOT(o, mro, mp_obj_type_class_mro(o));
    mp_obj_type_note_mixin(o);
    // (The class may have the address of one the cache still names.)
    mp_type_cache_invalidate();
    ut->native_base = mp_obj_type_find_native_base(MP_OBJ_TYPE_GET_SLOT_OR_NULL(o, mro));
    if (ut->native_base != NULL) {
        o->flags |= ut->native_base->flags & MP_TYPE_FLAG_EQ_NOT_REFLEXIVE;
    }
    if (ut->native_base == &mp_type_type) {
        // A metaclass: calling it makes classes, and their attributes are
        // looked up as classes' are. The other instance slots work as they
        // are (mp_obj_instance_native of a class is the class itself).
        MP_OBJ_TYPE_SET_SLOT(o, make_new, meta_make_new);
        MP_OBJ_TYPE_SET_SLOT(o, attr, mp_obj_type_meta_attr);
    }

    if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP) == NULL) {
        mp_obj_dict_t *globals = MP_STATE_VM(dict_globals);
        mp_map_elem_t *elem =
            globals == NULL
                ? NULL
                : mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        if (elem != NULL) {
            mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)
                ->value = elem->value;
        }
    }
    mp_map_elem_t *doc = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP);
    if (doc != NULL && mp_obj_is_str(doc->value)) {
        type_check_utf8(doc->value);
    }
    wrap_implicit_method(map, MP_QSTR___new__, &mp_type_staticmethod);
    wrap_implicit_method(map, MP_QSTR___init_subclass__, &mp_type_classmethod);
    wrap_implicit_method(map, MP_QSTR___class_getitem__, &mp_type_classmethod);
    if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___eq__), MP_MAP_LOOKUP) != NULL &&
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___hash__), MP_MAP_LOOKUP) == NULL) {
        // Defining __eq__ without __hash__ makes instances unhashable.
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___hash__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)
            ->value = mp_const_none;
    }

    // Flags inherited from user bases, and from this namespace.
    for (size_t i = 1; i < MP_OBJ_TYPE_GET_SLOT(o, mro)->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(o, mro)->items[i]);
        if (mp_obj_is_instance_type(t)) {
            o->flags |= t->flags & (MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS | MP_TYPE_FLAG_HAS_GETATTR);
            ((mp_obj_type_t *)t)->flags |= MP_TYPE_FLAG_IS_SUBCLASSED;
        }
    }
    size_t cur = 0;
    mp_map_elem_t *elem;
    while ((elem = mp_map_next(map, &cur)) != NULL) {
        if (mp_obj_is_qstr(elem->key)) {
            o->flags |= accessor_flags(MP_OBJ_QSTR_VALUE(elem->key), elem->value);
        }
    }
    add_instance_descrs(ut, compute_slots(ut, best_base), best_base);
    // Direct user bases remember this class (__subclasses__), once
    // nothing above can refuse it.
    for (size_t i = 0; i < n_bases; i++) {
        mp_obj_type_subclass_add(bases[i], cls);
    }
    // A missing __doc__ comes last, after the descriptors, as in CPython.
    mp_map_elem_t *doc_none = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (doc_none->value == MP_OBJ_NULL) {
        doc_none->value = mp_const_none;
    }
    // Slot values of instances that also have a __dict__ are kept out of it;
    // the member descriptors are then found by the (flagged) MRO lookups.
    for (size_t i = 1; i < MP_OBJ_TYPE_GET_SLOT(o, mro)->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(o, mro)->items[i]);
        if (mp_obj_is_instance_type(t)) {
            // (Empty __slots__, as in abstract base classes, add none.)
            mp_obj_t names = mp_obj_type_user(t)->slots;
            ut->slots_apart |= mp_obj_type_user(t)->slots_apart ||
                (names != MP_OBJ_NULL && ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(names))->len != 0);
        }
    }
    if (ut->slots != MP_OBJ_NULL || ut->native_base == &mp_type_type) {
        ut->slots_apart = false;
    } else if (ut->slots_apart) {
        o->flags |= MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
    }
    const mp_obj_type_t *owner;
    ut->has_del = mp_obj_type_mro_find(o, MP_QSTR___del__,
                      MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL,
                      MP_OBJ_NULL, &owner) != MP_OBJ_NULL;

    // A class that __set_name__ or __init_subclass__ refuses leaves its
    // bases' __subclasses__() again (CPython frees it).
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        for (size_t i = 0; i < n_bases; i++) {
            mp_obj_type_subclass_remove(bases[i], cls);
        }
        nlr_jump(nlr.ret_val);
    }
    // __set_name__ of descriptors in the namespace, from a snapshot of it (a
    // __set_name__ may add or delete class attributes).
    mp_type_cache_invalidate();
    size_t n_items = 0;
    mp_obj_t *items = m_new(mp_obj_t, 2 * map->used + 2);
    cur = 0;
    while ((elem = mp_map_next(map, &cur)) != NULL && n_items < map->used) {
        if (mp_obj_is_qstr(elem->key) && mp_obj_is_obj(elem->value)) {
            items[2 * n_items] = elem->key;
            items[2 * n_items + 1] = elem->value;
            n_items++;
        }
    }
    for (size_t i = 0; i < n_items; i++) {
        mp_obj_t key = items[2 * i];
        mp_obj_t value = items[2 * i + 1];
        const mp_obj_type_t *vt = mp_obj_get_type(value);
        if (vt == &mp_type_property) {
            mp_obj_property_set_name(value, MP_OBJ_QSTR_VALUE(key));
        } else if (mp_obj_is_instance_type(vt)) {
            mp_obj_t fn = mp_obj_type_mro_find(vt, MP_QSTR___set_name__,
                MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
            if (fn != MP_OBJ_NULL) {
                call_set_name(cls, key, value, owner, fn);
            }
        } else if (MP_OBJ_TYPE_HAS_SLOT(vt, locals_dict) && native_descriptor_get(vt) != MP_OBJ_NULL) {
            // A built-in descriptor type (functools.cached_property) learns its name too.
            mp_map_elem_t *e = mp_map_lookup(
                &MP_OBJ_TYPE_GET_SLOT(vt, locals_dict)->map, MP_OBJ_NEW_QSTR(MP_QSTR___set_name__), MP_MAP_LOOKUP);
            if (e != NULL) {
                call_set_name(cls, key, value, vt, e->value);
            }
        }
    }

    // __init_subclass__ of the nearest base defining it.
    mp_obj_t init_sub = mp_obj_type_mro_find(
        o, MP_QSTR___init_subclass__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, o, MP_OBJ_NULL, &owner);
    if (init_sub != MP_OBJ_NULL) {
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        mp_obj_type_convert_member_for_type(o, owner, MP_QSTR___init_subclass__, init_sub, dest);
        mp_obj_t *call_args = m_new(mp_obj_t, 2 + 2 * n_kw);
        call_args[0] = dest[0];
        call_args[1] = dest[1];
        if (n_kw > 0) {
            memcpy(call_args + 2, kw, 2 * n_kw * sizeof(mp_obj_t));
        }
        mp_call_method_n_kw(0, n_kw, call_args);
    } else if (n_kw > 0) {
        // object.__init_subclass__ accepts no keyword arguments.
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%s.__init_subclass__() takes no keyword arguments"),
            type_qualname_str(o));
    }
    nlr_pop();
    mp_type_cache_invalidate();
    return cls;
}

// ---------------------------------------------------------------------------
// Type relations used on hot paths (kept here so that calls within this file
// inline); issubclass/isinstance themselves are in py/objtype_relations.c.

bool mp_obj_is_instance_type(const mp_obj_type_t *type) {
    return (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) != 0;
}

static bool native_is_subclass(const mp_obj_type_t *t, const mp_obj_type_t *target) {
    while (t != NULL) {
        if (t == target) {
            return true;
        }
        if (t->flags & MP_TYPE_FLAG_MULTI_BASES) {
            const mp_obj_tuple_t *bases = MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, parent);
            for (size_t i = 0; i < bases->len; i++) {
                if (native_is_subclass(MP_OBJ_TO_PTR(bases->items[i]), target)) {
                    return true;
                }
            }
            return false;
        }
        t = MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, parent);
    }
    return false;
}

bool mp_obj_is_subclass_fast(mp_const_obj_t object, mp_const_obj_t classinfo) {
    if (object == classinfo || classinfo == MP_OBJ_FROM_PTR(&mp_type_object)) {
        return true;
    }
    const mp_obj_type_t *t = object;
    if (MP_OBJ_TYPE_HAS_SLOT(t, mro)) {
        for (size_t i = 1; i < MP_OBJ_TYPE_GET_SLOT(t, mro)->len; i++) {
            if (MP_OBJ_TYPE_GET_SLOT(t, mro)->items[i] == classinfo) {
                return true;
            }
        }
        return false;
    }
    return native_is_subclass(t, classinfo);
}
