// The parser, statements: simple statements, blocks and compound statements.
#include "py/mpconfig.h"

#include <string.h>

#include "py/parse.h"
#include "py/runtime.h"

static mp_ast_t *new_node(mp_ast_kind_t kind, size_t line, size_t col) {
    return mp_ast_new(kind, line, col);
}

MP_NORETURN static void error_fmt(mp_parser_t *p, const mp_ast_t *node, const char *fmt, const char *arg) {
    mp_parse_error_node(p, node, mp_lexer_msg(fmt, arg));
}

static void parse_simple_stmts(mp_parser_t *p, mp_ast_list_t *body);

// ---- blocks

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// what/line name the statement that owns the block for the error message.
static mp_ast_list_t *parse_block(mp_parser_t *p, const char *what, size_t line) {
    if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON
        && (strcmp(what, "function definition") == 0 || strcmp(what, "'try' statement") == 0
            || strcmp(what, "'finally' statement") == 0 || strcmp(what, "'else' statement") == 0)) {
        // CPython's grammar forces the ':' after these.
        mp_parse_error(p, MP_ERROR_TEXT("expected ':'"));
    }
    mp_parse_expect(p, MP_TOKEN_DEL_COLON);
    mp_ast_list_t *body = mp_ast_list_new();
    if (mp_parse_accept(p, MP_TOKEN_NEWLINE)) {
        if (mp_parse_tok(p) != MP_TOKEN_INDENT) {
            mp_ast_raise_syntax_error(p->lex->source_name, p->lex->tok_line, p->lex->tok_col, true,
                mp_lexer_msg(MP_ERROR_TEXT("expected an indented block after %s on line %u"), what, (unsigned)line));
        }
        mp_parse_advance(p);
        mp_parse_statements(p, body);
        mp_parse_expect(p, MP_TOKEN_DEDENT);
    } else {
        parse_simple_stmts(p, body);
    }
    return body;
}

// node's range ends with its block's last statement, if that has an end: where
// CPython's compiler errors on node end (a class or an except clause).
static void end_with_block(mp_ast_t *node, const mp_ast_list_t *block) {
    const mp_ast_t *last = block->len > 0 ? block->items[block->len - 1] : NULL;
    if (last != NULL && last->end_col != 0) {
        mp_parse_set_end(node, last->line + last->end_dline, last->end_col - 1u);
    }
}

// ---- simple statements

// dotted_name: NAME ('.' NAME)*   (returned as one qstr "a.b.c")
static qstr parse_dotted_name(mp_parser_t *p) {
    if (mp_parse_tok(p) != MP_TOKEN_NAME) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    qstr q = p->lex->tok_qstr;
    mp_parse_advance(p);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_PERIOD) {
        return q;
    }
    vstr_t name;
    vstr_init(&name, 32);
    vstr_add_str(&name, qstr_str(q));
    while (mp_parse_accept(p, MP_TOKEN_DEL_PERIOD)) {
        if (mp_parse_tok(p) != MP_TOKEN_NAME) {
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
        }
        vstr_add_byte(&name, '.');
        vstr_add_str(&name, qstr_str(p->lex->tok_qstr));
        mp_parse_advance(p);
    }
    q = qstr_from_strn(name.buf, name.len);
    vstr_clear(&name);
    return q;
}

static qstr parse_name(mp_parser_t *p) {
    if (mp_parse_tok(p) != MP_TOKEN_NAME) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    qstr q = p->lex->tok_qstr;
    mp_parse_advance(p);
    return q;
}

// import_name: 'import' dotted_as_names
// dotted_as_name: dotted_name ['as' NAME]
static mp_ast_t *parse_import(mp_parser_t *p, mp_ast_t *node) {
    node->l2 = mp_ast_list_new();
    do {
        mp_ast_t *alias = mp_parse_node_here(p, MP_AST_ALIAS);
        alias->name = parse_dotted_name(p);
        if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
            alias->name2 = parse_name(p);
        }
        mp_ast_list_append(node->l2, alias);
    } while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA));
    return node;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
static mp_ast_t *parse_import_from(mp_parser_t *p, mp_ast_t *node) {
    node->num = 0;
    for (;;) {
        if (mp_parse_accept(p, MP_TOKEN_DEL_PERIOD)) {
            node->num += 1;
        } else if (mp_parse_accept(p, MP_TOKEN_ELLIPSIS)) {
            node->num += 3;
        } else {
            break;
        }
    }
    node->name = MP_QSTRnull;
    if (node->num == 0 || mp_parse_tok(p) != MP_TOKEN_KW_IMPORT) {
        node->name = parse_dotted_name(p);
    }
    mp_parse_expect(p, MP_TOKEN_KW_IMPORT);
    node->l2 = mp_ast_list_new();
    if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
        mp_ast_t *alias = mp_parse_node_here(p, MP_AST_ALIAS);
        alias->name = MP_QSTR__star_;
        mp_parse_advance(p);
        mp_ast_list_append(node->l2, alias);
        return node;
    }
    bool paren = mp_parse_accept(p, MP_TOKEN_DEL_PAREN_OPEN);
    for (;;) {
        mp_ast_t *alias = mp_parse_node_here(p, MP_AST_ALIAS);
        alias->name = parse_name(p);
        if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
            alias->name2 = parse_name(p);
        }
        mp_ast_list_append(node->l2, alias);
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            break;
        }
        if (paren && mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_CLOSE) {
            break;
        }
        if (!paren && mp_parse_tok(p) != MP_TOKEN_NAME) {
            mp_parse_error(p, mp_parse_tok(p) == MP_TOKEN_NEWLINE
                ? MP_ERROR_TEXT("trailing comma not allowed without surrounding parentheses")
                : MP_ERROR_TEXT("invalid syntax"));
        }
    }
    if (paren) {
        mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
    }
    return node;
}

static bool is_aug_assign(mp_token_kind_t kind) {
    return kind >= MP_TOKEN_DEL_PLUS_EQUAL && kind <= MP_TOKEN_DEL_DBL_SLASH_EQUAL;
}

// Expressions at the level of CPython's bitwise_or (or tighter).
static bool is_bitwise_or_level(const mp_ast_t *node) {
    if (node->flags & MP_AST_FLAG_PAREN) {
        return true;
    }
    switch (node->kind) {
        case MP_AST_COMPARE:
        case MP_AST_BOOL_OP:
        case MP_AST_LAMBDA:
        case MP_AST_IF_EXP:
        case MP_AST_NAMED_EXPR:
        case MP_AST_YIELD:
        case MP_AST_YIELD_FROM:
        case MP_AST_STARRED:
            return false;
        case MP_AST_UNARY_OP:
            return node->op != MP_AST_OP_NOT;
        default:
            return true;
    }
}

static bool is_valid_target_kind(const mp_ast_t *node) {
    switch (node->kind) {
        case MP_AST_NAME:
        case MP_AST_ATTRIBUTE:
        case MP_AST_SUBSCRIPT:
        case MP_AST_STARRED:
        case MP_AST_TUPLE:
        case MP_AST_LIST:
            return true;
        default:
            return false;
    }
}

// Parses the right-hand side of an assignment that is an error anyway: true
// if it is a bitwise_or not followed by another '='.
static bool trial_rhs_is_operand(mp_parser_t *p) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_ast_t *rhs = mp_parse_yield_or_star_expressions(p);
        if (rhs->kind == MP_AST_TUPLE && rhs->l2->len > 0) {
            rhs = rhs->l2->items[0];
        }
        bool ok = is_bitwise_or_level(rhs) && mp_parse_tok(p) != MP_TOKEN_DEL_EQUAL;
        nlr_pop();
        return ok;
    }
    return false;
}

// As trial_rhs_is_operand, for a '=' inside an expression: only one operand
// is read ("{k=1, j=2}" has the hint at the first '=').
static bool trial_operand_follows(mp_parser_t *p) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_parse_bitwise_or(p);
        bool ok = mp_parse_tok(p) != MP_TOKEN_DEL_EQUAL && mp_parse_tok(p) != MP_TOKEN_OP_ASSIGN_EXPR;
        nlr_pop();
        return ok;
    }
    if (p->lex->incomplete) {
        // (CPython's parser read on to the end of a bracket never closed)
        nlr_jump(nlr.ret_val);
    }
    return false;
}

// "f() = 1": CPython suspects a mistyped '==' when the bad target is an
// operand just before the only '=' of the statement (the first target, or
// the last item of an unparenthesised tuple of targets) and a bitwise_or
// follows. Called at the first '=' (already consumed); the right-hand side
// is parsed on trial, any error in it leaves the plain message to the caller.
static void check_mistaken_assign(mp_parser_t *p, mp_ast_t *first) {
    mp_ast_t *bad = NULL;
    if (!is_valid_target_kind(first)) {
        bad = first;
    } else if (first->kind == MP_AST_TUPLE && !(first->flags & MP_AST_FLAG_PAREN) && first->l2->len > 0) {
        // Only the last item is followed by the '='; it is the one blamed
        // whenever some item is invalid.
        for (size_t i = 0; i < first->l2->len; i++) {
            if (!is_valid_target_kind(first->l2->items[i])) {
                bad = first->l2->items[first->l2->len - 1];
                break;
            }
        }
    }
    if (bad != NULL && bad->kind == MP_AST_NAME) {
        if (mp_parse_starts_expression(mp_parse_tok(p)) && trial_rhs_is_operand(p)) {
            mp_parse_error_node(p, bad, MP_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
        }
        return;
    }
    if (bad == NULL || bad->kind == MP_AST_LIST || bad->kind == MP_AST_TUPLE || !is_bitwise_or_level(bad)
        || bad->kind == MP_AST_GENERATOR_EXP
        || (bad->kind == MP_AST_CONSTANT && (bad->op == MP_AST_CONST_NONE || bad->op == MP_AST_CONST_TRUE
                                             || bad->op == MP_AST_CONST_FALSE))) {
        return;
    }
    if (!mp_parse_starts_expression(mp_parse_tok(p))) {
        return;
    }
    bool hint = trial_rhs_is_operand(p);
    error_fmt(p, bad,
        hint ? MP_ERROR_TEXT("cannot assign to %s here. Maybe you meant '==' instead of '='?") : "cannot assign to %s",
        mp_parse_describe(bad));
}

// A '=' after an expression where none can follow (conditions, items of
// displays): "if x = 1:" and "[a.b=1]" are diagnosed as CPython does, as a
// mistyped '==' or ':='. Returns only if no '=' follows.
void mp_parse_check_misused_equal(mp_parser_t *p, mp_ast_t *e) {
    if (mp_parse_tok(p) != MP_TOKEN_DEL_EQUAL) {
        return;
    }
    bool is_name = e->kind == MP_AST_NAME;
    if (!is_name && (!is_bitwise_or_level(e) || e->kind == MP_AST_GENERATOR_EXP || e->kind == MP_AST_LIST
                     || e->kind == MP_AST_TUPLE
                     || (e->kind == MP_AST_CONSTANT && (e->op == MP_AST_CONST_NONE || e->op == MP_AST_CONST_TRUE
                                                        || e->op == MP_AST_CONST_FALSE)))) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    size_t eq_line = p->lex->tok_line;
    size_t eq_col = p->lex->tok_col;
    mp_parse_advance(p);
    if (!mp_parse_starts_expression(mp_parse_tok(p)) || !trial_operand_follows(p)) {
        mp_parse_error_at(p, eq_line, eq_col, MP_ERROR_TEXT("invalid syntax"));
    }
    if (is_name) {
        // (over the name, the '=' and the operand after it)
        mp_parse_set_end(e, p->lex->prev_line, p->lex->prev_col);
        mp_parse_error_node(p, e, MP_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
    }
    error_fmt(p, e, MP_ERROR_TEXT("cannot assign to %s here. Maybe you meant '==' instead of '='?"),
        mp_parse_describe(e));
}

// named_expression where a '=' cannot follow (if, elif, while, decorators).
static mp_ast_t *parse_condition(mp_parser_t *p) {
    mp_ast_t *e = mp_parse_named_expression(p);
    mp_parse_check_misused_equal(p, e);
    return e;
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign (yield_expr | star_expressions)
// star_expressions (an expression statement)
static mp_ast_t *parse_expr_stmt(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_ast_t *first = mp_parse_yield_or_star_expressions(p);
    mp_token_kind_t t = mp_parse_tok(p);

    if (t == MP_TOKEN_DEL_COLON) {
        mp_ast_t *node = new_node(MP_AST_ANN_ASSIGN, line, col);
        switch (first->kind) {
            case MP_AST_NAME:
                // 'simple' in CPython's AST: a bare name is stored in __annotations__
                node->num = !(first->flags & MP_AST_FLAG_PAREN);
                break;
            case MP_AST_ATTRIBUTE:
            case MP_AST_SUBSCRIPT:
                break;
            default: {
                // CPython's messages want an annotation after the ':' (and
                // no rule starts with a '*'): else the error is the ':'.
                size_t colon_line = p->lex->tok_line;
                size_t colon_col = p->lex->tok_col;
                mp_parse_advance(p);
                if (first->kind == MP_AST_STARRED || !mp_parse_starts_expression(mp_parse_tok(p))) {
                    mp_parse_error_at(p, colon_line, colon_col, MP_ERROR_TEXT("invalid syntax"));
                }
                // (over a bare tuple's first item, as CPython; "()" has none)
                mp_parse_error_node(p,
                    first->kind == MP_AST_TUPLE && !(first->flags & MP_AST_FLAG_PAREN) && first->l2->len > 0
                    ? first->l2->items[0] : first,
                    first->kind == MP_AST_TUPLE ? MP_ERROR_TEXT("only single target (not tuple) can be annotated")
                    : first->kind == MP_AST_LIST ? MP_ERROR_TEXT("only single target (not list) can be annotated")
                    : MP_ERROR_TEXT("illegal target for annotation"));
            }
        }
        first->ctx = MP_AST_CTX_STORE;
        mp_parse_advance(p);
        node->a = first;
        node->b = mp_parse_expression(p);
        if (mp_parse_accept(p, MP_TOKEN_DEL_EQUAL)) {
            node->c = mp_parse_yield_or_star_expressions(p);
        }
        return node;
    }

    if (t == MP_TOKEN_DEL_EQUAL) {
        mp_ast_t *node = new_node(MP_AST_ASSIGN, line, col);
        node->l1 = mp_ast_list_new();
        mp_ast_t *cur = first;
        while (mp_parse_accept(p, MP_TOKEN_DEL_EQUAL)) {
            if (node->l1->len == 0) {
                check_mistaken_assign(p, first);
            }
            // A bare yield (not a parenthesised one) has its own message.
            if (!(cur->flags & MP_AST_FLAG_PAREN) && (cur->kind == MP_AST_YIELD || cur->kind == MP_AST_YIELD_FROM)) {
                mp_parse_error_node(p, cur, MP_ERROR_TEXT("assignment to yield expression not possible"));
            }
            mp_parse_set_target(p, cur, MP_AST_CTX_STORE);
            mp_ast_list_append(node->l1, cur);
            cur = mp_parse_yield_or_star_expressions(p);
        }
        node->a = cur;
        return node;
    }

    if (is_aug_assign(t)) {
        switch (first->kind) {
            case MP_AST_NAME:
            case MP_AST_ATTRIBUTE:
            case MP_AST_SUBSCRIPT:
                break;
            default:
                error_fmt(p, first,
                    MP_ERROR_TEXT("'%s' is an illegal expression for augmented assignment"),
                    mp_parse_describe(first));
        }
        mp_ast_t *node = new_node(MP_AST_AUG_ASSIGN, line, col);
        first->ctx = MP_AST_CTX_STORE;
        node->a = first;
        // the augmented-assignment tokens are in mp_ast_op_t's order
        node->op = (uint8_t)(MP_AST_OP_ADD + (t - MP_TOKEN_DEL_PLUS_EQUAL));
        mp_parse_advance(p);
        node->b = mp_parse_yield_or_star_expressions(p);
        return node;
    }

    if (t == MP_TOKEN_OP_ASSIGN_EXPR && first->kind != MP_AST_NAME) {
        error_fmt(p, first, MP_ERROR_TEXT("cannot use assignment expressions with %s"),
            mp_parse_describe(first));
    }
    // (A starred expression alone is the compiler's error, as in CPython.)
    mp_ast_t *node = new_node(MP_AST_EXPR, line, col);
    node->a = first;
    return node;
}

// simple_stmt: assignment | star_expressions | 'return' [star_expressions]
//     | import_stmt | 'raise' [expression ['from' expression]] | 'pass'
//     | 'del' del_targets | yield_expr | 'assert' expression [',' expression]
//     | 'break' | 'continue' | 'global' ','.NAME+ | 'nonlocal' ','.NAME+
static mp_ast_t *parse_simple_stmt(mp_parser_t *p) {
    mp_ast_t *node;
    switch (mp_parse_tok(p)) {
        case MP_TOKEN_KW_PASS:
            node = mp_parse_node_here(p, MP_AST_PASS);
            mp_parse_advance(p);
            return node;
        case MP_TOKEN_KW_BREAK:
            node = mp_parse_node_here(p, MP_AST_BREAK);
            mp_parse_advance(p);
            return node;
        case MP_TOKEN_KW_CONTINUE:
            node = mp_parse_node_here(p, MP_AST_CONTINUE);
            mp_parse_advance(p);
            return node;
        case MP_TOKEN_KW_RETURN:
            node = mp_parse_node_here(p, MP_AST_RETURN);
            mp_parse_advance(p);
            if (mp_parse_starts_expression(mp_parse_tok(p))) {
                node->a = mp_parse_star_expressions(p);
            }
            return node;
        case MP_TOKEN_KW_RAISE:
            node = mp_parse_node_here(p, MP_AST_RAISE);
            mp_parse_advance(p);
            if (mp_parse_starts_expression(mp_parse_tok(p))) {
                node->a = mp_parse_expression(p);
                if (mp_parse_accept(p, MP_TOKEN_KW_FROM)) {
                    node->b = mp_parse_expression(p);
                }
            }
            return node;
        case MP_TOKEN_KW_GLOBAL:
        case MP_TOKEN_KW_NONLOCAL:
            node = mp_parse_node_here(
                p, mp_parse_tok(p) == MP_TOKEN_KW_GLOBAL ? MP_AST_GLOBAL : MP_AST_NONLOCAL);
            mp_parse_advance(p);
            node->l2 = mp_ast_list_new();
            do {
                mp_ast_t *name = mp_parse_node_here(p, MP_AST_NAME);
                name->name = parse_name(p);
                mp_ast_list_append(node->l2, name);
            } while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA));
            return node;
        case MP_TOKEN_KW_DEL:
            // del_targets: ','.del_target+ [',']
            node = mp_parse_node_here(p, MP_AST_DELETE);
            mp_parse_advance(p);
            node->l1 = mp_ast_list_new();
            do {
                if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
                    size_t line = p->lex->tok_line, col = p->lex->tok_col;
                    mp_parse_advance(p);
                    mp_parse_bitwise_or(p);
                    mp_ast_t span;
                    mp_parse_error_node(p, mp_parse_span(&span, line, col, p->lex->prev_line, p->lex->prev_col),
                        MP_ERROR_TEXT("cannot delete starred"));
                }
                // (any expression, so that `del a if b else c` and `del
                // lambda: 0` are named in the error, as by CPython)
                mp_ast_t *target = mp_parse_expression(p);
                mp_parse_set_target(p, target, MP_AST_CTX_DEL);
                mp_ast_list_append(node->l1, target);
            } while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) &&
                     mp_parse_starts_expression(mp_parse_tok(p)));
            return node;
        case MP_TOKEN_KW_ASSERT:
            node = mp_parse_node_here(p, MP_AST_ASSERT);
            mp_parse_advance(p);
            node->a = mp_parse_expression(p);
            if (mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
                node->b = mp_parse_expression(p);
            }
            return node;
        case MP_TOKEN_KW_IMPORT:
            node = mp_parse_node_here(p, MP_AST_IMPORT);
            mp_parse_advance(p);
            return parse_import(p, node);
        case MP_TOKEN_KW_FROM:
            node = mp_parse_node_here(p, MP_AST_IMPORT_FROM);
            mp_parse_advance(p);
            return parse_import_from(p, node);
        default:
            if (!mp_parse_starts_expression(mp_parse_tok(p)) &&
                mp_parse_tok(p) != MP_TOKEN_KW_YIELD) {
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
            return parse_expr_stmt(p);
    }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
static void parse_simple_stmts(mp_parser_t *p, mp_ast_list_t *body) {
    for (;;) {
        mp_ast_t *stmt = parse_simple_stmt(p);
        mp_parse_set_end(stmt, p->lex->prev_line, p->lex->prev_col);
        mp_ast_list_append(body, stmt);
        if (!mp_parse_accept(p, MP_TOKEN_DEL_SEMICOLON) || mp_parse_tok(p) == MP_TOKEN_NEWLINE) {
            break;
        }
    }
    if (mp_parse_tok(p) != MP_TOKEN_NEWLINE) {
        // Python 2's "print x" / "exec code", as CPython diagnoses them.
        mp_ast_t *last = body->items[body->len - 1];
        if (last->kind == MP_AST_EXPR && last->a->kind == MP_AST_NAME
            && (last->a->name == MP_QSTR_print || last->a->name == MP_QSTR_exec)
            && mp_parse_starts_expression(mp_parse_tok(p))) {
            // CPython gives this hint only when what follows is itself a
            // valid expression; otherwise the error inside it is reported.
            // Either way an error is raised, so no parser state is restored.
            size_t expr_line = p->lex->tok_line;
            size_t expr_col = p->lex->tok_col;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                mp_parse_star_expressions(p);
                nlr_pop();
            } else {
                // A plain "invalid syntax" points at the expression's start,
                // as CPython's does; specific messages are kept as raised.
                mp_obj_t msg = mp_obj_exception_get_value(MP_OBJ_FROM_PTR(nlr.ret_val));
                if (mp_obj_is_str(msg) && strcmp(mp_obj_str_get_str(msg), "invalid syntax") == 0) {
                    mp_parse_error_at(p, expr_line, expr_col, MP_ERROR_TEXT("invalid syntax"));
                }
                nlr_jump(nlr.ret_val);
            }
            // (over the statement and the expression after it)
            mp_parse_set_end(last, p->lex->prev_line, p->lex->prev_col);
            error_fmt(p, last,
                last->a->name == MP_QSTR_print ? MP_ERROR_TEXT("Missing parentheses in call to 'print'. Did you mean print(...)?")
                                               : MP_ERROR_TEXT("Missing parentheses in call to 'exec'. Did you mean exec(...)?"), "");
        }
        // "match x" without its ':' (CPython's message when a subject and
        // the end of the line follow the soft keyword)
        if (last->kind == MP_AST_EXPR && last->a->kind == MP_AST_NAME
            && last->a->name == MP_QSTR_match && !(last->a->flags & MP_AST_FLAG_PAREN)
            && mp_parse_starts_expression(mp_parse_tok(p))) {
            do {
                mp_parse_star_named_expression(p);
            } while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && mp_parse_tok(p) != MP_TOKEN_NEWLINE);
            if (mp_parse_tok(p) == MP_TOKEN_NEWLINE) {
                mp_parse_error(p, MP_ERROR_TEXT("expected ':'"));
            }
        }
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
}

// ---- compound statements

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
// An elif chain is built iteratively: each IF holds the next one in orelse.
static mp_ast_t *parse_if(mp_parser_t *p) {
    mp_ast_t *root = NULL;
    mp_ast_t *last = NULL;
    const char *what = "'if' statement";
    for (;;) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_IF);
        mp_parse_advance(p);
        node->a = parse_condition(p);
        node->l1 = parse_block(p, what, node->line);
        node->l2 = mp_ast_list_new();
        if (last == NULL) {
            root = node;
        } else {
            mp_ast_list_append(last->l2, node);
        }
        last = node;
        if (mp_parse_tok(p) == MP_TOKEN_KW_ELIF) {
            what = "'elif' statement";
            continue;
        }
        if (mp_parse_tok(p) == MP_TOKEN_KW_ELSE) {
            size_t line = p->lex->tok_line;
            mp_parse_advance(p);
            last->l2 = parse_block(p, "'else' statement", line);
        }
        return root;
    }
}

static mp_ast_list_t *parse_else_block(mp_parser_t *p) {
    if (mp_parse_tok(p) == MP_TOKEN_KW_ELSE) {
        size_t line = p->lex->tok_line;
        mp_parse_advance(p);
        return parse_block(p, "'else' statement", line);
    }
    return mp_ast_list_new();
}

// while_stmt: 'while' named_expression ':' block [else_block]
static mp_ast_t *parse_while(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_WHILE);
    mp_parse_advance(p);
    node->a = parse_condition(p);
    node->l1 = parse_block(p, "'while' statement", node->line);
    node->l2 = parse_else_block(p);
    return node;
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
static mp_ast_t *parse_for(mp_parser_t *p, mp_ast_t *node) {
    mp_parse_advance(p);
    node->a = mp_parse_target_list(p, MP_AST_CTX_STORE);
    mp_parse_expect(p, MP_TOKEN_KW_IN);
    node->b = mp_parse_star_expressions(p);
    node->l1 = parse_block(p, "'for' statement", node->line);
    node->l2 = parse_else_block(p);
    return node;
}

// try_stmt: 'try' ':' block finally_block
//         | 'try' ':' block except_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// ---- except* as plain Python: see the helpers in py/objexcept.c.

static mp_ast_t *xs_name(qstr name, size_t line, mp_ast_ctx_t ctx) {
    mp_ast_t *n = new_node(MP_AST_NAME, line, 0);
    n->name = name;
    n->ctx = (uint8_t)ctx;
    return n;
}

static mp_ast_t *xs_call(qstr fun, mp_ast_t *arg1, mp_ast_t *arg2, size_t line) {
    mp_ast_t *call = new_node(MP_AST_CALL, line, 0);
    call->a = xs_name(fun, line, MP_AST_CTX_LOAD);
    call->l2 = mp_ast_list_new();
    call->l3 = mp_ast_list_new();
    mp_ast_list_append(call->l2, arg1);
    if (arg2 != NULL) {
        mp_ast_list_append(call->l2, arg2);
    }
    return call;
}

static mp_ast_t *xs_assign(qstr name, mp_ast_t *value, size_t line) {
    mp_ast_t *a = new_node(MP_AST_ASSIGN, line, 0);
    a->l1 = mp_ast_list_new();
    mp_ast_list_append(a->l1, xs_name(name, line, MP_AST_CTX_STORE));
    a->a = value;
    return a;
}

static mp_ast_t *xs_expr(mp_ast_t *value, size_t line) {
    mp_ast_t *e = new_node(MP_AST_EXPR, line, 0);
    e->a = value;
    return e;
}

static mp_ast_t *xs_try_catchall(mp_ast_list_t *body, qstr exc_name, mp_ast_list_t *handler_body, size_t line) {
    mp_ast_t *t = new_node(MP_AST_TRY, line, 0);
    t->l1 = body;
    t->l2 = mp_ast_list_new();
    t->l3 = mp_ast_list_new();
    t->l4 = mp_ast_list_new();
    mp_ast_t *h = new_node(MP_AST_EXCEPT_HANDLER, line, 0);
    h->a = xs_name(MP_QSTR__dollar_exstar_catchall, line, MP_AST_CTX_LOAD);
    h->name = exc_name;
    h->l1 = handler_body;
    mp_ast_list_append(t->l2, h);
    return t;
}

// A hidden temporary: '$' cannot appear in a Python identifier.
static qstr xs_temp(const char *what, unsigned n) {
    vstr_t vstr;
    vstr_init(&vstr, 24);
    vstr_printf(&vstr, "$exstar_%s%u", what, n);
    return qstr_from_strn(vstr.buf, vstr.len);
}

// An except* body may not leave the handler by break, continue or return
// (break and continue inside a loop of its own are fine).
static void check_except_star_body(mp_parser_t *p, mp_ast_list_t *body, bool in_loop) {
    for (size_t i = 0; body != NULL && i < body->len; i++) {
        mp_ast_t *st = body->items[i];
        switch (st->kind) {
            case MP_AST_RETURN:
            case MP_AST_BREAK:
            case MP_AST_CONTINUE:
                if (st->kind == MP_AST_RETURN || !in_loop) {
                    mp_parse_error_node(p, st,
                        MP_ERROR_TEXT("'break', 'continue' and 'return' cannot appear in an except* block"));
                }
                break;
            case MP_AST_FOR:
            case MP_AST_WHILE:
                check_except_star_body(p, st->l1, true);
                check_except_star_body(p, st->l2, in_loop);
                break;
            case MP_AST_IF:
                check_except_star_body(p, st->l1, in_loop);
                check_except_star_body(p, st->l2, in_loop);
                break;
            case MP_AST_WITH:
                check_except_star_body(p, st->l1, in_loop);
                break;
            case MP_AST_TRY:
                check_except_star_body(p, st->l1, in_loop);
                for (size_t j = 0; st->l2 != NULL && j < st->l2->len; j++) {
                    check_except_star_body(p, st->l2->items[j]->l1, in_loop);
                }
                check_except_star_body(p, st->l3, in_loop);
                check_except_star_body(p, st->l4, in_loop);
                break;
            case MP_AST_MATCH:
                for (size_t j = 0; j < st->l1->len; j++) {
                    check_except_star_body(p, st->l1->items[j]->l1, in_loop);
                }
                break;
            default:
                // Definitions start a new scope; other statements hold none.
                break;
        }
    }
}

// try/except* (node's handlers are the except* clauses) rewritten as a
// try/except catching everything, whose handler splits the exception
// group clause by clause (CPython's semantics, see py/objexcept.c).
static mp_ast_t *desugar_except_star(mp_parser_t *p, mp_ast_t *node) {
    for (size_t i = 0; i < node->l2->len; i++) {
        check_except_star_body(p, node->l2->items[i]->l1, false);
    }
    static unsigned counter;
    unsigned k = ++counter;
    size_t line = node->line;
    qstr x = xs_temp("x", k);
    qstr st = xs_temp("s", k);
    qstr y = xs_temp("y", k);
    mp_ast_list_t *hb = mp_ast_list_new();
    mp_ast_list_append(hb, xs_assign(st, xs_call(MP_QSTR__dollar_exstar_begin, xs_name(x, line, MP_AST_CTX_LOAD), NULL, line), line));
    for (size_t i = 0; i < node->l2->len; i++) {
        mp_ast_t *h = node->l2->items[i];
        mp_ast_t *test = xs_call(MP_QSTR__dollar_exstar_match, xs_name(st, h->line, MP_AST_CTX_LOAD), h->a, h->line);
        mp_ast_t *ifn = new_node(MP_AST_IF, h->line, h->col);
        ifn->a = test;
        ifn->l1 = mp_ast_list_new();
        ifn->l2 = mp_ast_list_new();
        if (h->name != MP_QSTRnull) {
            mp_ast_list_append(ifn->l1, xs_assign(h->name, xs_call(MP_QSTR__dollar_exstar_value, xs_name(st, h->line, MP_AST_CTX_LOAD), NULL, h->line), h->line));
        }
        mp_ast_list_t *rb = mp_ast_list_new();
        mp_ast_list_append(rb, xs_expr(xs_call(MP_QSTR__dollar_exstar_raised, xs_name(st, h->line, MP_AST_CTX_LOAD),
            xs_name(y, h->line, MP_AST_CTX_LOAD), h->line), h->line));
        mp_ast_list_append(ifn->l1, xs_try_catchall(h->l1, y, rb, h->line));
        if (h->name != MP_QSTRnull) {
            // As after `except E as n`: n is unbound afterwards.
            mp_ast_t *none = new_node(MP_AST_CONSTANT, h->line, 0);
            none->op = MP_AST_CONST_NONE;
            mp_ast_list_append(ifn->l1, xs_assign(h->name, none, h->line));
            mp_ast_t *del = new_node(MP_AST_DELETE, h->line, 0);
            del->l1 = mp_ast_list_new();
            mp_ast_list_append(del->l1, xs_name(h->name, h->line, MP_AST_CTX_DEL));
            mp_ast_list_append(ifn->l1, del);
        }
        mp_ast_list_append(hb, ifn);
    }
    // `if $exstar_end(s): raise`: what goes on is re-raised bare, so that
    // this frame gets no second traceback entry (CPython's RERAISE).
    mp_ast_t *end = new_node(MP_AST_IF, line, 0);
    end->a = xs_call(MP_QSTR__dollar_exstar_end, xs_name(st, line, MP_AST_CTX_LOAD), NULL, line);
    end->l1 = mp_ast_list_new();
    end->l2 = mp_ast_list_new();
    mp_ast_list_append(end->l1, new_node(MP_AST_RAISE, line, 0));
    mp_ast_list_append(hb, end);
    mp_ast_t *inner = xs_try_catchall(node->l1, x, hb, line);
    inner->l3 = node->l3;
    if (node->l4->len == 0) {
        return inner;
    }
    mp_ast_t *outer = new_node(MP_AST_TRY, line, node->col);
    outer->l1 = mp_ast_list_new();
    mp_ast_list_append(outer->l1, inner);
    outer->l2 = mp_ast_list_new();
    outer->l3 = mp_ast_list_new();
    outer->l4 = node->l4;
    return outer;
}

static mp_ast_t *parse_try(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_TRY);
    mp_parse_advance(p);
    node->l1 = parse_block(p, "'try' statement", node->line);
    node->l2 = mp_ast_list_new();
    node->l3 = mp_ast_list_new();
    node->l4 = mp_ast_list_new();
    int star = -1; // unknown, then whether the handlers are except*
    while (mp_parse_tok(p) == MP_TOKEN_KW_EXCEPT) {
        mp_ast_t *handler = mp_parse_node_here(p, MP_AST_EXCEPT_HANDLER);
        mp_parse_advance(p);
        bool is_star = mp_parse_accept(p, MP_TOKEN_OP_STAR);
        if (star >= 0 && star != is_star) {
            // (the range covers "except" or "except*")
            mp_parse_error_range(p, handler, handler->col + 6 + is_star,
                MP_ERROR_TEXT("cannot have both 'except' and 'except*' on the same 'try'"));
        }
        star = is_star;
        if (is_star && mp_parse_tok(p) == MP_TOKEN_DEL_COLON) {
            mp_parse_error(p, MP_ERROR_TEXT("expected one or more exception types"));
        }
        if (mp_parse_tok(p) == MP_TOKEN_NEWLINE) {
            mp_parse_error(p, MP_ERROR_TEXT("expected ':'"));
        }
        if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
            handler->a = mp_parse_expression(p);
            size_t comma_line = p->lex->tok_line;
            size_t comma_col = p->lex->tok_col;
            if (mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
                // (CPython's rule for the message wants expressions after
                // the comma; without them the error is the comma)
                mp_token_kind_t t = mp_parse_tok(p);
                if (t == MP_TOKEN_OP_STAR || !mp_parse_starts_expression(t)) {
                    mp_parse_error_at(p, comma_line, comma_col, MP_ERROR_TEXT("invalid syntax"));
                }
                // (over the types and an 'as' name, as CPython)
                mp_parse_star_expressions(p);
                if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
                    parse_name(p);
                }
                mp_parse_set_end(handler->a, p->lex->prev_line, p->lex->prev_col);
                mp_parse_error_node(
                    p, handler->a, MP_ERROR_TEXT("multiple exception types must be parenthesized"));
            }
            if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
                handler->name = parse_name(p);
            }
        }
        handler->l1 = parse_block(p, is_star ? "'except*' statement" : "'except' statement", handler->line);
        end_with_block(handler, handler->l1);
        mp_ast_list_append(node->l2, handler);
    }
    if (node->l2->len > 0) {
        node->l3 = parse_else_block(p);
    }
    if (mp_parse_tok(p) == MP_TOKEN_KW_FINALLY) {
        size_t line = p->lex->tok_line;
        mp_parse_advance(p);
        node->l4 = parse_block(p, "'finally' statement", line);
    } else if (node->l2->len == 0) {
        mp_parse_error(p, MP_ERROR_TEXT("expected 'except' or 'finally' block"));
    }
    if (star == 1) {
        return desugar_except_star(p, node);
    }
    return node;
}

// with_item: expression 'as' star_target | expression
static void parse_with_item(mp_parser_t *p, mp_ast_t *node) {
    mp_ast_t *item = new_node(MP_AST_WITHITEM, p->lex->tok_line, p->lex->tok_col);
    item->a = mp_parse_expression(p);
    if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
        item->b = mp_parse_single_target(p, MP_AST_CTX_STORE);
    }
    mp_ast_list_append(node->l2, item);
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' block
// A '(' after 'with' may open the item list or merely begin the first
// expression ("with (a, b) as c:", "with (yield x):"). The parenthesised
// part is parsed as items first; unless ':' follows the ')', it is turned
// back into an expression (a group or tuple) and handed to the expression
// parser as an already-parsed atom.
static mp_ast_t *parse_with(mp_parser_t *p, mp_ast_t *node) {
    mp_parse_advance(p);
    node->l2 = mp_ast_list_new();
    if (mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_OPEN) {
        size_t line = p->lex->tok_line;
        size_t col = p->lex->tok_col;
        mp_parse_advance(p);
        mp_ast_list_t *items = mp_ast_list_new();
        bool any_as = false;
        bool trailing_comma = false;
        mp_ast_t *atom = NULL;
        if (mp_parse_tok(p) == MP_TOKEN_KW_YIELD) {
            atom = mp_parse_yield_or_star_expressions(p);
            mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
        } else {
            while (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
                mp_ast_t *item = new_node(MP_AST_WITHITEM, p->lex->tok_line, p->lex->tok_col);
                item->a = mp_parse_star_named_expression(p);
                if (items->len == 0 &&
                    (mp_parse_tok(p) == MP_TOKEN_KW_FOR || mp_parse_tok(p) == MP_TOKEN_KW_ASYNC)) {
                    // "with (x for x in y):" - a generator expression
                    atom = new_node(MP_AST_GENERATOR_EXP, line, col);
                    atom->a = item->a;
                    atom->l2 = mp_parse_comp_for(p);
                    break;
                }
                if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
                    any_as = true;
                    item->b = mp_parse_single_target(p, MP_AST_CTX_STORE);
                }
                mp_ast_list_append(items, item);
                trailing_comma = mp_parse_accept(p, MP_TOKEN_DEL_COMMA);
                if (!trailing_comma) {
                    break;
                }
            }
            mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
        }
        if (atom == NULL && items->len > 0 && mp_parse_tok(p) == MP_TOKEN_DEL_COLON) {
            for (size_t i = 0; i < items->len; ++i) {
                if (items->items[i]->a->kind == MP_AST_STARRED) {
                    mp_parse_error_node(
                        p, items->items[i]->a, MP_ERROR_TEXT("cannot use starred expression here"));
                }
            }
            node->l2 = items;
            node->l1 = parse_block(p, "'with' statement", node->line);
            return node;
        }
        if (any_as) {
            mp_parse_error(p, MP_ERROR_TEXT("expected ':'"));
        }
        if (atom == NULL) {
            if (items->len == 1 && !trailing_comma) {
                atom = items->items[0]->a;
                if (atom->kind == MP_AST_STARRED) {
                    mp_parse_error_node(
                        p, atom, MP_ERROR_TEXT("cannot use starred expression here"));
                }
            } else {
                atom = new_node(MP_AST_TUPLE, line, col);
                atom->l2 = mp_ast_list_new();
                for (size_t i = 0; i < items->len; ++i) {
                    mp_ast_list_append(atom->l2, items->items[i]->a);
                }
            }
        }
        p->pending_atom = atom;
        p->pending_line = line;
        p->pending_col = col;
        mp_ast_t *item = new_node(MP_AST_WITHITEM, line, col);
        item->a = mp_parse_expression(p);
        if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
            item->b = mp_parse_single_target(p, MP_AST_CTX_STORE);
        }
        mp_ast_list_append(node->l2, item);
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            node->l1 = parse_block(p, "'with' statement", node->line);
            return node;
        }
    }
    do {
        parse_with_item(p, node);
    } while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA));
    node->l1 = parse_block(p, "'with' statement", node->line);
    return node;
}

// function_def: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
static mp_ast_t *parse_funcdef(mp_parser_t *p, mp_ast_t *node) {
    mp_parse_advance(p);
    node->name = parse_name(p);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_OPEN) {
        mp_parse_error(p, MP_ERROR_TEXT("expected '('"));
    }
    mp_parse_advance(p);
    node->a = mp_parse_parameters(p, false);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
    if (mp_parse_tok(p) == MP_TOKEN_DEL_MINUS_MORE) {
        // (no expression after '->': CPython wants the ':' there)
        size_t line = p->lex->tok_line, col = p->lex->tok_col;
        mp_parse_advance(p);
        if (!mp_parse_starts_expression(mp_parse_tok(p))) {
            mp_parse_error_at(p, line, col, MP_ERROR_TEXT("expected ':'"));
        }
        node->b = mp_parse_expression(p);
    }
    node->l1 = parse_block(p, "function definition", node->line);
    return node;
}

// async_stmt: 'async' (function_def | with_stmt | for_stmt)
// decorators: ('@' named_expression NEWLINE)+
static void parse_compound(mp_parser_t *p, mp_ast_list_t *body) {
    mp_ast_list_t *decorators = NULL;
    if (mp_parse_tok(p) == MP_TOKEN_OP_AT) {
        decorators = mp_ast_list_new();
        while (mp_parse_accept(p, MP_TOKEN_OP_AT)) {
            mp_ast_t *d = parse_condition(p);
            // @micropython.<name> is a directive to MicroPython's compiler, no
            // name lookup (it works without `import micropython`). Only the
            // bytecode emitter exists here; MicroPython built without native
            // code rejects native/viper the same way (its test runner then
            // skips native_*/viper_* tests).
            mp_ast_t *base = d;
            while (base->kind == MP_AST_ATTRIBUTE) {
                base = base->a;
            }
            if (base->kind == MP_AST_NAME && base->name == MP_QSTR_micropython) {
                if (d == base || d->a != base || d->name != MP_QSTR_bytecode) {
                    mp_parse_error_node(p, d, MP_ERROR_TEXT("invalid micropython decorator"));
                }
            } else {
                mp_ast_list_append(decorators, d);
            }
            if (mp_parse_tok(p) != MP_TOKEN_NEWLINE) {
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
            mp_parse_advance(p);
        }
        mp_token_kind_t t = mp_parse_tok(p);
        if (t != MP_TOKEN_KW_DEF && t != MP_TOKEN_KW_CLASS && t != MP_TOKEN_KW_ASYNC) {
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
        }
    }
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    bool is_async = mp_parse_accept(p, MP_TOKEN_KW_ASYNC);
    mp_token_kind_t t = mp_parse_tok(p);
    if (is_async && t != MP_TOKEN_KW_DEF && t != MP_TOKEN_KW_FOR && t != MP_TOKEN_KW_WITH) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    if (decorators != NULL && t != MP_TOKEN_KW_DEF && t != MP_TOKEN_KW_CLASS) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_ast_t *node;
    switch (t) {
        case MP_TOKEN_KW_IF:
            node = parse_if(p);
            break;
        case MP_TOKEN_KW_WHILE:
            node = parse_while(p);
            break;
        case MP_TOKEN_KW_TRY:
            node = parse_try(p);
            break;
        case MP_TOKEN_KW_FOR:
            node = parse_for(p, new_node(MP_AST_FOR, line, col));
            break;
        case MP_TOKEN_KW_WITH:
            node = parse_with(p, new_node(MP_AST_WITH, line, col));
            break;
        case MP_TOKEN_KW_DEF:
            node = parse_funcdef(p, new_node(MP_AST_FUNCTION_DEF, line, col));
            break;
        default: {
            // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
            node = new_node(MP_AST_CLASS_DEF, line, col);
            mp_parse_advance(p);
            node->name = parse_name(p);
            node->l3 = mp_ast_list_new();
            node->l4 = mp_ast_list_new();
            if (mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_OPEN) {
                mp_ast_t call;
                memset(&call, 0, sizeof(call));
                mp_parse_call_args(p, &call, false);
                node->l3 = call.l2;
                node->l4 = call.l3;
            }
            node->l1 = parse_block(p, "class definition", node->line);
            break;
        }
    }
    if (is_async) {
        node->flags |= MP_AST_FLAG_ASYNC;
    }
    if (t == MP_TOKEN_KW_DEF || t == MP_TOKEN_KW_CLASS) {
        node->l2 = decorators != NULL ? decorators : mp_ast_list_new();
    }
    mp_ast_list_append(body, node);
}

// ---- the match statement (3.10)

// 'match' is a soft keyword: a statement starts with it when an expression
// follows and the logical line ends with ':' (no expression statement
// does). Scans the raw source of the rest of the line.
static bool line_is_match_stmt(mp_parser_t *p) {
    const byte *s = p->lex->tok_end;
    const byte *end = p->lex->src_end;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\f')) {
        s++;
    }
    // ('.' is an attribute of a variable named match, unless it starts
    // '...' or a number such as .5.)
    bool dot_subject = s + 1 < end && *s == '.' && (s[1] == '.' || unichar_isdigit(s[1]));
    if (s >= end || (*s == '.' && !dot_subject) || *s == '=' || *s == ':' || *s == ',' || *s == ')' || *s == ']'
        || *s == '}' || *s == ';' || *s == '\n' || *s == '\r' || *s == '#') {
        return false;
    }
    int depth = 0;
    byte last = 0;
    while (s < end) {
        byte c = *s;
        if (c == '#') {
            while (s < end && *s != '\n' && *s != '\r') {
                s++;
            }
            continue;
        }
        if (c == '\\') {
            s += 2;
            continue;
        }
        if (c == '\'' || c == '"') {
            bool triple = s + 2 < end && s[1] == c && s[2] == c;
            s += triple ? 3 : 1;
            while (s < end) {
                if (*s == '\\') {
                    s += 2;
                } else if (*s == c && (!triple || (s + 2 < end && s[1] == c && s[2] == c))) {
                    s += triple ? 3 : 1;
                    break;
                } else if (!triple && (*s == '\n' || *s == '\r')) {
                    break;
                } else {
                    s++;
                }
            }
            last = c;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        } else if ((c == '\n' || c == '\r') && depth <= 0) {
            break;
        }
        if (c != ' ' && c != '\t' && c != '\f' && c != '\n' && c != '\r') {
            last = c;
        }
        s++;
    }
    return last == ':';
}

static bool tok_is_soft_kw(mp_parser_t *p, qstr kw) {
    return mp_parse_tok(p) == MP_TOKEN_NAME && p->lex->tok_qstr == kw;
}

static mp_ast_t *parse_pattern(mp_parser_t *p);

// A capture target: a NAME, MP_QSTRnull for '_'.
static qstr parse_capture_name(mp_parser_t *p) {
    qstr name = parse_name(p);
    return name == MP_QSTR__ ? MP_QSTRnull : name;
}

// maybe_star_pattern: '*' NAME | pattern
static mp_ast_t *parse_maybe_star_pattern(mp_parser_t *p) {
    if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_PAT_STAR);
        mp_parse_advance(p);
        node->name = parse_capture_name(p);
        return mp_parse_ended(p, node);
    }
    return parse_pattern(p);
}

// A sequence pattern has at most one starred name.
static mp_ast_t *check_one_star(mp_parser_t *p, mp_ast_t *seq) {
    size_t n_star = 0;
    for (size_t i = 0; i < seq->l2->len; i++) {
        if (seq->l2->items[i]->kind == MP_AST_PAT_STAR && ++n_star > 1) {
            mp_parse_error_node(p, mp_parse_ended(p, seq), MP_ERROR_TEXT("multiple starred names in sequence pattern"));
        }
    }
    return seq;
}

// The items of a sequence pattern up to the closing token.
static mp_ast_t *parse_pattern_seq_items(mp_parser_t *p, mp_ast_t *seq, mp_token_kind_t close) {
    while (mp_parse_tok(p) != close) {
        mp_ast_list_append(seq->l2, parse_maybe_star_pattern(p));
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            break;
        }
    }
    mp_parse_expect(p, close);
    return check_one_star(p, seq);
}

static bool starts_literal_pattern(mp_token_kind_t t) {
    return t == MP_TOKEN_INTEGER || t == MP_TOKEN_FLOAT || t == MP_TOKEN_IMAG || t == MP_TOKEN_STRING
           || t == MP_TOKEN_BYTES || t == MP_TOKEN_FSTRING || t == MP_TOKEN_OP_MINUS;
}

// NAME ('.' NAME)*
static mp_ast_t *parse_pattern_dotted_name(mp_parser_t *p) {
    mp_ast_t *e = mp_parse_node_here(p, MP_AST_NAME);
    e->name = parse_name(p);
    while (mp_parse_tok(p) == MP_TOKEN_DEL_PERIOD) {
        mp_parse_advance(p);
        mp_ast_t *attr = new_node(MP_AST_ATTRIBUTE, e->line, e->col);
        attr->a = e;
        attr->name = parse_name(p);
        e = attr;
    }
    return e;
}

// Is the current NAME token followed by '=' (a keyword sub-pattern)?
static bool name_then_equal(mp_parser_t *p) {
    if (mp_parse_tok(p) != MP_TOKEN_NAME) {
        return false;
    }
    const byte *s = p->lex->tok_end;
    while (s < p->lex->src_end && (*s == ' ' || *s == '\t')) {
        s++;
    }
    return s + 1 < p->lex->src_end && s[0] == '=' && s[1] != '=';
}

// class_pattern: name_or_attr '(' [positional patterns] [keyword patterns] ')'
static mp_ast_t *parse_class_pattern(mp_parser_t *p, mp_ast_t *cls) {
    mp_ast_t *node = new_node(MP_AST_PAT_CLASS, cls->line, cls->col);
    node->a = cls;
    node->l2 = mp_ast_list_new();
    node->l3 = mp_ast_list_new();
    node->l4 = mp_ast_list_new();
    mp_parse_advance(p);
    while (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
        if (name_then_equal(p)) {
            mp_ast_t *kw = mp_parse_node_here(p, MP_AST_NAME);
            kw->name = parse_name(p);
            mp_parse_expect(p, MP_TOKEN_DEL_EQUAL);
            mp_ast_list_append(node->l4, kw);
            mp_ast_list_append(node->l3, parse_pattern(p));
        } else {
            mp_ast_t *pat = parse_pattern(p);
            if (node->l3->len > 0) {
                mp_parse_error_node(p, pat, MP_ERROR_TEXT("positional patterns follow keyword patterns"));
            }
            mp_ast_list_append(node->l2, pat);
        }
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            break;
        }
    }
    mp_parse_expect(p, MP_TOKEN_DEL_PAREN_CLOSE);
    return node;
}

// mapping_pattern: '{' [items] ['**' NAME] '}'
static mp_ast_t *parse_mapping_pattern(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_PAT_MAP);
    node->l2 = mp_ast_list_new();
    node->l3 = mp_ast_list_new();
    node->name = MP_QSTRnull;
    mp_parse_advance(p);
    while (mp_parse_tok(p) != MP_TOKEN_DEL_BRACE_CLOSE) {
        if (mp_parse_accept(p, MP_TOKEN_OP_DBL_STAR)) {
            if (mp_parse_tok(p) == MP_TOKEN_NAME && p->lex->tok_qstr == MP_QSTR__) {
                // {**_} would capture into the wildcard.
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
            node->name = parse_name(p);
            mp_parse_accept(p, MP_TOKEN_DEL_COMMA);
            if (mp_parse_tok(p) != MP_TOKEN_DEL_BRACE_CLOSE) {
                // (**rest comes last; no comma guess here)
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
            break;
        }
        mp_token_kind_t t = mp_parse_tok(p);
        mp_ast_t *key;
        if (starts_literal_pattern(t) || t == MP_TOKEN_KW_NONE || t == MP_TOKEN_KW_TRUE || t == MP_TOKEN_KW_FALSE) {
            key = mp_parse_pattern_literal(p);
        } else if (t == MP_TOKEN_NAME) {
            key = parse_pattern_dotted_name(p);
            if (key->kind == MP_AST_NAME) {
                // (CPython points past the bare name)
                mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
            }
        } else {
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
        }
        mp_parse_expect(p, MP_TOKEN_DEL_COLON);
        mp_ast_list_append(node->l2, key);
        mp_ast_list_append(node->l3, parse_pattern(p));
        if (!mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
            break;
        }
    }
    mp_parse_expect(p, MP_TOKEN_DEL_BRACE_CLOSE);
    return node;
}

// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
static mp_ast_t *parse_closed_pattern_here(mp_parser_t *p) {
    mp_token_kind_t t = mp_parse_tok(p);
    if (starts_literal_pattern(t)) {
        mp_ast_t *node = mp_parse_node_here(p, MP_AST_PAT_VALUE);
        node->a = mp_parse_pattern_literal(p);
        return node;
    }
    switch (t) {
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_FALSE: {
            mp_ast_t *node = mp_parse_node_here(p, MP_AST_PAT_SINGLETON);
            node->a = mp_parse_pattern_literal(p);
            return node;
        }
        case MP_TOKEN_NAME: {
            mp_ast_t *e = parse_pattern_dotted_name(p);
            if (mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_OPEN) {
                return parse_class_pattern(p, e);
            }
            if (e->kind == MP_AST_NAME) {
                mp_ast_t *node = new_node(MP_AST_PAT_AS, e->line, e->col);
                node->name = e->name == MP_QSTR__ ? MP_QSTRnull : e->name;
                return node;
            }
            mp_ast_t *node = new_node(MP_AST_PAT_VALUE, e->line, e->col);
            node->a = e;
            return node;
        }
        case MP_TOKEN_DEL_PAREN_OPEN: {
            mp_ast_t *seq = mp_parse_node_here(p, MP_AST_PAT_SEQ);
            seq->l2 = mp_ast_list_new();
            mp_parse_advance(p);
            if (mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_CLOSE) {
                mp_parse_advance(p);
                return seq;
            }
            mp_ast_t *first = parse_maybe_star_pattern(p);
            if (first->kind != MP_AST_PAT_STAR && mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_CLOSE) {
                mp_parse_advance(p);
                return first;
            }
            mp_ast_list_append(seq->l2, first);
            if (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
                mp_parse_expect(p, MP_TOKEN_DEL_COMMA);
            }
            return parse_pattern_seq_items(p, seq, MP_TOKEN_DEL_PAREN_CLOSE);
        }
        case MP_TOKEN_DEL_BRACKET_OPEN: {
            mp_ast_t *seq = mp_parse_node_here(p, MP_AST_PAT_SEQ);
            seq->l2 = mp_ast_list_new();
            mp_parse_advance(p);
            return parse_pattern_seq_items(p, seq, MP_TOKEN_DEL_BRACKET_CLOSE);
        }
        case MP_TOKEN_DEL_BRACE_OPEN:
            return parse_mapping_pattern(p);
        default:
            mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
}

// (Its end is where the compiler's errors on it end.)
static mp_ast_t *parse_closed_pattern(mp_parser_t *p) {
    return mp_parse_ended(p, parse_closed_pattern_here(p));
}

// or_pattern: closed_pattern ('|' closed_pattern)*
// A pattern that starts with a parenthesised group starts at its '(' (the
// group has no node of its own), as in CPython: hence the positions taken
// before the first part is parsed, here and in the two callers below.
static mp_ast_t *parse_or_pattern(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_ast_t *first = parse_closed_pattern(p);
    if (mp_parse_tok(p) != MP_TOKEN_OP_PIPE) {
        return first;
    }
    mp_ast_t *node = new_node(MP_AST_PAT_OR, line, col);
    node->l2 = mp_ast_list_new();
    mp_ast_list_append(node->l2, first);
    while (mp_parse_accept(p, MP_TOKEN_OP_PIPE)) {
        mp_ast_list_append(node->l2, parse_closed_pattern(p));
    }
    return mp_parse_ended(p, node);
}

// pattern: or_pattern ['as' NAME]
static mp_ast_t *parse_pattern(mp_parser_t *p) {
    mp_parse_enter(p);
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_ast_t *pat = parse_or_pattern(p);
    if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
        if (mp_parse_tok(p) != MP_TOKEN_NAME) {
            mp_parse_error(p, MP_ERROR_TEXT("invalid pattern target"));
        }
        if (p->lex->tok_qstr == MP_QSTR__) {
            mp_parse_error(p, MP_ERROR_TEXT("cannot use '_' as a target"));
        }
        mp_ast_t *node = new_node(MP_AST_PAT_AS, line, col);
        node->a = pat;
        node->name = parse_name(p);
        pat = mp_parse_ended(p, node);
    }
    mp_parse_leave(p);
    return pat;
}

// patterns: open_sequence_pattern | pattern
static mp_ast_t *parse_case_patterns(mp_parser_t *p) {
    size_t line = p->lex->tok_line;
    size_t col = p->lex->tok_col;
    mp_ast_t *first = parse_maybe_star_pattern(p);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_COMMA && first->kind != MP_AST_PAT_STAR) {
        return first;
    }
    mp_ast_t *seq = new_node(MP_AST_PAT_SEQ, line, col);
    seq->l2 = mp_ast_list_new();
    mp_ast_list_append(seq->l2, first);
    while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA)) {
        mp_token_kind_t t = mp_parse_tok(p);
        if (t == MP_TOKEN_DEL_COLON || t == MP_TOKEN_KW_IF) {
            break;
        }
        mp_ast_list_append(seq->l2, parse_maybe_star_pattern(p));
    }
    return check_one_star(p, seq);
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// case_block: "case" patterns [guard] ':' block
static mp_ast_t *parse_match(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_MATCH);
    mp_parse_advance(p);
    mp_ast_t *first = mp_parse_star_named_expression(p);
    if (mp_parse_tok(p) == MP_TOKEN_DEL_COMMA) {
        mp_ast_t *tuple = new_node(MP_AST_TUPLE, first->line, first->col);
        tuple->l2 = mp_ast_list_new();
        mp_ast_list_append(tuple->l2, first);
        while (mp_parse_accept(p, MP_TOKEN_DEL_COMMA) && mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
            mp_ast_list_append(tuple->l2, mp_parse_star_named_expression(p));
        }
        first = tuple;
    } else if (first->kind == MP_AST_STARRED) {
        // (CPython has no rule for a lone starred subject: it stops at the ':')
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    node->a = first;
    node->l1 = mp_ast_list_new();
    mp_parse_expect(p, MP_TOKEN_DEL_COLON);
    if (!mp_parse_accept(p, MP_TOKEN_NEWLINE)) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    if (mp_parse_tok(p) != MP_TOKEN_INDENT) {
        mp_ast_raise_syntax_error(p->lex->source_name, p->lex->tok_line, p->lex->tok_col, true,
            mp_lexer_msg(MP_ERROR_TEXT("expected an indented block after %s on line %u"), "'match' statement",
                (unsigned)node->line));
    }
    mp_parse_advance(p);
    while (tok_is_soft_kw(p, MP_QSTR_case)) {
        mp_ast_t *c = mp_parse_node_here(p, MP_AST_MATCH_CASE);
        mp_parse_advance(p);
        c->a = parse_case_patterns(p);
        if (mp_parse_accept(p, MP_TOKEN_KW_IF)) {
            c->b = mp_parse_named_expression(p);
        }
        c->l1 = parse_block(p, "'case' statement", c->line);
        mp_ast_list_append(node->l1, c);
    }
    if (node->l1->len == 0 || mp_parse_tok(p) != MP_TOKEN_DEDENT) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
    return node;
}

// statement: compound_stmt | simple_stmts
void mp_parse_statement(mp_parser_t *p, mp_ast_list_t *body) {
    switch (mp_parse_tok(p)) {
        case MP_TOKEN_INDENT:
            mp_parse_error(p, NULL); // "unexpected indent"
        case MP_TOKEN_KW_IF:
        case MP_TOKEN_KW_WHILE:
        case MP_TOKEN_KW_FOR:
        case MP_TOKEN_KW_TRY:
        case MP_TOKEN_KW_WITH:
        case MP_TOKEN_KW_DEF:
        case MP_TOKEN_KW_CLASS:
        case MP_TOKEN_KW_ASYNC:
        case MP_TOKEN_OP_AT:
            parse_compound(p, body);
            break;
        case MP_TOKEN_NAME:
            if (p->lex->tok_qstr == MP_QSTR_match && line_is_match_stmt(p)) {
                mp_ast_list_append(body, parse_match(p));
                break;
            }
            parse_simple_stmts(p, body);
            break;
        default:
            parse_simple_stmts(p, body);
            break;
    }
    // (a compound statement ends where its last block does)
    mp_parse_ended(p, body->items[body->len - 1]);
}

// statements: statement+   (up to a DEDENT or the end of input)
void mp_parse_statements(mp_parser_t *p, mp_ast_list_t *body) {
    for (;;) {
        mp_token_kind_t t = mp_parse_tok(p);
        if (t == MP_TOKEN_DEDENT || t == MP_TOKEN_END) {
            return;
        }
        mp_parse_statement(p, body);
    }
}
