// The descriptor wrapper types: property (getter/setter/deleter functions,
// with the .getter/.setter/.deleter decorators), staticmethod and
// classmethod. The attribute machinery in py/objtype.c gives them their
// meaning; it calls property through the mp_obj_property_* helpers below.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/gc.h"
#include "py/objtype_internal.h"

// Functions are None when absent (as CPython shows them). name is the
// attribute name the property was bound to in its class (set when the class
// is created), used in error messages; MP_QSTRnull until then.
typedef struct _mp_obj_property_t {
    mp_obj_base_t base;
    mp_obj_t fget;
    mp_obj_t fset;
    mp_obj_t fdel;
    mp_obj_t doc;
    qstr name;
    bool doc_set; // __doc__ was assigned: the getter's docstring no longer shows
} mp_obj_property_t;


static mp_obj_t property_new(const mp_obj_t *funcs, mp_obj_t doc, qstr name) {
    mp_obj_property_t *p = m_new_obj(mp_obj_property_t);
    p->base.type = &mp_type_property;
    p->fget = funcs[0];
    p->fset = funcs[1];
    p->fdel = funcs[2];
    p->doc = doc;
    p->name = name;
    p->doc_set = false;
    return MP_OBJ_FROM_PTR(p);
}

// property(fget=None, fset=None, fdel=None, doc=None)
static mp_obj_t property_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_fget, ARG_fset, ARG_fdel, ARG_doc };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_fget, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_fset, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_fdel, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_doc, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named_kw_array(
        MP_QSTR_property, n_args, n_kw, args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_t funcs[3] = { vals[ARG_fget].u_obj, vals[ARG_fset].u_obj, vals[ARG_fdel].u_obj };
    return property_new(funcs, vals[ARG_doc].u_obj, MP_QSTRnull);
}

// property is SUBCLASS_RECEIVER (its decorators must see a subclass's
// instance): the property part of a method's self.
__attribute__((noinline)) static mp_obj_property_t *property_self(mp_obj_t self_in) {
    return MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_property)));
}

// A copy with one function replaced: what the decorators return; for an
// instance of a subclass, type(self)(fget, fset, fdel, doc) as CPython.
static mp_obj_t property_copy_with(mp_obj_t self_in, size_t which, mp_obj_t fun) {
    mp_obj_property_t *self = property_self(self_in);
    mp_obj_t funcs[4] = { self->fget, self->fset, self->fdel, self->doc };
    funcs[which] = fun;
    if (MP_OBJ_FROM_PTR(self) != self_in) {
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(mp_obj_get_type(self_in)), 4, 0, funcs);
    }
    return property_new(funcs, self->doc, self->name);
}

// getter(fget)
static mp_obj_t property_getter(mp_obj_t self_in, mp_obj_t fun) {
    return property_copy_with(self_in, 0, fun);
}
static MP_DEFINE_CONST_FUN_OBJ_2(property_getter_obj, property_getter);

// setter(fset)
static mp_obj_t property_setter(mp_obj_t self_in, mp_obj_t fun) {
    return property_copy_with(self_in, 1, fun);
}
static MP_DEFINE_CONST_FUN_OBJ_2(property_setter_obj, property_setter);

// deleter(fdel)
static mp_obj_t property_deleter(mp_obj_t self_in, mp_obj_t fun) {
    return property_copy_with(self_in, 2, fun);
}
static MP_DEFINE_CONST_FUN_OBJ_2(property_deleter_obj, property_deleter);

// __get__(obj, type=None)
static mp_obj_t property___get__(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    if (args[1] == mp_const_none) {
        return args[0];
    }
    return mp_obj_property_get_value(MP_OBJ_FROM_PTR(property_self(args[0])), args[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(property___get___obj, 2, 3, property___get__);

// __set__(obj, value)
static mp_obj_t property___set__(mp_obj_t self_in, mp_obj_t obj, mp_obj_t value) {
    mp_obj_property_set_value(MP_OBJ_FROM_PTR(property_self(self_in)), obj, value);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(property___set___obj, property___set__);

// __delete__(obj)
static mp_obj_t property___delete__(mp_obj_t self_in, mp_obj_t obj) {
    mp_obj_property_set_value(MP_OBJ_FROM_PTR(property_self(self_in)), obj, MP_OBJ_NULL);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(property___delete___obj, property___delete__);

// __set_name__(owner, name): what class creation does, callable by hand.
static mp_obj_t property___set_name__(mp_obj_t self_in, mp_obj_t owner, mp_obj_t name) {
    (void)owner;
    if (mp_obj_is_str(name)) { // (CPython keeps any object; only a name is of use here)
        property_self(self_in)->name = mp_obj_str_get_qstr(name);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(property___set_name___obj, property___set_name__);

// Whether f is marked abstract (abc.abstractmethod sets __isabstractmethod__).
static bool property_part_is_abstract(mp_obj_t f) {
    return f != mp_const_none && mp_obj_is_true(mp_getattr_default(f, MP_QSTR___isabstractmethod__, mp_const_false));
}

static void property_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // Only the docstring is writable (p.__doc__ = '...').
        if (attr == MP_QSTR___doc__ && dest[0] == MP_OBJ_SENTINEL && dest[1] != MP_OBJ_NULL) {
            self->doc = dest[1];
            self->doc_set = true;
            dest[0] = MP_OBJ_NULL;
        } else if (attr == MP_QSTR_fget || attr == MP_QSTR_fset || attr == MP_QSTR_fdel) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
        }
        return;
    }
    switch (attr) {
        case MP_QSTR_fget:
            dest[0] = self->fget;
            break;
        case MP_QSTR_fset:
            dest[0] = self->fset;
            break;
        case MP_QSTR_fdel:
            dest[0] = self->fdel;
            break;
        case MP_QSTR___doc__:
            // Without an explicit doc, the getter's docstring (as CPython).
            if (self->doc == mp_const_none && !self->doc_set && self->fget != mp_const_none) {
                dest[0] = mp_getattr_default(self->fget, MP_QSTR___doc__, mp_const_none);
            } else {
                dest[0] = self->doc;
            }
            break;
        case MP_QSTR___isabstractmethod__:
            dest[0] = mp_obj_new_bool(property_part_is_abstract(self->fget) ||
                property_part_is_abstract(self->fset) || property_part_is_abstract(self->fdel));
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t property_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_getter), MP_ROM_PTR(&property_getter_obj) },
    { MP_ROM_QSTR(MP_QSTR_setter), MP_ROM_PTR(&property_setter_obj) },
    { MP_ROM_QSTR(MP_QSTR_deleter), MP_ROM_PTR(&property_deleter_obj) },
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&property___get___obj) },
    { MP_ROM_QSTR(MP_QSTR___set__), MP_ROM_PTR(&property___set___obj) },
    { MP_ROM_QSTR(MP_QSTR___delete__), MP_ROM_PTR(&property___delete___obj) },
    { MP_ROM_QSTR(MP_QSTR___set_name__), MP_ROM_PTR(&property___set_name___obj) },
};
static MP_DEFINE_CONST_DICT(property_locals_dict, property_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_property, MP_QSTR_property, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    make_new, property_make_new,
    attr, property_attr,
    locals_dict, (mp_obj_dict_t *)&property_locals_dict
    );

// The messages name the property and the owner's class by its qualified
// name ('Outer.cls'), as CPython 3.11 does.
MP_NORETURN static void property_raise_missing(mp_obj_property_t *self, mp_obj_t obj, const char *what) {
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    mp_obj_t cls_name = MP_OBJ_NEW_QSTR(t->name);
    if (mp_obj_is_instance_type(t) && mp_obj_type_user(t)->qualname != MP_OBJ_NULL) {
        cls_name = mp_obj_type_user(t)->qualname;
    }
    if (self->name != MP_QSTRnull) {
        mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("property '%q' of '%s' object has no %s"),
            self->name, mp_obj_str_get_str(cls_name), what);
    }
    mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("property of '%s' object has no %s"),
        mp_obj_str_get_str(cls_name), what);
}

// The value of the property for instance obj: fget(obj).
mp_obj_t mp_obj_property_get_value(mp_obj_t self_in, mp_obj_t obj) {
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fget == mp_const_none) {
        property_raise_missing(self, obj, "getter");
    }
    return mp_call_function_1(self->fget, obj);
}

// obj.attr = value through fset, or del obj.attr (value MP_OBJ_NULL) through fdel.
void mp_obj_property_set_value(mp_obj_t self_in, mp_obj_t obj, mp_obj_t value) {
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    if (value == MP_OBJ_NULL) {
        if (self->fdel == mp_const_none) {
            property_raise_missing(self, obj, "deleter");
        }
        mp_call_function_1(self->fdel, obj);
    } else {
        if (self->fset == mp_const_none) {
            property_raise_missing(self, obj, "setter");
        }
        mp_call_function_2(self->fset, obj, value);
    }
}

// What an instance of a subclass holds as its own __doc__ (MP_OBJ_NULL:
// nothing): the getter's docstring, None included, when no doc was given,
// as CPython 3.11's property.__init__ stores it.
mp_obj_t mp_obj_property_subclass_doc(mp_obj_t self_in);
mp_obj_t mp_obj_property_subclass_doc(mp_obj_t self_in) {
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->doc != mp_const_none || self->fget == mp_const_none) {
        return MP_OBJ_NULL;
    }
    return mp_getattr_default(self->fget, MP_QSTR___doc__, mp_const_none);
}

void mp_obj_property_set_name(mp_obj_t self_in, qstr name) {
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->name == MP_QSTRnull) {
        self->name = name;
    }
}

// ---------------------------------------------------------------------------
// staticmethod and classmethod.

// Made here, the objects have room for an attribute dict (those defined in
// ROM by C modules do not: gc_nbytes tells them apart).
typedef struct {
    mp_rom_obj_static_class_method_t m;
    mp_obj_t dict;
} static_class_method_ext_t;

// The attribute map, made if create is set; NULL for a ROM object.
static mp_map_t *static_class_method_map(mp_obj_t self_in, bool create) {
    static_class_method_ext_t *o = MP_OBJ_TO_PTR(self_in);
    if (gc_nbytes(o) < sizeof(*o) || (o->dict == MP_OBJ_NULL && !create)) {
        return NULL;
    }
    if (o->dict == MP_OBJ_NULL) {
        // It starts with the function's names and docstring (as CPython's,
        // which copies them when the object is made).
        static const uint16_t copied[] = {
            MP_QSTR___module__, MP_QSTR___name__, MP_QSTR___qualname__, MP_QSTR___doc__, MP_QSTR___annotations__,
        };
        o->dict = mp_obj_new_dict(0);
        for (size_t i = 0; i < MP_ARRAY_SIZE(copied); i++) {
            mp_obj_t v = mp_getattr_default(MP_OBJ_FROM_PTR(o->m.fun), copied[i], MP_OBJ_NULL);
            if (v != MP_OBJ_NULL) {
                mp_obj_dict_store(o->dict, MP_OBJ_NEW_QSTR(copied[i]), v);
            }
        }
    }
    return mp_obj_dict_get_map(o->dict);
}

static mp_obj_t static_class_method_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    // (args NULL: the pending native part of a subclass instance whose own
    // __init__ runs instead; CPython's __new__ takes anything, __init__ sets it.)
    if (args != NULL && (n_args != 1 || n_kw != 0)) {
        // Worded as CPython, which names the built-in even in a subclass.
        qstr name = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_classmethod))
            ? MP_QSTR_classmethod : MP_QSTR_staticmethod;
        mp_arg_check_named(name, 1, n_kw, 1, 1, false);
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q expected %s%d argument%s, got %d"), name, "", 1, "", (int)n_args);
    }
    mp_rom_obj_static_class_method_t *o = m_malloc0(sizeof(static_class_method_ext_t));
    o->base.type = type;
    o->fun = args != NULL ? args[0] : mp_const_none;
    return MP_OBJ_FROM_PTR(o);
}

static void static_class_method_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_rom_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%q(", self->base.type->name);
    mp_obj_print_helper(print, MP_OBJ_FROM_PTR(self->fun), PRINT_REPR);
    mp_print_str(print, ")>");
}

// __get__(obj, type=None): what the class attribute lookup gives, the function
// itself (staticmethod) or the function bound to the class (classmethod).
static mp_obj_t static_class_method_get(size_t n_args, const mp_obj_t *args) {
    mp_rom_obj_static_class_method_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t fun = MP_OBJ_FROM_PTR(self->fun);
    if (self->base.type == &mp_type_staticmethod) {
        return fun;
    }
    mp_obj_t cls = n_args > 2 && args[2] != mp_const_none ? args[2] : MP_OBJ_FROM_PTR(mp_obj_get_type(args[1]));
    return mp_obj_new_bound_meth(fun, cls);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(static_class_method_get_obj, 2, 3, static_class_method_get);

// (Also in the types' dicts, so that classmethod.__get__ exists.)
static const mp_rom_map_elem_t static_class_method_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&static_class_method_get_obj) },
};
static MP_DEFINE_CONST_DICT(static_class_method_locals_dict, static_class_method_locals_dict_table);

static void static_class_method_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        // Other attributes are kept in the dict (abstractmethod(classmethod(f))
        // sets __isabstractmethod__).
        mp_map_t *map = static_class_method_map(self_in, dest[1] != MP_OBJ_NULL);
        if (map != NULL && attr != MP_QSTR___func__ && attr != MP_QSTR___dict__) {
            mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr),
                dest[1] == MP_OBJ_NULL ? MP_MAP_LOOKUP_REMOVE_IF_FOUND : MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            if (elem != NULL) {
                elem->value = dest[1];
                dest[0] = MP_OBJ_NULL;
            }
        }
        return;
    }
    mp_rom_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_t *map = static_class_method_map(self_in, attr == MP_QSTR___dict__);
    mp_map_elem_t *elem = map != NULL ? mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP) : NULL;
    if (elem != NULL) {
        dest[0] = elem->value;
    } else if (attr == MP_QSTR___dict__ && map != NULL) {
        dest[0] = ((static_class_method_ext_t *)self)->dict;
    } else if (attr == MP_QSTR___get__) {
        dest[0] = MP_OBJ_FROM_PTR(&static_class_method_get_obj);
        dest[1] = self_in;
    } else if (attr == MP_QSTR___func__ || attr == MP_QSTR___wrapped__) {
        dest[0] = MP_OBJ_FROM_PTR(self->fun);
    } else if (attr == MP_QSTR___isabstractmethod__) {
        mp_obj_t v = mp_getattr_default(MP_OBJ_FROM_PTR(self->fun), attr, mp_const_false);
        dest[0] = mp_obj_new_bool(mp_obj_is_true(v));
    } else if (attr == MP_QSTR___name__ || attr == MP_QSTR___doc__ || attr == MP_QSTR___qualname__ ||
               attr == MP_QSTR___module__ || attr == MP_QSTR___annotations__) {
        mp_load_method_maybe(MP_OBJ_FROM_PTR(self->fun), attr, dest);
    }
}

// A staticmethod object is callable (Python 3.10+).
mp_obj_t mp_obj_staticmethod_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_rom_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_call_function_n_kw(MP_OBJ_FROM_PTR(self->fun), n_args, n_kw, args);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_staticmethod, MP_QSTR_staticmethod, MP_TYPE_FLAG_BASETYPE,
    print, static_class_method_print,
    make_new, static_class_method_make_new,
    call, mp_obj_staticmethod_call,
    attr, static_class_method_attr,
    locals_dict, (mp_obj_dict_t *)&static_class_method_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_classmethod, MP_QSTR_classmethod, MP_TYPE_FLAG_BASETYPE,
    print, static_class_method_print,
    make_new, static_class_method_make_new,
    attr, static_class_method_attr,
    locals_dict, (mp_obj_dict_t *)&static_class_method_locals_dict
    );
