// The abstract syntax tree: the contract between the parser (py/parse.c) and
// the compiler (py/compile*.c).
#ifndef MICROPY_INCLUDED_PY_AST_H
#define MICROPY_INCLUDED_PY_AST_H

#include "py/mpconfig.h"
#include "py/misc.h"
#include "py/qstr.h"

// The tree mirrors CPython's `ast` module (same node kinds, same fields) so
// that its shape can be checked against CPython. Every node is one generic
// struct; which fields a kind uses is listed in the table below. Nodes live on
// the GC heap (m_new) and are garbage once the compiler is done with them.
//
// Field use per kind (unused fields are NULL/0). "l1".."l4" are lists.
// ctx is MP_AST_CTX_LOAD/STORE/DEL on NAME, ATTRIBUTE, SUBSCRIPT, STARRED,
// LIST and TUPLE.
//
// Roots
//   MODULE            l1 = body (statements), str/len = the source of a
//                     file (for the text of the compiler's errors) or NULL
//   INTERACTIVE       l1 = body (REPL input: a top-level EXPR prints its value)
//   EXPRESSION        a = body (eval input)
//   (these three roots: num = scope flags the module starts with, the
//   future features compile(), exec() and eval() pass on)
// Statements
//   FUNCTION_DEF      name, a = ARGUMENTS, l1 = body, l2 = decorator_list,
//                     b = returns annotation (never evaluated), flags |= ASYNC
//   CLASS_DEF         name, l1 = body, l2 = decorator_list, l3 = bases,
//                     l4 = keywords (KEYWORD nodes, e.g. metaclass=)
//   RETURN            a = value or NULL
//   DELETE            l1 = targets
//   ASSIGN            l1 = targets (a = b = v gives [a, b]), a = value
//   AUG_ASSIGN        a = target, op = MP_AST_OP_*, b = value
//   ANN_ASSIGN        a = target, b = annotation (never evaluated), c = value or NULL
//   FOR               a = target, b = iter, l1 = body, l2 = orelse, flags |= ASYNC
//   WHILE             a = test, l1 = body, l2 = orelse
//   IF                a = test, l1 = body, l2 = orelse (elif: one IF in orelse)
//   WITH              l1 = body, l2 = items (WITHITEM), flags |= ASYNC
//   RAISE             a = exc or NULL, b = cause or NULL
//   TRY               l1 = body, l2 = handlers (EXCEPT_HANDLER), l3 = orelse, l4 = finalbody
//   ASSERT            a = test, b = msg or NULL
//   IMPORT            l2 = names (ALIAS)
//   IMPORT_FROM       name = module ("a.b", MP_QSTRnull for `from . import x`),
//                     l2 = names (ALIAS; one ALIAS named "*" for star), num = level (dots)
//   GLOBAL, NONLOCAL  l2 = names (NAME nodes)
//   EXPR              a = value
//   PASS, BREAK, CONTINUE
// Expressions
//   BOOL_OP           op = AND/OR, l2 = values (2 or more)
//   NAMED_EXPR        a = target (NAME), b = value
//   BIN_OP            a = left, op, b = right
//   UNARY_OP          op = INVERT/NOT/UADD/USUB, a = operand
//   LAMBDA            a = ARGUMENTS, b = body
//   IF_EXP            a = test, b = body, c = orelse
//   DICT              l2 = keys (NULL entry = `**value`), l3 = values
//   SET               l2 = elts
//   LIST_COMP, SET_COMP, GENERATOR_EXP   a = elt, l2 = generators (COMPREHENSION)
//   DICT_COMP         a = key, b = value, l2 = generators
//   AWAIT, YIELD_FROM a = value
//   YIELD             a = value or NULL
//   COMPARE           a = left, l2 = comparators, ops = n (== l2->len) MP_AST_CMP_* codes
//   CALL              a = func, l2 = args (STARRED for *x), l3 = keywords (KEYWORD)
//   FORMATTED_VALUE   a = value, op = conversion ('r', 's', 'a' or 0),
//                     b = format_spec (JOINED_STR) or NULL
//   JOINED_STR        l2 = values (CONSTANT str parts and FORMATTED_VALUE)
//   CONSTANT          op = MP_AST_CONST_*, str/len = data (see below)
//   ATTRIBUTE         a = value, name = attr, ctx, num = line of the attr name (0: line)
//   SUBSCRIPT         a = value, b = slice (any expr, SLICE, or TUPLE of them), ctx
//   STARRED           a = value, ctx
//   NAME              name = id, ctx
//   LIST, TUPLE       l2 = elts, ctx
//   SLICE             a = lower, b = upper, c = step (each may be NULL)
// Helper nodes
//   ARGUMENTS         l1 = posonlyargs, l2 = args, l3 = kwonlyargs (all ARG),
//                     a = vararg (ARG) or NULL, b = kwarg (ARG) or NULL
//   ARG               name, a = default value or NULL, b = annotation (never evaluated)
//   KEYWORD           name (MP_QSTRnull for `**value`), a = value
//   ALIAS             name = dotted name as one qstr ("a.b.c"), name2 = asname or MP_QSTRnull
//   WITHITEM          a = context_expr, b = optional_vars or NULL
//   EXCEPT_HANDLER    a = type or NULL, name = bound name or MP_QSTRnull, l1 = body
//   COMPREHENSION     a = target, b = iter, l2 = ifs, flags |= ASYNC
// The match statement (CPython's Match nodes; kinds numbered from 200, see
// below the enum):
//   MATCH             a = subject, l1 = cases (MATCH_CASE)
//   MATCH_CASE        a = pattern, b = guard or NULL, l1 = body
//   PAT_VALUE         a = literal or dotted name (matched with ==)
//   PAT_SINGLETON     a = None/True/False constant (matched with is)
//   PAT_SEQ           l2 = patterns (at most one PAT_STAR)
//   PAT_MAP           l2 = keys, l3 = patterns, name = **rest capture or MP_QSTRnull
//   PAT_CLASS         a = class, l2 = positional patterns, l3 = keyword patterns,
//                     l4 = their attribute names (NAME nodes)
//   PAT_STAR          name = capture or MP_QSTRnull (*_)
//   PAT_AS            a = pattern or NULL (bare capture), name = capture or MP_QSTRnull (_)
//   PAT_OR            l2 = alternatives
//
// CONSTANT data: NONE, TRUE, FALSE, ELLIPSIS have no data. INT and FLOAT keep
// the literal's text with '_' removed ("0x1f", "1_000" -> "1000", "1.5e3"); the
// compiler converts it. STR is the decoded UTF-8 text (escapes resolved,
// adjacent literals joined), BYTES the decoded bytes. str is not
// NUL-terminated; it may contain NUL bytes.

typedef enum {
    MP_AST_MODULE,
    MP_AST_INTERACTIVE,
    MP_AST_EXPRESSION,
    MP_AST_FUNCTION_DEF,
    MP_AST_CLASS_DEF,
    MP_AST_RETURN,
    MP_AST_DELETE,
    MP_AST_ASSIGN,
    MP_AST_AUG_ASSIGN,
    MP_AST_ANN_ASSIGN,
    MP_AST_FOR,
    MP_AST_WHILE,
    MP_AST_IF,
    MP_AST_WITH,
    MP_AST_RAISE,
    MP_AST_TRY,
    MP_AST_ASSERT,
    MP_AST_IMPORT,
    MP_AST_IMPORT_FROM,
    MP_AST_GLOBAL,
    MP_AST_NONLOCAL,
    MP_AST_EXPR,
    MP_AST_PASS,
    MP_AST_BREAK,
    MP_AST_CONTINUE,
    MP_AST_BOOL_OP,
    MP_AST_NAMED_EXPR,
    MP_AST_BIN_OP,
    MP_AST_UNARY_OP,
    MP_AST_LAMBDA,
    MP_AST_IF_EXP,
    MP_AST_DICT,
    MP_AST_SET,
    MP_AST_LIST_COMP,
    MP_AST_SET_COMP,
    MP_AST_DICT_COMP,
    MP_AST_GENERATOR_EXP,
    MP_AST_AWAIT,
    MP_AST_YIELD,
    MP_AST_YIELD_FROM,
    MP_AST_COMPARE,
    MP_AST_CALL,
    MP_AST_FORMATTED_VALUE,
    MP_AST_JOINED_STR,
    MP_AST_CONSTANT,
    MP_AST_ATTRIBUTE,
    MP_AST_SUBSCRIPT,
    MP_AST_STARRED,
    MP_AST_NAME,
    MP_AST_LIST,
    MP_AST_TUPLE,
    MP_AST_SLICE,
    MP_AST_ARGUMENTS,
    MP_AST_ARG,
    MP_AST_KEYWORD,
    MP_AST_ALIAS,
    MP_AST_WITHITEM,
    MP_AST_EXCEPT_HANDLER,
    MP_AST_COMPREHENSION,
    MP_AST_NUM_KINDS
} mp_ast_kind_t;

// Match statement and pattern kinds (fields in the table above), made by
// py/parse_stmt.c and read by py/scope.c and py/compile_stmt.c. They sit
// apart from the enum, at 200 and up, above MP_AST_NUM_KINDS.
#define MP_AST_MATCH ((mp_ast_kind_t)200)
#define MP_AST_MATCH_CASE ((mp_ast_kind_t)201)
#define MP_AST_PAT_VALUE ((mp_ast_kind_t)202)
#define MP_AST_PAT_SINGLETON ((mp_ast_kind_t)203)
#define MP_AST_PAT_SEQ ((mp_ast_kind_t)204)
#define MP_AST_PAT_MAP ((mp_ast_kind_t)205)
#define MP_AST_PAT_CLASS ((mp_ast_kind_t)206)
#define MP_AST_PAT_STAR ((mp_ast_kind_t)207)
#define MP_AST_PAT_AS ((mp_ast_kind_t)208)
#define MP_AST_PAT_OR ((mp_ast_kind_t)209)

// Binary and augmented-assignment operators (BIN_OP, AUG_ASSIGN).
typedef enum {
    MP_AST_OP_ADD,
    MP_AST_OP_SUB,
    MP_AST_OP_MULT,
    MP_AST_OP_MATMULT,
    MP_AST_OP_DIV,
    MP_AST_OP_MOD,
    MP_AST_OP_POW,
    MP_AST_OP_LSHIFT,
    MP_AST_OP_RSHIFT,
    MP_AST_OP_BITOR,
    MP_AST_OP_BITXOR,
    MP_AST_OP_BITAND,
    MP_AST_OP_FLOORDIV,
    // UNARY_OP
    MP_AST_OP_INVERT,
    MP_AST_OP_NOT,
    MP_AST_OP_UADD,
    MP_AST_OP_USUB,
    // BOOL_OP
    MP_AST_OP_AND,
    MP_AST_OP_OR,
} mp_ast_op_t;

typedef enum {
    MP_AST_CMP_EQ,
    MP_AST_CMP_NOTEQ,
    MP_AST_CMP_LT,
    MP_AST_CMP_LTE,
    MP_AST_CMP_GT,
    MP_AST_CMP_GTE,
    MP_AST_CMP_IS,
    MP_AST_CMP_ISNOT,
    MP_AST_CMP_IN,
    MP_AST_CMP_NOTIN,
} mp_ast_cmp_t;

typedef enum {
    MP_AST_CONST_NONE,
    MP_AST_CONST_TRUE,
    MP_AST_CONST_FALSE,
    MP_AST_CONST_ELLIPSIS,
    MP_AST_CONST_INT,
    MP_AST_CONST_FLOAT,
    MP_AST_CONST_STR,
    MP_AST_CONST_BYTES,
} mp_ast_const_t;

typedef enum {
    MP_AST_CTX_LOAD,
    MP_AST_CTX_STORE,
    MP_AST_CTX_DEL,
} mp_ast_ctx_t;

#define MP_AST_FLAG_ASYNC (0x0001)
#define MP_AST_FLAG_PAREN (0x0002) // set by the parser on "(expr)", "(yield)" and "(a, b)"
#define MP_AST_FLAG_U_PREFIX (0x0004) // a str CONSTANT whose first string is u'...' (for unparsing)

typedef struct _mp_ast_t mp_ast_t;

// A growable list of nodes (entries may be NULL where the table says so).
typedef struct _mp_ast_list_t {
    size_t len;
    size_t alloc;
    mp_ast_t **items;
} mp_ast_list_t;

struct _mp_ast_t {
    uint8_t kind;  // mp_ast_kind_t
    uint8_t op;    // mp_ast_op_t, mp_ast_const_t, or a conversion char
    uint8_t ctx;   // mp_ast_ctx_t
    uint8_t flags; // MP_AST_FLAG_*
    uint32_t line; // 1-based source line of the node's first token
    uint32_t col;  // 0-based column of the node's first token
    // Where the node ends, for the range of a SyntaxError raised on it (the
    // parser sets it on expressions and simple statements): the line as an
    // offset from line, the column + 1 (0: not known). Both saturate.
    uint16_t end_dline;
    uint16_t end_col;
    qstr name;
    qstr name2;
    mp_int_t num;
    const char *str; // CONSTANT data, not NUL-terminated
    size_t len;
    const uint8_t *ops; // COMPARE only: l2->len mp_ast_cmp_t codes
    mp_ast_t *a, *b, *c;
    mp_ast_list_t *l1, *l2, *l3, *l4;
};

mp_ast_t *mp_ast_new(mp_ast_kind_t kind, size_t line, size_t col);
mp_ast_list_t *mp_ast_list_new(void);
void mp_ast_list_append(mp_ast_list_t *list, mp_ast_t *node); // node may be NULL

typedef enum {
    MP_PARSE_FILE_INPUT,   // a module: MODULE
    MP_PARSE_SINGLE_INPUT, // one REPL statement: INTERACTIVE
    MP_PARSE_EVAL_INPUT,   // one expression: EXPRESSION
} mp_parse_input_kind_t;

// Parse a whole source buffer into a tree (py/parse.c). Raises SyntaxError.
mp_ast_t *mp_parse(qstr source_name, const char *src, size_t len, mp_parse_input_kind_t kind);

// Raise SyntaxError (or IndentationError) carrying file, line and column.
// Used by the lexer, parser and compiler; implemented by the runtime.
MP_NORETURN void mp_ast_raise_syntax_error(qstr source_name, size_t line, size_t col, bool indentation, const char *msg);
// The same at a node, over its range where the parser knows it.
MP_NORETURN void mp_ast_raise_syntax_error_node(qstr source_name, const mp_ast_t *node, const char *msg);

// READY
#endif // MICROPY_INCLUDED_PY_AST_H
