// Internal interface of the str/bytes implementation, shared by
// py/objstr.c (types, representation, operators, codecs), py/objstrmethods.c
// (the methods), py/objstrformat.c (format() and %) and py/objarray.c
// (bytearray reuses the bytes methods).
#ifndef MICROPY_INCLUDED_PY_OBJSTR_H
#define MICROPY_INCLUDED_PY_OBJSTR_H

#include "py/obj.h"

// Representation. A str is either a qstr (an interned immediate) or a heap
// object; bytes are always heap objects. Heap objects are the public
// mp_obj_str_t followed by one private word, `charlen`: the number of code
// points of a str, or MP_OBJ_STR_CHARLEN_UNKNOWN until someone asks (bytes
// never fill it in). charlen == len means the text is pure ASCII, so
// indexing, slicing and searching can work on bytes directly; it is computed
// once per object by a word-at-a-time scan, and operations whose result is
// known to be ASCII (slices, splits, joins of ASCII strings) set it at once.
// The text normally lives in the same GC block, right after the header
// (one atomic allocation, never scanned); long strings built in a vstr keep
// the vstr's buffer instead. The text is always NUL-terminated.
// Every heap str must be made by the constructors of these files.
typedef struct _mp_obj_str_ext_t {
    mp_obj_str_t s;
    size_t charlen;
} mp_obj_str_ext_t;

#define MP_OBJ_STR_CHARLEN_UNKNOWN ((size_t)-1)

// A new str (charlen as above), bytes or bytearray holding a copy of data.
// The empty str is the qstr "".
mp_obj_t mp_obj_str_new_sized(
    const mp_obj_type_t *kind, const byte *data, size_t len, size_t charlen);
// A new str/bytes/bytearray of len bytes for the caller to fill in at *data
// (*data is NULL when len is 0).
mp_obj_t mp_obj_str_new_uninit(const mp_obj_type_t *kind, size_t len, size_t charlen, byte **data);
// The same from a vstr, taking over its buffer when that saves a copy.
mp_obj_t mp_obj_str_new_from_vstr_kind(const mp_obj_type_t *kind, vstr_t *vstr, size_t charlen);
// Number of code points of a str (qstr or heap, not a subclass instance).
size_t mp_obj_str_charlen(mp_obj_t str);
// True if the n bytes at p are all ASCII.
bool mp_obj_str_bytes_are_ascii(const byte *p, size_t n);

// The receiver of a str/bytes/bytearray method: returns its kind
// (&mp_type_str, &mp_type_bytes or &mp_type_bytearray), the native object
// (unwrapping instances of user subclasses) and its data. Raises TypeError
// for anything else.
const mp_obj_type_t *mp_obj_str_get_self(
    mp_obj_t self_in, mp_obj_t *native, const byte **data, size_t *len);
// An argument that must match the receiver's kind: a str for str methods
// (TypeError "must be str, not X"), a bytes-like object for bytes methods.
// repr() of text or bytes data; escape_single also escapes ' inside a
// "-quoted repr (CPython's bytearray repr does).
void mp_obj_str_print_quoted_ex(
    const mp_print_t *print, const byte *str_data, size_t str_len, bool is_bytes, bool escape_single);
// One byte value from an int-like object, as bytes(), bytearray() and
// bytearray item assignment take it; ValueError range_msg outside 0..255.
byte mp_obj_str_byte_from_obj(mp_obj_t o, const char *range_msg);
// int/float/str.__format__(spec): format(value, spec) with spec checked
// to be a str first (py/objstrformat.c).
mp_obj_t mp_obj_format_dunder(mp_obj_t value, mp_obj_t format_spec);
void mp_obj_str_get_arg(const mp_obj_type_t *kind, mp_obj_t arg, const byte **data, size_t *len);
// item in the len bytes at data of a str (type &mp_type_str: a substring) or
// of bytes-like data (any other type: a substring or a byte value).
bool mp_obj_str_contains(const mp_obj_type_t *type, const byte *data, size_t len, mp_obj_t item);
// bytes, bytearray, memoryview or another exporter of the buffer protocol
// (but not str): its bytes; false if arg is none of these.
bool mp_obj_str_get_bytes_like(mp_obj_t arg, const byte **data, size_t *len);
// Native str behind o (a qstr, str object or str subclass instance), or
// MP_OBJ_NULL if o is not a str.
mp_obj_t mp_obj_str_cast(mp_obj_t o);
// Native bytes behind o (bytes or a bytes subclass instance), or MP_OBJ_NULL.
mp_obj_t mp_obj_bytes_cast(mp_obj_t o);

// Byte offset of code point index i of a UTF-8 text (i <= number of code points).
size_t mp_obj_str_char_to_byte(const byte *data, size_t len, size_t i);
// Decode one code point at *p (p < end) and advance *p; tolerant of
// truncated sequences.
unichar mp_obj_str_next_char(const byte **p, const byte *end);

// Codecs (utf-8, ascii, latin-1; errors strict, ignore, replace,
// backslashreplace). `src` is the object being decoded/encoded (for the
// UnicodeError), or MP_OBJ_NULL. encoding/errors may be MP_OBJ_NULL.
mp_obj_t mp_obj_str_decode(
    const byte *data, size_t len, mp_obj_t src, mp_obj_t encoding, mp_obj_t errors);
void mp_obj_str_encode(vstr_t *out, mp_obj_t str, mp_obj_t encoding, mp_obj_t errors);
// TypeError unless encoding and errors (either may be MP_OBJ_NULL) are str,
// encoding checked first, as CPython's fun() does.
void mp_obj_str_codec_check_args(mp_obj_t encoding, mp_obj_t errors, const char *fun);

// Text to and from the OS (names, paths, environment, argv) as CPython does
// it: UTF-8, with each byte that is not UTF-8 kept as the lone surrogate
// U+DC80..U+DCFF ('surrogateescape'), so such names survive a round trip.
mp_obj_t mp_obj_new_str_from_os(const char *s, size_t len);
// The NUL-terminated OS bytes of a str (*len set); UnicodeEncodeError for a
// surrogate that stands for no byte.
const char *mp_obj_str_get_os_data(mp_obj_t str, size_t *len);
// The contents of bytes(...)/bytearray(...) for constructor arguments
// (n_args positional then n_kw pairs) into out; kind (MP_QSTR_bytes or
// MP_QSTR_bytearray) names the type in error messages. Returns the object bytes()
// may return as is (an exact bytes source, or what __bytes__ gave), else NULL.
mp_obj_t mp_obj_str_bytes_from_args(qstr kind, vstr_t *out, size_t n_args, size_t n_kw, const mp_obj_t *args);
// The bytes type's make_new (py/objstrbytes.c).
mp_obj_t mp_obj_bytes_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
// hex([sep[, bytes_per_sep]]) of data, as a str.
mp_obj_t mp_obj_str_hex(const byte *data, size_t len, size_t n_args, const mp_obj_t *args);
// The same with keyword arguments sep= and bytes_per_sep=.
mp_obj_t mp_obj_str_hex_kw(const byte *data, size_t len, size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args);
// Parse a fromhex() argument into out.
void mp_obj_str_fromhex(vstr_t *out, mp_obj_t str);
// ascii(o) as a str.
mp_obj_t mp_obj_str_ascii(mp_obj_t o);

// Method tables (py/objstrmethods.c).
extern const mp_obj_dict_t mp_obj_str_locals_dict;
extern const mp_obj_dict_t mp_obj_bytes_locals_dict;

// Methods bytearray shares with bytes (py/objstrmethods.c).
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_capitalize_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_center_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_count_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_decode_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_endswith_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_expandtabs_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_find_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_hex_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_index_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isalnum_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isalpha_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isascii_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isdigit_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_islower_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isspace_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_istitle_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isupper_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_isidentifier_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_join_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_ljust_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_lower_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_lstrip_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_partition_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_removeprefix_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_removesuffix_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_replace_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rfind_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rindex_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rjust_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_rpartition_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_rsplit_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_rstrip_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_split_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_splitlines_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_startswith_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(mp_obj_str_strip_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_swapcase_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_title_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_bytes_translate_obj);
MP_DECLARE_CONST_FUN_OBJ_1(mp_obj_str_upper_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_zfill_obj);
extern const mp_rom_obj_static_class_method_t mp_obj_str_bytes_maketrans_obj;
extern const mp_rom_obj_static_class_method_t mp_obj_str_fromhex_obj;

// str.format (also bytes.format, as in MicroPython), str.format_map and
// str.__format__ (py/objstrformat.c).
MP_DECLARE_CONST_FUN_OBJ_KW(mp_obj_str_format_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str_format_map_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_obj_str___format___obj);

#endif // MICROPY_INCLUDED_PY_OBJSTR_H
