// The collections module: namedtuple (here), deque (extmod/objdeque.c) and
// the dict variants OrderedDict, defaultdict and Counter
// (extmod/objdictsub.c). namedtuple builds a real class deriving from tuple,
// as CPython does, so that instances are tuples (indexing, unpacking, ==,
// hashing) and the class can be subclassed; its fields are properties
// reading the tuple items. UserDict, UserList, UserString and ChainMap come
// from the frozen lib/_collections_user.py through the module __getattr__.
#include "py/mpconfig.h"

#include "extmod/modcollections.h"

#if MICROPY_PY_COLLECTIONS

#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/lexer.h"

extern const mp_obj_module_t mp_module_collections;

// ---------------------------------------------------------------------------
// Field accessors: a callable that returns item `index` of the tuple it is
// given. A property with one of these as its getter is a field.

typedef struct _tuplegetter_t {
    mp_obj_base_t base;
    size_t index;
} tuplegetter_t;

static mp_obj_t tuplegetter_call(
    mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    tuplegetter_t *self = MP_OBJ_TO_PTR(self_in);
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(args[0], &len, &items);
    if (self->index >= len) {
        mp_raise_IndexError(MP_ERROR_TEXT("tuple index out of range"));
    }
    return items[self->index];
}

static MP_DEFINE_CONST_OBJ_TYPE(
    tuplegetter_type, MP_QSTR__tuplegetter, MP_TYPE_FLAG_NONE,
    call, tuplegetter_call
    );

// ---------------------------------------------------------------------------
// Methods of the generated class. A built-in function stored in a Python
// class does not bind to instances (as in CPython), so each method is
// wrapped in a callable that does.

typedef mp_rom_obj_static_class_method_t nt_method_t;

// __get__(obj, type=None): a descriptor as a def function is, so code that
// binds methods found in a class's __dict__ by hand (copyreg, pickle's
// __getnewargs__ lookup) gets a bound method.
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(nt_method_get_obj, 2, 3, mp_obj_fun_get);
static const mp_rom_map_elem_t nt_method_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&nt_method_get_obj) },
};
static MP_DEFINE_CONST_DICT(nt_method_locals, nt_method_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    nt_method_type, MP_QSTR_function, MP_TYPE_FLAG_BINDS_SELF,
    call, mp_obj_staticmethod_call,
    locals_dict, &nt_method_locals
    );

// ---------------------------------------------------------------------------
// The class's methods. They find the field names in the class (cls._fields),
// so one set of C functions serves every namedtuple class.

static void get_fields(mp_obj_t cls, size_t *n, mp_obj_t **fields) {
    mp_obj_get_array(mp_load_attr(cls, MP_QSTR__fields), n, fields);
}

static mp_obj_t tuple_new_for(mp_obj_t cls, mp_obj_t values) {
    mp_obj_t tuple_new = mp_load_attr(MP_OBJ_FROM_PTR(&mp_type_tuple), MP_QSTR___new__);
    return mp_call_function_2(tuple_new, cls, values);
}

static qstr class_name(mp_obj_t cls) {
    return ((mp_obj_type_t *)MP_OBJ_TO_PTR(cls))->name;
}

// __new__(cls, *args, **kwargs)
static mp_obj_t namedtuple_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t cls = args[0];
    size_t n_fields;
    mp_obj_t *fields;
    get_fields(cls, &n_fields, &fields);
    size_t n_pos = n_args - 1;
    if (n_pos > n_fields) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q.__new__() takes %d positional arguments but %d were given"),
            class_name(cls), (int)n_fields + 1, (int)n_args);
    }
    mp_obj_tuple_t *values = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_fields, NULL));
    for (size_t i = 0; i < n_pos; i++) {
        values->items[i] = args[i + 1];
    }
    size_t cur = 0;
    mp_map_elem_t *kw;
    while (kw_args != NULL && (kw = mp_map_next(kw_args, &cur)) != NULL) {
        size_t i = 0;
        while (i < n_fields && !mp_obj_equal(fields[i], kw->key)) {
            i++;
        }
        if (i == n_fields) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q.__new__() got an unexpected keyword argument '%s'"),
                class_name(cls), mp_obj_str_get_str(kw->key));
        }
        if (values->items[i] != MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q.__new__() got multiple values for argument '%s'"),
                class_name(cls), mp_obj_str_get_str(kw->key));
        }
        values->items[i] = kw->value;
    }
    mp_obj_t defaults = MP_OBJ_NULL;
    size_t n_missing = 0;
    for (size_t i = 0; i < n_fields; i++) {
        if (values->items[i] != MP_OBJ_NULL) {
            continue;
        }
        if (defaults == MP_OBJ_NULL) {
            defaults = mp_load_attr(cls, MP_QSTR__field_defaults);
        }
        mp_map_elem_t *d = mp_map_lookup(mp_obj_dict_get_map(defaults), fields[i], MP_MAP_LOOKUP);
        if (d != NULL) {
            values->items[i] = d->value;
        } else {
            n_missing++;
        }
    }
    if (n_missing > 0) {
        // "missing 2 required positional arguments: 'x' and 'y'", as CPython words it.
        vstr_t vstr;
        vstr_init(&vstr, 32);
        size_t seen = 0;
        for (size_t i = 0; i < n_fields; i++) {
            if (values->items[i] != MP_OBJ_NULL) {
                continue;
            }
            seen++;
            if (seen > 1) {
                vstr_add_str(&vstr, n_missing == 2 ? " and " : seen == n_missing ? ", and " : ", ");
            }
            vstr_printf(&vstr, "'%s'", mp_obj_str_get_str(fields[i]));
        }
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q.__new__() missing %d required positional argument%s: %s"),
            class_name(cls), (int)n_missing, n_missing == 1 ? "" : "s",
            vstr_null_terminated_str(&vstr));
    }
    return tuple_new_for(cls, MP_OBJ_FROM_PTR(values));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(namedtuple_new_obj, 1, namedtuple_new);

// A class's __new__: the function above, showing the class's defaults (None
// or a tuple) as __defaults__, as CPython's generated function does.
typedef struct _nt_new_t {
    mp_obj_base_t base;
    mp_obj_t defaults;
} nt_new_t;

static mp_obj_t nt_new_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)self_in;
    return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&namedtuple_new_obj), n_args, n_kw, args);
}

static void nt_new_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    nt_new_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___defaults__) {
            dest[0] = self->defaults;
        } else if (attr == MP_QSTR___kwdefaults__) {
            dest[0] = mp_const_none;
        } else if (attr == MP_QSTR___name__) {
            dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR___new__);
        }
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    nt_new_type, MP_QSTR_function, MP_TYPE_FLAG_NONE,
    call, nt_new_call,
    attr, nt_new_attr
    );

// __repr__(): Name(field=value, ...) with the name of the instance's class.
static mp_obj_t namedtuple_repr(mp_obj_t self_in) {
    mp_obj_t cls = MP_OBJ_FROM_PTR(mp_obj_get_type(self_in));
    size_t n_fields;
    mp_obj_t *fields;
    get_fields(cls, &n_fields, &fields);
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(self_in, &len, &items);
    vstr_t vstr;
    vstr_init(&vstr, 32);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_printf(&print, "%q(", class_name(cls));
    for (size_t i = 0; i < len; i++) {
        if (i > 0) {
            mp_print_str(&print, ", ");
        }
        if (i < n_fields) {
            mp_obj_print_helper(&print, fields[i], PRINT_STR);
            mp_print_str(&print, "=");
        }
        mp_obj_print_helper(&print, items[i], PRINT_REPR);
    }
    mp_print_str(&print, ")");
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(namedtuple_repr_obj, namedtuple_repr);
static const nt_method_t namedtuple_repr_meth = { { &nt_method_type },
    MP_ROM_PTR(&namedtuple_repr_obj) };

// _asdict()
static mp_obj_t namedtuple_asdict(mp_obj_t self_in) {
    size_t n_fields;
    mp_obj_t *fields;
    get_fields(MP_OBJ_FROM_PTR(mp_obj_get_type(self_in)), &n_fields, &fields);
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(self_in, &len, &items);
    mp_obj_t d = mp_obj_new_dict(len);
    for (size_t i = 0; i < len && i < n_fields; i++) {
        mp_obj_dict_store(d, fields[i], items[i]);
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_1(namedtuple_asdict_obj, namedtuple_asdict);
static const nt_method_t namedtuple_asdict_meth = { { &nt_method_type },
    MP_ROM_PTR(&namedtuple_asdict_obj) };

// _make(iterable): a classmethod.
static mp_obj_t namedtuple_make(mp_obj_t cls, mp_obj_t iterable) {
    size_t n_fields;
    mp_obj_t *fields;
    get_fields(cls, &n_fields, &fields);
    mp_obj_t t = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), iterable);
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(t, &len, &items);
    if (len != n_fields) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("Expected %d arguments, got %d"),
            (int)n_fields, (int)len);
    }
    return tuple_new_for(cls, t);
}
static MP_DEFINE_CONST_FUN_OBJ_2(namedtuple_make_obj, namedtuple_make);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(namedtuple_make_cm_obj, MP_ROM_PTR(&namedtuple_make_obj));

// _replace(**kwargs)
static mp_obj_t namedtuple_replace(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args != 1) {
        mp_raise_TypeError(MP_ERROR_TEXT("_replace() takes 1 positional argument"));
    }
    mp_obj_t self = args[0];
    mp_obj_t cls = MP_OBJ_FROM_PTR(mp_obj_get_type(self));
    size_t n_fields;
    mp_obj_t *fields;
    get_fields(cls, &n_fields, &fields);
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(self, &len, &items);
    mp_obj_t values = mp_obj_new_tuple(len, items);
    mp_obj_tuple_t *v = MP_OBJ_TO_PTR(values);
    mp_obj_t unknown = mp_obj_new_list(0, NULL);
    size_t cur = 0;
    mp_map_elem_t *kw;
    while ((kw = mp_map_next(kw_args, &cur)) != NULL) {
        size_t i = 0;
        while (i < n_fields && !mp_obj_equal(fields[i], kw->key)) {
            i++;
        }
        if (i < n_fields && i < len) {
            v->items[i] = kw->value;
        } else {
            mp_obj_list_append(unknown, kw->key);
        }
    }
    if (mp_obj_is_true(unknown)) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("Got unexpected field names: %s"),
            mp_obj_str_get_str(mp_obj_repr(unknown)));
    }
    return tuple_new_for(cls, values);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(namedtuple_replace_obj, 1, namedtuple_replace);
static const nt_method_t namedtuple_replace_meth = { { &nt_method_type },
    MP_ROM_PTR(&namedtuple_replace_obj) };

// __getnewargs__(): for copy and pickle protocols.
static mp_obj_t namedtuple_getnewargs(mp_obj_t self_in) {
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(self_in, &len, &items);
    return mp_obj_new_tuple(len, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(namedtuple_getnewargs_obj, namedtuple_getnewargs);
static const nt_method_t namedtuple_getnewargs_meth = { { &nt_method_type },
    MP_ROM_PTR(&namedtuple_getnewargs_obj) };

// ---------------------------------------------------------------------------
// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)

// The lexer's keyword table, so that the two lists cannot drift apart.
static bool is_keyword(const char *s) {
    for (size_t i = 0; i <= MP_TOKEN_KW_YIELD - MP_TOKEN_KW_FALSE; i++) {
        if (strcmp(s, keyword_table[i]) == 0) {
            return true;
        }
    }
    return false;
}

static bool is_identifier(mp_obj_t name) {
    return mp_obj_str_isidentifier_obj.fun._1(name) == mp_const_true;
}

// The field names as a list of str, from a str ("x y" or "x, y") or an iterable.
static mp_obj_t field_list(mp_obj_t field_names) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    if (mp_obj_is_str(field_names)) {
        GET_STR_DATA_LEN(field_names, data, len);
        size_t i = 0;
        while (i < len) {
            while (i < len && (data[i] == ',' || unichar_isspace(data[i]))) {
                i++;
            }
            size_t start = i;
            while (i < len && data[i] != ',' && !unichar_isspace(data[i])) {
                i++;
            }
            if (i > start) {
                mp_obj_list_append(list, mp_obj_new_str((const char *)data + start, i - start));
            }
        }
        return list;
    }
    mp_obj_t it = mp_getiter(field_names);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, mp_obj_str(x));
    }
    return list;
}

static void check_name(mp_obj_t name) {
    const char *s = mp_obj_str_get_str(name);
    if (!is_identifier(name)) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Type names and field names must be valid identifiers: %s"),
            mp_obj_str_get_str(mp_obj_repr(name)));
    }
    if (is_keyword(s)) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("Type names and field names cannot be a keyword: %s"),
            mp_obj_str_get_str(mp_obj_repr(name)));
    }
}

static mp_obj_t collections_namedtuple(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_typename, ARG_field_names, ARG_rename, ARG_defaults, ARG_module };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_typename, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_field_names, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_rename, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
        { MP_QSTR_defaults, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_module, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);

    mp_obj_t typename = mp_obj_str(args[ARG_typename].u_obj);
    mp_obj_t names = field_list(args[ARG_field_names].u_obj);
    size_t n_fields;
    mp_obj_t *fields;
    mp_obj_list_get(names, &n_fields, &fields);

    if (args[ARG_rename].u_bool) {
        for (size_t i = 0; i < n_fields; i++) {
            const char *s = mp_obj_str_get_str(fields[i]);
            bool bad = !is_identifier(fields[i]) || is_keyword(s) || s[0] == '_';
            for (size_t j = 0; j < i && !bad; j++) {
                bad = mp_obj_equal(fields[j], fields[i]);
            }
            if (bad) {
                vstr_t vstr;
                vstr_init(&vstr, 8);
                vstr_printf(&vstr, "_%u", (unsigned)i);
                fields[i] = mp_obj_new_str_from_vstr(&vstr);
            }
        }
    }
    check_name(typename);
    for (size_t i = 0; i < n_fields; i++) {
        check_name(fields[i]);
    }
    for (size_t i = 0; i < n_fields; i++) {
        size_t len;
        const char *s = mp_obj_str_get_data(fields[i], &len);
        if (s[0] == '_' && !args[ARG_rename].u_bool) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("Field names cannot start with an underscore: %s"),
                mp_obj_str_get_str(mp_obj_repr(fields[i])));
        }
        for (size_t j = 0; j < i; j++) {
            if (mp_obj_equal(fields[j], fields[i])) {
                mp_raise_ValueError_varg(
                    MP_ERROR_TEXT("Encountered duplicate field name: %s"),
                    mp_obj_str_get_str(mp_obj_repr(fields[i])));
            }
        }
    }

    // Defaults apply to the rightmost fields.
    mp_obj_t field_defaults = mp_obj_new_dict(0);
    nt_new_t *nt_new = m_new_obj(nt_new_t);
    nt_new->base.type = &nt_new_type;
    nt_new->defaults = mp_const_none;
    if (args[ARG_defaults].u_obj != mp_const_none) {
        mp_obj_t dt = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), args[ARG_defaults].u_obj);
        nt_new->defaults = dt;
        size_t n_def;
        mp_obj_t *defs;
        mp_obj_tuple_get(dt, &n_def, &defs);
        if (n_def > n_fields) {
            mp_raise_TypeError(MP_ERROR_TEXT("Got more default values than field names"));
        }
        for (size_t i = 0; i < n_def; i++) {
            mp_obj_dict_store(field_defaults, fields[n_fields - n_def + i], defs[i]);
        }
    }

    mp_obj_t fields_tuple = mp_obj_new_tuple(n_fields, fields);
    mp_obj_t ns = mp_obj_new_dict(n_fields + 12);
    qstr name_q = mp_obj_str_get_qstr(typename);
    mp_obj_t module = args[ARG_module].u_obj;
    if (module == mp_const_none) {
        // The calling code's module, as CPython finds it from the caller's frame.
        mp_map_elem_t *elem =
            mp_map_lookup(&mp_globals_get()->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        module = elem != NULL ? elem->value : MP_OBJ_NEW_QSTR(MP_QSTR___main__);
    }
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___module__), module);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_OBJ_NEW_QSTR(name_q));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___slots__), mp_const_empty_tuple);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR__fields), fields_tuple);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR__field_defaults), field_defaults);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___match_args__), fields_tuple);
    mp_obj_dict_store(
        ns, MP_OBJ_NEW_QSTR(MP_QSTR___new__), mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_staticmethod), MP_OBJ_FROM_PTR(nt_new)));
    mp_obj_dict_store(
        ns, MP_OBJ_NEW_QSTR(MP_QSTR___repr__), MP_OBJ_FROM_PTR(&namedtuple_repr_meth));
    mp_obj_dict_store(
        ns, MP_OBJ_NEW_QSTR(MP_QSTR___getnewargs__), MP_OBJ_FROM_PTR(&namedtuple_getnewargs_meth));
    mp_obj_dict_store(
        ns, MP_OBJ_NEW_QSTR(MP_QSTR__asdict), MP_OBJ_FROM_PTR(&namedtuple_asdict_meth));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR__make), MP_OBJ_FROM_PTR(&namedtuple_make_cm_obj));
    mp_obj_dict_store(
        ns, MP_OBJ_NEW_QSTR(MP_QSTR__replace), MP_OBJ_FROM_PTR(&namedtuple_replace_meth));
    // The class's docstring shows its signature: "Point(x, y)", and one
    // field as a one-tuple: "Cell(value,)".
    vstr_t doc;
    vstr_init(&doc, 32);
    vstr_add_str(&doc, qstr_str(name_q));
    vstr_add_byte(&doc, '(');
    for (size_t i = 0; i < n_fields; i++) {
        size_t len;
        const char *s = mp_obj_str_get_data(fields[i], &len);
        if (i > 0) {
            vstr_add_str(&doc, ", ");
        }
        vstr_add_strn(&doc, s, len);
    }
    vstr_add_str(&doc, n_fields == 1 ? ",)" : ")");
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), mp_obj_new_str_from_vstr(&doc));
    for (size_t i = 0; i < n_fields; i++) {
        tuplegetter_t *g = m_new_obj(tuplegetter_t);
        g->base.type = &tuplegetter_type;
        g->index = i;
        vstr_t fdoc;
        vstr_init(&fdoc, 32);
        vstr_printf(&fdoc, "Alias for field number %u", (unsigned)i);
        mp_obj_t prop_args[4] = { MP_OBJ_FROM_PTR(g), mp_const_none, mp_const_none,
                                  mp_obj_new_str_from_vstr(&fdoc) };
        mp_obj_t prop = mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_property), 4, 0, prop_args);
        mp_obj_dict_store(ns, fields[i], prop);
    }
    mp_obj_t bases = mp_obj_new_tuple(1, (mp_obj_t[]){ MP_OBJ_FROM_PTR(&mp_type_tuple) });
    return mp_obj_new_type(name_q, bases, ns);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(collections_namedtuple_obj, 2, collections_namedtuple);

// _count_elements(mapping, iterable): adds one to mapping[x] for each x
// (the counting loop of Counter, exposed as CPython does).
mp_obj_t mp_collections_count_elements(mp_obj_t mapping, mp_obj_t iterable) {
    mp_obj_t get[4];
    mp_load_method(mapping, MP_QSTR_get, get);
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        get[2] = x;
        get[3] = MP_OBJ_NEW_SMALL_INT(0);
        mp_obj_t n = mp_call_method_n_kw(2, 0, get);
        mp_obj_subscr(mapping, x, mp_binary_op(MP_BINARY_OP_ADD, n, MP_OBJ_NEW_SMALL_INT(1)));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(collections_count_elements_obj, mp_collections_count_elements);

// Module __getattr__ (PEP 562): the classes written in Python (UserDict,
// UserList, UserString, ChainMap) live in the frozen _collections_user
// module, imported on first use so that plain `import collections` stays
// cheap.
static mp_obj_t collections_getattr(mp_obj_t name) {
    static const uint16_t py_names[] = {
        MP_QSTR_UserDict, MP_QSTR_UserList, MP_QSTR_UserString, MP_QSTR_ChainMap,
    };
    return mp_obj_module_lazy_attr(MP_OBJ_FROM_PTR(&mp_module_collections), name,
        MP_QSTR__collections_user, py_names, MP_ARRAY_SIZE(py_names));
}
static MP_DEFINE_CONST_FUN_OBJ_1(collections_getattr_obj, collections_getattr);

// __all__, in CPython's order: `from collections import *` also brings the
// names that __getattr__ supplies.
static const mp_rom_obj_tuple_t collections_all_obj = {
    { &mp_type_tuple }, 9, {
        MP_ROM_QSTR(MP_QSTR_ChainMap), MP_ROM_QSTR(MP_QSTR_Counter),
        MP_ROM_QSTR(MP_QSTR_OrderedDict), MP_ROM_QSTR(MP_QSTR_UserDict),
        MP_ROM_QSTR(MP_QSTR_UserList), MP_ROM_QSTR(MP_QSTR_UserString),
        MP_ROM_QSTR(MP_QSTR_defaultdict), MP_ROM_QSTR(MP_QSTR_deque),
        MP_ROM_QSTR(MP_QSTR_namedtuple),
    }
};

static const mp_rom_map_elem_t mp_module_collections_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_collections) },
    { MP_ROM_QSTR(MP_QSTR_deque), MP_ROM_PTR(&mp_type_deque) },
    { MP_ROM_QSTR(MP_QSTR_OrderedDict), MP_ROM_PTR(&mp_type_ordereddict) },
    { MP_ROM_QSTR(MP_QSTR_defaultdict), MP_ROM_PTR(&mp_type_defaultdict) },
    { MP_ROM_QSTR(MP_QSTR_Counter), MP_ROM_PTR(&mp_type_counter) },
    { MP_ROM_QSTR(MP_QSTR_namedtuple), MP_ROM_PTR(&collections_namedtuple_obj) },
    { MP_ROM_QSTR(MP_QSTR__count_elements), MP_ROM_PTR(&collections_count_elements_obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&collections_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&collections_all_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_collections_globals, mp_module_collections_globals_table);

const mp_obj_module_t mp_module_collections = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_collections_globals,
};

MP_REGISTER_MODULE(MP_QSTR_collections, mp_module_collections);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_ucollections, mp_module_collections);

#endif // MICROPY_PY_COLLECTIONS
