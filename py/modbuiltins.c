// The builtins module: CPython's built-in functions, constants and types
// (the types themselves live in their obj*.c files), __build_class__, and
// the module's name space, and help() as MicroPython's Unix port has it.
// exit/quit are here too, though CPython's site module adds them.
// type.__instancecheck__/__subclasscheck__ are here too, beside the checks they share.
// eval/exec/compile are in py/builtinevalexec.c and open() in the port.
#include "py/mpconfig.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
#include "py/objset.h"
#include "py/objstr.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/stream.h"
#include "py/vm.h"
#include "py/objtype_internal.h"

// ---------------------------------------------------------------------------
// Helpers.

// True if o is a class: an instance of type or of a metaclass.
static bool is_class(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(o)),
                                   MP_OBJ_FROM_PTR(&mp_type_type));
}

// getattr/setattr/... take the attribute name as a str.
static qstr attr_name(mp_obj_t name) {
    if (!mp_obj_is_str(name) && !mp_obj_is_instance_of(name, &mp_type_str)) {
        mp_raise_TypeError_obj_unsupported(
            name, MP_ERROR_TEXT("attribute name must be string, not '%s'"));
    }
    return mp_obj_str_get_qstr(mp_obj_cast_to_native_base(name, MP_OBJ_FROM_PTR(&mp_type_str)));
}

static bool is_int_like(mp_obj_t o) {
    return mp_obj_is_int(o) || mp_obj_is_bool(o);
}

static mp_obj_t int_of(mp_obj_t o) {
    return mp_obj_is_bool(o) ? MP_OBJ_NEW_SMALL_INT(o == mp_const_true) : o;
}

// ---------------------------------------------------------------------------
// A print target writing to a Python object (print(file=f), sys.print_exception).

static bool is_builtin_stream(mp_obj_t o);

static void obj_print_strn(void *data, const char *str, size_t len) {
    mp_obj_t file = *(mp_obj_t *)data;
    if (is_builtin_stream(file)) {
        mp_stream_write(file, str, len, MP_STREAM_RW_WRITE);
        return;
    }
    mp_obj_t dest[3];
    mp_load_method(file, MP_QSTR_write, dest);
    dest[2] = mp_obj_new_str(str, len);
    mp_call_method_n_kw(1, 0, dest);
}

void mp_print_init_obj(mp_print_t *print, mp_obj_t *file) {
    print->data = file;
    print->print_strn = obj_print_strn;
}

// print()'s fast path: collect the output of one call in a buffer on the C
// stack and hand it to the target in as few writes as possible.
typedef struct _print_buf_t {
    const mp_print_t *out;
    mp_obj_t stream; // sys.stdout/stderr behind out, else MP_OBJ_NULL
    size_t len;
    char buf[512];
} print_buf_t;

static void print_buf_out(print_buf_t *pb, const char *str, size_t len) {
    if (pb->stream != MP_OBJ_NULL && utf8_has_surrogate((const byte *)str, len)) {
        // Through the stream's own write: its error handler decides
        // (stdout's surrogateescape writes the byte, strict raises).
        mp_stream_write(pb->stream, str, len, MP_STREAM_RW_WRITE);
        return;
    }
    pb->out->print_strn(pb->out->data, str, len);
}

static void print_buf_flush(print_buf_t *pb) {
    if (pb->len > 0) {
        print_buf_out(pb, pb->buf, pb->len);
        pb->len = 0;
    }
}

static void print_buf_strn(void *data, const char *str, size_t len) {
    print_buf_t *pb = data;
    if (pb->len + len > sizeof(pb->buf)) {
        print_buf_flush(pb);
        if (len > sizeof(pb->buf)) {
            print_buf_out(pb, str, len);
            return;
        }
    }
    memcpy(pb->buf + pb->len, str, len);
    pb->len += len;
}

// A built-in stream object (a file, a socket): written through its protocol.
static bool is_builtin_stream(mp_obj_t o) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    const mp_stream_p_t *stream = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, protocol);
    return stream != NULL && stream->write != NULL && !mp_obj_is_instance_type(type);
}

// ---------------------------------------------------------------------------
// Built-in functions, in alphabetical order.

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static mp_obj_t builtin___build_class__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t body = args[0];
    mp_obj_t name = args[1];
    if (!mp_obj_is_type(body, &mp_type_fun_bc)) {
        mp_raise_TypeError(MP_ERROR_TEXT("__build_class__: func must be a function"));
    }
    if (!mp_obj_is_str(name)) {
        mp_raise_TypeError(MP_ERROR_TEXT("__build_class__: name is not a string"));
    }
    mp_obj_t bases = mp_obj_new_tuple(n_args - 2, args + 2);
    mp_obj_t orig_bases = bases;
    bases = mp_obj_type_resolve_mro_entries(bases);
    size_t n_bases;
    mp_obj_t *base_items;
    mp_obj_tuple_get(bases, &n_bases, &base_items);

    // The metaclass: given explicitly, or the most derived of the bases' types.
    mp_obj_t meta = MP_OBJ_NULL;
    size_t n_kw = kw_args->used;
    mp_map_elem_t *meta_elem =
        mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_metaclass), MP_MAP_LOOKUP);
    if (meta_elem != NULL) {
        meta = meta_elem->value;
        n_kw--;
    }
    bool meta_is_class = true;
    if (meta == MP_OBJ_NULL) {
        meta =
            n_bases > 0 ? MP_OBJ_FROM_PTR(mp_obj_get_type(base_items[0])) : MP_OBJ_FROM_PTR(&mp_type_type);
    } else {
        meta_is_class = is_class(meta);
    }
    if (meta_is_class) {
        for (size_t i = 0; i < n_bases; i++) {
            mp_obj_t base_meta = MP_OBJ_FROM_PTR(mp_obj_get_type(base_items[i]));
            if (mp_obj_is_subclass_fast(meta, base_meta)) {
                continue;
            }
            if (mp_obj_is_subclass_fast(base_meta, meta)) {
                meta = base_meta;
                continue;
            }
            mp_raise_TypeError(
                MP_ERROR_TEXT("metaclass conflict: the metaclass of a derived class must be "
                              "a (non-strict) subclass of the metaclasses of all its bases"));
        }
    }

    // The remaining keywords go to __prepare__ and the metaclass call.
    // call_args: name, bases, namespace, then (key, value) pairs.
    mp_obj_t *call_args = m_new(mp_obj_t, 3 + 2 * n_kw);
    call_args[0] = name;
    call_args[1] = bases;
    size_t k = 3;
    for (size_t i = 0; i < kw_args->alloc; i++) {
        if (mp_map_slot_is_filled(kw_args, i) && &kw_args->table[i] != meta_elem) {
            call_args[k++] = kw_args->table[i].key;
            call_args[k++] = kw_args->table[i].value;
        }
    }

    mp_obj_t ns = MP_OBJ_NULL;
    if (meta != MP_OBJ_FROM_PTR(&mp_type_type)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(meta, MP_QSTR___prepare__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t prep_args[2 + 2 + 2 * n_kw];
            prep_args[0] = dest[0];
            prep_args[1] = dest[1];
            prep_args[2] = name;
            prep_args[3] = bases;
            memcpy(prep_args + 4, call_args + 3, 2 * n_kw * sizeof(mp_obj_t));
            ns = mp_call_method_n_kw(2, n_kw, prep_args);
            if (!mp_obj_is_type(ns, &mp_type_dict) && !MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(ns), subscr)) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%s.__prepare__() must return a mapping, not %s"),
                    mp_obj_is_type_obj(meta) ? qstr_str(((mp_obj_type_t *)MP_OBJ_TO_PTR(meta))->name)
                                             : "<metaclass>",
                    mp_obj_get_type_str(ns));
            }
        }
    }
    if (ns == MP_OBJ_NULL) {
        ns = mp_obj_new_dict(0);
    }
    call_args[2] = ns;

    // Run the class body with the namespace as its locals. It returns the
    // __class__ cell when methods use super() or __class__. A namespace that
    // is not a plain dict is used through its methods (py/runtime.c).
    mp_obj_t cell = mp_obj_fun_bc_call_with_locals(body, mp_locals_proxy_new(ns));
    if (bases != orig_bases) {
        mp_obj_subscr(ns, MP_OBJ_NEW_QSTR(MP_QSTR___orig_bases__), orig_bases);
    }
    // The __class__ cell travels in the namespace; type.__new__ fills it.
    bool has_cell = mp_obj_is_type(cell, &mp_type_cell);
    if (has_cell) {
        mp_obj_subscr(ns, MP_OBJ_NEW_QSTR(MP_QSTR___classcell__), cell);
    }
    mp_obj_t cls = mp_call_function_n_kw(meta, 3, n_kw, call_args);
    if (has_cell && mp_obj_is_type_obj(cls) && mp_obj_cell_get(cell) != cls) {
        // A metaclass that gave type.__new__ a namespace without the cell
        // (or put another class in it): methods would see a wrong __class__.
        mp_obj_t in_cell = mp_obj_cell_get(cell);
        vstr_t msg;
        vstr_init(&msg, 64);
        mp_print_t pr;
        mp_print_init_vstr(&pr, &msg);
        const mp_obj_type_t *exc_type = &mp_type_RuntimeError;
        if (in_cell == MP_OBJ_NULL) {
            mp_print_str(&pr, "__class__ not set defining ");
        } else {
            exc_type = &mp_type_TypeError;
            mp_print_str(&pr, "__class__ set to ");
            mp_obj_print_helper(&pr, in_cell, PRINT_REPR);
            mp_print_str(&pr, " defining ");
        }
        mp_obj_print_helper(&pr, name, PRINT_REPR);
        mp_print_str(&pr, " as ");
        mp_obj_print_helper(&pr, cls, PRINT_REPR);
        if (in_cell == MP_OBJ_NULL) {
            mp_print_str(&pr, ". Was __classcell__ propagated to type.__new__?");
        }
        nlr_raise(mp_obj_new_exception_arg1(exc_type, mp_obj_new_str_from_vstr(&msg)));
    }
    return cls;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin___build_class___obj, 2, builtin___build_class__);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static mp_obj_t builtin___import__(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_name, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_globals, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_locals, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_fromlist, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_level, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR___import__, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    if (!mp_obj_is_str(vals[0].u_obj)) {
        mp_raise_TypeError(MP_ERROR_TEXT("module name must be a string"));
    }
    mp_obj_t args[5];
    for (size_t i = 0; i < 5; i++) {
        args[i] = vals[i].u_obj;
    }
    return mp_builtin___import__(5, args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin___import___obj, 0, builtin___import__);

// abs(x)
mp_obj_t mp_builtin_abs(mp_obj_t x) {
    return mp_unary_op(MP_UNARY_OP_ABS, x);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_abs_obj, mp_builtin_abs);

// aiter(async_iterable)
static mp_obj_t builtin_aiter(mp_obj_t x) {
    mp_obj_t dest[2];
    mp_load_method_maybe(x, MP_QSTR___aiter__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            x, MP_ERROR_TEXT("'%s' object is not an async iterable"));
    }
    return mp_call_method_n_kw(0, 0, dest);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_aiter_obj, builtin_aiter);

// all(iterable)
static mp_obj_t builtin_all(mp_obj_t iterable) {
    mp_obj_t buf[MP_OBJ_ITER_BUF_NSLOTS]; // (no heap: works under heap_lock)
    mp_obj_t iter = mp_getiter_buf(iterable, buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (!mp_obj_is_true(item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_all_obj, builtin_all);

// anext(async_iterator[, default]): the awaitable of __anext__(); with a
// default, one that gives the default at the end of the iteration.
static mp_obj_t builtin_anext(size_t n_args, const mp_obj_t *args) {
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___anext__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            args[0], MP_ERROR_TEXT("'%s' object is not an async iterator"));
    }
    mp_obj_t awaitable = mp_call_method_n_kw(0, 0, dest);
    return n_args == 1 ? awaitable : mp_obj_new_anext_awaitable(awaitable, args[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_anext_obj, 1, 2, builtin_anext);

// any(iterable)
static mp_obj_t builtin_any(mp_obj_t iterable) {
    mp_obj_t buf[MP_OBJ_ITER_BUF_NSLOTS];
    mp_obj_t iter = mp_getiter_buf(iterable, buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_true(item)) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_any_obj, builtin_any);

// ascii(obj): repr() with non-ASCII characters escaped.
static mp_obj_t builtin_ascii(mp_obj_t o) {
    // An ASCII result of a __repr__ returning a str subclass is given back
    // as it is; a str subclass's data is read through its native str.
    mp_obj_t r = mp_obj_repr_as_returned(o);
    size_t len;
    const byte *data = (const byte *)mp_obj_str_get_data(r, &len);
    const byte *end = data + len;
    const byte *p = data;
    while (p < end && !utf8_is_nonascii(*p)) {
        p++;
    }
    if (p == end) {
        return r;
    }
    vstr_t vstr;
    vstr_init(&vstr, len + 16);
    vstr_add_strn(&vstr, (const char *)data, (size_t)(p - data));
    while (p < end) {
        if (!utf8_is_nonascii(*p)) {
            vstr_add_byte(&vstr, *p++);
            continue;
        }
        unichar c = utf8_get_char(p);
        p = utf8_next_char(p);
        if (c < 0x100) {
            vstr_printf(&vstr, "\\x%02x", (unsigned int)c);
        } else if (c < 0x10000) {
            vstr_printf(&vstr, "\\u%04x", (unsigned int)c);
        } else {
            vstr_printf(&vstr, "\\U%08x", (unsigned int)c);
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_ascii_obj, builtin_ascii);

// bin(x)
static mp_obj_t builtin_bin(mp_obj_t x) {
    return mp_obj_int_format(mp_obj_get_index(x), 2, true, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_bin_obj, builtin_bin);

// callable(obj)
static mp_obj_t builtin_callable(mp_obj_t o) {
    return mp_obj_new_bool(mp_obj_is_callable(o));
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_callable_obj, builtin_callable);

// chr(i)
static mp_obj_t builtin_chr(mp_obj_t i_in) {
    int c = mp_obj_get_c_int(i_in);
    if (c < 0 || c > 0x10ffff) {
        mp_raise_ValueError(MP_ERROR_TEXT("chr() arg not in range(0x110000)"));
    }
    byte buf[4];
    size_t n = utf8_encode((unichar)c, buf);
    return mp_obj_new_str((const char *)buf, n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_chr_obj, builtin_chr);

// delattr(obj, name)
static mp_obj_t builtin_delattr(mp_obj_t o, mp_obj_t name) {
    mp_delete_attr(o, attr_name(name));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(builtin_delattr_obj, builtin_delattr);

static mp_obj_t builtin_locals(void);

// dir([obj])
static void dir_add_map(mp_obj_t set, const mp_map_t *map) {
    size_t cur = 0;
    mp_map_elem_t *elem;
    while ((elem = mp_map_next(map, &cur)) != NULL) {
        if (mp_obj_is_str(elem->key)) {
            mp_obj_set_store(set, elem->key);
        }
    }
}

// The names one type defines itself: its locals dict and, for a built-in
// type, the special methods its slots answer (__add__, __len__, ...).
static void dir_add_own(mp_obj_t set, const mp_obj_type_t *t) {
    if (MP_OBJ_TYPE_HAS_SLOT(t, locals_dict)) {
        // A class namespace keeps __qualname__, which CPython moves into
        // the type itself: it is not listed.
        bool user = mp_obj_is_instance_type(t);
        size_t cur = 0;
        mp_map_elem_t *elem;
        while ((elem = mp_map_next(&MP_OBJ_TYPE_GET_SLOT(t, locals_dict)->map, &cur)) != NULL) {
            if (mp_obj_is_str(elem->key) &&
                !(user && mp_obj_str_equal(elem->key, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__)))) {
                mp_obj_set_store(set, elem->key);
            }
        }
    }
    if (mp_obj_is_instance_type(t) && mp_obj_type_user(t)->slots != NULL) {
        // __slots__ names: their member descriptors are made on demand.
        size_t n;
        mp_obj_t *names;
        mp_obj_tuple_get(mp_obj_type_user(t)->slots, &n, &names);
        for (size_t i = 0; i < n; i++) {
            mp_obj_set_store(set, names[i]);
        }
    }
    mp_obj_slot_wrapper_dir_add(t, set);
}

// The names in a type's locals dict and in those of all its bases.
static void dir_add_type(mp_obj_t set, const mp_obj_type_t *type, size_t depth) {
    if (depth > 64) {
        return;
    }
    if (MP_OBJ_TYPE_HAS_SLOT(type, mro)) {
        for (size_t i = 0; i < MP_OBJ_TYPE_GET_SLOT(type, mro)->len; i++) {
            const mp_obj_type_t *t = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(type, mro)->items[i]);
            dir_add_own(set, t);
            if (t != type && !MP_OBJ_TYPE_HAS_SLOT(t, mro)) {
                dir_add_type(set, t, depth + 1);
            }
        }
        return;
    }
    dir_add_own(set, type);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
        return;
    }
    if (type->flags & MP_TYPE_FLAG_MULTI_BASES) {
        const mp_obj_tuple_t *bases = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent);
        for (size_t i = 0; i < bases->len; i++) {
            dir_add_type(set, MP_OBJ_TO_PTR(bases->items[i]), depth + 1);
        }
    } else {
        dir_add_type(set, MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent), depth + 1);
    }
}

static mp_obj_t sorted_list_of(mp_obj_t iterable) {
    mp_obj_t list = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), iterable);
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(list, &len, &items);
    mp_obj_list_sort_items(items, len, mp_const_none, false);
    return list;
}

// Data attributes that built-in objects provide through their attr slot
// rather than their locals dict (int.real, range.start, exc.args, ...); dir()
// probes these so that it lists them as CPython does.
static const uint16_t dir_data_attrs[] = {
    MP_QSTR_real, MP_QSTR_imag, MP_QSTR_numerator, MP_QSTR_denominator,
    MP_QSTR_start, MP_QSTR_stop, MP_QSTR_step,
    MP_QSTR_args, MP_QSTR_value, MP_QSTR_code, MP_QSTR_errno, MP_QSTR_strerror,
    MP_QSTR_filename, MP_QSTR_filename2, MP_QSTR_name, MP_QSTR_path, MP_QSTR_msg,
    MP_QSTR_lineno, MP_QSTR_offset, MP_QSTR_text,
    MP_QSTR_fget, MP_QSTR_fset, MP_QSTR_fdel, MP_QSTR_mapping,
    MP_QSTR_readonly, MP_QSTR_itemsize, MP_QSTR_nbytes, MP_QSTR_obj, MP_QSTR_format,
    MP_QSTR_maxlen, MP_QSTR_default_factory, MP_QSTR_closed, MP_QSTR___func__, MP_QSTR___self__,
    MP_QSTR_c_contiguous, MP_QSTR_contiguous, MP_QSTR_f_contiguous, MP_QSTR_ndim, MP_QSTR_shape,
    MP_QSTR_strides, MP_QSTR_suboffsets,
    MP_QSTR_gi_code, MP_QSTR_gi_frame, MP_QSTR_gi_running, MP_QSTR_gi_suspended, MP_QSTR_gi_yieldfrom,
    MP_QSTR_cr_await, MP_QSTR_cr_code, MP_QSTR_cr_frame, MP_QSTR_cr_running, MP_QSTR_cr_suspended,
    MP_QSTR_f_back, MP_QSTR_f_builtins, MP_QSTR_f_code, MP_QSTR_f_globals, MP_QSTR_f_lasti,
    MP_QSTR_f_lineno, MP_QSTR_f_locals, MP_QSTR_f_trace,
    MP_QSTR_tb_frame, MP_QSTR_tb_lasti, MP_QSTR_tb_lineno, MP_QSTR_tb_next,
    MP_QSTR_co_argcount, MP_QSTR_co_cellvars, MP_QSTR_co_code, MP_QSTR_co_consts, MP_QSTR_co_filename,
    MP_QSTR_co_firstlineno, MP_QSTR_co_flags, MP_QSTR_co_freevars, MP_QSTR_co_kwonlyargcount,
    MP_QSTR_co_name, MP_QSTR_co_nlocals, MP_QSTR_co_posonlyargcount, MP_QSTR_co_varnames,
    MP_QSTR___cause__, MP_QSTR___context__, MP_QSTR___suppress_context__, MP_QSTR___traceback__,
    MP_QSTR___self_class__, MP_QSTR___thisclass__,
    MP_QSTR_family, MP_QSTR_type, MP_QSTR_proto, MP_QSTR_timeout,
};

// Those of functions and of the objects wrapping one (staticmethod...); a
// bound method also answers them (from its function) but does not list them.
static const uint16_t dir_function_attrs[] = {
    MP_QSTR___annotations__, MP_QSTR___builtins__, MP_QSTR___closure__, MP_QSTR___code__,
    MP_QSTR___defaults__, MP_QSTR___dict__, MP_QSTR___globals__, MP_QSTR___kwdefaults__,
    MP_QSTR___module__, MP_QSTR___name__, MP_QSTR___qualname__, MP_QSTR___wrapped__,
    MP_QSTR___isabstractmethod__,
};

// type's own data attributes, listed by dir(type) (and of a metaclass).
static const uint16_t dir_type_attrs[] = {
    MP_QSTR___abstractmethods__, MP_QSTR___annotations__, MP_QSTR___base__, MP_QSTR___bases__,
    MP_QSTR___dict__, MP_QSTR___module__, MP_QSTR___mro__, MP_QSTR___name__, MP_QSTR___qualname__,
};

static const uint16_t dir_object_attrs[] = {
    MP_QSTR___dir__, MP_QSTR___doc__, MP_QSTR___sizeof__, MP_QSTR___class__,
};

static const uint16_t dir_exception_attrs[] = {
    MP_QSTR_args, MP_QSTR___cause__, MP_QSTR___context__, MP_QSTR___dict__,
    MP_QSTR___suppress_context__, MP_QSTR___traceback__,
};

// Methods a built-in object may get from elsewhere (mappingproxy from its
// mapping).
static const uint16_t dir_forwarded_methods[] = {
    MP_QSTR_copy, MP_QSTR_get, MP_QSTR_items, MP_QSTR_keys, MP_QSTR_values,
};

// What list[int] adds to dir(list), as CPython lists it.
static const uint16_t dir_generic_alias_attrs[] = {
    MP_QSTR___args__, MP_QSTR___copy__, MP_QSTR___deepcopy__, MP_QSTR___mro_entries__,
    MP_QSTR___origin__, MP_QSTR___parameters__, MP_QSTR___typing_unpacked_tuple_args__,
    MP_QSTR___unpacked__,
};

static void dir_add_names(mp_obj_t set, const uint16_t *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        mp_obj_set_store(set, MP_OBJ_NEW_QSTR(names[i]));
    }
}

static void dir_probe_attrs(mp_obj_t set, mp_obj_t o, const uint16_t *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        qstr q = names[i];
        mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        if (mp_obj_set_contains(set, MP_OBJ_NEW_QSTR(q))) {
            // (listed already: a user descriptor's __get__ is not run)
            continue;
        }
        mp_load_method_protected(o, q, dest, false);
        if (dest[0] != MP_OBJ_NULL && (dest[1] == MP_OBJ_NULL || names == dir_forwarded_methods)) {
            mp_obj_set_store(set, MP_OBJ_NEW_QSTR(q));
        }
    }
}

static void dir_add_data_attrs(mp_obj_t set, mp_obj_t o) {
    dir_probe_attrs(set, o, dir_data_attrs, MP_ARRAY_SIZE(dir_data_attrs));
    dir_probe_attrs(set, o, dir_forwarded_methods, MP_ARRAY_SIZE(dir_forwarded_methods));
    if (!mp_obj_is_type(o, &mp_type_bound_meth)) {
        dir_probe_attrs(set, o, dir_function_attrs, MP_ARRAY_SIZE(dir_function_attrs));
    }
}

static mp_obj_t builtin_dir(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_obj_t locals = builtin_locals();
        if (!mp_obj_is_type(locals, &mp_type_dict)) {
            // Another mapping (exec/eval locals): its keys(), as CPython.
            mp_obj_t dest[2];
            mp_load_method(locals, MP_QSTR_keys, dest);
            locals = mp_call_method_n_kw(0, 0, dest);
        }
        return sorted_list_of(locals);
    }
    mp_obj_t o = args[0];
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (mp_obj_is_instance_type(type)) {
        // __dir__ is looked up on type(o) like any special method: for a
        // class that is its metaclass, not the class's own instance method.
        // Only a Python class's own __dir__ (built-in ones are emulated below).
        const mp_obj_type_t *owner = NULL;
        mp_obj_t meth = mp_obj_type_mro_find(type, MP_QSTR___dir__,
            MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL, &owner);
        if (meth != MP_OBJ_NULL && mp_obj_is_instance_type(owner)) {
            return sorted_list_of(mp_obj_type_call_member(o, owner, meth, 0, NULL));
        }
    }
    return sorted_list_of(mp_builtins_dir_names(o));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_dir_obj, 0, 1, builtin_dir);

// What object.__dir__(o) gives, unsorted: dir(o) short of a __dir__ that o's
// Python class defines.
mp_obj_t mp_builtins_dir_names(mp_obj_t o) {
    // object.__dir__ reads a weak proxy's __dict__ and __class__ through it.
    o = mp_obj_weakref_unwrap(o);
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (mp_obj_is_instance_of(o, &mp_type_generic_alias)) {
        // (the origin's names may come from a module's own __dir__)
        mp_obj_t set = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_set),
            mp_builtins_dir_names(mp_load_attr(o, MP_QSTR___origin__)));
        dir_add_names(set, dir_generic_alias_attrs, MP_ARRAY_SIZE(dir_generic_alias_attrs));
        return set;
    }
    mp_obj_t set = mp_obj_new_set(0, NULL);
    if (mp_obj_is_instance_of(o, &mp_type_module)) {
        // (A subclass may replace __dict__.)
        mp_obj_t dict = mp_load_attr(o, MP_QSTR___dict__);
        if (!mp_obj_is_instance_of(dict, &mp_type_dict)) {
            mp_raise_TypeError(MP_ERROR_TEXT("<module>.__dict__ is not a dictionary"));
        }
        mp_map_t *globals = mp_obj_dict_get_map(dict);
        // A module may define its own __dir__ (PEP 562).
        mp_map_elem_t *own = mp_map_lookup(globals, MP_OBJ_NEW_QSTR(MP_QSTR___dir__), MP_MAP_LOOKUP);
        if (own != NULL) {
            return mp_call_function_0(own->value);
        }
        dir_add_map(set, globals);
        return set;
    }
    if (is_class(o)) {
        dir_add_type(set, MP_OBJ_TO_PTR(o), 0);
        if (mp_obj_is_subclass_fast(o, MP_OBJ_FROM_PTR(&mp_type_type))) {
            dir_add_names(set, dir_type_attrs, MP_ARRAY_SIZE(dir_type_attrs));
        }
    } else {
        if (mp_obj_is_instance_type(type)) {
            // (Not inst->members: that is empty once __dict__ was read.)
            dir_add_map(set, mp_obj_instance_get_members(o));
        } else {
            mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
            mp_load_method_protected(o, MP_QSTR___dict__, dest, false);
            if (dest[0] != MP_OBJ_NULL && dest[1] == MP_OBJ_NULL &&
                mp_obj_is_type(dest[0], &mp_type_dict)) {
                dir_add_map(set, mp_obj_dict_get_map(dest[0]));
            }
        }
        dir_add_type(set, type, 0);
        if (!mp_obj_is_instance_type(type)) {
            dir_add_data_attrs(set, o);
        }
    }
    // The data attributes of a class's built-in base (int.real...), seen as
    // descriptors through that base (not the class, whose metaclass could
    // answer any name).
    mp_obj_t cls = is_class(o) ? o : MP_OBJ_FROM_PTR(type);
    const mp_obj_type_t *native = MP_OBJ_TO_PTR(cls);
    if (mp_obj_is_instance_type(native)) {
        native = mp_obj_type_user(native)->native_base;
    }
    if (native != NULL && (cls == o || mp_obj_is_instance_type(type))) {
        dir_probe_attrs(set, MP_OBJ_FROM_PTR(native), dir_data_attrs, MP_ARRAY_SIZE(dir_data_attrs));
    }
    // BaseException's data attributes (not readable through the class here).
    if (mp_obj_is_subclass_fast(cls, MP_OBJ_FROM_PTR(&mp_type_BaseException))) {
        dir_add_names(set, dir_exception_attrs, MP_ARRAY_SIZE(dir_exception_attrs));
    }
    // Every class derives from object, though built-in types do not all
    // name it as their parent.
    dir_add_type(set, &mp_type_object, 0);
    dir_add_names(set, dir_object_attrs, MP_ARRAY_SIZE(dir_object_attrs));
    return set;
}

// divmod(a, b)
static mp_obj_t builtin_divmod(mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(MP_BINARY_OP_DIVMOD, a, b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(builtin_divmod_obj, builtin_divmod);

// format(value, format_spec='')
static mp_obj_t builtin_format(size_t n_args, const mp_obj_t *args) {
    mp_obj_t spec = n_args > 1 ? args[1] : MP_OBJ_NEW_QSTR(MP_QSTR_);
    if (!mp_obj_is_str(spec) && !mp_obj_is_instance_of(spec, &mp_type_str)) {
        mp_raise_TypeError_arg_unsupported(
            spec, MP_ERROR_TEXT("format() argument 2 must be str, not %s"));
    }
    return mp_obj_format_value(args[0], spec);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_format_obj, 1, 2, builtin_format);

// getattr(obj, name[, default])
static mp_obj_t builtin_getattr(size_t n_args, const mp_obj_t *args) {
    qstr attr = attr_name(args[1]);
    if (n_args == 3) {
        return mp_getattr_default(args[0], attr, args[2]);
    }
    return mp_load_attr(args[0], attr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_getattr_obj, 2, 3, builtin_getattr);

// globals()
static mp_obj_t builtin_globals(void) {
    return MP_OBJ_FROM_PTR(mp_globals_get());
}
static MP_DEFINE_CONST_FUN_OBJ_0(builtin_globals_obj, builtin_globals);

// hasattr(obj, name): only AttributeError means "no".
static mp_obj_t builtin_hasattr(mp_obj_t o, mp_obj_t name) {
    qstr attr = attr_name(name);
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    mp_load_method_protected(o, attr, dest, false);
    return mp_obj_new_bool(dest[0] != MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(builtin_hasattr_obj, builtin_hasattr);

// hash(obj)
static mp_obj_t builtin_hash(mp_obj_t o) {
    return mp_obj_hash(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_hash_obj, builtin_hash);

// hex(x)
static mp_obj_t builtin_hex(mp_obj_t x) {
    return mp_obj_int_format(mp_obj_get_index(x), 16, true, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_hex_obj, builtin_hex);

// id(obj)
static mp_obj_t builtin_id(mp_obj_t o) {
    return mp_obj_id(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_id_obj, builtin_id);

// input([prompt])
static mp_obj_t builtin_input(size_t n_args, const mp_obj_t *args) {
    mp_obj_t in = mp_sys_get_attr(MP_QSTR_stdin);
    mp_obj_t out = mp_sys_get_attr(MP_QSTR_stdout);
    if (in != MP_STATE_VM(sys_stdin) || out != MP_STATE_VM(sys_stdout)) {
        // Replaced streams (as CPython): the prompt to out, a line from in.
        qstr lost = in == MP_OBJ_NULL || in == mp_const_none ? MP_QSTR_stdin
            : out == MP_OBJ_NULL || out == mp_const_none    ? MP_QSTR_stdout
                                                            : MP_QSTRnull;
        if (lost != MP_QSTRnull) {
            mp_raise_msg_varg(&mp_type_RuntimeError, MP_ERROR_TEXT("input(): lost sys.%q"), lost);
        }
        if (n_args == 1) {
            mp_print_t print;
            mp_print_init_obj(&print, &out);
            mp_obj_print_helper(&print, args[0], PRINT_STR);
        }
        mp_obj_t dest[2];
        mp_load_method_maybe(out, MP_QSTR_flush, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_call_method_n_kw(0, 0, dest);
        }
        size_t len;
        const char *text = mp_obj_str_get_data(mp_call_function_0(mp_load_attr(in, MP_QSTR_readline)), &len);
        if (len == 0) {
            mp_raise_msg(&mp_type_EOFError, MP_ERROR_TEXT("EOF when reading a line"));
        }
        return mp_obj_new_str(text, len - (text[len - 1] == '\n'));
    }
    const char *prompt = "";
    if (n_args == 1) {
        prompt = mp_obj_str_get_str(mp_obj_str(args[0]));
    }
    vstr_t line;
    vstr_init(&line, 32);
    if (!mp_hal_readline(&line, prompt)) {
        mp_raise_msg(&mp_type_EOFError, MP_ERROR_TEXT("EOF when reading a line"));
    }
    if (!utf8_check((const byte *)line.buf, line.len)) {
        mp_raise_msg(&mp_type_UnicodeError, MP_ERROR_TEXT("input is not valid UTF-8"));
    }
    return mp_obj_new_str_from_vstr(&line);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_input_obj, 0, 1, builtin_input);

// breakpoint(*args, **kws): whatever sys.breakpointhook does (py/modsys.c).
static mp_obj_t builtin_breakpoint(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t hook = mp_sys_get_attr(MP_QSTR_breakpointhook);
    if (hook == MP_OBJ_NULL) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("lost sys.breakpointhook"));
    }
    return mp_call_function_n_kw_map(hook, n_args, args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_breakpoint_obj, 0, builtin_breakpoint);

// A union (int | str) stands for the tuple of its members (__args__).
static mp_obj_t union_members(mp_obj_t classinfo) {
    if (mp_obj_is_obj(classinfo) && mp_obj_get_type(classinfo)->name == MP_QSTR_UnionType) {
        mp_obj_t args = mp_load_attr(classinfo, MP_QSTR___args__);
        if (mp_obj_is_type(args, &mp_type_tuple)) {
            return args;
        }
    }
    return classinfo;
}

// A metaclass (user class deriving from type) may define __instancecheck__ or
// __subclasscheck__; CPython then asks it instead of walking the MRO. Returns
// false in *found when classinfo's type has no such hook.
static bool metaclass_check_hook(mp_obj_t classinfo, qstr hook, mp_obj_t arg, bool *found) {
    return mp_obj_type_call_check_hook(classinfo, hook, arg, found);
}

// Objects that are not classes take part in isinstance/issubclass when
// they have a __bases__ tuple (CPython's protocol for class-like proxies).
// Returns the tuple, or MP_OBJ_NULL when the attribute is missing or not a
// tuple; other exceptions from the lookup propagate.
static mp_obj_t abstract_bases(mp_obj_t o) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t bases = mp_load_attr(o, MP_QSTR___bases__);
        nlr_pop();
        return mp_obj_is_type(bases, &mp_type_tuple) ? bases : MP_OBJ_NULL;
    }
    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
    return MP_OBJ_NULL;
}

// Whether cls is reached from derived by following __bases__.
static bool abstract_issubclass(mp_obj_t derived, mp_obj_t cls, size_t depth) {
    for (;;) {
        if (derived == cls) {
            return true;
        }
        mp_obj_t bases = abstract_bases(derived);
        if (bases == MP_OBJ_NULL) {
            return false;
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(bases, &n, &items);
        if (n == 0) {
            return false;
        }
        if (n == 1) {
            // A single base is followed without nesting.
            derived = items[0];
            continue;
        }
        if (depth > 200) {
            mp_raise_recursion_depth();
        }
        mp_stack_check();
        for (size_t i = 0; i < n; i++) {
            if (abstract_issubclass(items[i], cls, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}

static bool isinstance_real(mp_obj_t o, mp_obj_t classinfo, size_t depth);

// isinstance(obj, classinfo): classinfo a class, a union or a (nested) tuple of them.
static bool isinstance_of(mp_obj_t o, mp_obj_t classinfo, size_t depth) {
    classinfo = union_members(classinfo);
    if (mp_obj_is_obj(classinfo) && MP_OBJ_FROM_PTR(mp_obj_get_type(o)) == classinfo) {
        return true; // exact type: CPython does not consult __instancecheck__
    }
    bool found;
    bool r = metaclass_check_hook(classinfo, MP_QSTR___instancecheck__, o, &found);
    if (found) {
        return r;
    }
    return isinstance_real(o, classinfo, depth);
}

// The check without the hook: what type.__instancecheck__ answers.
static bool isinstance_real(mp_obj_t o, mp_obj_t classinfo, size_t depth) {
    if (mp_obj_is_type(classinfo, &mp_type_tuple)) {
        if (depth > 100) {
            mp_raise_recursion_depth();
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(classinfo, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (isinstance_of(o, items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    if (!is_class(classinfo)) {
        // (also an instance of a types.GenericAlias subclass)
        if (mp_obj_is_instance_of(classinfo, &mp_type_generic_alias)) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("isinstance() argument 2 cannot be a parameterized generic"));
        }
        mp_stack_check();
        if (abstract_bases(classinfo) == MP_OBJ_NULL) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
        // Ask the object's __class__ (missing: not an instance).
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t icls = mp_load_attr(o, MP_QSTR___class__);
            nlr_pop();
            return abstract_issubclass(icls, classinfo, 0);
        }
        if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
            nlr_jump(nlr.ret_val);
        }
        return false;
    }
    if (mp_obj_is_instance_of(o, MP_OBJ_TO_PTR(classinfo))) {
        return true;
    }
    // A class may override __class__, or answer it from its own
    // __getattribute__ (a proxy claiming another class); for any other
    // class __class__ is type(o), already checked.
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (!mp_obj_is_instance_type(type)) {
        // A weak proxy's __class__ is its referent's (ReferenceError if dead).
        return mp_obj_is_obj(o) && mp_obj_weakref_is_proxy(o) &&
               mp_obj_is_instance_of(mp_obj_weakref_unwrap(o), MP_OBJ_TO_PTR(classinfo));
    }
    const mp_obj_type_t *found_in;
    unsigned mode = MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP;
    if (mp_obj_type_mro_find(type, MP_QSTR___class__, mode, NULL, MP_OBJ_NULL, &found_in) == MP_OBJ_NULL &&
        (!(type->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS) ||
         mp_obj_type_mro_find(type, MP_QSTR___getattribute__, mode, NULL, MP_OBJ_NULL, &found_in) == MP_OBJ_NULL)) {
        return false;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t icls = mp_load_attr(o, MP_QSTR___class__);
        nlr_pop();
        return icls != MP_OBJ_FROM_PTR(type) && is_class(icls) && mp_obj_is_subclass_fast(icls, classinfo);
    }
    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
        nlr_jump(nlr.ret_val);
    }
    return false;
}

static mp_obj_t builtin_isinstance(mp_obj_t o, mp_obj_t classinfo) {
    return mp_obj_new_bool(isinstance_of(o, classinfo, 0));
}
static MP_DEFINE_CONST_FUN_OBJ_2(builtin_isinstance_obj, builtin_isinstance);

static bool issubclass_real(mp_obj_t cls, mp_obj_t classinfo, size_t depth);

// issubclass(cls, classinfo)
static bool issubclass_of(mp_obj_t cls, mp_obj_t classinfo, size_t depth) {
    classinfo = union_members(classinfo);
    bool found;
    bool r = metaclass_check_hook(classinfo, MP_QSTR___subclasscheck__, cls, &found);
    if (found) {
        return r;
    }
    return issubclass_real(cls, classinfo, depth);
}

// The check without the hook: what type.__subclasscheck__ answers.
static bool issubclass_real(mp_obj_t cls, mp_obj_t classinfo, size_t depth) {
    // A tuple is walked before arg 1 is checked (CPython: issubclass(1, ())
    // is False); each member checks it.
    if (mp_obj_is_type(classinfo, &mp_type_tuple)) {
        if (depth > 100) {
            mp_raise_recursion_depth();
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(classinfo, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (issubclass_of(cls, items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    if (!is_class(classinfo) && mp_obj_is_instance_of(classinfo, &mp_type_generic_alias)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("issubclass() argument 2 cannot be a parameterized generic"));
    }
    if (!is_class(cls) && (mp_stack_check(), abstract_bases(cls) == MP_OBJ_NULL)) {
        mp_raise_TypeError(MP_ERROR_TEXT("issubclass() arg 1 must be a class"));
    }
    if (!is_class(cls) || !is_class(classinfo)) {
        if (!is_class(classinfo) && abstract_bases(classinfo) == MP_OBJ_NULL) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        return abstract_issubclass(cls, classinfo, 0);
    }
    return mp_obj_is_subclass_fast(cls, classinfo);
}

static mp_obj_t builtin_issubclass(mp_obj_t cls, mp_obj_t classinfo) {
    return mp_obj_new_bool(issubclass_of(cls, classinfo, 0));
}
static MP_DEFINE_CONST_FUN_OBJ_2(builtin_issubclass_obj, builtin_issubclass);

// type.__instancecheck__(cls, obj) / type.__subclasscheck__(cls, sub): the
// checks a metaclass's own hooks reach through super() (py/objtype.c lists
// them in type's methods). A cls that is no class gets isinstance's and
// issubclass's own TypeError.
static mp_obj_t type_instancecheck(mp_obj_t cls, mp_obj_t obj) {
    return mp_obj_new_bool(isinstance_real(obj, cls, 0));
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_type_instancecheck_obj, type_instancecheck);

static mp_obj_t type_subclasscheck(mp_obj_t cls, mp_obj_t sub) {
    return mp_obj_new_bool(issubclass_real(sub, cls, 0));
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_type_subclasscheck_obj, type_subclasscheck);

// iter(obj) / iter(callable, sentinel). The two-argument form returns a
// callable_iterator; fun becomes MP_OBJ_NULL once the sentinel was seen, so
// that the iterator stays exhausted.
typedef struct _callable_iter_t {
    mp_obj_base_t base;
    mp_obj_t fun;
    mp_obj_t sentinel;
} callable_iter_t;

static mp_obj_t callable_iter_iternext(mp_obj_t self_in) {
    callable_iter_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fun == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    // A StopIteration from the call ends the iteration too, as in CPython.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_StopIteration)) {
            nlr_jump(nlr.ret_val);
        }
        self->fun = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t value = mp_call_function_0(self->fun);
    nlr_pop();
    // The call may itself have run this iterator to its end (CPython
    // gh-101892). The sentinel is compared first: its __eq__ decides.
    if (self->fun == MP_OBJ_NULL || mp_obj_equal(self->sentinel, value)) {
        self->fun = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    return value;
}

// __reduce__(): (iter, (fun, sentinel)), or (iter, ((),)) once exhausted.
static MP_COLD mp_obj_t callable_iter_reduce(mp_obj_t self_in) {
    callable_iter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_tuple_t *r = MP_OBJ_TO_PTR(mp_obj_iter_reduce(MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL));
    if (self->fun != MP_OBJ_NULL) {
        r->items[1] = mp_obj_new_tuple(2, &self->fun);
    }
    return MP_OBJ_FROM_PTR(r);
}
static MP_DEFINE_CONST_FUN_OBJ_1(callable_iter_reduce_obj, callable_iter_reduce);

static const mp_rom_map_elem_t callable_iter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&callable_iter_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(callable_iter_locals_dict, callable_iter_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    callable_iter_type, MP_QSTR_callable_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, callable_iter_iternext,
    locals_dict, (mp_obj_dict_t *)&callable_iter_locals_dict
    );

static mp_obj_t builtin_iter(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        return mp_getiter(args[0]);
    }
    if (!mp_obj_is_callable(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("iter(v, w): v must be callable"));
    }
    callable_iter_t *it = m_new_obj(callable_iter_t);
    it->base.type = &callable_iter_type;
    it->fun = args[0];
    it->sentinel = args[1];
    return MP_OBJ_FROM_PTR(it);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_iter_obj, 1, 2, builtin_iter);

// len(obj)
static mp_obj_t builtin_len(mp_obj_t o) {
    return mp_obj_len(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_len_obj, builtin_len);

// locals(): a function's locals as a new dict (built by the VM from its
// frame), or the locals dict of module and class-body code.
static mp_obj_t builtin_locals(void) {
    mp_obj_t frame_locals = mp_vm_frame_locals();
    if (frame_locals != MP_OBJ_NULL) {
        return frame_locals;
    }
    mp_obj_dict_t *locals = mp_locals_get();
    return locals == NULL ? MP_OBJ_FROM_PTR(mp_globals_get()) : mp_locals_unwrap(locals);
}
static MP_DEFINE_CONST_FUN_OBJ_0(builtin_locals_obj, builtin_locals);

// max(iterable, *[, default=obj, key=func]) / max(arg1, arg2, *args[, key=func]), and min.
static mp_obj_t min_max(
    size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, mp_binary_op_t op, qstr name) {
    enum { ARG_key, ARG_default };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_key, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_default, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
    };
    // (CPython counts the positional arguments before it looks at keywords)
    if (n_args == 0) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q expected at least 1 argument, got 0"), name);
    }
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(name, 0, args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t key = vals[ARG_key].u_obj;
    mp_obj_t dflt = vals[ARG_default].u_obj;
    mp_obj_t best = MP_OBJ_NULL;
    mp_obj_t best_key = MP_OBJ_NULL;
    if (n_args == 1) {
        mp_obj_t buf[MP_OBJ_ITER_BUF_NSLOTS];
        mp_obj_t iter = mp_getiter_buf(args[0], buf);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_t item_key = key == mp_const_none ? item : mp_call_function_1(key, item);
            if (best == MP_OBJ_NULL || mp_obj_is_true(mp_binary_op(op, item_key, best_key))) {
                best = item;
                best_key = item_key;
            }
        }
        if (best == MP_OBJ_NULL) {
            if (dflt != MP_OBJ_NULL) {
                return dflt;
            }
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("%q() arg is an empty sequence"), name);
        }
        return best;
    }
    if (dflt != MP_OBJ_NULL) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("Cannot specify a default for %q() with multiple positional arguments"),
            name);
    }
    for (size_t i = 0; i < n_args; i++) {
        mp_obj_t item_key = key == mp_const_none ? args[i] : mp_call_function_1(key, args[i]);
        if (best == MP_OBJ_NULL || mp_obj_is_true(mp_binary_op(op, item_key, best_key))) {
            best = args[i];
            best_key = item_key;
        }
    }
    return best;
}

static mp_obj_t builtin_max(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return min_max(n_args, args, kw_args, MP_BINARY_OP_MORE, MP_QSTR_max);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_max_obj, 0, builtin_max);

static mp_obj_t builtin_min(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return min_max(n_args, args, kw_args, MP_BINARY_OP_LESS, MP_QSTR_min);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_min_obj, 0, builtin_min);

// next(iterator[, default])
static mp_obj_t builtin_next(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        mp_obj_t value = mp_iternext_allow_raise(args[0]);
        if (value == MP_OBJ_STOP_ITERATION) {
            mp_raise_type(&mp_type_StopIteration);
        }
        return value;
    }
    mp_obj_t value = mp_iternext(args[0]);
    return value == MP_OBJ_STOP_ITERATION ? args[1] : value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_next_obj, 1, 2, builtin_next);

// oct(x)
static mp_obj_t builtin_oct(mp_obj_t x) {
    return mp_obj_int_format(mp_obj_get_index(x), 8, true, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_oct_obj, builtin_oct);

// ord(c)
static mp_obj_t builtin_ord(mp_obj_t c) {
    // A subclass of str, bytes or bytearray is asked about its native value.
    mp_obj_t v = mp_obj_cast_to_native_base(c, MP_OBJ_NULL);
    if (mp_obj_is_str(v)) {
        GET_STR_DATA_LEN(v, data, len);
        if (len > 0) {
            const byte *next = utf8_next_char(data);
            if (next == data + len) {
                return MP_OBJ_NEW_SMALL_INT(utf8_get_char(data));
            }
        }
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("ord() expected a character, but string of length %d found"),
            (int)utf8_charlen(data, len));
    }
    if (mp_obj_is_type(v, &mp_type_bytes) || mp_obj_is_type(v, &mp_type_bytearray)) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(v, &bufinfo, MP_BUFFER_READ);
        if (bufinfo.len == 1) {
            return MP_OBJ_NEW_SMALL_INT(((const byte *)bufinfo.buf)[0]);
        }
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("ord() expected a character, but string of length %d found"),
            (int)bufinfo.len);
    }
    mp_raise_TypeError_obj_unsupported(
        c, MP_ERROR_TEXT("ord() expected string of length 1, but %s found"));
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_ord_obj, builtin_ord);

// pow(base, exp, mod=None)
// The kind of number an argument of 3-argument pow() is (subclasses of the
// built-in numbers count as those).
enum { POW3_OTHER, POW3_INT, POW3_FLOAT, POW3_COMPLEX };

static int pow3_kind(mp_obj_t o) {
    o = mp_obj_cast_to_native_base(o, MP_OBJ_NULL);
    if (o == MP_OBJ_NULL) {
        return POW3_OTHER;
    }
    if (is_int_like(o)) {
        return POW3_INT;
    }
    if (mp_obj_is_float(o)) {
        return POW3_FLOAT;
    }
    return mp_obj_is_type(o, &mp_type_complex) ? POW3_COMPLEX : POW3_OTHER;
}

static mp_obj_t builtin_pow(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_base, ARG_exp, ARG_mod };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_base, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_exp, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_mod, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_pow, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t base = vals[ARG_base].u_obj;
    mp_obj_t exp = vals[ARG_exp].u_obj;
    mp_obj_t mod = vals[ARG_mod].u_obj;
    if (mod == mp_const_none) {
        return mp_binary_op(MP_BINARY_OP_POWER, base, exp);
    }
    // A user class answers through its own __pow__(exp, mod); __rpow__ is
    // never tried with a modulus.
    if (mp_obj_is_instance_type(mp_obj_get_type(base))) {
        mp_obj_t dest[4];
        mp_load_method_maybe(base, MP_QSTR___pow__, dest);
        if (dest[0] != MP_OBJ_NULL && !mp_obj_is_type(dest[0], &mp_type_slot_wrapper)) {
            dest[2] = exp;
            dest[3] = mod;
            mp_obj_t res = mp_call_method_n_kw(2, 0, dest);
            if (res != mp_const_notimplemented) {
                return res;
            }
        }
    }
    mp_obj_t args3[3] = { base, exp, mod };
    int kinds[3];
    for (size_t i = 0; i < 3; i++) {
        kinds[i] = pow3_kind(args3[i]);
        args3[i] = mp_obj_cast_to_native_base(args3[i], MP_OBJ_NULL);
    }
    if (kinds[0] == POW3_INT && kinds[1] == POW3_INT && kinds[2] == POW3_INT) {
        return mp_obj_int_pow3(int_of(args3[0]), int_of(args3[1]), int_of(args3[2]));
    }
    // The numeric types are asked in argument order, as CPython does:
    // float refuses any modulus, complex one given two numbers.
    for (size_t i = 0; i < 3; i++) {
        if (kinds[i] == POW3_FLOAT) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        if (kinds[i] == POW3_COMPLEX && kinds[0] != POW3_OTHER && kinds[1] != POW3_OTHER) {
            mp_raise_ValueError(MP_ERROR_TEXT("complex modulo"));
        }
    }
    mp_raise_TypeError_varg(
        MP_ERROR_TEXT("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'"),
        mp_obj_get_type_str(base), mp_obj_get_type_str(exp), mp_obj_get_type_str(mod));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_pow_obj, 0, builtin_pow);

// print(*objects, sep=' ', end='\n', file=None, flush=False)
static mp_obj_t print_text_arg(mp_obj_t arg, qstr name) {
    if (arg == mp_const_none) {
        return MP_OBJ_NULL;
    }
    if (mp_obj_is_str(arg)) {
        return arg;
    }
    mp_obj_t s = mp_obj_str_cast(arg); // (a str subclass counts)
    if (s == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q must be None or a string, not %s"),
            name, mp_obj_get_type_str(arg));
    }
    return s;
}

static mp_obj_t builtin_print(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_sep, ARG_end, ARG_file, ARG_flush };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_sep, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_end, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_file, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_flush, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    const char *sep_data = " ";
    size_t sep_len = 1;
    const char *end_data = "\n";
    size_t end_len = 1;
    mp_obj_t file = mp_const_none;
    bool flush = false;
    if (kw_args->used > 0) {
        mp_arg_parse_named(MP_QSTR_print, 0, NULL, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
        mp_obj_t sep = print_text_arg(vals[ARG_sep].u_obj, MP_QSTR_sep);
        if (sep != MP_OBJ_NULL) {
            sep_data = mp_obj_str_get_data(sep, &sep_len);
        }
        mp_obj_t end = print_text_arg(vals[ARG_end].u_obj, MP_QSTR_end);
        if (end != MP_OBJ_NULL) {
            end_data = mp_obj_str_get_data(end, &end_len);
        }
        file = vals[ARG_file].u_obj;
        flush = vals[ARG_flush].u_bool;
    }
    if (file == mp_const_none) {
        file = mp_sys_get_attr(MP_QSTR_stdout);
        if (file == mp_const_none) {
            // CPython: print() does nothing when sys.stdout is None.
            return mp_const_none;
        }
    }

    // The console and built-in streams: one write per call (for the usual
    // short lines). Other objects get one write() per piece, as in CPython.
    const mp_print_t *direct = NULL;
    mp_print_t obj_print;
    if (file == MP_OBJ_NULL || file == MP_STATE_VM(sys_stdout)) {
        direct = &mp_plat_print;
    } else if (file == MP_STATE_VM(sys_stderr)) {
        direct = &mp_stderr_print;
    } else if (is_builtin_stream(file)) {
        mp_print_init_obj(&obj_print, &file);
        direct = &obj_print;
    }
    if (direct != NULL) {
        print_buf_t pb;
        pb.out = direct;
        pb.stream = direct == &obj_print || file == MP_OBJ_NULL ? MP_OBJ_NULL : file;
        pb.len = 0;
        mp_print_t print = { &pb, print_buf_strn };
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                print_buf_strn(&pb, sep_data, sep_len);
            }
            mp_obj_print_helper(&print, args[i], PRINT_STR);
        }
        print_buf_strn(&pb, end_data, end_len);
        print_buf_flush(&pb);
        // (The console is not buffered.)
        flush &= direct == &obj_print;
    } else {
        // Any other object: one write() per piece, even an empty one, as
        // CPython does.
        mp_print_t print;
        mp_print_init_obj(&print, &file);
        vstr_t vstr;
        vstr_init(&vstr, 32);
        mp_print_t vstr_print;
        mp_print_init_vstr(&vstr_print, &vstr);
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                print.print_strn(print.data, sep_data, sep_len);
            }
            vstr_reset(&vstr);
            mp_obj_print_helper(&vstr_print, args[i], PRINT_STR);
            print.print_strn(print.data, vstr.buf, vstr.len);
        }
        print.print_strn(print.data, end_data, end_len);
    }
    if (flush) {
        // A file without flush() is an AttributeError, as in CPython.
        mp_obj_t dest[2];
        mp_load_method(file, MP_QSTR_flush, dest);
        mp_call_method_n_kw(0, 0, dest);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_print_obj, 0, builtin_print);

// help([obj]): MicroPython's short help rather than CPython's pydoc. No
// argument prints a welcome text, help('modules') the built-in modules, and
// help(obj) the names found on obj (a module's globals, a class's
// attributes, or those of an object's class). The text is cold data
// (MP_COLD_DATA), kept off the hot constants' pages.

static const char help_welcome_text[] MP_COLD_DATA =
    "Welcome to MicroPython on Unix, a small Python 3.\n"
    "\n"
    "Run a program with `micropython script.py` (or -c CMD, -m MODULE); with\n"
    "no program you get this interactive prompt. Keys at the prompt:\n"
    "  Ctrl-C      drop the line being typed, or interrupt running code\n"
    "  Ctrl-D      on an empty line: leave\n"
    "  Ctrl-E      on an empty line: paste mode (Ctrl-D runs the paste)\n"
    "  Up/Down     earlier/later input lines\n"
    "  Ctrl-A/E    start/end of the line; Left/Right move one character\n"
    "  Tab         indents (no completion)\n"
    "\n"
    "help(obj) lists what obj holds, help('modules') the built-in modules.\n";

static void help_print_modules(void) {
    // Walks the one table of modules written in C (py/objmodule.c), which
    // tools/makemoduledefs.py emits sorted by name. The u-prefixed aliases
    // (usocket...) are left out: a shorter name holds the same module.
    // A name is printed once the next is found, so that the last one of the
    // list, like the last of each row of four, ends its line unpadded.
    const mp_map_t *map = &mp_module_builtin_map;
    const size_t columns = 4;
    const int width = 18;
    size_t n = 0;
    qstr prev = MP_QSTRnull;
    for (size_t i = 0; i < map->used; i++) {
        qstr q = MP_OBJ_QSTR_VALUE(map->table[i].key);
        bool alias = false;
        for (size_t k = 0; k < map->used; k++) {
            if (map->table[k].value == map->table[i].value
                && qstr_len(MP_OBJ_QSTR_VALUE(map->table[k].key)) < qstr_len(q)) {
                alias = true;
            }
        }
        if (alias) {
            continue;
        }
        if (n > 0) {
            bool row_end = n % columns == 0;
            mp_printf(&mp_plat_print, "%-*s%s", row_end ? 0 : width, qstr_str(prev), row_end ? "\n" : "");
        }
        prev = q;
        n++;
    }
    mp_printf(&mp_plat_print, "%s\n", qstr_str(prev));
    mp_print_str(&mp_plat_print, "Modules written in Python are found on sys.path.\n");
}

static void help_print_object(mp_obj_t obj) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    mp_print_str(&mp_plat_print, "object ");
    mp_obj_print_helper(&mp_plat_print, obj, PRINT_STR);
    mp_printf(&mp_plat_print, " is of type %q\n", (qstr)type->name);
    mp_map_t *map = NULL;
    if (mp_obj_is_type(obj, &mp_type_module)) {
        map = &mp_obj_module_get_globals(obj)->map;
    } else {
        // A class shows its own attributes, any other object its class's.
        const mp_obj_type_t *t = mp_obj_is_type_obj(obj) ? MP_OBJ_TO_PTR(obj) : type;
        if (MP_OBJ_TYPE_HAS_SLOT(t, locals_dict)) {
            map = &MP_OBJ_TYPE_GET_SLOT(t, locals_dict)->map;
        }
    }
    if (map == NULL) {
        return;
    }
    for (size_t i = 0; i < map->alloc; i++) {
        mp_map_elem_t *e = &map->table[i];
        if (e->key == MP_OBJ_NULL || e->key == MP_OBJ_SENTINEL) {
            continue;
        }
        mp_print_str(&mp_plat_print, "  ");
        mp_obj_print_helper(&mp_plat_print, e->key, PRINT_STR);
        mp_print_str(&mp_plat_print, " -- ");
        mp_obj_print_helper(&mp_plat_print, e->value, PRINT_REPR);
        mp_print_str(&mp_plat_print, "\n");
    }
}

static mp_obj_t builtin_help(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_print_str(&mp_plat_print, help_welcome_text);
    } else if (mp_obj_is_str(args[0]) && strcmp(mp_obj_str_get_str(args[0]), "modules") == 0) {
        help_print_modules();
    } else {
        help_print_object(args[0]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_help_obj, 0, 1, builtin_help);

// repr(obj)
static mp_obj_t builtin_repr(mp_obj_t o) {
    return mp_obj_repr_as_returned(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(builtin_repr_obj, builtin_repr);

// round(number, ndigits=None)
// Every number rounds through its type's __round__ (int's and float's take a
// huge ndigits too), called without ndigits for None as CPython does.
static mp_obj_t builtin_round(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_number, ARG_ndigits };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_number, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_ndigits, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_round, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t x = int_of(vals[ARG_number].u_obj);
    mp_obj_t dest[3];
    mp_load_special_method_maybe(x, MP_QSTR___round__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            x, MP_ERROR_TEXT("type %s doesn't define __round__ method"));
    }
    dest[2] = vals[ARG_ndigits].u_obj;
    return mp_call_method_n_kw(dest[2] != mp_const_none, 0, dest);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_round_obj, 0, builtin_round);

// setattr(obj, name, value)
static mp_obj_t builtin_setattr(mp_obj_t o, mp_obj_t name, mp_obj_t value) {
    mp_store_attr(o, attr_name(name), value);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(builtin_setattr_obj, builtin_setattr);

// sorted(iterable, /, *, key=None, reverse=False)
static mp_obj_t builtin_sorted(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args != 1) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("sorted expected 1 argument, got %d"), (int)n_args);
    }
    mp_obj_t list = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), args[0]);
    mp_obj_list_sort(1, &list, kw_args);
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_sorted_obj, 0, builtin_sorted);

// sum(iterable, /, start=0)
static mp_obj_t builtin_sum(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_iterable, ARG_start };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_start, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_sum, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    // The iterable is checked first, as CPython does: sum(1, '') is 'int' not iterable.
    mp_obj_t buf[MP_OBJ_ITER_BUF_NSLOTS];
    mp_obj_t iter = mp_getiter_buf(vals[ARG_iterable].u_obj, buf);
    mp_obj_t total = vals[ARG_start].u_obj;
    if (mp_obj_is_str(total) || mp_obj_is_instance_of(total, &mp_type_str)) {
        mp_raise_TypeError(MP_ERROR_TEXT("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if (mp_obj_is_type(total, &mp_type_bytes)) {
        mp_raise_TypeError(MP_ERROR_TEXT("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if (mp_obj_is_type(total, &mp_type_bytearray)) {
        mp_raise_TypeError(MP_ERROR_TEXT("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        // Small ints stay on the fast path while the total fits.
        if (mp_obj_is_small_int(total) && mp_obj_is_small_int(item)) {
            mp_int_t v = MP_OBJ_SMALL_INT_VALUE(total) + MP_OBJ_SMALL_INT_VALUE(item);
            if (MP_SMALL_INT_FITS(v)) {
                total = MP_OBJ_NEW_SMALL_INT(v);
                continue;
            }
        }
        total = mp_binary_op(MP_BINARY_OP_ADD, total, item);
    }
    return total;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(builtin_sum_obj, 1, builtin_sum);

// vars([obj])
static mp_obj_t builtin_vars(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return builtin_locals();
    }
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    mp_load_method_protected(args[0], MP_QSTR___dict__, dest, false);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("vars() argument must have __dict__ attribute"));
    }
    return dest[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(builtin_vars_obj, 0, 1, builtin_vars);

// exit(code=None), quit(code=None): CPython's site.Quitter objects, whose
// repr tells the interactive user how to leave. Calling one raises
// SystemExit(code).
typedef struct _quitter_t {
    mp_obj_base_t base;
    qstr name;
} quitter_t;

static void quitter_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    quitter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "Use %q() or Ctrl-D (i.e. EOF) to exit", self->name);
}

static mp_obj_t quitter_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)self_in;
    enum { ARG_code };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_code, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    nlr_raise(mp_obj_new_exception_args(&mp_type_SystemExit, 1, &vals[ARG_code].u_obj));
}

static MP_DEFINE_CONST_OBJ_TYPE(
    quitter_type, MP_QSTR_Quitter, MP_TYPE_FLAG_NONE,
    print, quitter_print,
    call, quitter_call
    );

static const quitter_t builtin_exit_obj = { { &quitter_type }, MP_QSTR_exit };
static const quitter_t builtin_quit_obj = { { &quitter_type }, MP_QSTR_quit };

// ---------------------------------------------------------------------------
// The module.

// clang-format off
static const mp_rom_map_elem_t builtins_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_builtins) },
    { MP_ROM_QSTR(MP_QSTR___build_class__), MP_ROM_PTR(&mp_builtin___build_class___obj) },
    { MP_ROM_QSTR(MP_QSTR___import__), MP_ROM_PTR(&mp_builtin___import___obj) },
    { MP_ROM_QSTR(MP_QSTR___debug__), MP_ROM_TRUE },

    // Types.
    { MP_ROM_QSTR(MP_QSTR_bool), MP_ROM_PTR(&mp_type_bool) },
    { MP_ROM_QSTR(MP_QSTR_bytearray), MP_ROM_PTR(&mp_type_bytearray) },
    { MP_ROM_QSTR(MP_QSTR_bytes), MP_ROM_PTR(&mp_type_bytes) },
    { MP_ROM_QSTR(MP_QSTR_classmethod), MP_ROM_PTR(&mp_type_classmethod) },
    { MP_ROM_QSTR(MP_QSTR_complex), MP_ROM_PTR(&mp_type_complex) },
    { MP_ROM_QSTR(MP_QSTR_dict), MP_ROM_PTR(&mp_type_dict) },
    { MP_ROM_QSTR(MP_QSTR_enumerate), MP_ROM_PTR(&mp_type_enumerate) },
    { MP_ROM_QSTR(MP_QSTR_filter), MP_ROM_PTR(&mp_type_filter) },
    { MP_ROM_QSTR(MP_QSTR_float), MP_ROM_PTR(&mp_type_float) },
    { MP_ROM_QSTR(MP_QSTR_frozenset), MP_ROM_PTR(&mp_type_frozenset) },
    { MP_ROM_QSTR(MP_QSTR_int), MP_ROM_PTR(&mp_type_int) },
    { MP_ROM_QSTR(MP_QSTR_list), MP_ROM_PTR(&mp_type_list) },
    { MP_ROM_QSTR(MP_QSTR_map), MP_ROM_PTR(&mp_type_map) },
    { MP_ROM_QSTR(MP_QSTR_memoryview), MP_ROM_PTR(&mp_type_memoryview) },
    { MP_ROM_QSTR(MP_QSTR_object), MP_ROM_PTR(&mp_type_object) },
    { MP_ROM_QSTR(MP_QSTR_property), MP_ROM_PTR(&mp_type_property) },
    { MP_ROM_QSTR(MP_QSTR_range), MP_ROM_PTR(&mp_type_range) },
    { MP_ROM_QSTR(MP_QSTR_reversed), MP_ROM_PTR(&mp_type_reversed) },
    { MP_ROM_QSTR(MP_QSTR_set), MP_ROM_PTR(&mp_type_set) },
    { MP_ROM_QSTR(MP_QSTR_slice), MP_ROM_PTR(&mp_type_slice) },
    { MP_ROM_QSTR(MP_QSTR_staticmethod), MP_ROM_PTR(&mp_type_staticmethod) },
    { MP_ROM_QSTR(MP_QSTR_str), MP_ROM_PTR(&mp_type_str) },
    { MP_ROM_QSTR(MP_QSTR_super), MP_ROM_PTR(&mp_type_super) },
    { MP_ROM_QSTR(MP_QSTR_tuple), MP_ROM_PTR(&mp_type_tuple) },
    { MP_ROM_QSTR(MP_QSTR_type), MP_ROM_PTR(&mp_type_type) },
    { MP_ROM_QSTR(MP_QSTR_zip), MP_ROM_PTR(&mp_type_zip) },

    // Functions.
    { MP_ROM_QSTR(MP_QSTR_abs), MP_ROM_PTR(&builtin_abs_obj) },
    { MP_ROM_QSTR(MP_QSTR_aiter), MP_ROM_PTR(&builtin_aiter_obj) },
    { MP_ROM_QSTR(MP_QSTR_all), MP_ROM_PTR(&builtin_all_obj) },
    { MP_ROM_QSTR(MP_QSTR_anext), MP_ROM_PTR(&builtin_anext_obj) },
    { MP_ROM_QSTR(MP_QSTR_any), MP_ROM_PTR(&builtin_any_obj) },
    { MP_ROM_QSTR(MP_QSTR_ascii), MP_ROM_PTR(&builtin_ascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_bin), MP_ROM_PTR(&builtin_bin_obj) },
    { MP_ROM_QSTR(MP_QSTR_breakpoint), MP_ROM_PTR(&builtin_breakpoint_obj) },
    { MP_ROM_QSTR(MP_QSTR_callable), MP_ROM_PTR(&builtin_callable_obj) },
    { MP_ROM_QSTR(MP_QSTR_chr), MP_ROM_PTR(&builtin_chr_obj) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&mp_builtin_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_delattr), MP_ROM_PTR(&builtin_delattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_dir), MP_ROM_PTR(&builtin_dir_obj) },
    { MP_ROM_QSTR(MP_QSTR_divmod), MP_ROM_PTR(&builtin_divmod_obj) },
    { MP_ROM_QSTR(MP_QSTR_eval), MP_ROM_PTR(&mp_builtin_eval_obj) },
    { MP_ROM_QSTR(MP_QSTR_exec), MP_ROM_PTR(&mp_builtin_exec_obj) },
    { MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&builtin_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_format), MP_ROM_PTR(&builtin_format_obj) },
    { MP_ROM_QSTR(MP_QSTR_getattr), MP_ROM_PTR(&builtin_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_globals), MP_ROM_PTR(&builtin_globals_obj) },
    { MP_ROM_QSTR(MP_QSTR_hasattr), MP_ROM_PTR(&builtin_hasattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_hash), MP_ROM_PTR(&builtin_hash_obj) },
    { MP_ROM_QSTR(MP_QSTR_help), MP_ROM_PTR(&builtin_help_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&builtin_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_id), MP_ROM_PTR(&builtin_id_obj) },
    { MP_ROM_QSTR(MP_QSTR_input), MP_ROM_PTR(&builtin_input_obj) },
    { MP_ROM_QSTR(MP_QSTR_isinstance), MP_ROM_PTR(&builtin_isinstance_obj) },
    { MP_ROM_QSTR(MP_QSTR_issubclass), MP_ROM_PTR(&builtin_issubclass_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter), MP_ROM_PTR(&builtin_iter_obj) },
    { MP_ROM_QSTR(MP_QSTR_len), MP_ROM_PTR(&builtin_len_obj) },
    { MP_ROM_QSTR(MP_QSTR_locals), MP_ROM_PTR(&builtin_locals_obj) },
    { MP_ROM_QSTR(MP_QSTR_max), MP_ROM_PTR(&builtin_max_obj) },
    { MP_ROM_QSTR(MP_QSTR_min), MP_ROM_PTR(&builtin_min_obj) },
    { MP_ROM_QSTR(MP_QSTR_next), MP_ROM_PTR(&builtin_next_obj) },
    { MP_ROM_QSTR(MP_QSTR_oct), MP_ROM_PTR(&builtin_oct_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&mp_builtin_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_ord), MP_ROM_PTR(&builtin_ord_obj) },
    { MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&builtin_pow_obj) },
    { MP_ROM_QSTR(MP_QSTR_print), MP_ROM_PTR(&builtin_print_obj) },
    { MP_ROM_QSTR(MP_QSTR_quit), MP_ROM_PTR(&builtin_quit_obj) },
    { MP_ROM_QSTR(MP_QSTR_repr), MP_ROM_PTR(&builtin_repr_obj) },
    { MP_ROM_QSTR(MP_QSTR_round), MP_ROM_PTR(&builtin_round_obj) },
    { MP_ROM_QSTR(MP_QSTR_setattr), MP_ROM_PTR(&builtin_setattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_sorted), MP_ROM_PTR(&builtin_sorted_obj) },
    { MP_ROM_QSTR(MP_QSTR_sum), MP_ROM_PTR(&builtin_sum_obj) },
    { MP_ROM_QSTR(MP_QSTR_vars), MP_ROM_PTR(&builtin_vars_obj) },

    // Constants.
    { MP_ROM_QSTR(MP_QSTR_None), MP_ROM_NONE },
    { MP_ROM_QSTR(MP_QSTR_True), MP_ROM_TRUE },
    { MP_ROM_QSTR(MP_QSTR_False), MP_ROM_FALSE },
    { MP_ROM_QSTR(MP_QSTR_Ellipsis), MP_ROM_PTR(&mp_const_ellipsis_obj) },
    { MP_ROM_QSTR(MP_QSTR_NotImplemented), MP_ROM_PTR(&mp_const_notimplemented_obj) },

    // Exceptions.
    { MP_ROM_QSTR(MP_QSTR_BaseException), MP_ROM_PTR(&mp_type_BaseException) },
    { MP_ROM_QSTR(MP_QSTR_SystemExit), MP_ROM_PTR(&mp_type_SystemExit) },
    { MP_ROM_QSTR(MP_QSTR_KeyboardInterrupt), MP_ROM_PTR(&mp_type_KeyboardInterrupt) },
    { MP_ROM_QSTR(MP_QSTR_GeneratorExit), MP_ROM_PTR(&mp_type_GeneratorExit) },
    { MP_ROM_QSTR(MP_QSTR_Exception), MP_ROM_PTR(&mp_type_Exception) },
    { MP_ROM_QSTR(MP_QSTR_StopIteration), MP_ROM_PTR(&mp_type_StopIteration) },
    { MP_ROM_QSTR(MP_QSTR_StopAsyncIteration), MP_ROM_PTR(&mp_type_StopAsyncIteration) },
    { MP_ROM_QSTR(MP_QSTR_ArithmeticError), MP_ROM_PTR(&mp_type_ArithmeticError) },
    { MP_ROM_QSTR(MP_QSTR_OverflowError), MP_ROM_PTR(&mp_type_OverflowError) },
    { MP_ROM_QSTR(MP_QSTR_ZeroDivisionError), MP_ROM_PTR(&mp_type_ZeroDivisionError) },
    { MP_ROM_QSTR(MP_QSTR_FloatingPointError), MP_ROM_PTR(&mp_type_FloatingPointError) },
    { MP_ROM_QSTR(MP_QSTR_AssertionError), MP_ROM_PTR(&mp_type_AssertionError) },
    { MP_ROM_QSTR(MP_QSTR_AttributeError), MP_ROM_PTR(&mp_type_AttributeError) },
    { MP_ROM_QSTR(MP_QSTR_BufferError), MP_ROM_PTR(&mp_type_BufferError) },
    { MP_ROM_QSTR(MP_QSTR_EOFError), MP_ROM_PTR(&mp_type_EOFError) },
    { MP_ROM_QSTR(MP_QSTR_ImportError), MP_ROM_PTR(&mp_type_ImportError) },
    { MP_ROM_QSTR(MP_QSTR_ModuleNotFoundError), MP_ROM_PTR(&mp_type_ModuleNotFoundError) },
    { MP_ROM_QSTR(MP_QSTR_LookupError), MP_ROM_PTR(&mp_type_LookupError) },
    { MP_ROM_QSTR(MP_QSTR_IndexError), MP_ROM_PTR(&mp_type_IndexError) },
    { MP_ROM_QSTR(MP_QSTR_KeyError), MP_ROM_PTR(&mp_type_KeyError) },
    { MP_ROM_QSTR(MP_QSTR_MemoryError), MP_ROM_PTR(&mp_type_MemoryError) },
    { MP_ROM_QSTR(MP_QSTR_NameError), MP_ROM_PTR(&mp_type_NameError) },
    { MP_ROM_QSTR(MP_QSTR_UnboundLocalError), MP_ROM_PTR(&mp_type_UnboundLocalError) },
    { MP_ROM_QSTR(MP_QSTR_OSError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_IOError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_EnvironmentError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_BlockingIOError), MP_ROM_PTR(&mp_type_BlockingIOError) },
    { MP_ROM_QSTR(MP_QSTR_ChildProcessError), MP_ROM_PTR(&mp_type_ChildProcessError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionError), MP_ROM_PTR(&mp_type_ConnectionError) },
    { MP_ROM_QSTR(MP_QSTR_BrokenPipeError), MP_ROM_PTR(&mp_type_BrokenPipeError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionAbortedError), MP_ROM_PTR(&mp_type_ConnectionAbortedError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionRefusedError), MP_ROM_PTR(&mp_type_ConnectionRefusedError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionResetError), MP_ROM_PTR(&mp_type_ConnectionResetError) },
    { MP_ROM_QSTR(MP_QSTR_FileExistsError), MP_ROM_PTR(&mp_type_FileExistsError) },
    { MP_ROM_QSTR(MP_QSTR_FileNotFoundError), MP_ROM_PTR(&mp_type_FileNotFoundError) },
    { MP_ROM_QSTR(MP_QSTR_InterruptedError), MP_ROM_PTR(&mp_type_InterruptedError) },
    { MP_ROM_QSTR(MP_QSTR_IsADirectoryError), MP_ROM_PTR(&mp_type_IsADirectoryError) },
    { MP_ROM_QSTR(MP_QSTR_NotADirectoryError), MP_ROM_PTR(&mp_type_NotADirectoryError) },
    { MP_ROM_QSTR(MP_QSTR_PermissionError), MP_ROM_PTR(&mp_type_PermissionError) },
    { MP_ROM_QSTR(MP_QSTR_ProcessLookupError), MP_ROM_PTR(&mp_type_ProcessLookupError) },
    { MP_ROM_QSTR(MP_QSTR_TimeoutError), MP_ROM_PTR(&mp_type_TimeoutError) },
    { MP_ROM_QSTR(MP_QSTR_ReferenceError), MP_ROM_PTR(&mp_type_ReferenceError) },
    { MP_ROM_QSTR(MP_QSTR_RuntimeError), MP_ROM_PTR(&mp_type_RuntimeError) },
    { MP_ROM_QSTR(MP_QSTR_NotImplementedError), MP_ROM_PTR(&mp_type_NotImplementedError) },
    { MP_ROM_QSTR(MP_QSTR_RecursionError), MP_ROM_PTR(&mp_type_RecursionError) },
    { MP_ROM_QSTR(MP_QSTR_SyntaxError), MP_ROM_PTR(&mp_type_SyntaxError) },
    { MP_ROM_QSTR(MP_QSTR_IndentationError), MP_ROM_PTR(&mp_type_IndentationError) },
    { MP_ROM_QSTR(MP_QSTR_TabError), MP_ROM_PTR(&mp_type_TabError) },
    { MP_ROM_QSTR(MP_QSTR_SystemError), MP_ROM_PTR(&mp_type_SystemError) },
    { MP_ROM_QSTR(MP_QSTR_TypeError), MP_ROM_PTR(&mp_type_TypeError) },
    { MP_ROM_QSTR(MP_QSTR_ValueError), MP_ROM_PTR(&mp_type_ValueError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeError), MP_ROM_PTR(&mp_type_UnicodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeDecodeError), MP_ROM_PTR(&mp_type_UnicodeDecodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeEncodeError), MP_ROM_PTR(&mp_type_UnicodeEncodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeTranslateError), MP_ROM_PTR(&mp_type_UnicodeTranslateError) },
    { MP_ROM_QSTR(MP_QSTR_Warning), MP_ROM_PTR(&mp_type_Warning) },
    { MP_ROM_QSTR(MP_QSTR_UserWarning), MP_ROM_PTR(&mp_type_UserWarning) },
    { MP_ROM_QSTR(MP_QSTR_DeprecationWarning), MP_ROM_PTR(&mp_type_DeprecationWarning) },
    { MP_ROM_QSTR(MP_QSTR_RuntimeWarning), MP_ROM_PTR(&mp_type_RuntimeWarning) },
    { MP_ROM_QSTR(MP_QSTR_BytesWarning), MP_ROM_PTR(&mp_type_BytesWarning) },
    { MP_ROM_QSTR(MP_QSTR_EncodingWarning), MP_ROM_PTR(&mp_type_EncodingWarning) },
    { MP_ROM_QSTR(MP_QSTR_FutureWarning), MP_ROM_PTR(&mp_type_FutureWarning) },
    { MP_ROM_QSTR(MP_QSTR_ImportWarning), MP_ROM_PTR(&mp_type_ImportWarning) },
    { MP_ROM_QSTR(MP_QSTR_PendingDeprecationWarning), MP_ROM_PTR(&mp_type_PendingDeprecationWarning) },
    { MP_ROM_QSTR(MP_QSTR_ResourceWarning), MP_ROM_PTR(&mp_type_ResourceWarning) },
    { MP_ROM_QSTR(MP_QSTR_SyntaxWarning), MP_ROM_PTR(&mp_type_SyntaxWarning) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeWarning), MP_ROM_PTR(&mp_type_UnicodeWarning) },
    { MP_ROM_QSTR(MP_QSTR_BaseExceptionGroup), MP_ROM_PTR(&mp_type_BaseExceptionGroup) },
    { MP_ROM_QSTR(MP_QSTR_ExceptionGroup), MP_ROM_PTR(&mp_type_ExceptionGroup) },
};
// clang-format on

MP_DEFINE_CONST_DICT(mp_module_builtins_globals, builtins_globals_table);

const mp_obj_module_t mp_module_builtins = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_builtins_globals,
};

MP_REGISTER_MODULE(MP_QSTR_builtins, mp_module_builtins);

// The mutable name space: a heap dict with the ROM table's entries, so that
// a program can add or replace built-in names (CPython allows it).
void mp_builtins_init(void) {
    const mp_map_t *rom = &mp_module_builtins_globals.map;
    mp_obj_t dict = mp_obj_new_dict(rom->used + 4);
    mp_map_t *map = mp_obj_dict_get_map(dict);
    for (size_t i = 0; i < rom->alloc; i++) {
        if (mp_map_slot_is_filled(rom, i)) {
            mp_map_lookup(map, rom->table[i].key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
                rom->table[i].value;
        }
    }
    MP_STATE_BUILTINS_DICT = dict;
    mp_obj_t mod = mp_obj_module_new_with_globals(dict);
    mp_obj_dict_store(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(MP_QSTR_builtins), mod);
    // __main__ sees them as __builtins__, as in CPython.
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE_VM(dict_main)), MP_OBJ_NEW_QSTR(MP_QSTR___builtins__), mod);
}

// A module made from Python source gets the builtins dict as __builtins__,
// as CPython's imported modules do (__main__ gets the module itself).
void mp_module_store_builtins_ref(mp_obj_dict_t *globals) {
    if (MP_STATE_BUILTINS_DICT != MP_OBJ_NULL) {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___builtins__), MP_STATE_BUILTINS_DICT);
    }
}

mp_obj_t mp_builtins_lookup(qstr name) {
    mp_map_t *map = MP_STATE_BUILTINS_DICT != MP_OBJ_NULL
                        ? mp_obj_dict_get_map(MP_STATE_BUILTINS_DICT)
                        : (mp_map_t *)&mp_module_builtins_globals.map;
    mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

void mp_builtins_store(qstr name, mp_obj_t value) {
    if (MP_STATE_BUILTINS_DICT == MP_OBJ_NULL) {
        return;
    }
    mp_map_t *map = mp_obj_dict_get_map(MP_STATE_BUILTINS_DICT);
    if (value == MP_OBJ_NULL) {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    } else {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
}
