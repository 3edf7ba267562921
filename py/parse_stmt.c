// The parser, statements: simple statements, blocks and compound statements.
#include "py/mpconfig.h"

#include <string.h>

#include "py/parse.h"
#include "py/runtime.h"

static mp_ast_t *new_node(mp_ast_kind_t kind, size_t line, size_t col) {
    return mp_ast_new(kind, line, col);
}

MP_NORETURN static void error_fmt(
    mp_parser_t *p, size_t line, size_t col, const char *fmt, const char *arg) {
    vstr_t *msg = vstr_new(64);
    vstr_printf(msg, fmt, arg);
    mp_parse_error_at(p, line, col, vstr_null_terminated_str(msg));
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
            vstr_t *msg = vstr_new(64);
            vstr_printf(msg, MP_ERROR_TEXT("expected an indented block after %s on line %u"), what,
                (unsigned)line);
            mp_ast_raise_syntax_error(p->lex->source_name, p->lex->tok_line, p->lex->tok_col, true,
                vstr_null_terminated_str(msg));
        }
        mp_parse_advance(p);
        mp_parse_statements(p, body);
        mp_parse_expect(p, MP_TOKEN_DEDENT);
    } else {
        parse_simple_stmts(p, body);
    }
    return body;
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
            mp_parse_error(
                p, MP_ERROR_TEXT("trailing comma not allowed without surrounding parentheses"));
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

// "f() = 1": CPython suspects a mistyped '==' when the bad target is an
// operand just before the only '=' of the statement (the first target, or
// the last item of an unparenthesised tuple of targets) and a bitwise_or
// follows. Called at the first '=' (already consumed); the right-hand side
// is parsed on trial, any error in it leaves the plain message to the caller.
static void check_mistaken_assign(mp_parser_t *p, mp_ast_t *first, bool paren) {
    mp_ast_t *bad = NULL;
    if (!is_valid_target_kind(first)) {
        bad = first;
    } else if (first->kind == MP_AST_TUPLE && !paren && first->l2->len > 0) {
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
    error_fmt(p, bad->line, bad->col,
        hint ? MP_ERROR_TEXT("cannot assign to %s here. Maybe you meant '==' instead of '='?") : "cannot assign to %s",
        mp_parse_describe(bad));
}

// named_expression where a '=' cannot follow (if, elif, while, decorators):
// "if x = 1:" is diagnosed as CPython does, as a mistyped '==' or ':='.
static mp_ast_t *parse_condition(mp_parser_t *p) {
    mp_ast_t *e = mp_parse_named_expression(p);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_EQUAL) {
        return e;
    }
    bool is_name = e->kind == MP_AST_NAME;
    if (!is_name && (!is_bitwise_or_level(e) || e->kind == MP_AST_GENERATOR_EXP || e->kind == MP_AST_LIST
                     || e->kind == MP_AST_TUPLE
                     || (e->kind == MP_AST_CONSTANT && (e->op == MP_AST_CONST_NONE || e->op == MP_AST_CONST_TRUE
                                                        || e->op == MP_AST_CONST_FALSE)))) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
    if (!mp_parse_starts_expression(mp_parse_tok(p)) || !trial_rhs_is_operand(p)) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    if (is_name) {
        mp_parse_error_node(p, e, MP_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
    }
    error_fmt(p, e->line, e->col, MP_ERROR_TEXT("cannot assign to %s here. Maybe you meant '==' instead of '='?"),
        mp_parse_describe(e));
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
    bool paren = mp_parse_tok(p) == MP_TOKEN_DEL_PAREN_OPEN;
    mp_ast_t *first = mp_parse_yield_or_star_expressions(p);
    mp_token_kind_t t = mp_parse_tok(p);

    if (t == MP_TOKEN_DEL_COLON) {
        mp_ast_t *node = new_node(MP_AST_ANN_ASSIGN, line, col);
        switch (first->kind) {
            case MP_AST_NAME:
                // 'simple' in CPython's AST: a bare name is stored in __annotations__
                node->num = paren ? 0 : 1;
                break;
            case MP_AST_ATTRIBUTE:
            case MP_AST_SUBSCRIPT:
                break;
            case MP_AST_TUPLE:
                mp_parse_error_node(
                    p, first, MP_ERROR_TEXT("only single target (not tuple) can be annotated"));
            case MP_AST_LIST:
                mp_parse_error_node(
                    p, first, MP_ERROR_TEXT("only single target (not list) can be annotated"));
            default:
                mp_parse_error_node(p, first, MP_ERROR_TEXT("illegal target for annotation"));
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
                check_mistaken_assign(p, first, paren);
            }
            mp_parse_set_target(p, cur, MP_AST_CTX_STORE);
            mp_ast_list_append(node->l1, cur);
            cur = mp_parse_yield_or_star_expressions(p);
        }
        if (cur->kind == MP_AST_STARRED) {
            mp_parse_error_node(p, cur, MP_ERROR_TEXT("can't use starred expression here"));
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
                error_fmt(p, first->line, first->col,
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

    if (first->kind == MP_AST_STARRED) {
        mp_parse_error_node(p, first, MP_ERROR_TEXT("can't use starred expression here"));
    }
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
                    mp_parse_error(p, MP_ERROR_TEXT("cannot delete starred"));
                }
                mp_ast_t *target = mp_parse_bitwise_or(p);
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
        mp_ast_list_append(body, parse_simple_stmt(p));
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
            error_fmt(p, last->line, last->col,
                last->a->name == MP_QSTR_print ? MP_ERROR_TEXT("Missing parentheses in call to 'print'. Did you mean print(...)?")
                                               : MP_ERROR_TEXT("Missing parentheses in call to 'exec'. Did you mean exec(...)?"), "");
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
static mp_ast_t *parse_try(mp_parser_t *p) {
    mp_ast_t *node = mp_parse_node_here(p, MP_AST_TRY);
    mp_parse_advance(p);
    node->l1 = parse_block(p, "'try' statement", node->line);
    node->l2 = mp_ast_list_new();
    node->l3 = mp_ast_list_new();
    node->l4 = mp_ast_list_new();
    mp_ast_t *bare = NULL;
    while (mp_parse_tok(p) == MP_TOKEN_KW_EXCEPT) {
        mp_ast_t *handler = mp_parse_node_here(p, MP_AST_EXCEPT_HANDLER);
        if (bare != NULL) {
            mp_parse_error_node(p, bare, MP_ERROR_TEXT("default 'except:' must be last"));
        }
        mp_parse_advance(p);
        if (mp_parse_tok(p) == MP_TOKEN_OP_STAR) {
            mp_parse_error(p, MP_ERROR_TEXT("'except*' (exception groups) is not supported"));
        }
        if (mp_parse_tok(p) == MP_TOKEN_NEWLINE) {
            mp_parse_error(p, MP_ERROR_TEXT("expected ':'"));
        }
        if (mp_parse_tok(p) != MP_TOKEN_DEL_COLON) {
            handler->a = mp_parse_expression(p);
            if (mp_parse_tok(p) == MP_TOKEN_DEL_COMMA) {
                mp_parse_error_node(
                    p, handler->a, MP_ERROR_TEXT("multiple exception types must be parenthesized"));
            }
            if (mp_parse_accept(p, MP_TOKEN_KW_AS)) {
                handler->name = parse_name(p);
            }
        } else {
            bare = handler;
        }
        handler->l1 = parse_block(p, "'except' statement", handler->line);
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
    mp_parse_expect(p, MP_TOKEN_DEL_PAREN_OPEN);
    node->a = mp_parse_parameters(p, false);
    if (mp_parse_tok(p) != MP_TOKEN_DEL_PAREN_CLOSE) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_parse_advance(p);
    if (mp_parse_accept(p, MP_TOKEN_DEL_MINUS_MORE)) {
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
            mp_ast_list_append(decorators, parse_condition(p));
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

// statement: compound_stmt | simple_stmts
void mp_parse_statement(mp_parser_t *p, mp_ast_list_t *body) {
    switch (mp_parse_tok(p)) {
        case MP_TOKEN_INDENT:
            mp_ast_raise_syntax_error(p->lex->source_name, p->lex->tok_line, p->lex->tok_col, true,
                MP_ERROR_TEXT("unexpected indent"));
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
        default:
            parse_simple_stmts(p, body);
            break;
    }
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
