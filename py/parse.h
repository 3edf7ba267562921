// The parser: tokens -> the abstract syntax tree of py/ast.h.
#ifndef MICROPY_INCLUDED_PY_PARSE_H
#define MICROPY_INCLUDED_PY_PARSE_H

#include "py/mpconfig.h"
#include "py/ast.h"
#include "py/lexer.h"
#include "py/obj.h"

// The entry point, mp_parse(source_name, src, len, kind), is declared in
// py/ast.h. It returns a MODULE, INTERACTIVE or EXPRESSION root and raises
// SyntaxError / IndentationError through mp_ast_raise_syntax_error.

// For the REPL: false while src (the lines typed so far, each ending in
// '\n') still needs continuation lines: an open bracket, an open
// triple-quoted string, a trailing backslash, a line ending in ':', or a
// compound statement (if/while/for/try/with/def/class/decorator/async) that
// has not yet been closed by an empty line. Any other error counts as
// complete, so that parsing it reports the error at once.
bool mp_parse_is_complete(const char *src, size_t len);

// Sets the text of SyntaxError exc (and its offsets in code points) from
// the source (other exceptions are left as they are). read_line: the line
// the parser had read to (0: not known).
void mp_parse_add_error_text(
    mp_obj_t exc, const char *src, size_t len, mp_parse_input_kind_t kind, size_t read_line);

// ---- internal to py/parse*.c

// Nesting limit for the parser's own recursion (unary operators, 'not',
// conditional expressions, lambdas, '**' chains, f-strings). Brackets are
// bounded separately by the lexer (MP_LEXER_MAX_NEST). The limit keeps hostile
// input such as 100,000 '-' signs from overflowing the C stack.
#define MP_PARSE_MAX_DEPTH (1000)

typedef struct _mp_parser_t {
    mp_lexer_t *lex;
    size_t depth;
    // An atom already parsed by the caller (the parenthesised start of a
    // 'with' statement that turned out to be an expression); parse_atom
    // returns it instead of reading a token. pending_line/col: its start.
    mp_ast_t *pending_atom;
    size_t pending_line;
    size_t pending_col;
    // Start of the last complete expression (mp_parse_expression), where
    // "Perhaps you forgot a comma?" points; line 0 after a comprehension's
    // clauses, where CPython says only "invalid syntax".
    size_t last_expr_line;
    size_t last_expr_col;
    mp_ast_t *last_expr; // (what is left out of that guess, py/parse.c)
    bool eval_input; // eval's top level takes no starred expression
} mp_parser_t;

// parse.c: token helpers and errors.
static inline mp_token_kind_t mp_parse_tok(mp_parser_t *p) {
    return p->lex->tok_kind;
}
void mp_parse_advance(mp_parser_t *p);
bool mp_parse_accept(mp_parser_t *p, mp_token_kind_t kind);
void mp_parse_expect(mp_parser_t *p, mp_token_kind_t kind);
// CPython's "Perhaps you forgot a comma?" at the current token, which starts
// an expression after the last one (p->last_expr_line/col).
MP_NORETURN void mp_parse_comma_error(mp_parser_t *p);
MP_NORETURN void mp_parse_error(mp_parser_t *p, const char *msg);
MP_NORETURN void mp_parse_error_at(mp_parser_t *p, size_t line, size_t col, const char *msg);
MP_NORETURN void mp_parse_error_node(mp_parser_t *p, const mp_ast_t *node, const char *msg);
// A node's end (py/ast.h): at line, col; or, unless known, where the token
// before the current one ends. Returns node.
void mp_parse_set_end(mp_ast_t *node, size_t line, size_t col);
mp_ast_t *mp_parse_ended(mp_parser_t *p, mp_ast_t *node);
// An error at node whose range ends before column end_col of the current
// token's line (wider than the one token the others cover).
MP_NORETURN void mp_parse_error_range(mp_parser_t *p, const mp_ast_t *node, size_t end_col, const char *msg);
// Makes span, a node for mp_parse_error_node, the range from line, col to
// end_line, end_col (often where the token before the current one ends:
// p->lex->prev_line, prev_col). Returns span.
mp_ast_t *mp_parse_span(mp_ast_t *span, size_t line, size_t col, size_t end_line, size_t end_col);
void mp_parse_enter(mp_parser_t *p);
void mp_parse_leave(mp_parser_t *p);
mp_ast_t *mp_parse_node_here(mp_parser_t *p, mp_ast_kind_t kind);
bool mp_parse_starts_expression(mp_token_kind_t kind);

// parse_expr.c: expressions, targets, parameters, call arguments, f-strings.
mp_ast_t *mp_parse_expression(mp_parser_t *p);
mp_ast_t *mp_parse_named_expression(mp_parser_t *p);
mp_ast_t *mp_parse_star_expressions(mp_parser_t *p);
mp_ast_t *mp_parse_star_named_expression(mp_parser_t *p);
mp_ast_t *mp_parse_yield_or_star_expressions(mp_parser_t *p);
mp_ast_t *mp_parse_bitwise_or(mp_parser_t *p);
mp_ast_t *mp_parse_target_list(mp_parser_t *p, mp_ast_ctx_t ctx);
mp_ast_t *mp_parse_single_target(mp_parser_t *p, mp_ast_ctx_t ctx);
void mp_parse_set_target(mp_parser_t *p, mp_ast_t *node, mp_ast_ctx_t ctx);
const char *mp_parse_describe(const mp_ast_t *node);
mp_ast_t *mp_parse_parameters(mp_parser_t *p, bool is_lambda);
void mp_parse_call_args(mp_parser_t *p, mp_ast_t *call, bool allow_genexp);
mp_ast_list_t *mp_parse_comp_for(mp_parser_t *p);
// A literal in a match pattern: strings (joined), a signed number, or a
// complex literal like -1+2j. The caller has checked the first token.
mp_ast_t *mp_parse_pattern_literal(mp_parser_t *p);

// parse_stmt.c: statements.
void mp_parse_statement(mp_parser_t *p, mp_ast_list_t *body);
void mp_parse_statements(mp_parser_t *p, mp_ast_list_t *body);


// Source bytes (a file, compile(b"...")) with a PEP 263 coding declaration
// are turned into UTF-8; any other source is returned as it is (str sources
// are text already: not for them). source_name is for the SyntaxError of an
// unusable declaration: MP_QSTRnull for the script a command line runs.
const char *mp_parse_decode_source(qstr source_name, const char *src, size_t *len);

#endif // MICROPY_INCLUDED_PY_PARSE_H
