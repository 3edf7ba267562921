// The parser, expressions: atoms, operators, targets, call arguments,
// parameter lists, comprehensions and f-strings.
#include "py/mpconfig.h"

#include <string.h>

#include "py/parse.h"
#include "py/runtime.h"

// Positions follow CPython: a node starts at the first token of the text it
// was parsed from, including an opening parenthesis ("(a) + b" starts at
// column 0, its Name 'a' at column 1). So each rule notes the current token's
// position before it parses its first operand.

static mp_ast_t *parse_disjunction(mp_parser_t *p);
static mp_ast_t *parse_factor(mp_parser_t *p);
static mp_ast_t *parse_yield_expr(mp_parser_t *p);
static mp_ast_t *parse_star_expression(mp_parser_t *p);

// ---- helpers

static void start_pos(mp_parser_t *p, size_t *line, size_t *col) {
    if (p->pending_atom != NULL) {
        *line = p->pending_line;
        *col = p->pending_col;
    } else {
        *line = p->lex->tok_line;
        *col = p->lex->tok_col;
    }
}

// The token that decides which rule applies. While an atom is pending, the
// real current token comes after that atom, so the rules must see "an atom".
static mp_token_kind_t lead_tok(mp_parser_t *p) {
    return p->pending_atom != NULL ? MP_TOKEN_NAME : p->lex->tok_kind;
}

static mp_ast_t *new_node(mp_ast_kind_t kind, size_t line, size_t col) {
    return mp_ast_new(kind, line, col);
}

// CONSTANT data gets its own block, so that the pointer the node holds is the
// start of an allocation (what the collector recognises).
static void set_const_data(mp_ast_t *node, const char *data, size_t len) {
    if (len == 0) {
        node->str = NULL;
        node->len = 0;
        return;
    }
    char *buf = m_new_atomic(char, len);
    memcpy(buf, data, len);
    node->str = buf;
    node->len = len;
}

static mp_ast_t *new_str_const(const char *data, size_t len, size_t line, size_t col) {
    mp_ast_t *node = new_node(MP_AST_CONSTANT, line, col);
    node->op = MP_AST_CONST_STR;
    set_const_data(node, data, len);
    return node;
}

static mp_ast_list_t *list_of(mp_ast_t *first) {
    mp_ast_list_t *list = mp_ast_list_new();
    mp_ast_list_append(list, first);
    return list;
}

MP_NORETURN static void error_fmt_node(
    mp_parser_t *p, const mp_ast_t *node, const char *fmt, const char *arg) {
    mp_parse_error_node(p, node, mp_lexer_msg(fmt, arg));
}

// CPython's range for this error covers the generator expression, which
// ends where the blanks before the current token begin.
// After "f(x for x in y," CPython reads on to the call's ')': to the end of
// the source (the lexer's "'(' was never closed") if there is none.
MP_NORETURN static void genexp_error(mp_parser_t *p, const mp_ast_t *e, bool read_on) {
    const byte *q = p->lex->tok_beg;
    size_t end = p->lex->tok_col;
    while (end > 0 && (q[-1] == ' ' || q[-1] == '\t')) {
        q--;
        end--;
    }
    size_t line = p->lex->tok_line;
    size_t nest = p->lex->nest;
    while (read_on && p->lex->nest >= nest && mp_parse_tok(p) != MP_TOKEN_END) {
        mp_parse_advance(p);
    }
    p->lex->tok_line = line; // (the error's end line)
    mp_parse_error_range(p, e, end, MP_ERROR_TEXT("Generator expression must be parenthesized"));
}

// ---- targets

// What CPython calls each kind of expression in "cannot assign to ..." errors.
const char *mp_parse_describe(const mp_ast_t *node) {
    switch (node->kind) {
        case MP_AST_CONSTANT:
            switch (node->op) {
                case MP_AST_CONST_NONE:
                    return "None";
                case MP_AST_CONST_TRUE:
                    return "True";
                case MP_AST_CONST_FALSE:
                    return "False";
                case MP_AST_CONST_ELLIPSIS:
                    return "ellipsis";
                default:
                    return "literal";
            }
        case MP_AST_CALL:
            return "function call";
        case MP_AST_COMPARE:
            return "comparison";
        case MP_AST_LAMBDA:
            return "lambda";
        case MP_AST_IF_EXP:
            return "conditional expression";
        case MP_AST_NAMED_EXPR:
            return "named expression";
        case MP_AST_GENERATOR_EXP:
            return "generator expression";
        case MP_AST_LIST_COMP:
            return "list comprehension";
        case MP_AST_SET_COMP:
            return "set comprehension";
        case MP_AST_DICT_COMP:
            return "dict comprehension";
        case MP_AST_DICT:
            return "dict literal";
        case MP_AST_SET:
            return "set display";
        case MP_AST_JOINED_STR:
        case MP_AST_FORMATTED_VALUE:
            return "f-string expression";
        case MP_AST_AWAIT:
            return "await expression";
        case MP_AST_YIELD:
        case MP_AST_YIELD_FROM:
            return "yield expression";
        case MP_AST_TUPLE:
            return "tuple";
        case MP_AST_LIST:
            return "list";
        case MP_AST_STARRED:
            return "starred";
        case MP_AST_NAME:
            return "name";
        case MP_AST_ATTRIBUTE:
            return "attribute";
        case MP_AST_SUBSCRIPT:
            return "subscript";
        default:
            return "expression";
    }
}

// Checks that node can be assigned to (or deleted) and marks it and its
// parts with ctx. A starred target outside a tuple or list, or a second one
// in a sequence, is left to the compiler, as in CPython: its error comes
// only after the whole source has parsed.
void mp_parse_set_target(mp_parser_t *p, mp_ast_t *node, mp_ast_ctx_t ctx) {
    switch (node->kind) {
        case MP_AST_NAME:
        case MP_AST_ATTRIBUTE:
        case MP_AST_SUBSCRIPT:
            node->ctx = (uint8_t)ctx;
            return;
        case MP_AST_STARRED:
            if (ctx == MP_AST_CTX_DEL) {
                mp_parse_error_node(p, node, MP_ERROR_TEXT("cannot delete starred"));
            }
            if (node->a->kind == MP_AST_STARRED) {
                mp_parse_error_node(p, node, MP_ERROR_TEXT("invalid syntax"));
            }
            node->ctx = (uint8_t)ctx;
            mp_parse_set_target(p, node->a, ctx);
            return;
        case MP_AST_TUPLE:
        case MP_AST_LIST: {
            node->ctx = (uint8_t)ctx;
            for (size_t i = 0; i < node->l2->len; ++i) {
                mp_parse_set_target(p, node->l2->items[i], ctx);
            }
            return;
        }
        default:
            error_fmt_node(p, node,
                ctx == MP_AST_CTX_DEL ? MP_ERROR_TEXT("cannot delete %s") : "cannot assign to %s",
                mp_parse_describe(node));
    }
}

// star_target: '*' star_target | target   (a primary, checked afterwards)
static mp_ast_t *parse_target_item(mp_parser_t *p) {
    if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_STARRED);
        mp_parse_advance(p);
        if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
        }
        node->a = parse_target_item(p);
        return mp_parse_ended(p, node);
    }
    return mp_parse_bitwise_or(p);
}

static bool starts_target(mp_token_kind_t kind) {
    return kind == MP_TOKEN_OP_STAR || mp_parse_starts_expression(kind);
}

// star_targets: star_target (',' star_target)* [',']
// Used by 'for' loops and comprehensions; stops before 'in'.
mp_ast_t *mp_parse_target_list(mp_parser_t *p, mp_ast_ctx_t ctx) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *first = parse_target_item(p);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_COMMA) {
        mp_parse_set_target(p, first, ctx);
        return first;
    }
    mp_ast_t *tuple = new_node(MP_AST_TUPLE, line, col);
    tuple->l2 = list_of(first);
    while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && starts_target(mp_parse_tok(p))) {
        mp_ast_list_append(tuple->l2, parse_target_item(p));
    }
    mp_parse_set_target(p, mp_parse_ended(p, tuple), ctx);
    return tuple;
}

// star_target without a trailing tuple (the target of 'with ... as').
mp_ast_t *mp_parse_single_target(mp_parser_t *p, mp_ast_ctx_t ctx) {
    mp_ast_t *target = parse_target_item(p);
    mp_parse_set_target(p, target, ctx);
    return target;
}

// ---- comprehensions

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
mp_ast_list_t *mp_parse_comp_for(mp_parser_t *p) {
    mp_ast_list_t *gens = mp_ast_list_new();
    for (;;) {
        mp_ast_t *comp = mp_parse_node_here(p, MP_AST_COMPREHENSION);
        if (mp_parse_accept(p, MP_TOKEN_KW_ASYNC)) {
            comp->flags |= MP_AST_FLAG_ASYNC;
            if (mp_parse_tok(p) != MP_TOKEN_KW_FOR) {
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
        } else if (mp_parse_tok(p) != MP_TOKEN_KW_FOR) {
            return gens;
        }
        mp_parse_advance(p);
        comp->a = mp_parse_target_list(p, MP_AST_CTX_STORE);
        mp_parse_expect(p, MP_TOKEN_KW_IN);
        comp->b = parse_disjunction(p);
        comp->l2 = mp_ast_list_new();
        while (mp_parse_accept(p, MP_TOKEN_KW_IF)) {
            mp_ast_list_append(comp->l2, parse_disjunction(p));
        }
        p->last_expr_line = 0;
        mp_ast_list_append(gens, comp);
    }
}

static bool starts_comp_for(mp_parser_t *p) {
    return mp_parse_tok(p) == MP_TOKEN_KW_FOR || mp_parse_tok(p) == MP_TOKEN_KW_ASYNC;
}

static mp_ast_t *make_comprehension(
    mp_parser_t *p, mp_ast_kind_t kind, mp_ast_t *elt, size_t line, size_t col) {
    if (elt->kind == MP_AST_STARRED) {
        mp_parse_error_node(
            p, elt, MP_ERROR_TEXT("iterable unpacking cannot be used in comprehension"));
    }
    mp_ast_t *node = new_node(kind, line, col);
    node->a = elt;
    node->l2 = mp_parse_comp_for(p);
    return node;
}

// ---- f-strings

// An f-string token carries the raw body; here it is split into literal
// text and replacement fields. Literal text accumulates in acc->lit (so that
// adjacent literals, also across implicitly joined strings, become one
// CONSTANT, as in CPython) and is flushed into acc->values before each field.
typedef struct _fstr_acc_t {
    mp_ast_list_t *values;
    vstr_t lit;
    size_t line;
    size_t col;
} fstr_acc_t;

static void fstr_flush(fstr_acc_t *acc) {
    if (acc->lit.len > 0) {
        mp_ast_list_append(
            acc->values, new_str_const(acc->lit.buf, acc->lit.len, acc->line, acc->col));
        vstr_reset(&acc->lit);
    }
}

static size_t fstr_line_of(const byte *s, size_t pos, size_t line) {
    for (size_t i = 0; i < pos; ++i) {
        if (s[i] == '\n') {
            line += 1;
        }
    }
    return line;
}

// CPython 3.11 splits f-strings after reading the token that follows the
// (implicitly joined) strings, and reports their own errors there.
MP_NORETURN static void fstr_error(mp_parser_t *p, fstr_acc_t *acc, const char *msg) {
    (void)acc;
    mp_token_kind_t kind;
    do {
        mp_parse_advance(p);
        kind = mp_parse_tok(p);
    } while (kind == MP_TOKEN_STRING || kind == MP_TOKEN_BYTES || kind == MP_TOKEN_FSTRING);
    mp_parse_error_at(p, p->lex->tok_line, p->lex->tok_col, msg);
}

// Parses the expression text of a replacement field with a lexer of its own
// (inside an implicit bracket, so it may span lines, as in CPython where the
// text is parsed as if it were parenthesised).
static mp_ast_t *fstr_parse_expr_body(mp_parser_t *p);
MP_NORETURN static void reject_double_star(mp_parser_t *p, mp_token_kind_t closer);
// parse_stmt.c (shared by the two parser files only).
void mp_parse_check_misused_equal(mp_parser_t *p, mp_ast_t *e);

// CPython's tokenizer errors about bad characters and number literals keep
// their plain message inside a field (and its text lacks the newline).
static bool fstr_is_token_error(const char *msg, size_t len) {
    static const char *const plain[] = {
        "invalid non-printable character", "invalid character ", "invalid digit ",
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(plain); i++) {
        size_t n = strlen(plain[i]);
        if (len >= n && memcmp(msg, plain[i], n) == 0) {
            return true;
        }
    }
    return len > 16 && memcmp(msg, "invalid ", 8) == 0 && memcmp(msg + len - 8, " literal", 8) == 0;
}

// A SyntaxError from inside a field reads "f-string: ..." as in CPython.
static void fstr_prefix_error(mp_obj_t exc) {
    if (!mp_obj_is_instance_of(exc, &mp_type_SyntaxError)) {
        return;
    }
    mp_obj_t args = mp_load_attr(exc, MP_QSTR_args);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(args, &n, &items);
    if (n == 0 || !mp_obj_is_str(items[0])) {
        return;
    }
    size_t len;
    const char *msg = mp_obj_str_get_data(items[0], &len);
    if ((len >= 9 && memcmp(msg, "f-string:", 9) == 0) || fstr_is_token_error(msg, len)) {
        return;
    }
    vstr_t vstr;
    vstr_init(&vstr, len + 10);
    vstr_add_str(&vstr, "f-string: ");
    vstr_add_strn(&vstr, msg, len);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, items));
    t->items[0] = mp_obj_new_str_from_vstr(&vstr);
    mp_store_attr(exc, MP_QSTR_args, MP_OBJ_FROM_PTR(t));
}

// CPython 3.11 parses a field as the text "(expr)": an error on the field's
// first line shows that text, and its offsets count the added '('.
static void fstr_error_position(mp_obj_t exc, const byte *s, size_t len, size_t line) {
    mp_obj_t msg_obj;
    mp_obj_t *details = mp_parse_syntax_error_details(exc, &msg_obj);
    if (details == NULL || !mp_obj_is_small_int(details[2])
        || MP_OBJ_SMALL_INT_VALUE(details[1]) != (mp_int_t)line) {
        return;
    }
    size_t first_len = 0;
    while (first_len < len && s[first_len] != '\n' && s[first_len] != '\r') {
        first_len++;
    }
    vstr_t vstr;
    vstr_init(&vstr, first_len + 4);
    vstr_add_byte(&vstr, '(');
    vstr_add_strn(&vstr, (const char *)s, first_len);
    if (first_len == len) {
        vstr_add_byte(&vstr, ')');
    }
    // The text and the token's end come as for line 1 of a source that is
    // that text. (The lexer's errors are 6-tuples, fresh: py/builtinevalexec.c.)
    mp_int_t d_line = (mp_int_t)line - 1;
    details[1] = MP_OBJ_NEW_SMALL_INT(1);
    details[2] = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(details[2]) + 1);
    details[4] = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(details[4]) - d_line);
    if (mp_obj_is_small_int(details[5])) {
        details[5] = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(details[5]) + 1);
    }
    mp_parse_add_error_text(exc, vstr.buf, vstr.len, MP_PARSE_FILE_INPUT, 0);
    size_t n;
    mp_obj_tuple_get(mp_load_attr(exc, MP_QSTR_args), &n, &details);
    mp_obj_tuple_get(details[1], &n, &details);
    details[1] = MP_OBJ_NEW_SMALL_INT(line);
    details[4] = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(details[4]) + d_line);
}

static mp_ast_t *fstr_parse_expr(mp_parser_t *p, const byte *s, size_t len, size_t line) {
    mp_lexer_t *outer = p->lex;
    mp_lexer_t *lex = mp_lexer_new(outer->source_name, (const char *)s, len, line);
    mp_lexer_open_implicit_bracket(lex);
    p->lex = lex;
    // A cleanup boundary: errors get their prefix and the outer lexer back.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_lexer_next(lex);
        mp_ast_t *e = fstr_parse_expr_body(p);
        nlr_pop();
        p->lex = outer;
        vstr_clear(&lex->vstr);
        m_del_obj(mp_lexer_t, lex);
        return e;
    }
    p->lex = outer;
    fstr_prefix_error(MP_OBJ_FROM_PTR(nlr.ret_val));
    fstr_error_position(MP_OBJ_FROM_PTR(nlr.ret_val), s, len, line);
    nlr_jump(nlr.ret_val);
}

static mp_ast_t *fstr_parse_expr_body(mp_parser_t *p) {
    if (mp_parse_tok(p) == MP_TOKEN_OP_DBL_STAR) {
        reject_double_star(p, MP_TOKEN_END);
    }
    mp_ast_t *e = mp_parse_yield_or_star_expressions(p);
    if (e->kind == MP_AST_STARRED) {
        mp_parse_error_node(p, e, MP_ERROR_TEXT("f-string: cannot use starred expression here"));
    }
    if (mp_parse_tok(p) != MP_TOKEN_END) {
        // (the messages get their "f-string: " in fstr_parse_expr)
        if (mp_parse_starts_expression(mp_parse_tok(p))) {
            mp_parse_comma_error(p);
        }
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    return e;
}

// Finds where the expression of a field that starts at s[pos] ends: at the
// first '!', ':', '=' or '}' outside brackets and strings ("!=", "==", "<="
// and ">=" are operators, not terminators).
static size_t fstr_scan_expr(
    mp_parser_t *p, fstr_acc_t *acc, const byte *s, size_t len, size_t pos) {
    byte stack[MP_LEXER_MAX_NEST];
    size_t depth = 0;
    while (pos < len) {
        byte c = s[pos];
        if (c == '\\') {
            fstr_error(
                p, acc, MP_ERROR_TEXT("f-string expression part cannot include a backslash"));
        }
        if (c == '#') {
            fstr_error(p, acc, MP_ERROR_TEXT("f-string expression part cannot include '#'"));
        }
        if (c == '\'' || c == '"') {
            bool triple = pos + 2 < len && s[pos + 1] == c && s[pos + 2] == c;
            pos += triple ? 3 : 1;
            for (;;) {
                if (pos >= len) {
                    fstr_error(p, acc, MP_ERROR_TEXT("f-string: unterminated string"));
                }
                if (s[pos] == '\\') {
                    fstr_error(p, acc,
                        MP_ERROR_TEXT("f-string expression part cannot include a backslash"));
                }
                if (s[pos] == c &&
                    (!triple || (pos + 2 < len && s[pos + 1] == c && s[pos + 2] == c))) {
                    break;
                }
                pos += 1;
            }
            pos += triple ? 3 : 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= MP_LEXER_MAX_NEST) {
                fstr_error(p, acc, MP_ERROR_TEXT("f-string: too many nested parenthesis"));
            }
            stack[depth++] = c;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}') {
                    return pos;
                }
                fstr_error(p, acc, mp_lexer_msg(MP_ERROR_TEXT("f-string: unmatched '%c'"), c));
            }
            byte open = stack[--depth];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') ||
                (open == '{' && c != '}')) {
                fstr_error(p, acc,
                    mp_lexer_msg(MP_ERROR_TEXT("f-string: closing parenthesis '%c' does not match opening "
                                               "parenthesis '%c'"),
                        c, open));
            }
        } else if (depth == 0) {
            if ((c == '!' || c == '=' || c == '<' || c == '>') && pos + 1 < len &&
                s[pos + 1] == '=') {
                pos += 2;
                continue;
            }
            if (c == '!' || c == ':' || c == '=') {
                return pos;
            }
        }
        pos += 1;
    }
    if (depth > 0) {
        fstr_error(p, acc, mp_lexer_msg(MP_ERROR_TEXT("f-string: unmatched '%c'"), stack[depth - 1]));
    }
    fstr_error(p, acc, MP_ERROR_TEXT("f-string: expecting '}'"));
}

static size_t fstr_parse_body(mp_parser_t *p, fstr_acc_t *acc, const byte *s, size_t len,
    size_t pos, bool raw, int spec_depth, bool in_spec);

// replacement_field: '{' expression ['='] ['!' conversion] [':' format_spec] '}'
// (pos is just after the '{'). Returns the position after the closing '}'.
static size_t fstr_parse_field(mp_parser_t *p, fstr_acc_t *acc, const byte *s, size_t len,
    size_t pos, bool raw, int spec_depth) {
    if (spec_depth >= 2) {
        fstr_error(p, acc, MP_ERROR_TEXT("f-string: expressions nested too deeply"));
    }
    size_t expr_beg = pos;
    size_t expr_end = fstr_scan_expr(p, acc, s, len, pos);
    bool all_space = true;
    for (size_t i = expr_beg; i < expr_end; ++i) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\f') {
            all_space = false;
        }
    }
    if (all_space) {
        if (expr_end < len && (s[expr_end] == '!' || s[expr_end] == ':' || s[expr_end] == '=')) {
            fstr_error(p, acc, mp_lexer_msg(MP_ERROR_TEXT("f-string: expression required before '%c'"), s[expr_end]));
        }
        fstr_error(p, acc, MP_ERROR_TEXT("f-string: empty expression not allowed"));
    }
    mp_ast_t *value =
        fstr_parse_expr(p, s + expr_beg, expr_end - expr_beg, fstr_line_of(s, expr_beg, acc->line));
    pos = expr_end;

    bool debug = false;
    if (s[pos] == '=') {
        // "{x = }": the text up to and including '=' and the spaces after it
        // is printed before the value.
        debug = true;
        pos += 1;
        while (pos < len && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\f')) {
            pos += 1;
        }
        vstr_add_strn(&acc->lit, (const char *)s + expr_beg, pos - expr_beg);
    }
    byte conv = 0;
    if (pos < len && s[pos] == '!') {
        pos += 1;
        byte c = pos < len ? s[pos] : 0;
        byte after = pos + 1 < len ? s[pos + 1] : 0;
        if (pos < len && c != 's' && c != 'r' && c != 'a') {
            fstr_error(p, acc,
                MP_ERROR_TEXT("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
        }
        if (after != ':' && after != '}') {
            fstr_error(p, acc, MP_ERROR_TEXT("f-string: expecting '}'"));
        }
        conv = c;
        pos += 1;
    }
    mp_ast_t *spec = NULL;
    if (pos < len && s[pos] == ':') {
        fstr_acc_t spec_acc;
        spec_acc.values = mp_ast_list_new();
        vstr_init(&spec_acc.lit, 16);
        spec_acc.line = acc->line;
        spec_acc.col = acc->col;
        pos = fstr_parse_body(p, &spec_acc, s, len, pos + 1, raw, spec_depth + 1, true);
        fstr_flush(&spec_acc);
        spec = new_node(MP_AST_JOINED_STR, acc->line, acc->col);
        spec->l2 = spec_acc.values;
    }
    if (pos >= len || s[pos] != '}') {
        fstr_error(p, acc, MP_ERROR_TEXT("f-string: expecting '}'"));
    }
    pos += 1;
    if (debug && conv == 0 && spec == NULL) {
        conv = 'r';
    }
    fstr_flush(acc);
    mp_ast_t *fv = new_node(MP_AST_FORMATTED_VALUE, acc->line, acc->col);
    fv->a = value;
    fv->op = conv;
    fv->b = spec;
    mp_ast_list_append(acc->values, fv);
    return pos;
}

// f-string body: literal text with '{{' and '}}' escapes and replacement
// fields. In a format spec (in_spec) every '{' opens a nested field and the
// first '}' ends the spec; the returned position is that '}'.
static size_t fstr_parse_body(mp_parser_t *p, fstr_acc_t *acc, const byte *s, size_t len,
    size_t pos, bool raw, int spec_depth, bool in_spec) {
    size_t seg = pos;
    while (pos < len) {
        byte c = s[pos];
        if (c == '\\' && !raw && pos + 2 < len && s[pos + 1] == 'N' && s[pos + 2] == '{') {
            // \N{NAME}: its braces are not a field
            pos += 3;
            while (pos < len && s[pos] != '}') {
                pos += 1;
            }
            pos += pos < len;
            continue;
        }
        if (c == '\\' && !raw && pos + 1 < len && s[pos + 1] != '{' && s[pos + 1] != '}') {
            // an escape: its second character is never a delimiter
            pos += 2;
            continue;
        }
        if (c != '{' && c != '}') {
            pos += 1;
            continue;
        }
        mp_lexer_decode_string(
            p->lex, &acc->lit, s + seg, pos - seg, false, raw, acc->line, acc->col);
        if (c == '}' && in_spec) {
            return pos;
        }
        if (!in_spec && pos + 1 < len && s[pos + 1] == c) {
            vstr_add_byte(&acc->lit, c);
            pos += 2;
        } else if (c == '}') {
            fstr_error(p, acc, MP_ERROR_TEXT("f-string: single '}' is not allowed"));
        } else {
            pos = fstr_parse_field(p, acc, s, len, pos + 1, raw, spec_depth);
        }
        seg = pos;
    }
    mp_lexer_decode_string(p->lex, &acc->lit, s + seg, pos - seg, false, raw, acc->line, acc->col);
    if (in_spec) {
        fstr_error(p, acc, MP_ERROR_TEXT("f-string: expecting '}'"));
    }
    return pos;
}

// ---- atoms

// strings: (STRING | BYTES | FSTRING)+   (adjacent literals are joined)
static mp_ast_t *parse_strings(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    bool is_bytes = mp_parse_tok(p) == MP_TOKEN_BYTES;
    // (CPython keeps a lowercase u only)
    byte u_prefix = *p->lex->tok_beg == 'u' ? MP_AST_FLAG_U_PREFIX : 0;
    bool any_f = false;
    fstr_acc_t acc;
    acc.values = mp_ast_list_new();
    vstr_init(&acc.lit, 16);
    acc.line = line;
    acc.col = col;
    for (;;) {
        mp_token_kind_t kind = mp_parse_tok(p);
        if (kind != MP_TOKEN_STRING && kind != MP_TOKEN_BYTES && kind != MP_TOKEN_FSTRING) {
            break;
        }
        if ((kind == MP_TOKEN_BYTES) != is_bytes) {
            // (reported past the strings, as CPython 3.11 does)
            fstr_error(p, &acc, MP_ERROR_TEXT("cannot mix bytes and nonbytes literals"));
        }
        if (kind == MP_TOKEN_FSTRING) {
            any_f = true;
            mp_lexer_t *lex = p->lex;
            size_t saved_line = acc.line;
            acc.line = lex->tok_line;
            fstr_parse_body(
                p, &acc, (const byte *)lex->vstr.buf, lex->vstr.len, 0, lex->tok_raw, 0, false);
            acc.line = saved_line;
        } else {
            vstr_add_strn(&acc.lit, p->lex->vstr.buf, p->lex->vstr.len);
        }
        mp_parse_advance(p);
    }
    mp_ast_t *node;
    if (any_f) {
        fstr_flush(&acc);
        node = new_node(MP_AST_JOINED_STR, line, col);
        node->l2 = acc.values;
    } else {
        node = new_node(MP_AST_CONSTANT, line, col);
        node->op = is_bytes ? MP_AST_CONST_BYTES : MP_AST_CONST_STR;
        node->flags = u_prefix;
        set_const_data(node, acc.lit.buf, acc.lit.len);
    }
    vstr_clear(&acc.lit);
    return node;
}

// "(**a)" and f"{**a}": '**' starts no expression. CPython names the misuse
// when a single expression follows and closes the group; anything else is
// plain invalid syntax. Either way the error points at the '**'.
MP_NORETURN static void reject_double_star(mp_parser_t *p, mp_token_kind_t closer) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_parse_advance(p);
    mp_parse_expression(p);
    if (mp_parse_tok(p) == closer) {
        mp_parse_error_at(p, line, col, MP_ERROR_TEXT("cannot use double starred expression here"));
    }
    // (inside an f-string the caller adds the "f-string: " prefix)
    mp_parse_error_at(p, line, col, MP_ERROR_TEXT("invalid syntax"));
}

// One item of a parenthesised, list or set display; a '=' after it is a
// mistyped comparison.
static mp_ast_t *parse_display_item(mp_parser_t *p) {
    mp_ast_t *e = mp_parse_star_named_expression(p);
    mp_parse_check_misused_equal(p, e);
    return e;
}

// group: '(' (yield_expr | named_expression) ')'
// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// genexp: '(' named_expression for_if_clauses ')'
static mp_ast_t *parse_paren(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_parse_advance(p);
    if (mp_parse_tok(p) == MP_TOKEN_OP_DBL_STAR) {
        reject_double_star(p, MP_TOKEN_DEL_PAREN_CLOSE);
    }
    if (mp_parse_accept(p, MP_TOKEN_DEL_PAREN_CLOSE)) {
        mp_ast_t *tuple = new_node(MP_AST_TUPLE, line, col);
        tuple->l2 = mp_ast_list_new();
        return tuple;
    }
    mp_ast_t *first;
    if (mp_parse_tok(p) == MP_TOKEN_KW_YIELD) {
        first = parse_yield_expr(p);
    } else {
        first = parse_display_item(p);
        if (starts_comp_for(p)) {
            first = make_comprehension(p, MP_AST_GENERATOR_EXP, first, line, col);
        } else if (mp_parse_tok(p) == MP_TOKEN_DEL_COMMA) {
            mp_ast_t *tuple = new_node(MP_AST_TUPLE, line, col);
            tuple->l2 = list_of(first);
            while (
                mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
                mp_ast_list_append(tuple->l2, parse_display_item(p));
            }
            first = tuple;
        } else if (first->kind == MP_AST_STARRED) {
            mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
            mp_parse_error_node(p, first, MP_ERROR_TEXT("cannot use starred expression here"));
        }
    }
    mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
    // (a group is an atom: "(a < b) = 1" is diagnosed as a mistyped '==')
    first->flags |= MP_AST_FLAG_PAREN;
    return first;
}

// "[a, b for a, b in x]": several elements before a 'for'.
static void check_unparenthesised_target(mp_parser_t *p, mp_ast_list_t *elems) {
    if (elems->len > 1 && starts_comp_for(p)) {
        // (CPython reports it once the clauses have been read.)
        mp_parse_comp_for(p);
        mp_parse_error_node(p, elems->items[0],
            MP_ERROR_TEXT("did you forget parentheses around the comprehension target?"));
    }
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
static mp_ast_t *parse_list(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_parse_advance(p);
    mp_ast_t *list = new_node(MP_AST_LIST, line, col);
    list->l2 = mp_ast_list_new();
    if (mp_parse_accept(p, MP_TOKEN_DEL_BRACKET_CLOSE)) {
        return list;
    }
    mp_ast_t *first = parse_display_item(p);
    if (starts_comp_for(p)) {
        mp_ast_t *comp = make_comprehension(p, MP_AST_LIST_COMP, first, line, col);
        mp_parse_expect(p, MP_TOKEN_DEL_BRACKET_CLOSE);
        return comp;
    }
    mp_ast_list_append(list->l2, first);
    while (
        mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && mp_parse_tok(p) != MP_TOKEN_DEL_BRACKET_CLOSE) {
        mp_ast_list_append(list->l2, parse_display_item(p));
    }
    check_unparenthesised_target(p, list->l2);
    mp_parse_expect(p, MP_TOKEN_DEL_BRACKET_CLOSE);
    return list;
}

// The ':' after a dict display's key: a value must follow.
static void dict_colon(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_parse_advance(p);
    if (mp_parse_tok(p) == MP_TOKEN_DEL_BRACE_CLOSE || mp_parse_tok(p) == MP_TOKEN_DEL_COMMA) {
        mp_parse_error_at(p, line, col, MP_ERROR_TEXT("expression expected after dictionary key and ':'"));
    }
    if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
        // (over the starred expression)
        mp_parse_error_node(p, parse_star_expression(p),
            MP_ERROR_TEXT("cannot use a starred expression in a dictionary value"));
    }
}

// dict: '{' [double_starred_kvpair (',' double_starred_kvpair)* [',']] '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'    setcomp: '{' named_expression for_if_clauses '}'
// double_starred_kvpair: '**' bitwise_or | expression ':' expression
static mp_ast_t *parse_brace(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_parse_advance(p);
    if (mp_parse_accept(p, MP_TOKEN_DEL_BRACE_CLOSE)) {
        mp_ast_t *dict = new_node(MP_AST_DICT, line, col);
        dict->l2 = mp_ast_list_new();
        dict->l3 = mp_ast_list_new();
        return dict;
    }
    mp_ast_t *key = NULL;
    mp_ast_t *value;
    size_t star_line = p->lex->tok_line, star_col = p->lex->tok_col;
    if (mp_parse_accept(p, MP_TOKEN_OP_DBL_STAR)) {
        value = mp_parse_bitwise_or(p);
        if (starts_comp_for(p)) {
            mp_ast_t span;
            mp_parse_error_node(p, mp_parse_span(&span, star_line, star_col, star_line, star_col + 2),
                MP_ERROR_TEXT("dict unpacking cannot be used in dict comprehension"));
        }
    } else {
        // (a walrus key must be in parentheses; one that starts with '(' is)
        bool paren = mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_OPEN;
        key = parse_display_item(p);
        if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
            // a set
            if (starts_comp_for(p)) {
                mp_ast_t *comp = make_comprehension(p, MP_AST_SET_COMP, key, line, col);
                mp_parse_expect(p, MP_TOKEN_DEL_BRACE_CLOSE);
                return comp;
            }
            mp_ast_t *set = new_node(MP_AST_SET, line, col);
            set->l2 = list_of(key);
            while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) &&
                   mp_parse_tok(p) != MP_TOKEN_DEL_BRACE_CLOSE) {
                mp_ast_list_append(set->l2, parse_display_item(p));
            }
            check_unparenthesised_target(p, set->l2);
            mp_parse_expect(p, MP_TOKEN_DEL_BRACE_CLOSE);
            return set;
        }
        if (key->kind == MP_AST_STARRED || (key->kind == MP_AST_NAMED_EXPR && !paren)) {
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
        }
        dict_colon(p);
        value = mp_parse_expression(p);
        if (starts_comp_for(p)) {
            mp_ast_t *comp = new_node(MP_AST_DICT_COMP, line, col);
            comp->a = key;
            comp->b = value;
            comp->l2 = mp_parse_comp_for(p);
            mp_parse_expect(p, MP_TOKEN_DEL_BRACE_CLOSE);
            return comp;
        }
    }
    mp_ast_t *dict = new_node(MP_AST_DICT, line, col);
    dict->l2 = list_of(key);
    dict->l3 = list_of(value);
    while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && mp_parse_tok(p) != MP_TOKEN_DEL_BRACE_CLOSE) {
        if (mp_parse_accept(p, MP_TOKEN_OP_DBL_STAR)) {
            mp_ast_list_append(dict->l2, NULL);
            mp_ast_list_append(dict->l3, mp_parse_bitwise_or(p));
        } else {
            mp_ast_list_append(dict->l2, mp_parse_expression(p));
            if (mp_parse_tok(p) == MP_TOKEN_DEL_COMMA || mp_parse_tok(p) == MP_TOKEN_DEL_BRACE_CLOSE) {
                // CPython points at the key's last character (lines
                // between them are blank: a comment there is not looked at).
                const byte *q = p->lex->tok_beg;
                size_t line = p->lex->tok_line;
                do {
                    line -= *--q == '\n';
                } while (unichar_isspace(*q) || *q == '\\');
                while ((*q & 0xc0) == 0x80) {
                    q--; // to the first byte of a multi-byte character
                }
                const byte *beg = q;
                while (beg > p->lex->src_beg && beg[-1] != '\n') {
                    beg--;
                }
                mp_parse_error_at(p, line, (size_t)(q - beg), MP_ERROR_TEXT("':' expected after dictionary key"));
            }
            if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
                mp_parse_expect(p, MP_TOKEN_DEL_COLON);
            }
            dict_colon(p);
            mp_ast_list_append(dict->l3, mp_parse_expression(p));
        }
    }
    mp_parse_expect(p, MP_TOKEN_DEL_BRACE_CLOSE);
    return dict;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
//     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
static mp_ast_t *parse_atom(mp_parser_t *p) {
    if (p->pending_atom != NULL) {
        mp_ast_t *atom = p->pending_atom;
        p->pending_atom = NULL;
        return atom;
    }
    mp_ast_t *node;
    switch (mp_parse_tok(p)) {
        case MP_TOKEN_NAME:
            node = mp_parse_node_here(p, MP_AST_NAME);
            node->name = p->lex->tok_qstr;
            node->ctx = MP_AST_CTX_LOAD;
            break;
        case MP_TOKEN_KW_TRUE:
            node = mp_parse_node_here(p, MP_AST_CONSTANT);
            node->op = MP_AST_CONST_TRUE;
            break;
        case MP_TOKEN_KW_FALSE:
            node = mp_parse_node_here(p, MP_AST_CONSTANT);
            node->op = MP_AST_CONST_FALSE;
            break;
        case MP_TOKEN_KW_NONE:
            node = mp_parse_node_here(p, MP_AST_CONSTANT);
            node->op = MP_AST_CONST_NONE;
            break;
        case MP_TOKEN_ELLIPSIS:
            node = mp_parse_node_here(p, MP_AST_CONSTANT);
            node->op = MP_AST_CONST_ELLIPSIS;
            break;
        case MP_TOKEN_INTEGER:
        case MP_TOKEN_FLOAT:
            node = mp_parse_node_here(p, MP_AST_CONSTANT);
            node->op = mp_parse_tok(p) == MP_TOKEN_INTEGER ? MP_AST_CONST_INT : MP_AST_CONST_FLOAT;
            set_const_data(node, p->lex->vstr.buf, p->lex->vstr.len);
            break;
        case MP_TOKEN_IMAG: {
            // An imaginary literal is a FLOAT constant whose text ends in 'j'
            // (py/ast.h has no complex kind): mp_obj_new_float_from_str, which
            // the compiler calls for FLOAT constants, makes it a complex.
            node = mp_parse_node_here(p, MP_AST_CONSTANT);
            node->op = MP_AST_CONST_FLOAT;
            size_t len = p->lex->vstr.len;
            char *buf = m_new_atomic(char, len + 1);
            memcpy(buf, p->lex->vstr.buf, len);
            buf[len] = 'j';
            node->str = buf;
            node->len = len + 1;
            break;
        }
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_FSTRING:
            return parse_strings(p);
        case MP_TOKEN_DEL_PAREN_OPEN:
            return parse_paren(p);
        case MP_TOKEN_DEL_BRACKET_OPEN:
            return parse_list(p);
        case MP_TOKEN_DEL_BRACE_OPEN:
            return parse_brace(p);
        default:
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
    return node;
}

// ---- primaries

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
// kwargs: kwarg_or_starred (',' kwarg_or_starred)* [',' kwarg_or_double_starred (',' ...)*]
// kwarg_or_starred: NAME '=' expression | '*' expression
// kwarg_or_double_starred: NAME '=' expression | '**' expression
// Called at the '('; consumes up to the ')'. Positional arguments go to
// call->l2, keywords to call->l3.
void mp_parse_call_args(mp_parser_t *p, mp_ast_t *call, bool allow_genexp) {
    size_t paren_line = p->lex->tok_line;
    size_t paren_col = p->lex->tok_col;
    mp_parse_expect(p, MP_TOKEN_DEL_PAREN_OPEN);
    call->l2 = mp_ast_list_new();
    call->l3 = mp_ast_list_new();
    bool seen_keyword = false;
    bool seen_dbl_star = false;
    int misplaced = 0; // a positional argument after a keyword (1) or ** (2)
    size_t n = 0;
    while (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
        size_t line = p->lex->tok_line;
        size_t col = p->lex->tok_col;
        if (mp_parse_accept(p, MP_TOKEN_OP_STAR)) {
            if (seen_dbl_star) {
                mp_parse_error_at(p, line, col,
                    MP_ERROR_TEXT(
                        "iterable argument unpacking follows keyword argument unpacking"));
            }
            mp_ast_t *star = new_node(MP_AST_STARRED, line, col);
            star->a = mp_parse_expression(p);
            if (mp_parse_tok(p) == MP_TOKEN_KW_FOR) {
                mp_parse_ended(p, star);
                mp_parse_error_node(p, star, MP_ERROR_TEXT("iterable unpacking cannot be used in comprehension"));
            }
            mp_ast_list_append(call->l2, star);
        } else if (mp_parse_accept(p, MP_TOKEN_OP_DBL_STAR)) {
            mp_ast_t *kw = new_node(MP_AST_KEYWORD, line, col);
            kw->name = MP_QSTRnull;
            kw->a = mp_parse_expression(p);
            mp_parse_ended(p, kw);
            mp_ast_list_append(call->l3, kw);
            seen_dbl_star = true;
        } else {
            mp_ast_t *e = mp_parse_named_expression(p);
            if (mp_parse_tok(p) == MP_TOKEN_DEL_EQUAL) {
                // a keyword is a bare name: `f((x)=1)` (the name does not start
                // the argument) is refused like `f(x.y=1)`, over the range to
                // the '=' (a keyword '__debug__' is the compiler's error)
                if (e->kind != MP_AST_NAME || e->col != col || e->line != line) {
                    bool is_const = e->kind == MP_AST_CONSTANT && e->op <= MP_AST_CONST_FALSE;
                    mp_parse_error_range(p, e, p->lex->tok_col + 1,
                        is_const ? mp_lexer_msg(MP_ERROR_TEXT("cannot assign to %s"), mp_parse_describe(e))
                        : MP_ERROR_TEXT("expression cannot contain assignment, perhaps you meant \"==\"?"));
                }
                mp_parse_advance(p);
                mp_ast_t *kw = new_node(MP_AST_KEYWORD, line, col);
                kw->name = e->name;
                kw->a = mp_parse_expression(p);
                mp_parse_ended(p, kw);
                if (starts_comp_for(p)) {
                    mp_parse_error_node(p, e, MP_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
                }
                mp_ast_list_append(call->l3, kw);
                seen_keyword = true;
            } else if (starts_comp_for(p)) {
                size_t for_line = p->lex->tok_line;
                size_t for_col = p->lex->tok_col;
                // A generator expression as the only argument shares the call's
                // parentheses (and CPython gives it their position).
                mp_ast_t *gen =
                    make_comprehension(p, MP_AST_GENERATOR_EXP, e, paren_line, paren_col);
                if (n > 0 || mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
                    genexp_error(p, e, n == 0 && mp_parse_tok(p) == MP_TOKEN_DEL_COMMA);
                }
                if (!allow_genexp) {
                    // (class bases)
                    mp_parse_error_at(p, for_line, for_col, MP_ERROR_TEXT("invalid syntax"));
                }
                mp_ast_list_append(call->l2, gen);
            } else {
                // (reported at the end of the arguments, as CPython)
                if (misplaced == 0) {
                    misplaced = seen_dbl_star ? 2 : seen_keyword;
                }
                mp_ast_list_append(call->l2, e);
            }
        }
        n += 1;
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            break;
        }
    }
    if (mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_CLOSE) {
        if (misplaced == 2) {
            mp_parse_error(p, MP_ERROR_TEXT("positional argument follows keyword argument unpacking"));
        }
        if (misplaced == 1) {
            mp_parse_error(p, MP_ERROR_TEXT("positional argument follows keyword argument"));
        }
    }
    mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static mp_ast_t *parse_slice(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    if (mp_parse_accept(p, MP_TOKEN_OP_STAR)) {
        mp_ast_t *star = new_node(MP_AST_STARRED, line, col);
        star->a = mp_parse_bitwise_or(p);
        return star;
    }
    mp_ast_t *lower = NULL;
    if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
        lower = mp_parse_named_expression(p);
        if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
            return lower;
        }
    }
    mp_parse_advance(p);
    mp_ast_t *slice = new_node(MP_AST_SLICE, line, col);
    slice->a = lower;
    mp_token_kind_t t = mp_parse_tok(p);
    if (t != MP_TOKEN_DEL_COLON && t != MP_TOKEN_DEL_BRACKET_CLOSE && t != MP_TOKEN_DEL_COMMA) {
        slice->b = mp_parse_expression(p);
    }
    if (mp_parse_accept(p, MP_TOKEN_DEL_COLON)) {
        t = mp_parse_tok(p);
        if (t != MP_TOKEN_DEL_BRACKET_CLOSE && t != MP_TOKEN_DEL_COMMA) {
            slice->c = mp_parse_expression(p);
        }
    }
    return slice;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
// Called after '['; consumes the ']'.
static mp_ast_t *parse_slices(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_ast_t *first = parse_slice(p);
    if (mp_parse_tok(p) == MP_TOKEN_DEL_COMMA) {
        mp_ast_t *tuple = new_node(MP_AST_TUPLE, line, col);
        tuple->l2 = list_of(first);
        while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) &&
               mp_parse_tok(p) != MP_TOKEN_DEL_BRACKET_CLOSE) {
            mp_ast_list_append(tuple->l2, parse_slice(p));
        }
        first = tuple;
    } else if (first->kind == MP_AST_STARRED) {
        // x[*a] is x[(*a,)]
        mp_ast_t *tuple = new_node(MP_AST_TUPLE, line, col);
        tuple->l2 = list_of(first);
        first = tuple;
    }
    mp_parse_expect(p, MP_TOKEN_DEL_BRACKET_CLOSE);
    return first;
}

// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']' | genexp)*
static mp_ast_t *parse_primary(mp_parser_t *p) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *e = parse_atom(p);
    for (;;) {
        mp_ast_t *node;
        mp_parse_ended(p, e);
        switch (mp_parse_tok(p)) {
            case MP_TOKEN_DEL_PERIOD:
                mp_parse_advance(p);
                if (mp_parse_tok(p) != MP_TOKEN_NAME) {
                    mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
                }
                node = new_node(MP_AST_ATTRIBUTE, line, col);
                node->a = e;
                node->name = p->lex->tok_qstr;
                node->num = p->lex->tok_line;
                node->ctx = MP_AST_CTX_LOAD;
                mp_parse_advance(p);
                break;
            case MP_TOKEN_DEL_PAREN_OPEN:
                node = new_node(MP_AST_CALL, line, col);
                node->a = e;
                mp_parse_call_args(p, node, true);
                break;
            case MP_TOKEN_DEL_BRACKET_OPEN:
                mp_parse_advance(p);
                node = new_node(MP_AST_SUBSCRIPT, line, col);
                node->a = e;
                node->ctx = MP_AST_CTX_LOAD;
                node->b = parse_slices(p);
                break;
            default:
                return e;
        }
        e = node;
    }
}

// ---- operators

// await_primary: 'await' primary | primary
static mp_ast_t *parse_await_primary(mp_parser_t *p) {
    if (lead_tok(p) == MP_TOKEN_KW_AWAIT) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_AWAIT);
        mp_parse_advance(p);
        node->a = parse_primary(p);
        return mp_parse_ended(p, node);
    }
    return parse_primary(p);
}

// power: await_primary ['**' factor]
static mp_ast_t *parse_power(mp_parser_t *p) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *e = parse_await_primary(p);
    if (mp_parse_accept(p, MP_TOKEN_OP_DBL_STAR)) {
        mp_ast_t *node = new_node(MP_AST_BIN_OP, line, col);
        node->op = MP_AST_OP_POW;
        node->a = e;
        mp_parse_enter(p);
        node->b = parse_factor(p);
        mp_parse_leave(p);
        return mp_parse_ended(p, node);
    }
    return e;
}

// factor: '+' factor | '-' factor | '~' factor | power
static mp_ast_t *parse_factor(mp_parser_t *p) {
    mp_ast_op_t op;
    switch (lead_tok(p)) {
        case MP_TOKEN_OP_PLUS:
            op = MP_AST_OP_UADD;
            break;
        case MP_TOKEN_OP_MINUS:
            op = MP_AST_OP_USUB;
            break;
        case MP_TOKEN_OP_TILDE:
            op = MP_AST_OP_INVERT;
            break;
        default:
            return parse_power(p);
    }
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_UNARY_OP);
    node->op = op;
    mp_parse_advance(p);
    mp_parse_enter(p);
    node->a = parse_factor(p);
    mp_parse_leave(p);
    return mp_parse_ended(p, node);
}

// Binding strength of the binary operators handled by parse_binary, from
// loosest to tightest; all of them are left-associative. ('**' binds tighter
// than unary minus on its left and is right-associative: see parse_power.)
// clang-format off
//   1  bitwise_or:  |
//   2  bitwise_xor: ^
//   3  bitwise_and: &
//   4  shift_expr:  << >>
//   5  sum:         + -
//   6  term:        * / // % @
// clang-format on
static int binary_prec(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_OP_PIPE:
            return 1;
        case MP_TOKEN_OP_CARET:
            return 2;
        case MP_TOKEN_OP_AMPERSAND:
            return 3;
        case MP_TOKEN_OP_DBL_LESS:
        case MP_TOKEN_OP_DBL_MORE:
            return 4;
        case MP_TOKEN_OP_PLUS:
        case MP_TOKEN_OP_MINUS:
            return 5;
        case MP_TOKEN_OP_STAR:
        case MP_TOKEN_OP_SLASH:
        case MP_TOKEN_OP_DBL_SLASH:
        case MP_TOKEN_OP_PERCENT:
        case MP_TOKEN_OP_AT:
            return 6;
        default:
            return 0;
    }
}

// bitwise_or .. term by precedence climbing: operands are factors; an
// operator binding tighter than min_prec is left to the recursive call.
static mp_ast_t *parse_binary(mp_parser_t *p, int min_prec) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *left = parse_factor(p);
    for (;;) {
        mp_token_kind_t t = mp_parse_tok(p);
        int prec = binary_prec(t);
        if (prec == 0 || prec < min_prec) {
            return mp_parse_ended(p, left);
        }
        mp_parse_advance(p);
        mp_ast_t *node = new_node(MP_AST_BIN_OP, line, col);
        // the binary operator tokens are in mp_ast_op_t's order
        node->op = (uint8_t)(MP_AST_OP_ADD + (t - MP_TOKEN_OP_PLUS));
        node->a = left;
        node->b = parse_binary(p, prec + 1);
        left = node;
    }
}

mp_ast_t *mp_parse_bitwise_or(mp_parser_t *p) {
    return parse_binary(p, 1);
}

// comparison: bitwise_or (compare_op bitwise_or)*
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
static mp_ast_t *parse_comparison(mp_parser_t *p) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *left = mp_parse_bitwise_or(p);
    mp_ast_t *node = NULL;
    vstr_t ops;
    for (;;) {
        mp_ast_cmp_t op;
        switch (mp_parse_tok(p)) {
            case MP_TOKEN_OP_DBL_EQUAL:
                op = MP_AST_CMP_EQ;
                break;
            case MP_TOKEN_OP_NOT_EQUAL:
                op = MP_AST_CMP_NOTEQ;
                break;
            case MP_TOKEN_OP_LESS:
                op = MP_AST_CMP_LT;
                break;
            case MP_TOKEN_OP_LESS_EQUAL:
                op = MP_AST_CMP_LTE;
                break;
            case MP_TOKEN_OP_MORE:
                op = MP_AST_CMP_GT;
                break;
            case MP_TOKEN_OP_MORE_EQUAL:
                op = MP_AST_CMP_GTE;
                break;
            case MP_TOKEN_KW_IN:
                op = MP_AST_CMP_IN;
                break;
            case MP_TOKEN_KW_IS:
                op = MP_AST_CMP_IS;
                break;
            case MP_TOKEN_KW_NOT:
                op = MP_AST_CMP_NOTIN;
                break;
            default:
                goto done;
        }
        mp_parse_advance(p);
        if (op == MP_AST_CMP_NOTIN) {
            // An inversion after 'not' ends the expression before it (the
            // 'not' reads as unread): "[a not b]" is CPython's missing comma,
            // which the caller reports (py/parse.c).
            mp_token_kind_t t = mp_parse_tok(p);
            if (t != MP_TOKEN_KW_IN && t != MP_TOKEN_OP_STAR && t != MP_TOKEN_KW_LAMBDA
                && mp_parse_starts_expression(t)) {
                break;
            }
            mp_parse_expect(p, MP_TOKEN_KW_IN);
        } else if (op == MP_AST_CMP_IS && mp_parse_accept(p, MP_TOKEN_KW_NOT)) {
            op = MP_AST_CMP_ISNOT;
        }
        if (node == NULL) {
            node = new_node(MP_AST_COMPARE, line, col);
            node->a = left;
            node->l2 = mp_ast_list_new();
            vstr_init(&ops, 4);
        }
        vstr_add_byte(&ops, (byte)op);
        mp_ast_list_append(node->l2, mp_parse_bitwise_or(p));
    }
done:
    if (node == NULL) {
        return left;
    }
    uint8_t *codes = m_new_atomic(uint8_t, ops.len);
    memcpy(codes, ops.buf, ops.len);
    node->ops = codes;
    vstr_clear(&ops);
    return mp_parse_ended(p, node);
}

// inversion: 'not' inversion | comparison
static mp_ast_t *parse_inversion(mp_parser_t *p) {
    if (lead_tok(p) == MP_TOKEN_KW_NOT) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_UNARY_OP);
        node->op = MP_AST_OP_NOT;
        mp_parse_advance(p);
        mp_parse_enter(p);
        node->a = parse_inversion(p);
        mp_parse_leave(p);
        return mp_parse_ended(p, node);
    }
    return parse_comparison(p);
}

// conjunction: inversion ('and' inversion)*
// disjunction: conjunction ('or' conjunction)*
static mp_ast_t *parse_bool_op(mp_parser_t *p, bool is_or) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_token_kind_t kw = is_or ? MP_TOKEN_KW_OR : MP_TOKEN_KW_AND;
    mp_ast_t *e = is_or ? parse_bool_op(p, false) : parse_inversion(p);
    if (mp_parse_tok(p) != kw) {
        return e;
    }
    mp_ast_t *node = new_node(MP_AST_BOOL_OP, line, col);
    node->op = is_or ? MP_AST_OP_OR : MP_AST_OP_AND;
    node->l2 = list_of(e);
    while (mp_parse_accept(p, kw)) {
        mp_ast_list_append(node->l2, is_or ? parse_bool_op(p, false) : parse_inversion(p));
    }
    return mp_parse_ended(p, node);
}

static mp_ast_t *parse_disjunction(mp_parser_t *p) {
    return parse_bool_op(p, true);
}

// lambdef: 'lambda' [lambda_params] ':' expression
static mp_ast_t *parse_lambda(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_LAMBDA);
    mp_parse_advance(p);
    node->a = mp_parse_parameters(p, true);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
    node->b = mp_parse_expression(p);
    return mp_parse_ended(p, node);
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
mp_ast_t *mp_parse_expression(mp_parser_t *p) {
    mp_parse_enter(p);
    mp_ast_t *e;
    size_t line, col;
    start_pos(p, &line, &col);
    if (lead_tok(p) == MP_TOKEN_KW_LAMBDA) {
        e = parse_lambda(p);
    } else {
        e = parse_disjunction(p);
        if (mp_parse_accept(p, MP_TOKEN_KW_IF)) {
            mp_ast_t *node = new_node(MP_AST_IF_EXP, line, col);
            node->b = e;
            node->a = parse_disjunction(p);
            if (!mp_parse_accept(p, MP_TOKEN_KW_ELSE)) {
                // (CPython's hint only where no ':' follows: "f(x\nif y:")
                if (mp_parse_tok(p) == MP_TOKEN_DEL_COLON) {
                    mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
                }
                mp_parse_error_node(
                    p, mp_parse_ended(p, node), MP_ERROR_TEXT("expected 'else' after 'if' expression"));
            }
            node->c = mp_parse_expression(p);
            e = mp_parse_ended(p, node);
        }
    }
    p->last_expr_line = line;
    p->last_expr_col = col;
    p->last_expr = e;
    mp_parse_leave(p);
    return e;
}

// named_expression: NAME ':=' expression | expression !':='
mp_ast_t *mp_parse_named_expression(mp_parser_t *p) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *e = mp_parse_expression(p);
    if (mp_parse_tok(p) != MP_TOKEN_OP_ASSIGN_EXPR) {
        return e;
    }
    if (e->kind != MP_AST_NAME) {
        error_fmt_node(
            p, e, MP_ERROR_TEXT("cannot use assignment expressions with %s"), mp_parse_describe(e));
    }
    mp_parse_advance(p);
    mp_ast_t *node = new_node(MP_AST_NAMED_EXPR, line, col);
    e->ctx = MP_AST_CTX_STORE;
    node->a = e;
    node->b = mp_parse_expression(p);
    return mp_parse_ended(p, node);
}

// star_named_expression: '*' bitwise_or | named_expression
mp_ast_t *mp_parse_star_named_expression(mp_parser_t *p) {
    if (lead_tok(p) == MP_TOKEN_OP_STAR) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_STARRED);
        mp_parse_advance(p);
        node->a = mp_parse_bitwise_or(p);
        return mp_parse_ended(p, node);
    }
    return mp_parse_named_expression(p);
}

// star_expression: '*' bitwise_or | expression
static mp_ast_t *parse_star_expression(mp_parser_t *p) {
    if (lead_tok(p) == MP_TOKEN_OP_STAR) {
        // (eval: expressions, with no star_expression as in a statement)
        if (p->eval_input && p->depth == 0) {
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
        }
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_STARRED);
        mp_parse_advance(p);
        node->a = mp_parse_bitwise_or(p);
        return mp_parse_ended(p, node);
    }
    return mp_parse_expression(p);
}

// star_expressions: star_expression (',' star_expression)* [',']
mp_ast_t *mp_parse_star_expressions(mp_parser_t *p) {
    size_t line, col;
    start_pos(p, &line, &col);
    mp_ast_t *first = parse_star_expression(p);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_COMMA) {
        return first;
    }
    mp_ast_t *tuple = new_node(MP_AST_TUPLE, line, col);
    tuple->l2 = list_of(first);
    while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && mp_parse_starts_expression(mp_parse_tok(p))) {
        mp_ast_list_append(tuple->l2, parse_star_expression(p));
    }
    return mp_parse_ended(p, tuple);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
static mp_ast_t *parse_yield_expr(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_YIELD);
    mp_parse_advance(p);
    if (mp_parse_accept(p, MP_TOKEN_KW_FROM)) {
        node->kind = MP_AST_YIELD_FROM;
        node->a = mp_parse_expression(p);
    } else if (mp_parse_starts_expression(mp_parse_tok(p))) {
        node->a = mp_parse_star_expressions(p);
    }
    return mp_parse_ended(p, node);
}

mp_ast_t *mp_parse_yield_or_star_expressions(mp_parser_t *p) {
    if (lead_tok(p) == MP_TOKEN_KW_YIELD) {
        return parse_yield_expr(p);
    }
    return mp_parse_star_expressions(p);
}

// ---- parameters

// One parameter: NAME [':' annotation] (annotations only in 'def').
static mp_ast_t *parse_param(mp_parser_t *p, bool is_lambda, bool star_annotation) {
    if (mp_parse_tok(p) != MP_TOKEN_NAME) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_ast_t *arg = mp_parse_node_here(p, MP_AST_ARG);
    arg->name = p->lex->tok_qstr;
    mp_parse_advance(p);
    if (!is_lambda && mp_parse_accept(p, MP_TOKEN_DEL_COLON)) {
        arg->b = star_annotation ? parse_star_expression(p) : mp_parse_expression(p);
    }
    return mp_parse_ended(p, arg);
}

// parameters: [posonly ',' '/' [',']] [param [',' param]*] ['*' [param] (',' param)*] [',' '**' param] [',']
// with every param NAME [':' expression] ['=' expression] (lambda: no
// annotations). Stops before ')' (def) or ':' (lambda); the caller checks it.
mp_ast_t *mp_parse_parameters(mp_parser_t *p, bool is_lambda) {
    mp_token_kind_t close = is_lambda ? MP_TOKEN_DEL_COLON : MP_TOKEN_DEL_PAREN_CLOSE;
    mp_ast_t *args = mp_parse_node_here(p, MP_AST_ARGUMENTS);
    args->l1 = mp_ast_list_new();
    args->l2 = mp_ast_list_new();
    args->l3 = mp_ast_list_new();
    bool seen_default = false;
    bool seen_star = false;
    bool seen_slash = false;
    size_t star_line = 0;
    size_t star_col = 0;
    while (mp_parse_tok(p) != close) {
        mp_token_kind_t t = mp_parse_tok(p);
        if (t == MP_TOKEN_OP_SLASH) {
            if (seen_slash) {
                mp_parse_error(p, MP_ERROR_TEXT("/ may appear only once"));
            }
            if (seen_star) {
                mp_parse_error(p, MP_ERROR_TEXT("/ must be ahead of *"));
            }
            if (args->l2->len == 0) {
                mp_parse_error(p, MP_ERROR_TEXT("at least one argument must precede /"));
            }
            mp_parse_advance(p);
            if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
                mp_parse_error(p, MP_ERROR_TEXT("expected comma between / and *"));
            }
            args->l1 = args->l2;
            args->l2 = mp_ast_list_new();
            seen_slash = true;
        } else if (t == MP_TOKEN_OP_STAR) {
            if (seen_star) {
                mp_parse_error(p, MP_ERROR_TEXT("* argument may appear only once"));
            }
            star_line = p->lex->tok_line;
            star_col = p->lex->tok_col;
            mp_parse_advance(p);
            seen_star = true;
            if (mp_parse_tok(p) == MP_TOKEN_NAME) {
                args->a = parse_param(p, is_lambda, true);
                if (mp_parse_tok(p) == MP_TOKEN_DEL_EQUAL) {
                    // (after a starred annotation, `*a: *b = x`, CPython's
                    // parser has no rule to explain it)
                    mp_parse_error(p, args->a->b != NULL && args->a->b->kind == MP_AST_STARRED
                        ? MP_ERROR_TEXT("invalid syntax")
                        : MP_ERROR_TEXT("var-positional argument cannot have default value"));
                }
            } else if (mp_parse_tok(p) != MP_TOKEN_DEL_COMMA && mp_parse_tok(p) != close) {
                // ("def f(*):" is refused after the loop)
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
        } else if (t == MP_TOKEN_OP_DBL_STAR) {
            mp_parse_advance(p);
            args->b = parse_param(p, is_lambda, false);
            if (mp_parse_tok(p) == MP_TOKEN_DEL_EQUAL) {
                mp_parse_error(p, MP_ERROR_TEXT("var-keyword argument cannot have default value"));
            }
            mp_parse_accept(p, MP_TOKEN_DEL_COMMA);
            if (mp_parse_tok(p) != close) {
                mp_parse_error(p, MP_ERROR_TEXT("arguments cannot follow var-keyword argument"));
            }
            break;
        } else {
            if (t == MP_TOKEN_DEL_PAREN_OPEN && !seen_default && !seen_star && !seen_slash) {
                // Python 2's "def f(a, (b, c)):", reported on the group up
                // to its ')', which the lexer's bracket depth finds (CPython
                // says "invalid syntax" if it holds anything but parameters).
                mp_lexer_t *lex = p->lex;
                mp_ast_t *group = mp_parse_node_here(p, MP_AST_TUPLE);
                for (size_t nest = lex->nest; lex->nest >= nest;) {
                    mp_parse_advance(p);
                }
                mp_parse_error_range(p, group, lex->tok_col + 1, is_lambda
                    ? MP_ERROR_TEXT("Lambda expression parameters cannot be parenthesized")
                    : MP_ERROR_TEXT("Function parameters cannot be parenthesized"));
            }
            mp_ast_t *arg = parse_param(p, is_lambda, false);
            size_t eq_col = p->lex->tok_col;
            if (mp_parse_accept(p, MP_TOKEN_DEL_EQUAL)) {
                t = mp_parse_tok(p);
                if (t == MP_TOKEN_DEL_COMMA || t == MP_TOKEN_DEL_PAREN_CLOSE) {
                    mp_parse_error_at(p, p->lex->tok_line, eq_col, MP_ERROR_TEXT("expected default value expression"));
                }
                arg->a = mp_parse_expression(p);
            }
            if (seen_star) {
                mp_ast_list_append(args->l3, arg);
            } else {
                if (arg->a != NULL) {
                    seen_default = true;
                } else if (seen_default) {
                    mp_parse_error_node(
                        p, arg, MP_ERROR_TEXT("non-default argument follows default argument"));
                }
                mp_ast_list_append(args->l2, arg);
            }
        }
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            break;
        }
    }
    if (seen_star && args->a == NULL && args->l3->len == 0) {
        mp_parse_error_at(
            p, star_line, star_col, MP_ERROR_TEXT("named arguments must follow bare *"));
    }
    return args;
}

// A literal in a match pattern: strings (joined), a signed number, or a
// complex literal like -1+2j. The caller has checked the first token.
mp_ast_t *mp_parse_pattern_literal(mp_parser_t *p) {
    mp_token_kind_t t = mp_parse_tok(p);
    if (t == MP_TOKEN_STRING || t == MP_TOKEN_BYTES || t == MP_TOKEN_FSTRING) {
        mp_ast_t *node = parse_strings(p);
        if (node->kind != MP_AST_CONSTANT) {
            mp_parse_error_node(p, node, MP_ERROR_TEXT("patterns may only match literals and attribute lookups"));
        }
        return node;
    }
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_ast_t *node = parse_factor(p);
    // Only a number, with at most a minus: `case -a`, `case -(1)`,
    // `case 1 ** 2` and `case 1 .real` are errors.
    mp_ast_t *num = node->kind == MP_AST_UNARY_OP && node->op == MP_AST_OP_USUB ? node->a : node;
    if (num->kind != MP_AST_CONSTANT || num->op == MP_AST_CONST_STR || (num->flags & MP_AST_FLAG_PAREN)) {
        mp_parse_error_node(p, num, MP_ERROR_TEXT("invalid syntax"));
    }
    t = mp_parse_tok(p);
    if (t == MP_TOKEN_OP_PLUS || t == MP_TOKEN_OP_MINUS) {
        // The real part of a complex literal must be real (an imaginary
        // literal's text ends in 'j', see parse_atom).
        if (num->op == MP_AST_CONST_FLOAT && num->len > 0 && num->str[num->len - 1] == 'j') {
            mp_parse_error_node(p, num, MP_ERROR_TEXT("real number required in complex literal"));
        }
        mp_parse_advance(p);
        mp_token_kind_t imag = mp_parse_tok(p);
        if (imag != MP_TOKEN_IMAG) {
            // (CPython's hint only where another number follows)
            mp_parse_error(p, imag == MP_TOKEN_INTEGER || imag == MP_TOKEN_FLOAT
                ? MP_ERROR_TEXT("imaginary number required in complex literal") : MP_ERROR_TEXT("invalid syntax"));
        }
        mp_ast_t *bin = new_node(MP_AST_BIN_OP, line, col);
        bin->a = node;
        bin->op = t == MP_TOKEN_OP_PLUS ? MP_AST_OP_ADD : MP_AST_OP_SUB;
        bin->b = parse_factor(p);
        node = bin;
    }
    return node;
}
