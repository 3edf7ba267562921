// Small shared utilities: heap allocation macros, the growable string
// builder (vstr) and UTF-8 helpers. Everything here allocates on the GC heap.
#ifndef MICROPY_INCLUDED_PY_MISC_H
#define MICROPY_INCLUDED_PY_MISC_H

#include "py/mpconfig.h"
#include <string.h>

// Heap allocation. All memory comes from the GC heap (py/gc.c); a failed
// allocation raises MemoryError through nlr and never returns NULL, except
// the *_maybe variants which return NULL instead of raising.
// m_new0 zeroes; m_new_atomic marks memory that holds no pointers (raw bytes,
// bigint digits) so the collector does not scan it.
void *m_malloc(size_t num_bytes);
void *m_malloc_maybe(size_t num_bytes);
void *m_malloc_atomic(size_t num_bytes);
// Atomic and zeroed: cheaper than m_malloc_atomic and memset where the heap
// hands out memory it never used (already zero).
void *m_malloc_atomic_zeroed(size_t num_bytes);
void *m_malloc_with_finaliser(size_t num_bytes);
void *m_realloc(void *ptr, size_t new_num_bytes);
void *m_realloc_maybe(void *ptr, size_t new_num_bytes, bool allow_move);
void m_free(void *ptr);
MP_NORETURN void m_malloc_fail(size_t num_bytes);
// Zeroed memory: m_malloc's already is (py/gc.h), so this only names the
// caller's reliance on it.
static inline void *m_malloc0(size_t num_bytes) {
    return m_malloc(num_bytes);
}

// Sizes in the allocation macros saturate instead of wrapping: a count that
// overflows asks for SIZE_MAX bytes, which fails (MemoryError, or NULL from
// the _maybe forms) rather than allocating a small block that is overrun.
static inline size_t m_size_mul_sat(size_t a, size_t b) {
    size_t r;
    return __builtin_mul_overflow(a, b, &r) ? SIZE_MAX : r;
}
static inline size_t m_size_add_sat(size_t a, size_t b) {
    size_t r;
    return __builtin_add_overflow(a, b, &r) ? SIZE_MAX : r;
}

#define m_new(type, num) ((type *)(m_malloc(m_size_mul_sat(sizeof(type), (num)))))
#define m_new0(type, num) ((type *)(m_malloc0(m_size_mul_sat(sizeof(type), (num)))))
#define m_new_atomic(type, num) ((type *)(m_malloc_atomic(m_size_mul_sat(sizeof(type), (num)))))
#define m_new_maybe(type, num) ((type *)(m_malloc_maybe(m_size_mul_sat(sizeof(type), (num)))))
#define m_new_obj(type) ((type *)(m_malloc(sizeof(type))))
#define m_new_obj_var(obj_type, var_type, var_num) \
    ((obj_type *)m_malloc(m_size_add_sat(sizeof(obj_type), m_size_mul_sat(sizeof(var_type), (var_num)))))
#define m_new_obj_with_finaliser(type) ((type *)(m_malloc_with_finaliser(sizeof(type))))
#define m_renew(type, ptr, old_num, new_num) \
    ((type *)(m_realloc((ptr), m_size_mul_sat(sizeof(type), (new_num)))))
#define m_renew_maybe(type, ptr, old_num, new_num, allow_move) \
    ((type *)(m_realloc_maybe((ptr), m_size_mul_sat(sizeof(type), (new_num)), (allow_move))))
#define m_del(type, ptr, num) ((void)(num), m_free(ptr))
#define m_del_obj(type, ptr) (m_del(type, ptr, 1))

// Overflow-checked size arithmetic: raises MemoryError on overflow.
size_t m_size_mul(size_t a, size_t b);
size_t m_size_add(size_t a, size_t b);

// vstr: a growable byte buffer used to build strings. The buffer lives on the
// GC heap; vstr_t itself usually lives on the C stack (found by the
// conservative stack scan). buf is not NUL-terminated unless vstr_null_terminated_str
// is called. fixed_buf: a vstr over caller-owned memory that never grows (truncates),
// unless spill is set: then the first growth moves it to the heap (a stack
// buffer for the common short case spares the allocator an alloc and a free).
typedef struct _vstr_t {
    size_t alloc;
    size_t len;
    char *buf;
    bool fixed_buf;
    bool spill;
} vstr_t;

#define VSTR_FIXED(vstr, alloc) vstr_t vstr; char vstr##_buf[(alloc)]; vstr_init_fixed_buf(&vstr, (alloc), vstr##_buf);

void vstr_init(vstr_t *vstr, size_t alloc);
void vstr_init_len(vstr_t *vstr, size_t len);
void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf);
void vstr_init_spill(vstr_t *vstr, size_t alloc, char *buf);
void vstr_clear(vstr_t *vstr);
vstr_t *vstr_new(size_t alloc);
void vstr_free(vstr_t *vstr);
static inline void vstr_reset(vstr_t *vstr) {
    vstr->len = 0;
}
static inline char *vstr_str(vstr_t *vstr) {
    return vstr->buf;
}
static inline size_t vstr_len(vstr_t *vstr) {
    return vstr->len;
}
void vstr_hint_size(vstr_t *vstr, size_t size);
char *vstr_extend(vstr_t *vstr, size_t size);
char *vstr_add_len(vstr_t *vstr, size_t len);
char *vstr_null_terminated_str(vstr_t *vstr);
void vstr_add_byte(vstr_t *vstr, byte v);
void vstr_add_char(vstr_t *vstr, uint32_t codepoint); // UTF-8 encodes
void vstr_add_str(vstr_t *vstr, const char *str);
void vstr_add_strn(vstr_t *vstr, const char *str, size_t len);
void vstr_ins_byte(vstr_t *vstr, size_t byte_pos, byte b);
void vstr_ins_char(vstr_t *vstr, size_t char_pos, uint32_t chr);
void vstr_cut_head_bytes(vstr_t *vstr, size_t bytes_to_cut);
void vstr_cut_tail_bytes(vstr_t *vstr, size_t bytes_to_cut);
void vstr_cut_out_bytes(vstr_t *vstr, size_t byte_pos, size_t bytes_to_cut);
void vstr_printf(vstr_t *vstr, const char *fmt, ...);

// UTF-8 helpers (py/unicode.c). Strings are valid UTF-8 inside.
typedef uint32_t unichar;
unichar utf8_get_char(const byte *s);           // decode one code point at s
const byte *utf8_next_char(const byte *s);
const byte *utf8_prev_char(const byte *s);       // s must not be the start
size_t utf8_charlen(const byte *str, size_t len); // number of code points
bool utf8_check(const byte *p, size_t len);       // valid UTF-8?
// Number of code points of valid UTF-8, else UTF8_INVALID.
size_t utf8_check_charlen(const byte *p, size_t len);
#define UTF8_INVALID ((size_t)-1)
size_t utf8_encode(unichar c, byte *out);         // writes 1..4 bytes, returns count
// Whether text holds a lone surrogate (stored as ED A0..BF): what a text
// stream's error handler must see.
bool utf8_has_surrogate(const byte *p, size_t len);
static inline bool utf8_is_nonascii(byte c) {
    return c >= 0x80;
}
static inline bool utf8_is_continuation(byte c) {
    return (c & 0xc0) == 0x80;
}
bool unichar_isspace(unichar c);
bool unichar_isalpha(unichar c);
bool unichar_isprint(unichar c);
bool unichar_isdigit(unichar c);
bool unichar_isxdigit(unichar c);
bool unichar_isident(unichar c);   // letter, digit or underscore (ASCII + non-ASCII letters)
bool unichar_isupper(unichar c);
bool unichar_islower(unichar c);
unichar unichar_tolower(unichar c);
unichar unichar_toupper(unichar c);
mp_uint_t unichar_xdigit_value(unichar c);
bool unichar_isdecimal(unichar c);   // str.isdecimal of one code point
bool unichar_isanydigit(unichar c);  // str.isdigit of one code point
bool unichar_isnumeric(unichar c);   // str.isnumeric of one code point
bool unichar_istitle(unichar c);     // titlecase letter (category Lt)
bool unichar_iscased(unichar c);     // Cased: upper, lower or titlecase
bool unichar_iscaseignorable(unichar c);
bool unichar_isidstart(unichar c);   // XID_Start or '_'
// Full case mappings (SpecialCasing): write 1..3 code points, return how many.
size_t unichar_tolower_full(unichar c, unichar out[3]);
size_t unichar_toupper_full(unichar c, unichar out[3]);
size_t unichar_totitle_full(unichar c, unichar out[3]);
size_t unichar_tofold_full(unichar c, unichar out[3]);
// int()/float() text with non-ASCII digits and spaces mapped to ASCII (a
// new GC buffer, or str itself when all ASCII); *len is updated.
const char *unichar_number_to_ascii(const char *str, size_t *len);


// The code point of a character name, or -1; the NFKC form of an identifier
// character (py/unicode.c, tables in py/unicode_names.h).
int32_t unichar_lookup_name(const char *name, size_t len);
bool unichar_name(unichar c, char *buf, size_t size);
const char *unichar_nfkc_ident(unichar c, unichar *out);

#endif // MICROPY_INCLUDED_PY_MISC_H
