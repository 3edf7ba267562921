// Module objects and the table of modules built into the interpreter.
#include "py/mpconfig.h"

#include <stdio.h>
#include <string.h>

#include "py/obj.h"
#include "py/runtime.h"
#include "py/gc.h"
#include "py/objtype_internal.h"

#include "genhdr/moduledefs.h"

static void module_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *name = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    mp_map_elem_t *file = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_MAP_LOOKUP);
    mp_print_str(print, "<module ");
    if (name != NULL) {
        mp_obj_print_helper(print, name->value, PRINT_REPR);
    } else {
        mp_print_str(print, "'?'");
    }
    mp_map_elem_t *loader = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___loader__), MP_MAP_LOOKUP);
    if (file != NULL) {
        mp_print_str(print, " from ");
        mp_obj_print_helper(print, file->value, PRINT_REPR);
    } else if (loader != NULL && loader->value != mp_const_none) {
        // A loader (set by hand, or by importlib from a spec): named, as
        // CPython does for a module without __file__ (spec origin aside).
        mp_print_str(print, " (");
        mp_obj_print_helper(print, loader->value, PRINT_REPR);
        mp_print_str(print, ")");
    } else if (name == NULL || loader != NULL) {
        // Made by ModuleType(name) (or a subclass that never ran its
        // __init__): loaded by nothing, so nothing to say.
    } else {
        mp_print_str(print, " (built-in)");
    }
    mp_print_str(print, ">");
}

// A module defined in C cannot record an imported submodule (os.path, a
// frozen one) in its ROM table: the submodule is found in sys.modules.
static mp_obj_t builtin_module_submodule(mp_map_t *map, qstr attr) {
    mp_map_elem_t *name = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    if (name == NULL || !mp_obj_is_qstr(name->value)) {
        return MP_OBJ_NULL;
    }
    char buf[64];
    int n = snprintf(buf, sizeof(buf), "%s.%s", qstr_str(MP_OBJ_QSTR_VALUE(name->value)), qstr_str(attr));
    if (n <= 0 || (size_t)n >= sizeof(buf)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t full = mp_obj_new_str(buf, (size_t)n);
    mp_map_elem_t *sub = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)), full, MP_MAP_LOOKUP);
    if (sub == NULL && attr == MP_QSTR_abc && name->value == MP_OBJ_NEW_QSTR(MP_QSTR_collections)) {
        // CPython's collections imports collections.abc itself; ours waits
        // until it is asked for, so `import collections` stays cheap.
        mp_import_name(qstr_from_strn(buf, (size_t)n), mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        sub = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)), full, MP_MAP_LOOKUP);
    }
    return sub != NULL ? sub->value : MP_OBJ_NULL;
}

// A module written in C has its name space in ROM. The first store or delete
// on it copies the table into a heap dict, recorded here (module -> dict, a
// GC root) and used from then on. NULL while no such module was written to,
// so lookups on the others pay one test.
static mp_obj_t module_copies;

static mp_obj_dict_t *module_globals(mp_obj_module_t *self, bool make) {
    mp_obj_dict_t *globals = self->globals;
    if (!globals->map.is_fixed || (module_copies == MP_OBJ_NULL && !make)) {
        return globals;
    }
    if (module_copies == MP_OBJ_NULL) {
        module_copies = mp_obj_new_dict(1);
        gc_add_root_region((void **)&module_copies, 1);
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(module_copies), MP_OBJ_FROM_PTR(self),
        make ? MP_MAP_LOOKUP_ADD_IF_NOT_FOUND : MP_MAP_LOOKUP);
    if (e == NULL) {
        return globals;
    }
    if (e->value == MP_OBJ_NULL) {
        e->value = mp_obj_dict_copy(MP_OBJ_FROM_PTR(globals));
    }
    return MP_OBJ_TO_PTR(e->value);
}

// A module made at run time is allocated with room for an instance of a
// ModuleType subclass with its native part (one word), so that
// `m.__class__ = Sub` can turn it into one where it lies: everything that
// holds m (sys.modules, importers) sees the change. The module's globals
// become the instance's __dict__, and a new plain module holding the same
// globals becomes its native part, as for an instance made by Sub(name).
#define MODULE_ROOM (sizeof(mp_obj_instance_t) + sizeof(mp_obj_t))

// (sys and builtins: their heap name spaces get a module that can change class.)
mp_obj_t mp_obj_module_new_with_globals(mp_obj_t globals) {
    mp_obj_module_t *mod = m_malloc(MODULE_ROOM);
    mod->base.type = &mp_type_module;
    mod->globals = MP_OBJ_TO_PTR(globals);
    return MP_OBJ_FROM_PTR(mod);
}

MP_COLD static void module_set_class(mp_obj_module_t *self, mp_obj_t value) {
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't delete __class__ attribute"));
    }
    if (!mp_obj_is_type_obj(value)) {
        mp_raise_TypeError_obj_unsupported(
            value, MP_ERROR_TEXT("__class__ must be set to a class, not '%s' object"));
    }
    const mp_obj_type_t *to = MP_OBJ_TO_PTR(value);
    if (to == &mp_type_module) {
        return;
    }
    // (Nor can a module written in C other than sys and builtins: its
    // object is const, in ROM, and it is that object which every importer
    // holds. Nor can one become an instance with __slots__: CPython tells
    // that layout differs.)
    if (!mp_obj_is_instance_type(to) || mp_obj_type_user(to)->native_base != &mp_type_module ||
        mp_obj_type_user(to)->slots != MP_OBJ_NULL || mp_obj_type_user(to)->slots_apart ||
        gc_nbytes(self) < MODULE_ROOM) {
        mp_raise_TypeError(MP_ERROR_TEXT(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    mp_obj_module_t *native = MP_OBJ_TO_PTR(mp_obj_module_new_with_globals(MP_OBJ_FROM_PTR(self->globals)));
    mp_obj_instance_t *o = (mp_obj_instance_t *)self;
    // members as a fixed map standing for the globals dict (see
    // py/objtype_internal.h), written before the type changes.
    o->members = (mp_map_t) { .is_fixed = 1, .is_ordered = 1, .table = (mp_map_elem_t *)native->globals };
    o->subobj[0] = MP_OBJ_FROM_PTR(native);
    o->base.type = to;
}

static void module_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_dict_t *globals = module_globals(self, dest[0] != MP_OBJ_NULL);
    mp_map_t *map = &globals->map;
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___dict__) {
            dest[0] = MP_OBJ_FROM_PTR(globals);
            return;
        }
        mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
        } else if (attr == MP_QSTR___annotations__) {
            // Like a class, a module without annotations answers an empty
            // dict, kept (where the table can grow) so later reads see it.
            dest[0] = mp_obj_new_dict(0);
            if (!map->is_fixed) {
                mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[0];
            }
        } else if (globals != self->globals || map->is_fixed) {
            dest[0] = builtin_module_submodule(map, attr);
        }
        return;
    }
    if (attr == MP_QSTR___dict__) {
        mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
    }
    if (attr == MP_QSTR___class__) {
        module_set_class(self, dest[1]);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (dest[1] == MP_OBJ_NULL) {
        if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            return;
        }
    } else {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
    }
    dest[0] = MP_OBJ_NULL;
}

// module.__init__(name, doc=None): (re)sets the entries CPython's sets, in
// its order, keeping the others. self_in may be a ModuleType subclass
// instance, whose __dict__ is its module's globals.
void mp_obj_module_init(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_name, ARG_doc };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_name, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_doc, MP_ARG_OBJ, { .u_obj = mp_const_none } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_module, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t name = vals[ARG_name].u_obj;
    if (!mp_obj_is_str(name)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("module() argument 'name' must be str, not %s"),
            name == mp_const_none ? "None" : mp_obj_get_type_str(name));
    }
    mp_obj_t globals = MP_OBJ_FROM_PTR(mp_obj_module_get_globals(self_in));
    static const uint16_t keys[] = { MP_QSTR___name__, MP_QSTR___doc__, MP_QSTR___package__, MP_QSTR___loader__, MP_QSTR___spec__ };
    for (size_t i = 0; i < MP_ARRAY_SIZE(keys); i++) {
        mp_obj_dict_store(globals, MP_OBJ_NEW_QSTR(keys[i]), i < 2 ? vals[i].u_obj : mp_const_none);
    }
}

// types.ModuleType(name, doc=None): a fresh module, not put in sys.modules.
static mp_obj_t module_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_obj_t mod = mp_obj_module_new_with_globals(mp_obj_new_dict(5));
    // (args NULL: the pending native part of a subclass instance whose own
    // __init__ runs instead, module.__init__ filling it later.)
    if (args != NULL) {
        mp_obj_module_init(mod, n_args, n_kw, args);
    }
    return mod;
}

// A module's own __getattr__(name) (PEP 562) supplies the attributes it
// does not have. Its AttributeError propagates (its message is the module's
// word), unless swallow: then it means "missing", so that the __getattr__ of
// a ModuleType subclass is asked next. module may be such an instance.
MP_COLD void mp_obj_module_getattr_hook(mp_obj_t module, qstr attr, mp_obj_t *dest, bool swallow) {
    if (attr == MP_QSTR___getattr__) {
        return;
    }
    mp_map_elem_t *elem = mp_map_lookup(&mp_obj_module_get_globals(module)->map,
        MP_OBJ_NEW_QSTR(MP_QSTR___getattr__), MP_MAP_LOOKUP);
    if (elem == NULL) {
        return;
    }
    nlr_buf_t nlr;
    if (!swallow) {
        dest[0] = mp_call_function_1(elem->value, MP_OBJ_NEW_QSTR(attr));
    } else if (nlr_push(&nlr) == 0) {
        dest[0] = mp_call_function_1(elem->value, MP_OBJ_NEW_QSTR(attr));
        nlr_pop();
    } else if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
}

// The body of a built-in module's __getattr__ for names written in Python:
// the frozen helper module that defines them is imported on the first use of
// one, so that importing the built-in module stays cheap.
mp_obj_t mp_obj_module_lazy_attr(mp_obj_t module, mp_obj_t name, qstr helper,
    const uint16_t *names, size_t n_names) {
    qstr q = mp_obj_str_get_qstr(name);
    for (size_t i = 0; i < n_names; i++) {
        if (names[i] == q) {
            return mp_load_attr(mp_import_name(helper, mp_const_none, MP_OBJ_NEW_SMALL_INT(0)), q);
        }
    }
    mp_raise_attribute_error(module, q);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_module, MP_QSTR_module, MP_TYPE_FLAG_BASETYPE,
    print, module_print,
    make_new, module_make_new,
    attr, module_attr
    );

mp_obj_t mp_obj_new_module(qstr module_name) {
    mp_obj_t modules = MP_STATE_VM(modules);
    mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(modules), MP_OBJ_NEW_QSTR(module_name), MP_MAP_LOOKUP);
    if (elem != NULL) {
        return elem->value;
    }
    mp_obj_t globals = mp_obj_new_dict(4);
    mp_obj_t mod = mp_obj_module_new_with_globals(globals);
    mp_obj_dict_store(globals, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(module_name));
    // Docstrings are not kept, so every module's __doc__ is None.
    mp_obj_dict_store(globals, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), mp_const_none);
    mp_obj_dict_store(modules, MP_OBJ_NEW_QSTR(module_name), mod);
    return mod;
}

// The globals of what sys.modules holds that is not a plain module: those of
// an instance of a ModuleType subclass (a module whose __class__ was set),
// an empty dict for any other object.
MP_COLD static mp_obj_dict_t *other_module_globals(mp_obj_t obj) {
    obj = mp_obj_cast_to_native_base(obj, MP_OBJ_FROM_PTR(&mp_type_module));
    if (!mp_obj_is_type(obj, &mp_type_module)) {
        return MP_OBJ_TO_PTR(mp_obj_new_dict(0));
    }
    return module_globals(MP_OBJ_TO_PTR(obj), false);
}

mp_obj_dict_t *mp_obj_module_get_globals(mp_obj_t self_in) {
    if (MP_UNLIKELY(!mp_obj_is_type(self_in, &mp_type_module))) {
        return other_module_globals(self_in);
    }
    return module_globals(MP_OBJ_TO_PTR(self_in), false);
}

void mp_obj_module_set_globals(mp_obj_t self_in, mp_obj_dict_t *globals) {
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    self->globals = globals;
}

// Modules written in C, collected at build time from MP_REGISTER_MODULE lines.
static const mp_rom_map_elem_t builtin_module_table[] = {
    MICROPY_REGISTERED_MODULES
};
MP_DEFINE_CONST_MAP(mp_module_builtin_map, builtin_module_table);

// A module whose table ends with packed integer constants (py/obj.h): a heap
// module with the table's entries and the constants (an import that does not
// find it in sys.modules makes a new one).
MP_COLD __attribute__((noinline)) static mp_obj_t module_with_int_consts(const mp_map_t *map) {
    size_t n = map->alloc - 1;
    const mp_rom_int_const_t *consts = MP_OBJ_TO_PTR(map->table[n].value);
    size_t total = n;
    for (const mp_rom_int_const_t *c = consts; c->name != MP_QSTRnull; c++) {
        total++;
    }
    // Sized for all at once: no rehash while filling.
    mp_obj_t globals = mp_obj_new_dict(total);
    for (size_t i = 0; i < n; i++) {
        mp_obj_dict_store(globals, map->table[i].key, map->table[i].value);
    }
    for (const mp_rom_int_const_t *c = consts; c->name != MP_QSTRnull; c++) {
        mp_obj_dict_store(globals, MP_OBJ_NEW_QSTR(c->name), MP_OBJ_NEW_SMALL_INT(c->lo | (mp_int_t)c->hi << 16));
    }
    return mp_obj_module_new_with_globals(globals);
}

mp_obj_t mp_module_get_builtin(qstr module_name) {
    mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&mp_module_builtin_map,
        MP_OBJ_NEW_QSTR(module_name), MP_MAP_LOOKUP);
    if (elem == NULL) {
        return MP_OBJ_NULL;
    }
    const mp_map_t *map = &((mp_obj_module_t *)MP_OBJ_TO_PTR(elem->value))->globals->map;
    if (map->is_fixed && map->alloc > 0 && map->table[map->alloc - 1].key == MP_OBJ_NULL) {
        return module_with_int_consts(map);
    }
    return elem->value;
}
