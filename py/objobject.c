// object: the root of every class, and the default behaviour user classes
// fall back to (object.__init__, __new__, __setattr__, __eq__, __repr__, ...).
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objtype_internal.h"
#include "py/builtin.h"



// "<__main__.Foo object at 0x...>": module and qualified name of the class
// when it is a user class, else just the type name.
void mp_obj_object_print_default(const mp_print_t *print, mp_obj_t self_in) {
    const mp_obj_type_t *type = mp_obj_get_type(self_in);
    mp_obj_t module = MP_OBJ_NULL;
    mp_obj_t qualname = MP_OBJ_NULL;
    if (mp_obj_is_instance_type(type) && MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
        mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP);
        // As CPython, a class of module builtins (made by exec() in a
        // namespace without __name__) is shown without it.
        if (elem != NULL && mp_obj_is_str(elem->value) &&
            elem->value != MP_OBJ_NEW_QSTR(MP_QSTR_builtins)) {
            module = elem->value;
        }
        // type.__new__ moved __qualname__ out of the namespace.
        qualname = mp_obj_type_user(type)->qualname;
    }
    mp_print_str(print, "<");
    if (module != MP_OBJ_NULL) {
        mp_obj_print_helper(print, module, PRINT_STR);
        mp_print_str(print, ".");
    }
    if (qualname != MP_OBJ_NULL) {
        mp_obj_print_helper(print, qualname, PRINT_STR);
    } else {
        // (A built-in type of a module other than builtins: 'select.poll'.)
        mp_print_str(print, mp_obj_type_tp_name(type));
    }
    mp_printf(print, " object at %p>", MP_OBJ_TO_PTR(self_in));
}

// object.__new__ of an abstract class: CPython's message, with the names
// sorted (a value that is not an iterable of str fails as there).
MP_COLD MP_NORETURN void mp_obj_object_raise_abstract(const mp_obj_type_t *cls) {
    mp_obj_t list = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list),
        mp_load_attr(MP_OBJ_FROM_PTR(cls), MP_QSTR___abstractmethods__));
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    mp_obj_list_sort_items(items, n, mp_const_none, false);
    mp_obj_t names = mp_obj_str_join(mp_obj_new_str(", ", 2), list);
    mp_raise_TypeError_varg(MP_ERROR_TEXT("Can't instantiate abstract class %q with abstract method%s %s"),
        cls->name, n > 1 ? "s" : "", mp_obj_str_get_str(names));
}

static void object_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_object_print_default(print, self_in);
}

static mp_obj_t object_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("object() takes no arguments"));
    }
    if (type != &mp_type_object) {
        return mp_obj_instance_new(type);
    }
    mp_obj_base_t *o = m_new_obj(mp_obj_base_t);
    o->type = &mp_type_object;
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t object___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args);
static MP_DEFINE_CONST_FUN_OBJ_KW(object___init___obj, 1, object___init__);
static mp_obj_t object___new__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args);
static MP_DEFINE_CONST_FUN_OBJ_KW(object___new___fun_obj, 1, object___new__);

// Does a user class define (or inherit from another class than object) the
// special method name? object_impl is object's own.
static bool class_overrides(const mp_obj_type_t *type, qstr name, const void *object_impl) {
    mp_obj_t dest[2];
    mp_load_method_maybe(MP_OBJ_FROM_PTR(type), name, dest);
    if (dest[0] != MP_OBJ_NULL && mp_obj_is_slot_wrapper(dest[0]) &&
        ((mp_obj_slot_wrapper_t *)MP_OBJ_TO_PTR(dest[0]))->fun == MP_OBJ_FROM_PTR(object_impl)) {
        return false; // object.__dict__['__init__'] stored in the class
    }
    return dest[0] != MP_OBJ_NULL && MP_OBJ_TO_PTR(dest[0]) != object_impl;
}

// __init__(self, *args, **kwargs): nothing to do. Extra arguments are an
// error unless the class overrides __new__ (and not __init__), as in CPython.
static mp_obj_t object___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args > 1 || (kw_args != NULL && kw_args->used > 0)) {
        // (a bare object() has object's __new__ and __init__ both)
        const mp_obj_type_t *type = mp_obj_get_type(args[0]);
        bool user = mp_obj_is_instance_type(type);
        if (type == &mp_type_object ||
            (user && class_overrides(type, MP_QSTR___init__, &object___init___obj))) {
            mp_raise_TypeError(MP_ERROR_TEXT("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if (user && !class_overrides(type, MP_QSTR___new__, &object___new___fun_obj)) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q.__init__() takes exactly one argument (the instance to initialize)"), type->name);
        }
    }
    return mp_const_none;
}

// __new__(cls, *args, **kwargs): a bare instance of cls (a static method).
static mp_obj_t object___new__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t cls = args[0];
    if (!mp_obj_is_type_obj(cls)) {
        mp_raise_TypeError_obj_unsupported(
            cls, MP_ERROR_TEXT("object.__new__(X): X is not a type object (%s)"));
    }
    const mp_obj_type_t *type = MP_OBJ_TO_PTR(cls);
    if (type == &mp_type_object) {
        // (which refuses extra arguments: object's __init__ is object's)
        return object_make_new(type, n_args - 1, kw_args != NULL ? kw_args->used : 0, NULL);
    }
    // A built-in base's instances need its own __new__ (for a metaclass,
    // type.__new__: its instances are classes).
    const mp_obj_type_t *nb =
        mp_obj_is_instance_type(type) ? mp_obj_type_user(type)->native_base : type;
    if (nb != NULL) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("object.__new__(%q) is not safe, use %q.__new__()"),
            type->name, nb->name);
    }
    if (n_args > 1 || (kw_args != NULL && kw_args->used > 0)) {
        // Extra arguments are for an overridden __init__ only (CPython's rule).
        if (class_overrides(type, MP_QSTR___new__, &object___new___fun_obj)) {
            mp_raise_TypeError(MP_ERROR_TEXT("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if (!class_overrides(type, MP_QSTR___init__, &object___init___obj)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no arguments"), type->name);
        }
    }
    return mp_obj_instance_new(type);
}
static MP_DEFINE_CONST_STATICMETHOD_OBJ(object___new___obj, MP_ROM_PTR(&object___new___fun_obj));

static qstr attr_name_arg(mp_obj_t name) {
    if (!mp_obj_is_str(name)) {
        mp_raise_TypeError_obj_unsupported(
            name, MP_ERROR_TEXT("attribute name must be string, not '%s'"));
    }
    return mp_obj_str_get_qstr(name);
}

// __getattribute__(self, name)
static mp_obj_t object___getattribute__(mp_obj_t self_in, mp_obj_t name) {
    qstr attr = attr_name_arg(name);
    if (mp_obj_is_instance_type(mp_obj_get_type(self_in))) {
        return mp_obj_instance_generic_getattr(self_in, attr);
    }
    return mp_load_attr(self_in, attr);
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___getattribute___obj, object___getattribute__);

// object's and type's __setattr__ and __delattr__ (value NULL), one body.
// A class keeps its attributes through type's version, which also keeps the
// caches of the class and its subclasses right, so object's refuses a class
// (CPython's check against "Carlo Verre" hacks), and type's refuses what is
// not a class.
static mp_obj_t object_setattr(mp_obj_t self_in, mp_obj_t name, mp_obj_t value, bool on_type) {
    qstr meth = value == MP_OBJ_NULL ? MP_QSTR___delattr__ : MP_QSTR___setattr__;
    if (on_type != mp_obj_is_type_obj(self_in)) {
        if (on_type) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("descriptor '%q' requires a '%q' object but received a '%s'"),
                meth, MP_QSTR_type, mp_obj_get_type_str(self_in));
        }
        mp_raise_TypeError_varg(MP_ERROR_TEXT("can't apply this %q to %s object"),
            meth, mp_obj_get_type_str(self_in));
    }
    qstr attr = attr_name_arg(name);
    // A class made by a metaclass is an instance of a user class: this path
    // skips the metaclass's own __setattr__ (which may have called us).
    if (mp_obj_is_instance_type(mp_obj_get_type(self_in))) {
        mp_obj_instance_generic_setattr(self_in, attr, value);
    } else {
        mp_store_attr(self_in, attr, value); // NULL deletes
    }
    return mp_const_none;
}

// __setattr__(self, name, value)
static mp_obj_t object___setattr__(mp_obj_t self_in, mp_obj_t name, mp_obj_t value) {
    return object_setattr(self_in, name, value, false);
}
static MP_DEFINE_CONST_FUN_OBJ_3(object___setattr___obj, object___setattr__);

// type.__setattr__(cls, name, value)
static mp_obj_t type___setattr__(mp_obj_t self_in, mp_obj_t name, mp_obj_t value) {
    return object_setattr(self_in, name, value, true);
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_type_setattr_obj, type___setattr__);

// type.__delattr__(cls, name)
static mp_obj_t type___delattr__(mp_obj_t self_in, mp_obj_t name) {
    return object_setattr(self_in, name, MP_OBJ_NULL, true);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_type_delattr_obj, type___delattr__);

// __delattr__(self, name)
static mp_obj_t object___delattr__(mp_obj_t self_in, mp_obj_t name) {
    return object_setattr(self_in, name, MP_OBJ_NULL, false);
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___delattr___obj, object___delattr__);

// __eq__(self, other): identity, else NotImplemented (so the other side is asked).
static mp_obj_t object___eq__(mp_obj_t self_in, mp_obj_t other) {
    return self_in == other ? mp_const_true : mp_const_notimplemented;
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___eq___obj, object___eq__);

// __ne__(self, other): the inverse of type(self).__eq__ unless that is NotImplemented.
static mp_obj_t object___ne__(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_t dest[2];
    mp_load_method(self_in, MP_QSTR___eq__, dest);
    mp_obj_t res = mp_call_method_n_kw(1, 0, (mp_obj_t[]) { dest[0], dest[1], other });
    if (res == mp_const_notimplemented) {
        return res;
    }
    return mp_obj_new_bool(!mp_obj_is_true(res));
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___ne___obj, object___ne__);

// __lt__, __le__, __gt__, __ge__(self, other): object has no ordering.
static mp_obj_t object_no_order(mp_obj_t self_in, mp_obj_t other) {
    (void)self_in;
    (void)other;
    return mp_const_notimplemented;
}
static MP_DEFINE_CONST_FUN_OBJ_2(object_no_order_obj, object_no_order);
// __subclasshook__(cls, *args): a class method; NotImplemented leaves the
// decision to the usual rules.
static mp_obj_t object___subclasshook__(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    return mp_const_notimplemented;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(object___subclasshook___fun_obj, 1, object___subclasshook__);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(object___subclasshook___obj, MP_ROM_PTR(&object___subclasshook___fun_obj));

// __hash__(self): by identity.
static mp_obj_t object___hash__(mp_obj_t self_in) {
    return mp_generic_unary_op(MP_UNARY_OP_HASH, self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___hash___obj, object___hash__);

// __repr__(self)
static mp_obj_t object___repr__(mp_obj_t self_in) {
    vstr_t vstr;
    vstr_init(&vstr, 48);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_obj_object_print_default(&print, self_in);
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___repr___obj, object___repr__);

// __str__(self): repr(self), which dispatches to the class's __repr__.
static mp_obj_t object___str__(mp_obj_t self_in) {
    return mp_obj_repr(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___str___obj, object___str__);

// __format__(self, format_spec): str(self) for an empty spec.
static mp_obj_t object___format__(mp_obj_t self_in, mp_obj_t spec) {
    mp_obj_t s = mp_obj_str_cast(spec);
    if (s == MP_OBJ_NULL) {
        mp_raise_TypeError_arg_unsupported(
            spec, MP_ERROR_TEXT("__format__() argument must be str, not %s"));
    }
    size_t len;
    mp_obj_str_get_data(s, &len);
    if (len != 0) {
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("unsupported format string passed to %s.__format__"));
    }
    return mp_obj_str(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___format___obj, object___format__);

// __init_subclass__(cls): a class method that does nothing; class keyword
// arguments nobody consumed end up here and are an error, as in CPython.
static mp_obj_t object___init_subclass__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    (void)n_args;
    if (kw_args != NULL && kw_args->used > 0) {
        // CPython names the class by its __qualname__ ("f.<locals>.Z").
        mp_obj_t name = MP_OBJ_NEW_QSTR(MP_QSTR_object);
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(args[0])), MP_OBJ_FROM_PTR(&mp_type_type))) {
            name = mp_load_attr(args[0], MP_QSTR___qualname__);
        }
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s.__init_subclass__() takes no keyword arguments"),
            mp_obj_is_str(name) ? mp_obj_str_get_str(name) : "object");
    }
    return mp_const_none;
}
// (cls only, and keywords, which the function refuses with its own message)
static const mp_obj_fun_builtin_var_t object___init_subclass___fun_obj = {
    { &mp_type_fun_builtin_var }, MP_OBJ_FUN_MAKE_SIG(1, 1, true),
    .fun.kw = object___init_subclass__
};
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(object___init_subclass___obj, MP_ROM_PTR(&object___init_subclass___fun_obj));

// Pickling support: CPython's object.__reduce_ex__ and __reduce__ are thin
// layers over copyreg (frozen here), whose _reduce / _reduce_ex do the work.
static mp_obj_t object_copyreg(qstr fn) {
    mp_obj_t mod = mp_import_name(MP_QSTR_copyreg, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(mod, fn);
}

static mp_obj_t object___reduce_ex__(mp_obj_t self_in, mp_obj_t protocol) {
    (void)mp_obj_get_int(protocol);
    return mp_call_function_2(object_copyreg(MP_QSTR__reduce), self_in, protocol);
}
static MP_DEFINE_CONST_FUN_OBJ_2(object___reduce_ex___obj, object___reduce_ex__);

static mp_obj_t object___reduce__(mp_obj_t self_in) {
    if (mp_obj_is_exception_instance(self_in)) {
        return mp_obj_exception_reduce(self_in);
    }
    // Not overridden: copyreg._reduce also knows the built-ins (set, its
    // subclasses...). Called by an override (super()), that would recurse.
    const mp_obj_type_t *owner = NULL;
    mp_obj_type_mro_find(mp_obj_get_type(self_in), MP_QSTR___reduce__, 0, NULL, MP_OBJ_NULL, &owner);
    return mp_call_function_2(object_copyreg(owner == &mp_type_object ? MP_QSTR__reduce : MP_QSTR__reduce_ex),
        self_in, MP_OBJ_NEW_SMALL_INT(0));
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___reduce___obj, object___reduce__);

// object.__getstate__ (3.11): the instance dict, None when empty, paired
// with a dict of the filled slots when the class has __slots__.
__attribute__((cold)) static mp_obj_t object___getstate__(mp_obj_t self_in) {
    mp_obj_t state = mp_const_none;
    mp_obj_t dest[2];
    mp_load_method_maybe(self_in, MP_QSTR___dict__, dest);
    if (dest[0] != MP_OBJ_NULL && dest[1] == MP_OBJ_NULL && mp_obj_is_type(dest[0], &mp_type_dict) &&
        mp_obj_dict_len(dest[0]) != 0) {
        state = dest[0];
    }
    const mp_obj_type_t *cls = mp_obj_get_type(self_in);
    if (!mp_obj_is_instance_type(cls)) {
        return state;
    }
    mp_obj_t names = mp_call_function_1(object_copyreg(MP_QSTR__slotnames), MP_OBJ_FROM_PTR(cls));
    mp_obj_t slots = mp_obj_new_dict(0);
    mp_obj_t it = mp_getiter(names);
    mp_obj_t name;
    while ((name = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_load_method_maybe(self_in, mp_obj_str_get_qstr(name), dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_dict_store(slots, name, dest[0]);
        }
    }
    if (mp_obj_dict_len(slots) == 0) {
        return state;
    }
    if (state != mp_const_none) {
        // Slots below a class with a __dict__ are kept in it: not twice.
        state = mp_obj_dict_copy(state);
        mp_obj_t it2 = mp_getiter(slots);
        while ((name = mp_iternext(it2)) != MP_OBJ_STOP_ITERATION) {
            mp_map_lookup(mp_obj_dict_get_map(state), name, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
        if (mp_obj_dict_len(state) == 0) {
            state = mp_const_none;
        }
    }
    mp_obj_t pair[2] = { state, slots };
    return mp_obj_new_tuple(2, pair);
}
static MP_DEFINE_CONST_FUN_OBJ_1(object___getstate___obj, object___getstate__);

static const mp_rom_map_elem_t object_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&object___init___obj) },
    { MP_ROM_QSTR(MP_QSTR___new__), MP_ROM_PTR(&object___new___obj) },
    { MP_ROM_QSTR(MP_QSTR___getattribute__), MP_ROM_PTR(&object___getattribute___obj) },
    { MP_ROM_QSTR(MP_QSTR___setattr__), MP_ROM_PTR(&object___setattr___obj) },
    { MP_ROM_QSTR(MP_QSTR___delattr__), MP_ROM_PTR(&object___delattr___obj) },
    { MP_ROM_QSTR(MP_QSTR___eq__), MP_ROM_PTR(&object___eq___obj) },
    { MP_ROM_QSTR(MP_QSTR___ne__), MP_ROM_PTR(&object___ne___obj) },
    { MP_ROM_QSTR(MP_QSTR___lt__), MP_ROM_PTR(&object_no_order_obj) },
    { MP_ROM_QSTR(MP_QSTR___le__), MP_ROM_PTR(&object_no_order_obj) },
    { MP_ROM_QSTR(MP_QSTR___gt__), MP_ROM_PTR(&object_no_order_obj) },
    { MP_ROM_QSTR(MP_QSTR___ge__), MP_ROM_PTR(&object_no_order_obj) },
    { MP_ROM_QSTR(MP_QSTR___hash__), MP_ROM_PTR(&object___hash___obj) },
    { MP_ROM_QSTR(MP_QSTR___repr__), MP_ROM_PTR(&object___repr___obj) },
    { MP_ROM_QSTR(MP_QSTR___str__), MP_ROM_PTR(&object___str___obj) },
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&object___format___obj) },
    { MP_ROM_QSTR(MP_QSTR___init_subclass__), MP_ROM_PTR(&object___init_subclass___obj) },
    { MP_ROM_QSTR(MP_QSTR___subclasshook__), MP_ROM_PTR(&object___subclasshook___obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce_ex__), MP_ROM_PTR(&object___reduce_ex___obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&object___reduce___obj) },
    { MP_ROM_QSTR(MP_QSTR___getstate__), MP_ROM_PTR(&object___getstate___obj) },
};
static MP_DEFINE_CONST_DICT(object_locals_dict, object_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_object, MP_QSTR_object, MP_TYPE_FLAG_BASETYPE,
    print, object_print,
    make_new, object_make_new,
    unary_op, mp_generic_unary_op,
    locals_dict, (mp_obj_dict_t *)&object_locals_dict
    );
