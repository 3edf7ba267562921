// The compiled form of a regular expression, private to the engine: made by
// extmod/re_compile.c, run by extmod/re_engine.c; and the character classes
// and categories both use (extmod/re_class.c).
#ifndef MICROPY_INCLUDED_EXTMOD_RE_PROG_H
#define MICROPY_INCLUDED_EXTMOD_RE_PROG_H

#include "py/obj.h"
#include "extmod/re_engine.h"

// A repeat count with no upper bound.
#define RE_INF (-1)

/******************************************************************************/
// Character classes and categories (extmod/re_class.c).

// Category bits of a class (\d \D \w \W \s \S inside or as a class).
#define RE_CLASS_CAT_DIGIT (1)
#define RE_CLASS_CAT_NOT_DIGIT (2)
#define RE_CLASS_CAT_WORD (4)
#define RE_CLASS_CAT_NOT_WORD (8)
#define RE_CLASS_CAT_SPACE (16)
#define RE_CLASS_CAT_NOT_SPACE (32)

typedef struct _re_class_t {
    bool negated;
    bool icase;
    bool ascii; // categories and case folding ASCII-only (a scoped (?a:...))
    byte cats;
    size_t n_ranges; // ranges holds lo, hi pairs (inclusive)
    size_t alloc;
    uint32_t *ranges;
} re_class_t;

// ascii: the pattern is bytes or has re.ASCII (categories are ASCII-only).
bool re_class_ascii_alnum(uint32_t c);
bool re_class_cat_word(uint32_t c, bool ascii);
uint32_t re_class_fold_lower(uint32_t c, bool ascii);
uint32_t re_class_lower(uint32_t c, bool ascii);
bool re_class_match(const re_class_t *cl, uint32_t c, bool ascii);

/******************************************************************************/
// The program.

// Assertions.
enum {
    RE_AS_BOS, // \A, and ^ without MULTILINE
    RE_AS_BOL, // ^ with MULTILINE
    RE_AS_EOS, // \Z
    RE_AS_EOL, // $ without MULTILINE: end, or before a final newline
    RE_AS_MEOL, // $ with MULTILINE
    RE_AS_WORDB,
    RE_AS_NWORDB,
    RE_AS_WORDB_ASCII, // \b and \B inside a scoped (?a:...)
    RE_AS_NWORDB_ASCII,
};

// Lookaround kinds.
#define RE_LOOK_BEHIND (1)
#define RE_LOOK_NEGATIVE (2)

// Opcodes, each followed in the code by the operands listed.
enum {
    RE_OP_CHAR, // c
    RE_OP_CHAR_I, // c (lower case)
    RE_OP_ANY, // (not a newline)
    RE_OP_ANY_ALL,
    RE_OP_CLASS, // class index
    RE_OP_ASSERT, // RE_AS_*
    RE_OP_SAVE, // capture slot
    RE_OP_SPLIT, // first, second: try first, then second
    RE_OP_JMP, // target
    RE_OP_BACKREF, // group, ignore case
    RE_OP_REPEAT_CHAR, // min, max, greedy; then one single-character op
    RE_OP_MARK, // register: remember the position
    RE_OP_PROGRESS, // register, exit: leave the loop if the position did not move since MARK
    RE_OP_CINIT, // counter register: set to 0
    RE_OP_CLOOP, // counter, min, max, greedy, exit
    RE_OP_CINC, // counter, mark register or -1, min, exit: next iteration
    RE_OP_LOOK, // RE_LOOK_* flags, width, length of the sub-program
    RE_OP_ATOMIC, // length of the sub-program
    RE_OP_COND, // group, target if the group did not match
    RE_OP_SUCCEED, // end of a sub-program
    RE_OP_MATCH,
};

struct _re_engine_prog_t {
    int32_t *code;
    size_t code_len;
    re_class_t *classes;
    size_t n_classes;
    size_t n_groups;
    size_t n_regs;
    mp_obj_t groupindex;
    bool ascii;
    bool anchored; // can only match at the start of the string
    int32_t first_char; // every match starts with this character (-1: unknown)
    mp_int_t min_width; // no match is shorter (characters)
};

#endif // MICROPY_INCLUDED_EXTMOD_RE_PROG_H
