// The str and bytes types: the shared representation (qstrs and heap
// objects), construction, repr, operators, indexing and slicing,
// iteration, hashing, the buffer protocol and the codecs. The methods are
// in py/objstrmethods.c, format() and % in py/objstrformat.c, bytes(...),
// hex() and fromhex() in py/objstrbytes.c.
#include "py/mpconfig.h"

#include <limits.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objarray.h"
#include "py/sequence.h"

// Text up to this many bytes built in a vstr is copied into the object's
// own block (one allocation, no slack); longer text keeps the vstr buffer.
#define STR_INLINE_MAX (64)

// mp_obj_new_str returns an existing qstr for text up to this length, so
// that names made at run time (getattr(o, 'x' + 'y')) are fast dict keys.
#define STR_FIND_QSTR_MAX (24)

// ---------------------------------------------------------------------------
// Construction

// A heap str/bytes whose text (len bytes plus the NUL) follows the header in
// the same block. The block holds no heap pointers (the type is static, data
// points into the block itself), so it is atomic and never scanned.
static inline mp_obj_str_ext_t *str_alloc_inline(const mp_obj_type_t *type, size_t len) {
    mp_obj_str_ext_t *o = m_malloc_atomic(m_size_add_sat(sizeof(mp_obj_str_ext_t) + 1, len));
    o->s.base.type = type;
    o->s.hash = 0;
    o->s.len = len;
    o->s.data = (const byte *)(o + 1);
    o->charlen = MP_OBJ_STR_CHARLEN_UNKNOWN;
    ((byte *)(o + 1))[len] = '\0';
    return o;
}

// Not inlined into its many callers: that only grows them.
__attribute__((noinline)) mp_obj_t mp_obj_str_new_sized(
    const mp_obj_type_t *kind, const byte *data, size_t len, size_t charlen) {
    if (kind == &mp_type_bytearray) {
        return mp_obj_new_bytearray(len, data);
    }
    if (len == 0 && kind == &mp_type_str) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    mp_obj_str_ext_t *o = str_alloc_inline(kind, len);
    if (len > 0) {
        memcpy((byte *)o->s.data, data, len);
    }
    o->charlen = charlen;
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_str_new_uninit(const mp_obj_type_t *kind, size_t len, size_t charlen, byte **data) {
    if (len == 0) {
        *data = NULL;
        return mp_obj_str_new_sized(kind, NULL, 0, 0);
    }
    if (kind == &mp_type_bytearray) {
        mp_obj_t o = mp_obj_new_bytearray(len, NULL);
        *data = ((mp_obj_array_t *)MP_OBJ_TO_PTR(o))->items;
        return o;
    }
    mp_obj_str_ext_t *o = str_alloc_inline(kind, len);
    o->charlen = charlen;
    *data = (byte *)o->s.data;
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_str_new_from_vstr_kind(const mp_obj_type_t *kind, vstr_t *vstr, size_t charlen) {
    size_t len = vstr->len;
    if (kind == &mp_type_bytearray || vstr->fixed_buf || len <= STR_INLINE_MAX ||
        vstr->buf == NULL) {
        mp_obj_t o = mp_obj_str_new_sized(kind, (const byte *)vstr->buf, len, charlen);
        if (vstr->alloc > 2 * STR_INLINE_MAX) {
            vstr_clear(vstr);
        } else {
            // A small buffer is left to the collector: freeing it at once
            // cost more (some 200 instructions of free-run bookkeeping in
            // gc_free) than sweeping it later.
            vstr->buf = NULL;
            vstr->alloc = 0;
            vstr->len = 0;
        }
        return o;
    }
    byte *buf = (byte *)vstr->buf;
    if (vstr->alloc != len + 1) {
        buf = m_renew(byte, buf, vstr->alloc, len + 1);
    }
    buf[len] = '\0';
    vstr->buf = NULL;
    vstr->alloc = 0;
    vstr->len = 0;
    mp_obj_str_ext_t *o = m_new_obj(mp_obj_str_ext_t);
    o->s.base.type = kind;
    o->s.hash = 0;
    o->s.len = len;
    o->s.data = buf;
    o->charlen = charlen;
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_str(const char *data, size_t len) {
    if (len <= STR_FIND_QSTR_MAX) {
        qstr q = qstr_find_strn(data, len);
        if (q != MP_QSTRnull) {
            return MP_OBJ_NEW_QSTR(q);
        }
    }
    return mp_obj_str_new_sized(&mp_type_str, (const byte *)data, len, MP_OBJ_STR_CHARLEN_UNKNOWN);
}

mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len) {
    return MP_OBJ_NEW_QSTR(qstr_from_strn(data, len));
}

mp_obj_t mp_obj_new_str_from_vstr(vstr_t *vstr) {
    return mp_obj_str_new_from_vstr_kind(&mp_type_str, vstr, MP_OBJ_STR_CHARLEN_UNKNOWN);
}

mp_obj_t mp_obj_new_str_copy(const mp_obj_type_t *type, const byte *data, size_t len) {
    return mp_obj_str_new_sized(type, data, len, MP_OBJ_STR_CHARLEN_UNKNOWN);
}

mp_obj_t mp_obj_new_bytes(const byte *data, size_t len) {
    return mp_obj_str_new_sized(&mp_type_bytes, data, len, MP_OBJ_STR_CHARLEN_UNKNOWN);
}

mp_obj_t mp_obj_new_bytes_from_vstr(vstr_t *vstr) {
    return mp_obj_str_new_from_vstr_kind(&mp_type_bytes, vstr, MP_OBJ_STR_CHARLEN_UNKNOWN);
}

// A one-character str from the n UTF-8 bytes at p. ASCII characters are
// interned, so iterating or indexing an ASCII string does not allocate.
static mp_obj_t str_one_char(const byte *p, size_t n) {
    if (n == 1) {
        return MP_OBJ_NEW_QSTR(qstr_from_strn((const char *)p, 1));
    }
    return mp_obj_str_new_sized(&mp_type_str, p, n, 1);
}

// ---------------------------------------------------------------------------
// Access

// (inline within this file for the string builders, see the Makefile's
// LEAN_INLINE_SRC; other files call it)
inline bool mp_obj_str_bytes_are_ascii(const byte *p, size_t n) {
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        acc |= w;
    }
    for (; i < n; i++) {
        acc |= p[i];
    }
    return (acc & 0x8080808080808080ULL) == 0;
}

size_t mp_obj_str_charlen(mp_obj_t str) {
    if (mp_obj_is_qstr(str)) {
        size_t len;
        const byte *data = qstr_data(MP_OBJ_QSTR_VALUE(str), &len);
        return mp_obj_str_bytes_are_ascii(data, len) ? len : utf8_charlen(data, len);
    }
    mp_obj_str_ext_t *o = MP_OBJ_TO_PTR(str);
    if (o->charlen == MP_OBJ_STR_CHARLEN_UNKNOWN) {
        o->charlen = mp_obj_str_bytes_are_ascii(o->s.data, o->s.len)
                         ? o->s.len
                         : utf8_charlen(o->s.data, o->s.len);
    }
    return o->charlen;
}

// (inline within this file: as a call, register allocation gave str_subscr's
// bytes slice path one more instruction)
inline size_t mp_obj_str_char_to_byte(const byte *data, size_t len, size_t i) {
    size_t off = 0;
    while (i > 0 && off < len) {
        off++;
        while (off < len && utf8_is_continuation(data[off])) {
            off++;
        }
        i--;
    }
    return off;
}

unichar mp_obj_str_next_char(const byte **pp, const byte *end) {
    const byte *p = *pp;
    unichar c = *p++;
    if (c >= 0x80) {
        int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        c &= 0x3f >> extra;
        while (extra-- > 0 && p < end && utf8_is_continuation(*p)) {
            c = (c << 6) | (*p++ & 0x3f);
        }
    }
    *pp = p;
    return c;
}

mp_obj_t mp_obj_str_cast(mp_obj_t o) {
    if (mp_obj_is_qstr(o) || mp_obj_is_exact_type(o, &mp_type_str)) {
        return o;
    }
    if (!mp_obj_is_obj(o)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_str));
    if (native != o && (mp_obj_is_qstr(native) || mp_obj_is_exact_type(native, &mp_type_str))) {
        return native;
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_bytes_cast(mp_obj_t o) {
    if (mp_obj_is_exact_type(o, &mp_type_bytes)) {
        return o;
    }
    if (!mp_obj_is_obj(o)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_bytes));
    if (native != o && mp_obj_is_exact_type(native, &mp_type_bytes)) {
        return native;
    }
    return MP_OBJ_NULL;
}

const mp_obj_type_t *mp_obj_str_get_self(
    mp_obj_t self_in, mp_obj_t *native, const byte **data, size_t *len) {
    if (mp_obj_is_qstr(self_in)) {
        *native = self_in;
        *data = qstr_data(MP_OBJ_QSTR_VALUE(self_in), len);
        return &mp_type_str;
    }
    if (mp_obj_is_obj(self_in)) {
        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(self_in))->type;
        if (type == &mp_type_str || type == &mp_type_bytes) {
            mp_obj_str_t *s = MP_OBJ_TO_PTR(self_in);
            *native = self_in;
            *data = s->data;
            *len = s->len;
            return type;
        }
        if (type == &mp_type_bytearray) {
            mp_obj_array_t *a = MP_OBJ_TO_PTR(self_in);
            *native = self_in;
            *data = a->items;
            *len = a->len;
            return type;
        }
        static const mp_obj_type_t *const kinds[] = { &mp_type_str, &mp_type_bytes,
            &mp_type_bytearray };
        for (size_t i = 0; i < MP_ARRAY_SIZE(kinds); i++) {
            mp_obj_t n = mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(kinds[i]));
            if (n != self_in && (mp_obj_is_qstr(n) || mp_obj_get_type(n) == kinds[i])) {
                return mp_obj_str_get_self(n, native, data, len);
            }
        }
    }
    mp_raise_TypeError_obj_unsupported(
        self_in, MP_ERROR_TEXT("descriptor requires a 'str' object but received a '%s'"));
}

bool mp_obj_str_get_bytes_like(mp_obj_t arg, const byte **data, size_t *len) {
    if (mp_obj_is_exact_type(arg, &mp_type_bytes)) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(arg);
        *data = s->data;
        *len = s->len;
        return true;
    }
    if (mp_obj_is_exact_type(arg, &mp_type_bytearray)) {
        mp_obj_array_t *a = MP_OBJ_TO_PTR(arg);
        *data = a->items;
        *len = a->len;
        return true;
    }
    if (!mp_obj_is_obj(arg) || mp_obj_str_cast(arg) != MP_OBJ_NULL) {
        return false;
    }
    mp_buffer_info_t bufinfo;
    if (!mp_get_buffer(arg, &bufinfo, MP_BUFFER_READ)) {
        return false;
    }
    *data = bufinfo.buf;
    *len = bufinfo.len;
    return true;
}

void mp_obj_str_get_arg(const mp_obj_type_t *kind, mp_obj_t arg, const byte **data, size_t *len) {
    if (kind == &mp_type_str) {
        mp_obj_t s = mp_obj_str_cast(arg);
        if (s == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                arg, MP_ERROR_TEXT("must be str, not %s"));
        }
        if (mp_obj_is_qstr(s)) {
            *data = qstr_data(MP_OBJ_QSTR_VALUE(s), len);
        } else {
            mp_obj_str_t *o = MP_OBJ_TO_PTR(s);
            *data = o->data;
            *len = o->len;
        }
        return;
    }
    if (!mp_obj_str_get_bytes_like(arg, data, len)) {
        mp_raise_TypeError_obj_unsupported(
            arg, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
    }
}

MP_COLD const char *mp_obj_str_get_str(mp_obj_t self_in) {
    mp_obj_t s = mp_obj_str_cast(self_in);
    if (s == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("must be str, not %s"));
    }
    if (mp_obj_is_qstr(s)) {
        return qstr_str(MP_OBJ_QSTR_VALUE(s));
    }
    return (const char *)((mp_obj_str_t *)MP_OBJ_TO_PTR(s))->data;
}

const char *mp_obj_str_get_data(mp_obj_t self_in, size_t *len) {
    if (mp_obj_is_qstr(self_in)) {
        return (const char *)qstr_data(MP_OBJ_QSTR_VALUE(self_in), len);
    }
    mp_obj_t s = self_in;
    if (!mp_obj_is_str_or_bytes(s)) {
        s = mp_obj_str_cast(self_in);
        if (s == MP_OBJ_NULL) {
            s = mp_obj_bytes_cast(self_in);
        }
        if (s == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                self_in, MP_ERROR_TEXT("expected str or bytes, not %s"));
        }
        if (mp_obj_is_qstr(s)) {
            return (const char *)qstr_data(MP_OBJ_QSTR_VALUE(s), len);
        }
    }
    mp_obj_str_t *o = MP_OBJ_TO_PTR(s);
    *len = o->len;
    return (const char *)o->data;
}

qstr mp_obj_str_get_qstr(mp_obj_t self_in) {
    if (mp_obj_is_qstr(self_in)) {
        return MP_OBJ_QSTR_VALUE(self_in);
    }
    size_t len;
    const char *data = mp_obj_str_get_data(self_in, &len);
    return qstr_from_strn(data, len);
}

size_t mp_obj_str_get_hash(mp_obj_t self_in) {
    if (mp_obj_is_qstr(self_in)) {
        return qstr_hash(MP_OBJ_QSTR_VALUE(self_in));
    }
    mp_obj_str_t *o = MP_OBJ_TO_PTR(self_in);
    if (o->hash == 0) {
        o->hash = qstr_compute_hash(o->data, o->len);
    }
    return o->hash;
}

bool mp_obj_str_equal(mp_obj_t s1, mp_obj_t s2) {
    if (s1 == s2) {
        return true;
    }
    if (mp_obj_is_qstr(s1) && mp_obj_is_qstr(s2)) {
        return false; // interned: different qstrs have different text
    }
    if (!mp_obj_is_qstr(s1) && !mp_obj_is_qstr(s2)) {
        size_t h1 = ((mp_obj_str_t *)MP_OBJ_TO_PTR(s1))->hash;
        size_t h2 = ((mp_obj_str_t *)MP_OBJ_TO_PTR(s2))->hash;
        if (h1 != 0 && h2 != 0 && h1 != h2) {
            return false;
        }
    }
    GET_STR_DATA_LEN(s1, d1, l1);
    GET_STR_DATA_LEN(s2, d2, l2);
    return l1 == l2 && memcmp(d1, d2, l1) == 0;
}

// ---------------------------------------------------------------------------
// repr

void mp_str_print_quoted(
    const mp_print_t *print, const byte *str_data, size_t str_len, bool is_bytes) {
    mp_obj_str_print_quoted_ex(print, str_data, str_len, is_bytes, false);
}

MP_COLD void mp_obj_str_print_quoted_ex(
    const mp_print_t *print, const byte *str_data, size_t str_len, bool is_bytes, bool escape_single) {
    // CPython's rule: single quotes unless the text has a ' and no ".
    bool has_single = memchr(str_data, '\'', str_len) != NULL;
    bool has_double = memchr(str_data, '"', str_len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    print->print_strn(print->data, &quote, 1);
    const byte *p = str_data;
    const byte *end = str_data + str_len;
    const byte *run = p; // start of text printed as it is
    while (p < end) {
        byte c = *p;
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != quote && (c != '\'' || !escape_single)) {
            p++;
            continue;
        }
        unichar u = c;
        const byte *next = p + 1;
        if (c >= 0x80 && !is_bytes) {
            next = p;
            u = mp_obj_str_next_char(&next, end);
            if (unichar_isprint(u)) {
                p = next;
                continue;
            }
        }
        if (p > run) {
            print->print_strn(print->data, (const char *)run, (size_t)(p - run));
        }
        if (u == '\\' || u == (unichar)quote || u == '\'') {
            char esc[2] = { '\\', (char)u };
            print->print_strn(print->data, esc, 2);
        } else if (u == '\n') {
            mp_print_str(print, "\\n");
        } else if (u == '\r') {
            mp_print_str(print, "\\r");
        } else if (u == '\t') {
            mp_print_str(print, "\\t");
        } else if (u < 0x100) {
            mp_printf(print, "\\x%02x", (unsigned int)u);
        } else if (u < 0x10000) {
            mp_printf(print, "\\u%04x", (unsigned int)u);
        } else {
            mp_printf(print, "\\U%08x", (unsigned int)u);
        }
        p = next;
        run = p;
    }
    if (p > run) {
        print->print_strn(print->data, (const char *)run, (size_t)(p - run));
    }
    print->print_strn(print->data, &quote, 1);
}

static void str_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_t self;
    const byte *data;
    size_t len;
    const mp_obj_type_t *type = mp_obj_str_get_self(self_in, &self, &data, &len);
    bool is_bytes = type != &mp_type_str;
    if (kind != PRINT_REPR && !is_bytes) {
        if (len > 0) {
            print->print_strn(print->data, (const char *)data, len);
        }
        return;
    }
    if (is_bytes) {
        print->print_strn(print->data, "b", 1);
    }
    mp_str_print_quoted(print, data, len, is_bytes);
}

MP_COLD mp_obj_t mp_obj_str_ascii(mp_obj_t o) {
    mp_obj_t r = mp_obj_repr(o);
    GET_STR_DATA_LEN(r, s, len);
    if (mp_obj_str_bytes_are_ascii(s, len)) {
        return r;
    }
    vstr_t vstr;
    vstr_init(&vstr, len + 16);
    const byte *p = s;
    const byte *end = s + len;
    while (p < end) {
        unichar c = mp_obj_str_next_char(&p, end);
        if (c < 0x80) {
            vstr_add_byte(&vstr, (byte)c);
        } else if (c < 0x100) {
            vstr_printf(&vstr, "\\x%02x", (unsigned int)c);
        } else if (c < 0x10000) {
            vstr_printf(&vstr, "\\u%04x", (unsigned int)c);
        } else {
            vstr_printf(&vstr, "\\U%08x", (unsigned int)c);
        }
    }
    return mp_obj_str_new_from_vstr_kind(&mp_type_str, &vstr, vstr.len);
}

// ---------------------------------------------------------------------------
// Codecs

// The codecs: UTF-8, ASCII, Latin-1, and UTF-16/UTF-32 in either byte
// order ("utf-16"/"utf-32" write a BOM and read one, little-endian without).
typedef enum {
    CODEC_UTF8,
    CODEC_UTF8SIG, // 'utf-8-sig': UTF-8 behind a BOM (written, and skipped if read)
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UNIESC, // 'unicode-escape': Python-literal escapes over Latin-1
    CODEC_RAWUNIESC, // 'raw-unicode-escape': only \uXXXX and \UXXXXXXXX
    CODEC_LATIN9, // the 8-bit code pages: ASCII, then a table (charmap_decode)
    CODEC_CP437,
    CODEC_UTF16,
    CODEC_UTF16LE,
    CODEC_UTF16BE,
    CODEC_UTF32,
    CODEC_UTF32LE,
    CODEC_UTF32BE,
} codec_t;

typedef enum {
    ERRORS_STRICT,
    ERRORS_IGNORE,
    ERRORS_REPLACE,
    ERRORS_BACKSLASH,
    ERRORS_XMLCHARREF,
    ERRORS_SURROGATEESCAPE,
    ERRORS_SURROGATEPASS,
    ERRORS_UNKNOWN
} errors_t;

static const char *const codec_names[] = {
    "utf-8", "utf-8-sig", "ascii", "latin-1", "unicodeescape", "rawunicodeescape", "charmap", "charmap", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"
};

// Names (after lower-casing and '_' -> '-') and the codec they mean. They are
// stored back to back (each with its NUL), the codecs apart in the same order:
// a table of {pointer, codec} rows would cost 16 bytes a name.
// clang-format off
#define CODEC_ALIASES(X) \
    X("utf-8", CODEC_UTF8) \
    X("utf8", CODEC_UTF8) \
    X("u8", CODEC_UTF8) \
    X("utf-8-sig", CODEC_UTF8SIG) \
    X("utf", CODEC_UTF8) \
    X("ascii", CODEC_ASCII) \
    X("us-ascii", CODEC_ASCII) \
    X("646", CODEC_ASCII) \
    X("latin-1", CODEC_LATIN1) \
    X("latin1", CODEC_LATIN1) \
    X("latin", CODEC_LATIN1) \
    X("iso-8859-1", CODEC_LATIN1) \
    X("iso8859-1", CODEC_LATIN1) \
    X("8859", CODEC_LATIN1) \
    X("cp819", CODEC_LATIN1) \
    X("l1", CODEC_LATIN1) \
    X("iso8859-15", CODEC_LATIN9) \
    X("iso-8859-15", CODEC_LATIN9) \
    X("latin9", CODEC_LATIN9) \
    X("l9", CODEC_LATIN9) \
    X("cp437", CODEC_CP437) \
    X("437", CODEC_CP437) \
    X("ibm437", CODEC_CP437) \
    X("unicode-escape", CODEC_UNIESC) \
    X("raw-unicode-escape", CODEC_RAWUNIESC) \
    X("utf-16", CODEC_UTF16) \
    X("utf16", CODEC_UTF16) \
    X("u16", CODEC_UTF16) \
    X("utf-16-le", CODEC_UTF16LE) \
    X("utf-16le", CODEC_UTF16LE) \
    X("utf-16-be", CODEC_UTF16BE) \
    X("utf-16be", CODEC_UTF16BE) \
    X("utf-32", CODEC_UTF32) \
    X("utf32", CODEC_UTF32) \
    X("u32", CODEC_UTF32) \
    X("utf-32-le", CODEC_UTF32LE) \
    X("utf-32le", CODEC_UTF32LE) \
    X("utf-32-be", CODEC_UTF32BE) \
    X("utf-32be", CODEC_UTF32BE)
// clang-format on
#define CODEC_ALIAS_NAME(name, codec) name "\0"
#define CODEC_ALIAS_CODEC(name, codec) codec,
static const char codec_alias_names[] = CODEC_ALIASES(CODEC_ALIAS_NAME);
static const uint8_t codec_alias_codecs[] = { CODEC_ALIASES(CODEC_ALIAS_CODEC) };

// Bytes 0x80..0xff of code page 437 (the IBM PC's).
static const uint16_t cp437_high[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7,
    0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5,
    0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192,
    0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba,
    0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510,
    0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b,
    0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4,
    0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6, 0x03b5, 0x2229,
    0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};

// Latin-9 (ISO 8859-15) is Latin-1 but for these bytes.
static const uint16_t latin9_changed[][2] = {
    { 0xa4, 0x20ac },
    { 0xa6, 0x0160 },
    { 0xa8, 0x0161 },
    { 0xb4, 0x017d },
    { 0xb8, 0x017e },
    { 0xbc, 0x0152 },
    { 0xbd, 0x0153 },
    { 0xbe, 0x0178 },
};

// The code point of byte b in an 8-bit code page codec.
static unichar charmap_decode(codec_t codec, byte b) {
    if (b >= 0x80 && codec == CODEC_CP437) {
        return cp437_high[b - 0x80];
    }
    for (size_t i = 0; codec == CODEC_LATIN9 && i < MP_ARRAY_SIZE(latin9_changed); i++) {
        if (latin9_changed[i][0] == b) {
            return latin9_changed[i][1];
        }
    }
    return b;
}

// The byte of code point c in an 8-bit code page codec, or -1 (a look in
// the tables, not a trial of every byte: encoding is as quick as CPython's).
static int charmap_encode(codec_t codec, unichar c) {
    if (c < 0x80) {
        return c;
    }
    if (codec == CODEC_CP437) {
        for (int i = 0; i < 0x80; i++) {
            if (cp437_high[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(latin9_changed); i++) {
        if (latin9_changed[i][1] == c) {
            return latin9_changed[i][0];
        }
        if (latin9_changed[i][0] == c) {
            // (a Latin-1 character that Latin-9 replaced)
            return -1;
        }
    }
    return c < 0x100 ? (int)c : -1;
}

static mp_obj_t codec_arg_str(mp_obj_t arg, const char *fun, const char *what) {
    mp_obj_t s = mp_obj_str_cast(arg);
    if (s == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%s() argument '%s' must be str, not %s"), fun, what,
            mp_obj_get_arg_type_str(arg));
    }
    return s;
}

static codec_t codec_lookup(mp_obj_t encoding, const char *fun) {
    if (encoding == MP_OBJ_NULL) {
        return CODEC_UTF8;
    }
    mp_obj_t s = codec_arg_str(encoding, fun, "encoding");
    GET_STR_DATA_LEN(s, name, len);
    // CPython's normalisation: each run of other ASCII characters between
    // letters, digits and dots is one '-', at either end none; non-ASCII
    // characters are dropped.
    char norm[24];
    size_t n = 0;
    bool sep = false;
    for (size_t i = 0; i < len && n < sizeof(norm) - 2; i++) {
        byte c = name[i];
        byte lower = c | 0x20;
        if ((byte)(lower - 'a') < 26 || (byte)(c - '0') < 10 || c == '.') {
            if (sep && n > 0) {
                norm[n++] = '-';
            }
            norm[n++] = (char)((byte)(lower - 'a') < 26 ? lower : c);
            sep = false;
        } else if (c < 0x80) {
            sep = true;
        }
    }
    if (n < sizeof(norm) - 2) {
        norm[n] = '\0';
        const char *alias = codec_alias_names;
        for (size_t i = 0; i < MP_ARRAY_SIZE(codec_alias_codecs); i++) {
            if (strcmp(norm, alias) == 0) {
                return (codec_t)codec_alias_codecs[i];
            }
            alias += strlen(alias) + 1;
        }
    }
    mp_raise_msg_varg(
        &mp_type_LookupError, MP_ERROR_TEXT("unknown encoding: %s"), (const char *)name);
}

MP_COLD static errors_t errors_lookup(mp_obj_t errors, const char *fun) {
    if (errors == MP_OBJ_NULL) {
        return ERRORS_STRICT;
    }
    static const char *const names[] = {
        "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"
    };
    const char *s = mp_obj_str_get_str(codec_arg_str(errors, fun, "errors"));
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (strcmp(s, names[i]) == 0) {
            return (errors_t)i;
        }
    }
    // CPython looks the handler up only when an error actually occurs.
    return ERRORS_UNKNOWN;
}

MP_COLD void mp_obj_str_codec_check_args(mp_obj_t encoding, mp_obj_t errors, const char *fun) {
    if (encoding != MP_OBJ_NULL) {
        codec_arg_str(encoding, fun, "encoding");
    }
    if (errors != MP_OBJ_NULL) {
        codec_arg_str(errors, fun, "errors");
    }
}

static MP_NORETURN void raise_unicode_error(const mp_obj_type_t *type, codec_t codec, mp_obj_t obj,
    size_t start, size_t end, const char *reason, mp_obj_t errors) {
    if (errors != MP_OBJ_NULL && errors_lookup(errors, "") == ERRORS_UNKNOWN) {
        mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown error handler name '%s'"),
            mp_obj_str_get_str(errors));
    }
    mp_obj_t args[5] = {
        mp_obj_new_str(codec_names[codec], strlen(codec_names[codec])),
        obj,
        MP_OBJ_NEW_SMALL_INT(start),
        MP_OBJ_NEW_SMALL_INT(end),
        mp_obj_new_str(reason, strlen(reason)),
    };
    mp_raise_obj(mp_obj_new_exception_args(type, 5, args));
}

static inline bool is_surrogate(unichar c) {
    return c >= 0xd800 && c <= 0xdfff;
}

// Length of the well-formed UTF-8 sequence at p, or 0 if there is none; then
// *bad is the length of the maximal ill-formed prefix (what one U+FFFD
// replaces, as in CPython) and *reason says why. With allow_surrogates
// (errors='surrogatepass') an encoded surrogate counts as well-formed.
static size_t utf8_seq_len(const byte *p, const byte *end, size_t *bad, const char **reason, bool allow_surrogates) {
    byte c = p[0];
    if (c < 0x80) {
        return 1;
    }
    size_t need;
    byte lo = 0x80, hi = 0xbf; // allowed range of the second byte
    if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        if (c == 0xe0) {
            lo = 0xa0;
        } else if (c == 0xed && !allow_surrogates) {
            hi = 0x9f;
        }
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        if (c == 0xf0) {
            lo = 0x90;
        } else if (c == 0xf4) {
            hi = 0x8f;
        }
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        if (p + i >= end) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        byte b = p[i];
        if (i == 1 ? (b < lo || b > hi) : !utf8_is_continuation(b)) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

// A code unit of `size` bytes (2 or 4) at p in the given byte order.
static uint32_t read_unit(const byte *p, size_t size, bool big) {
    uint32_t u = 0;
    for (size_t i = 0; i < size; i++) {
        u |= (uint32_t)p[big ? size - 1 - i : i] << (8 * i);
    }
    return u;
}

static void write_unit(vstr_t *out, uint32_t u, size_t size, bool big) {
    for (size_t i = 0; i < size; i++) {
        vstr_add_byte(out, (byte)(u >> (8 * (big ? size - 1 - i : i))));
    }
}

// UTF-16/UTF-32 decoding of data[0:len] (no BOM handling) into out. At an
// ill-formed unit *start/*end/*reason describe it and false is returned,
// unless errors='surrogatepass' lets a surrogate through.
static bool decode_wide(vstr_t *out, const byte *data, size_t len, size_t *pos, size_t size, bool big,
    errors_t mode, size_t *end, const char **reason) {
    size_t i = *pos;
    while (i < len) {
        if (len - i < size) {
            *pos = i;
            *end = len;
            *reason = "truncated data";
            return false;
        }
        uint32_t u = read_unit(data + i, size, big);
        if (size == 4) {
            if (u > 0x10ffff) {
                *end = i + 4;
                *reason = "code point not in range(0x110000)";
                *pos = i;
                return false;
            }
            if (is_surrogate(u) && mode != ERRORS_SURROGATEPASS) {
                *end = i + 4;
                *reason = "code point in surrogate code point range(0xd800, 0xe000)";
                *pos = i;
                return false;
            }
            vstr_add_char(out, u);
            i += 4;
            continue;
        }
        if (!is_surrogate(u)) {
            vstr_add_char(out, u);
            i += 2;
            continue;
        }
        const char *why = NULL;
        if (u >= 0xdc00) {
            why = "illegal encoding";
        } else if (len - i < 4) {
            why = "unexpected end of data";
        } else {
            uint32_t u2 = read_unit(data + i + 2, 2, big);
            if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                vstr_add_char(out, 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
                i += 4;
                continue;
            }
            why = "illegal UTF-16 surrogate";
        }
        if (mode == ERRORS_SURROGATEPASS) {
            vstr_add_char(out, u);
            i += 2;
            continue;
        }
        *pos = i;
        *end = why[0] == 'u' ? len : i + 2;
        *reason = why;
        return false;
    }
    *pos = i;
    return true;
}

// Value of the n hex digits at p, or -1 with *got the count of hex digits
// there (fewer than n, or the data ends).
static int32_t read_hex(const byte *p, const byte *end, size_t n, size_t *got) {
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p + i >= end || !unichar_isxdigit(p[i])) {
            *got = i;
            return -1;
        }
        v = v * 16 + (int32_t)unichar_xdigit_value(p[i]);
    }
    *got = n;
    return v;
}

// One backslash item at p (p[0] == '\\') for the escape codecs, appended to
// out. Returns the bytes used, or 0 with *bad (bytes in error) and *reason.
static size_t decode_escape(vstr_t *out, const byte *p, const byte *end, bool raw,
    size_t *bad, const char **reason) {
    if (p + 1 >= end) {
        if (raw) {
            vstr_add_byte(out, '\\');
            return 1;
        }
        *bad = 1;
        *reason = "\\ at end of string";
        return 0;
    }
    byte c = p[1];
    if (raw && c != 'u' && c != 'U') {
        // A doubled backslash goes out as is, so "\\\\u" is no escape.
        size_t n = c == '\\' ? 2 : 1;
        vstr_add_strn(out, (const char *)p, n);
        return n;
    }
    static const char simple_in[] = "\n\\'\"abfnrtv";
    static const char simple_out[] = "\0\\'\"\a\b\f\n\r\t\v";
    const char *hit = c != 0 ? strchr(simple_in, c) : NULL;
    if (hit != NULL) {
        char o = simple_out[hit - simple_in];
        if (c != '\n') {
            vstr_add_byte(out, (byte)o);
        }
        return 2;
    }
    if (c >= '0' && c <= '7') {
        // Up to three octal digits; values above 0o377 are code points too.
        unichar v = 0;
        size_t i = 1;
        while (i < 4 && p + i < end && p[i] >= '0' && p[i] <= '7') {
            v = v * 8 + (unichar)(p[i] - '0');
            i++;
        }
        vstr_add_char(out, v);
        return i;
    }
    size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits > 0) {
        size_t got;
        int32_t v = read_hex(p + 2, end, digits, &got);
        if (v < 0) {
            *bad = 2 + got;
            *reason = c == 'x' ? "truncated \\xXX escape"
                    : c == 'u' ? "truncated \\uXXXX escape"
                               : "truncated \\UXXXXXXXX escape";
            return 0;
        }
        if (v > 0x10ffff) {
            *bad = 2 + digits;
            *reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
            return 0;
        }
        vstr_add_char(out, (unichar)v);
        return 2 + digits;
    }
    if (c == 'N') {
        const byte *name = p + 3;
        const byte *close = name;
        while (close < end && *close != '}') {
            close++;
        }
        if (p + 2 >= end || p[2] != '{' || close >= end || close == name) {
            *bad = p + 2 >= end || p[2] != '{' ? 2 : (size_t)(close - p);
            *reason = "malformed \\N character escape";
            return 0;
        }
        int32_t v = unichar_lookup_name((const char *)name, (size_t)(close - name));
        if (v < 0) {
            *bad = (size_t)(close - p) + 1;
            *reason = "unknown Unicode character name";
            return 0;
        }
        vstr_add_char(out, (unichar)v);
        return (size_t)(close - p) + 1;
    }
    // An unknown escape keeps its backslash (CPython also warns).
    vstr_add_byte(out, '\\');
    return 1;
}

// Decoding that is not a copy of valid UTF-8: other codecs and errors.
// (noinline: inlined into its caller it would be compiled at -O2.)
__attribute__((noinline)) MP_COLD static mp_obj_t decode_slow(const byte *data, size_t len, mp_obj_t src, mp_obj_t errors,
    errors_t mode, codec_t codec) {
    bool wide = codec >= CODEC_UTF16;
    bool escapes = codec == CODEC_UNIESC || codec == CODEC_RAWUNIESC;
    vstr_t out;
    vstr_init(&out, len + 8);
    const byte *p = data;
    const byte *end = data + len;
    size_t unit = codec >= CODEC_UTF32 ? 4 : 2;
    bool big = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    bool bom = codec == CODEC_UTF16 || codec == CODEC_UTF32;
    if (bom) {
        // A BOM gives the byte order (and is dropped); little-endian without.
        static const byte bom16le[] = { 0xff, 0xfe }, bom16be[] = { 0xfe, 0xff };
        static const byte bom32le[] = { 0xff, 0xfe, 0, 0 }, bom32be[] = { 0, 0, 0xfe, 0xff };
        const byte *le = unit == 2 ? bom16le : bom32le, *be = unit == 2 ? bom16be : bom32be;
        if (len >= unit && memcmp(data, be, unit) == 0) {
            big = true;
            p += unit;
        } else if (len >= unit && memcmp(data, le, unit) == 0) {
            p += unit;
        }
        codec = (codec_t)(codec + (big ? 2 : 1)); // the -le/-be name for messages
    }
    while (p < end) {
        size_t bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (wide) {
            size_t pos = (size_t)(p - data), stop;
            if (decode_wide(&out, data, len, &pos, unit, big, mode, &stop, &reason)) {
                break;
            }
            p = data + pos;
            bad = stop - pos;
        } else {
            byte c = *p;
            if (escapes && c == '\\') {
                size_t n = decode_escape(&out, p, end, codec == CODEC_RAWUNIESC, &bad, &reason);
                if (n > 0) {
                    p += n;
                    continue;
                }
            } else if (c < 0x80 || codec == CODEC_LATIN1 || escapes || codec == CODEC_LATIN9 || codec == CODEC_CP437) {
                // The escape codecs read other bytes as Latin-1.
                vstr_add_char(&out, charmap_decode(codec, c));
                p++;
                continue;
            }
            if (codec == CODEC_UTF8) {
                size_t n = utf8_seq_len(p, end, &bad, &reason, mode == ERRORS_SURROGATEPASS);
                if (n > 0) {
                    vstr_add_strn(&out, (const char *)p, n);
                    p += n;
                    continue;
                }
            }
        }
        size_t esc = 0;
        if (mode == ERRORS_SURROGATEESCAPE) {
            // As in CPython, the leading bytes >= 0x80 of the bad range (up to
            // 4) become U+DC80..U+DCFF and decoding resumes after them; only
            // a range that starts with an ASCII byte is an error.
            while (esc < bad && esc < 4 && p[esc] >= 0x80) {
                vstr_add_char(&out, 0xdc00 + p[esc++]);
            }
        }
        if (esc) {
            p += esc;
            continue;
        } else if (mode == ERRORS_IGNORE) {
        } else if (mode == ERRORS_REPLACE) {
            vstr_add_char(&out, 0xfffd);
        } else if (mode == ERRORS_BACKSLASH) {
            for (size_t i = 0; i < bad; i++) {
                vstr_printf(&out, "\\x%02x", (unsigned int)p[i]);
            }
        } else if (mode == ERRORS_XMLCHARREF) {
            if (wide && !bom) {
                // CPython's explicit-order UTF-16/32 codecs wrap the error.
                mp_raise_TypeError_varg(MP_ERROR_TEXT("decoding with '%s' codec failed "
                    "(TypeError: don't know how to handle UnicodeDecodeError in error callback)"), codec_names[codec]);
            }
            mp_raise_TypeError(MP_ERROR_TEXT("don't know how to handle UnicodeDecodeError in error callback"));
        } else {
            mp_obj_t obj = src != MP_OBJ_NULL && mp_obj_is_exact_type(src, &mp_type_bytes)
                               ? src
                               : mp_obj_new_bytes(data, len);
            size_t start = (size_t)(p - data);
            raise_unicode_error(
                &mp_type_UnicodeDecodeError, codec, obj, start, start + bad, reason, errors);
        }
        p += bad;
    }
    return mp_obj_new_str_from_vstr(&out);
}

mp_obj_t mp_obj_str_decode(
    const byte *data, size_t len, mp_obj_t src, mp_obj_t encoding, mp_obj_t errors) {
    mp_obj_str_codec_check_args(encoding, errors, "decode");
    // CPython decodes no bytes to '' without looking the codec up (b''.decode
    // of any name); the source decoder (src NULL) still refuses unknown names.
    if (len == 0 && src != MP_OBJ_NULL) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    errors_t mode = errors_lookup(errors, "decode");
    codec_t codec = codec_lookup(encoding, "decode");
    if (codec == CODEC_UTF8SIG) {
        if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
            data += 3;
            len -= 3;
            src = MP_OBJ_NULL; // errors report the bytes after the BOM (as CPython)
        }
        codec = CODEC_UTF8;
    }
    bool wide = codec >= CODEC_UTF16;
    bool escapes = codec == CODEC_UNIESC || codec == CODEC_RAWUNIESC;
    if (codec == CODEC_UTF8) {
        // The check counts the code points too: len() of the result is free.
        size_t charlen = utf8_check_charlen(data, len);
        if (charlen != UTF8_INVALID) {
            return mp_obj_str_new_sized(&mp_type_str, data, len, charlen);
        }
    } else if (!wide && !escapes && mp_obj_str_bytes_are_ascii(data, len)) {
        return mp_obj_str_new_sized(&mp_type_str, data, len, len);
    }
    return decode_slow(data, len, src, errors, mode, codec);
}

// Code point c in the given codec (c must be encodable, or a surrogate
// passed on purpose).
static void encode_char(vstr_t *out, codec_t codec, unichar c) {
    switch (codec) {
        case CODEC_UTF8:
            vstr_add_char(out, c);
            break;
        case CODEC_ASCII:
        case CODEC_LATIN1:
            vstr_add_byte(out, (byte)c);
            break;
        case CODEC_LATIN9:
        case CODEC_CP437:
            vstr_add_byte(out, (byte)charmap_encode(codec, c));
            break;
        case CODEC_UTF16LE:
        case CODEC_UTF16BE: {
            bool big = codec == CODEC_UTF16BE;
            if (c >= 0x10000) {
                write_unit(out, 0xd800 + ((c - 0x10000) >> 10), 2, big);
                write_unit(out, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, big);
            } else {
                write_unit(out, c, 2, big);
            }
            break;
        }
        default:
            write_unit(out, c, 4, codec == CODEC_UTF32BE);
            break;
    }
}

// ASCII replacement text (from an error handler) in the codec.
static void encode_ascii(vstr_t *out, codec_t codec, const char *text) {
    while (*text) {
        encode_char(out, codec, (byte)*text++);
    }
}

// The escape codecs: raw leaves code points below 256 as Latin-1 bytes,
// the other writes everything outside printable ASCII (and the backslash)
// as a Python escape.
static void encode_escaped(vstr_t *out, const byte *p, size_t len, bool raw) {
    const byte *end = p + len;
    while (p < end) {
        unichar c = mp_obj_str_next_char(&p, end);
        if (raw && c < 0x100) {
            vstr_add_byte(out, (byte)c);
        } else if (c == '\\') {
            vstr_add_strn(out, "\\\\", 2);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        } else if (c >= 0x20 && c < 0x7f) {
            vstr_add_byte(out, (byte)c);
        } else {
            vstr_printf(out, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned int)c);
        }
    }
}

// Whether the run of characters a charmap codec cannot take, from p on, holds
// one that errors='surrogateescape' cannot escape: CPython then reports the
// whole run, the escapable surrogates before it included.
static bool charmap_run_unescapable(const byte *p, const byte *end, codec_t codec) {
    while (p < end) {
        unichar d = mp_obj_str_next_char(&p, end);
        if (d < 0x80 || charmap_encode(codec, d) >= 0) {
            return false;
        }
        if (d < 0xdc80 || d > 0xdcff) {
            return true;
        }
    }
    return false;
}

// Encoding one code point at a time: the wide codecs, text the codec cannot
// take, and surrogates.
__attribute__((noinline)) MP_COLD static void encode_slow(vstr_t *out, mp_obj_t str, const byte *data, size_t len,
    mp_obj_t errors, errors_t mode, codec_t codec, codec_t name) {
    bool wide = codec >= CODEC_UTF16;
    bool charmap = codec == CODEC_LATIN9 || codec == CODEC_CP437;
    unichar limit = codec == CODEC_ASCII || charmap ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    bool unicode = limit == 0x110000;
    const char *reason = codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                         : charmap               ? "character maps to <undefined>"
                                                 : "surrogates not allowed";
    const byte *p = data;
    const byte *end = data + len;
    size_t index = 0; // code point index of p
    while (p < end) {
        unichar c = mp_obj_str_next_char(&p, end);
        if ((c < limit && !(unicode && is_surrogate(c))) || (charmap && charmap_encode(codec, c) >= 0)) {
            encode_char(out, codec, c);
        } else if (mode == ERRORS_SURROGATEPASS && unicode && is_surrogate(c)) {
            encode_char(out, codec, c);
        } else if (mode == ERRORS_SURROGATEESCAPE && c >= 0xdc80 && c <= 0xdcff && !wide
                   && !(charmap && charmap_run_unescapable(p, end, codec))) {
            vstr_add_byte(out, (byte)(c - 0xdc00));
        } else if (mode == ERRORS_IGNORE) {
        } else if (mode == ERRORS_REPLACE) {
            encode_char(out, codec, '?');
        } else if (mode == ERRORS_BACKSLASH || mode == ERRORS_XMLCHARREF) {
            vstr_t text;
            vstr_init(&text, 16);
            vstr_printf(&text,
                mode == ERRORS_XMLCHARREF ? "&#%u;"
                : c < 0x100               ? "\\x%02x"
                : c < 0x10000             ? "\\u%04x"
                                          : "\\U%08x",
                (unsigned int)c);
            encode_ascii(out, codec, vstr_null_terminated_str(&text));
            vstr_clear(&text);
        } else {
            // Report the whole run of characters the codec cannot take (the
            // UTF-16/32 codecs report one).
            size_t stop = index + 1;
            while (p < end && !wide) {
                const byte *q = p;
                unichar d = mp_obj_str_next_char(&q, end);
                if ((d < limit && !(unicode && is_surrogate(d))) || (charmap && charmap_encode(codec, d) >= 0)) {
                    break;
                }
                p = q;
                stop++;
            }
            raise_unicode_error(
                &mp_type_UnicodeEncodeError, name, str, index, stop, reason, errors);
        }
        index++;
    }
}

void mp_obj_str_encode(vstr_t *out, mp_obj_t str, mp_obj_t encoding, mp_obj_t errors) {
    mp_obj_str_codec_check_args(encoding, errors, "encode");
    errors_t mode = errors_lookup(errors, "encode");
    codec_t codec = codec_lookup(encoding, "encode");
    GET_STR_DATA_LEN(str, data, len);
    if (codec == CODEC_UNIESC || codec == CODEC_RAWUNIESC) {
        // Every code point has a spelling here: errors never happen.
        encode_escaped(out, data, len, codec == CODEC_RAWUNIESC);
        return;
    }
    // as the caller spelt it, for messages (CPython names utf-8-sig utf-8)
    codec_t name = codec == CODEC_UTF8SIG ? CODEC_UTF8 : codec;
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32 || codec == CODEC_UTF8SIG) {
        // A BOM, then little-endian (or UTF-8).
        codec = codec == CODEC_UTF8SIG ? CODEC_UTF8 : (codec_t)(codec + 1);
        encode_char(out, codec, 0xfeff);
    }
    bool wide = codec >= CODEC_UTF16;
    // Text without surrogates (in UTF-8 they start with 0xed) is its own
    // UTF-8 encoding, and ASCII text that of every 8-bit codec. (An empty
    // str's data may be NULL, which memchr must not see.)
    bool no_ed = codec == CODEC_UTF8 && (len == 0 || memchr(data, 0xed, len) == NULL);
    if (!wide && (no_ed || mp_obj_str_charlen(str) == len)) {
        vstr_add_strn(out, (const char *)data, len);
        return;
    }
    encode_slow(out, str, data, len, errors, mode, codec, name);
}

// ---------------------------------------------------------------------------
// The str(...) constructor (bytes(...) is in py/objstrbytes.c)

static mp_obj_t str_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw == 0 && n_args <= 1) {
        if (n_args == 0) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        return mp_obj_str_as_returned(args[0]);
    }
    enum { ARG_object, ARG_encoding, ARG_errors };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_object, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_encoding, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_errors, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_str, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t obj = vals[ARG_object].u_obj;
    mp_obj_str_codec_check_args(vals[ARG_encoding].u_obj, vals[ARG_errors].u_obj, "str");
    if (obj == MP_OBJ_NULL) {
        obj = mp_obj_new_bytes(NULL, 0);
    }
    if (vals[ARG_encoding].u_obj == MP_OBJ_NULL && vals[ARG_errors].u_obj == MP_OBJ_NULL) {
        return mp_obj_str_as_returned(obj);
    }
    if (mp_obj_str_cast(obj) != MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("decoding str is not supported"));
    }
    const byte *data;
    size_t len;
    if (!mp_obj_str_get_bytes_like(obj, &data, &len)) {
        mp_raise_TypeError_obj_unsupported(
            obj, MP_ERROR_TEXT("decoding to str: need a bytes-like object, %s found"));
    }
    return mp_obj_str_decode(data, len, obj, vals[ARG_encoding].u_obj, vals[ARG_errors].u_obj);
}

// ---------------------------------------------------------------------------
// Operators

static mp_obj_t str_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_t self;
    const byte *data;
    size_t len;
    const mp_obj_type_t *type = mp_obj_str_get_self(self_in, &self, &data, &len);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(type == &mp_type_str ? mp_obj_str_charlen(self) : len);
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT((mp_int_t)mp_obj_str_get_hash(self));
        default:
            return MP_OBJ_NULL;
    }
}

// `item in self` for str and bytes.
bool mp_obj_str_contains(const mp_obj_type_t *type, const byte *data, size_t len, mp_obj_t item) {
    const byte *sub;
    size_t sub_len;
    if (type == &mp_type_str) {
        mp_obj_t s = mp_obj_str_cast(item);
        if (s == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                item, MP_ERROR_TEXT("'in <string>' requires string as left operand, not %s"));
        }
        GET_STR_DATA_LEN(s, d, l);
        sub = d;
        sub_len = l;
    } else if (!mp_obj_str_get_bytes_like(item, &sub, &sub_len)) {
        // A byte value: an int (a subclass too) or any object with __index__.
        mp_obj_t i = mp_seq_index_as_int(item);
        if (i == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                item, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
        }
        // A big int is out of range: ValueError, not OverflowError.
        mp_int_t v = mp_obj_is_small_int(i) ? MP_OBJ_SMALL_INT_VALUE(i) : -1;
        if (v < 0 || v > 255) {
            mp_raise_ValueError(MP_ERROR_TEXT("byte must be in range(0, 256)"));
        }
        return len > 0 && memchr(data, (int)v, len) != NULL;
    }
    if (sub_len == 0) {
        return true;
    }
    if (sub_len > len) {
        return false;
    }
    const byte *p = data;
    const byte *last = data + len - sub_len;
    while (p <= last) {
        p = memchr(p, sub[0], (size_t)(last - p) + 1);
        if (p == NULL) {
            return false;
        }
        if (memcmp(p + 1, sub + 1, sub_len - 1) == 0) {
            return true;
        }
        p++;
    }
    return false;
}

MP_COLD static MP_NORETURN void raise_repeat_overflow(bool is_str) {
    mp_raise_OverflowError(is_str ? MP_ERROR_TEXT("repeated string is too long")
                                  : MP_ERROR_TEXT("repeated bytes are too long"));
}

mp_obj_t mp_obj_str_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_t lhs;
    const byte *ldata;
    size_t llen;
    const mp_obj_type_t *type = mp_obj_str_get_self(lhs_in, &lhs, &ldata, &llen);
    bool is_str = type == &mp_type_str;
    if (op == MP_BINARY_OP_MODULO || op == MP_BINARY_OP_INPLACE_MODULO) {
        return mp_obj_str_mod_format(lhs, rhs_in, !is_str);
    }
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(mp_obj_str_contains(type, ldata, llen, rhs_in));
    }
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY ||
        op == MP_BINARY_OP_REVERSE_MULTIPLY) {
        size_t n;
        if (!mp_seq_repeat_count(rhs_in, &n)) {
            return mp_seq_unsupported_operand(op, type->name, lhs_in, rhs_in);
        }
        if (n == 1 && lhs == lhs_in) {
            return lhs;
        }
        // CPython: a length past the ssize_t range is an OverflowError (below
        // it, a MemoryError when the allocation fails).
        size_t total;
        if (__builtin_mul_overflow(llen, n, &total) || total > PTRDIFF_MAX) {
            raise_repeat_overflow(is_str);
        }
        if (total == 0) {
            return mp_obj_str_new_sized(type, NULL, 0, 0);
        }
        size_t charlen =
            is_str && mp_obj_str_charlen(lhs) == llen ? total : MP_OBJ_STR_CHARLEN_UNKNOWN;
        byte *dst;
        mp_obj_t o = mp_obj_str_new_uninit(type, total, charlen, &dst);
        mp_seq_multiply(ldata, 1, llen, n, dst);
        return o;
    }
    // The other operand must be of the same kind.
    const byte *rdata;
    size_t rlen;
    mp_obj_t rhs = MP_OBJ_NULL;
    bool is_add = op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD;
    if (is_str) {
        rhs = mp_obj_str_cast(rhs_in);
        if (rhs == MP_OBJ_NULL) {
            return is_add ? mp_seq_unsupported_operand(op, MP_QSTR_str, lhs_in, rhs_in) : MP_OBJ_NULL;
        }
        if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
            bool eq = mp_obj_str_equal(lhs, rhs);
            return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
        }
        GET_STR_DATA_LEN(rhs, d, l);
        rdata = d;
        rlen = l;
    } else if (!mp_obj_str_get_bytes_like(rhs_in, &rdata, &rlen)) {
        return is_add ? mp_seq_unsupported_operand(op, MP_QSTR_bytes, lhs_in, rhs_in) : MP_OBJ_NULL;
    } else if (!is_add) {
        // bytes compares only with bytes and bytearray; memoryview answers
        // == itself, anything else is unordered (as in CPython).
        mp_obj_t native = mp_obj_cast_to_native_base(rhs_in, MP_OBJ_NULL);
        if (!mp_obj_is_type(native, &mp_type_bytes) && !mp_obj_is_type(native, &mp_type_bytearray)) {
            return MP_OBJ_NULL;
        }
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            if (rlen == 0 && lhs == lhs_in) {
                return lhs;
            }
            if (llen == 0 && mp_obj_get_type(rhs_in) == type) {
                return rhs_in;
            }
            size_t charlen = MP_OBJ_STR_CHARLEN_UNKNOWN;
            if (is_str) {
                size_t lc = mp_obj_str_charlen(lhs);
                size_t rc = mp_obj_str_charlen(rhs);
                charlen = lc + rc;
            }
            byte *dst;
            mp_obj_t o = mp_obj_str_new_uninit(type, m_size_add(llen, rlen), charlen, &dst);
            memcpy(dst, ldata, llen);
            memcpy(dst + llen, rdata, rlen);
            return o;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL:
            // UTF-8 preserves code point order, so bytewise comparison is right for str too.
            return mp_obj_new_bool(mp_seq_cmp_bytes(op, ldata, llen, rdata, rlen));
        default:
            return MP_OBJ_NULL;
    }
}

// Index of an int-like subscript into a sequence of len items; raises with
// the messages CPython uses for str (is_str) and bytes.
static size_t str_index(mp_obj_t index, size_t len, bool is_str) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (!mp_seq_index_value(index, &i)) {
        if (is_str) {
            mp_raise_TypeError_obj_unsupported(
                index, MP_ERROR_TEXT("string indices must be integers, not '%s'"));
        }
        mp_raise_TypeError_obj_unsupported(
            index, MP_ERROR_TEXT("byte indices must be integers or slices, not %s"));
    }
    if (i < 0) {
        i += (mp_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        mp_raise_IndexError(is_str ? MP_ERROR_TEXT("string index out of range")
                                                 : MP_ERROR_TEXT("index out of range"));
    }
    return (size_t)i;
}

// Number of items a normalised slice selects.
static size_t slice_count(const mp_bound_slice_t *s) {
    if (s->step > 0) {
        return s->stop > s->start ? (size_t)((s->stop - s->start - 1) / s->step + 1) : 0;
    }
    return s->start > s->stop ? (size_t)((s->start - s->stop - 1) / -s->step + 1) : 0;
}

static mp_obj_t str_slice(
    mp_obj_t self, const mp_obj_type_t *type, const byte *data, size_t len, mp_obj_t slice) {
    bool is_str = type == &mp_type_str;
    size_t charlen = is_str ? mp_obj_str_charlen(self) : len;
    bool ascii = charlen == len;
    mp_bound_slice_t b;
    if (mp_seq_get_fast_slice_indexes(charlen, slice, &b)) {
        size_t start = (size_t)b.start;
        size_t n = (size_t)(b.stop - b.start);
        // The whole of a str (interned ones too) or bytes is itself.
        if (n == charlen && (mp_obj_is_qstr(self) || (mp_obj_is_obj(self) &&
            ((mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type == type))) {
            return self;
        }
        if (ascii) {
            return mp_obj_str_new_sized(type, data + start, n, n);
        }
        size_t bs = mp_obj_str_char_to_byte(data, len, start);
        size_t be = bs + mp_obj_str_char_to_byte(data + bs, len - bs, n);
        return mp_obj_str_new_sized(type, data + bs, be - bs, n);
    }
    size_t n = slice_count(&b);
    if (ascii) {
        mp_obj_str_ext_t *o = str_alloc_inline(type, n);
        byte *dst = (byte *)o->s.data;
        mp_int_t i = b.start;
        for (size_t k = 0; k < n; k++, i += b.step) {
            dst[k] = data[i];
        }
        o->charlen = n;
        return MP_OBJ_FROM_PTR(o);
    }
    // Non-ASCII text with a step: find every code point's offset once.
    size_t *offsets = m_new(size_t, charlen + 1);
    size_t off = 0;
    for (size_t k = 0; k <= charlen; k++) {
        offsets[k] = off;
        if (off < len) {
            off++;
            while (off < len && utf8_is_continuation(data[off])) {
                off++;
            }
        }
    }
    vstr_t vstr;
    vstr_init(&vstr, n * 2 + 1);
    mp_int_t i = b.start;
    for (size_t k = 0; k < n; k++, i += b.step) {
        vstr_add_strn(&vstr, (const char *)data + offsets[i], offsets[i + 1] - offsets[i]);
    }
    m_del(size_t, offsets, charlen + 1);
    return mp_obj_str_new_from_vstr_kind(&mp_type_str, &vstr, n);
}

static mp_obj_t str_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // immutable: the runtime reports it
    }
    mp_obj_t self;
    const byte *data;
    size_t len;
    const mp_obj_type_t *type = mp_obj_str_get_self(self_in, &self, &data, &len);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        return str_slice(self, type, data, len, index);
    }
    if (type != &mp_type_str) {
        return MP_OBJ_NEW_SMALL_INT(data[str_index(index, len, false)]);
    }
    size_t charlen = mp_obj_str_charlen(self);
    size_t i = str_index(index, charlen, true);
    if (charlen == len) {
        return str_one_char(data + i, 1);
    }
    size_t off = mp_obj_str_char_to_byte(data, len, i);
    const byte *p = data + off;
    mp_obj_str_next_char(&p, data + len);
    return str_one_char(data + off, (size_t)(p - (data + off)));
}

// ---------------------------------------------------------------------------
// Iteration

typedef struct _str_it_t {
    mp_obj_base_t base;
    mp_obj_t str;
    size_t pos; // byte offset of the next item
} str_it_t;

static mp_obj_t str_it_iternext(mp_obj_t self_in) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    GET_STR_DATA_LEN(it->str, data, len);
    if (it->pos >= len) {
        it->pos = SIZE_MAX; // exhausted (for __reduce__)
        return MP_OBJ_STOP_ITERATION;
    }
    const byte *p = data + it->pos;
    const byte *q = p + 1;
    if (*p >= 0x80) {
        q = p;
        mp_obj_str_next_char(&q, data + len);
    }
    it->pos = (size_t)(q - data);
    return str_one_char(p, (size_t)(q - p));
}

static mp_obj_t bytes_it_iternext(mp_obj_t self_in) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    mp_obj_str_t *s = MP_OBJ_TO_PTR(it->str);
    if (it->pos >= s->len) {
        it->pos = SIZE_MAX;
        return MP_OBJ_STOP_ITERATION;
    }
    return MP_OBJ_NEW_SMALL_INT(s->data[it->pos++]);
}

// __length_hint__(): the items left, characters for str, bytes for bytes.
MP_COLD static mp_obj_t str_it_length_hint(mp_obj_t self_in) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    GET_STR_DATA_LEN(it->str, data, len);
    if (it->pos >= len) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    size_t left = len - it->pos;
    if (MP_OBJ_TYPE_GET_SLOT_OR_NULL((it->base.type), iternext) == str_it_iternext) {
        left = utf8_charlen(data + it->pos, left);
    }
    return mp_obj_new_int_from_uint(left);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_it_length_hint_obj, str_it_length_hint);

// Pickling, as CPython: __reduce__() gives (iter, (s,), index of the next
// item) and, once exhausted, (iter, ('',)) or (iter, ((),)) for bytes;
// __setstate__(i) moves to item i (clamped to the string).
MP_COLD static mp_obj_t str_it_reduce(mp_obj_t self_in) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    bool is_str = it->base.type == &mp_type_str_it;
    if (it->pos == SIZE_MAX) {
        return mp_obj_iter_reduce(MP_OBJ_NULL, is_str ? MP_OBJ_NEW_QSTR(MP_QSTR_) : MP_OBJ_NULL, MP_OBJ_NULL);
    }
    GET_STR_DATA_LEN(it->str, data, len);
    (void)len;
    return mp_obj_iter_reduce(MP_OBJ_NULL, it->str,
        mp_obj_new_int_from_uint(is_str ? utf8_charlen(data, it->pos) : it->pos));
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_it_reduce_obj, str_it_reduce);

MP_COLD static mp_obj_t str_it_setstate(mp_obj_t self_in, mp_obj_t state) {
    str_it_t *it = MP_OBJ_TO_PTR(self_in);
    GET_STR_DATA_LEN(it->str, data, len);
    mp_int_t i = mp_obj_get_int(state);
    if (it->pos == SIZE_MAX) {
        return mp_const_none;
    }
    bool is_str = it->base.type == &mp_type_str_it;
    size_t n = is_str ? utf8_charlen(data, len) : len;
    i = i < 0 ? 0 : (size_t)i > n ? (mp_int_t)n : i;
    it->pos = is_str ? mp_obj_str_char_to_byte(data, len, i) : (size_t)i;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(str_it_setstate_obj, str_it_setstate);

static const mp_rom_map_elem_t str_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&str_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&str_it_reduce_obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&str_it_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(str_it_locals_dict, str_it_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_str_it, MP_QSTR_str_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, str_it_iternext,
    locals_dict, (mp_obj_dict_t *)&str_it_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bytes_it, MP_QSTR_bytes_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, bytes_it_iternext,
    locals_dict, (mp_obj_dict_t *)&str_it_locals_dict
    );

static mp_obj_t str_getiter(mp_obj_t self_in) {
    mp_obj_t self;
    const byte *data;
    size_t len;
    const mp_obj_type_t *type = mp_obj_str_get_self(self_in, &self, &data, &len);
    str_it_t *it = m_new_obj(str_it_t);
    it->base.type = type == &mp_type_str ? &mp_type_str_it : &mp_type_bytes_it;
    it->str = self;
    it->pos = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Buffer protocol (read-only) and the types

static int str_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    if (flags & MP_BUFFER_WRITE) {
        return 1;
    }
    mp_obj_t self;
    const byte *data;
    size_t len;
    mp_obj_str_get_self(self_in, &self, &data, &len);
    bufinfo->buf = (void *)data;
    bufinfo->len = len;
    bufinfo->typecode = 'B';
    return 0;
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_str, MP_QSTR_str, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    print, str_print,
    make_new, str_make_new,
    unary_op, str_unary_op,
    binary_op, mp_obj_str_binary_op,
    subscr, str_subscr,
    getiter, str_getiter,
    buffer, str_get_buffer,
    locals_dict, (mp_obj_dict_t *)&mp_obj_str_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bytes, MP_QSTR_bytes, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE,
    print, str_print,
    make_new, mp_obj_bytes_make_new,
    unary_op, str_unary_op,
    binary_op, mp_obj_str_binary_op,
    subscr, str_subscr,
    getiter, str_getiter,
    buffer, str_get_buffer,
    locals_dict, (mp_obj_dict_t *)&mp_obj_bytes_locals_dict
    );

MP_COLD mp_obj_t mp_obj_new_str_from_os(const char *s, size_t len) {
    if (utf8_check((const byte *)s, len)) {
        return mp_obj_new_str(s, len);
    }
    return mp_obj_str_decode((const byte *)s, len, MP_OBJ_NULL,
        MP_OBJ_NEW_QSTR(MP_QSTR_utf_dash_8), MP_OBJ_NEW_QSTR(MP_QSTR_surrogateescape));
}

MP_COLD const char *mp_obj_str_get_os_data(mp_obj_t str, size_t *len) {
    const char *s = mp_obj_str_get_data(str, len);
    // A surrogate is stored as ED A0..BF xx: without an ED byte there is none.
    if (memchr(s, 0xed, *len) == NULL) {
        return s;
    }
    vstr_t out;
    vstr_init(&out, *len + 1);
    mp_obj_str_encode(&out, str, MP_OBJ_NEW_QSTR(MP_QSTR_utf_dash_8), MP_OBJ_NEW_QSTR(MP_QSTR_surrogateescape));
    *len = out.len;
    return vstr_null_terminated_str(&out);
}
