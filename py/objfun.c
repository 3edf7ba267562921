// Function objects: built-in (C) functions, Python functions (bytecode plus
// globals, defaults and closure), code objects, and the binding of call
// arguments to a new frame's local slots.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/gc.h"
#include "py/bc.h"
#include "py/vm.h"
#include "py/builtin.h"
#include "py/objtype_internal.h"

// The co_flags bit of MP_SCOPE_FLAG_ITERABLE_COROUTINE (CPython's CO_ITERABLE_COROUTINE).
#define CODE_CO_ITERABLE_COROUTINE (0x100)

// Every function carries its annotations dict (MP_OBJ_NULL until the def
// gives one or __annotations__ is first read or set) after the usual fields,
// so that it does not show in the function's __dict__. (7 words would take
// as many GC blocks as 8.)
typedef struct _fun_bc_annotated_t {
    mp_obj_fun_bc_t fun;
    mp_obj_t annotations;
} fun_bc_annotated_t;

// Frames up to this many bytes are allocated on the C stack; bigger ones go to
// the heap. 2 KiB covers ~250 slots; deep recursion is bounded by the
// recursion limit and by mp_stack_check.
#define FUN_BC_MAX_STACK_FRAME (2048)

// ---------------------------------------------------------------------------
// Built-in functions. A built-in function object carries no name, so the name
// is found (for printing and __name__) by looking the object up in the
// builtins module, then in the loaded modules.

// The key under which fun is stored in map; MP_QSTRnull if it is not there.
MP_COLD static qstr map_key_of(const mp_map_t *map, mp_const_obj_t fun) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i) && map->table[i].value == fun && mp_obj_is_qstr(map->table[i].key)) {
            return MP_OBJ_QSTR_VALUE(map->table[i].key);
        }
    }
    return MP_QSTRnull;
}

// The key of fun among the locals of a built-in type exported in map (a
// static method such as str.maketrans, reached without binding); sets
// *owner to that type and *binding (if given) to how it binds: 0 not (a
// static method), 1 self, 2 the class.
MP_COLD static qstr map_type_locals_key_of(const mp_map_t *map, mp_const_obj_t fun, const mp_obj_type_t **owner, uint8_t *binding) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i) || !mp_obj_is_type(map->table[i].value, &mp_type_type)) {
            continue;
        }
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(map->table[i].value);
        if (!MP_OBJ_TYPE_HAS_SLOT(t, locals_dict) || mp_obj_is_instance_type(t)) {
            continue;
        }
        const mp_map_t *locals = &MP_OBJ_TYPE_GET_SLOT(t, locals_dict)->map;
        for (size_t j = 0; j < locals->alloc; j++) {
            if (!mp_map_slot_is_filled(locals, j) || !mp_obj_is_qstr(locals->table[j].key)) {
                continue;
            }
            mp_obj_t v = locals->table[j].value;
            uint8_t how = mp_obj_is_type(v, &mp_type_staticmethod) ? 0
                : mp_obj_is_type(v, &mp_type_classmethod) ? 2 : 1;
            if (how != 1) {
                v = MP_OBJ_FROM_PTR(((mp_rom_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun);
            }
            if (v == fun) {
                *owner = t;
                if (binding != NULL) {
                    *binding = how;
                }
                return MP_OBJ_QSTR_VALUE(locals->table[j].key);
            }
        }
    }
    return MP_QSTRnull;
}

// The name of a built-in function, the module that exports it (MP_QSTR_
// for both if none does) and, for a static method, its type (*owner, else
// NULL). Modules written in C (fixed globals) are searched before Python
// modules, which may have imported the function under another name; the
// locals of the types the modules export come last. Costs a scan of
// sys.modules: only for repr, __name__ and __module__.
MP_COLD static qstr builtin_fun_name_in2(mp_const_obj_t fun, qstr *module, const mp_obj_type_t **owner, uint8_t *binding) {
    *module = MP_QSTR_builtins;
    *owner = NULL;
    const mp_map_t *builtins = &mp_module_builtins_globals.map;
    qstr name = map_key_of(builtins, fun);
    if (name != MP_QSTRnull) {
        return name;
    }
    const mp_map_t *mods = NULL;
    mp_obj_t modules = MP_STATE_VM(modules);
    if (modules != MP_OBJ_NULL && mp_obj_is_type(modules, &mp_type_dict)) {
        mods = mp_obj_dict_get_map(modules);
    }
    // Passes: 2 = C modules, 1 = Python modules, 0 = types exported by any.
    // The built-in types come before Python modules, whose globals may hold
    // the function under any name (a loop variable, say).
    for (int pass = 2; pass >= 0; pass--) {
        if (pass == 1) {
            name = map_type_locals_key_of(builtins, fun, owner, binding);
            if (name != MP_QSTRnull) {
                return name;
            }
        }
        // C modules are searched in their own tables, imported or not (sys's
        // table is in the registry, its globals are a copy).
        const mp_map_t *list = pass == 2 ? &mp_module_builtin_map : mods;
        for (size_t i = 0; list != NULL && i < list->alloc; i++) {
            mp_obj_t mod = list->table[i].value;
            if (!mp_map_slot_is_filled(list, i) || !mp_obj_is_type(mod, &mp_type_module)) {
                continue;
            }
            const mp_map_t *globals = pass == 2
                ? &((mp_obj_module_t *)MP_OBJ_TO_PTR(mod))->globals->map
                : &mp_obj_module_get_globals(mod)->map;
            if (pass == 0) {
                name = map_type_locals_key_of(globals, fun, owner, binding);
            } else {
                name = map_key_of(globals, fun);
            }
            if (name != MP_QSTRnull) {
                mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)globals, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
                *module = elem != NULL && mp_obj_is_qstr(elem->value) ? MP_OBJ_QSTR_VALUE(elem->value) : MP_QSTR_;
                return name;
            }
        }
    }
    *module = MP_QSTR_;
    return MP_QSTR_;
}

MP_COLD static qstr builtin_fun_name_in(mp_const_obj_t fun, qstr *module, const mp_obj_type_t **owner) {
    return builtin_fun_name_in2(fun, module, owner, NULL);
}

MP_COLD static qstr builtin_fun_name(mp_const_obj_t fun) {
    qstr module;
    const mp_obj_type_t *owner;
    return builtin_fun_name_in(fun, &module, &owner);
}

MP_COLD static void fun_builtin_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    qstr name = builtin_fun_name(self_in);
    if (name == MP_QSTR_) {
        mp_printf(print, "<built-in function at %p>", MP_OBJ_TO_PTR(self_in));
    } else {
        mp_printf(print, "<built-in function %q>", name);
    }
}

static const mp_obj_fun_builtin_var_t fun_bc___get___obj;

MP_COLD static void fun_builtin_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(builtin_fun_name(self_in));
    } else if (attr == MP_QSTR___qualname__) {
        qstr module;
        const mp_obj_type_t *owner;
        qstr name = builtin_fun_name_in(self_in, &module, &owner);
        if (owner != NULL) {
            vstr_t vstr;
            vstr_init(&vstr, 16);
            vstr_add_str(&vstr, qstr_str(owner->name));
            vstr_add_byte(&vstr, '.');
            vstr_add_str(&vstr, qstr_str(name));
            dest[0] = mp_obj_new_str_from_vstr(&vstr);
        } else {
            dest[0] = MP_OBJ_NEW_QSTR(name);
        }
    } else if (attr == MP_QSTR___module__) {
        qstr module;
        const mp_obj_type_t *owner;
        builtin_fun_name_in(self_in, &module, &owner);
        dest[0] = module == MP_QSTR_ || owner != NULL ? mp_const_none : MP_OBJ_NEW_QSTR(module);
    } else if (attr == MP_QSTR___doc__ || attr == MP_QSTR___self__) {
        dest[0] = mp_const_none;
    } else if (attr == MP_QSTR___get__) {
        // object's methods stay plain built-ins when read from the class (no
        // wrapper to allocate per look-up) yet bind as CPython's descriptors
        // do: attrs caches object.__setattr__.__get__(self).
        qstr module;
        const mp_obj_type_t *owner;
        builtin_fun_name_in(self_in, &module, &owner);
        if (owner == &mp_type_object) {
            dest[0] = MP_OBJ_FROM_PTR(&fun_bc___get___obj);
            dest[1] = self_in;
        }
    }
}

// Methods of str, bytes and bytearray that CPython parses with its tuple
// parser, hence its wording of a wrong argument count.
static bool builtin_uses_takes_wording(const mp_obj_type_t *owner, qstr name) {
    if (owner != &mp_type_str && owner != &mp_type_bytes && owner != &mp_type_bytearray) {
        return false;
    }
    switch (name) {
        case MP_QSTR_find:
        case MP_QSTR_rfind:
        case MP_QSTR_index:
        case MP_QSTR_rindex:
        case MP_QSTR_count:
        case MP_QSTR_startswith:
        case MP_QSTR_endswith:
            return true;
        default:
            return false;
    }
}

// The TypeError for a call of a built-in function with the wrong number of
// arguments (or keywords it does not take), worded as CPython words it for
// most built-ins: "len() takes exactly one argument (2 given)",
// "list.copy() takes no arguments (1 given)", "divmod expected 2 arguments,
// got 1". The name is looked up only here, on the error path.
MP_COLD MP_NORETURN static void builtin_arity_error(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args,
    size_t n_min, size_t n_max, bool takes_kw) {
    qstr module;
    const mp_obj_type_t *owner;
    uint8_t is_method = 0;
    qstr name = builtin_fun_name_in2(self_in, &module, &owner, &is_method);
    if (name == MP_QSTR_) {
        // Not found (a function of an unloaded module): the generic wording.
        mp_arg_check_num(n_args, n_kw, n_min, n_max, takes_kw);
    }
    if (is_method == 1 && n_args == 0) {
        mp_obj_slot_wrapper_raise_bad_self(owner, name, MP_OBJ_NULL); // object.__repr__()
    }
    if (is_method && n_min > 0) {
        // self is not counted; its type names the method (str, bytes and
        // bytearray share some of theirs; bool's are int's), a class
        // method's class names it (B.fromhex of a bytes subclass).
        // (object's methods keep its name: range().__format__ is object's.)
        if (is_method == 2 && n_args > 0) {
            owner = MP_OBJ_TO_PTR(args[0]);
        } else if (n_args > 0 && !mp_obj_is_type_obj(args[0]) && owner != &mp_type_object) {
            const mp_obj_type_t *t = mp_obj_get_type(args[0]);
            if (!mp_obj_is_instance_type(t) && t != &mp_type_bool) {
                owner = t;
            }
        }
        n_args -= n_args > 0;
        n_min -= 1;
        n_max -= 1;
    }
    if (takes_kw && n_args < n_min) {
        // Its first arguments are positional-only (sum, exec).
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q() takes at least %d positional argument%s (%d given)"), name,
            (int)n_min, n_min == 1 ? "" : "s", (int)n_args);
    }
    mp_obj_fun_raise_arity(owner, module, name, n_args, takes_kw ? 0 : n_kw, n_min, n_max);
}

MP_COLD MP_NORETURN void mp_obj_fun_raise_arity(const mp_obj_type_t *owner, qstr module, qstr name,
    size_t n_args, size_t n_kw, size_t n_min, size_t n_max) {
    // A type's special methods are worded as CPython's slot wrappers: 1 for
    // "expected 1 argument, got 0", 2 for the same after a space.
    int slot = owner != NULL && n_kw == 0 ? mp_obj_slot_wrapper_arity_wording(owner, name) : 0;
    // "type." or "module." before the name where the message has it.
    qstr pre = owner != NULL ? owner->name : module == MP_QSTR_builtins ? MP_QSTR_ : module;
    const char *dot = pre != MP_QSTR_ ? "." : "";
    const char *how = n_min == n_max ? "" : n_args < n_min ? "at least " : "at most ";
    size_t n = n_args < n_min ? n_min : n_max;
    if (n_kw > 0) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q%s%q() takes no keyword arguments"), pre, dot, name);
    }
    if (n_min == n_max && n_max <= 1 && slot == 0) {
        mp_raise_TypeError_varg(n_max == 0
            ? MP_ERROR_TEXT("%q%s%q() takes no arguments (%d given)")
            : MP_ERROR_TEXT("%q%s%q() takes exactly one argument (%d given)"),
            pre, dot, name, (int)n_args);
    }
    if (builtin_uses_takes_wording(owner, name)) {
        // These methods of str/bytes/bytearray word the count as CPython's
        // tuple parser does: "find() takes at most 3 arguments (4 given)".
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes %s%d argument%s (%d given)"), name,
            *how ? how : "exactly ", (int)n, n == 1 ? "" : "s", (int)n_args);
    }
    if (name == MP_QSTR___set_name__) {
        // property.__set_name__ counts as a Python function does.
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q() takes 2 positional arguments but %d were given"), name, (int)n_args);
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q%sexpected %s%d argument%s, got %d"),
        slot ? MP_QSTR_ : name, slot == 1 ? "" : " ", how, (int)n, n == 1 ? "" : "s", (int)n_args);
}

static mp_obj_t fun_builtin_0_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args != 0 || n_kw != 0) {
        builtin_arity_error(self_in, n_args, n_kw, args, 0, 0, false);
    }
    return self->fun._0();
}

static mp_obj_t fun_builtin_1_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args != 1 || n_kw != 0) {
        builtin_arity_error(self_in, n_args, n_kw, args, 1, 1, false);
    }
    return self->fun._1(args[0]);
}

static mp_obj_t fun_builtin_2_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args != 2 || n_kw != 0) {
        builtin_arity_error(self_in, n_args, n_kw, args, 2, 2, false);
    }
    return self->fun._2(args[0], args[1]);
}

static mp_obj_t fun_builtin_3_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_builtin_fixed_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args != 3 || n_kw != 0) {
        builtin_arity_error(self_in, n_args, n_kw, args, 3, 3, false);
    }
    return self->fun._3(args[0], args[1], args[2]);
}

static mp_obj_t fun_builtin_var_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_builtin_var_t *self = MP_OBJ_TO_PTR(self_in);
    uint32_t sig = self->sig;
    bool takes_kw = sig & 1;
    size_t n_min = sig >> 17;
    size_t n_max = (sig >> 1) & 0xffff;
    if (n_args < n_min || n_args > n_max || (n_kw > 0 && !takes_kw)) {
        builtin_arity_error(self_in, n_args, n_kw, args, n_min, n_max, takes_kw);
    }
    if (!takes_kw) {
        return self->fun.var(n_args, args);
    }
    // The (key, value) pairs following the positional arguments already have
    // the layout of a map table: wrap them in a fixed map, no copying.
    mp_map_t kw_args;
    mp_map_init_fixed_table(&kw_args, n_kw, args + n_args);
    return self->fun.kw(n_args, args, &kw_args);
}

#define FUN_BUILTIN_FLAGS (MP_TYPE_FLAG_BINDS_SELF | MP_TYPE_FLAG_BUILTIN_FUN)

// All five are one type to Python code, named as CPython names it.

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_builtin_0, MP_QSTR_builtin_function_or_method, FUN_BUILTIN_FLAGS,
    print, fun_builtin_print,
    call, fun_builtin_0_call,
    unary_op, mp_generic_unary_op,
    attr, fun_builtin_attr
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_builtin_1, MP_QSTR_builtin_function_or_method, FUN_BUILTIN_FLAGS,
    print, fun_builtin_print,
    call, fun_builtin_1_call,
    unary_op, mp_generic_unary_op,
    attr, fun_builtin_attr
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_builtin_2, MP_QSTR_builtin_function_or_method, FUN_BUILTIN_FLAGS,
    print, fun_builtin_print,
    call, fun_builtin_2_call,
    unary_op, mp_generic_unary_op,
    attr, fun_builtin_attr
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_builtin_3, MP_QSTR_builtin_function_or_method, FUN_BUILTIN_FLAGS,
    print, fun_builtin_print,
    call, fun_builtin_3_call,
    unary_op, mp_generic_unary_op,
    attr, fun_builtin_attr
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_builtin_var, MP_QSTR_builtin_function_or_method, FUN_BUILTIN_FLAGS,
    print, fun_builtin_print,
    call, fun_builtin_var_call,
    unary_op, mp_generic_unary_op,
    attr, fun_builtin_attr
    );

// ---------------------------------------------------------------------------
// Code objects: the raw code produced by the compiler, visible as f.__code__.

MP_COLD static void code_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const mp_raw_code_t *rc = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<code object %q at %p, file \"%q\", line %u>", rc->name, rc, rc->source_file, (unsigned)rc->first_line);
}

MP_COLD static void code_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
MP_COLD static mp_raw_code_t *raw_code_copy(const mp_raw_code_t *rc);

// code.replace(**changes): a copy of the code with some fields changed. Only
// co_name and the CO_ITERABLE_COROUTINE bit of co_flags can really change
// (types.coroutine needs the latter); any other field must keep its value.
MP_COLD static mp_obj_t code_replace(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args > 1) {
        mp_raise_TypeError(MP_ERROR_TEXT("replace() takes no positional arguments"));
    }
    mp_raw_code_t *rc = raw_code_copy(MP_OBJ_TO_PTR(args[0]));
    for (size_t i = 0; i < kw_args->alloc; i++) {
        if (!mp_map_slot_is_filled(kw_args, i)) {
            continue;
        }
        qstr key = mp_obj_str_get_qstr(kw_args->table[i].key);
        mp_obj_t value = kw_args->table[i].value;
        mp_obj_t cur[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        code_attr(args[0], key, cur);
        if (cur[0] == MP_OBJ_NULL || key == MP_QSTR_replace) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("'%q' is an invalid keyword argument for replace()"), key);
        }
        if (key == MP_QSTR_co_name) {
            if (!mp_obj_is_str(value)) {
                mp_raise_TypeError_obj_unsupported(
                    value, MP_ERROR_TEXT("replace() argument 'co_name' must be str, not %s"));
            }
            rc->name = mp_obj_str_get_qstr(value);
            continue;
        }
        if (key == MP_QSTR_co_flags) {
            mp_int_t flags = mp_obj_get_int(value);
            if (flags & CODE_CO_ITERABLE_COROUTINE) {
                rc->scope_flags |= MP_SCOPE_FLAG_ITERABLE_COROUTINE;
            } else {
                rc->scope_flags &= ~MP_SCOPE_FLAG_ITERABLE_COROUTINE;
            }
            value = MP_OBJ_NEW_SMALL_INT(flags & ~CODE_CO_ITERABLE_COROUTINE);
            cur[0] = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(cur[0]) & ~CODE_CO_ITERABLE_COROUTINE);
        }
        if (!mp_obj_equal(cur[0], value)) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("replace(): %q cannot be changed"), key);
        }
    }
    return MP_OBJ_FROM_PTR(rc);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(code_replace_obj, 1, code_replace);

MP_COLD static void code_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_raw_code_t *rc = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MP_QSTR_co_name:
            dest[0] = MP_OBJ_NEW_QSTR(rc->name);
            break;
        case MP_QSTR_co_filename:
            dest[0] = MP_OBJ_NEW_QSTR(rc->source_file);
            break;
        case MP_QSTR_co_firstlineno:
            dest[0] = mp_obj_new_int_from_uint(rc->first_line);
            break;
        case MP_QSTR_co_argcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(rc->n_pos_args);
            break;
        case MP_QSTR_co_posonlyargcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(rc->n_posonly_args);
            break;
        case MP_QSTR_co_kwonlyargcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(rc->n_kwonly_args);
            break;
        case MP_QSTR_co_nlocals:
        case MP_QSTR_co_varnames: {
            // (without the hidden ".locals" slot of py/compile.c)
            size_t n = 0;
            mp_obj_t *names = m_new(mp_obj_t, rc->n_locals);
            for (size_t i = 0; i < rc->n_locals; i++) {
                if (rc->local_names[i] != MP_QSTR__dot_locals) {
                    names[n++] = MP_OBJ_NEW_QSTR(rc->local_names[i]);
                }
            }
            dest[0] = attr == MP_QSTR_co_nlocals ? MP_OBJ_NEW_SMALL_INT(n) : mp_obj_new_tuple(n, names);
            break;
        }
        case MP_QSTR_co_code:
            dest[0] = mp_obj_new_bytes(rc->code, rc->code_len);
            break;
        case MP_QSTR_co_consts:
            dest[0] = mp_obj_new_tuple(rc->n_consts, rc->consts);
            break;
        case MP_QSTR_co_flags: {
            // CPython 3.11's CO_* bits (CO_NESTED is not tracked).
            mp_uint_t f = 0;
            if (!(rc->scope_flags & (MP_SCOPE_FLAG_MODULE | MP_SCOPE_FLAG_CLASS_BODY))) {
                f |= 0x3; // CO_OPTIMIZED | CO_NEWLOCALS
            }
            f |= (rc->scope_flags & MP_SCOPE_FLAG_VARARGS) ? 0x4 : 0;
            f |= (rc->scope_flags & MP_SCOPE_FLAG_VARKEYWORDS) ? 0x8 : 0;
            if (rc->scope_flags & MP_SCOPE_FLAG_ASYNC_GENERATOR) {
                f |= 0x200;
            } else if (rc->scope_flags & MP_SCOPE_FLAG_COROUTINE) {
                f |= 0x80;
            } else if (rc->scope_flags & MP_SCOPE_FLAG_GENERATOR) {
                f |= 0x20;
            }
            f |= (rc->scope_flags & MP_SCOPE_FLAG_ITERABLE_COROUTINE) ? CODE_CO_ITERABLE_COROUTINE : 0;
            dest[0] = MP_OBJ_NEW_SMALL_INT(f);
            break;
        }
        case MP_QSTR_replace:
            dest[0] = MP_OBJ_FROM_PTR(&code_replace_obj);
            dest[1] = self_in;
            break;
        case MP_QSTR_co_freevars:
        case MP_QSTR_co_cellvars: {
            // Free variables take the last slots; cells are listed in cell_slots.
            bool free = attr == MP_QSTR_co_freevars;
            size_t n = free ? rc->n_freevars : rc->n_cells;
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
            for (size_t i = 0; i < n; i++) {
                size_t slot = free ? (size_t)(rc->n_locals - rc->n_freevars) + i : rc->cell_slots[i];
                t->items[i] = MP_OBJ_NEW_QSTR(rc->local_names[slot]);
            }
            dest[0] = MP_OBJ_FROM_PTR(t);
            break;
        }
        default:
            break;
    }
}

// Copies of a code (code.replace, a renamed function's own code, __code__
// assignment) share its bytecode: they compare equal when the bytecode,
// constants and CPython-visible flags are the same. Names are left out of
// it because here a function's names live in its code.
static bool code_same(const mp_raw_code_t *a, const mp_raw_code_t *b) {
    uint16_t visible = (uint16_t) ~MP_SCOPE_FLAG_OWN_QUALNAME;
    return a->code == b->code && a->consts == b->consts && a->names == b->names
           && (a->scope_flags & visible) == (b->scope_flags & visible);
}

MP_COLD static mp_obj_t code_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op == MP_UNARY_OP_HASH) {
        const mp_raw_code_t *rc = MP_OBJ_TO_PTR(self_in);
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)(((uintptr_t)rc->code >> 3) & 0x3fffffff));
    }
    return mp_generic_unary_op(op, self_in);
}

MP_COLD static mp_obj_t code_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !mp_obj_is_type(rhs, &mp_type_code)) {
        return MP_OBJ_NULL;
    }
    bool same = code_same(MP_OBJ_TO_PTR(lhs), MP_OBJ_TO_PTR(rhs));
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? same : !same);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_code, MP_QSTR_code, MP_TYPE_FLAG_NONE,
    print, code_print,
    unary_op, code_unary_op,
    binary_op, code_binary_op,
    attr, code_attr
    );

// ---------------------------------------------------------------------------
// Argument binding (CPython's rules and error messages).

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the missing-argument messages.
static void add_name_list(vstr_t *vstr, const qstr *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_str(vstr, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        }
        vstr_add_byte(vstr, '\'');
        vstr_add_str(vstr, qstr_str(names[i]));
        vstr_add_byte(vstr, '\'');
    }
}

// A function whose __name__ or __qualname__ was assigned gets its own copy
// of the raw code with room for its qualname: the two names then change
// independently (the qualname no longer follows the name).
typedef struct _fun_rc_renamed_t {
    mp_raw_code_t rc;
    mp_obj_t qualname;
} fun_rc_renamed_t;

// A copy of rc that keeps its qualname however it was given; the copy's
// flags and name may then be changed.
MP_COLD static mp_raw_code_t *raw_code_copy(const mp_raw_code_t *rc) {
    fun_rc_renamed_t *r = m_new_obj(fun_rc_renamed_t);
    r->rc = *rc;
    r->rc.scope_flags |= MP_SCOPE_FLAG_OWN_QUALNAME;
    r->qualname = mp_raw_code_qualname(rc);
    return &r->rc;
}

// __qualname__ of a function's code ("C.m", "f.<locals>.g"); error
// messages name functions by it, as CPython does.
MP_COLD mp_obj_t mp_raw_code_qualname(const mp_raw_code_t *rc) {
    if (rc->scope_flags & MP_SCOPE_FLAG_OWN_QUALNAME) {
        return ((const fun_rc_renamed_t *)rc)->qualname;
    }
    if ((rc->scope_flags & MP_SCOPE_FLAG_QUALNAME) && rc->n_consts > 0) {
        return rc->consts[0];
    }
    return MP_OBJ_NEW_QSTR(rc->name);
}

MP_COLD static const char *qualname_str(const mp_raw_code_t *rc) {
    return mp_obj_str_get_str(mp_raw_code_qualname(rc));
}

// The messages below are built on the heap; while it is locked
// (micropython.heap_lock()) the TypeError goes without one.
static void raise_if_heap_locked(void) {
    if (gc_is_locked()) {
        mp_raise_type(&mp_type_TypeError);
    }
}

MP_COLD MP_NORETURN static void raise_missing(const mp_raw_code_t *rc, mp_obj_t *locals, size_t first, size_t last, const char *kind) {
    raise_if_heap_locked();
    qstr *names = m_new(qstr, last - first);
    size_t n = 0;
    for (size_t i = first; i < last; i++) {
        if (locals[i] == MP_OBJ_NULL) {
            names[n++] = rc->local_names[i];
        }
    }
    vstr_t vstr;
    vstr_init(&vstr, 32);
    add_name_list(&vstr, names, n);
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() missing %u required %s argument%s: %s"),
        qualname_str(rc), (unsigned)n, kind, n == 1 ? "" : "s", vstr_null_terminated_str(&vstr));
}

MP_NORETURN static void raise_too_many_positional(const mp_raw_code_t *rc, size_t n_def, size_t n_given, size_t n_kwonly_given) {
    raise_if_heap_locked();
    size_t n_pos = rc->n_pos_args;
    vstr_t takes;
    vstr_init(&takes, 16);
    bool plural;
    if (n_def > 0) {
        vstr_printf(&takes, "from %u to %u", (unsigned)(n_pos - n_def), (unsigned)n_pos);
        plural = true;
    } else {
        vstr_printf(&takes, "%u", (unsigned)n_pos);
        plural = n_pos != 1;
    }
    vstr_t kwonly;
    vstr_init(&kwonly, 16);
    if (n_kwonly_given > 0) {
        vstr_printf(&kwonly, " positional argument%s (and %u keyword-only argument%s)",
            n_given == 1 ? "" : "s", (unsigned)n_kwonly_given, n_kwonly_given == 1 ? "" : "s");
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() takes %s positional argument%s but %u%s %s given"),
        qualname_str(rc), vstr_null_terminated_str(&takes), plural ? "s" : "", (unsigned)n_given,
        vstr_null_terminated_str(&kwonly), (n_given == 1 && n_kwonly_given == 0) ? "was" : "were");
}

// The qstr of a keyword argument name (a str object), or MP_QSTRnull if the
// text was never interned (then it cannot be the name of a parameter).
static qstr kw_name_qstr(mp_obj_t key) {
    if (mp_obj_is_qstr(key)) {
        return MP_OBJ_QSTR_VALUE(key);
    }
    size_t len;
    const char *s = mp_obj_str_get_data(key, &len);
    return qstr_find_strn(s, len);
}

// TypeError naming every positional-only parameter given as a keyword
// (from the i-th keyword on, the first of them).
MP_NORETURN static void posonly_as_keyword(const mp_raw_code_t *rc, const mp_obj_t *kw, size_t i, size_t n_kw) {
    raise_if_heap_locked();
    vstr_t names;
    vstr_init(&names, 16);
    for (; i < n_kw; i++) {
        qstr q = kw_name_qstr(kw[2 * i]);
        for (size_t j = 0; q != MP_QSTRnull && j < rc->n_posonly_args; j++) {
            if (rc->local_names[j] == q) {
                if (names.len > 0) {
                    vstr_add_str(&names, ", ");
                }
                vstr_add_str(&names, qstr_str(q));
            }
        }
    }
    mp_raise_TypeError_varg(
        MP_ERROR_TEXT("%s() got some positional-only arguments passed as keyword arguments: '%s'"),
        qualname_str(rc), vstr_null_terminated_str(&names));
}

// The general case: keywords, defaults, *args, **kwargs, keyword-only args.
static __attribute__((noinline)) void bind_args_slow(const mp_raw_code_t *rc, mp_obj_fun_bc_t *fun, mp_obj_t *locals, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    size_t n_pos = rc->n_pos_args;
    size_t n_named = n_pos + rc->n_kwonly_args;
    uint16_t flags = rc->scope_flags;
    size_t n_copy = n_args < n_pos ? n_args : n_pos;
    if (n_copy > 0) { // args may be NULL when there are none
        memcpy(locals, args, n_copy * sizeof(mp_obj_t));
    }

    size_t slot = n_named;
    if (flags & MP_SCOPE_FLAG_VARARGS) {
        if (n_args > n_pos) {
            locals[slot] = mp_obj_new_tuple(n_args - n_pos, args + n_pos);
        } else {
            locals[slot] = mp_const_empty_tuple;
        }
        slot++;
    }
    mp_obj_t kw_dict = MP_OBJ_NULL;
    if (flags & MP_SCOPE_FLAG_VARKEYWORDS) {
        kw_dict = mp_obj_new_dict(n_kw);
        locals[slot] = kw_dict;
    }

    // args is NULL for a call without arguments, and NULL + 0 is undefined
    // (clang's -fsanitize=undefined stops on it).
    const mp_obj_t *kw = n_kw == 0 ? NULL : args + n_args;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = kw[2 * i];
        mp_obj_t value = kw[2 * i + 1];
        qstr q = kw_name_qstr(key);
        size_t j = n_named;
        if (q != MP_QSTRnull) {
            for (j = 0; j < n_named; j++) {
                if (rc->local_names[j] == q) {
                    break;
                }
            }
        }
        if (j < n_named && j >= rc->n_posonly_args) {
            if (locals[j] != MP_OBJ_NULL) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() got multiple values for argument '%q'"), qualname_str(rc), q);
            }
            locals[j] = value;
        } else if (kw_dict != MP_OBJ_NULL) {
            // Positional-only names are free to be used as **kwargs keys.
            mp_obj_dict_store(kw_dict, key, value);
        } else if (j < n_named) {
            posonly_as_keyword(rc, kw, i, n_kw);
        } else {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() got an unexpected keyword argument '%s'"),
                qualname_str(rc), mp_obj_str_get_str(key));
        }
    }

    size_t n_def = fun->defaults != NULL ? fun->defaults->len : 0;
    if (n_args > n_pos && !(flags & MP_SCOPE_FLAG_VARARGS)) {
        size_t n_kwonly_given = 0;
        for (size_t i = n_pos; i < n_named; i++) {
            n_kwonly_given += locals[i] != MP_OBJ_NULL;
        }
        raise_too_many_positional(rc, n_def, n_args, n_kwonly_given);
    }

    // Defaults fill the missing ones among the last n_def positional args.
    bool missing = false;
    for (size_t i = n_copy; i < n_pos; i++) {
        if (locals[i] == MP_OBJ_NULL) {
            if (i + n_def >= n_pos) {
                locals[i] = fun->defaults->items[i + n_def - n_pos];
            } else {
                missing = true;
            }
        }
    }
    if (missing) {
        raise_missing(rc, locals, 0, n_pos, "positional");
    }

    missing = false;
    for (size_t i = n_pos; i < n_named; i++) {
        if (locals[i] == MP_OBJ_NULL) {
            mp_map_elem_t *elem = NULL;
            if (fun->kwdefaults != NULL) {
                elem = mp_map_lookup(&fun->kwdefaults->map, MP_OBJ_NEW_QSTR(rc->local_names[i]), MP_MAP_LOOKUP);
            }
            if (elem != NULL) {
                locals[i] = elem->value;
            } else {
                missing = true;
            }
        }
    }
    if (missing) {
        raise_missing(rc, locals, n_pos, n_named, "keyword-only");
    }
}

// Inlined into the call slot (the hot path of every Python call).
static inline __attribute__((always_inline)) void setup_code_state(mp_code_state_t *cs, mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_raw_code_t *rc = fun->rc;
    size_t n_locals = rc->n_locals;
    mp_obj_t *locals = cs->state;
    cs->fun = fun;
    cs->ip = rc->code;
    cs->sp = locals + n_locals - 1;
    cs->exc_sp = (mp_exc_block_t *)(locals + n_locals + rc->stack_size);
    cs->gen_exc = MP_OBJ_NULL;
    cs->yield_from = false;

    if (MP_LIKELY(n_kw == 0 && n_args == rc->n_pos_args
        && rc->n_kwonly_args == 0 && !(rc->scope_flags & (MP_SCOPE_FLAG_VARARGS | MP_SCOPE_FLAG_VARKEYWORDS)))) {
        // The common case: exactly the positional arguments.
        for (size_t i = 0; i < n_args; i++) {
            locals[i] = args[i];
        }
        for (size_t i = n_args; i < n_locals; i++) {
            locals[i] = MP_OBJ_NULL;
        }
    } else {
        for (size_t i = 0; i < n_locals; i++) {
            locals[i] = MP_OBJ_NULL;
        }
        bind_args_slow(rc, fun, locals, n_args, n_kw, args);
    }

    for (size_t i = 0; i < rc->n_cells; i++) {
        size_t slot = rc->cell_slots[i];
        locals[slot] = mp_obj_new_cell(locals[slot]);
    }
    size_t n_free = rc->n_freevars;
    if (n_free > 0) {
        mp_obj_t *free = locals + n_locals - n_free;
        mp_obj_tuple_t *closure = fun->closure;
        for (size_t i = 0; i < n_free; i++) {
            // A missing closure would be a compiler bug: empty cells keep the
            // VM safe (NameError instead of a crash).
            free[i] = (closure != NULL && i < closure->len) ? closure->items[i] : mp_obj_new_cell(MP_OBJ_NULL);
        }
    }
}

void mp_setup_code_state(mp_code_state_t *cs, mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    setup_code_state(cs, fun, n_args, n_kw, args);
}

// ---------------------------------------------------------------------------
// Python functions.

mp_obj_t mp_obj_fun_bc_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_bc_t *fun = MP_OBJ_TO_PTR(self_in);
    const mp_raw_code_t *rc = fun->rc;
    if (MP_UNLIKELY(rc->scope_flags & (MP_SCOPE_FLAG_GENERATOR | MP_SCOPE_FLAG_COROUTINE | MP_SCOPE_FLAG_ASYNC_GENERATOR))) {
        return mp_obj_new_gen_instance(fun, n_args, n_kw, args);
    }

    // Both checks come before anything is changed, so a raise here leaves no
    // state behind. The stack check's common case is inline; mp_stack_check
    // decides when the quick test fails (also when no limit is set).
    if (MP_UNLIKELY((size_t)(mp_state_ctx.stack_top - (char *)__builtin_frame_address(0))
        > mp_state_ctx.stack_limit)) {
        mp_stack_check();
    }
    if (MP_UNLIKELY(MP_STATE_THREAD(recursion_depth) >= MP_STATE_THREAD(recursion_limit))) {
        mp_raise_recursion_depth();
    }

    size_t size = mp_code_state_size(rc);
    mp_code_state_t *cs;
    if (MP_LIKELY(size <= FUN_BC_MAX_STACK_FRAME)) {
        cs = __builtin_alloca(size);
    } else {
        cs = m_malloc(size);
    }
    setup_code_state(cs, fun, n_args, n_kw, args);

    MP_STATE_THREAD(recursion_depth)++;
    mp_obj_dict_t *old_globals = MP_STATE_VM(dict_globals);
    MP_STATE_VM(dict_globals) = fun->globals;
    mp_obj_t ret;
    mp_vm_return_kind_t kind = mp_execute_bytecode(cs, MP_OBJ_NULL, &ret);
    MP_STATE_VM(dict_globals) = old_globals;
    MP_STATE_THREAD(recursion_depth)--;
    if (MP_UNLIKELY(size > FUN_BC_MAX_STACK_FRAME)) {
        m_free(cs);
    }
    if (MP_UNLIKELY(kind != MP_VM_RETURN_NORMAL)) {
        nlr_raise(ret);
    }
    return ret;
}

MP_COLD static void fun_bc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_fun_bc_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<function %s at %p>", qualname_str(self->rc), self);
}

static mp_obj_t fun_bc_module_name(mp_obj_fun_bc_t *self) {
    if (self->globals != NULL) {
        mp_map_elem_t *elem = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        if (elem != NULL) {
            return elem->value;
        }
    }
    return mp_const_none;
}

static mp_obj_dict_t *fun_bc_get_dict(mp_obj_fun_bc_t *self) {
    if (self->dict == NULL) {
        self->dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
    }
    return self->dict;
}

MP_COLD static void fun_bc_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_fun_bc_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_SENTINEL) {
        // Store or delete: everything goes to the function's __dict__.
        if (attr == MP_QSTR___dict__) {
            self->dict = MP_OBJ_TO_PTR(mp_obj_dict_attr_value(dest[1]));
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___globals__ || attr == MP_QSTR___closure__ || attr == MP_QSTR___builtins__) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
        }
        if (attr == MP_QSTR___code__) {
            if (dest[1] == MP_OBJ_NULL || !mp_obj_is_type(dest[1], &mp_type_code)) {
                mp_raise_TypeError(MP_ERROR_TEXT("__code__ must be set to a code object"));
            }
            const mp_raw_code_t *rc = MP_OBJ_TO_PTR(dest[1]);
            size_t n_free = self->closure != NULL ? self->closure->len : 0;
            if (rc->n_freevars != n_free) {
                mp_raise_ValueError_varg(
                    MP_ERROR_TEXT("%q() requires a code object with %u free vars, not %u"), self->rc->name,
                    (unsigned)n_free, (unsigned)rc->n_freevars);
            }
            // The function keeps its names (here they live in the code, so
            // a copy is made).
            mp_raw_code_t *copy = raw_code_copy(rc);
            copy->name = self->rc->name;
            ((fun_rc_renamed_t *)copy)->qualname = mp_raw_code_qualname(self->rc);
            self->rc = copy;
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___annotations__) {
            // Deleting it, or setting None, makes the next read a new dict.
            mp_obj_t v = dest[1] == MP_OBJ_NULL ? mp_const_none : dest[1];
            if (v != mp_const_none && !mp_obj_is_instance_of(v, &mp_type_dict)) {
                mp_raise_TypeError(MP_ERROR_TEXT("__annotations__ must be set to a dict object"));
            }
            ((fun_bc_annotated_t *)self)->annotations = v == mp_const_none ? MP_OBJ_NULL : v;
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___defaults__ || attr == MP_QSTR___kwdefaults__) {
            // These live in the function object itself: calls use them.
            bool is_pos = attr == MP_QSTR___defaults__;
            mp_obj_t v = dest[1] == MP_OBJ_NULL ? mp_const_none : dest[1];
            if (v != mp_const_none && !mp_obj_is_type(v, is_pos ? &mp_type_tuple : &mp_type_dict)) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("%q must be set to a %s object"),
                    attr, is_pos ? "tuple" : "dict");
            }
            if (is_pos) {
                self->defaults = v == mp_const_none || mp_obj_len(v) == MP_OBJ_NEW_SMALL_INT(0) ? NULL : MP_OBJ_TO_PTR(v);
            } else {
                self->kwdefaults = v == mp_const_none ? NULL : MP_OBJ_TO_PTR(v);
            }
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
            // The names live in the raw code (shared by every function made
            // from the same def), so give this function its own copy: they
            // must not show up in __dict__.
            if (dest[1] == MP_OBJ_NULL || !mp_obj_is_str(dest[1])) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("%q must be set to a string object"), attr);
            }
            fun_rc_renamed_t *r = m_new_obj(fun_rc_renamed_t);
            r->rc = *self->rc;
            r->rc.scope_flags |= MP_SCOPE_FLAG_OWN_QUALNAME;
            r->qualname = mp_raw_code_qualname(self->rc);
            if (attr == MP_QSTR___name__) {
                r->rc.name = mp_obj_str_get_qstr(dest[1]);
            } else {
                r->qualname = dest[1];
            }
            self->rc = &r->rc;
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (dest[1] == MP_OBJ_NULL) {
            if (self->dict != NULL
                && mp_map_lookup(&self->dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
                dest[0] = MP_OBJ_NULL;
            }
        } else {
            mp_obj_dict_store(MP_OBJ_FROM_PTR(fun_bc_get_dict(self)), MP_OBJ_NEW_QSTR(attr), dest[1]);
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___dict__) {
        dest[0] = MP_OBJ_FROM_PTR(fun_bc_get_dict(self));
        return;
    }
    if (self->dict != NULL) {
        mp_map_elem_t *elem = mp_map_lookup(&self->dict->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
            return;
        }
    }
    switch (attr) {
        case MP_QSTR___name__:
            dest[0] = MP_OBJ_NEW_QSTR(self->rc->name);
            break;
        case MP_QSTR___qualname__:
            dest[0] = mp_raw_code_qualname(self->rc);
            break;
        case MP_QSTR___module__:
            dest[0] = fun_bc_module_name(self);
            break;
        case MP_QSTR___code__:
            dest[0] = MP_OBJ_FROM_PTR(self->rc);
            break;
        case MP_QSTR___globals__:
            dest[0] = self->globals != NULL ? MP_OBJ_FROM_PTR(self->globals) : mp_const_none;
            break;
        case MP_QSTR___defaults__:
            dest[0] = self->defaults != NULL ? MP_OBJ_FROM_PTR(self->defaults) : mp_const_none;
            break;
        case MP_QSTR___kwdefaults__:
            dest[0] = self->kwdefaults != NULL ? MP_OBJ_FROM_PTR(self->kwdefaults) : mp_const_none;
            break;
        case MP_QSTR___closure__:
            dest[0] = self->closure != NULL ? MP_OBJ_FROM_PTR(self->closure) : mp_const_none;
            break;
        case MP_QSTR___builtins__:
            // The builtins name space the function's code uses.
            dest[0] = MP_STATE_BUILTINS_DICT != MP_OBJ_NULL ? MP_STATE_BUILTINS_DICT : mp_const_none;
            break;
        case MP_QSTR___doc__: {
            const mp_raw_code_t *rc = self->rc;
            size_t i = (rc->scope_flags & MP_SCOPE_FLAG_QUALNAME) ? 1 : 0;
            dest[0] = (rc->scope_flags & MP_SCOPE_FLAG_DOC) && i < rc->n_consts ? rc->consts[i] : mp_const_none;
            break;
        }
        case MP_QSTR___annotations__: {
            // CPython creates the dict on first access and keeps it.
            fun_bc_annotated_t *fa = (fun_bc_annotated_t *)self;
            if (fa->annotations == MP_OBJ_NULL) {
                fa->annotations = mp_obj_new_dict(0);
            }
            dest[0] = fa->annotations;
            break;
        }
        default:
            break;
    }
}

// function.__get__(obj, type=None): functions are descriptors; through an
// instance they become methods bound to it, through a class (obj None) they
// stay themselves.
mp_obj_t mp_obj_fun_get(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    if (args[1] == mp_const_none) {
        return args[0];
    }
    return mp_obj_new_bound_meth(args[0], args[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(fun_bc___get___obj, 2, 3, mp_obj_fun_get);

// function(code, globals, name=None, argdefs=None, closure=None): a new
// function running code with globals (types.FunctionType). Its builtins are
// the interpreter's, whatever globals holds.
MP_COLD static mp_obj_t fun_bc_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    enum { ARG_code, ARG_globals, ARG_name, ARG_argdefs, ARG_closure };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_code, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_globals, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_name, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_argdefs, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_closure, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t code = vals[ARG_code].u_obj, globals = vals[ARG_globals].u_obj;
    mp_obj_t name = vals[ARG_name].u_obj, argdefs = vals[ARG_argdefs].u_obj;
    mp_obj_t closure = vals[ARG_closure].u_obj;
    if (!mp_obj_is_type(code, &mp_type_code)) {
        mp_raise_TypeError_obj_unsupported(
            code, MP_ERROR_TEXT("function() argument 'code' must be code, not %s"));
    }
    if (!mp_obj_is_type(globals, &mp_type_dict)) {
        mp_raise_TypeError_obj_unsupported(
            globals, MP_ERROR_TEXT("function() argument 'globals' must be dict, not %s"));
    }
    if (name != mp_const_none && !mp_obj_is_str(name)) {
        mp_raise_TypeError(MP_ERROR_TEXT("arg 3 (name) must be None or string"));
    }
    if (argdefs != mp_const_none && !mp_obj_is_type(argdefs, &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("arg 4 (defaults) must be None or tuple"));
    }
    const mp_raw_code_t *rc = MP_OBJ_TO_PTR(code);
    size_t n_cells = 0;
    if (closure != mp_const_none || rc->n_freevars > 0) {
        if (!mp_obj_is_type(closure, &mp_type_tuple)) {
            mp_raise_TypeError(MP_ERROR_TEXT("arg 5 (closure) must be tuple"));
        }
        size_t len;
        mp_obj_t *items;
        mp_obj_tuple_get(closure, &len, &items);
        for (; n_cells < len; n_cells++) {
            if (!mp_obj_is_type(items[n_cells], &mp_type_cell)) {
                mp_raise_TypeError_obj_unsupported(
                    items[n_cells], MP_ERROR_TEXT("arg 5 (closure) expected cell, found %s"));
            }
        }
    }
    if (n_cells != rc->n_freevars) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("%q requires closure of length %u, not %u"),
            rc->name, (unsigned)rc->n_freevars, (unsigned)n_cells);
    }
    if (name != mp_const_none) {
        mp_raw_code_t *copy = raw_code_copy(rc);
        copy->name = mp_obj_str_get_qstr(name);
        rc = copy;
    }
    return mp_make_function_from_raw_code(rc, MP_OBJ_TO_PTR(globals), argdefs, MP_OBJ_NULL,
        n_cells ? closure : MP_OBJ_NULL);
}

static const mp_rom_map_elem_t fun_bc_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&fun_bc___get___obj) },
};
static MP_DEFINE_CONST_DICT(fun_bc_locals_dict, fun_bc_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_bc, MP_QSTR_function, MP_TYPE_FLAG_BINDS_SELF,
    make_new, fun_bc_make_new,
    print, fun_bc_print,
    call, mp_obj_fun_bc_call,
    unary_op, mp_generic_unary_op,
    attr, fun_bc_attr,
    locals_dict, (mp_obj_dict_t *)&fun_bc_locals_dict
    );

void mp_obj_fun_bc_set_annotations(mp_obj_t fun, mp_obj_t annotations) {
    ((fun_bc_annotated_t *)MP_OBJ_TO_PTR(fun))->annotations = annotations;
}

mp_obj_t mp_make_function_from_raw_code(const mp_raw_code_t *rc, mp_obj_dict_t *globals, mp_obj_t def_args, mp_obj_t def_kw_args, mp_obj_t closure) {
    fun_bc_annotated_t *f = m_new_obj(fun_bc_annotated_t);
    f->annotations = MP_OBJ_NULL;
    mp_obj_fun_bc_t *fun = &f->fun;
    fun->base.type = &mp_type_fun_bc;
    fun->rc = rc;
    fun->globals = globals;
    // An empty defaults tuple means no defaults.
    fun->defaults = NULL;
    if (def_args != MP_OBJ_NULL && def_args != mp_const_none) {
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(def_args);
        if (t->len > 0) {
            fun->defaults = t;
        }
    }
    fun->kwdefaults = (def_kw_args != MP_OBJ_NULL && def_kw_args != mp_const_none) ? MP_OBJ_TO_PTR(def_kw_args) : NULL;
    fun->closure = (closure != MP_OBJ_NULL && closure != mp_const_none) ? MP_OBJ_TO_PTR(closure) : NULL;
    fun->dict = NULL;
    return MP_OBJ_FROM_PTR(fun);
}

mp_obj_t mp_obj_fun_bc_call_with_locals(mp_obj_t fun, mp_obj_dict_t *locals) {
    mp_obj_dict_t *old_locals = MP_STATE_VM(dict_locals);
    mp_obj_dict_t *old_globals = MP_STATE_VM(dict_globals);
    MP_STATE_VM(dict_locals) = locals;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t ret;
        if (mp_obj_is_type(fun, &mp_type_fun_bc)) {
            ret = mp_obj_fun_bc_call(fun, 0, 0, NULL);
        } else {
            ret = mp_call_function_0(fun);
        }
        nlr_pop();
        MP_STATE_VM(dict_locals) = old_locals;
        MP_STATE_VM(dict_globals) = old_globals;
        return ret;
    } else {
        MP_STATE_VM(dict_locals) = old_locals;
        MP_STATE_VM(dict_globals) = old_globals;
        nlr_jump(nlr.ret_val);
    }
}

MP_COLD qstr mp_obj_fun_get_name(mp_const_obj_t fun) {
    if (!mp_obj_is_obj(fun)) {
        return MP_QSTR_;
    }
    const mp_obj_type_t *type = ((const mp_obj_base_t *)fun)->type;
    if (type == &mp_type_fun_bc) {
        return ((const mp_obj_fun_bc_t *)fun)->rc->name;
    }
    if (type == &mp_type_bound_meth) {
        return mp_obj_fun_get_name(((const mp_obj_bound_meth_t *)fun)->meth);
    }
    if (type == &mp_type_gen_instance || type == &mp_type_coro_instance) {
        return ((const mp_obj_gen_instance_t *)fun)->cs.fun->rc->name;
    }
    if (type->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
        return builtin_fun_name(fun);
    }
    return MP_QSTR_;
}
