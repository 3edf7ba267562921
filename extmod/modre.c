// The re module: CPython 3.11's API (compile, match, search, fullmatch, sub,
// subn, split, findall, finditer, escape, Pattern and Match objects, the
// flags, re.error) on the backtracking engine of extmod/re_engine.c, for
// str and bytes patterns alike. Positions are in characters.
// The flags are RegexFlag members (an int subclass, not a full enum).
// Left out: re.DEBUG output, re.LOCALE matching (accepted for bytes, ASCII
// rules are used), pickling and copying of Pattern/Match, Pattern.scanner, the
// compiled-pattern cache. Also available as `ure`.
#include "py/mpconfig.h"

#if MICROPY_PY_RE

#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/objstr.h"
#include "py/sequence.h"
#include "extmod/re_engine.h"

extern const mp_obj_module_t mp_module_re;

typedef struct _re_pattern_t {
    mp_obj_base_t base;
    mp_obj_t pattern; // the str or bytes it was compiled from
    mp_int_t flags;
    bool is_bytes;
    size_t n_groups;
    re_engine_prog_t *prog;
} re_pattern_t;

// A subject: the object and how the engine sees it (see re_engine.h).
typedef struct _re_subject_t {
    mp_obj_t obj;
    bool is_bytes;
    re_engine_subject_t s;
} re_subject_t;

typedef struct _re_match_t {
    mp_obj_base_t base;
    re_pattern_t *pattern;
    re_subject_t subj;
    size_t pos;
    size_t endpos;
    mp_int_t caps[]; // 2 * (groups + 1), then the lastindex
} re_match_t;

typedef struct _re_iter_t {
    mp_obj_base_t base;
    re_pattern_t *pattern;
    re_subject_t subj;
    size_t pos;
    size_t endpos;
    bool must_advance;
    bool done;
} re_iter_t;

static const mp_obj_type_t re_pattern_type;
static const mp_obj_type_t re_match_type;
static const mp_obj_type_t re_iter_type;

// self of a Pattern or Match method (which can be called through the type
// with any object).
static re_pattern_t *pattern_self(mp_obj_t o) {
    if (!mp_obj_is_type(o, &re_pattern_type)) {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("descriptor requires a 're.Pattern' object but received a '%s'"));
    }
    return MP_OBJ_TO_PTR(o);
}

static re_match_t *match_self(mp_obj_t o) {
    if (!mp_obj_is_type(o, &re_match_type)) {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("descriptor requires a 're.Match' object but received a '%s'"));
    }
    return MP_OBJ_TO_PTR(o);
}

/******************************************************************************/
// Subjects.

// Instances of str and bytes subclasses act as their plain values.
static mp_obj_t re_native_text(mp_obj_t o) {
    mp_obj_t s = mp_obj_str_cast(o);
    if (s != MP_OBJ_NULL) {
        return s;
    }
    if (mp_obj_is_obj(o) && mp_obj_is_instance_type(mp_obj_get_type(o))) {
        mp_obj_t b = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_bytes));
        if (b != o && mp_obj_is_type(b, &mp_type_bytes)) {
            return b;
        }
    }
    return o;
}

static void subject_init(re_subject_t *subj, const re_pattern_t *pat, mp_obj_t obj) {
    subj->obj = obj;
    obj = re_native_text(obj);
    subj->is_bytes = pat->is_bytes;
    subj->s.s8 = NULL;
    subj->s.s32 = NULL;
    if (mp_obj_is_str(obj)) {
        if (pat->is_bytes) {
            mp_raise_TypeError(MP_ERROR_TEXT("cannot use a bytes pattern on a string-like object"));
        }
        GET_STR_DATA_LEN(obj, data, len);
        // The character count is cached in the str (and found a word at a
        // time), so a long subject is not rescanned on every call.
        size_t n = mp_obj_str_charlen(obj);
        if (n == len) {
            subj->s.s8 = data;
            subj->s.len = len;
            return;
        }
        // Non-ASCII: decode to code points so positions are characters.
        uint32_t *cps = m_new_atomic(uint32_t, n);
        const byte *p = data;
        for (size_t i = 0; i < n; i++) {
            cps[i] = utf8_get_char(p);
            p = utf8_next_char(p);
        }
        subj->s.s32 = cps;
        subj->s.len = n;
        return;
    }
    mp_buffer_info_t bufinfo;
    if (!mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        mp_raise_TypeError_obj_unsupported(
            obj, MP_ERROR_TEXT("expected string or bytes-like object, got '%s'"));
    }
    if (!pat->is_bytes) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
    }
    if (mp_obj_is_type(obj, &mp_type_bytes)) {
        subj->s.s8 = bufinfo.buf;
    } else {
        // A mutable buffer (bytearray, memoryview, array) is copied: a
        // callback of sub() could resize it, and Match objects outlive the call.
        byte *copy = m_new_atomic(byte, bufinfo.len > 0 ? bufinfo.len : 1);
        memcpy(copy, bufinfo.buf, bufinfo.len);
        subj->s.s8 = copy;
    }
    subj->s.len = bufinfo.len;
}

// subject[start:end] as a str or bytes.
static mp_obj_t subject_slice(const re_subject_t *subj, size_t start, size_t end) {
    if (end < start) {
        end = start;
    }
    // All of an exact str or bytes is the object itself, as in CPython.
    if (start == 0 && end == subj->s.len
        && mp_obj_get_type(subj->obj) == (subj->is_bytes ? &mp_type_bytes : &mp_type_str)) {
        return subj->obj;
    }
    if (subj->is_bytes) {
        return mp_obj_new_bytes(subj->s.s8 + start, end - start);
    }
    if (subj->s.s8 != NULL) {
        return mp_obj_new_str((const char *)subj->s.s8 + start, end - start);
    }
    vstr_t vstr;
    vstr_init(&vstr, end - start);
    for (size_t i = start; i < end; i++) {
        vstr_add_char(&vstr, subj->s.s32[i]);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

static void subject_append(vstr_t *out, const re_subject_t *subj, size_t start, size_t end) {
    if (subj->s.s8 != NULL) {
        vstr_add_strn(out, (const char *)subj->s.s8 + start, end - start);
        return;
    }
    for (size_t i = start; i < end; i++) {
        vstr_add_char(out, subj->s.s32[i]);
    }
}

/******************************************************************************/
// Compiling.

static mp_obj_t re_compile_obj_flags(mp_obj_t pattern, mp_int_t flags) {
    if (mp_obj_is_type(pattern, &re_pattern_type)) {
        if (flags != 0) {
            mp_raise_ValueError(
                MP_ERROR_TEXT("cannot process flags argument with a compiled pattern"));
        }
        return pattern;
    }
    bool is_bytes;
    const byte *data;
    size_t len;
    mp_obj_t given = pattern; // Pattern.pattern keeps a str subclass as given
    pattern = re_native_text(pattern);
    if (mp_obj_is_str(pattern)) {
        is_bytes = false;
        GET_STR_DATA_LEN(pattern, d, l);
        data = d;
        len = l;
    } else {
        mp_buffer_info_t bufinfo;
        if (!mp_obj_is_str_or_bytes(pattern) && !mp_obj_is_type(pattern, &mp_type_bytearray)) {
            mp_raise_TypeError(MP_ERROR_TEXT("first argument must be string or compiled pattern"));
        }
        mp_get_buffer_raise(pattern, &bufinfo, MP_BUFFER_READ);
        is_bytes = true;
        data = bufinfo.buf;
        len = bufinfo.len;
    }
    // The engine reads code points.
    size_t n = is_bytes ? len : utf8_charlen(data, len);
    uint32_t *cps = m_new_atomic(uint32_t, n > 0 ? n : 1);
    const byte *p = data;
    for (size_t i = 0; i < n; i++) {
        if (is_bytes) {
            cps[i] = data[i];
        } else {
            cps[i] = utf8_get_char(p);
            p = utf8_next_char(p);
        }
    }
    re_pattern_t *o = m_new_obj(re_pattern_t);
    o->base.type = &re_pattern_type;
    o->pattern = given;
    o->is_bytes = is_bytes;
    o->prog = re_engine_compile(cps, n, is_bytes, &flags);
    if (!is_bytes && !(flags & RE_ENGINE_FLAG_ASCII)) {
        flags |= RE_ENGINE_FLAG_UNICODE;
    }
    o->flags = flags;
    o->n_groups = re_engine_num_groups(o->prog);
    return MP_OBJ_FROM_PTR(o);
}

static re_pattern_t *pattern_arg(mp_obj_t pattern, mp_obj_t flags) {
    return MP_OBJ_TO_PTR(
        re_compile_obj_flags(pattern, flags == MP_OBJ_NULL ? 0 : mp_obj_get_int(flags)));
}

/******************************************************************************/
// Running.

static re_match_t *match_new(
    re_pattern_t *pat, const re_subject_t *subj, size_t pos, size_t endpos) {
    size_t n_caps = 2 * (pat->n_groups + 1) + 1;
    re_match_t *m = m_new_obj_var(re_match_t, mp_int_t, n_caps);
    m->base.type = &re_match_type;
    m->pattern = pat;
    m->subj = *subj;
    m->pos = pos;
    m->endpos = endpos;
    return m;
}

// One attempt: a new Match or NULL.
static re_match_t *exec_at(re_pattern_t *pat, const re_subject_t *subj, size_t pos, size_t endpos,
    re_engine_mode_t mode, bool must_advance) {
    re_match_t *m = match_new(pat, subj, pos, endpos);
    if (!re_engine_exec(pat->prog, &subj->s, pos, endpos, mode, must_advance, m->caps)) {
        return NULL;
    }
    return m;
}

// pos and endpos arguments clamped to the subject as CPython does.
static void clamp_range(
    const re_subject_t *subj, mp_obj_t pos_in, mp_obj_t endpos_in, size_t *pos, size_t *endpos) {
    mp_int_t len = subj->s.len;
    mp_int_t p = pos_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(pos_in);
    mp_int_t e = len;
    if (endpos_in != MP_OBJ_NULL) {
        mp_obj_t ev = mp_seq_index_as_int(endpos_in);
        if (ev == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                endpos_in, MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"));
        }
        e = mp_obj_int_sign(ev) < 0 ? 0 : (mp_obj_get_int_maybe(ev, &e) && e < len ? e : len);
    }
    if (p < 0) {
        p = 0;
    }
    if (p > len) {
        p = len;
    }
    if (e < 0) {
        e = 0;
    }
    *pos = p;
    *endpos = e;
}

static mp_obj_t pattern_exec(
    re_engine_mode_t mode, size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_string, ARG_pos, ARG_endpos };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_pos, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_endpos, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    re_pattern_t *pat = pattern_self(pos_args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    re_subject_t subj;
    subject_init(&subj, pat, vals[ARG_string].u_obj);
    size_t pos, endpos;
    clamp_range(&subj, vals[ARG_pos].u_obj, vals[ARG_endpos].u_obj, &pos, &endpos);
    if (endpos < pos) {
        return mp_const_none;
    }
    re_match_t *m = exec_at(pat, &subj, pos, endpos, mode, false);
    return m == NULL ? mp_const_none : MP_OBJ_FROM_PTR(m);
}

/******************************************************************************/
// Match objects.

static mp_int_t match_group_index(re_match_t *m, mp_obj_t g) {
    mp_int_t i;
    g = re_native_text(g);
    if (mp_obj_is_int(g) || mp_obj_is_bool(g)) {
        if (mp_obj_get_int_maybe(g, &i) && i >= 0 && (size_t)i <= m->pattern->n_groups) {
            return i;
        }
    } else if (mp_obj_is_str(g) || mp_obj_is_type(g, &mp_type_bytes)) {
        mp_obj_t gi = re_engine_groupindex(m->pattern->prog);
        mp_map_elem_t *e =
            mp_obj_is_str(g) ? mp_map_lookup(mp_obj_dict_get_map(gi), g, MP_MAP_LOOKUP) : NULL;
        if (e != NULL) {
            return MP_OBJ_SMALL_INT_VALUE(e->value);
        }
    } else {
        mp_obj_t iv = mp_seq_index_as_int(g);
        if (iv != MP_OBJ_NULL && mp_obj_get_int_maybe(iv, &i) && i >= 0 &&
            (size_t)i <= m->pattern->n_groups) {
            return i;
        }
    }
    mp_raise_IndexError(MP_ERROR_TEXT("no such group"));
}

static mp_obj_t match_group_value(re_match_t *m, mp_int_t g, mp_obj_t dflt) {
    mp_int_t s = m->caps[2 * g], e = m->caps[2 * g + 1];
    if (s < 0 || e < 0) {
        return dflt;
    }
    return subject_slice(&m->subj, s, e);
}

// group([group1, ...])
static mp_obj_t match_group(size_t n_args, const mp_obj_t *args) {
    re_match_t *m = match_self(args[0]);
    if (n_args == 1) {
        return match_group_value(m, 0, mp_const_none);
    }
    if (n_args == 2) {
        return match_group_value(m, match_group_index(m, args[1]), mp_const_none);
    }
    mp_obj_t t = mp_obj_new_tuple(n_args - 1, NULL);
    mp_obj_tuple_t *tp = MP_OBJ_TO_PTR(t);
    for (size_t i = 1; i < n_args; i++) {
        tp->items[i - 1] = match_group_value(m, match_group_index(m, args[i]), mp_const_none);
    }
    return t;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(match_group_obj, 1, match_group);

// groups(default=None)
static mp_obj_t match_groups(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_default };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_default, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    re_match_t *m = match_self(pos_args[0]);
    size_t n = m->pattern->n_groups;
    mp_obj_t t = mp_obj_new_tuple(n, NULL);
    mp_obj_tuple_t *tp = MP_OBJ_TO_PTR(t);
    for (size_t i = 0; i < n; i++) {
        tp->items[i] = match_group_value(m, i + 1, vals[ARG_default].u_obj);
    }
    return t;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(match_groups_obj, 1, match_groups);

// groupdict(default=None)
static mp_obj_t match_groupdict(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_default };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_default, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    re_match_t *m = match_self(pos_args[0]);
    mp_obj_t gi = re_engine_groupindex(m->pattern->prog);
    mp_map_t *map = mp_obj_dict_get_map(gi);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        e->value = match_group_value(m, MP_OBJ_SMALL_INT_VALUE(e->value), vals[ARG_default].u_obj);
    }
    return gi;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(match_groupdict_obj, 1, match_groupdict);

static mp_int_t match_bound(size_t n_args, const mp_obj_t *args, int which) {
    re_match_t *m = match_self(args[0]);
    mp_int_t g = n_args > 1 ? match_group_index(m, args[1]) : 0;
    return m->caps[2 * g + which];
}

// start([group])
static mp_obj_t match_start(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_NEW_SMALL_INT(match_bound(n_args, args, 0));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_start_obj, 1, 2, match_start);

// end([group])
static mp_obj_t match_end(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_NEW_SMALL_INT(match_bound(n_args, args, 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_end_obj, 1, 2, match_end);

// span([group])
static mp_obj_t match_span(size_t n_args, const mp_obj_t *args) {
    mp_obj_t items[2] = {
        MP_OBJ_NEW_SMALL_INT(match_bound(n_args, args, 0)),
        MP_OBJ_NEW_SMALL_INT(match_bound(n_args, args, 1)),
    };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_span_obj, 1, 2, match_span);

static mp_obj_t expand_template(re_pattern_t *pat, mp_obj_t templ, re_match_t *m);

// expand(template)
static mp_obj_t match_expand(mp_obj_t self_in, mp_obj_t templ) {
    re_match_t *m = match_self(self_in);
    return expand_template(m->pattern, templ, m);
}
static MP_DEFINE_CONST_FUN_OBJ_2(match_expand_obj, match_expand);

static mp_obj_t match_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    return match_group_value(m, match_group_index(m, index), mp_const_none);
}

static mp_obj_t match_lastgroup(re_match_t *m) {
    mp_int_t last = m->caps[2 * (m->pattern->n_groups + 1)];
    if (last < 0) {
        return mp_const_none;
    }
    mp_obj_t gi = re_engine_groupindex(m->pattern->prog);
    mp_map_t *map = mp_obj_dict_get_map(gi);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        if (MP_OBJ_SMALL_INT_VALUE(e->value) == last) {
            return e->key;
        }
    }
    return mp_const_none;
}

static void match_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_pos:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->pos);
            break;
        case MP_QSTR_endpos:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->endpos);
            break;
        case MP_QSTR_string:
            dest[0] = m->subj.obj;
            break;
        case MP_QSTR_re:
            dest[0] = MP_OBJ_FROM_PTR(m->pattern);
            break;
        case MP_QSTR_lastindex: {
            mp_int_t last = m->caps[2 * (m->pattern->n_groups + 1)];
            dest[0] = last < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(last);
            break;
        }
        case MP_QSTR_lastgroup:
            dest[0] = match_lastgroup(m);
            break;
        case MP_QSTR_regs: {
            size_t n = m->pattern->n_groups + 1;
            mp_obj_t t = mp_obj_new_tuple(n, NULL);
            mp_obj_tuple_t *tp = MP_OBJ_TO_PTR(t);
            for (size_t i = 0; i < n; i++) {
                mp_obj_t span[2] = { MP_OBJ_NEW_SMALL_INT(m->caps[2 * i]),
                    MP_OBJ_NEW_SMALL_INT(m->caps[2 * i + 1]) };
                tp->items[i] = mp_obj_new_tuple(2, span);
            }
            dest[0] = t;
            break;
        }
        default:
            break;
    }
}

// Writes repr(o) cut to at most max characters, as CPython's %.<max>R.
static void print_repr_cut(const mp_print_t *print, mp_obj_t o, size_t max) {
    mp_obj_t r = mp_obj_repr(o);
    GET_STR_DATA_LEN(r, data, len);
    const byte *p = data, *e = data + len;
    for (size_t n = 0; n < max && p < e; n++) {
        p = utf8_next_char(p);
    }
    print->print_strn(print->data, (const char *)data, p - data);
}

static void match_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    re_match_t *m = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<re.Match object; span=(%d, %d), match=", (int)m->caps[0], (int)m->caps[1]);
    print_repr_cut(print, match_group_value(m, 0, mp_const_none), 50);
    mp_print_str(print, ">");
}

// __copy__() and __deepcopy__(memo): Patterns and Matches are immutable,
// so a copy is the object itself (as in CPython).
static MP_DEFINE_CONST_FUN_OBJ_1(re_copy_self_obj, mp_obj_return_self);

static mp_obj_t re_deepcopy_self(mp_obj_t self_in, mp_obj_t memo) {
    (void)memo;
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_2(re_deepcopy_self_obj, re_deepcopy_self);

static const mp_rom_map_elem_t match_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&match_group_obj) },
    { MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&match_groups_obj) },
    { MP_ROM_QSTR(MP_QSTR_groupdict), MP_ROM_PTR(&match_groupdict_obj) },
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&match_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&match_end_obj) },
    { MP_ROM_QSTR(MP_QSTR_span), MP_ROM_PTR(&match_span_obj) },
    { MP_ROM_QSTR(MP_QSTR_expand), MP_ROM_PTR(&match_expand_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&re_copy_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&re_deepcopy_self_obj) },
};
static MP_DEFINE_CONST_DICT(match_locals_dict, match_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_match_type, MP_QSTR_Match, MP_TYPE_FLAG_NONE,
    print, match_print,
    attr, match_attr,
    subscr, match_subscr,
    locals_dict, (mp_obj_dict_t *)&match_locals_dict
    );

/******************************************************************************/
// Replacement templates.

MP_NORETURN static void template_error(mp_rom_error_text_t msg, size_t pos) {
    re_engine_raise_error(msg, (mp_int_t)pos);
}


// Appends code point c to a template's output (as a byte for bytes).
static void out_char(vstr_t *out, uint32_t c, bool is_bytes) {
    if (is_bytes) {
        vstr_add_byte(out, (byte)c);
    } else {
        vstr_add_char(out, c);
    }
}

// A group named or numbered by text[start:end] in a \g<...> reference.
static mp_int_t template_group(
    re_pattern_t *pat, const byte *text, size_t start, size_t end, size_t pos, bool is_bytes) {
    // A bytes template's name reads as latin-1 (a str one is UTF-8 already).
    vstr_t v;
    vstr_init(&v, end - start + 1);
    for (size_t j = start; j < end; j++) {
        out_char(&v, text[j], !is_bytes);
    }
    mp_obj_t name = mp_obj_new_str_from_vstr(&v);
    if (end == start) {
        template_error(MP_ERROR_TEXT("missing group name"), pos);
    }
    bool digits = true;
    mp_int_t g = 0;
    for (size_t j = start; j < end; j++) {
        if (text[j] < '0' || text[j] > '9') {
            digits = false;
            break;
        }
        if (g <= 1000000) { // (larger is no group either: kept from overflowing)
            g = g * 10 + (text[j] - '0');
        }
    }
    if (digits) {
        if ((size_t)g > pat->n_groups) {
            // The number as written, without leading zeros.
            while (start + 1 < end && text[start] == '0') {
                start++;
            }
            vstr_t msg;
            vstr_init(&msg, 32);
            vstr_add_str(&msg, "invalid group reference ");
            vstr_add_strn(&msg, (const char *)text + start, end - start);
            template_error(vstr_null_terminated_str(&msg), pos);
        }
        return g;
    }
    // An identifier (the letters of a bytes name are latin-1 ones).
    GET_STR_DATA_LEN(name, d, l);
    for (const byte *q = d; q < d + l; q = utf8_next_char(q)) {
        unichar c = utf8_get_char(q);
        if (!(c == '_' || unichar_isalpha(c) || (q > d && unichar_isdigit(c)))) {
            vstr_t msg;
            vstr_init(&msg, 32);
            vstr_printf(&msg, "bad character in group name %s", mp_obj_str_get_str(mp_obj_repr(name)));
            re_engine_raise_error_in(vstr_null_terminated_str(&msg), pos, NULL, 0, is_bytes);
        }
    }
    mp_obj_t gi = re_engine_groupindex(pat->prog);
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(gi), name, MP_MAP_LOOKUP);
    if (e == NULL) {
        mp_raise_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("unknown group name %s"),
            mp_obj_str_get_str(mp_obj_repr(name)));
    }
    return MP_OBJ_SMALL_INT_VALUE(e->value);
}

// Appends group g of m (nothing if it did not take part).
static void out_group(vstr_t *out, re_match_t *m, mp_int_t g) {
    if (m == NULL) {
        return; // checking a template before any match
    }
    mp_int_t s = m->caps[2 * g], e = m->caps[2 * g + 1];
    if (s >= 0 && e >= 0) {
        subject_append(out, &m->subj, s, e);
    }
}

// Expands templ (str or bytes, matching the pattern) for match m into out.
// Positions in errors count characters of the template.
static void expand_into(vstr_t *out, re_pattern_t *pat, mp_obj_t templ, re_match_t *m) {
    size_t len;
    const byte *t = (const byte *)mp_obj_str_get_data(templ, &len);
    bool is_bytes = pat->is_bytes;
    size_t i = 0;
    size_t cpos = 0; // character position of t[i], for error messages
    while (i < len) {
        const byte *next = is_bytes ? t + i + 1 : utf8_next_char(t + i);
        if (t[i] != '\\') {
            vstr_add_strn(out, (const char *)t + i, next - (t + i));
            i = next - t;
            cpos++;
            continue;
        }
        size_t esc = cpos;
        i++;
        cpos++;
        if (i >= len) {
            template_error(MP_ERROR_TEXT("bad escape (end of pattern)"), esc);
        }
        byte c = t[i];
        if (c == 'g') {
            i++;
            cpos++;
            if (i >= len || t[i] != '<') {
                template_error(MP_ERROR_TEXT("missing <"), cpos);
            }
            size_t start = ++i;
            cpos++;
            while (i < len && t[i] != '>') {
                i++;
            }
            if (i >= len) {
                template_error(
                    i == start ? MP_ERROR_TEXT("missing group name")
                               : MP_ERROR_TEXT("missing >, unterminated name"),
                    cpos);
            }
            mp_int_t g = template_group(pat, t, start, i, cpos, is_bytes);
            cpos += (is_bytes ? i - start : utf8_charlen(t + start, i - start)) + 1;
            i++;
            out_group(out, m, g);
            continue;
        }
        if (c == '0') {
            // \0, \0o, \0oo: an octal character.
            uint32_t v = 0;
            size_t k = 0;
            i++;
            cpos++;
            while (k < 2 && i < len && t[i] >= '0' && t[i] <= '7') {
                v = v * 8 + (t[i] - '0');
                i++;
                cpos++;
                k++;
            }
            out_char(out, v, is_bytes);
            continue;
        }
        if (c >= '1' && c <= '9') {
            // Three octal digits are a character; else one or two digits a group.
            if (i + 2 < len + 0 && c <= '7' && t[i + 1] >= '0' && t[i + 1] <= '7' &&
                t[i + 2] >= '0' && t[i + 2] <= '7') {
                uint32_t v = (c - '0') * 64 + (t[i + 1] - '0') * 8 + (t[i + 2] - '0');
                if (v > 0377) {
                    vstr_t msg;
                    vstr_init(&msg, 48);
                    vstr_printf(&msg, "octal escape value \\%c%c%c outside of range 0-0o377", c,
                        t[i + 1], t[i + 2]);
                    template_error(vstr_null_terminated_str(&msg), esc);
                }
                out_char(out, v, is_bytes);
                i += 3;
                cpos += 3;
                continue;
            }
            mp_int_t g = c - '0';
            i++;
            cpos++;
            if (i < len && t[i] >= '0' && t[i] <= '9') {
                g = g * 10 + (t[i] - '0');
                i++;
                cpos++;
            }
            if ((size_t)g > pat->n_groups) {
                vstr_t msg;
                vstr_init(&msg, 32);
                vstr_printf(&msg, "invalid group reference %d", (int)g);
                template_error(vstr_null_terminated_str(&msg), esc + 1);
            }
            out_group(out, m, g);
            continue;
        }
        static const char escapes[] = "a\007b\010f\014n\012r\015t\011v\013\\\\";
        const char *hit = NULL;
        for (const char *e = escapes; *e; e += 2) {
            if (*e == (char)c) {
                hit = e;
                break;
            }
        }
        if (hit != NULL) {
            vstr_add_byte(out, (byte)hit[1]);
            i++;
            cpos++;
            continue;
        }
        if (c < 0x80 && (((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
            vstr_t msg;
            vstr_init(&msg, 16);
            vstr_printf(&msg, "bad escape \\%c", c);
            template_error(vstr_null_terminated_str(&msg), esc);
        }
        // Any other escaped character stays as written, backslash and all.
        vstr_add_byte(out, '\\');
    }
}

static mp_obj_t expand_template(re_pattern_t *pat, mp_obj_t templ, re_match_t *m) {
    templ = re_native_text(templ);
    if (pat->is_bytes ? !mp_obj_is_type(templ, &mp_type_bytes) : !mp_obj_is_str(templ)) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("expected %s instance, %s found"),
            pat->is_bytes ? "a bytes-like object" : "str", mp_obj_get_type_str(templ));
    }
    vstr_t out;
    vstr_init(&out, 16);
    expand_into(&out, pat, templ, m);
    return pat->is_bytes ? mp_obj_new_bytes_from_vstr(&out) : mp_obj_new_str_from_vstr(&out);
}

/******************************************************************************/
// sub, split, findall, finditer.

static mp_obj_t do_sub(
    re_pattern_t *pat, mp_obj_t repl, mp_obj_t string, mp_obj_t count_in, bool with_count) {
    mp_int_t count = count_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(count_in);
    re_subject_t subj;
    subject_init(&subj, pat, string);
    bool callable = mp_obj_is_callable(repl);
    if (!callable) {
        repl = re_native_text(repl);
        mp_buffer_info_t repl_buf;
        if (pat->is_bytes ? (mp_obj_is_str(repl) || !mp_get_buffer(repl, &repl_buf, MP_BUFFER_READ))
                          : !mp_obj_is_str(repl)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("expected %s instance, %s found"),
                pat->is_bytes ? "a bytes-like object" : "str", mp_obj_get_type_str(repl));
        }
        if (pat->is_bytes && !mp_obj_is_type(repl, &mp_type_bytes)) {
            // Any buffer (bytearray, memoryview, array) is copied to bytes.
            mp_buffer_info_t bi;
            mp_get_buffer_raise(repl, &bi, MP_BUFFER_READ);
            repl = mp_obj_new_bytes(bi.buf, bi.len);
        }
        // A bad template is an error even when nothing matches.
        vstr_t check;
        vstr_init(&check, 16);
        expand_into(&check, pat, repl, NULL);
        vstr_clear(&check);
    }
    // The output buffer is sized for the subject at the first match only: a
    // subject that nothing matches is returned as it is, uncopied.
    vstr_t out;
    vstr_init(&out, 16);
    size_t last = 0, pos = 0, n = 0;
    bool must_advance = false;
    while (count == 0 || (mp_int_t)n < count) { // a negative count: none
        if (pos > subj.s.len) {
            break;
        }
        re_match_t *m = exec_at(pat, &subj, pos, subj.s.len, RE_ENGINE_SEARCH, must_advance);
        if (m == NULL) {
            break;
        }
        size_t b = m->caps[0], e = m->caps[1];
        if (n == 0) {
            vstr_hint_size(&out, subj.s.len + 16);
        }
        subject_append(&out, &subj, last, b);
        if (callable) {
            mp_obj_t r = mp_call_function_1(repl, MP_OBJ_FROM_PTR(m));
            if (r != mp_const_none) {
                r = re_native_text(r);
                if (pat->is_bytes ? !mp_obj_is_type(r, &mp_type_bytes) : !mp_obj_is_str(r)) {
                    mp_raise_TypeError_varg(
                        MP_ERROR_TEXT("expected %s instance, %s found"),
                        pat->is_bytes ? "a bytes-like object" : "str", mp_obj_get_type_str(r));
                }
                size_t rlen;
                const char *rdata = mp_obj_str_get_data(r, &rlen);
                vstr_add_strn(&out, rdata, rlen);
            }
        } else {
            expand_into(&out, pat, repl, m);
        }
        n++;
        last = e;
        must_advance = e == b;
        pos = e;
    }
    mp_obj_t result;
    if (n == 0) {
        vstr_clear(&out);
        result = subject_slice(&subj, 0, subj.s.len);
    } else {
        subject_append(&out, &subj, last, subj.s.len);
        result = pat->is_bytes ? mp_obj_new_bytes_from_vstr(&out) : mp_obj_new_str_from_vstr(&out);
    }
    if (with_count) {
        mp_obj_t items[2] = { result, MP_OBJ_NEW_SMALL_INT(n) };
        return mp_obj_new_tuple(2, items);
    }
    return result;
}

static mp_obj_t do_split(re_pattern_t *pat, mp_obj_t string, mp_obj_t maxsplit_in) {
    mp_int_t maxsplit = maxsplit_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(maxsplit_in);
    re_subject_t subj;
    subject_init(&subj, pat, string);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    if (maxsplit < 0) {
        mp_obj_list_append(list, subject_slice(&subj, 0, subj.s.len));
        return list;
    }
    size_t last = 0, pos = 0;
    mp_int_t n = 0;
    bool must_advance = false;
    while (maxsplit == 0 || n < maxsplit) {
        if (pos > subj.s.len) {
            break;
        }
        re_match_t *m = exec_at(pat, &subj, pos, subj.s.len, RE_ENGINE_SEARCH, must_advance);
        if (m == NULL) {
            break;
        }
        size_t b = m->caps[0], e = m->caps[1];
        mp_obj_list_append(list, subject_slice(&subj, last, b));
        for (size_t g = 1; g <= pat->n_groups; g++) {
            mp_obj_list_append(list, match_group_value(m, g, mp_const_none));
        }
        n++;
        last = e;
        must_advance = e == b;
        pos = e;
    }
    mp_obj_list_append(list, subject_slice(&subj, last, subj.s.len));
    return list;
}

// The value findall reports for a match.
static mp_obj_t findall_item(re_pattern_t *pat, re_match_t *m) {
    mp_obj_t empty = pat->is_bytes ? mp_obj_new_bytes(NULL, 0) : mp_obj_new_str("", 0);
    if (pat->n_groups == 0) {
        return match_group_value(m, 0, empty);
    }
    if (pat->n_groups == 1) {
        return match_group_value(m, 1, empty);
    }
    mp_obj_t t = mp_obj_new_tuple(pat->n_groups, NULL);
    mp_obj_tuple_t *tp = MP_OBJ_TO_PTR(t);
    for (size_t g = 1; g <= pat->n_groups; g++) {
        tp->items[g - 1] = match_group_value(m, g, empty);
    }
    return t;
}

static re_iter_t *iter_new(
    re_pattern_t *pat, mp_obj_t string, mp_obj_t pos_in, mp_obj_t endpos_in) {
    re_iter_t *it = m_new_obj(re_iter_t);
    it->base.type = &re_iter_type;
    it->pattern = pat;
    subject_init(&it->subj, pat, string);
    clamp_range(&it->subj, pos_in, endpos_in, &it->pos, &it->endpos);
    it->must_advance = false;
    it->done = it->endpos < it->pos;
    return it;
}

static mp_obj_t re_iter_iternext(mp_obj_t self_in) {
    re_iter_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->done || it->pos > it->endpos) {
        it->done = true;
        return MP_OBJ_STOP_ITERATION;
    }
    re_match_t *m =
        exec_at(it->pattern, &it->subj, it->pos, it->endpos, RE_ENGINE_SEARCH, it->must_advance);
    if (m == NULL) {
        it->done = true;
        return MP_OBJ_STOP_ITERATION;
    }
    m->pos = it->pos;
    it->must_advance = m->caps[1] == m->caps[0];
    it->pos = m->caps[1];
    return MP_OBJ_FROM_PTR(m);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    re_iter_type, MP_QSTR_callable_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, re_iter_iternext
    );

// A Pattern.scanner(): the same state as a finditer iterator, stepped by
// match() (anchored at the current position) or search(). After a failed
// step it stays exhausted; an empty match makes the next one advance.
static mp_obj_t scanner_step(mp_obj_t self_in, re_engine_mode_t mode) {
    re_iter_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->done || it->pos > it->endpos) {
        it->done = true;
        return mp_const_none;
    }
    re_match_t *m = exec_at(it->pattern, &it->subj, it->pos, it->endpos, mode, it->must_advance);
    if (m == NULL) {
        it->done = true;
        return mp_const_none;
    }
    m->pos = it->pos;
    it->must_advance = m->caps[1] == m->caps[0];
    it->pos = m->caps[1];
    return MP_OBJ_FROM_PTR(m);
}

// SRE_Scanner.match()
static mp_obj_t scanner_match(mp_obj_t self_in) {
    return scanner_step(self_in, RE_ENGINE_MATCH);
}
static MP_DEFINE_CONST_FUN_OBJ_1(scanner_match_obj, scanner_match);

// SRE_Scanner.search()
static mp_obj_t scanner_search(mp_obj_t self_in) {
    return scanner_step(self_in, RE_ENGINE_SEARCH);
}
static MP_DEFINE_CONST_FUN_OBJ_1(scanner_search_obj, scanner_search);

static void scanner_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_pattern) {
        dest[0] = MP_OBJ_FROM_PTR(((re_iter_t *)MP_OBJ_TO_PTR(self_in))->pattern);
    }
}

static const mp_rom_map_elem_t scanner_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&scanner_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&scanner_search_obj) },
};
static MP_DEFINE_CONST_DICT(scanner_locals_dict, scanner_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_scanner_type, MP_QSTR_SRE_Scanner, MP_TYPE_FLAG_NONE,
    attr, scanner_attr,
    locals_dict, (mp_obj_dict_t *)&scanner_locals_dict
    );

static mp_obj_t do_findall(
    re_pattern_t *pat, mp_obj_t string, mp_obj_t pos_in, mp_obj_t endpos_in) {
    re_iter_t *it = iter_new(pat, string, pos_in, endpos_in);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t m;
    while ((m = re_iter_iternext(MP_OBJ_FROM_PTR(it))) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, findall_item(pat, MP_OBJ_TO_PTR(m)));
    }
    return list;
}

/******************************************************************************/
// Pattern objects.

// match(string[, pos[, endpos]])
static mp_obj_t pattern_match(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return pattern_exec(RE_ENGINE_MATCH, n_args, pos_args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_match_obj, 1, pattern_match);

// search(string[, pos[, endpos]])
static mp_obj_t pattern_search(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return pattern_exec(RE_ENGINE_SEARCH, n_args, pos_args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_search_obj, 1, pattern_search);

// fullmatch(string[, pos[, endpos]])
static mp_obj_t pattern_fullmatch(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return pattern_exec(RE_ENGINE_FULLMATCH, n_args, pos_args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_fullmatch_obj, 1, pattern_fullmatch);

// The (repl, string, count=0) arguments of Pattern.sub/subn.
static mp_obj_t pattern_sub_common(
    size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, bool with_count) {
    enum { ARG_repl, ARG_string, ARG_count };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_count, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    return do_sub(pattern_self(pos_args[0]), vals[ARG_repl].u_obj, vals[ARG_string].u_obj,
        vals[ARG_count].u_obj, with_count);
}

// sub(repl, string, count=0)
static mp_obj_t pattern_sub(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return pattern_sub_common(n_args, pos_args, kw_args, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_sub_obj, 1, pattern_sub);

// subn(repl, string, count=0)
static mp_obj_t pattern_subn(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return pattern_sub_common(n_args, pos_args, kw_args, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_subn_obj, 1, pattern_subn);

// split(string, maxsplit=0)
static mp_obj_t pattern_split(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_string, ARG_maxsplit };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_maxsplit, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    return do_split(pattern_self(pos_args[0]), vals[ARG_string].u_obj, vals[ARG_maxsplit].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_split_obj, 1, pattern_split);

static void parse_range_args(
    size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, mp_arg_val_t *vals) {
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_pos, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_endpos, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_parse_all(
        n_args - 1, pos_args + 1, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
}

// findall(string[, pos[, endpos]])
static mp_obj_t pattern_findall(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t vals[3];
    parse_range_args(n_args, pos_args, kw_args, vals);
    return do_findall(pattern_self(pos_args[0]), vals[0].u_obj, vals[1].u_obj, vals[2].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_findall_obj, 1, pattern_findall);

// finditer(string[, pos[, endpos]])
static mp_obj_t pattern_finditer(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t vals[3];
    parse_range_args(n_args, pos_args, kw_args, vals);
    return MP_OBJ_FROM_PTR(
        iter_new(pattern_self(pos_args[0]), vals[0].u_obj, vals[1].u_obj, vals[2].u_obj));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_finditer_obj, 1, pattern_finditer);

// scanner(string[, pos[, endpos]])
static mp_obj_t pattern_scanner(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t vals[3];
    parse_range_args(n_args, pos_args, kw_args, vals);
    re_iter_t *it = iter_new(pattern_self(pos_args[0]), vals[0].u_obj, vals[1].u_obj, vals[2].u_obj);
    it->base.type = &re_scanner_type;
    return MP_OBJ_FROM_PTR(it);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(pattern_scanner_obj, 1, pattern_scanner);

static void pattern_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    re_pattern_t *pat = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_pattern:
            dest[0] = pat->pattern;
            break;
        case MP_QSTR_flags:
            dest[0] = MP_OBJ_NEW_SMALL_INT(pat->flags);
            break;
        case MP_QSTR_groups:
            dest[0] = MP_OBJ_NEW_SMALL_INT(pat->n_groups);
            break;
        case MP_QSTR_groupindex:
            // Read-only, as CPython's: a mappingproxy of a private copy.
            dest[0] = mp_obj_new_mappingproxy(re_engine_groupindex(pat->prog));
            break;
        default:
            break;
    }
}

static void pattern_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    re_pattern_t *pat = MP_OBJ_TO_PTR(self_in);
    static const struct {
        mp_int_t flag;
        const char *name;
    } names[] = {
        { RE_ENGINE_FLAG_TEMPLATE, "re.TEMPLATE" },
        { RE_ENGINE_FLAG_IGNORECASE, "re.IGNORECASE" },
        { RE_ENGINE_FLAG_LOCALE, "re.LOCALE" },
        { RE_ENGINE_FLAG_MULTILINE, "re.MULTILINE" },
        { RE_ENGINE_FLAG_DOTALL, "re.DOTALL" },
        { RE_ENGINE_FLAG_UNICODE, "re.UNICODE" },
        { RE_ENGINE_FLAG_VERBOSE, "re.VERBOSE" },
        { RE_ENGINE_FLAG_DEBUG, "re.DEBUG" },
        { RE_ENGINE_FLAG_ASCII, "re.ASCII" },
    };
    mp_print_str(print, "re.compile(");
    print_repr_cut(print, pat->pattern, 200);
    mp_int_t flags = pat->flags;
    // re.UNICODE is the default for str patterns and is not shown.
    if (!pat->is_bytes && (flags & (RE_ENGINE_FLAG_LOCALE | RE_ENGINE_FLAG_UNICODE |
                                       RE_ENGINE_FLAG_ASCII)) == RE_ENGINE_FLAG_UNICODE) {
        flags &= ~RE_ENGINE_FLAG_UNICODE;
    }
    if (flags != 0) {
        mp_print_str(print, ", ");
        bool first = true;
        for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
            if (flags & names[i].flag) {
                if (!first) {
                    mp_print_str(print, "|");
                }
                mp_print_str(print, names[i].name);
                flags &= ~names[i].flag;
                first = false;
            }
        }
        if (flags != 0) {
            mp_printf(print, first ? "0x%x" : "|0x%x", (unsigned)flags);
        }
    }
    mp_print_str(print, ")");
}

static const mp_obj_fun_builtin_var_t re_compile_obj;

// __reduce__(): pickled as a call of re.compile with the pattern's text and
// flags (re._compile, which CPython's pickles name, is the same function).
static mp_obj_t pattern_reduce(mp_obj_t self_in) {
    re_pattern_t *pat = MP_OBJ_TO_PTR(self_in);
    mp_obj_t args[2] = { pat->pattern, MP_OBJ_NEW_SMALL_INT(pat->flags) };
    mp_obj_t items[2] = { MP_OBJ_FROM_PTR(&re_compile_obj), mp_obj_new_tuple(2, args) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(pattern_reduce_obj, pattern_reduce);

static const mp_rom_map_elem_t pattern_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&pattern_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&pattern_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&pattern_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&pattern_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&pattern_subn_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&pattern_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&pattern_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&pattern_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_scanner), MP_ROM_PTR(&pattern_scanner_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&re_copy_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&re_deepcopy_self_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&pattern_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(pattern_locals_dict, pattern_locals_dict_table);

// Patterns compiled from the same text with the same flags are equal
// (and hash alike); they have no ordering.
static mp_obj_t pattern_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    re_pattern_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t h = mp_unary_op(MP_UNARY_OP_HASH, re_native_text(self->pattern));
    mp_int_t v = MP_OBJ_SMALL_INT_VALUE(h) * 31 + self->flags;
    return MP_OBJ_NEW_SMALL_INT(v & (MP_SMALL_INT_MAX >> 1));
}

static mp_obj_t pattern_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) ||
        !mp_obj_is_type(rhs, &re_pattern_type)) {
        return MP_OBJ_NULL;
    }
    re_pattern_t *a = MP_OBJ_TO_PTR(lhs);
    re_pattern_t *b = MP_OBJ_TO_PTR(rhs);
    bool eq = a == b;
    if (!eq && a->is_bytes == b->is_bytes && a->flags == b->flags) {
        // The source may also be a bytearray: compare buffers.
        mp_buffer_info_t ba, bb;
        mp_get_buffer_raise(re_native_text(a->pattern), &ba, MP_BUFFER_READ);
        mp_get_buffer_raise(re_native_text(b->pattern), &bb, MP_BUFFER_READ);
        eq = ba.len == bb.len && memcmp(ba.buf, bb.buf, ba.len) == 0;
    }
    return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
}

static MP_DEFINE_CONST_OBJ_TYPE(
    re_pattern_type, MP_QSTR_Pattern, MP_TYPE_FLAG_NONE,
    print, pattern_print,
    unary_op, pattern_unary_op,
    binary_op, pattern_binary_op,
    attr, pattern_attr,
    locals_dict, (mp_obj_dict_t *)&pattern_locals_dict
    );

/******************************************************************************/
// Module functions.

// compile(pattern, flags=0)
static mp_obj_t re_compile(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_pattern, ARG_flags };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_flags, MP_ARG_INT, { .u_int = 0 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    return re_compile_obj_flags(vals[ARG_pattern].u_obj, vals[ARG_flags].u_int);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_compile_obj, 0, re_compile);

static mp_obj_t re_exec_fun(
    re_engine_mode_t mode, size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_pattern, ARG_string, ARG_flags };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_flags, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_t args[2] = { MP_OBJ_FROM_PTR(
                             pattern_arg(vals[ARG_pattern].u_obj, vals[ARG_flags].u_obj)),
        vals[ARG_string].u_obj };
    return pattern_exec(mode, 2, args, NULL);
}

// match(pattern, string, flags=0)
static mp_obj_t re_match(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_exec_fun(RE_ENGINE_MATCH, n_args, pos_args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_match_obj, 0, re_match);

// search(pattern, string, flags=0)
static mp_obj_t re_search(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_exec_fun(RE_ENGINE_SEARCH, n_args, pos_args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_search_obj, 0, re_search);

// fullmatch(pattern, string, flags=0)
static mp_obj_t re_fullmatch(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_exec_fun(RE_ENGINE_FULLMATCH, n_args, pos_args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_fullmatch_obj, 0, re_fullmatch);

static mp_obj_t re_sub_common(
    size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, bool with_count) {
    enum { ARG_pattern, ARG_repl, ARG_string, ARG_count, ARG_flags };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_count, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_flags, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    re_pattern_t *pat = pattern_arg(vals[ARG_pattern].u_obj, vals[ARG_flags].u_obj);
    return do_sub(
        pat, vals[ARG_repl].u_obj, vals[ARG_string].u_obj, vals[ARG_count].u_obj, with_count);
}

// sub(pattern, repl, string, count=0, flags=0)
static mp_obj_t re_sub(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_sub_common(n_args, pos_args, kw_args, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_sub_obj, 0, re_sub);

// subn(pattern, repl, string, count=0, flags=0)
static mp_obj_t re_subn(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return re_sub_common(n_args, pos_args, kw_args, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_subn_obj, 0, re_subn);

// split(pattern, string, maxsplit=0, flags=0)
static mp_obj_t re_split(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_pattern, ARG_string, ARG_maxsplit, ARG_flags };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_maxsplit, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_flags, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    re_pattern_t *pat = pattern_arg(vals[ARG_pattern].u_obj, vals[ARG_flags].u_obj);
    return do_split(pat, vals[ARG_string].u_obj, vals[ARG_maxsplit].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_split_obj, 0, re_split);

static void parse_pattern_string_flags(
    size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, mp_arg_val_t *vals) {
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_flags, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
}

// findall(pattern, string, flags=0)
static mp_obj_t re_findall(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t vals[3];
    parse_pattern_string_flags(n_args, pos_args, kw_args, vals);
    return do_findall(
        pattern_arg(vals[0].u_obj, vals[2].u_obj), vals[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_findall_obj, 0, re_findall);

// finditer(pattern, string, flags=0)
static mp_obj_t re_finditer(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t vals[3];
    parse_pattern_string_flags(n_args, pos_args, kw_args, vals);
    return MP_OBJ_FROM_PTR(iter_new(
        pattern_arg(vals[0].u_obj, vals[2].u_obj), vals[1].u_obj, MP_OBJ_NULL, MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(re_finditer_obj, 0, re_finditer);

// escape(pattern): a backslash before each character that is special in a
// pattern (CPython 3.7+'s set).
static mp_obj_t re_escape(mp_obj_t pattern) {
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    pattern = re_native_text(pattern);
    size_t len;
    const char *data = mp_obj_str_get_data(pattern, &len);
    vstr_t out;
    vstr_init(&out, len + 8);
    for (size_t i = 0; i < len; i++) {
        if (data[i] != 0 && strchr(special, data[i]) != NULL) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, data[i]);
    }
    if (mp_obj_is_str(pattern)) {
        return mp_obj_new_str_from_vstr(&out);
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_escape_obj, re_escape);

// purge(): there is no cache to clear.
static mp_obj_t re_purge(void) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(re_purge_obj, re_purge);

// ---------------------------------------------------------------------------
// RegexFlag: the flag constants are members of an int subclass, as CPython's
// IntFlag enum is, so that they print as re.IGNORECASE|re.MULTILINE while
// behaving as ints everywhere else. A class with a native int base can only
// be made at run time, so the module's ROM table leaves the constants out
// and its __getattr__ supplies them; the class (members are its attributes)
// is built on first use and kept in a GC root.

// In CPython's definition order: repr lists combined flags in this order.
// clang-format off
static const struct {
    qstr name;
    qstr alias;
    uint16_t value;
} flag_members[] = {
    { MP_QSTR_NOFLAG, MP_QSTR_NOFLAG, 0 },
    { MP_QSTR_ASCII, MP_QSTR_A, RE_ENGINE_FLAG_ASCII },
    { MP_QSTR_IGNORECASE, MP_QSTR_I, RE_ENGINE_FLAG_IGNORECASE },
    { MP_QSTR_LOCALE, MP_QSTR_L, RE_ENGINE_FLAG_LOCALE },
    { MP_QSTR_UNICODE, MP_QSTR_U, RE_ENGINE_FLAG_UNICODE },
    { MP_QSTR_MULTILINE, MP_QSTR_M, RE_ENGINE_FLAG_MULTILINE },
    { MP_QSTR_DOTALL, MP_QSTR_S, RE_ENGINE_FLAG_DOTALL },
    { MP_QSTR_VERBOSE, MP_QSTR_X, RE_ENGINE_FLAG_VERBOSE },
    { MP_QSTR_TEMPLATE, MP_QSTR_T, RE_ENGINE_FLAG_TEMPLATE },
    { MP_QSTR_DEBUG, MP_QSTR_DEBUG, RE_ENGINE_FLAG_DEBUG },
};
// clang-format on

// Every defined bit: ~flag stays inside them (IntFlag's invert) unless
// the flag has undefined bits too.
#define FLAG_ALL_BITS (0x1ff)

// The classes built on first use: RegexFlag, Scanner.
// LEAD: a root slot in py/mpstate.h (e.g. `mp_obj_t re_classes;`) would be
// cleaner than this region registered by the module itself.
enum { LAZY_FLAG, LAZY_SCANNER, LAZY_N };
static mp_obj_t lazy_class_root[LAZY_N];

static mp_obj_t flag_class(void);

// The member with this value, or a new pseudo-member for a combination.
static mp_obj_t flag_make(mp_int_t value) {
    mp_obj_t cls = flag_class();
    for (size_t i = 0; i < MP_ARRAY_SIZE(flag_members); i++) {
        if (flag_members[i].value == value) {
            return mp_load_attr(cls, flag_members[i].name);
        }
    }
    mp_obj_t int_new = mp_load_attr(MP_OBJ_FROM_PTR(&mp_type_int), MP_QSTR___new__);
    return mp_call_function_2(int_new, cls, mp_obj_new_int(value));
}

// The methods are C functions, which a run-time class does not bind to the
// instance (as in CPython); this small descriptor type does.
typedef mp_rom_obj_static_class_method_t runtime_method_t;

static MP_DEFINE_CONST_OBJ_TYPE(
    runtime_method_type, MP_QSTR_method_descriptor, MP_TYPE_FLAG_BINDS_SELF,
    call, mp_obj_staticmethod_call
    );

#define RUNTIME_METHOD(name, fun_obj)                                                                 \
    static const runtime_method_t name = { { &runtime_method_type }, MP_ROM_PTR(&fun_obj) }

// RegexFlag.__repr__(self), also __str__ (3.11 prints them alike)
static mp_obj_t flag_repr(mp_obj_t self_in) {
    mp_int_t value = mp_obj_get_int(self_in);
    vstr_t out;
    vstr_init(&out, 32);
    mp_print_t print;
    mp_print_init_vstr(&print, &out);
    mp_int_t rest = value;
    bool first = true;
    for (size_t i = 0; i < MP_ARRAY_SIZE(flag_members); i++) {
        mp_int_t bit = flag_members[i].value;
        if (bit == value || (bit != 0 && value > 0 && (rest & bit))) {
            mp_printf(&print, first ? "re.%q" : "|re.%q", flag_members[i].name);
            rest &= ~bit;
            first = false;
            if (bit == value) {
                break;
            }
        }
    }
    if (first) {
        mp_printf(&print, "re.RegexFlag(%ld)", (long)value);
    } else if (rest != 0) {
        mp_printf(&print, "|0x%lx", (unsigned long)rest);
    }
    return mp_obj_new_str_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_1(flag_repr_obj, flag_repr);
RUNTIME_METHOD(flag_repr_meth, flag_repr_obj);

// The bitwise operators keep the type when both sides are ints; anything
// else (+, *, ...) is plain int arithmetic.
static mp_obj_t flag_bitop(mp_binary_op_t op, mp_obj_t self_in, mp_obj_t other) {
    mp_int_t a = mp_obj_get_int(self_in);
    mp_int_t b;
    if (mp_obj_is_float(other) || !mp_obj_get_int_maybe(other, &b) ||
        mp_obj_is_type(other, &mp_type_bool)) {
        if (!mp_obj_is_type(other, &mp_type_bool)) {
            return mp_const_notimplemented;
        }
        b = other == mp_const_true;
    }
    mp_int_t r = op == MP_BINARY_OP_OR ? (a | b) : op == MP_BINARY_OP_AND ? (a & b) : (a ^ b);
    return flag_make(r);
}

// RegexFlag.__or__(self, other), also __ror__
static mp_obj_t flag_or(mp_obj_t self_in, mp_obj_t other) {
    return flag_bitop(MP_BINARY_OP_OR, self_in, other);
}
static MP_DEFINE_CONST_FUN_OBJ_2(flag_or_obj, flag_or);
RUNTIME_METHOD(flag_or_meth, flag_or_obj);

// RegexFlag.__and__(self, other), also __rand__
static mp_obj_t flag_and(mp_obj_t self_in, mp_obj_t other) {
    return flag_bitop(MP_BINARY_OP_AND, self_in, other);
}
static MP_DEFINE_CONST_FUN_OBJ_2(flag_and_obj, flag_and);
RUNTIME_METHOD(flag_and_meth, flag_and_obj);

// RegexFlag.__xor__(self, other), also __rxor__
static mp_obj_t flag_xor(mp_obj_t self_in, mp_obj_t other) {
    return flag_bitop(MP_BINARY_OP_XOR, self_in, other);
}
static MP_DEFINE_CONST_FUN_OBJ_2(flag_xor_obj, flag_xor);
RUNTIME_METHOD(flag_xor_meth, flag_xor_obj);

// RegexFlag.__invert__(self)
static mp_obj_t flag_invert(mp_obj_t self_in) {
    mp_int_t v = mp_obj_get_int(self_in);
    if (v < 0) {
        return flag_make(~v);
    }
    // Undefined bits set in v widen the mask to v's bit length (so
    // ~(re.I | 1 << 20) keeps the bits between 9 and 20, as IntFlag does).
    mp_uint_t mask = FLAG_ALL_BITS;
    while (mask < (mp_uint_t)v) {
        mask = mask * 2 + 1;
    }
    return flag_make(~v & (mp_int_t)mask);
}
static MP_DEFINE_CONST_FUN_OBJ_1(flag_invert_obj, flag_invert);
RUNTIME_METHOD(flag_invert_meth, flag_invert_obj);

// RegexFlag(value): the member with that value, or a combination of them.
static mp_obj_t flag_new(mp_obj_t cls, mp_obj_t value) {
    mp_int_t v;
    if (cls == flag_class() && mp_obj_get_int_maybe(value, &v) && !mp_obj_is_float(value)) {
        return flag_make(v);
    }
    if (cls == flag_class()) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("%s is not a valid RegexFlag"),
            mp_obj_str_get_str(mp_obj_repr(value)));
    }
    mp_obj_t int_new = mp_load_attr(MP_OBJ_FROM_PTR(&mp_type_int), MP_QSTR___new__);
    return mp_call_function_2(int_new, cls, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(flag_new_fun_obj, flag_new);
static MP_DEFINE_CONST_STATICMETHOD_OBJ(flag_new_obj, MP_ROM_PTR(&flag_new_fun_obj));

// RegexFlag.name: the member's name, None for a combination (3.11 joins
// the names; a member's own is what programs read).
static mp_obj_t flag_name(mp_obj_t self_in) {
    mp_int_t value = mp_obj_get_int(self_in);
    for (size_t i = 0; i < MP_ARRAY_SIZE(flag_members); i++) {
        if (flag_members[i].value == value) {
            return MP_OBJ_NEW_QSTR(flag_members[i].name);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(flag_name_obj, flag_name);

// RegexFlag.value: the plain int.
static mp_obj_t flag_value(mp_obj_t self_in) {
    return mp_obj_new_int(mp_obj_get_int(self_in));
}
static MP_DEFINE_CONST_FUN_OBJ_1(flag_value_obj, flag_value);

static mp_obj_t flag_class(void) {
    if (lazy_class_root[LAZY_FLAG] != MP_OBJ_NULL) {
        return lazy_class_root[LAZY_FLAG];
    }
    mp_obj_t ns = mp_obj_new_dict(24);
    static const struct {
        qstr name;
        mp_rom_obj_t fun;
    } methods[] = {
        { MP_QSTR___repr__, MP_ROM_PTR(&flag_repr_meth) },
        { MP_QSTR___str__, MP_ROM_PTR(&flag_repr_meth) },
        { MP_QSTR___or__, MP_ROM_PTR(&flag_or_meth) },
        { MP_QSTR___ror__, MP_ROM_PTR(&flag_or_meth) },
        { MP_QSTR___and__, MP_ROM_PTR(&flag_and_meth) },
        { MP_QSTR___rand__, MP_ROM_PTR(&flag_and_meth) },
        { MP_QSTR___xor__, MP_ROM_PTR(&flag_xor_meth) },
        { MP_QSTR___rxor__, MP_ROM_PTR(&flag_xor_meth) },
        { MP_QSTR___invert__, MP_ROM_PTR(&flag_invert_meth) },
        { MP_QSTR___new__, MP_ROM_PTR(&flag_new_obj) },
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(methods); i++) {
        mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(methods[i].name), (mp_obj_t)methods[i].fun);
    }
    mp_obj_t prop = MP_OBJ_FROM_PTR(&mp_type_property);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR_name),
        mp_call_function_1(prop, MP_OBJ_FROM_PTR(&flag_name_obj)));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR_value),
        mp_call_function_1(prop, MP_OBJ_FROM_PTR(&flag_value_obj)));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_OBJ_NEW_QSTR(MP_QSTR_re));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_OBJ_NEW_QSTR(MP_QSTR_RegexFlag));
    mp_obj_t int_type = MP_OBJ_FROM_PTR(&mp_type_int);
    mp_obj_t cls = mp_obj_new_type(MP_QSTR_RegexFlag, mp_obj_new_tuple(1, &int_type), ns);
    // Members are made with int's own __new__ (ours looks them up).
    mp_obj_t int_new = mp_load_attr(int_type, MP_QSTR___new__);
    for (size_t i = 0; i < MP_ARRAY_SIZE(flag_members); i++) {
        mp_obj_t m = mp_call_function_2(int_new, cls, MP_OBJ_NEW_SMALL_INT(flag_members[i].value));
        mp_store_attr(cls, flag_members[i].name, m);
    }
    gc_add_root_region((void **)lazy_class_root, LAZY_N);
    lazy_class_root[LAZY_FLAG] = cls;
    return cls;
}

// ---------------------------------------------------------------------------
// re.Scanner(lexicon, flags=0): an undocumented but used tokenizer. Each
// (phrase, action) of the lexicon becomes one group of an alternation, so
// a match's lastindex names the phrase. A Python class (built on first use)
// so that actions may keep state on it and programs may subclass it.

// Appends a phrase with its own groups made non-capturing, so that the
// phrases' groups are numbered 1, 2, ... in lexicon order (CPython numbers
// a phrase's inner groups apart from the outer ones).
static void scanner_add_phrase(vstr_t *src, const char *p, size_t len) {
    bool in_class = false;
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c == '\\' && i + 1 < len) {
            vstr_add_byte(src, c);
            c = p[++i];
        } else if (in_class) {
            in_class = c != ']';
        } else if (c == '[') {
            in_class = true;
            // A ']' first in the set (after an optional '^') is literal.
            if (i + 1 < len && p[i + 1] == '^') {
                vstr_add_byte(src, p[i++]);
            }
            if (i + 1 < len && p[i + 1] == ']') {
                vstr_add_byte(src, p[i++]);
            }
            c = p[i];
        } else if (c == '(' && (i + 1 >= len || p[i + 1] != '?' ||
                                (i + 3 < len && p[i + 2] == 'P' && p[i + 3] == '<'))) {
            vstr_add_str(src, "(?:");
            if (i + 1 < len && p[i + 1] == '?') {
                // (?P<name>: skip the name.
                while (i < len && p[i] != '>') {
                    i++;
                }
            }
            continue;
        }
        vstr_add_byte(src, c);
    }
}

// Scanner.__init__(self, lexicon, flags=0)
static mp_obj_t scanner_cls_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t self = args[0];
    mp_obj_t lexicon = args[1];
    vstr_t src;
    vstr_init(&src, 64);
    mp_obj_t it = mp_getiter(lexicon);
    mp_obj_t item;
    bool first = true;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t *pair;
        mp_obj_get_array_fixed_n(item, 2, &pair);
        size_t len;
        const char *phrase = mp_obj_str_get_data(pair[0], &len);
        vstr_add_str(&src, first ? "(" : "|(");
        scanner_add_phrase(&src, phrase, len);
        vstr_add_char(&src, ')');
        first = false;
    }
    mp_map_elem_t *kw = mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_flags), MP_MAP_LOOKUP);
    mp_int_t flags = n_args > 2 ? mp_obj_get_int(args[2]) : kw != NULL ? mp_obj_get_int(kw->value) : 0;
    mp_store_attr(self, MP_QSTR_lexicon, lexicon);
    mp_store_attr(self, MP_QSTR_scanner, re_compile_obj_flags(mp_obj_new_str_from_vstr(&src), flags));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(scanner_cls_init_obj, 2, scanner_cls_init);
RUNTIME_METHOD(scanner_cls_init_meth, scanner_cls_init_obj);

// Scanner.scan(self, string) -> (results, unmatched rest): the actions'
// results for the tokens matched back to back from the start, None
// dropped; a callable action is called as action(self, text), with
// self.match the Match.
static mp_obj_t scanner_cls_scan(mp_obj_t self, mp_obj_t string) {
    mp_obj_t pattern = mp_load_attr(self, MP_QSTR_scanner);
    if (!mp_obj_is_type(pattern, &re_pattern_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Scanner.scanner must be a compiled pattern"));
    }
    mp_obj_t lexicon = mp_load_attr(self, MP_QSTR_lexicon);
    re_iter_t *it = iter_new(MP_OBJ_TO_PTR(pattern), string, MP_OBJ_NULL, MP_OBJ_NULL);
    mp_obj_t results = mp_obj_new_list(0, NULL);
    size_t done = 0;
    for (;;) {
        mp_obj_t m_obj = scanner_step(MP_OBJ_FROM_PTR(it), RE_ENGINE_MATCH);
        if (m_obj == mp_const_none) {
            break;
        }
        re_match_t *m = MP_OBJ_TO_PTR(m_obj);
        size_t end = m->caps[1];
        if (end == done) {
            break;
        }
        mp_int_t last = m->caps[2 * (m->pattern->n_groups + 1)];
        mp_obj_t entry = mp_obj_subscr(lexicon, MP_OBJ_NEW_SMALL_INT(last - 1), MP_OBJ_SENTINEL);
        mp_obj_t action = mp_obj_subscr(entry, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_SENTINEL);
        if (mp_obj_is_callable(action)) {
            mp_store_attr(self, MP_QSTR_match, m_obj);
            action = mp_call_function_2(action, self, match_group_value(m, 0, mp_const_none));
        }
        if (action != mp_const_none) {
            mp_obj_list_append(results, action);
        }
        done = end;
    }
    mp_obj_t rest = mp_obj_subscr(string,
        mp_obj_new_slice(MP_OBJ_NEW_SMALL_INT(done), mp_const_none, mp_const_none), MP_OBJ_SENTINEL);
    mp_obj_t pair[2] = { results, rest };
    return mp_obj_new_tuple(2, pair);
}
static MP_DEFINE_CONST_FUN_OBJ_2(scanner_cls_scan_obj, scanner_cls_scan);
RUNTIME_METHOD(scanner_cls_scan_meth, scanner_cls_scan_obj);

static mp_obj_t scanner_class(void) {
    if (lazy_class_root[LAZY_SCANNER] != MP_OBJ_NULL) {
        return lazy_class_root[LAZY_SCANNER];
    }
    mp_obj_t ns = mp_obj_new_dict(4);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___init__), MP_OBJ_FROM_PTR(&scanner_cls_init_meth));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR_scan), MP_OBJ_FROM_PTR(&scanner_cls_scan_meth));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_OBJ_NEW_QSTR(MP_QSTR_re));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), MP_OBJ_NEW_QSTR(MP_QSTR_Scanner));
    mp_obj_t cls = mp_obj_new_type(MP_QSTR_Scanner, mp_const_empty_tuple, ns);
    gc_add_root_region((void **)lazy_class_root, LAZY_N);
    lazy_class_root[LAZY_SCANNER] = cls;
    return cls;
}

// Module __getattr__ (PEP 562): the flag constants, RegexFlag and Scanner.
static mp_obj_t re_getattr(mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    if (q == MP_QSTR_RegexFlag) {
        return flag_class();
    }
    if (q == MP_QSTR_Scanner) {
        return scanner_class();
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(flag_members); i++) {
        if (q == flag_members[i].name || q == flag_members[i].alias) {
            return mp_load_attr(flag_class(), flag_members[i].name);
        }
    }
    mp_raise_attribute_error(MP_OBJ_FROM_PTR(&mp_module_re), q);
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_getattr_obj, re_getattr);

// __all__, in CPython's order, so that `from re import *` brings the flags
// that __getattr__ supplies (re.template is left out: not implemented).
static const mp_rom_obj_tuple_t re_all_obj = {
    { &mp_type_tuple }, 30, {
        MP_ROM_QSTR(MP_QSTR_match), MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_QSTR(MP_QSTR_search),
        MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_QSTR(MP_QSTR_split),
        MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_QSTR(MP_QSTR_compile),
        MP_ROM_QSTR(MP_QSTR_purge), MP_ROM_QSTR(MP_QSTR_escape), MP_ROM_QSTR(MP_QSTR_error),
        MP_ROM_QSTR(MP_QSTR_Pattern), MP_ROM_QSTR(MP_QSTR_Match), MP_ROM_QSTR(MP_QSTR_A),
        MP_ROM_QSTR(MP_QSTR_I), MP_ROM_QSTR(MP_QSTR_L), MP_ROM_QSTR(MP_QSTR_M), MP_ROM_QSTR(MP_QSTR_S),
        MP_ROM_QSTR(MP_QSTR_X), MP_ROM_QSTR(MP_QSTR_U), MP_ROM_QSTR(MP_QSTR_ASCII),
        MP_ROM_QSTR(MP_QSTR_IGNORECASE), MP_ROM_QSTR(MP_QSTR_LOCALE), MP_ROM_QSTR(MP_QSTR_MULTILINE),
        MP_ROM_QSTR(MP_QSTR_DOTALL), MP_ROM_QSTR(MP_QSTR_VERBOSE), MP_ROM_QSTR(MP_QSTR_UNICODE),
        MP_ROM_QSTR(MP_QSTR_NOFLAG), MP_ROM_QSTR(MP_QSTR_RegexFlag),
    }
};

static const mp_rom_map_elem_t mp_module_re_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_re) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&re_engine_error_type) },
    { MP_ROM_QSTR(MP_QSTR_Pattern), MP_ROM_PTR(&re_pattern_type) },
    { MP_ROM_QSTR(MP_QSTR_Match), MP_ROM_PTR(&re_match_type) },
    { MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&re_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR__compile), MP_ROM_PTR(&re_compile_obj) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&re_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&re_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&re_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&re_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&re_subn_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&re_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&re_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&re_finditer_obj) },
    { MP_ROM_QSTR(MP_QSTR_escape), MP_ROM_PTR(&re_escape_obj) },
    { MP_ROM_QSTR(MP_QSTR_purge), MP_ROM_PTR(&re_purge_obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&re_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&re_all_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_re_globals, mp_module_re_globals_table);

const mp_obj_module_t mp_module_re = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_re_globals,
};

MP_REGISTER_MODULE(MP_QSTR_re, mp_module_re);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_ure, mp_module_re);

#endif // MICROPY_PY_RE
