// The lexer: turns Python 3.11 source text into a stream of tokens.
#ifndef MICROPY_INCLUDED_PY_LEXER_H
#define MICROPY_INCLUDED_PY_LEXER_H

#include "py/mpconfig.h"
#include "py/misc.h"
#include "py/qstr.h"

// Token kinds. Keywords and operators each have their own kind so that the
// parser switches on one integer. The order of the keyword block matches
// the keyword table in lexer.c; the operator kinds are grouped so that the
// parser can map them to AST operators with one table each.
typedef enum _mp_token_kind_t {
    MP_TOKEN_END, // end of input
    MP_TOKEN_NEWLINE, // end of a logical line
    MP_TOKEN_INDENT,
    MP_TOKEN_DEDENT,

    MP_TOKEN_NAME, // vstr = identifier text, qstr = interned
    MP_TOKEN_INTEGER, // vstr = literal text with '_' removed ("0x1f", "10")
    MP_TOKEN_FLOAT, // vstr = literal text with '_' removed ("1.5e3")
    MP_TOKEN_IMAG, // vstr = literal text without '_' and the 'j'
    MP_TOKEN_STRING, // vstr = decoded UTF-8 text
    MP_TOKEN_BYTES, // vstr = decoded bytes
    MP_TOKEN_FSTRING, // vstr = undecoded body (newlines normalised), tok_raw tells the r prefix

    // Keywords.
    MP_TOKEN_KW_FALSE,
    MP_TOKEN_KW_NONE,
    MP_TOKEN_KW_TRUE,
    MP_TOKEN_KW_AND,
    MP_TOKEN_KW_AS,
    MP_TOKEN_KW_ASSERT,
    MP_TOKEN_KW_ASYNC,
    MP_TOKEN_KW_AWAIT,
    MP_TOKEN_KW_BREAK,
    MP_TOKEN_KW_CLASS,
    MP_TOKEN_KW_CONTINUE,
    MP_TOKEN_KW_DEF,
    MP_TOKEN_KW_DEL,
    MP_TOKEN_KW_ELIF,
    MP_TOKEN_KW_ELSE,
    MP_TOKEN_KW_EXCEPT,
    MP_TOKEN_KW_FINALLY,
    MP_TOKEN_KW_FOR,
    MP_TOKEN_KW_FROM,
    MP_TOKEN_KW_GLOBAL,
    MP_TOKEN_KW_IF,
    MP_TOKEN_KW_IMPORT,
    MP_TOKEN_KW_IN,
    MP_TOKEN_KW_IS,
    MP_TOKEN_KW_LAMBDA,
    MP_TOKEN_KW_NONLOCAL,
    MP_TOKEN_KW_NOT,
    MP_TOKEN_KW_OR,
    MP_TOKEN_KW_PASS,
    MP_TOKEN_KW_RAISE,
    MP_TOKEN_KW_RETURN,
    MP_TOKEN_KW_TRY,
    MP_TOKEN_KW_WHILE,
    MP_TOKEN_KW_WITH,
    MP_TOKEN_KW_YIELD,

    // Binary operators, in the order of mp_ast_op_t's binary block.
    MP_TOKEN_OP_PLUS, // +
    MP_TOKEN_OP_MINUS, // -
    MP_TOKEN_OP_STAR, // *
    MP_TOKEN_OP_AT, // @
    MP_TOKEN_OP_SLASH, // /
    MP_TOKEN_OP_PERCENT, // %
    MP_TOKEN_OP_DBL_STAR, // **
    MP_TOKEN_OP_DBL_LESS, // <<
    MP_TOKEN_OP_DBL_MORE, // >>
    MP_TOKEN_OP_PIPE, // |
    MP_TOKEN_OP_CARET, // ^
    MP_TOKEN_OP_AMPERSAND, // &
    MP_TOKEN_OP_DBL_SLASH, // //
    // Augmented assignments, same order.
    MP_TOKEN_DEL_PLUS_EQUAL, // +=
    MP_TOKEN_DEL_MINUS_EQUAL, // -=
    MP_TOKEN_DEL_STAR_EQUAL, // *=
    MP_TOKEN_DEL_AT_EQUAL, // @=
    MP_TOKEN_DEL_SLASH_EQUAL, // /=
    MP_TOKEN_DEL_PERCENT_EQUAL, // %=
    MP_TOKEN_DEL_DBL_STAR_EQUAL, // **=
    MP_TOKEN_DEL_DBL_LESS_EQUAL, // <<=
    MP_TOKEN_DEL_DBL_MORE_EQUAL, // >>=
    MP_TOKEN_DEL_PIPE_EQUAL, // |=
    MP_TOKEN_DEL_CARET_EQUAL, // ^=
    MP_TOKEN_DEL_AMPERSAND_EQUAL, // &=
    MP_TOKEN_DEL_DBL_SLASH_EQUAL, // //=
    // Comparisons.
    MP_TOKEN_OP_LESS, // <
    MP_TOKEN_OP_MORE, // >
    MP_TOKEN_OP_DBL_EQUAL, // ==
    MP_TOKEN_OP_LESS_EQUAL, // <=
    MP_TOKEN_OP_MORE_EQUAL, // >=
    MP_TOKEN_OP_NOT_EQUAL, // !=
    // The rest.
    MP_TOKEN_OP_TILDE, // ~
    MP_TOKEN_OP_ASSIGN_EXPR, // :=
    MP_TOKEN_DEL_PAREN_OPEN,
    MP_TOKEN_DEL_PAREN_CLOSE,
    MP_TOKEN_DEL_BRACKET_OPEN,
    MP_TOKEN_DEL_BRACKET_CLOSE,
    MP_TOKEN_DEL_BRACE_OPEN,
    MP_TOKEN_DEL_BRACE_CLOSE,
    MP_TOKEN_DEL_COMMA,
    MP_TOKEN_DEL_COLON,
    MP_TOKEN_DEL_PERIOD,
    MP_TOKEN_DEL_SEMICOLON,
    MP_TOKEN_DEL_EQUAL,
    MP_TOKEN_DEL_MINUS_MORE, // ->
    MP_TOKEN_ELLIPSIS, // ...

    MP_TOKEN_NUM_KINDS
} mp_token_kind_t;

// Limits, chosen like CPython's: 200 open brackets (its tokenizer's
// MAXLEVEL) and 100 levels of indentation (its MAXINDENT). Both bound the
// parser's recursion on hostile input.
#define MP_LEXER_MAX_NEST (200)
#define MP_LEXER_MAX_INDENT (100)

// The lexer state. It is allocated on the GC heap by mp_lexer_new and
// reachable from the parser's locals, which keeps the token vstr alive.
// Positions: lines are 1-based, columns 0-based byte offsets into the line
// (as CPython's col_offset).
typedef struct _mp_lexer_t {
    qstr source_name;
    const byte *src_beg;
    const byte *src_end;
    const byte *p; // next byte to read
    const byte *line_start; // first byte of the current physical line
    size_t line; // line number of *p

    // The current token.
    mp_token_kind_t tok_kind;
    size_t tok_line;
    size_t tok_col;
    const byte *tok_beg; // raw source text of the token
    const byte *tok_end;
    qstr tok_qstr; // NAME only
    bool tok_raw; // FSTRING only: the r prefix was given
    vstr_t vstr; // the token's value, see mp_token_kind_t
    // Where the token before the current one ends (for the ranges of errors
    // the parser reports on a node it has read), not counting NEWLINE,
    // INDENT and DEDENT: after a block, where its last statement ends.
    size_t prev_line;
    size_t prev_col;

    // Layout.
    bool at_line_start; // the next token begins a logical line
    bool line_has_token; // a token was produced on the current logical line
    bool incomplete; // the last error was caused by input ending too early (REPL)
    // How input without a final newline ended (single input's check,
    // py/parse.c): a NEWLINE was implied after code; the innermost block
    // still open (0: none).
    bool eof_code;
    size_t eof_top;
    const char *escape_msg; // a bad escape's error, raised at the next non-string token
    int pending; // > 0: INDENTs to emit, < 0: DEDENTs to emit
    size_t nest; // depth of open brackets
    size_t base_nest; // brackets opened implicitly (f-string expressions)
    size_t indent_top; // index of the innermost indentation level
    size_t indent[MP_LEXER_MAX_INDENT + 1]; // tabs to multiples of 8
    size_t alt_indent[MP_LEXER_MAX_INDENT + 1]; // tabs as 1 (consistency check)
    byte nest_char[MP_LEXER_MAX_NEST];
    uint32_t nest_line[MP_LEXER_MAX_NEST];
    uint32_t nest_col[MP_LEXER_MAX_NEST];
} mp_lexer_t;

// The keywords in token order (MP_TOKEN_KW_FALSE onwards), each
// NUL-terminated in its 9 bytes.
extern const char keyword_table[][9];

// Creates a lexer over src[0..len) (not copied: it must outlive the lexer).
// Line numbering starts at first_line (1 for a file; f-string expressions
// are lexed with the line of their string). Call mp_lexer_next to read the
// first token.
mp_lexer_t *mp_lexer_new(qstr source_name, const char *src, size_t len, size_t first_line);

// Advances to the next token. Raises SyntaxError / IndentationError.
void mp_lexer_next(mp_lexer_t *lex);

// Puts the lexer inside an open bracket, so that newlines are not tokens
// (used for f-string expressions, which may span lines). Call it before the
// first mp_lexer_next.
void mp_lexer_open_implicit_bracket(mp_lexer_t *lex);

// For input that is not a file ('single' and 'eval'; CPython adds no final
// newline there) ending in a line of blanks: CPython's tokenizer indents
// that line as if code followed, so it raises when the line fits no block
// open at the end (IndentationError, TabError). Call it after the end.
void mp_lexer_indent_last_line(mp_lexer_t *lex);

// Raises SyntaxError at the current token (or an IndentationError).
MP_NORETURN void mp_lexer_error(mp_lexer_t *lex, const char *msg);
// A message formatted on the GC heap from a format that may be stored
// compressed (MP_ERROR_TEXT); for the functions above and the parser's.
const char *mp_lexer_msg(const char *fmt, ...);
MP_NORETURN void mp_lexer_error_at(
    mp_lexer_t *lex, size_t line, size_t col, bool indentation, const char *msg);

// Decodes the escapes of a string body into out (str: UTF-8; bytes: one byte
// per escape). Used for plain literals and for the literal parts of
// f-strings. line/col locate the body for error messages.
void mp_lexer_decode_string(mp_lexer_t *lex, vstr_t *out, const byte *s, size_t len, bool is_bytes,
    bool is_raw, size_t line, size_t col);

#endif // MICROPY_INCLUDED_PY_LEXER_H
