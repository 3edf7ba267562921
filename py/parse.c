// The parser's entry points and shared helpers; the grammar itself is in
// parse_expr.c (expressions) and parse_stmt.c (statements).
#include "py/mpconfig.h"

#include <string.h>

#include "py/nlr.h"
#include "py/objstr.h"
#include "py/parse.h"
#include "py/runtime.h"

// The parser is hand-written recursive descent over CPython 3.11's grammar
// (without 'match'). It reads one token of lookahead; the few places where
// the grammar needs more (assignment targets, keyword arguments, named
// expressions, parenthesised 'with' items) parse the general form first and
// then check or convert what was parsed. Nodes are allocated on the GC heap
// and stay reachable through the parse functions' locals (conservative
// stack scan) until the root is returned.

// ---- tree nodes

mp_ast_t *mp_ast_new(mp_ast_kind_t kind, size_t line, size_t col) {
    mp_ast_t *node = m_new0(mp_ast_t, 1);
    node->kind = (uint8_t)kind;
    node->line = (uint32_t)line;
    node->col = (uint32_t)col;
    return node;
}

mp_ast_list_t *mp_ast_list_new(void) {
    mp_ast_list_t *list = m_new0(mp_ast_list_t, 1);
    return list;
}

void mp_ast_list_append(mp_ast_list_t *list, mp_ast_t *node) {
    if (list->len == list->alloc) {
        size_t new_alloc = list->alloc == 0 ? 4 : list->alloc * 2;
        list->items = m_renew(mp_ast_t *, list->items, list->alloc, new_alloc);
        list->alloc = new_alloc;
    }
    list->items[list->len++] = node;
}

// ---- tokens and errors

void mp_parse_advance(mp_parser_t *p) {
    mp_lexer_next(p->lex);
}

bool mp_parse_accept(mp_parser_t *p, mp_token_kind_t kind) {
    if (p->lex->tok_kind == kind) {
        mp_lexer_next(p->lex);
        return true;
    }
    return false;
}

// The line CPython's end marker is on: the last line there is (0 when none).
static size_t last_line(const mp_lexer_t *lex) {
    const byte *s = lex->src_beg, *end = lex->src_end;
    size_t line = end > s && end[-1] != '\n';
    while (s < end) {
        line += *s++ == '\n';
    }
    return line;
}

MP_NORETURN void mp_parse_error_at(mp_parser_t *p, size_t line, size_t col, const char *msg) {
    mp_ast_raise_syntax_error(p->lex->source_name, line, col, false, msg);
}

mp_ast_t *mp_parse_span(mp_ast_t *span, size_t line, size_t col, size_t end_line, size_t end_col) {
    // (only the fields of the range are read)
    span->line = line;
    span->col = col;
    mp_parse_set_end(span, end_line, end_col);
    return span;
}

// An error at the current token. An unexpected INDENT or DEDENT token is
// reported as CPython does, as IndentationError("unexpected indent") at the
// offset that is the indentation width, or "unexpected unindent".
MP_NORETURN void mp_parse_error(mp_parser_t *p, const char *msg) {
    mp_lexer_t *lex = p->lex;
    if (lex->tok_kind == MP_TOKEN_INDENT) {
        mp_ast_raise_syntax_error(lex->source_name, lex->tok_line, lex->tok_col - (lex->tok_col > 0), true,
            MP_ERROR_TEXT("unexpected indent"));
    }
    // CPython reports only its generic error specially at these tokens.
    char buf[MP_ERRTEXT_BUF_SIZE];
    bool generic = msg == NULL || strcmp(mp_errtext_expand(msg, buf), "invalid syntax") == 0;
    if (generic && lex->tok_kind == MP_TOKEN_DEDENT) {
        // CPython's offset is the column before the next token, or past
        // the newline at the end of input.
        bool at_nl = lex->tok_beg >= lex->src_end || *lex->tok_beg == '\n';
        mp_ast_raise_syntax_error(lex->source_name, lex->tok_line, lex->tok_col - !at_nl, true,
            MP_ERROR_TEXT("unexpected unindent"));
    }
    // (At the end of the input, not of an f-string field, the end marker is
    // at offset 0 of the last line.)
    if (generic && lex->tok_kind == MP_TOKEN_END && lex->base_nest == 0) {
        mp_parse_error_at(p, last_line(lex), (size_t)-1, msg);
    }
    // (An operator of more than one character, or a number such as .5, is
    // covered whole.)
    if (lex->tok_kind >= MP_TOKEN_OP_PLUS || lex->tok_kind == MP_TOKEN_FLOAT) {
        mp_ast_t span;
        mp_parse_error_node(
            p, mp_parse_span(&span, lex->tok_line, lex->tok_col, lex->tok_line, lex->tok_col + (lex->tok_end - lex->tok_beg)), msg);
    }
    mp_parse_error_at(p, lex->tok_line, lex->tok_col, msg);
}

MP_NORETURN void mp_parse_error_node(mp_parser_t *p, const mp_ast_t *node, const char *msg) {
    mp_ast_raise_syntax_error_node(p->lex->source_name, node, msg);
}

void mp_parse_set_end(mp_ast_t *node, size_t line, size_t col) {
    size_t dline = line - node->line;
    node->end_dline = (uint16_t)(dline < 0xffff ? dline : 0xffff);
    node->end_col = (uint16_t)(col < 0xfffe ? col + 1 : 0xffff);
}

mp_ast_t *mp_parse_ended(mp_parser_t *p, mp_ast_t *node) {
    if (node->end_col == 0) {
        mp_parse_set_end(node, p->lex->prev_line, p->lex->prev_col);
    }
    return node;
}

MP_NORETURN void mp_parse_error_range(mp_parser_t *p, const mp_ast_t *node, size_t end_col, const char *msg) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_parse_error_node(p, node, msg);
    }
    // (a fresh tuple: its end_lineno/end_offset may still be set)
    mp_obj_t unused;
    mp_obj_t *details = mp_parse_syntax_error_details(MP_OBJ_FROM_PTR(nlr.ret_val), &unused);
    details[4] = MP_OBJ_NEW_SMALL_INT(p->lex->tok_line);
    details[5] = MP_OBJ_NEW_SMALL_INT(end_col + 1);
    nlr_jump(nlr.ret_val);
}

static bool is_generic_syntax_error(mp_obj_t exc);

MP_NORETURN void mp_parse_comma_error(mp_parser_t *p) {
    if (p->last_expr_line == 0) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    // CPython's range ends with the second expression (with its first
    // token if it does not parse). Its rule leaves out a lone name before a
    // string, and a soft keyword (match, case, _) alone: plain invalid
    // syntax at the token, once the expression is read all the same.
    mp_lexer_t *lex = p->lex;
    mp_token_kind_t t = lex->tok_kind;
    const mp_ast_t *e = p->last_expr;
    bool hint = !(e->kind == MP_AST_NAME && !(e->flags & MP_AST_FLAG_PAREN)
        && ((t >= MP_TOKEN_STRING && t <= MP_TOKEN_FSTRING)
            || e->name == MP_QSTR_match || e->name == MP_QSTR_case || e->name == MP_QSTR__));
    mp_ast_t span;
    mp_parse_span(&span, hint ? p->last_expr_line : lex->tok_line, hint ? p->last_expr_col : lex->tok_col,
        lex->tok_line, lex->tok_col + (lex->tok_end - lex->tok_beg));
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_parse_expression(p);
        nlr_pop();
        // (CPython clips a range past the first line to that line)
        if (lex->prev_line == span.line && hint) {
            mp_parse_set_end(&span, lex->prev_line, lex->prev_col);
        }
    } else if (!is_generic_syntax_error(MP_OBJ_FROM_PTR(nlr.ret_val))) {
        // (a tokenizer error there comes first, as in CPython)
        nlr_jump(nlr.ret_val);
    }
    mp_parse_error_node(p, &span, hint ? MP_ERROR_TEXT("invalid syntax. Perhaps you forgot a comma?")
                                       : MP_ERROR_TEXT("invalid syntax"));
}

void mp_parse_expect(mp_parser_t *p, mp_token_kind_t kind) {
    if (p->lex->tok_kind != kind) {
        // CPython's wording: "expected ':'" only at the end of the line (the
        // forced cases are checked by their callers), and a guess at a
        // missing comma when an expression follows another in brackets.
        if (kind == MP_TOKEN_DEL_COLON && p->lex->tok_kind == MP_TOKEN_NEWLINE) {
            mp_parse_error(p, MP_ERROR_TEXT("expected ':'"));
        }
        if ((kind == MP_TOKEN_DEL_PAREN_CLOSE || kind == MP_TOKEN_DEL_BRACKET_CLOSE || kind == MP_TOKEN_DEL_BRACE_CLOSE)
            && mp_parse_starts_expression(p->lex->tok_kind)) {
            mp_parse_comma_error(p);
        }
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_lexer_next(p->lex);
}

void mp_parse_enter(mp_parser_t *p) {
    // The level count alone does not bound the C stack: a parse may start
    // with most of it in use (deep recursion, a thread's small stack).
    mp_stack_check();
    if (++p->depth > MP_PARSE_MAX_DEPTH) {
        mp_parse_error(p, MP_ERROR_TEXT("too many nested expressions"));
    }
}

void mp_parse_leave(mp_parser_t *p) {
    p->depth -= 1;
}

mp_ast_t *mp_parse_node_here(mp_parser_t *p, mp_ast_kind_t kind) {
    return mp_ast_new(kind, p->lex->tok_line, p->lex->tok_col);
}

// Tokens that can begin an expression (used where an expression is optional:
// 'return', 'yield', trailing commas).
bool mp_parse_starts_expression(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_NAME:
        case MP_TOKEN_INTEGER:
        case MP_TOKEN_FLOAT:
        case MP_TOKEN_IMAG:
        case MP_TOKEN_STRING:
        case MP_TOKEN_BYTES:
        case MP_TOKEN_FSTRING:
        case MP_TOKEN_KW_FALSE:
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_AWAIT:
        case MP_TOKEN_KW_LAMBDA:
        case MP_TOKEN_KW_NOT:
        case MP_TOKEN_OP_PLUS:
        case MP_TOKEN_OP_MINUS:
        case MP_TOKEN_OP_TILDE:
        case MP_TOKEN_OP_STAR:
        case MP_TOKEN_DEL_PAREN_OPEN:
        case MP_TOKEN_DEL_BRACKET_OPEN:
        case MP_TOKEN_DEL_BRACE_OPEN:
        case MP_TOKEN_ELLIPSIS:
            return true;
        default:
            return false;
    }
}

// ---- entry points

// file: [statements] ENDMARKER
static mp_ast_t *parse_file_input(mp_parser_t *p) {
    mp_ast_t *root = mp_ast_new(MP_AST_MODULE, 1, 0);
    root->l1 = mp_ast_list_new();
    mp_parse_statements(p, root->l1);
    if (mp_parse_tok(p) != MP_TOKEN_END) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    return root;
}

// Whether single input ends in a way that leaves a compound statement
// without the NEWLINE after it. Without a final newline CPython's parser
// turns the end of input into one NEWLINE, and into one more after the
// DEDENTs that this implies: enough after code in a block, too few after a
// one-line statement at the outer level, and one too many (an empty
// statement in the block) when the last line holds no code.
static bool ends_unfinished(mp_lexer_t *lex) {
    byte last = lex->src_end[-1]; // (there was a statement)
    if (last == '\n' || last == '\r') {
        return false;
    }
    mp_lexer_indent_last_line(lex);
    return lex->eof_code != (lex->eof_top > 0);
}

// interactive: statement_newline  (one simple or compound statement)
static mp_ast_t *parse_single_input(mp_parser_t *p) {
    mp_ast_t *root = mp_ast_new(MP_AST_INTERACTIVE, 1, 0);
    root->l1 = mp_ast_list_new();
    if (mp_parse_tok(p) != MP_TOKEN_END) {
        mp_parse_statement(p, root->l1);
    }
    if (root->l1->len > 0) {
        // After a compound statement CPython wants a blank line; anything
        // else is plain invalid syntax at the next token.
        switch (root->l1->items[root->l1->len - 1]->kind) {
            case MP_AST_FUNCTION_DEF:
            case MP_AST_CLASS_DEF:
            case MP_AST_FOR:
            case MP_AST_WHILE:
            case MP_AST_IF:
            case MP_AST_WITH:
            case MP_AST_TRY:
            case MP_AST_MATCH:
                if (mp_parse_tok(p) != MP_TOKEN_END || ends_unfinished(p->lex)) {
                    mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
                }
                break;
            default:
                break;
        }
    }
    if (mp_parse_tok(p) != MP_TOKEN_END) {
        // CPython points at the NEWLINE that ended the first statement: the
        // end of the last line before this token that is not blank or only
        // a comment.
        const mp_lexer_t *lex = p->lex;
        const byte *line_end = lex->tok_beg;
        size_t line = lex->tok_line;
        while (line_end > lex->src_beg && line_end[-1] != '\n') {
            line_end--;
        }
        while (line_end > lex->src_beg && line > 1) {
            const byte *beg = line_end - 1; // at the '\n' ending the line before
            line--;
            while (beg > lex->src_beg && beg[-1] != '\n') {
                beg--;
            }
            const byte *q = beg;
            while (q < line_end - 1 && (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\r')) {
                q++;
            }
            if (q < line_end - 1 && *q != '#') {
                size_t len = (size_t)(line_end - 1 - beg);
                if (len > 0 && beg[len - 1] == '\r') {
                    len--;
                }
                // A trailing comment: the NEWLINE is where the '#' is.
                byte quote = 0;
                for (size_t i = 0; i < len; i++) {
                    if (quote != 0) {
                        if (beg[i] == '\\') {
                            i++;
                        } else if (beg[i] == quote) {
                            quote = 0;
                        }
                    } else if (beg[i] == '\'' || beg[i] == '"') {
                        quote = beg[i];
                    } else if (beg[i] == '#') {
                        len = i;
                        break;
                    }
                }
                mp_parse_error_at(p, line, len,
                    MP_ERROR_TEXT("multiple statements found while compiling a single statement"));
            }
            line_end = beg;
        }
        mp_parse_error(
            p, MP_ERROR_TEXT("multiple statements found while compiling a single statement"));
    }
    return root;
}

// eval: expressions NEWLINE* ENDMARKER
// expressions: expression (',' expression)* [',']
static mp_ast_t *parse_eval_input(mp_parser_t *p) {
    // Indentation is an error here (eval() strips the leading blanks of a
    // string itself, py/builtinevalexec.c).
    if (mp_parse_tok(p) == MP_TOKEN_INDENT) {
        mp_parse_error(p, NULL);
    }
    mp_ast_t *root = mp_ast_new(MP_AST_EXPRESSION, 1, 0);
    p->eval_input = true;
    root->a = mp_parse_star_expressions(p);
    while (mp_parse_accept(p, MP_TOKEN_NEWLINE)) {
    }
    if (mp_parse_tok(p) != MP_TOKEN_END) {
        mp_parse_error(p, MP_ERROR_TEXT("invalid syntax"));
    }
    return root;
}

mp_obj_t *mp_parse_syntax_error_details(mp_obj_t exc, mp_obj_t *msg) {
    if (!mp_obj_is_instance_of(exc, &mp_type_SyntaxError)) {
        return NULL;
    }
    mp_obj_t args = mp_load_attr(exc, MP_QSTR_args);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(args, &n, &items);
    if (n != 2 || !mp_obj_is_type(items[1], &mp_type_tuple)) {
        return NULL;
    }
    size_t nd;
    mp_obj_t *details;
    mp_obj_tuple_get(items[1], &nd, &details);
    if ((nd != 4 && nd != 6) || details[3] != mp_const_none || !mp_obj_is_small_int(details[1])) {
        return NULL;
    }
    *msg = items[0];
    return details;
}

// The lexer's "'(' was never closed" (py/lexer.c).
static bool is_never_closed_msg(const char *msg) {
    static const char tail[] = "was never closed";
    size_t len = strlen(msg);
    return len >= sizeof(tail) - 1 && memcmp(msg + len - (sizeof(tail) - 1), tail, sizeof(tail) - 1) == 0;
}


// The UTF-8 continuation bytes in s[0:n] (the bytes that are no character).
static size_t utf8_extra(const char *s, size_t n) {
    size_t extra = 0;
    for (size_t i = 0; i < n; i++) {
        extra += ((unsigned char)s[i] & 0xc0) == 0x80;
    }
    return extra;
}

// True if only blanks and comments follow p.
static bool at_eof(const char *p, const char *end) {
    for (; p < end; p++) {
        if (*p == '#') {
            while (p + 1 < end && p[1] != '\n') {
                p++;
            }
        } else if (!unichar_isspace(*p)) {
            return false;
        }
    }
    return true;
}

// CPython's SyntaxError.text: the offending source line, with its newline
// (for eval/single input only if the source has one).
void mp_parse_add_error_text(
    mp_obj_t exc, const char *src, size_t len, mp_parse_input_kind_t kind, size_t read_line) {
    mp_obj_t msg_obj;
    mp_obj_t *details = mp_parse_syntax_error_details(exc, &msg_obj);
    if (details == NULL) {
        return;
    }
    mp_int_t lineno = MP_OBJ_SMALL_INT_VALUE(details[1]);
    const char *line = src;
    const char *end = src + len;
    for (mp_int_t i = 1; i < lineno && line < end; i++) {
        const char *nl = memchr(line, '\n', end - line);
        if (nl == NULL) {
            return;
        }
        line = nl + 1;
    }
    if (lineno < (len > 0) || line > end) { // (line 0 of an empty source is '')
        return;
    }
    const char *stop = memchr(line, '\n', end - line);
    size_t line_len = stop != NULL ? (size_t)(stop - line) : (size_t)(end - line);
    if (line_len > 0 && line[line_len - 1] == '\r') {
        line_len -= 1;
    }
    vstr_t vstr;
    vstr_init(&vstr, line_len + 1);
    vstr_add_strn(&vstr, line, line_len);
    // (CPython leaves the newline out after an unterminated string.)
    size_t msg_len;
    const char *msg = mp_obj_is_str(msg_obj) ? mp_obj_str_get_data(msg_obj, &msg_len) : "";
    bool at_end = kind != MP_PARSE_FILE_INPUT && stop == NULL;
    // CPython's tokenizer reports a bad character or number itself, and a
    // bracket that does not match or nests too deep: the line without its
    // newline, and an end where the error starts.
    bool bad_char = (strncmp(msg, "invalid ", 8) == 0
                        && (strchr("cdn", msg[8]) != NULL
                            || strcmp(msg + msg_len - 7, "literal") == 0))
        || strncmp(msg, "unmatched", 9) == 0 || strncmp(msg, "closing p", 9) == 0
        || strncmp(msg, "too many ne", 11) == 0;
    // ("leading zeros ...", whose range is the zeros and '_'s before the first other digit)
    bool zeros = strncmp(msg, "leading z", 9) == 0;
    // (CPython's text for a dict key followed by nothing else on its line
    // is taken without the newline.)
    bool dict_key = strncmp(msg, "':' expected after d", 20) == 0;
    bool key_alone = false;
    if (dict_key && mp_obj_is_small_int(details[2])) {
        size_t k = (size_t)MP_OBJ_SMALL_INT_VALUE(details[2]);
        while (k < line_len && (line[k] == ' ' || line[k] == '\t')) {
            k++;
        }
        key_alone = k >= line_len || line[k] == '#';
    }
    // (Nor for a bracket never closed on a line that is not the last.)
    bool closed_later = is_never_closed_msg(msg) && stop != NULL && stop + 1 < end;
    // (Nor when the tokens read reach past the line: CPython's tokenizer has
    // let go of the line and takes it from the source without its newline.
    // Not so for "multiple statements ...", which single input finds later.)
    if (strncmp(msg, "unterminated ", 13) != 0 && !at_end && !bad_char && !zeros && !key_alone
        && !closed_later && (read_line <= (size_t)lineno || *msg == 'm')) {
        vstr_add_byte(&vstr, '\n');
    }
    // The lexer counts columns in bytes; SyntaxError.offset counts code
    // points, so multi-byte characters before the error shrink it (not
    // for leading zeros, which CPython counts in bytes).
    mp_obj_t offset = details[2];
    if (!zeros && mp_obj_is_small_int(offset) && MP_OBJ_SMALL_INT_VALUE(offset) > 1) {
        size_t byte_off = (size_t)MP_OBJ_SMALL_INT_VALUE(offset) - 1;
        size_t scan = byte_off < line_len ? byte_off : line_len;
        offset = MP_OBJ_NEW_SMALL_INT((mp_int_t)(byte_off - utf8_extra(line, scan) + 1));
    }
    // end_lineno/end_offset: the end of the token at the error (a name,
    // number or string, else one character); nothing past the line's end.
    mp_obj_t end_offset = offset;
    if (mp_obj_is_small_int(details[2]) && MP_OBJ_SMALL_INT_VALUE(details[2]) >= 1) {
        size_t i = (size_t)MP_OBJ_SMALL_INT_VALUE(details[2]) - 1;
        size_t j = i;
        if (i < line_len) {
            unsigned char c = line[i];
            // (a string's prefix letters are part of its token)
            size_t q = i;
            while (q < i + 2 && q + 1 < line_len && memchr("rbuf", line[q] | 0x20, 4) != NULL) {
                q++;
            }
            if (zeros) {
                while (j < line_len && (line[j] == '0' || line[j] == '_')) {
                    j++;
                }
            } else if (line[q] == '"' || line[q] == '\'') {
                c = line[q];
                j = q + 1;
                while (j < line_len && (unsigned char)line[j] != c) {
                    j += line[j] == '\\' ? 2 : 1;
                }
                j = j < line_len ? j + 1 : line_len;
            } else if (unichar_isalpha(c) || unichar_isdigit(c) || c == '_' || c >= 0x80) {
                while (j < line_len && ((c = line[j]) == '_' || c >= 0x80 || unichar_isalpha(c) || unichar_isdigit(c)
                                        || (c == '.' && unichar_isdigit((unsigned char)line[i])))) {
                    j++;
                }
            } else {
                // (A NEWLINE token after a comment spans the comment.)
                j = c == '#' ? line_len : i + 1;
            }
        }
        mp_int_t n = 0;
        for (size_t k = i; k < j; k++) {
            n += ((unsigned char)line[k] & 0xc0) != 0x80;
        }
        end_offset = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(offset) + n);
    }
    // (offset 0 names no column: the line's start)
    size_t err_col = mp_obj_is_small_int(details[2]) && MP_OBJ_SMALL_INT_VALUE(details[2]) > 0
        ? (size_t)MP_OBJ_SMALL_INT_VALUE(details[2]) - 1 : 0;
    // (CPython's own values for some tokenizer errors.)
    if (strncmp(msg, "unterminated", 12) == 0 || bad_char) {
        end_offset = offset;
    } else if (is_never_closed_msg(msg) || dict_key) {
        end_offset = MP_OBJ_NEW_SMALL_INT(0);
    } else if (strncmp(msg, "unindent", 8) == 0 || (strncmp(msg, "unexpected ", 11) == 0 && msg[12] == 'n')
               || (at_eof(line + err_col, end)
                   && (strncmp(msg, "unexpected E", 12) == 0 || (strncmp(msg, "expected ", 9) == 0 && msg[10] != ':')))) {
        // ("unexpected indent" and "unexpected unindent"; a missing block at
        // the end of the input)
        end_offset = MP_OBJ_NEW_SMALL_INT(-1);
    } else if (strncmp(msg, "unexpected c", 12) == 0) {
        // (a character after a line continuation)
        end_offset = MP_OBJ_NEW_SMALL_INT(0);
    }
    // A range the raiser made wider than one character stands (a whole
    // generator expression, say).
    mp_obj_t end_line = details[1];
    size_t nd;
    mp_obj_t *items;
    mp_obj_tuple_get(mp_load_attr(exc, MP_QSTR_args), &nd, &items);
    mp_obj_tuple_get(items[1], &nd, &items);
    if (nd == 6 && mp_obj_is_small_int(details[5])
        && (details[4] != details[1]
            || MP_OBJ_SMALL_INT_VALUE(details[5]) > MP_OBJ_SMALL_INT_VALUE(details[2]) + 1)) {
        end_line = details[4];
        end_offset = details[5];
        if (end_line == details[1] && mp_obj_is_small_int(details[2])) {
            // (in code points, as offset)
            size_t b0 = (size_t)MP_OBJ_SMALL_INT_VALUE(details[2]) - 1;
            size_t b1 = (size_t)MP_OBJ_SMALL_INT_VALUE(details[5]) - 1;
            size_t n = b1 > b0 ? b1 - b0 : 0;
            size_t in_line = b0 < line_len ? line_len - b0 : 0;
            end_offset = MP_OBJ_NEW_SMALL_INT(
                MP_OBJ_SMALL_INT_VALUE(offset) + (mp_int_t)(n - utf8_extra(line + b0, n < in_line ? n : in_line)));
        }
    }
    if (at_end && (err_col >= line_len || line[err_col] == '#')) {
        // An error at the end of eval/single input: CPython reports offset 0
        // for invalid syntax; others (an f-string's, mixed bytes) stay on the
        // last character, with end_offset -1.
        if (strncmp(msg, "invalid syntax", 14) == 0) {
            offset = end_offset = MP_OBJ_NEW_SMALL_INT(0);
        } else if (err_col >= line_len) {
            offset = MP_OBJ_NEW_SMALL_INT(MP_OBJ_SMALL_INT_VALUE(offset) - 1);
            end_offset = MP_OBJ_NEW_SMALL_INT(-1);
        }
    }
    if (mp_obj_is_exact_type(exc, &mp_type_TabError)) {
        end_offset = MP_OBJ_NEW_SMALL_INT(0); // (CPython's, whatever the column)
    }
    if (nd == 6 && details[5] == mp_const_none) {
        end_offset = mp_const_none; // (the raiser knew of no end)
    }
    // (bytes that are no UTF-8, the lexer's error, become U+FFFD as in CPython)
    mp_obj_t text = mp_obj_str_decode((const byte *)vstr.buf, vstr.len, MP_OBJ_NULL, MP_OBJ_NULL,
        MP_OBJ_NEW_QSTR(MP_QSTR_replace));
    mp_obj_t new_details[6] = { details[0], details[1], offset, text, end_line, end_offset };
    mp_obj_t new_args[2] = { msg_obj, mp_obj_new_tuple(6, new_details) };
    mp_store_attr(exc, MP_QSTR_args, mp_obj_new_tuple(2, new_args));
}

static mp_ast_t *parse_source(qstr source_name, const char *src, size_t len,
    mp_parse_input_kind_t kind, volatile size_t *read_line);

// The encoding named by a "coding[:=] name" comment on line `line` (1 or 2)
// of src, or false. The name is copied as it is, and to norm lower-cased
// with '_' as '-' (both name_max bytes).
static bool coding_cookie(const char *src, size_t len, char *name, char *norm, size_t name_max) {
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < len; line++) {
        size_t end = pos;
        while (end < len && src[end] != '\n' && src[end] != '\r') {
            end++;
        }
        size_t i = pos;
        while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f')) {
            i++;
        }
        if (i == end || src[i] != '#') {
            // Line 2 counts only after a comment or blank line 1.
            if (i != end) {
                return false;
            }
        } else {
            for (; i + 7 <= end; i++) {
                if (memcmp(src + i, "coding", 6) == 0 && (src[i + 6] == ':' || src[i + 6] == '=')) {
                    size_t j = i + 7;
                    while (j < end && (src[j] == ' ' || src[j] == '\t')) {
                        j++;
                    }
                    size_t n = 0;
                    while (j < end && n + 1 < name_max
                           && (unichar_isalpha((unsigned char)src[j]) || unichar_isdigit((unsigned char)src[j]) || src[j] == '-' || src[j] == '_' || src[j] == '.')) {
                        char c = src[j++];
                        name[n] = c;
                        norm[n++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
                    }
                    name[n] = norm[n] = 0;
                    return n > 0;
                }
            }
        }
        pos = end;
        if (pos < len && src[pos] == '\r') {
            pos++;
        }
        if (pos < len && src[pos] == '\n') {
            pos++;
        }
    }
    return false;
}

// The SyntaxError of a coding declaration that cannot be used, fmt with
// name. A script run (no source name) gives no location, as CPython's;
// compile(), exec() and import give line 0 of the source, offset -1.
static MP_NORETURN void raise_coding_error(qstr source_name, const char *fmt, const char *name) {
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_SyntaxError, fmt, name);
    if (source_name != MP_QSTRnull) {
        mp_obj_t loc[4] = { MP_OBJ_NEW_QSTR(source_name), MP_OBJ_NEW_SMALL_INT(0),
                            MP_OBJ_NEW_SMALL_INT(-1), mp_const_none };
        mp_obj_t args[2] = { mp_obj_exception_get_value(exc), mp_obj_new_tuple(4, loc) };
        exc = mp_obj_new_exception_args(&mp_type_SyntaxError, 2, args);
    }
    nlr_raise(exc);
}

const char *mp_parse_decode_source(qstr source_name, const char *src, size_t *len) {
    // A UTF-8 byte order mark may start encoded source (not a str: there
    // it is an invalid character, as in CPython).
    bool bom = *len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0;
    if (bom) {
        src += 3;
        *len -= 3;
    }
    char name[24], norm[24];
    if (!coding_cookie(src, *len, name, norm, sizeof(name))) {
        return src;
    }
    // As CPython's tokenizer: these names with any "-suffix" (Emacs's
    // "latin-1-unix", say) are UTF-8 and Latin-1, and named so in messages.
    static const char *const plain_names[] = { "utf-8", "latin-1", "iso-8859-1", "iso-latin-1" };
    const char *codec = name;
    for (size_t i = 0; i < MP_ARRAY_SIZE(plain_names); i++) {
        size_t n = strlen(plain_names[i]);
        if (strncmp(norm, plain_names[i], n) == 0 && (norm[n] == 0 || norm[n] == '-')) {
            codec = plain_names[i == 0 ? 0 : 2];
        }
    }
    if (bom && codec != plain_names[0]) {
        raise_coding_error(source_name, MP_ERROR_TEXT("encoding problem: %s with BOM"), codec);
    }
    // The str codecs decode it. A name they do not know, or bytes the codec
    // cannot decode, are CPython's SyntaxError; bad UTF-8 is left to the
    // lexer, which reports it for undeclared source too.
    // Read again after a raise: volatile, so that longjmp cannot clobber it.
    const char *volatile undecoded = src;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t text = mp_obj_str_decode((const byte *)undecoded, *len, MP_OBJ_NULL,
            mp_obj_new_str(codec, strlen(codec)), MP_OBJ_NULL);
        nlr_pop();
        return mp_obj_str_get_data(text, len);
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    bool unknown = mp_obj_is_instance_of(exc, &mp_type_LookupError);
    if (unknown || mp_obj_is_instance_of(exc, &mp_type_UnicodeDecodeError)) {
        if (strcmp(mp_obj_str_get_str(mp_obj_exception_get_value(exc)), "utf-8") == 0) {
            return undecoded;
        }
        // A script run says the same for both (CPython's tokenizer).
        const char *fmt = MP_ERROR_TEXT("encoding problem: %s");
        codec = name;
        if (source_name != MP_QSTRnull) {
            fmt = MP_ERROR_TEXT("unknown encoding: %s");
            if (!unknown) {
                fmt = MP_ERROR_TEXT("%s");
                codec = mp_obj_str_get_str(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), exc));
            }
        }
        raise_coding_error(source_name, fmt, codec);
    }
    nlr_jump(MP_OBJ_TO_PTR(exc));
}

mp_ast_t *mp_parse(qstr source_name, const char *src, size_t len, mp_parse_input_kind_t kind) {
    volatile size_t read_line = 0;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_ast_t *root = parse_source(source_name, src, len, kind, &read_line);
        nlr_pop();
        // A file's source, for the text of the compiler's errors (CPython
        // reads the line from the file; for a "<string>" it has none).
        if (kind == MP_PARSE_FILE_INPUT && *qstr_str(source_name) != '<') {
            root->str = src;
            root->len = len;
        }
        return root;
    }
    mp_parse_add_error_text(MP_OBJ_FROM_PTR(nlr.ret_val), src, len, kind, read_line);
    nlr_jump(nlr.ret_val);
}

// True for the two generic parser messages that a lexical error further on
// in the source takes precedence over.
static bool is_generic_syntax_error(mp_obj_t exc) {
    if (!mp_obj_is_instance_of(exc, &mp_type_SyntaxError)) {
        return false;
    }
    mp_obj_t msg = mp_obj_exception_get_value(exc);
    if (!mp_obj_is_str(msg)) {
        return false;
    }
    const char *text = mp_obj_str_get_str(msg);
    return strcmp(text, "invalid syntax") == 0
           || strcmp(text, "invalid syntax. Perhaps you forgot a comma?") == 0;
}

// After a generic parse error CPython still tokenizes the rest of the source
// and reports a tokenizer error found there instead, such as a bracket that
// is never closed or an unterminated string. Raises that error if there is
// one; returns otherwise.
static void raise_later_lexer_error(mp_lexer_t *lex, mp_obj_t exc) {
    // (the line of the last token the parser has read)
    size_t read_line = lex->tok_line;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        while (lex->tok_kind != MP_TOKEN_END) {
            mp_lexer_next(lex);
        }
        nlr_pop();
        return;
    }
    mp_obj_t later = MP_OBJ_FROM_PTR(nlr.ret_val);
    // The lexer's own plain "invalid syntax" (a '$', say) is no better.
    if (is_generic_syntax_error(later)) {
        return;
    }
    // A bracket left open is reported instead only when it was opened on a
    // line before the last token the parser read (CPython's rule), or when
    // the error is that bracket, whose contents CPython's parser reads on.
    mp_obj_t msg, later_msg;
    mp_obj_t *details = mp_parse_syntax_error_details(exc, &msg);
    mp_obj_t *later_details = mp_parse_syntax_error_details(later, &later_msg);
    if (later_details != NULL && mp_obj_is_str(later_msg)
        && is_never_closed_msg(mp_obj_str_get_str(later_msg))
        && MP_OBJ_SMALL_INT_VALUE(later_details[1]) >= (mp_int_t)read_line
        && !(details != NULL && details[1] == later_details[1] && details[2] == later_details[2])) {
        return;
    }
    nlr_jump(nlr.ret_val);
}

static mp_ast_t *parse_source_body(mp_parser_t *parser, mp_parse_input_kind_t kind);

// read_line is set to the line the lexer has read to when the parser raises
// (not after a newline it has read; 0 for the lexer's errors found later).
static mp_ast_t *parse_source(qstr source_name, const char *src, size_t len,
    mp_parse_input_kind_t kind, volatile size_t *read_line) {
    mp_parser_t parser;
    memset(&parser, 0, sizeof(parser));
    parser.lex = mp_lexer_new(source_name, src, len, 1);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_ast_t *root = parse_source_body(&parser, kind);
        nlr_pop();
        return root;
    }
    const mp_lexer_t *lex = parser.lex;
    *read_line = lex->line - (lex->p > lex->src_beg && (lex->p[-1] == '\n' || lex->p[-1] == '\r'));
    // (CPython stops at once at a ',' after a comprehension's clauses.)
    if (is_generic_syntax_error(MP_OBJ_FROM_PTR(nlr.ret_val))
        && !(parser.last_expr_line == 0 && parser.lex->tok_kind == MP_TOKEN_DEL_COMMA)) {
        raise_later_lexer_error(parser.lex, MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    nlr_jump(nlr.ret_val);
}

static mp_ast_t *parse_source_body(mp_parser_t *parser, mp_parse_input_kind_t kind) {
    mp_lexer_next(parser->lex);
    if (kind != MP_PARSE_FILE_INPUT && parser->lex->tok_kind == MP_TOKEN_END) {
        // No statement or expression at all: CPython points before the
        // last line there is, in mp_parse_error.
        mp_lexer_indent_last_line(parser->lex);
        mp_parse_error(parser, MP_ERROR_TEXT("invalid syntax"));
    }
    mp_ast_t *root;
    switch (kind) {
        case MP_PARSE_SINGLE_INPUT:
            root = parse_single_input(parser);
            break;
        case MP_PARSE_EVAL_INPUT:
            root = parse_eval_input(parser);
            // ("1\n  ": after the expression's NEWLINE, as CPython reads it)
            mp_lexer_indent_last_line(parser->lex);
            break;
        default:
            root = parse_file_input(parser);
            break;
    }
    // The lexer's buffers are garbage now; free them eagerly.
    vstr_clear(&parser->lex->vstr);
    m_del_obj(mp_lexer_t, parser->lex);
    return root;
}

// ---- REPL support

static bool line_is_blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; ++i) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r') {
            return false;
        }
    }
    return true;
}

// What the REPL check learns from the tokens of its input.
typedef struct _repl_scan_t {
    mp_lexer_t *lex;
    bool compound; // the input begins a compound statement
    bool ends_with_colon; // the last logical line ends in ':'
} repl_scan_t;

static void repl_scan(const char *src, size_t len, repl_scan_t *scan) {
    mp_lexer_t *lex = mp_lexer_new(MP_QSTR__lt_stdin_gt_, src, len, 1);
    scan->lex = lex;
    mp_lexer_next(lex);
    switch (lex->tok_kind) {
        case MP_TOKEN_KW_IF:
        case MP_TOKEN_KW_WHILE:
        case MP_TOKEN_KW_FOR:
        case MP_TOKEN_KW_TRY:
        case MP_TOKEN_KW_WITH:
        case MP_TOKEN_KW_DEF:
        case MP_TOKEN_KW_CLASS:
        case MP_TOKEN_KW_ASYNC:
        case MP_TOKEN_OP_AT:
            scan->compound = true;
            break;
        default:
            break;
    }
    mp_token_kind_t prev = MP_TOKEN_END;
    while (lex->tok_kind != MP_TOKEN_END) {
        if (lex->tok_kind == MP_TOKEN_NEWLINE) {
            scan->ends_with_colon = prev == MP_TOKEN_DEL_COLON;
        }
        prev = lex->tok_kind;
        mp_lexer_next(lex);
    }
}

// Runs repl_scan under an nlr handler; false if it raised.
static bool repl_scan_guarded(const char *src, size_t len, repl_scan_t *scan) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        repl_scan(src, len, scan);
        nlr_pop();
        return true;
    }
    return false;
}

// A compound statement ends with a blank line: the text after the last
// '\n' separator (a final '\n' ends the last line, it starts no new one).
static bool ends_with_blank_line(const char *src, size_t len) {
    if (len > 0 && src[len - 1] == '\n') {
        len -= 1;
    }
    size_t last_beg = len;
    while (last_beg > 0 && src[last_beg - 1] != '\n') {
        last_beg -= 1;
    }
    return last_beg > 0 && line_is_blank(src + last_beg, len - last_beg);
}

bool mp_parse_is_complete(const char *src, size_t len) {
    repl_scan_t scan = { NULL, false, false };
    if (!repl_scan_guarded(src, len, &scan)) {
        // A lexical error: incomplete only if it was caused by the input
        // stopping early (bad bytes, caught before scan.lex is set, cannot
        // be fixed by more lines).
        return scan.lex == NULL || !scan.lex->incomplete;
    }
    if (scan.ends_with_colon) {
        return false;
    }
    // A backslash continuation at the very end (outside a string: in one,
    // the lexer would have stopped with an error above).
    if ((len >= 1 && src[len - 1] == '\\') ||
        (len >= 2 && src[len - 2] == '\\' && src[len - 1] == '\n')) {
        return false;
    }
    return !scan.compound || ends_with_blank_line(src, len);
}
