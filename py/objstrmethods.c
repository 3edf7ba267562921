// The methods of str, bytes and bytearray (the bytes ones are shared with
// bytearray): searching, splitting and joining, stripping, case mapping,
// character classes, padding, codecs and translation. Each works on the
// receiver's bytes and builds results of the receiver's kind. ASCII text
// (and all bytes) is handled byte by byte; other text by code point.
// Case mappings and character classes beyond ASCII come from the Unicode
// tables of py/unicode.c. Left out: str.format (py/objstrformat.c).
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objarray.h"
#include "py/sequence.h"

// The receiver of a method: kind, native object, bytes, and whether it can
// be handled byte by byte (bytes, bytearray, or ASCII str).
typedef struct _str_t {
    const mp_obj_type_t *kind;
    mp_obj_t obj;
    const byte *data;
    size_t len;
    bool ascii;
} str_t;

static inline void get_self_inline(str_t *s, mp_obj_t self_in) {
    s->kind = mp_obj_str_get_self(self_in, &s->obj, &s->data, &s->len);
    s->ascii = s->kind != &mp_type_str || mp_obj_str_charlen(s->obj) == s->len;
}

// Out of line for all methods but split and join (which programs call in
// tight loops): one copy instead of one per method, -0.6 KB of code, for a
// few instructions per call (a method call costs hundreds).
__attribute__((noinline)) static void get_self(str_t *s, mp_obj_t self_in) {
    get_self_inline(s, self_in);
}

// Read a bytearray receiver's buffer again: converting the other arguments
// (__index__, __bool__, an iterator) may have run code that resized it.
// (The old buffer stays valid memory meanwhile, see bytearray_reserve.)
static inline void refresh_self(str_t *s) {
    if (s->kind == &mp_type_bytearray) {
        get_self(s, s->obj);
    }
}

static inline bool is_str(const str_t *s) {
    return s->kind == &mp_type_str;
}

// A str/bytes argument of the receiver's kind; for str receivers a wrong
// type raises TypeError str_msg (one %s: the type name), CPython's wording
// for that method.
static inline void get_arg_msg(const str_t *s, mp_obj_t arg, const byte **d, size_t *n, mp_rom_error_text_t str_msg) {
    if (is_str(s) && mp_obj_str_cast(arg) == MP_OBJ_NULL) {
        mp_raise_TypeError_arg_unsupported(arg, str_msg);
    }
    mp_obj_str_get_arg(s->kind, arg, d, n);
}

// Number of items (code points or bytes) of the receiver.
static size_t self_count(const str_t *s) {
    return s->ascii ? s->len : mp_obj_str_charlen(s->obj);
}

// A result of the receiver's kind holding a part of it.
static inline mp_obj_t new_part(const str_t *s, const byte *p, size_t n) {
    return mp_obj_str_new_sized(s->kind, p, n, s->ascii ? n : MP_OBJ_STR_CHARLEN_UNKNOWN);
}

// The receiver unchanged: itself when immutable (CPython returns the same
// object for exact str/bytes), else a copy.
static mp_obj_t self_unchanged(const str_t *s) {
    if (s->kind == &mp_type_bytearray) {
        return new_part(s, s->data, s->len);
    }
    return s->obj;
}

static inline bool byte_is_space(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline bool ascii_is_lower(byte c) {
    return c >= 'a' && c <= 'z';
}

static inline bool ascii_is_upper(byte c) {
    return c >= 'A' && c <= 'Z';
}

static inline bool ascii_is_digit(byte c) {
    return c >= '0' && c <= '9';
}

// Whitespace as split()/strip() see it: Unicode spaces for str, the six
// ASCII ones for bytes.
static inline bool is_space_of(const str_t *s, unichar c) {
    return is_str(s) ? unichar_isspace(c) : c < 0x80 && byte_is_space((byte)c);
}

// The start of the code point before p (p > start).
static const byte *prev_char(const byte *p, const byte *start) {
    do {
        p--;
    } while (p > start && utf8_is_continuation(*p));
    return p;
}

// Decode the code point at *p of the receiver (a byte for byte-wise text).
static inline unichar next_item(const str_t *s, const byte **p, const byte *end) {
    if (s->ascii) {
        return *(*p)++;
    }
    return mp_obj_str_next_char(p, end);
}

// First occurrence of needle in [hay, hay + hlen) searching forward, or the
// last one searching backward; NULL if none.
static const byte *find_sub(
    const byte *hay, size_t hlen, const byte *needle, size_t nlen, bool backward) {
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 0) {
        return backward ? hay + hlen : hay;
    }
    const byte *last = hay + hlen - nlen;
    if (nlen == 1 && !backward) {
        return memchr(hay, needle[0], hlen);
    }
    if (!backward) {
        const byte *p = hay;
        while (p <= last) {
            p = memchr(p, needle[0], (size_t)(last - p) + 1);
            if (p == NULL) {
                return NULL;
            }
            if (memcmp(p + 1, needle + 1, nlen - 1) == 0) {
                return p;
            }
            p++;
        }
        return NULL;
    }
    for (const byte *p = last;; p--) {
        if (*p == needle[0] && (nlen == 1 || memcmp(p + 1, needle + 1, nlen - 1) == 0)) {
            return p;
        }
        if (p == hay) {
            return NULL;
        }
    }
}

// Start/end arguments of find()-style methods, converted first (as CPython
// does, before it looks at the other arguments).
typedef struct {
    bool has_start, has_end;
    mp_int_t start, end;
} bounds_t;

static void get_bounds(bounds_t *b, size_t n_args, const mp_obj_t *args, size_t first) {
    b->has_start = n_args > first && args[first] != mp_const_none;
    b->has_end = n_args > first + 1 && args[first + 1] != mp_const_none;
    b->start = b->has_start ? mp_seq_bound_value(args[first]) : 0;
    b->end = b->has_end ? mp_seq_bound_value(args[first + 1]) : 0;
}

// The bounds as code point indexes turned into byte offsets [*bs, *be).
// Returns false if the range is empty in the sense that even '' is not
// found there (start beyond the end).
static bool get_range(str_t *s, const bounds_t *b, size_t *bs, size_t *be) {
    bool has_start = b->has_start, has_end = b->has_end;
    mp_int_t start = b->start, end = b->end;
    refresh_self(s);
    size_t count = self_count(s);
    if (!has_end) {
        end = (mp_int_t)count;
    }
    if (has_start) {
        if (start < 0) {
            start += (mp_int_t)count;
            if (start < 0) {
                start = 0;
            }
        }
    }
    if (has_end) {
        if (end < 0) {
            end += (mp_int_t)count;
            if (end < 0) {
                end = 0;
            }
        } else if (end > (mp_int_t)count) {
            end = (mp_int_t)count;
        }
    }
    if (start > (mp_int_t)count || end < start) {
        return false;
    }
    if (s->ascii) {
        *bs = (size_t)start;
        *be = (size_t)end;
    } else {
        *bs = mp_obj_str_char_to_byte(s->data, s->len, (size_t)start);
        *be = *bs + mp_obj_str_char_to_byte(s->data + *bs, s->len - *bs, (size_t)(end - start));
    }
    return true;
}

// The code point index of byte offset off of the receiver.
static size_t char_index(const str_t *s, size_t off) {
    return s->ascii ? off : utf8_charlen(s->data, off);
}

// ---------------------------------------------------------------------------
// find, rfind, index, rindex, count

enum { FIND_FIND, FIND_RFIND, FIND_INDEX, FIND_RINDEX, FIND_COUNT };

static mp_obj_t find_impl(size_t n_args, const mp_obj_t *args, int mode) {
    str_t s;
    get_self(&s, args[0]);
    bounds_t bounds;
    get_bounds(&bounds, n_args, args, 2);
    const byte *sub;
    size_t sub_len;
    byte one;
    mp_obj_t as_int;
    if (!is_str(&s) && !mp_obj_str_get_bytes_like(args[1], &sub, &sub_len)
        && (as_int = mp_seq_index_as_int(args[1])) != MP_OBJ_NULL) {
        // A byte value: an int or any object with __index__.
        mp_int_t v = mp_obj_is_small_int(as_int) ? MP_OBJ_SMALL_INT_VALUE(as_int) : -1;
        if (v < 0 || v > 255) {
            mp_raise_ValueError(MP_ERROR_TEXT("byte must be in range(0, 256)"));
        }
        one = (byte)v;
        sub = &one;
        sub_len = 1;
    } else if (!is_str(&s) && !mp_obj_str_get_bytes_like(args[1], &sub, &sub_len)) {
        mp_raise_TypeError_obj_unsupported(
            args[1], MP_ERROR_TEXT("argument should be integer or bytes-like object, not '%s'"));
    } else {
        mp_obj_str_get_arg(s.kind, args[1], &sub, &sub_len);
    }
    size_t bs, be;
    bool in_range = get_range(&s, &bounds, &bs, &be);
    if (mode == FIND_COUNT) {
        if (!in_range) {
            return MP_OBJ_NEW_SMALL_INT(0);
        }
        if (sub_len == 0) {
            return MP_OBJ_NEW_SMALL_INT(char_index(&s, be) - char_index(&s, bs) + 1);
        }
        size_t n = 0;
        const byte *p = s.data + bs;
        const byte *end = s.data + be;
        if (sub_len == 1) {
            // A byte loop beats a memchr() call per match where matches are dense.
            for (; p < end; p++) {
                n += *p == sub[0];
            }
            return MP_OBJ_NEW_SMALL_INT(n);
        }
        while ((p = find_sub(p, (size_t)(end - p), sub, sub_len, false)) != NULL) {
            n++;
            p += sub_len;
        }
        return MP_OBJ_NEW_SMALL_INT(n);
    }
    const byte *found = NULL;
    if (in_range) {
        found =
            find_sub(s.data + bs, be - bs, sub, sub_len, mode == FIND_RFIND || mode == FIND_RINDEX);
    }
    if (found == NULL) {
        if (mode == FIND_INDEX || mode == FIND_RINDEX) {
            mp_raise_ValueError(is_str(&s) ? MP_ERROR_TEXT("substring not found")
                                           : MP_ERROR_TEXT("subsection not found"));
        }
        return MP_OBJ_NEW_SMALL_INT(-1);
    }
    return MP_OBJ_NEW_SMALL_INT(char_index(&s, (size_t)(found - s.data)));
}

// find(sub[, start[, end]])
static mp_obj_t str_find(size_t n_args, const mp_obj_t *args) {
    return find_impl(n_args, args, FIND_FIND);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_find_obj, 2, 4, str_find);

// rfind(sub[, start[, end]])
static mp_obj_t str_rfind(size_t n_args, const mp_obj_t *args) {
    return find_impl(n_args, args, FIND_RFIND);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rfind_obj, 2, 4, str_rfind);

// index(sub[, start[, end]])
static mp_obj_t str_index(size_t n_args, const mp_obj_t *args) {
    return find_impl(n_args, args, FIND_INDEX);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_index_obj, 2, 4, str_index);

// rindex(sub[, start[, end]])
static mp_obj_t str_rindex(size_t n_args, const mp_obj_t *args) {
    return find_impl(n_args, args, FIND_RINDEX);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rindex_obj, 2, 4, str_rindex);

// count(sub[, start[, end]])
MP_COLD static mp_obj_t str_count(size_t n_args, const mp_obj_t *args) {
    return find_impl(n_args, args, FIND_COUNT);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_count_obj, 2, 4, str_count);

// ---------------------------------------------------------------------------
// startswith, endswith

// An affix is type-checked even where the range is empty and nothing can
// match, so that every item of a tuple is checked as CPython does.
static bool affix_matches(const str_t *s, bool in_range, size_t bs, size_t be, mp_obj_t affix, bool at_end) {
    const byte *d;
    size_t n;
    mp_obj_str_get_arg(s->kind, affix, &d, &n);
    return in_range && n <= be - bs && memcmp(s->data + (at_end ? be - n : bs), d, n) == 0;
}

static mp_obj_t affix_impl(size_t n_args, const mp_obj_t *args, bool at_end) {
    str_t s;
    get_self(&s, args[0]);
    bounds_t bounds;
    get_bounds(&bounds, n_args, args, 2);
    mp_obj_t affix = args[1];
    bool is_tuple = mp_obj_is_type(affix, &mp_type_tuple);
    const byte *d;
    size_t n;
    if (!is_tuple && (is_str(&s) ? mp_obj_str_cast(affix) == MP_OBJ_NULL
                                 : !mp_obj_str_get_bytes_like(affix, &d, &n))) {
        mp_raise_TypeError_varg(
            is_str(&s) ? MP_ERROR_TEXT("%s first arg must be str or a tuple of str, not %s")
                       : MP_ERROR_TEXT("%s first arg must be bytes or a tuple of bytes, not %s"),
            at_end ? "endswith" : "startswith", mp_obj_get_type_str(affix));
    }
    size_t bs = 0, be = 0;
    bool in_range = get_range(&s, &bounds, &bs, &be);
    size_t count = 1;
    mp_obj_t *items = (mp_obj_t *)&args[1];
    if (is_tuple) {
        mp_obj_tuple_get(affix, &count, &items);
    }
    for (size_t i = 0; i < count; i++) {
        if (is_str(&s) && mp_obj_str_cast(items[i]) == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("tuple for %s must only contain str, not %s"),
                at_end ? "endswith" : "startswith", mp_obj_get_type_str(items[i]));
        }
        if (affix_matches(&s, in_range, bs, be, items[i], at_end)) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}

// startswith(prefix[, start[, end]])
static mp_obj_t str_startswith(size_t n_args, const mp_obj_t *args) {
    return affix_impl(n_args, args, false);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_startswith_obj, 2, 4, str_startswith);

// endswith(suffix[, start[, end]])
static mp_obj_t str_endswith(size_t n_args, const mp_obj_t *args) {
    return affix_impl(n_args, args, true);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_endswith_obj, 2, 4, str_endswith);

// removeprefix(prefix)
MP_COLD static mp_obj_t str_removeprefix(mp_obj_t self_in, mp_obj_t prefix) {
    str_t s;
    get_self(&s, self_in);
    const byte *d;
    size_t n;
    get_arg_msg(&s, prefix, &d, &n, MP_ERROR_TEXT("removeprefix() argument must be str, not %s"));
    if (n > 0 && n <= s.len && memcmp(s.data, d, n) == 0) {
        return mp_obj_str_new_sized(
            s.kind, s.data + n, s.len - n, s.ascii ? s.len - n : MP_OBJ_STR_CHARLEN_UNKNOWN);
    }
    return self_unchanged(&s);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_removeprefix_obj, str_removeprefix);

// removesuffix(suffix)
MP_COLD static mp_obj_t str_removesuffix(mp_obj_t self_in, mp_obj_t suffix) {
    str_t s;
    get_self(&s, self_in);
    const byte *d;
    size_t n;
    get_arg_msg(&s, suffix, &d, &n, MP_ERROR_TEXT("removesuffix() argument must be str, not %s"));
    if (n > 0 && n <= s.len && memcmp(s.data + s.len - n, d, n) == 0) {
        return new_part(&s, s.data, s.len - n);
    }
    return self_unchanged(&s);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_removesuffix_obj, str_removesuffix);

// ---------------------------------------------------------------------------
// split, rsplit, splitlines, partition, rpartition, join
//
// The splitters run twice over the text: once to count the parts, so that
// the result list is allocated at its final size, then to make them.

static const byte *skip_space(const str_t *s, const byte *p, const byte *end, bool want_space) {
    if (s->ascii) {
        // The spaces below 0x21 as bits: \t-\r and ' ' for both, and for str
        // also \x1c-\x1f (str.isspace's separators).
        uint64_t spaces = is_str(s) ? 0x1f0003e00u : 0x100003e00u;
        while (p < end && (*p <= ' ' && ((spaces >> *p) & 1)) == want_space) {
            p++;
        }
        return p;
    }
    while (p < end) {
        const byte *q = p;
        if (unichar_isspace(mp_obj_str_next_char(&q, end)) != want_space) {
            break;
        }
        p = q;
    }
    return p;
}

static const byte *rskip_space(const str_t *s, const byte *start, const byte *p, bool want_space) {
    while (p > start) {
        const byte *q = s->ascii ? p - 1 : prev_char(p, start);
        const byte *r = q;
        if (is_space_of(s, next_item(s, &r, p)) != want_space) {
            break;
        }
        p = q;
    }
    return p;
}

// Whitespace split (forward or from the right); items NULL = only count.
// Parts found from the right are stored from items[n_total - 1] down.
static size_t split_whitespace(
    const str_t *s, size_t max, bool right, mp_obj_t *items, size_t n_total) {
    const byte *start = s->data;
    const byte *end = start + s->len;
    size_t n = 0;
    if (!right) {
        const byte *p = start;
        for (;;) {
            p = skip_space(s, p, end, true);
            if (p == end) {
                break;
            }
            const byte *q = n == max ? end : skip_space(s, p, end, false);
            if (items != NULL) {
                items[n] = new_part(s, p, (size_t)(q - p));
            }
            n++;
            p = q;
        }
        return n;
    }
    const byte *p = end;
    for (;;) {
        p = rskip_space(s, start, p, true);
        if (p == start) {
            break;
        }
        const byte *q = n == max ? start : rskip_space(s, start, p, false);
        if (items != NULL) {
            items[n_total - 1 - n] = new_part(s, q, (size_t)(p - q));
        }
        n++;
        p = q;
    }
    return n;
}

// Separators found by the counting pass that the second pass can reuse
// without searching again (positions past these are searched for again;
// 2 KiB of stack in a function that calls nothing deep).
#define SPLIT_MEMO (256)

// Split on a separator, forward or from the right (at most max splits).
static mp_obj_t split_sep(const str_t *s, const byte *sep, size_t sep_len, size_t max, bool right) {
    const byte *start = s->data;
    const byte *end = start + s->len;
    size_t memo[SPLIT_MEMO];
    size_t n = 0;
    const byte *p = right ? end : start;
    const byte *q;
    // A one-byte separator split forward (line.split(','), the usual case)
    // calls memchr directly: find_sub's checks cost more than memchr on the
    // short parts typical there.
    const bool one = sep_len == 1 && !right;
    while (n < max) {
        q = one     ? memchr(p, sep[0], (size_t)(end - p))
            : right ? find_sub(start, (size_t)(p - start), sep, sep_len, true)
                    : find_sub(p, (size_t)(end - p), sep, sep_len, false);
        if (q == NULL) {
            break;
        }
        if (n < SPLIT_MEMO) {
            memo[n] = (size_t)(q - start);
        }
        n++;
        p = right ? q : q + sep_len;
    }
    mp_obj_t list = mp_obj_new_list(n + 1, NULL);
    mp_obj_t *items = ((mp_obj_list_t *)MP_OBJ_TO_PTR(list))->items;
    p = right ? end : start;
    for (size_t k = 0; k < n; k++) {
        if (right) {
            q = k < SPLIT_MEMO ? start + memo[k]
                               : find_sub(start, (size_t)(p - start), sep, sep_len, true);
            items[n - k] = new_part(s, q + sep_len, (size_t)(p - q - sep_len));
            p = q;
        } else {
            q = k < SPLIT_MEMO ? start + memo[k]
                               : find_sub(p, (size_t)(end - p), sep, sep_len, false);
            items[k] = new_part(s, p, (size_t)(q - p));
            p = q + sep_len;
        }
    }
    if (right) {
        items[0] = new_part(s, start, (size_t)(p - start));
    } else {
        items[n] = new_part(s, p, (size_t)(end - p));
    }
    return list;
}

static mp_obj_t split_impl(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, bool right) {
    enum { ARG_sep, ARG_maxsplit };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_sep, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_maxsplit, MP_ARG_INT, { .u_int = -1 } },
    };
    str_t s;
    get_self_inline(&s, args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(right ? MP_QSTR_rsplit : MP_QSTR_split, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    refresh_self(&s);
    size_t max = vals[ARG_maxsplit].u_int < 0 ? (size_t)-1 : (size_t)vals[ARG_maxsplit].u_int;
    mp_obj_t sep = vals[ARG_sep].u_obj;
    size_t n;
    mp_obj_t list;
    if (sep == mp_const_none) {
        n = split_whitespace(&s, max, right, NULL, 0);
        list = mp_obj_new_list(n, NULL);
        split_whitespace(&s, max, right, ((mp_obj_list_t *)MP_OBJ_TO_PTR(list))->items, n);
        return list;
    }
    const byte *d;
    size_t l;
    get_arg_msg(&s, sep, &d, &l, MP_ERROR_TEXT("must be str or None, not %s"));
    if (l == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("empty separator"));
    }
    return split_sep(&s, d, l, max, right);
}

// split(sep=None, maxsplit=-1)
static mp_obj_t str_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return split_impl(n_args, args, kw_args, false);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_split_obj, 1, str_split);

// rsplit(sep=None, maxsplit=-1)
static mp_obj_t str_rsplit(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return split_impl(n_args, args, kw_args, true);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_rsplit_obj, 1, str_rsplit);

// Length of the line break starting at p (0 if none). str knows the
// Unicode line boundaries; bytes only \n, \r and \r\n.
MP_COLD static size_t line_break_len(const str_t *s, const byte *p, const byte *end) {
    byte c = *p;
    if (c == '\n') {
        return 1;
    }
    if (c == '\r') {
        return p + 1 < end && p[1] == '\n' ? 2 : 1;
    }
    if (!is_str(s)) {
        return 0;
    }
    if (c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) {
        return 1;
    }
    if (c == 0xc2 && p + 1 < end && p[1] == 0x85) {
        return 2;
    }
    if (c == 0xe2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
        return 3;
    }
    return 0;
}

// The first byte at or after p that may start a line break (end if none),
// so that line_break_len runs only there. bytes break only at \n and \r:
// memchr finds them, and *cr keeps the next \r so that text without one
// is not searched again for each line. For str a byte test skips the
// bytes that cannot begin one of its breaks.
static const byte *next_break(const str_t *s, const byte *p, const byte *end, const byte **cr) {
    if (!is_str(s)) {
        if (*cr <= p) {
            const byte *q = memchr(p, '\r', (size_t)(end - p));
            *cr = q != NULL ? q : end;
        }
        const byte *nl = memchr(p, '\n', (size_t)(*cr - p));
        return nl != NULL ? nl : *cr;
    }
    while (p < end && *p > 0x1e && *p != 0xc2 && *p != 0xe2) {
        p++;
    }
    return p;
}

MP_COLD static size_t splitlines_into(const str_t *s, bool keepends, mp_obj_t *items) {
    const byte *p = s->data;
    const byte *end = p + s->len;
    const byte *line = p;
    const byte *cr = p;
    size_t n = 0;
    while ((p = next_break(s, p, end, &cr)) < end) {
        size_t bl = line_break_len(s, p, end);
        if (bl == 0) {
            p++;
            continue;
        }
        if (items != NULL) {
            items[n] = new_part(s, line, (size_t)(p - line) + (keepends ? bl : 0));
        }
        n++;
        p += bl;
        line = p;
    }
    if (line < end) {
        if (items != NULL) {
            items[n] = new_part(s, line, (size_t)(end - line));
        }
        n++;
    }
    return n;
}

// splitlines(keepends=False)
MP_COLD static mp_obj_t str_splitlines(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_keepends };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_keepends, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_FALSE } },
    };
    str_t s;
    get_self(&s, args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_splitlines, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    // keepends is an int flag (CPython's "i" converter): 1.5 is refused.
    bool keepends = mp_obj_get_c_int(vals[ARG_keepends].u_obj) != 0;
    refresh_self(&s);
    size_t n = splitlines_into(&s, keepends, NULL);
    mp_obj_t list = mp_obj_new_list(n, NULL);
    splitlines_into(&s, keepends, ((mp_obj_list_t *)MP_OBJ_TO_PTR(list))->items);
    return list;
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_splitlines_obj, 1, str_splitlines);

MP_COLD static mp_obj_t partition_impl(mp_obj_t self_in, mp_obj_t sep, bool right) {
    str_t s;
    get_self(&s, self_in);
    const byte *d;
    size_t n;
    mp_obj_str_get_arg(s.kind, sep, &d, &n);
    if (n == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("empty separator"));
    }
    mp_obj_t parts[3];
    const byte *found = find_sub(s.data, s.len, d, n, right);
    if (found == NULL) {
        mp_obj_t empty = new_part(&s, NULL, 0);
        parts[right ? 2 : 0] = self_unchanged(&s);
        parts[1] = empty;
        parts[right ? 0 : 2] = s.kind == &mp_type_bytearray ? new_part(&s, NULL, 0) : empty;
    } else {
        size_t before = (size_t)(found - s.data);
        parts[0] = new_part(&s, s.data, before);
        // CPython hands back the separator object itself (whatever kind of
        // buffer it is for bytes); a bytearray receiver gives a new bytearray.
        parts[1] = s.kind != &mp_type_bytearray
                ? sep
                : mp_obj_str_new_sized(s.kind, d, n, MP_OBJ_STR_CHARLEN_UNKNOWN);
        parts[2] = new_part(&s, found + n, s.len - before - n);
    }
    return mp_obj_new_tuple(3, parts);
}

// partition(sep)
MP_COLD static mp_obj_t str_partition(mp_obj_t self_in, mp_obj_t sep) {
    return partition_impl(self_in, sep, false);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_partition_obj, str_partition);

// rpartition(sep)
MP_COLD static mp_obj_t str_rpartition(mp_obj_t self_in, mp_obj_t sep) {
    return partition_impl(self_in, sep, true);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_rpartition_obj, str_rpartition);

// The text of a join() item; raises with CPython's message otherwise.
static void join_item_slow(const str_t *s, size_t i, mp_obj_t item, const byte **d, size_t *n) {
    if (is_str(s)) {
        if (mp_obj_is_qstr(item)) {
            *d = qstr_data(MP_OBJ_QSTR_VALUE(item), n);
            return;
        }
        mp_obj_t str = mp_obj_str_cast(item);
        if (str == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("sequence item %d: expected str instance, %s found"), (int)i,
                mp_obj_get_type_str(item));
        }
        GET_STR_DATA_LEN(str, sd, sl);
        *d = sd;
        *n = sl;
    } else if (!mp_obj_str_get_bytes_like(item, d, n)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("sequence item %d: expected a bytes-like object, %s found"), (int)i,
            mp_obj_get_type_str(item));
    }
}

// The slow path gets addresses of its own: the caller's d and n, whose
// addresses never escape, then stay in registers (join: 10% fewer
// instructions per item).
static inline void join_item(
    const str_t *s, const mp_obj_type_t *kind, size_t i, mp_obj_t item, const byte **d, size_t *n) {
    if (mp_obj_is_exact_type(item, kind) && kind != &mp_type_bytearray) {
        mp_obj_str_t *o = MP_OBJ_TO_PTR(item);
        *d = o->data;
        *n = o->len;
        return;
    }
    const byte *sd;
    size_t sn;
    join_item_slow(s, i, item, &sd, &sn);
    *d = sd;
    *n = sn;
}

mp_obj_t mp_obj_str_join(mp_obj_t sep_in, mp_obj_t iterable) {
    str_t s;
    get_self_inline(&s, sep_in);
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple)) {
        mp_obj_get_array(iterable, &n, &items);
    } else {
        mp_obj_t list = mp_obj_new_list(0, NULL);
        mp_obj_t iter = mp_seq_getiter_maybe(iterable);
        if (iter == MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("can only join an iterable"));
        }
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(list, item);
        }
        mp_obj_get_array(list, &n, &items);
        refresh_self(&s);
    }
    if (n == 0) {
        return new_part(&s, NULL, 0);
    }
    if (n == 1 && s.kind != &mp_type_bytearray &&
        ((is_str(&s) && mp_obj_is_qstr(items[0])) || mp_obj_is_exact_type(items[0], s.kind))) {
        return items[0];
    }
    // First pass: type checks, total size, and whether the result is ASCII.
    const mp_obj_type_t *kind = s.kind;
    const byte *sep = s.data;
    const size_t sep_len = s.len;
    size_t total = m_size_mul(sep_len, n - 1);
    bool ascii = s.ascii;
    for (size_t i = 0; i < n; i++) {
        const byte *d;
        size_t l;
        join_item(&s, kind, i, items[i], &d, &l);
        total = m_size_add_sat(total, l);
        if (ascii && kind == &mp_type_str) {
            mp_obj_t item = items[i];
            if (mp_obj_is_exact_type(item, &mp_type_str)) {
                size_t c = ((mp_obj_str_ext_t *)MP_OBJ_TO_PTR(item))->charlen;
                ascii =
                    c == l || (c == MP_OBJ_STR_CHARLEN_UNKNOWN && mp_obj_str_charlen(item) == l);
            } else {
                ascii = mp_obj_str_charlen(mp_obj_str_cast(item)) == l;
            }
        }
    }
    byte *dst;
    mp_obj_t result =
        mp_obj_str_new_uninit(kind, total, ascii ? total : MP_OBJ_STR_CHARLEN_UNKNOWN, &dst);
    for (size_t i = 0;;) {
        const byte *d;
        size_t l;
        join_item(&s, kind, i, items[i], &d, &l);
        if (l > 0) {
            memcpy(dst, d, l);
            dst += l;
        }
        if (++i == n) {
            break;
        }
        // A one-byte separator (the usual case) is stored without a call.
        if (sep_len == 1) {
            *dst++ = sep[0];
        } else if (sep_len > 0) {
            memcpy(dst, sep, sep_len);
            dst += sep_len;
        }
    }
    return result;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_join_obj, mp_obj_str_join);

// ---------------------------------------------------------------------------
// strip, lstrip, rstrip

// Is code point c one of chars (a string of the receiver's kind)?
static bool in_chars(const str_t *s, unichar c, const byte *chars, size_t n) {
    if (c < 0x80 || !is_str(s)) {
        return memchr(chars, (int)c, n) != NULL;
    }
    const byte *p = chars;
    const byte *end = chars + n;
    while (p < end) {
        if (mp_obj_str_next_char(&p, end) == c) {
            return true;
        }
    }
    return false;
}

static mp_obj_t strip_impl(size_t n_args, const mp_obj_t *args, bool left, bool right) {
    str_t s;
    get_self(&s, args[0]);
    const byte *chars = NULL;
    size_t n_chars = 0;
    if (n_args > 1 && args[1] != mp_const_none) {
        if (is_str(&s) && mp_obj_str_cast(args[1]) == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%s arg must be None or str"),
                left && right ? "strip" : left ? "lstrip" : "rstrip");
        }
        mp_obj_str_get_arg(s.kind, args[1], &chars, &n_chars);
    }
    const byte *start = s.data;
    const byte *end = start + s.len;
    if (left) {
        while (start < end) {
            const byte *q = start;
            unichar c = next_item(&s, &q, end);
            if (chars == NULL ? !is_space_of(&s, c) : !in_chars(&s, c, chars, n_chars)) {
                break;
            }
            start = q;
        }
    }
    if (right) {
        while (end > start) {
            const byte *q = s.ascii ? end - 1 : prev_char(end, start);
            const byte *r = q;
            unichar c = next_item(&s, &r, end);
            if (chars == NULL ? !is_space_of(&s, c) : !in_chars(&s, c, chars, n_chars)) {
                break;
            }
            end = q;
        }
    }
    if (start == s.data && end == s.data + s.len) {
        return self_unchanged(&s);
    }
    return new_part(&s, start, (size_t)(end - start));
}

// strip([chars])
static mp_obj_t str_strip(size_t n_args, const mp_obj_t *args) {
    return strip_impl(n_args, args, true, true);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_strip_obj, 1, 2, str_strip);

// lstrip([chars])
static mp_obj_t str_lstrip(size_t n_args, const mp_obj_t *args) {
    return strip_impl(n_args, args, true, false);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_lstrip_obj, 1, 2, str_lstrip);

// rstrip([chars])
static mp_obj_t str_rstrip(size_t n_args, const mp_obj_t *args) {
    return strip_impl(n_args, args, false, true);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rstrip_obj, 1, 2, str_rstrip);

// ---------------------------------------------------------------------------
// replace

// replace(old, new[, count])
static mp_obj_t str_replace(size_t n_args, const mp_obj_t *args) {
    str_t s;
    get_self(&s, args[0]);
    const byte *old;
    size_t old_len;
    const byte *rep;
    size_t rep_len;
    get_arg_msg(&s, args[1], &old, &old_len, MP_ERROR_TEXT("replace() argument 1 must be str, not %s"));
    get_arg_msg(&s, args[2], &rep, &rep_len, MP_ERROR_TEXT("replace() argument 2 must be str, not %s"));
    mp_int_t count = n_args > 3 ? mp_obj_get_int(args[3]) : -1;
    refresh_self(&s);
    if (old_len == 1 && rep_len == 1 && count < 0) {
        // One byte for another (in a str, an ASCII character for another):
        // no counting pass, and a byte loop instead of a search per match.
        const byte *first = memchr(s.data, old[0], s.len);
        if (first == NULL) {
            return self_unchanged(&s);
        }
        byte *dst;
        mp_obj_t result =
            mp_obj_str_new_uninit(s.kind, s.len, s.ascii ? s.len : MP_OBJ_STR_CHARLEN_UNKNOWN, &dst);
        size_t i = (size_t)(first - s.data);
        memcpy(dst, s.data, i);
        for (; i < s.len; i++) {
            dst[i] = s.data[i] == old[0] ? rep[0] : s.data[i];
        }
        return result;
    }
    size_t max = count < 0 ? (size_t)-1 : (size_t)count;
    const byte *end = s.data + s.len;
    // Count the replacements first so that the result is allocated once.
    size_t n = 0;
    if (old_len == 0) {
        size_t slots = self_count(&s) + 1;
        n = slots < max ? slots : max;
    } else {
        const byte *p = s.data;
        while (n < max && (p = find_sub(p, (size_t)(end - p), old, old_len, false)) != NULL) {
            n++;
            p += old_len;
        }
    }
    if (n == 0) {
        return self_unchanged(&s);
    }
    size_t total = m_size_add(s.len - n * old_len, m_size_mul(n, rep_len));
    bool ascii = s.ascii && (!is_str(&s) || mp_obj_str_bytes_are_ascii(rep, rep_len));
    byte *dst;
    mp_obj_t result =
        mp_obj_str_new_uninit(s.kind, total, ascii ? total : MP_OBJ_STR_CHARLEN_UNKNOWN, &dst);
    if (total == 0) {
        return result; // dst may be NULL, and memcpy(NULL, p, 0) is undefined
    }
    const byte *p = s.data;
    for (size_t i = 0; i < n; i++) {
        const byte *q;
        if (old_len == 0) {
            // Insert before each code point (and once at the very end).
            q = p;
        } else {
            q = find_sub(p, (size_t)(end - p), old, old_len, false);
        }
        memcpy(dst, p, (size_t)(q - p));
        dst += q - p;
        memcpy(dst, rep, rep_len);
        dst += rep_len;
        p = q + old_len;
        if (old_len == 0 && p < end) {
            const byte *r = p;
            next_item(&s, &r, end);
            memcpy(dst, p, (size_t)(r - p));
            dst += r - p;
            p = r;
        }
    }
    memcpy(dst, p, (size_t)(end - p));
    return result;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_replace_obj, 3, 4, str_replace);

// ---------------------------------------------------------------------------
// Case mapping

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

// Whether the capital sigma at p (in [start, end)) ends a word, and so
// lowers to the final form: it follows a cased letter and is not followed
// by one, case-ignorable code points (apostrophes, marks) skipped on both
// sides (the Final_Sigma condition of SpecialCasing).
MP_COLD static bool sigma_is_final(const byte *start, const byte *p, const byte *end) {
    const byte *q = p;
    unichar c = 0;
    bool found = false;
    while (q > start) {
        q = prev_char(q, start);
        c = utf8_get_char(q);
        if (!unichar_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !unichar_iscased(c)) {
        return false;
    }
    q = (const byte *)utf8_next_char(p);
    while (q < end) {
        c = mp_obj_str_next_char(&q, end);
        if (!unichar_iscaseignorable(c)) {
            return !unichar_iscased(c);
        }
    }
    return true;
}

// Append the full lower case of the code point c found at p.
MP_COLD static void add_lower(vstr_t *out, unichar c, const byte *start, const byte *p, const byte *end) {
    if (c == 0x3a3) {
        vstr_add_char(out, sigma_is_final(start, p, end) ? 0x3c2 : 0x3c3);
        return;
    }
    unichar m[3];
    size_t n = unichar_tolower_full(c, m);
    for (size_t i = 0; i < n; i++) {
        vstr_add_char(out, m[i]);
    }
}

MP_COLD static void add_mapped(vstr_t *out, size_t (*map)(unichar, unichar *), unichar c) {
    unichar m[3];
    size_t n = map(c, m);
    for (size_t i = 0; i < n; i++) {
        vstr_add_char(out, m[i]);
    }
}

static mp_obj_t case_impl(mp_obj_t self_in, int mode) {
    str_t s;
    get_self(&s, self_in);
    const byte *p = s.data;
    const byte *end = p + s.len;
    bool prev_cased = false;
    if (s.ascii) {
        byte *dst;
        mp_obj_t result = mp_obj_str_new_uninit(s.kind, s.len, s.len, &dst);
        if (mode == CASE_UPPER || mode == CASE_LOWER) {
            // The common cases get a loop the compiler can vectorise.
            byte first = mode == CASE_UPPER ? 'a' : 'A';
            for (size_t i = 0; i < s.len; i++) {
                dst[i] = (byte)(p[i] - first) < 26 ? p[i] ^ 32 : p[i];
            }
            return result;
        }
        for (size_t i = 0; i < s.len; i++) {
            byte c = p[i];
            bool up = ascii_is_upper(c);
            bool low = ascii_is_lower(c);
            bool to_upper;
            switch (mode) {
                case CASE_UPPER:
                    to_upper = true;
                    break;
                case CASE_SWAP:
                    to_upper = low;
                    break;
                case CASE_TITLE:
                    to_upper = !prev_cased;
                    break;
                case CASE_CAPITALIZE:
                    to_upper = i == 0;
                    break;
                default:
                    to_upper = false;
                    break;
            }
            if (to_upper && low) {
                c -= 32;
            } else if (!to_upper && up) {
                c += 32;
            }
            prev_cased = up || low;
            dst[i] = c;
        }
        return result;
    }
    // CPython's rules, code point by code point, with the full mappings.
    vstr_t out;
    vstr_init(&out, s.len + 8);
    const byte *start = p;
    while (p < end) {
        const byte *at = p;
        unichar c = mp_obj_str_next_char(&p, end);
        switch (mode) {
            case CASE_UPPER:
                add_mapped(&out, unichar_toupper_full, c);
                break;
            case CASE_LOWER:
                add_lower(&out, c, start, at, end);
                break;
            case CASE_FOLD:
                add_mapped(&out, unichar_tofold_full, c);
                break;
            case CASE_SWAP:
                if (unichar_isupper(c)) {
                    add_lower(&out, c, start, at, end);
                } else if (unichar_islower(c)) {
                    add_mapped(&out, unichar_toupper_full, c);
                } else {
                    vstr_add_char(&out, c);
                }
                break;
            case CASE_CAPITALIZE:
                if (at == start) {
                    add_mapped(&out, unichar_totitle_full, c);
                } else {
                    add_lower(&out, c, start, at, end);
                }
                break;
            default: // CASE_TITLE
                if (prev_cased) {
                    add_lower(&out, c, start, at, end);
                } else {
                    add_mapped(&out, unichar_totitle_full, c);
                }
                prev_cased = unichar_iscased(c);
                break;
        }
    }
    return mp_obj_str_new_from_vstr_kind(&mp_type_str, &out, MP_OBJ_STR_CHARLEN_UNKNOWN);
}

// upper()
static mp_obj_t str_upper(mp_obj_t self_in) {
    return case_impl(self_in, CASE_UPPER);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_upper_obj, str_upper);

// lower()
static mp_obj_t str_lower(mp_obj_t self_in) {
    return case_impl(self_in, CASE_LOWER);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_lower_obj, str_lower);

// swapcase()
MP_COLD static mp_obj_t str_swapcase(mp_obj_t self_in) {
    return case_impl(self_in, CASE_SWAP);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_swapcase_obj, str_swapcase);

// title()
MP_COLD static mp_obj_t str_title(mp_obj_t self_in) {
    return case_impl(self_in, CASE_TITLE);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_title_obj, str_title);

// capitalize()
MP_COLD static mp_obj_t str_capitalize(mp_obj_t self_in) {
    return case_impl(self_in, CASE_CAPITALIZE);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_capitalize_obj, str_capitalize);

// casefold()
MP_COLD static mp_obj_t str_casefold(mp_obj_t self_in) {
    return case_impl(self_in, CASE_FOLD);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_casefold_obj, str_casefold);

// ---------------------------------------------------------------------------
// Character classes

enum {
    IS_ALPHA,
    IS_DIGIT,
    IS_SPACE,
    IS_ALNUM,
    IS_DECIMAL,
    IS_NUMERIC,
    IS_PRINTABLE,
    IS_ASCII,
    IS_UPPER,
    IS_LOWER,
    IS_TITLE,
    IS_IDENTIFIER,
};

static bool class_of(const str_t *s, unichar c, int mode) {
    if (!is_str(s)) {
        // bytes: ASCII classes only
        if (c >= 0x80) {
            return false;
        }
        byte b = (byte)c;
        switch (mode) {
            case IS_ALPHA:
                return ascii_is_upper(b) || ascii_is_lower(b);
            case IS_DIGIT:
                return ascii_is_digit(b);
            case IS_SPACE:
                return byte_is_space(b);
            case IS_ALNUM:
                return ascii_is_upper(b) || ascii_is_lower(b) || ascii_is_digit(b);
            default:
                return true; // IS_ASCII
        }
    }
    switch (mode) {
        case IS_ALPHA:
            return unichar_isalpha(c);
        case IS_DIGIT:
            return unichar_isanydigit(c);
        case IS_SPACE:
            return unichar_isspace(c);
        case IS_ALNUM:
            // numeric includes digit and decimal
            return unichar_isalpha(c) || unichar_isnumeric(c);
        case IS_DECIMAL:
            return unichar_isdecimal(c);
        case IS_NUMERIC:
            return unichar_isnumeric(c);
        case IS_PRINTABLE:
            return unichar_isprint(c);
        default:
            return c < 0x80; // IS_ASCII
    }
}

static mp_obj_t is_impl(mp_obj_t self_in, int mode) {
    str_t s;
    get_self(&s, self_in);
    const byte *p = s.data;
    const byte *end = p + s.len;
    if (s.len == 0) {
        return mp_obj_new_bool(mode == IS_ASCII || mode == IS_PRINTABLE);
    }
    if (mode == IS_ASCII) {
        return mp_obj_new_bool(mp_obj_str_bytes_are_ascii(p, s.len));
    }
    if (mode == IS_UPPER || mode == IS_LOWER || mode == IS_TITLE) {
        bool any_cased = false;
        bool prev_cased = false;
        while (p < end) {
            unichar c = next_item(&s, &p, end);
            // A titlecase letter (ǅ) counts as upper case for istitle()
            // and disqualifies both isupper() and islower().
            bool title = is_str(&s) && unichar_istitle(c);
            bool up = is_str(&s) ? unichar_isupper(c) : c < 0x80 && ascii_is_upper((byte)c);
            bool low = is_str(&s) ? unichar_islower(c) : c < 0x80 && ascii_is_lower((byte)c);
            if (mode == IS_UPPER   ? low || title
                : mode == IS_LOWER ? up || title
                                   : ((up || title) && prev_cased) || (low && !prev_cased)) {
                return mp_const_false;
            }
            any_cased |= up || low || title;
            prev_cased = up || low || title;
        }
        return mp_obj_new_bool(any_cased);
    }
    if (mode == IS_IDENTIFIER) {
        unichar c = next_item(&s, &p, end);
        if (!unichar_isidstart(c)) {
            return mp_const_false;
        }
        while (p < end) {
            if (!unichar_isident(next_item(&s, &p, end))) {
                return mp_const_false;
            }
        }
        return mp_const_true;
    }
    while (p < end) {
        if (!class_of(&s, next_item(&s, &p, end), mode)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}

// isalpha()
MP_COLD static mp_obj_t str_isalpha(mp_obj_t self_in) {
    return is_impl(self_in, IS_ALPHA);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isalpha_obj, str_isalpha);

// isdigit()
MP_COLD static mp_obj_t str_isdigit(mp_obj_t self_in) {
    return is_impl(self_in, IS_DIGIT);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isdigit_obj, str_isdigit);

// isspace()
MP_COLD static mp_obj_t str_isspace(mp_obj_t self_in) {
    return is_impl(self_in, IS_SPACE);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isspace_obj, str_isspace);

// isalnum()
MP_COLD static mp_obj_t str_isalnum(mp_obj_t self_in) {
    return is_impl(self_in, IS_ALNUM);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isalnum_obj, str_isalnum);

// isdecimal()
MP_COLD static mp_obj_t str_isdecimal(mp_obj_t self_in) {
    return is_impl(self_in, IS_DECIMAL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isdecimal_obj, str_isdecimal);

// isnumeric()
MP_COLD static mp_obj_t str_isnumeric(mp_obj_t self_in) {
    return is_impl(self_in, IS_NUMERIC);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isnumeric_obj, str_isnumeric);

// isprintable()
MP_COLD static mp_obj_t str_isprintable(mp_obj_t self_in) {
    return is_impl(self_in, IS_PRINTABLE);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_isprintable_obj, str_isprintable);

// isascii()
MP_COLD static mp_obj_t str_isascii(mp_obj_t self_in) {
    return is_impl(self_in, IS_ASCII);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isascii_obj, str_isascii);

// isupper()
MP_COLD static mp_obj_t str_isupper(mp_obj_t self_in) {
    return is_impl(self_in, IS_UPPER);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isupper_obj, str_isupper);

// islower()
MP_COLD static mp_obj_t str_islower(mp_obj_t self_in) {
    return is_impl(self_in, IS_LOWER);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_islower_obj, str_islower);

// istitle()
MP_COLD static mp_obj_t str_istitle(mp_obj_t self_in) {
    return is_impl(self_in, IS_TITLE);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_istitle_obj, str_istitle);

// isidentifier()
MP_COLD static mp_obj_t str_isidentifier(mp_obj_t self_in) {
    return is_impl(self_in, IS_IDENTIFIER);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_obj_str_isidentifier_obj, str_isidentifier);

// ---------------------------------------------------------------------------
// Padding: center, ljust, rjust, zfill, expandtabs

enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER };

MP_COLD static mp_obj_t justify_impl(size_t n_args, const mp_obj_t *args, int mode) {
    static const char *const names[] = { "ljust", "rjust", "center" };
    str_t s;
    get_self(&s, args[0]);
    mp_int_t width = mp_obj_get_int(args[1]);
    const byte *fill = (const byte *)" ";
    size_t fill_len = 1;
    if (n_args > 2) {
        if (is_str(&s)) {
            mp_obj_t f = mp_obj_str_cast(args[2]);
            if (f == MP_OBJ_NULL) {
                mp_raise_TypeError_obj_unsupported(
                    args[2], MP_ERROR_TEXT("The fill character must be a unicode character, not %s"));
            }
            if (mp_obj_str_charlen(f) != 1) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("The fill character must be exactly one character long"));
            }
            GET_STR_DATA_LEN(f, fd, fl);
            fill = fd;
            fill_len = fl;
        } else {
            // bytes or bytearray (or a subclass), no other buffer
            mp_obj_t f = mp_obj_cast_to_native_base(args[2], MP_OBJ_NULL);
            if (!(mp_obj_is_type(f, &mp_type_bytes) || mp_obj_is_type(f, &mp_type_bytearray)) ||
                !mp_obj_str_get_bytes_like(f, &fill, &fill_len) || fill_len != 1) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%s() argument 2 must be a byte string of length 1, not %s"),
                    names[mode], mp_obj_get_arg_type_str(args[2]));
            }
        }
    }
    refresh_self(&s);
    size_t count = self_count(&s);
    if (width <= (mp_int_t)count) {
        return self_unchanged(&s);
    }
    size_t pad = (size_t)width - count;
    size_t left = mode == JUST_LEFT    ? 0
                  : mode == JUST_RIGHT ? pad
                                       : pad / 2 + (pad & (size_t)width & 1);
    byte *dst;
    mp_obj_t result = mp_obj_str_new_uninit(
        s.kind, m_size_add(s.len, m_size_mul(pad, fill_len)), (size_t)width, &dst);
    for (size_t i = 0; i < pad; i++) {
        if (i == left) {
            memcpy(dst, s.data, s.len);
            dst += s.len;
        }
        memcpy(dst, fill, fill_len);
        dst += fill_len;
    }
    if (left == pad) {
        memcpy(dst, s.data, s.len);
    }
    return result;
}

// ljust(width[, fillchar])
MP_COLD static mp_obj_t str_ljust(size_t n_args, const mp_obj_t *args) {
    return justify_impl(n_args, args, JUST_LEFT);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_ljust_obj, 2, 3, str_ljust);

// rjust(width[, fillchar])
MP_COLD static mp_obj_t str_rjust(size_t n_args, const mp_obj_t *args) {
    return justify_impl(n_args, args, JUST_RIGHT);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rjust_obj, 2, 3, str_rjust);

// center(width[, fillchar])
MP_COLD static mp_obj_t str_center(size_t n_args, const mp_obj_t *args) {
    return justify_impl(n_args, args, JUST_CENTER);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_center_obj, 2, 3, str_center);

// zfill(width)
MP_COLD static mp_obj_t str_zfill(mp_obj_t self_in, mp_obj_t width_in) {
    str_t s;
    get_self(&s, self_in);
    mp_int_t width = mp_obj_get_int(width_in);
    refresh_self(&s);
    size_t count = self_count(&s);
    if (width <= (mp_int_t)count) {
        return self_unchanged(&s);
    }
    size_t pad = (size_t)width - count;
    byte *dst;
    mp_obj_t result = mp_obj_str_new_uninit(s.kind, s.len + pad, (size_t)width, &dst);
    size_t sign = s.len > 0 && (s.data[0] == '+' || s.data[0] == '-') ? 1 : 0;
    memcpy(dst, s.data, sign);
    memset(dst + sign, '0', pad);
    memcpy(dst + sign + pad, s.data + sign, s.len - sign);
    return result;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_obj_str_zfill_obj, str_zfill);

// expandtabs(tabsize=8)
MP_COLD static mp_obj_t str_expandtabs(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_tabsize };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_tabsize, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(8) } },
    };
    str_t s;
    get_self(&s, args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_expandtabs, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    // CPython takes a C int here (a huge size would only exhaust memory).
    mp_int_t tabsize = mp_obj_get_c_int(vals[ARG_tabsize].u_obj);
    refresh_self(&s);
    if (memchr(s.data, '\t', s.len) == NULL) {
        return self_unchanged(&s);
    }
    vstr_t out;
    vstr_init(&out, s.len + 16);
    size_t column = 0;
    for (size_t i = 0; i < s.len; i++) {
        byte c = s.data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t n = (size_t)tabsize - column % (size_t)tabsize;
                memset(vstr_add_len(&out, n), ' ', n);
                column += n;
            }
            continue;
        }
        vstr_add_byte(&out, c);
        if (c == '\n' || c == '\r') {
            column = 0;
        } else if (!utf8_is_continuation(c) || !is_str(&s)) {
            column++;
        }
    }
    return mp_obj_str_new_from_vstr_kind(
        s.kind, &out, s.ascii ? out.len : MP_OBJ_STR_CHARLEN_UNKNOWN);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_expandtabs_obj, 1, str_expandtabs);

// ---------------------------------------------------------------------------
// Codecs: encode, decode, hex, fromhex

static const mp_arg_t codec_args[] = {
    { MP_QSTR_encoding, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    { MP_QSTR_errors, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
};

// encode(encoding='utf-8', errors='strict')
MP_COLD static mp_obj_t str_encode(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    str_t s;
    get_self(&s, args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(codec_args)];
    mp_arg_parse_named(MP_QSTR_encode, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(codec_args), codec_args, vals);
    vstr_t out;
    vstr_init(&out, s.len + 1);
    mp_obj_str_encode(&out, s.obj, vals[0].u_obj, vals[1].u_obj);
    return mp_obj_new_bytes_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(str_encode_obj, 1, str_encode);

// decode(encoding='utf-8', errors='strict')
MP_COLD static mp_obj_t bytes_decode(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    str_t s;
    get_self(&s, args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(codec_args)];
    mp_arg_parse_named(MP_QSTR_decode, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(codec_args), codec_args, vals);
    return mp_obj_str_decode(s.data, s.len, s.obj, vals[0].u_obj, vals[1].u_obj);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_decode_obj, 1, bytes_decode);

// hex([sep[, bytes_per_sep]])
MP_COLD static mp_obj_t bytes_hex(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    str_t s;
    get_self(&s, args[0]);
    return mp_obj_str_hex_kw(s.data, s.len, n_args - 1, args + 1, kw_args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_hex_obj, 1, bytes_hex);

// fromhex(string), a class method of bytes and bytearray
MP_COLD static mp_obj_t bytes_fromhex(mp_obj_t cls, mp_obj_t str) {
    vstr_t out;
    vstr_init(&out, 16);
    mp_obj_str_fromhex(&out, str);
    mp_obj_t res;
    if (mp_obj_is_subclass_fast(cls, MP_OBJ_FROM_PTR(&mp_type_bytearray))) {
        res = mp_obj_str_new_from_vstr_kind(&mp_type_bytearray, &out, 0);
    } else {
        res = mp_obj_new_bytes_from_vstr(&out);
    }
    // A subclass gets cls(result), as CPython does.
    if (cls != MP_OBJ_FROM_PTR(&mp_type_bytes) && cls != MP_OBJ_FROM_PTR(&mp_type_bytearray)) {
        res = mp_call_function_1(cls, res);
    }
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytes_fromhex_fun_obj, bytes_fromhex);
MP_DEFINE_CONST_CLASSMETHOD_OBJ(mp_obj_str_fromhex_obj, MP_ROM_PTR(&bytes_fromhex_fun_obj));

// ---------------------------------------------------------------------------
// maketrans and translate

// str.maketrans(x[, y[, z]])
MP_COLD static mp_obj_t str_maketrans(size_t n_args, const mp_obj_t *args) {
    mp_obj_t dict = mp_obj_new_dict(0);
    if (n_args == 1) {
        if (!mp_obj_is_type(args[0], &mp_type_dict)) {
            mp_raise_TypeError(
                MP_ERROR_TEXT("if you give only one argument to maketrans it must be a dict"));
        }
        mp_map_t *map = mp_obj_dict_get_map(args[0]);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_obj_t key = e->key;
            mp_obj_t k = mp_obj_str_cast(key);
            if (k != MP_OBJ_NULL) {
                if (mp_obj_str_charlen(k) != 1) {
                    mp_raise_ValueError(
                        MP_ERROR_TEXT("string keys in translate table must be of length 1"));
                }
                GET_STR_DATA_LEN(k, kd, kl);
                const byte *p = kd;
                key = MP_OBJ_NEW_SMALL_INT(mp_obj_str_next_char(&p, kd + kl));
            } else if (!mp_obj_is_int(key)) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("keys in translate table must be strings or integers"));
            }
            mp_obj_dict_store(dict, key, e->value);
        }
        return dict;
    }
    for (size_t i = 1; i < n_args; i++) {
        if (mp_obj_str_cast(args[i]) == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("maketrans() argument %d must be str, not %s"),
                (int)i + 1, mp_obj_get_arg_type_str(args[i]));
        }
    }
    if (mp_obj_str_cast(args[0]) == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("first maketrans argument must be a string if there is a second argument"));
    }
    const byte *x, *y;
    size_t xl, yl;
    mp_obj_str_get_arg(&mp_type_str, args[0], &x, &xl);
    mp_obj_str_get_arg(&mp_type_str, args[1], &y, &yl);
    if (utf8_charlen(x, xl) != utf8_charlen(y, yl)) {
        mp_raise_ValueError(
            MP_ERROR_TEXT("the first two maketrans arguments must have equal length"));
    }
    const byte *xe = x + xl, *ye = y + yl;
    while (x < xe) {
        unichar a = mp_obj_str_next_char(&x, xe);
        unichar b = mp_obj_str_next_char(&y, ye);
        mp_obj_dict_store(dict, MP_OBJ_NEW_SMALL_INT(a), MP_OBJ_NEW_SMALL_INT(b));
    }
    if (n_args > 2) {
        const byte *z;
        size_t zl;
        mp_obj_str_get_arg(&mp_type_str, args[2], &z, &zl);
        const byte *ze = z + zl;
        while (z < ze) {
            mp_obj_dict_store(
                dict, MP_OBJ_NEW_SMALL_INT(mp_obj_str_next_char(&z, ze)), mp_const_none);
        }
    }
    return dict;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_maketrans_fun_obj, 1, 3, str_maketrans);
static MP_DEFINE_CONST_STATICMETHOD_OBJ(str_maketrans_obj, MP_ROM_PTR(&str_maketrans_fun_obj));

// table[c] for str.translate: MP_OBJ_NULL if the table has no entry (a
// LookupError from a general mapping counts as no entry, as in CPython).
MP_COLD static mp_obj_t translate_lookup(mp_obj_t table, unichar c) {
    mp_obj_t key = MP_OBJ_NEW_SMALL_INT(c);
    if (mp_obj_is_type(table, &mp_type_dict)) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(table), key, MP_MAP_LOOKUP);
        return e == NULL ? MP_OBJ_NULL : e->value;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t v = mp_obj_subscr(table, key, MP_OBJ_SENTINEL);
        nlr_pop();
        return v;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_subclass_fast(
            MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_LookupError))) {
        return MP_OBJ_NULL;
    }
    nlr_jump(nlr.ret_val);
}

// str.translate(table)
MP_COLD static mp_obj_t str_translate(mp_obj_t self_in, mp_obj_t table) {
    str_t s;
    get_self(&s, self_in);
    vstr_t out;
    vstr_init(&out, s.len + 1);
    const byte *p = s.data;
    const byte *end = p + s.len;
    while (p < end) {
        const byte *start = p;
        unichar c = next_item(&s, &p, end);
        mp_obj_t v = translate_lookup(table, c);
        if (v == MP_OBJ_NULL) {
            vstr_add_strn(&out, (const char *)start, (size_t)(p - start));
        } else if (v == mp_const_none) {
        } else if (mp_obj_is_int(v) || mp_obj_is_instance_of(v, &mp_type_int)) {
            // (bool and int subclasses are ints; clamped: a huge code is
            // out of range too, not an overflow)
            mp_int_t code = mp_obj_get_int_clamped(v);
            if (code < 0 || code > 0x10ffff) {
                mp_raise_ValueError(MP_ERROR_TEXT("character mapping must be in range(0x110000)"));
            }
            vstr_add_char(&out, (unichar)code);
        } else {
            mp_obj_t str = mp_obj_str_cast(v);
            if (str == MP_OBJ_NULL) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("character mapping must return integer, None or str"));
            }
            GET_STR_DATA_LEN(str, d, l);
            vstr_add_strn(&out, (const char *)d, l);
        }
    }
    return mp_obj_new_str_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_translate_obj, str_translate);

// bytes.maketrans(from, to)
MP_COLD static mp_obj_t bytes_maketrans(mp_obj_t from, mp_obj_t to) {
    const byte *f, *t;
    size_t fl, tl;
    mp_obj_str_get_arg(&mp_type_bytes, from, &f, &fl);
    mp_obj_str_get_arg(&mp_type_bytes, to, &t, &tl);
    if (fl != tl) {
        mp_raise_ValueError(MP_ERROR_TEXT("maketrans arguments must have same length"));
    }
    byte *dst;
    mp_obj_t result = mp_obj_str_new_uninit(&mp_type_bytes, 256, 0, &dst);
    for (size_t i = 0; i < 256; i++) {
        dst[i] = (byte)i;
    }
    for (size_t i = 0; i < fl; i++) {
        dst[f[i]] = t[i];
    }
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytes_maketrans_fun_obj, bytes_maketrans);
MP_DEFINE_CONST_STATICMETHOD_OBJ(
    mp_obj_str_bytes_maketrans_obj, MP_ROM_PTR(&bytes_maketrans_fun_obj));
// bytes gets its own function object so that its __qualname__ (found by
// identity among the types' locals) is 'bytes.maketrans'; bytearray keeps
// the one above.
static MP_DEFINE_CONST_FUN_OBJ_2(bytes_only_maketrans_fun_obj, bytes_maketrans);
static MP_DEFINE_CONST_STATICMETHOD_OBJ(
    bytes_only_maketrans_obj, MP_ROM_PTR(&bytes_only_maketrans_fun_obj));

// bytes.translate(table, /, delete=b'')
MP_COLD static mp_obj_t bytes_translate(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    enum { ARG_table, ARG_delete };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_table, MP_ARG_OBJ | MP_ARG_REQUIRED, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_delete, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    if (n_args < 2) {
        // table is positional-only: table=... counts as missing too
        mp_raise_TypeError(MP_ERROR_TEXT("translate() takes at least 1 positional argument (0 given)"));
    }
    str_t s;
    get_self(&s, args[0]);
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_translate, n_args - 1, args + 1, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    const byte *table = NULL;
    size_t table_len = 0;
    if (vals[ARG_table].u_obj != mp_const_none) {
        mp_obj_str_get_arg(&mp_type_bytes, vals[ARG_table].u_obj, &table, &table_len);
        if (table_len != 256) {
            mp_raise_ValueError(MP_ERROR_TEXT("translation table must be 256 characters long"));
        }
    }
    const byte *del = NULL;
    size_t del_len = 0;
    if (vals[ARG_delete].u_obj != MP_OBJ_NULL) {
        mp_obj_str_get_arg(&mp_type_bytes, vals[ARG_delete].u_obj, &del, &del_len);
    }
    vstr_t out;
    vstr_init(&out, s.len + 1);
    for (size_t i = 0; i < s.len; i++) {
        byte c = s.data[i];
        if (del_len > 0 && memchr(del, c, del_len) != NULL) {
            continue;
        }
        vstr_add_byte(&out, table != NULL ? table[c] : c);
    }
    return mp_obj_str_new_from_vstr_kind(s.kind, &out, 0);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_str_bytes_translate_obj, 1, bytes_translate);

// ---------------------------------------------------------------------------
// Dunder methods callable by name ('a'.__add__('b'), str.__len__(s), ...):
// the operators themselves go through the type's slots.

// __len__()
MP_COLD static mp_obj_t str___len__(mp_obj_t self_in) {
    return mp_obj_len(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str___len___obj, str___len__);

// __add__(other)
MP_COLD static mp_obj_t str___add__(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_t r = mp_obj_str_binary_op(MP_BINARY_OP_ADD, self_in, other);
    if (r == MP_OBJ_NULL) {
        // As CPython's concatenation: a TypeError, never NotImplemented.
        mp_obj_t self;
        const byte *data;
        size_t len;
        mp_obj_str_get_self(self_in, &self, &data, &len);
        mp_raise_binary_op_error(MP_BINARY_OP_ADD, MP_BINARY_OP_ADD, self, other);
    }
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_2(str___add___obj, str___add__);

// __mul__(n), __rmul__(n)
MP_COLD static mp_obj_t str___mul__(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_get_index(other); // an index only, as CPython's repeat wrapper
    mp_obj_t r = mp_obj_str_binary_op(MP_BINARY_OP_MULTIPLY, self_in, other);
    return r == MP_OBJ_NULL ? mp_const_notimplemented : r;
}
static MP_DEFINE_CONST_FUN_OBJ_2(str___mul___obj, str___mul__);

// __mod__(args)
MP_COLD static mp_obj_t str___mod__(mp_obj_t self_in, mp_obj_t other) {
    return mp_obj_str_binary_op(MP_BINARY_OP_MODULO, self_in, other);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str___mod___obj, str___mod__);

// __contains__(item)
MP_COLD static mp_obj_t str___contains__(mp_obj_t self_in, mp_obj_t item) {
    return mp_obj_str_binary_op(MP_BINARY_OP_CONTAINS, self_in, item);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str___contains___obj, str___contains__);

// __getitem__(index)
MP_COLD static mp_obj_t str___getitem__(mp_obj_t self_in, mp_obj_t index) {
    mp_obj_t self;
    const byte *data;
    size_t len;
    mp_obj_str_get_self(self_in, &self, &data, &len);
    return mp_obj_subscr(self, index, MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(str___getitem___obj, str___getitem__);

// ---------------------------------------------------------------------------
// Method tables

static const mp_rom_map_elem_t str_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___add__), MP_ROM_PTR(&str___add___obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&str___contains___obj) },
    { MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&mp_obj_str___format___obj) },
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&str___getitem___obj) },
    { MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&str___len___obj) },
    { MP_ROM_QSTR(MP_QSTR___mod__), MP_ROM_PTR(&str___mod___obj) },
    { MP_ROM_QSTR(MP_QSTR___mul__), MP_ROM_PTR(&str___mul___obj) },
    { MP_ROM_QSTR(MP_QSTR___rmul__), MP_ROM_PTR(&str___mul___obj) },
    { MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&mp_obj_str_capitalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_casefold), MP_ROM_PTR(&str_casefold_obj) },
    { MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&mp_obj_str_center_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&mp_obj_str_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_encode), MP_ROM_PTR(&str_encode_obj) },
    { MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&mp_obj_str_endswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&mp_obj_str_expandtabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&mp_obj_str_find_obj) },
    { MP_ROM_QSTR(MP_QSTR_format), MP_ROM_PTR(&mp_obj_str_format_obj) },
    { MP_ROM_QSTR(MP_QSTR_format_map), MP_ROM_PTR(&mp_obj_str_format_map_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&mp_obj_str_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&mp_obj_str_isalnum_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&mp_obj_str_isalpha_obj) },
    { MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&mp_obj_str_isascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdecimal), MP_ROM_PTR(&str_isdecimal_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&mp_obj_str_isdigit_obj) },
    { MP_ROM_QSTR(MP_QSTR_isidentifier), MP_ROM_PTR(&mp_obj_str_isidentifier_obj) },
    { MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&mp_obj_str_islower_obj) },
    { MP_ROM_QSTR(MP_QSTR_isnumeric), MP_ROM_PTR(&str_isnumeric_obj) },
    { MP_ROM_QSTR(MP_QSTR_isprintable), MP_ROM_PTR(&str_isprintable_obj) },
    { MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&mp_obj_str_isspace_obj) },
    { MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&mp_obj_str_istitle_obj) },
    { MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&mp_obj_str_isupper_obj) },
    { MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&mp_obj_str_join_obj) },
    { MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&mp_obj_str_ljust_obj) },
    { MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&mp_obj_str_lower_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&mp_obj_str_lstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&str_maketrans_obj) },
    { MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&mp_obj_str_partition_obj) },
    { MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&mp_obj_str_removeprefix_obj) },
    { MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&mp_obj_str_removesuffix_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&mp_obj_str_replace_obj) },
    { MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&mp_obj_str_rfind_obj) },
    { MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&mp_obj_str_rindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&mp_obj_str_rjust_obj) },
    { MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&mp_obj_str_rpartition_obj) },
    { MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&mp_obj_str_rsplit_obj) },
    { MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&mp_obj_str_rstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&mp_obj_str_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&mp_obj_str_splitlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&mp_obj_str_startswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&mp_obj_str_strip_obj) },
    { MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&mp_obj_str_swapcase_obj) },
    { MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&mp_obj_str_title_obj) },
    { MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&str_translate_obj) },
    { MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&mp_obj_str_upper_obj) },
    { MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&mp_obj_str_zfill_obj) },
};
MP_DEFINE_CONST_DICT(mp_obj_str_locals_dict, str_locals_dict_table);

static const mp_rom_map_elem_t bytes_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___add__), MP_ROM_PTR(&str___add___obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&str___contains___obj) },
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&str___getitem___obj) },
    { MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&str___len___obj) },
    { MP_ROM_QSTR(MP_QSTR___mod__), MP_ROM_PTR(&str___mod___obj) },
    { MP_ROM_QSTR(MP_QSTR___mul__), MP_ROM_PTR(&str___mul___obj) },
    { MP_ROM_QSTR(MP_QSTR___rmul__), MP_ROM_PTR(&str___mul___obj) },
    { MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&mp_obj_str_capitalize_obj) },
    { MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&mp_obj_str_center_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&mp_obj_str_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&mp_obj_str_decode_obj) },
    { MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&mp_obj_str_endswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&mp_obj_str_expandtabs_obj) },
    { MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&mp_obj_str_find_obj) },
    // No format: CPython has none, and code probes for it with hasattr.
    { MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&mp_obj_str_fromhex_obj) },
    { MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&mp_obj_str_hex_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&mp_obj_str_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&mp_obj_str_isalnum_obj) },
    { MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&mp_obj_str_isalpha_obj) },
    { MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&mp_obj_str_isascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&mp_obj_str_isdigit_obj) },
    { MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&mp_obj_str_islower_obj) },
    { MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&mp_obj_str_isspace_obj) },
    { MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&mp_obj_str_istitle_obj) },
    { MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&mp_obj_str_isupper_obj) },
    { MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&mp_obj_str_join_obj) },
    { MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&mp_obj_str_ljust_obj) },
    { MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&mp_obj_str_lower_obj) },
    { MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&mp_obj_str_lstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&bytes_only_maketrans_obj) },
    { MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&mp_obj_str_partition_obj) },
    { MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&mp_obj_str_removeprefix_obj) },
    { MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&mp_obj_str_removesuffix_obj) },
    { MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&mp_obj_str_replace_obj) },
    { MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&mp_obj_str_rfind_obj) },
    { MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&mp_obj_str_rindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&mp_obj_str_rjust_obj) },
    { MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&mp_obj_str_rpartition_obj) },
    { MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&mp_obj_str_rsplit_obj) },
    { MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&mp_obj_str_rstrip_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&mp_obj_str_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&mp_obj_str_splitlines_obj) },
    { MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&mp_obj_str_startswith_obj) },
    { MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&mp_obj_str_strip_obj) },
    { MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&mp_obj_str_swapcase_obj) },
    { MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&mp_obj_str_title_obj) },
    { MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&mp_obj_str_bytes_translate_obj) },
    { MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&mp_obj_str_upper_obj) },
    { MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&mp_obj_str_zfill_obj) },
};
MP_DEFINE_CONST_DICT(mp_obj_bytes_locals_dict, bytes_locals_dict_table);
