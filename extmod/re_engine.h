// The regular expression engine behind the re module (extmod/modre.c): a
// compiler from CPython's pattern syntax to a small instruction set
// (extmod/re_compile.c), and a backtracking matcher that keeps its choice
// points on a heap stack (extmod/re_engine.c).
#ifndef MICROPY_INCLUDED_EXTMOD_RE_ENGINE_H
#define MICROPY_INCLUDED_EXTMOD_RE_ENGINE_H

#include "py/obj.h"

// Flag values as CPython's re module numbers them.
#define RE_ENGINE_FLAG_TEMPLATE (1)
#define RE_ENGINE_FLAG_IGNORECASE (2)
#define RE_ENGINE_FLAG_LOCALE (4)
#define RE_ENGINE_FLAG_MULTILINE (8)
#define RE_ENGINE_FLAG_DOTALL (16)
#define RE_ENGINE_FLAG_UNICODE (32)
#define RE_ENGINE_FLAG_VERBOSE (64)
#define RE_ENGINE_FLAG_DEBUG (128)
#define RE_ENGINE_FLAG_ASCII (256)

// re.error: raised for a malformed pattern (and by modre for a malformed
// replacement template), with CPython's "<what> at position <n>" text.
extern const mp_obj_type_t re_engine_error_type;
// (msg: an MP_ERROR_TEXT or a plain text)
MP_NORETURN void re_engine_raise_error(const char *msg, mp_int_t pos);
MP_NORETURN void re_engine_raise_error_in(
    const char *msg, mp_int_t pos, const uint32_t *pat, size_t len, bool is_bytes);

typedef struct _re_engine_prog_t re_engine_prog_t;

// The text being matched, in characters: bytes and all-ASCII strs are used
// in place (s8); other strs are decoded to code points first (s32).
typedef struct _re_engine_subject_t {
    const byte *s8;
    const uint32_t *s32;
    size_t len;
} re_engine_subject_t;

// Compile a pattern given as code points (bytes patterns: one per byte).
// *flags holds the re flags on entry and gets the inline (?aiLmsux) flags
// of the pattern added. Raises re.error.
re_engine_prog_t *re_engine_compile(
    const uint32_t *pat, size_t len, bool is_bytes, mp_int_t *flags);
size_t re_engine_num_groups(const re_engine_prog_t *prog);
// {name: group index} for the named groups (a new dict).
mp_obj_t re_engine_groupindex(const re_engine_prog_t *prog);

typedef enum {
    RE_ENGINE_MATCH, // anchored at pos
    RE_ENGINE_SEARCH, // first match at pos or after
    RE_ENGINE_FULLMATCH, // anchored at pos and ending at endpos
} re_engine_mode_t;

// Run prog on subj[pos:endpos] (anchors and lookbehind still see the whole
// string before pos). must_advance rejects an empty match at pos (how
// sub/findall/split step past an empty match). On success returns true and
// fills caps: 2 * (groups + 1) character offsets (-1 for a group that did
// not take part), then the lastindex (-1 for none). Raises MemoryError or
// RuntimeError if the backtracking stack outgrows its limit, and lets
// KeyboardInterrupt through during long searches.
bool re_engine_exec(const re_engine_prog_t *prog, const re_engine_subject_t *subj, size_t pos,
    size_t endpos, re_engine_mode_t mode, bool must_advance, mp_int_t *caps);

#endif // MICROPY_INCLUDED_EXTMOD_RE_ENGINE_H
