// The json module: dumps/dump and loads/load with CPython's output (byte for
// byte for common data: separators, indent, sort_keys, ensure_ascii,
// allow_nan, skipkeys, default) and CPython's JSONDecodeError messages and
// positions. JSONEncoder and JSONDecoder are small subclassable types (their
// encode/default and decode/raw_decode methods, their settings as
// attributes) and cls= builds one. Left out on purpose: iterencode in pieces
// (it yields the whole text once).
#include "py/mpconfig.h"

#if MICROPY_PY_JSON

#include <math.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"

// ---------------------------------------------------------------------------
// JSONDecodeError(msg, doc, pos): a ValueError subclass whose str() is
// "msg: line L column C (char P)", with attributes msg, doc, pos, lineno and
// colno (stored in the exception's attribute dict by the base slot). The
// constructor is the plain exception one, so the instance is made with args
// (msg, doc, pos) and rewritten to CPython's form when first looked at.

static void json_decode_error_fix(mp_obj_t self_in) {
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_BaseException)));
    mp_obj_t *a = e->args->items;
    if (e->args->len != 3 || !mp_obj_is_str(a[0]) || !mp_obj_is_str(a[1]) || !mp_obj_is_small_int(a[2])) {
        return;
    }
    size_t pos = MP_OBJ_SMALL_INT_VALUE(a[2]);
    GET_STR_DATA_LEN(a[1], p, len);
    const byte *end = p + len;
    size_t lineno = 1, line_start = 0; // char index where pos's line starts
    for (size_t i = 0; i < pos && p < end; i++) {
        if (*p == '\n') {
            lineno++;
            line_start = i + 1;
        }
        p = utf8_next_char(p);
    }
    size_t colno = pos - line_start + 1;
    vstr_t vstr;
    vstr_init(&vstr, 64);
    vstr_printf(&vstr, "%s: line %u column %u (char %u)", mp_obj_str_get_str(a[0]),
        (unsigned)lineno, (unsigned)colno, (unsigned)pos);
    mp_obj_t text = mp_obj_new_str_from_vstr(&vstr);
    mp_obj_t args[3] = { a[0], a[1], a[2] };
    e->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(1, &text));
    mp_store_attr(self_in, MP_QSTR_msg, args[0]);
    mp_store_attr(self_in, MP_QSTR_doc, args[1]);
    mp_store_attr(self_in, MP_QSTR_pos, args[2]);
    mp_store_attr(self_in, MP_QSTR_lineno, MP_OBJ_NEW_SMALL_INT(lineno));
    mp_store_attr(self_in, MP_QSTR_colno, MP_OBJ_NEW_SMALL_INT(colno));
}

static void json_decode_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    // Also before a store, so that the fix does not overwrite e.pos = x.
    json_decode_error_fix(self_in);
    MP_OBJ_TYPE_GET_SLOT(&mp_type_ValueError, attr)(self_in, attr, dest);
}

static void json_decode_error_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    json_decode_error_fix(o_in);
    mp_obj_exception_print(print, o_in, kind);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_JSONDecodeError, MP_QSTR_JSONDecodeError, MP_TYPE_FLAG_BASETYPE,
    print, json_decode_error_print,
    make_new, mp_obj_exception_make_new,
    attr, json_decode_error_attr,
    parent, &mp_type_ValueError
    );

// ---------------------------------------------------------------------------
// Encoding.

typedef struct _json_enc_t {
    vstr_t *out;
    mp_obj_t indent; // None, or the str added once per nesting level
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
    mp_obj_t default_fn; // None or a callable for unknown objects
    mp_obj_t markers; // list of the containers being encoded (cycle check)
    bool ensure_ascii;
    bool allow_nan;
    bool sort_keys;
    bool skipkeys;
    bool check_circular; // false: no markers; only the depth limit stops a cycle
    size_t depth;
} json_enc_t;

static void enc_value(json_enc_t *e, mp_obj_t o);

// Nesting counts against the recursion limit, on top of the Python calls
// that led here, as in CPython: deep input raises RecursionError at the
// same depth whatever the C stack size.
// kind: 0 encoding, '[' or '{' decoding (for CPython's message).
static void json_check_depth(size_t depth, byte kind) {
    if (MP_STATE_THREAD(recursion_depth) + depth >= MP_STATE_THREAD(recursion_limit)) {
        mp_raise_msg_varg(&mp_type_RecursionError,
            MP_ERROR_TEXT("maximum recursion depth exceeded while %s a JSON %s%s"),
            kind ? "decoding" : "encoding", kind == '[' ? "array" : "object",
            kind ? " from a unicode string" : "");
    }
}

static void enc_hex4(vstr_t *out, unsigned v) {
    static const char digits[] = "0123456789abcdef";
    char buf[6] = { '\\', 'u', digits[(v >> 12) & 15], digits[(v >> 8) & 15], digits[(v >> 4) & 15],
        digits[v & 15] };
    vstr_add_strn(out, buf, 6);
}

// A str as a JSON string literal, escaped as CPython's encoder does.
static void enc_str(json_enc_t *e, mp_obj_t str) {
    GET_STR_DATA_LEN(str, data, len);
    vstr_t *out = e->out;
    vstr_add_byte(out, '"');
    const byte *p = data;
    const byte *end = data + len;
    while (p < end) {
        const byte *start = p;
        unichar c = mp_obj_str_next_char(&p, end);
        switch (c) {
            case '"':
                vstr_add_strn(out, "\\\"", 2);
                continue;
            case '\\':
                vstr_add_strn(out, "\\\\", 2);
                continue;
            case '\n':
                vstr_add_strn(out, "\\n", 2);
                continue;
            case '\r':
                vstr_add_strn(out, "\\r", 2);
                continue;
            case '\t':
                vstr_add_strn(out, "\\t", 2);
                continue;
            case '\b':
                vstr_add_strn(out, "\\b", 2);
                continue;
            case '\f':
                vstr_add_strn(out, "\\f", 2);
                continue;
        }
        if (c < 0x20 || (e->ensure_ascii && c >= 0x7f)) {
            if (c >= 0x10000) {
                unichar v = c - 0x10000;
                enc_hex4(out, 0xd800 | (v >> 10));
                enc_hex4(out, 0xdc00 | (v & 0x3ff));
            } else {
                enc_hex4(out, c);
            }
        } else {
            vstr_add_strn(out, (const char *)start, (size_t)(p - start));
        }
    }
    vstr_add_byte(out, '"');
}

static void enc_float(json_enc_t *e, mp_float_t f) {
    if (isnan(f) || isinf(f)) {
        if (!e->allow_nan) {
            // CPython 3.11's wording (3.13 appends the value).
            mp_raise_ValueError(MP_ERROR_TEXT("Out of range float values are not JSON compliant"));
        }
        vstr_add_str(e->out, isnan(f) ? "NaN" : f > 0 ? "Infinity" : "-Infinity");
        return;
    }
    char buf[40];
    size_t n = mp_float_format_repr(f, buf, sizeof(buf));
    vstr_add_strn(e->out, buf, n);
}

static void enc_int(json_enc_t *e, mp_obj_t i) {
    // int.__repr__ of the native int, also for subclasses of int.
    mp_obj_t s = mp_obj_repr(i);
    size_t len;
    const char *data = mp_obj_str_get_data(s, &len);
    vstr_add_strn(e->out, data, len);
}

// Newline and indentation for the current depth (indent mode only).
static void enc_newline(json_enc_t *e) {
    vstr_add_byte(e->out, '\n');
    size_t len;
    const char *ind = mp_obj_str_get_data(e->indent, &len);
    for (size_t i = 0; i < e->depth; i++) {
        vstr_add_strn(e->out, ind, len);
    }
}

static void enc_item_sep(json_enc_t *e) {
    vstr_add_strn(e->out, e->item_sep, e->item_sep_len);
}

static void enc_enter(json_enc_t *e, mp_obj_t o) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(e->markers, &n, &items);
    for (size_t i = 0; e->check_circular && i < n; i++) {
        if (items[i] == o) {
            mp_raise_ValueError(MP_ERROR_TEXT("Circular reference detected"));
        }
    }
    mp_obj_list_append(e->markers, o);
    mp_stack_check();
    json_check_depth(e->depth, 0);
    e->depth++;
}

static void enc_leave(json_enc_t *e) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(e->markers, &n, &items);
    mp_obj_list_set_len(e->markers, n - 1);
    e->depth--;
}

static void enc_array(json_enc_t *e, mp_obj_t o) {
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_type(o, &mp_type_list) || mp_obj_is_type(o, &mp_type_tuple)) {
        mp_obj_get_array(o, &n, &items);
        if (n == 0) {
            vstr_add_str(e->out, "[]");
            return;
        }
    } else {
        // Subclasses (namedtuple, user lists): whatever iteration gives.
        mp_obj_t list = mp_obj_new_list(0, NULL);
        mp_obj_t it = mp_getiter(o);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(list, x);
        }
        mp_obj_list_get(list, &n, &items);
        if (n == 0) {
            vstr_add_str(e->out, "[]");
            return;
        }
        o = list;
    }
    enc_enter(e, o);
    vstr_add_byte(e->out, '[');
    for (size_t i = 0; i < n; i++) {
        // Re-read: encoding an item may run Python code (default=) that changes the list.
        mp_obj_get_array(o, &n, &items);
        if (i >= n) {
            break;
        }
        if (i > 0) {
            enc_item_sep(e);
        }
        if (e->indent != mp_const_none) {
            enc_newline(e);
        }
        enc_value(e, items[i]);
    }
    enc_leave(e);
    if (e->indent != mp_const_none) {
        enc_newline(e);
    }
    vstr_add_byte(e->out, ']');
}

// The text of a dict key, or MP_OBJ_NULL to skip it (skipkeys).
static mp_obj_t enc_key(json_enc_t *e, mp_obj_t k) {
    if (mp_obj_is_str(k)) {
        return k;
    }
    if (mp_obj_is_instance_of(k, &mp_type_str)) {
        return mp_obj_str_cast(k);
    }
    if (k == mp_const_true) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_true);
    }
    if (k == mp_const_false) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_false);
    }
    if (k == mp_const_none) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_null);
    }
    if (mp_obj_is_float(k) || mp_obj_is_instance_of(k, &mp_type_float)) {
        vstr_t vstr;
        vstr_init(&vstr, 24);
        vstr_t *saved = e->out;
        e->out = &vstr;
        enc_float(e, mp_obj_get_float(k));
        e->out = saved;
        return mp_obj_new_str_from_vstr(&vstr);
    }
    if (mp_obj_is_int(k) || mp_obj_is_instance_of(k, &mp_type_int)) {
        return mp_obj_repr(mp_obj_cast_to_native_base(k, MP_OBJ_FROM_PTR(&mp_type_int)));
    }
    if (e->skipkeys) {
        return MP_OBJ_NULL;
    }
    mp_raise_TypeError_obj_unsupported(
        k, MP_ERROR_TEXT("keys must be str, int, float, bool or None, not %s"));
}

static void enc_object(json_enc_t *e, mp_obj_t o) {
    // The (key, value) pairs in order: a list of 2n items.
    mp_obj_t pairs = mp_obj_new_list(0, NULL);
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_dict));
    if (mp_obj_is_type(native, &mp_type_dict)) {
        mp_map_t *map = mp_obj_dict_get_map(native);
        size_t cur = 0;
        mp_map_elem_t *elem;
        while ((elem = mp_map_next(map, &cur)) != NULL) {
            mp_obj_list_append(pairs, elem->key);
            mp_obj_list_append(pairs, elem->value);
        }
    } else {
        // A dict-like built-in type (OrderedDict, defaultdict...): its items().
        mp_obj_t dest[2];
        mp_load_method(o, MP_QSTR_items, dest);
        mp_obj_t it = mp_getiter(mp_call_method_n_kw(0, 0, dest));
        mp_obj_t kv;
        while ((kv = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_t *item;
            mp_obj_get_array_fixed_n(kv, 2, &item);
            mp_obj_list_append(pairs, item[0]);
            mp_obj_list_append(pairs, item[1]);
        }
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(pairs, &n, &items);
    n /= 2;
    if (n == 0) {
        vstr_add_str(e->out, "{}");
        return;
    }
    if (e->sort_keys) {
        // sorted(d.items()) as CPython: keys are distinct, so values are
        // never compared.
        mp_obj_t sorted = mp_obj_new_list(n, NULL);
        mp_obj_t *pair;
        size_t np;
        mp_obj_list_get(sorted, &np, &pair);
        for (size_t i = 0; i < n; i++) {
            pair[i] = mp_obj_new_tuple(2, &items[2 * i]);
        }
        mp_obj_list_sort_items(pair, n, mp_const_none, false);
        for (size_t i = 0; i < n; i++) {
            mp_obj_t *kv;
            mp_obj_get_array_fixed_n(pair[i], 2, &kv);
            items[2 * i] = kv[0];
            items[2 * i + 1] = kv[1];
        }
    }
    enc_enter(e, o);
    vstr_add_byte(e->out, '{');
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t k = items[2 * i];
        mp_obj_t v = items[2 * i + 1];
        mp_obj_t ktext = enc_key(e, k);
        if (ktext == MP_OBJ_NULL) {
            continue;
        }
        if (!first) {
            enc_item_sep(e);
        }
        first = false;
        if (e->indent != mp_const_none) {
            enc_newline(e);
        }
        enc_str(e, ktext);
        vstr_add_strn(e->out, e->key_sep, e->key_sep_len);
        enc_value(e, v);
    }
    enc_leave(e);
    if (e->indent != mp_const_none && !first) {
        enc_newline(e);
    }
    vstr_add_byte(e->out, '}');
}

static void enc_value(json_enc_t *e, mp_obj_t o) {
    if (o == mp_const_none) {
        vstr_add_str(e->out, "null");
    } else if (o == mp_const_true) {
        vstr_add_str(e->out, "true");
    } else if (o == mp_const_false) {
        vstr_add_str(e->out, "false");
    } else if (mp_obj_is_str(o)) {
        enc_str(e, o);
    } else if (mp_obj_is_int(o)) {
        enc_int(e, o);
    } else if (mp_obj_is_float(o)) {
        enc_float(e, mp_obj_float_get(o));
    } else if (mp_obj_is_type(o, &mp_type_list) || mp_obj_is_type(o, &mp_type_tuple)) {
        enc_array(e, o);
    } else if (mp_obj_is_type(o, &mp_type_dict)) {
        enc_object(e, o);
    } else if (mp_obj_is_instance_of(o, &mp_type_str)) {
        enc_str(e, mp_obj_str_cast(o));
    } else if (mp_obj_is_instance_of(o, &mp_type_int)) {
        enc_int(e, mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_int)));
    } else if (mp_obj_is_instance_of(o, &mp_type_float)) {
        enc_float(e, mp_obj_get_float(o));
    } else if (mp_obj_is_instance_of(o, &mp_type_list) ||
               mp_obj_is_instance_of(o, &mp_type_tuple)) {
        enc_array(e, o);
    } else if (mp_obj_is_instance_of(o, &mp_type_dict)) {
        enc_object(e, o);
    } else if (e->default_fn != mp_const_none) {
        enc_enter(e, o);
        mp_obj_t v = mp_call_function_1(e->default_fn, o);
        // What default() gives is written at o's own indentation level.
        e->depth--;
        enc_value(e, v);
        e->depth++;
        enc_leave(e);
    } else {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("Object of type %s is not JSON serializable"));
    }
}

// Refuses positional arguments and unknown keywords with CPython's words
// (dumps and loads pass their keywords on to JSONEncoder/JSONDecoder).
static void json_check_args(size_t n_args, mp_map_t *kw, const mp_arg_t *table, size_t n, qstr cls) {
    if (n_args) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q.__init__() takes 1 positional argument but %d were given"), cls, (int)n_args + 1);
    }
    size_t cur = 0;
    mp_map_elem_t *elem;
    while ((elem = mp_map_next(kw, &cur)) != NULL) {
        size_t i = 0;
        while (i < n && MP_OBJ_NEW_QSTR(table[i].qst) != elem->key) {
            i++;
        }
        if (i == n) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q.__init__() got an unexpected keyword argument '%s'"),
                cls, mp_obj_str_get_str(elem->key));
        }
    }
}

// The settings of a JSONEncoder/JSONDecoder as its attributes (e.indent,
// d.strict ...), read and written; false if attr is not one of them.
static bool json_args_attr(const mp_arg_t *table, size_t n, mp_arg_val_t *args, qstr attr, mp_obj_t *dest) {
    for (size_t i = 0; i < n; i++) {
        if (table[i].qst == attr && attr != MP_QSTR_cls) {
            bool is_bool = (table[i].flags & MP_ARG_KIND_MASK) == MP_ARG_BOOL;
            if (dest[0] == MP_OBJ_NULL) {
                dest[0] = is_bool ? mp_obj_new_bool(args[i].u_bool) : args[i].u_obj;
            } else if (dest[1] != MP_OBJ_NULL) {
                if (is_bool) {
                    args[i].u_bool = mp_obj_is_true(dest[1]);
                } else {
                    args[i].u_obj = dest[1];
                }
                dest[0] = MP_OBJ_NULL;
            }
            return true;
        }
    }
    return false;
}

// The keyword arguments shared by dumps and dump.
enum {
    DUMP_ARG_skipkeys,
    DUMP_ARG_ensure_ascii,
    DUMP_ARG_check_circular,
    DUMP_ARG_allow_nan,
    DUMP_ARG_cls,
    DUMP_ARG_indent,
    DUMP_ARG_separators,
    DUMP_ARG_default,
    DUMP_ARG_sort_keys,
    DUMP_ARG_NUM
};
static const mp_arg_t json_dump_args[] = {
    { MP_QSTR_skipkeys, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
    { MP_QSTR_ensure_ascii, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    { MP_QSTR_check_circular, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    { MP_QSTR_allow_nan, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
    { MP_QSTR_cls, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_indent, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_separators, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_default, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_sort_keys, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = false } },
};

// Encodes obj with the settings in args (parsed with json_dump_args);
// default_fn is what unknown objects are passed to (None: TypeError).
static mp_obj_t json_encode_with(mp_obj_t obj, const mp_arg_val_t *args, mp_obj_t default_fn) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    json_enc_t e;
    e.out = &vstr;
    e.ensure_ascii = args[DUMP_ARG_ensure_ascii].u_bool;
    e.allow_nan = args[DUMP_ARG_allow_nan].u_bool;
    e.sort_keys = args[DUMP_ARG_sort_keys].u_bool;
    e.skipkeys = args[DUMP_ARG_skipkeys].u_bool;
    e.default_fn = default_fn;
    e.markers = mp_obj_new_list(0, NULL);
    e.check_circular = args[DUMP_ARG_check_circular].u_bool;
    e.depth = 0;
    mp_obj_t indent = args[DUMP_ARG_indent].u_obj;
    if (indent != mp_const_none && !mp_obj_is_str(indent)) {
        mp_int_t n = mp_obj_get_int(indent);
        vstr_t ind;
        vstr_init(&ind, n > 0 ? (size_t)n : 1);
        for (mp_int_t i = 0; i < n; i++) {
            vstr_add_byte(&ind, ' ');
        }
        indent = mp_obj_new_str_from_vstr(&ind);
    }
    e.indent = indent;
    if (args[DUMP_ARG_separators].u_obj != mp_const_none) {
        // any iterable of two, as CPython's tuple assignment takes; the
        // unpacking stores them last first
        mp_obj_t seps[2];
        mp_unpack_sequence(args[DUMP_ARG_separators].u_obj, 2, seps);
        for (int i = 0; i < 2; i++) {
            if (!mp_obj_is_str(seps[i])) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("make_encoder() argument %d must be str, not %s"),
                    5 + i, mp_obj_get_type_str(seps[i]));
            }
        }
        e.item_sep = mp_obj_str_get_data(seps[1], &e.item_sep_len);
        e.key_sep = mp_obj_str_get_data(seps[0], &e.key_sep_len);
    } else {
        e.item_sep = indent == mp_const_none ? ", " : ",";
        e.item_sep_len = strlen(e.item_sep);
        e.key_sep = ": ";
        e.key_sep_len = 2;
    }
    enc_value(&e, obj);
    return mp_obj_new_str_from_vstr(&vstr);
}

// cls(**kw) for dumps/loads with cls=: every keyword but cls goes to it.
static mp_obj_t json_make_cls(mp_obj_t cls, mp_map_t *kw_args) {
    mp_obj_t *kws = m_new(mp_obj_t, 2 * kw_args->used);
    size_t n = 0;
    size_t cur = 0;
    mp_map_elem_t *elem;
    while ((elem = mp_map_next(kw_args, &cur)) != NULL) {
        if (elem->key != MP_OBJ_NEW_QSTR(MP_QSTR_cls)) {
            kws[2 * n] = elem->key;
            kws[2 * n + 1] = elem->value;
            n++;
        }
    }
    return mp_call_function_n_kw(cls, 0, n, kws);
}

static mp_obj_t json_cls_arg(mp_map_t *kw_args) {
    mp_map_elem_t *elem = mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_cls), MP_MAP_LOOKUP);
    return elem == NULL ? mp_const_none : elem->value;
}

static mp_obj_t json_encode(mp_obj_t obj, size_t n_kw_args, mp_map_t *kw_args) {
    (void)n_kw_args;
    mp_obj_t cls = json_cls_arg(kw_args);
    if (cls != mp_const_none) {
        mp_obj_t dest[3];
        mp_load_method(json_make_cls(cls, kw_args), MP_QSTR_encode, dest);
        dest[2] = obj;
        return mp_call_method_n_kw(1, 0, dest);
    }
    mp_arg_val_t args[DUMP_ARG_NUM];
    json_check_args(0, kw_args, json_dump_args, DUMP_ARG_NUM, MP_QSTR_JSONEncoder);
    mp_arg_parse_all(0, NULL, kw_args, DUMP_ARG_NUM, json_dump_args, args);
    return json_encode_with(obj, args, args[DUMP_ARG_default].u_obj);
}

// ---------------------------------------------------------------------------
// JSONEncoder(*, skipkeys=False, ensure_ascii=True, check_circular=True,
//             allow_nan=True, sort_keys=False, indent=None, separators=None,
//             default=None): keeps the settings; encode(o) looks up
// self.default, so that a subclass's default() is used.

typedef struct _json_encoder_t {
    mp_obj_base_t base;
    mp_arg_val_t args[DUMP_ARG_NUM];
} json_encoder_t;

static const mp_obj_type_t json_encoder_type;

static mp_obj_t json_encoder_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    json_encoder_t *self = m_new_obj(json_encoder_t);
    self->base.type = type;
    mp_map_t kw_args;
    mp_map_init_fixed_table(&kw_args, n_kw, args == NULL ? NULL : args + n_args);
    if (mp_map_lookup(&kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_cls), MP_MAP_LOOKUP) != NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("'cls' is an invalid keyword argument for JSONEncoder()"));
    }
    json_check_args(n_args, &kw_args, json_dump_args, DUMP_ARG_NUM, MP_QSTR_JSONEncoder);
    mp_arg_parse_all(n_args, args, &kw_args, DUMP_ARG_NUM, json_dump_args, self->args);
    return MP_OBJ_FROM_PTR(self);
}

// encode(o)
static mp_obj_t json_encoder_encode(mp_obj_t self_in, mp_obj_t obj) {
    json_encoder_t *self = MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&json_encoder_type)));
    mp_obj_t default_fn = self->args[DUMP_ARG_default].u_obj;
    if (default_fn == mp_const_none) {
        default_fn = mp_load_attr(self_in, MP_QSTR_default);
    }
    return json_encode_with(obj, self->args, default_fn);
}
static MP_DEFINE_CONST_FUN_OBJ_2(json_encoder_encode_obj, json_encoder_encode);

// iterencode(o): the text in one piece.
static mp_obj_t json_encoder_iterencode(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_obj_t text = json_encoder_encode(args[0], args[1]);
    return mp_getiter(mp_obj_new_tuple(1, &text));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(json_encoder_iterencode_obj, 2, 3, json_encoder_iterencode);

// default(o): what a subclass overrides; the base refuses everything.
static mp_obj_t json_encoder_default(mp_obj_t self_in, mp_obj_t o) {
    (void)self_in;
    mp_raise_TypeError_obj_unsupported(
        o, MP_ERROR_TEXT("Object of type %s is not JSON serializable"));
}
static MP_DEFINE_CONST_FUN_OBJ_2(json_encoder_default_obj, json_encoder_default);

// e.indent, e.sort_keys ..., e.item_separator, e.key_separator, and
// e.default when one was given (else the method).
static void json_encoder_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    json_encoder_t *self = MP_OBJ_TO_PTR(self_in);
    mp_arg_val_t *args = self->args;
    if (attr == MP_QSTR_item_separator || attr == MP_QSTR_key_separator) {
        if (dest[0] == MP_OBJ_NULL) {
            int k = attr == MP_QSTR_key_separator;
            mp_obj_t seps = args[DUMP_ARG_separators].u_obj;
            dest[0] = seps != mp_const_none ? mp_obj_subscr(seps, MP_OBJ_NEW_SMALL_INT(k), MP_OBJ_SENTINEL)
                : mp_obj_new_str(k ? ": " : ", ", args[DUMP_ARG_indent].u_obj == mp_const_none || k ? 2 : 1);
        }
        return;
    }
    if (attr == MP_QSTR_default && dest[0] == MP_OBJ_NULL && args[DUMP_ARG_default].u_obj == mp_const_none) {
        return;
    }
    json_args_attr(json_dump_args, DUMP_ARG_NUM, args, attr, dest);
}

static const mp_rom_map_elem_t json_encoder_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_encode), MP_ROM_PTR(&json_encoder_encode_obj) },
    { MP_ROM_QSTR(MP_QSTR_iterencode), MP_ROM_PTR(&json_encoder_iterencode_obj) },
    { MP_ROM_QSTR(MP_QSTR_default), MP_ROM_PTR(&json_encoder_default_obj) },
};
static MP_DEFINE_CONST_DICT(json_encoder_locals, json_encoder_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    json_encoder_type, MP_QSTR_JSONEncoder, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    // Methods get the subclass instance, so that encode finds its default().
    make_new, json_encoder_make_new,
    attr, json_encoder_attr,
    locals_dict, (mp_obj_dict_t *)&json_encoder_locals
    );

// dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
//       allow_nan=True, cls=None, indent=None, separators=None, default=None,
//       sort_keys=False)
static mp_obj_t json_dumps(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args != 1) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("dumps() takes 1 positional argument but %d were given"), (int)n_args);
    }
    return json_encode(args[0], kw_args->used, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_dumps_obj, 1, json_dumps);

// dump(obj, fp, **kw): one fp.write() of the whole text.
static mp_obj_t json_dump(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args != 2) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("dump() takes 2 positional arguments but %d were given"), (int)n_args);
    }
    mp_obj_t text = json_encode(args[0], kw_args->used, kw_args);
    mp_obj_t dest[3];
    mp_load_method(args[1], MP_QSTR_write, dest);
    dest[2] = text;
    mp_call_method_n_kw(1, 0, dest);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_dump_obj, 2, json_dump);

// ---------------------------------------------------------------------------
// Decoding: recursive descent over the UTF-8 text. Positions in errors are
// in characters, as CPython reports them on the str.

typedef struct _json_dec_t {
    const byte *start;
    const byte *p;
    const byte *end;
    mp_obj_t doc; // the str being decoded (for JSONDecodeError.doc)
    mp_obj_t object_hook;
    mp_obj_t object_pairs_hook;
    mp_obj_t parse_float;
    mp_obj_t parse_int;
    mp_obj_t parse_constant; // None or called with "NaN", "Infinity", "-Infinity"
    bool strict;
    size_t depth; // arrays and objects open
    mp_obj_t key_memo; // dict: each object key text seen, so that equal keys share one str
} json_dec_t;

static mp_obj_t dec_constant(json_dec_t *d, const char *word, mp_float_t value) {
    if (d->parse_constant != mp_const_none) {
        return mp_call_function_1(d->parse_constant, mp_obj_new_str(word, strlen(word)));
    }
    return mp_obj_new_float(value);
}

// Raises JSONDecodeError(msg, doc, pos); pos is counted in characters.
MP_NORETURN static void dec_error(json_dec_t *d, mp_rom_error_text_t msg, const byte *at) {
    char buf[MP_ERRTEXT_BUF_SIZE];
    msg = mp_errtext_expand(msg, buf);
    mp_obj_t args[3] = {
        mp_obj_new_str(msg, strlen(msg)), d->doc, MP_OBJ_NEW_SMALL_INT(utf8_charlen(d->start, (size_t)(at - d->start)))
    };
    nlr_raise(mp_obj_new_exception_args(&mp_type_JSONDecodeError, 3, args));
}

static void dec_skip_ws(json_dec_t *d) {
    while (d->p < d->end && (*d->p == ' ' || *d->p == '\t' || *d->p == '\n' || *d->p == '\r')) {
        d->p++;
    }
}

static bool dec_match(json_dec_t *d, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(d->end - d->p) >= n && memcmp(d->p, word, n) == 0) {
        d->p += n;
        return true;
    }
    return false;
}

static mp_obj_t dec_value(json_dec_t *d);

// Four hex digits at p, or -1.
static int dec_hex4(const byte *p, const byte *end) {
    if (end - p < 4) {
        return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
        byte c = p[i];
        int h;
        if (c >= '0' && c <= '9') {
            h = c - '0';
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            h = (c | 0x20) - 'a' + 10;
        } else {
            return -1;
        }
        v = (v << 4) | h;
    }
    return v;
}

// A string; d->p is just after the opening quote.
static mp_obj_t dec_string(json_dec_t *d) {
    const byte *begin = d->p - 1;
    vstr_t vstr;
    vstr_init(&vstr, 16);
    for (;;) {
        // Copy a run of plain characters at once.
        const byte *run = d->p;
        while (d->p < d->end && *d->p != '"' && *d->p != '\\' && *d->p >= 0x20) {
            d->p++;
        }
        vstr_add_strn(&vstr, (const char *)run, (size_t)(d->p - run));
        if (d->p >= d->end) {
            dec_error(d, MP_ERROR_TEXT("Unterminated string starting at"), begin);
        }
        byte c = *d->p;
        if (c == '"') {
            d->p++;
            break;
        }
        if (c < 0x20) {
            if (d->strict) {
                dec_error(d, MP_ERROR_TEXT("Invalid control character at"), d->p);
            }
            vstr_add_byte(&vstr, c);
            d->p++;
            continue;
        }
        // A backslash escape.
        const byte *esc = d->p;
        d->p++;
        if (d->p >= d->end) {
            dec_error(d, MP_ERROR_TEXT("Unterminated string starting at"), begin);
        }
        c = *d->p++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                vstr_add_byte(&vstr, c);
                break;
            case 'b':
                vstr_add_byte(&vstr, '\b');
                break;
            case 'f':
                vstr_add_byte(&vstr, '\f');
                break;
            case 'n':
                vstr_add_byte(&vstr, '\n');
                break;
            case 'r':
                vstr_add_byte(&vstr, '\r');
                break;
            case 't':
                vstr_add_byte(&vstr, '\t');
                break;
            case 'u': {
                int v = dec_hex4(d->p, d->end);
                if (v < 0) {
                    dec_error(d, MP_ERROR_TEXT("Invalid \\uXXXX escape"), d->p - 1);
                }
                d->p += 4;
                unichar ch = (unichar)v;
                if (v >= 0xd800 && v < 0xdc00 && d->end - d->p >= 6 && d->p[0] == '\\' &&
                    d->p[1] == 'u') {
                    int lo = dec_hex4(d->p + 2, d->end);
                    if (lo < 0) {
                        dec_error(d, MP_ERROR_TEXT("Invalid \\uXXXX escape"), d->p + 1);
                    }
                    if (lo >= 0xdc00 && lo < 0xe000) {
                        ch = 0x10000 + (((unichar)v - 0xd800) << 10) + ((unichar)lo - 0xdc00);
                        d->p += 6;
                    }
                }
                // A lone surrogate is kept as its code point (CPython does too).
                vstr_add_char(&vstr, ch);
                break;
            }
            default:
                dec_error(d, MP_ERROR_TEXT("Invalid \\escape"), esc);
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

// A number, or MP_OBJ_NULL if there is none at d->p (d->p unchanged).
static mp_obj_t dec_number(json_dec_t *d) {
    const byte *s = d->p;
    const byte *q = s;
    if (q < d->end && *q == '-') {
        q++;
    }
    if (q >= d->end || *q < '0' || *q > '9') {
        return MP_OBJ_NULL;
    }
    if (*q == '0') {
        q++;
    } else {
        while (q < d->end && *q >= '0' && *q <= '9') {
            q++;
        }
    }
    bool is_float = false;
    if (q + 1 < d->end && *q == '.' && q[1] >= '0' && q[1] <= '9') {
        is_float = true;
        q += 2;
        while (q < d->end && *q >= '0' && *q <= '9') {
            q++;
        }
    }
    if (q < d->end && (*q == 'e' || *q == 'E')) {
        const byte *r = q + 1;
        if (r < d->end && (*r == '+' || *r == '-')) {
            r++;
        }
        if (r < d->end && *r >= '0' && *r <= '9') {
            while (r < d->end && *r >= '0' && *r <= '9') {
                r++;
            }
            is_float = true;
            q = r;
        }
    }
    d->p = q;
    size_t len = (size_t)(q - s);
    if (is_float) {
        if (d->parse_float != mp_const_none) {
            return mp_call_function_1(d->parse_float, mp_obj_new_str((const char *)s, len));
        }
        return mp_obj_new_float_from_str((const char *)s, len);
    }
    if (d->parse_int != mp_const_none) {
        return mp_call_function_1(d->parse_int, mp_obj_new_str((const char *)s, len));
    }
    const char *txt = (const char *)s;
    return mp_obj_new_int_from_str_len(&txt, len, false, 10);
}

static mp_obj_t dec_array(json_dec_t *d) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    dec_skip_ws(d);
    if (d->p < d->end && *d->p == ']') {
        d->p++;
        return list;
    }
    for (;;) {
        mp_obj_list_append(list, dec_value(d));
        dec_skip_ws(d);
        if (d->p < d->end && *d->p == ']') {
            d->p++;
            return list;
        }
        if (d->p >= d->end || *d->p != ',') {
            dec_error(d, MP_ERROR_TEXT("Expecting ',' delimiter"), d->p);
        }
        d->p++;
    }
}

static mp_obj_t dec_object(json_dec_t *d) {
    // Pairs are collected in a list first when object_pairs_hook wants them.
    bool want_pairs = d->object_pairs_hook != mp_const_none;
    mp_obj_t result = want_pairs ? mp_obj_new_list(0, NULL) : mp_obj_new_dict(0);
    dec_skip_ws(d);
    if (d->p < d->end && *d->p == '}') {
        d->p++;
    } else {
        for (;;) {
            dec_skip_ws(d);
            if (d->p >= d->end || *d->p != '"') {
                dec_error(
                    d, MP_ERROR_TEXT("Expecting property name enclosed in double quotes"), d->p);
            }
            d->p++;
            mp_obj_t key = dec_string(d);
            mp_map_elem_t *seen = mp_map_lookup(mp_obj_dict_get_map(d->key_memo), key,
                MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            if (seen->value == MP_OBJ_NULL) {
                seen->value = key;
            } else {
                key = seen->value;
            }
            dec_skip_ws(d);
            if (d->p >= d->end || *d->p != ':') {
                dec_error(d, MP_ERROR_TEXT("Expecting ':' delimiter"), d->p);
            }
            d->p++;
            mp_obj_t value = dec_value(d);
            if (want_pairs) {
                mp_obj_t kv[2] = { key, value };
                mp_obj_list_append(result, mp_obj_new_tuple(2, kv));
            } else {
                mp_obj_dict_store(result, key, value);
            }
            dec_skip_ws(d);
            if (d->p < d->end && *d->p == '}') {
                d->p++;
                break;
            }
            if (d->p >= d->end || *d->p != ',') {
                dec_error(d, MP_ERROR_TEXT("Expecting ',' delimiter"), d->p);
            }
            d->p++;
        }
    }
    if (want_pairs) {
        return mp_call_function_1(d->object_pairs_hook, result);
    }
    if (d->object_hook != mp_const_none) {
        return mp_call_function_1(d->object_hook, result);
    }
    return result;
}

static mp_obj_t dec_value(json_dec_t *d) {
    mp_stack_check();
    dec_skip_ws(d);
    if (d->p >= d->end) {
        dec_error(d, MP_ERROR_TEXT("Expecting value"), d->p);
    }
    switch (*d->p) {
        case '"':
            d->p++;
            return dec_string(d);
        case '{':
        case '[': {
            json_check_depth(d->depth, *d->p);
            d->depth++;
            mp_obj_t v = *d->p++ == '{' ? dec_object(d) : dec_array(d);
            d->depth--;
            return v;
        }
        case 'n':
            if (dec_match(d, "null")) {
                return mp_const_none;
            }
            break;
        case 't':
            if (dec_match(d, "true")) {
                return mp_const_true;
            }
            break;
        case 'f':
            if (dec_match(d, "false")) {
                return mp_const_false;
            }
            break;
        case 'N':
            if (dec_match(d, "NaN")) {
                return dec_constant(d, "NaN", NAN);
            }
            break;
        case 'I':
            if (dec_match(d, "Infinity")) {
                return dec_constant(d, "Infinity", INFINITY);
            }
            break;
        case '-':
            if (dec_match(d, "-Infinity")) {
                return dec_constant(d, "-Infinity", -INFINITY);
            }
            break;
    }
    mp_obj_t num = dec_number(d);
    if (num == MP_OBJ_NULL) {
        dec_error(d, MP_ERROR_TEXT("Expecting value"), d->p);
    }
    return num;
}

// The keyword arguments of loads, load and JSONDecoder (cls only for the
// first two).
enum {
    LOAD_ARG_cls,
    LOAD_ARG_object_hook,
    LOAD_ARG_parse_float,
    LOAD_ARG_parse_int,
    LOAD_ARG_parse_constant,
    LOAD_ARG_object_pairs_hook,
    LOAD_ARG_strict,
    LOAD_ARG_NUM
};
static const mp_arg_t json_load_args[] = {
    { MP_QSTR_cls, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_object_hook, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_parse_float, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_parse_int, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_parse_constant, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_object_pairs_hook, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    { MP_QSTR_strict, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
};

// Decodes doc (str, bytes or bytearray) from character index `from` with the
// settings in args (parsed with json_load_args). raw: stop after the value
// and store in *end its end index (characters), instead of refusing what
// follows it.
static mp_obj_t json_decode_with(mp_obj_t doc, const mp_arg_val_t *args, size_t from, bool raw, size_t *end) {
    json_dec_t d;
    if (mp_obj_is_str(doc) || mp_obj_is_instance_of(doc, &mp_type_str)) {
        doc = mp_obj_str_cast(doc);
    } else {
        const byte *data;
        size_t len;
        if (raw || !mp_obj_str_get_bytes_like(doc, &data, &len) ||
            mp_obj_is_type(doc, &mp_type_memoryview)) {
            mp_raise_TypeError_varg(
                raw ? MP_ERROR_TEXT("first argument must be a string, not %s")
                    : MP_ERROR_TEXT("the JSON object must be str, bytes or bytearray, not %s"),
                mp_obj_get_type_str(doc));
        }
        // The encoding of bytes is guessed as CPython does, from a BOM or
        // from where the zero bytes are in the first ASCII characters.
        static const char *const encodings[] = {
            "utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-be", "utf-32-be", "utf-16-le", "utf-32-le"
        };
        size_t enc = 0;
        if (len >= 4 && ((data[0] == 0xff && data[1] == 0xfe && !data[2] && !data[3]) ||
                         (!data[0] && !data[1] && data[2] == 0xfe && data[3] == 0xff))) {
            enc = 3;
        } else if (len >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff))) {
            enc = 2;
        } else if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
            enc = 1;
        } else if (len >= 4 || len == 2) {
            if (!data[0]) {
                enc = (len == 2 || data[1]) ? 4 : 5;
            } else if (!data[1]) {
                enc = (len == 2 || data[2] || data[3]) ? 6 : 7;
            }
        }
        // surrogatepass: an encoded lone surrogate decodes as CPython's does.
        doc = mp_obj_str_decode(data, len, doc,
            mp_obj_new_str(encodings[enc], strlen(encodings[enc])), MP_OBJ_NEW_QSTR(MP_QSTR_surrogatepass));
    }
    GET_STR_DATA_LEN(doc, data, len);
    d.start = data;
    d.p = data;
    d.end = data + len;
    d.depth = 0;
    d.key_memo = mp_obj_new_dict(0);
    d.doc = doc;
    d.object_hook = args[LOAD_ARG_object_hook].u_obj;
    d.object_pairs_hook = args[LOAD_ARG_object_pairs_hook].u_obj;
    d.parse_float = args[LOAD_ARG_parse_float].u_obj;
    d.parse_int = args[LOAD_ARG_parse_int].u_obj;
    d.parse_constant = args[LOAD_ARG_parse_constant].u_obj;
    d.strict = args[LOAD_ARG_strict].u_bool;
    if (!raw && len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
        dec_error(&d, MP_ERROR_TEXT("Unexpected UTF-8 BOM (decode using utf-8-sig)"), d.p);
    }
    // Skip `from` characters.
    for (size_t i = 0; i < from && d.p < d.end; i++) {
        d.p = utf8_next_char(d.p);
    }
    if (!raw) {
        mp_obj_t result = dec_value(&d);
        dec_skip_ws(&d);
        if (d.p != d.end) {
            dec_error(&d, MP_ERROR_TEXT("Extra data"), d.p);
        }
        return result;
    }
    // raw_decode does not skip whitespace before the value.
    if (d.p < d.end && unichar_isspace(*d.p)) {
        dec_error(&d, MP_ERROR_TEXT("Expecting value"), d.p);
    }
    mp_obj_t result = dec_value(&d);
    *end = utf8_charlen(d.start, (size_t)(d.p - d.start));
    return result;
}

static mp_obj_t json_decode(mp_obj_t doc, mp_map_t *kw_args) {
    mp_obj_t cls = json_cls_arg(kw_args);
    if (cls != mp_const_none) {
        mp_obj_t dest[3];
        mp_load_method(json_make_cls(cls, kw_args), MP_QSTR_decode, dest);
        dest[2] = doc;
        return mp_call_method_n_kw(1, 0, dest);
    }
    mp_arg_val_t args[LOAD_ARG_NUM];
    json_check_args(0, kw_args, json_load_args, LOAD_ARG_NUM, MP_QSTR_JSONDecoder);
    mp_arg_parse_all(0, NULL, kw_args, LOAD_ARG_NUM, json_load_args, args);
    return json_decode_with(doc, args, 0, false, NULL);
}

// ---------------------------------------------------------------------------
// JSONDecoder(*, object_hook=None, parse_float=None, parse_int=None,
//             parse_constant=None, strict=True, object_pairs_hook=None)

typedef struct _json_decoder_t {
    mp_obj_base_t base;
    mp_arg_val_t args[LOAD_ARG_NUM];
} json_decoder_t;

static const mp_obj_type_t json_decoder_type;

static mp_obj_t json_decoder_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    json_decoder_t *self = m_new_obj(json_decoder_t);
    self->base.type = type;
    mp_map_t kw_args;
    mp_map_init_fixed_table(&kw_args, n_kw, args == NULL ? NULL : args + n_args);
    if (mp_map_lookup(&kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_cls), MP_MAP_LOOKUP) != NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("'cls' is an invalid keyword argument for JSONDecoder()"));
    }
    json_check_args(n_args, &kw_args, json_load_args, LOAD_ARG_NUM, MP_QSTR_JSONDecoder);
    mp_arg_parse_all(n_args, args, &kw_args, LOAD_ARG_NUM, json_load_args, self->args);
    return MP_OBJ_FROM_PTR(self);
}

static json_decoder_t *json_decoder_self(mp_obj_t self_in) {
    return MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&json_decoder_type)));
}

// decode(s)
static mp_obj_t json_decoder_decode(mp_obj_t self_in, mp_obj_t doc) {
    return json_decode_with(doc, json_decoder_self(self_in)->args, 0, false, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(json_decoder_decode_obj, json_decoder_decode);

// raw_decode(s, idx=0): (value, index just past it)
static mp_obj_t json_decoder_raw_decode(size_t n_args, const mp_obj_t *args) {
    mp_int_t from = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    if (from < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("idx cannot be negative"));
    }
    size_t end;
    mp_obj_t items[2];
    items[0] = json_decode_with(args[1], json_decoder_self(args[0])->args, (size_t)from, true, &end);
    items[1] = MP_OBJ_NEW_SMALL_INT(end);
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(json_decoder_raw_decode_obj, 2, 3, json_decoder_raw_decode);

// d.strict, d.object_hook ...
static void json_decoder_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    json_decoder_t *self = MP_OBJ_TO_PTR(self_in);
    json_args_attr(json_load_args, LOAD_ARG_NUM, self->args, attr, dest);
}

static const mp_rom_map_elem_t json_decoder_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&json_decoder_decode_obj) },
    { MP_ROM_QSTR(MP_QSTR_raw_decode), MP_ROM_PTR(&json_decoder_raw_decode_obj) },
};
static MP_DEFINE_CONST_DICT(json_decoder_locals, json_decoder_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    json_decoder_type, MP_QSTR_JSONDecoder, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    // Methods get the subclass instance, so that encode finds its default().
    make_new, json_decoder_make_new,
    attr, json_decoder_attr,
    locals_dict, (mp_obj_dict_t *)&json_decoder_locals
    );

// loads(s, **kw)
static mp_obj_t json_loads(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args != 1) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("loads() takes 1 positional argument but %d were given"), (int)n_args);
    }
    return json_decode(args[0], kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_loads_obj, 1, json_loads);

// load(fp, **kw): fp.read() then loads.
static mp_obj_t json_load(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    if (n_args != 1) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("load() takes 1 positional argument but %d were given"), (int)n_args);
    }
    mp_obj_t dest[2];
    mp_load_method(args[0], MP_QSTR_read, dest);
    return json_decode(mp_call_method_n_kw(0, 0, dest), kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(json_load_obj, 1, json_load);

// ---------------------------------------------------------------------------
// json.encoder and json.decoder: CPython's json is a package, and programs
// import JSONDecodeError or encode_basestring from these submodules. They
// share the classes above; scanner, c_make_encoder and the like are not
// provided.

static mp_obj_t basestring(mp_obj_t s, bool ensure_ascii) {
    if (!mp_obj_is_str(s) && !mp_obj_is_instance_of(s, &mp_type_str)) {
        mp_raise_TypeError_obj_unsupported(
            s, MP_ERROR_TEXT("first argument must be a string, not %s"));
    }
    vstr_t out;
    vstr_init(&out, 16);
    json_enc_t e;
    memset(&e, 0, sizeof(e));
    e.out = &out;
    e.ensure_ascii = ensure_ascii;
    enc_str(&e, mp_obj_str_cast(s));
    return mp_obj_new_str_from_vstr(&out);
}

// encode_basestring_ascii(s): s as a JSON string literal, non-ASCII escaped.
static mp_obj_t json_encode_basestring_ascii(mp_obj_t s) {
    return basestring(s, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(json_encode_basestring_ascii_obj, json_encode_basestring_ascii);

// encode_basestring(s): s as a JSON string literal.
static mp_obj_t json_encode_basestring(mp_obj_t s) {
    return basestring(s, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(json_encode_basestring_obj, json_encode_basestring);

// scanstring(s, end, strict=True) -> (str, index after the closing quote):
// decodes the string literal whose opening quote is at end - 1.
static mp_obj_t json_scanstring(size_t n_args, const mp_obj_t *args) {
    mp_obj_t doc = args[0];
    if (!mp_obj_is_str(doc) && !mp_obj_is_instance_of(doc, &mp_type_str)) {
        mp_raise_TypeError_obj_unsupported(
            doc, MP_ERROR_TEXT("first argument must be a string, not %s"));
    }
    doc = mp_obj_str_cast(doc);
    GET_STR_DATA_LEN(doc, data, len);
    size_t n_chars = utf8_charlen(data, len);
    mp_int_t from = mp_obj_get_int(args[1]);
    if (from < 0 || (size_t)from > n_chars) {
        mp_raise_ValueError(MP_ERROR_TEXT("end is out of bounds"));
    }
    json_dec_t d;
    memset(&d, 0, sizeof(d));
    d.start = data;
    d.p = data;
    d.end = data + len;
    d.doc = doc;
    d.strict = n_args > 2 ? mp_obj_is_true(args[2]) : true;
    for (mp_int_t i = 0; i < from; i++) {
        d.p = utf8_next_char(d.p);
    }
    mp_obj_t res[2];
    res[0] = dec_string(&d);
    res[1] = MP_OBJ_NEW_SMALL_INT(utf8_charlen(d.start, (size_t)(d.p - d.start)));
    return mp_obj_new_tuple(2, res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(json_scanstring_obj, 2, 3, json_scanstring);

static const mp_rom_map_elem_t json_decoder_module_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_json_dot_decoder) },
    { MP_ROM_QSTR(MP_QSTR_JSONDecodeError), MP_ROM_PTR(&mp_type_JSONDecodeError) },
    { MP_ROM_QSTR(MP_QSTR_JSONDecoder), MP_ROM_PTR(&json_decoder_type) },
    { MP_ROM_QSTR(MP_QSTR_scanstring), MP_ROM_PTR(&json_scanstring_obj) },
};
static MP_DEFINE_CONST_DICT(json_decoder_module_globals, json_decoder_module_table);

const mp_obj_module_t mp_module_json_decoder = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&json_decoder_module_globals,
};

static const mp_rom_map_elem_t json_encoder_module_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_json_dot_encoder) },
    { MP_ROM_QSTR(MP_QSTR_JSONEncoder), MP_ROM_PTR(&json_encoder_type) },
    { MP_ROM_QSTR(MP_QSTR_encode_basestring), MP_ROM_PTR(&json_encode_basestring_obj) },
    { MP_ROM_QSTR(MP_QSTR_encode_basestring_ascii), MP_ROM_PTR(&json_encode_basestring_ascii_obj) },
};
static MP_DEFINE_CONST_DICT(json_encoder_module_globals, json_encoder_module_table);

const mp_obj_module_t mp_module_json_encoder = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&json_encoder_module_globals,
};

static const mp_rom_map_elem_t mp_module_json_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_json) },
    { MP_ROM_QSTR(MP_QSTR_JSONDecodeError), MP_ROM_PTR(&mp_type_JSONDecodeError) },
    { MP_ROM_QSTR(MP_QSTR_JSONDecoder), MP_ROM_PTR(&json_decoder_type) },
    { MP_ROM_QSTR(MP_QSTR_JSONEncoder), MP_ROM_PTR(&json_encoder_type) },
    { MP_ROM_QSTR(MP_QSTR_dumps), MP_ROM_PTR(&json_dumps_obj) },
    { MP_ROM_QSTR(MP_QSTR_dump), MP_ROM_PTR(&json_dump_obj) },
    { MP_ROM_QSTR(MP_QSTR_loads), MP_ROM_PTR(&json_loads_obj) },
    { MP_ROM_QSTR(MP_QSTR_load), MP_ROM_PTR(&json_load_obj) },
    { MP_ROM_QSTR(MP_QSTR_decoder), MP_ROM_PTR(&mp_module_json_decoder) },
    { MP_ROM_QSTR(MP_QSTR_encoder), MP_ROM_PTR(&mp_module_json_encoder) },
};
static MP_DEFINE_CONST_DICT(mp_module_json_globals, mp_module_json_globals_table);

const mp_obj_module_t mp_module_json = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_json_globals,
};

MP_REGISTER_MODULE(MP_QSTR_json, mp_module_json);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_ujson, mp_module_json);
MP_REGISTER_MODULE(MP_QSTR_json_dot_decoder, mp_module_json_decoder);
MP_REGISTER_MODULE(MP_QSTR_json_dot_encoder, mp_module_json_encoder);

#endif // MICROPY_PY_JSON
