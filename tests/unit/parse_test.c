// Unit test of the front end (py/lexer.c, py/parse*.c), linked with the rest
// of the interpreter (`make parse-test` builds it under ASan and UBSan).
//   parse_test dump FILE [exec|single|eval]  print the tree as an s-expression
//   parse_test errors FILE                   each case must raise (parsing or compiling,
//                                            as CPython's compile()); prints type and line
//   parse_test fuzz N SEED [CORPUS...]       random token soup and corpus mutations
//   parse_test limits                        deep nesting, REPL completeness, vstr, unicode
// Run everything with tests/unit/run_parse_test.sh, which compares the dumps
// with tests/unit/ast_dump.py (CPython's ast module as the oracle).
#include "py/mpconfig.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/ast.h"
#include "py/bc.h"
#include "py/gc.h"
#include "py/misc.h"
#include "py/nlr.h"
#include "py/parse.h"
#include "py/qstr.h"
#include "py/runtime.h"
#include "unix_port.h"

// ---- the runtime
// The test links the interpreter's own objects (all but ports/unix/main.o):
// the real heap, names, nlr and SyntaxError, so nothing here can drift from
// what ./micropython runs. The heap is collected on every allocation when
// the objects are built with MICROPY_GC_STRESS, which shows any node the
// parser leaves unreachable while it is still building the tree.

const char *unix_port_prog_name = "parse_test";

static struct {
    size_t line;
    bool indentation;
    char msg[256];
} last_error;

// Parses under a handler; NULL (and last_error set) on SyntaxError. The
// parser may also run out of heap or C stack on absurd input: those are
// reported the same way. Anything else is a bug in the parser.
// With compile, the tree also goes through scope analysis and the compiler,
// which raise the errors CPython's symtable and compiler raise.
static mp_ast_t *try_front_end(
    const char *src, size_t len, mp_parse_input_kind_t kind, bool compile) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_ast_t *root = mp_parse(qstr_from_str("<test>"), src, len, kind);
        if (compile) {
            mp_compile_to_raw_code(root, qstr_from_str("<test>"), kind == MP_PARSE_SINGLE_INPUT);
        }
        nlr_pop();
        return root;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    bool syntax = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_SyntaxError));
    last_error.indentation = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type),
        MP_OBJ_FROM_PTR(&mp_type_IndentationError));
    last_error.line = 0;
    mp_obj_t value = mp_obj_exception_get_value(exc);
    const char *msg = mp_obj_is_str(value) ? mp_obj_str_get_str(value) : "";
    if (syntax) {
        mp_obj_t line = mp_load_attr(exc, MP_QSTR_lineno);
        last_error.line = line == mp_const_none ? 1 : (size_t)mp_obj_get_int(line);
    } else if (type != &mp_type_MemoryError && type != &mp_type_RecursionError) {
        fprintf(stderr, "the parser raised %s: %s\n", qstr_str(type->name), msg);
        abort();
    } else {
        msg = qstr_str(type->name);
    }
    snprintf(last_error.msg, sizeof(last_error.msg), "%s", msg);
    return NULL;
}

static mp_ast_t *try_parse(const char *src, size_t len, mp_parse_input_kind_t kind) {
    return try_front_end(src, len, kind, false);
}

// ---- the s-expression dump (same format as tests/unit/ast_dump.py)

// clang-format off
static const char *const kind_names[] = {
    "Module", "Interactive", "Expression", "FunctionDef", "ClassDef", "Return", "Delete",
    "Assign", "AugAssign", "AnnAssign", "For", "While", "If", "With", "Raise", "Try", "Assert",
    "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
    "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
    "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
    "List", "Tuple", "Slice", "arguments", "arg", "keyword", "alias", "withitem",
    "ExceptHandler", "comprehension",
};
static const char *const op_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
    "BitXor", "BitAnd", "FloorDiv", "Invert", "Not", "UAdd", "USub", "And", "Or",
};
static const char *const cmp_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ctx_names[] = { "Load", "Store", "Del" };
// clang-format on

static void dump(const mp_ast_t *n, bool in_fstring);

static void dump_list(const mp_ast_list_t *l, bool in_fstring) {
    printf(" [");
    if (l != NULL) {
        for (size_t i = 0; i < l->len; ++i) {
            if (i > 0) {
                printf(" ");
            }
            if (l->items[i] == NULL) {
                printf("_");
            } else {
                dump(l->items[i], in_fstring);
            }
        }
    }
    printf("]");
}

static void dump_opt(const mp_ast_t *n, bool in_fstring) {
    printf(" ");
    if (n == NULL) {
        printf("_");
    } else {
        dump(n, in_fstring);
    }
}

static void dump_qstr(qstr q) {
    if (q == MP_QSTRnull) {
        printf(" _");
    } else {
        printf(" %s", qstr_str(q));
    }
}

static void dump_bytes(const char *s, size_t len) {
    printf("\"");
    for (size_t i = 0; i < len; ++i) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            putchar(c);
        } else {
            printf("\\x%02x", c);
        }
    }
    printf("\"");
}

// Integer literal text (any base, '_' already removed) as a decimal string.
static void dump_int(const char *s, size_t len) {
    int base = 10;
    size_t i = 0;
    if (len > 1 && s[0] == '0' && strchr("xob", s[1] | 0x20) != NULL) {
        base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        i = 2;
    }
    // decimal digits, least significant first
    unsigned char *dec = calloc(len * 2 + 2, 1);
    size_t ndec = 1;
    for (; i < len; ++i) {
        unsigned carry = unichar_xdigit_value((unsigned char)s[i]);
        for (size_t k = 0; k < ndec; ++k) {
            unsigned v = dec[k] * base + carry;
            dec[k] = v % 10;
            carry = v / 10;
        }
        while (carry) {
            dec[ndec++] = carry % 10;
            carry /= 10;
        }
    }
    while (ndec > 1 && dec[ndec - 1] == 0) {
        ndec--;
    }
    for (size_t k = ndec; k-- > 0;) {
        putchar('0' + dec[k]);
    }
    free(dec);
}

static void dump_const(const mp_ast_t *n) {
    switch (n->op) {
        case MP_AST_CONST_NONE:
            printf(" None");
            break;
        case MP_AST_CONST_TRUE:
            printf(" True");
            break;
        case MP_AST_CONST_FALSE:
            printf(" False");
            break;
        case MP_AST_CONST_ELLIPSIS:
            printf(" ...");
            break;
        case MP_AST_CONST_INT:
            printf(" ");
            dump_int(n->str, n->len);
            break;
        case MP_AST_CONST_FLOAT: {
            char buf[64];
            size_t len = n->len < sizeof(buf) - 1 ? n->len : sizeof(buf) - 1;
            memcpy(buf, n->str, len);
            buf[len] = '\0';
            // An imaginary literal's text ends in 'j' (py/ast.h).
            printf(" %.17g%s", strtod(buf, NULL), len > 0 && buf[len - 1] == 'j' ? "j" : "");
            break;
        }
        case MP_AST_CONST_STR:
            printf(" ");
            dump_bytes(n->str, n->len);
            break;
        case MP_AST_CONST_BYTES:
            printf(" b");
            dump_bytes(n->str, n->len);
            break;
    }
}

// CPython keeps defaults apart from the parameters: 'defaults' for the last
// positional ones and 'kw_defaults' (None where absent) for keyword-only ones.
static void dump_arguments(const mp_ast_t *n, bool f) {
    dump_list(n->l1, f);
    dump_list(n->l2, f);
    dump_opt(n->a, f);
    dump_list(n->l3, f);
    printf(" [");
    for (size_t i = 0; i < n->l3->len; ++i) {
        printf(i ? " " : "");
        if (n->l3->items[i]->a == NULL) {
            printf("_");
        } else {
            dump(n->l3->items[i]->a, f);
        }
    }
    printf("]");
    dump_opt(n->b, f);
    printf(" [");
    bool first = true;
    const mp_ast_list_t *pos[2] = { n->l1, n->l2 };
    for (size_t k = 0; k < 2; ++k) {
        for (size_t i = 0; i < pos[k]->len; ++i) {
            if (pos[k]->items[i]->a != NULL) {
                printf(first ? "" : " ");
                first = false;
                dump(pos[k]->items[i]->a, f);
            }
        }
    }
    printf("]");
}

static bool has_position(mp_ast_kind_t kind) {
    return kind > MP_AST_EXPRESSION && kind != MP_AST_ARGUMENTS && kind != MP_AST_WITHITEM &&
           kind != MP_AST_COMPREHENSION;
}

// The match statement's kinds sit apart from the enum (py/ast.h), so they
// have their own names and dump. CPython's match_case has no position;
// MatchSingleton holds a plain value, printed like a constant's.
static const char *const match_kind_names[] = {
    "Match", "match_case", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
    "MatchClass", "MatchStar", "MatchAs", "MatchOr",
};

static void dump_match(const mp_ast_t *n, bool f) {
    mp_ast_kind_t k = n->kind;
    printf("(%s", match_kind_names[k - MP_AST_MATCH]);
    if (k != MP_AST_MATCH_CASE && !f) {
        printf("@%u:%u", (unsigned)n->line, (unsigned)n->col);
    }
    switch ((int)k) {
        case MP_AST_MATCH:
            dump_opt(n->a, f);
            dump_list(n->l1, f);
            break;
        case MP_AST_MATCH_CASE:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            dump_list(n->l1, f);
            break;
        case MP_AST_PAT_VALUE:
            dump_opt(n->a, f);
            break;
        case MP_AST_PAT_SINGLETON:
            dump_const(n->a);
            break;
        case MP_AST_PAT_SEQ:
        case MP_AST_PAT_OR:
            dump_list(n->l2, f);
            break;
        case MP_AST_PAT_MAP:
            dump_list(n->l2, f);
            dump_list(n->l3, f);
            dump_qstr(n->name);
            break;
        case MP_AST_PAT_CLASS:
            dump_opt(n->a, f);
            dump_list(n->l2, f);
            printf(" [");
            for (size_t i = 0; i < n->l4->len; ++i) {
                printf(i ? " %s" : "%s", qstr_str(n->l4->items[i]->name));
            }
            printf("]");
            dump_list(n->l3, f);
            break;
        case MP_AST_PAT_STAR:
            dump_qstr(n->name);
            break;
        case MP_AST_PAT_AS:
            dump_opt(n->a, f);
            dump_qstr(n->name);
            break;
        default:
            printf(" ?");
            break;
    }
    printf(")");
}

static void dump(const mp_ast_t *n, bool f) {
    mp_ast_kind_t k = n->kind;
    if (k >= MP_AST_MATCH) {
        dump_match(n, f);
        return;
    }
    const char *name = kind_names[k];
    bool is_async = (n->flags & MP_AST_FLAG_ASYNC) != 0;
    if (is_async && (k == MP_AST_FUNCTION_DEF || k == MP_AST_FOR || k == MP_AST_WITH)) {
        printf("(Async%s", name);
    } else {
        printf("(%s", name);
    }
    if (has_position(k) && !f) {
        printf("@%u:%u", (unsigned)n->line, (unsigned)n->col);
    }
    switch (k) {
        case MP_AST_MODULE:
        case MP_AST_INTERACTIVE:
            dump_list(n->l1, f);
            break;
        case MP_AST_EXPRESSION:
        case MP_AST_EXPR:
        case MP_AST_AWAIT:
        case MP_AST_YIELD:
        case MP_AST_YIELD_FROM:
        case MP_AST_RETURN:
            dump_opt(n->a, f);
            break;
        case MP_AST_FUNCTION_DEF:
            dump_qstr(n->name);
            printf(" ");
            dump(n->a, f);
            dump_list(n->l1, f);
            dump_list(n->l2, f);
            dump_opt(n->b, f);
            break;
        case MP_AST_CLASS_DEF:
            dump_qstr(n->name);
            dump_list(n->l3, f);
            dump_list(n->l4, f);
            dump_list(n->l1, f);
            dump_list(n->l2, f);
            break;
        case MP_AST_DELETE:
            dump_list(n->l1, f);
            break;
        case MP_AST_ASSIGN:
            dump_list(n->l1, f);
            dump_opt(n->a, f);
            break;
        case MP_AST_AUG_ASSIGN:
            dump_opt(n->a, f);
            printf(" %s", op_names[n->op]);
            dump_opt(n->b, f);
            break;
        case MP_AST_ANN_ASSIGN:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            dump_opt(n->c, f);
            printf(" %d", (int)n->num);
            break;
        case MP_AST_FOR:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            dump_list(n->l1, f);
            dump_list(n->l2, f);
            break;
        case MP_AST_WHILE:
        case MP_AST_IF:
            dump_opt(n->a, f);
            dump_list(n->l1, f);
            dump_list(n->l2, f);
            break;
        case MP_AST_WITH:
            dump_list(n->l2, f);
            dump_list(n->l1, f);
            break;
        case MP_AST_RAISE:
        case MP_AST_ASSERT:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            break;
        case MP_AST_TRY:
            dump_list(n->l1, f);
            dump_list(n->l2, f);
            dump_list(n->l3, f);
            dump_list(n->l4, f);
            break;
        case MP_AST_IMPORT:
            dump_list(n->l2, f);
            break;
        case MP_AST_IMPORT_FROM:
            dump_qstr(n->name);
            dump_list(n->l2, f);
            printf(" %d", (int)n->num);
            break;
        case MP_AST_GLOBAL:
        case MP_AST_NONLOCAL:
            printf(" [");
            for (size_t i = 0; i < n->l2->len; ++i) {
                printf(i ? " %s" : "%s", qstr_str(n->l2->items[i]->name));
            }
            printf("]");
            break;
        case MP_AST_PASS:
        case MP_AST_BREAK:
        case MP_AST_CONTINUE:
            break;
        case MP_AST_BOOL_OP:
            printf(" %s", op_names[n->op]);
            dump_list(n->l2, f);
            break;
        case MP_AST_NAMED_EXPR:
        case MP_AST_LAMBDA:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            break;
        case MP_AST_BIN_OP:
            dump_opt(n->a, f);
            printf(" %s", op_names[n->op]);
            dump_opt(n->b, f);
            break;
        case MP_AST_UNARY_OP:
            printf(" %s", op_names[n->op]);
            dump_opt(n->a, f);
            break;
        case MP_AST_IF_EXP:
        case MP_AST_SLICE:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            dump_opt(n->c, f);
            break;
        case MP_AST_DICT:
            dump_list(n->l2, f);
            dump_list(n->l3, f);
            break;
        case MP_AST_SET:
            dump_list(n->l2, f);
            break;
        case MP_AST_LIST_COMP:
        case MP_AST_SET_COMP:
        case MP_AST_GENERATOR_EXP:
            dump_opt(n->a, f);
            dump_list(n->l2, f);
            break;
        case MP_AST_DICT_COMP:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            dump_list(n->l2, f);
            break;
        case MP_AST_COMPARE:
            dump_opt(n->a, f);
            printf(" [");
            for (size_t i = 0; i < n->l2->len; ++i) {
                printf(i ? " %s" : "%s", cmp_names[n->ops[i]]);
            }
            printf("]");
            dump_list(n->l2, f);
            break;
        case MP_AST_CALL:
            dump_opt(n->a, f);
            dump_list(n->l2, f);
            dump_list(n->l3, f);
            break;
        case MP_AST_FORMATTED_VALUE:
            dump_opt(n->a, true);
            printf(" %d", n->op ? (int)n->op : -1);
            dump_opt(n->b, true);
            break;
        case MP_AST_JOINED_STR:
            dump_list(n->l2, true);
            break;
        case MP_AST_CONSTANT:
            dump_const(n);
            break;
        case MP_AST_ATTRIBUTE:
            dump_opt(n->a, f);
            dump_qstr(n->name);
            printf(" %s", ctx_names[n->ctx]);
            break;
        case MP_AST_SUBSCRIPT:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            printf(" %s", ctx_names[n->ctx]);
            break;
        case MP_AST_STARRED:
            dump_opt(n->a, f);
            printf(" %s", ctx_names[n->ctx]);
            break;
        case MP_AST_NAME:
            dump_qstr(n->name);
            printf(" %s", ctx_names[n->ctx]);
            break;
        case MP_AST_LIST:
        case MP_AST_TUPLE:
            dump_list(n->l2, f);
            printf(" %s", ctx_names[n->ctx]);
            break;
        case MP_AST_ARGUMENTS:
            dump_arguments(n, f);
            break;
        case MP_AST_ARG:
            dump_qstr(n->name);
            dump_opt(n->b, f);
            break;
        case MP_AST_KEYWORD:
            dump_qstr(n->name);
            dump_opt(n->a, f);
            break;
        case MP_AST_ALIAS:
            dump_qstr(n->name);
            dump_qstr(n->name2);
            break;
        case MP_AST_WITHITEM:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            break;
        case MP_AST_EXCEPT_HANDLER:
            dump_opt(n->a, f);
            dump_qstr(n->name);
            dump_list(n->l1, f);
            break;
        case MP_AST_COMPREHENSION:
            dump_opt(n->a, f);
            dump_opt(n->b, f);
            dump_list(n->l2, f);
            printf(" %d", is_async ? 1 : 0);
            break;
        default:
            printf(" ?");
            break;
    }
    printf(")");
}

// ---- helpers

static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        perror(path);
        exit(2);
    }
    size_t alloc = 4096;
    char *buf = malloc(alloc);
    *len = 0;
    size_t n;
    while ((n = fread(buf + *len, 1, alloc - *len, fp)) > 0) {
        *len += n;
        if (*len == alloc) {
            alloc *= 2;
            buf = realloc(buf, alloc);
        }
    }
    fclose(fp);
    return buf;
}

static mp_parse_input_kind_t kind_from_arg(const char *s) {
    if (s != NULL && strcmp(s, "single") == 0) {
        return MP_PARSE_SINGLE_INPUT;
    }
    if (s != NULL && strcmp(s, "eval") == 0) {
        return MP_PARSE_EVAL_INPUT;
    }
    return MP_PARSE_FILE_INPUT;
}

static void print_error(void) {
    printf("%s line %u: %s\n", last_error.indentation ? "IndentationError" : "SyntaxError",
        (unsigned)last_error.line, last_error.msg);
}

// ---- modes

static int cmd_dump(const char *path, const char *kind) {
    size_t len;
    char *src = read_file(path, &len);
    mp_ast_t *root = try_parse(src, len, kind_from_arg(kind));
    int ret = 0;
    if (root == NULL) {
        print_error();
        ret = 1;
    } else {
        gc_collect();
        dump(root, false);
        printf("\n");
    }
    free(src);
    return ret;
}

// Cases are separated by lines starting with "#### "; for each one print
// "<n> <Type> <line>" or "<n> OK" (the oracle prints the same from CPython).
static int cmd_errors(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    size_t n = 0;
    char *p = src;
    char *end = src + len;
    while (p < end) {
        if (strncmp(p, "#### ", 5) != 0) {
            fprintf(stderr, "bad case file\n");
            return 2;
        }
        char *beg = memchr(p, '\n', end - p);
        beg = beg ? beg + 1 : end;
        char *q = beg;
        while (q < end &&
               !(q[0] == '#' && strncmp(q, "#### ", 5) == 0 && (q == src || q[-1] == '\n'))) {
            char *nl = memchr(q, '\n', end - q);
            q = nl ? nl + 1 : end;
        }
        // The separator's newline before the next case is not part of this one.
        size_t case_len = (size_t)(q - beg);
        if (case_len > 0 && beg[case_len - 1] == '\n') {
            case_len -= 1;
        }
        char *copy = malloc(case_len + 1);
        memcpy(copy, beg, case_len);
        mp_ast_t *root = try_front_end(copy, case_len, MP_PARSE_FILE_INPUT, true);
        if (root != NULL) {
            printf("%zu OK\n", n);
        } else {
            printf("%zu %s %u\n", n, last_error.indentation ? "IndentationError" : "SyntaxError",
                (unsigned)last_error.line);
            if (getenv("PARSE_TEST_VERBOSE") != NULL) {
                fprintf(stderr, "%zu: %s\n", n, last_error.msg);
            }
        }
        free(copy);
        n += 1;
        p = q;
    }
    free(src);
    return 0;
}

// A small deterministic PRNG (xorshift) so that runs are reproducible.
static unsigned long long rng_state;
static unsigned rnd(unsigned n) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

static const char *const soup[] = {
    "x",
    "y",
    "_a1",
    "é",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "!=",
    "+=",
    "**=",
    "//=",
    ">>=",
    "\n",
    "\n    ",
    "\n  ",
    "\n\t",
    "\\\n",
    "#c\n",
    " ",
    " ",
    " ",
    "0",
    "1_0",
    "0x1F",
    "0o7",
    "0b1",
    "1.5",
    "1e10",
    "1j",
    "09",
    "0_",
    "'s'",
    "\"d\"",
    "'''t\nq'''",
    "b'b'",
    "rb'\\x'",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "f'{'",
    "f'}'",
    "f'{x=}'",
    "'\\x4'",
    "'\\N{X}'",
    "'unterminated",
    "\"\"\"open",
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "$",
    "?",
    "!",
    "\f",
    "\r\n",
    "\r",
    "\x01",
    "\xc3",
    "\xe2\x82\xac",
};

static bool fuzz_one(const char *src, size_t len) {
    mp_ast_t *root = try_parse(src, len, (mp_parse_input_kind_t)rnd(3));
    mp_parse_is_complete(src, len);
    return root != NULL;
}

static int cmd_fuzz(int n, unsigned long long seed, int n_corpus, char **corpus) {
    rng_state = seed * 2654435761ULL + 1;
    size_t ok = 0;
    size_t alloc = 1 << 16;
    char *buf = malloc(alloc);
    for (int i = 0; i < n; ++i) {
        size_t len = 0;
        if (n_corpus > 0 && rnd(2) == 0) {
            // a corpus file with a few random edits: deletions, duplications, soup tokens
            size_t flen;
            char *file = read_file(corpus[rnd(n_corpus)], &flen);
            if (flen + 4096 > alloc) {
                alloc = flen + 4096;
                buf = realloc(buf, alloc);
            }
            memcpy(buf, file, flen);
            len = flen;
            free(file);
            int edits = 1 + rnd(4);
            for (int e = 0; e < edits && len > 0; ++e) {
                size_t at = rnd((unsigned)len);
                size_t span = 1 + rnd(16);
                if (at + span > len) {
                    span = len - at;
                }
                switch (rnd(3)) {
                    case 0:
                        memmove(buf + at, buf + at + span, len - at - span);
                        len -= span;
                        break;
                    case 1:
                        if (len + span < alloc) {
                            memmove(buf + at + span, buf + at, len - at);
                            len += span;
                        }
                        break;
                    default: {
                        const char *t = soup[rnd(MP_ARRAY_SIZE(soup))];
                        size_t tl = strlen(t);
                        if (len + tl < alloc) {
                            memmove(buf + at + tl, buf + at, len - at);
                            memcpy(buf + at, t, tl);
                            len += tl;
                        }
                        break;
                    }
                }
            }
        } else {
            int ntok = 1 + rnd(60);
            for (int t = 0; t < ntok; ++t) {
                const char *s = soup[rnd(MP_ARRAY_SIZE(soup))];
                size_t sl = strlen(s);
                if (len + sl + 1 >= alloc) {
                    break;
                }
                memcpy(buf + len, s, sl);
                len += sl;
            }
        }
        // An exact-size copy, so that ASan sees any read past the end.
        char *src = malloc(len ? len : 1);
        memcpy(src, buf, len);
        ok += fuzz_one(src, len);
        free(src);
    }
    free(buf);
    printf(
        "fuzz: %d inputs, %zu parsed, %zu raised SyntaxError, no crash\n", n, ok, (size_t)n - ok);
    return 0;
}

static int n_pass;
static int n_fail;

static void check(bool cond, const char *what) {
    if (cond) {
        n_pass += 1;
    } else {
        n_fail += 1;
        printf("FAIL: %s\n", what);
    }
}

static char *repeat(const char *a, size_t n, const char *b, size_t m, const char *c) {
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *s = malloc(la * n + lb + lc * m + 1);
    char *q = s;
    for (size_t i = 0; i < n; ++i, q += la) {
        memcpy(q, a, la);
    }
    memcpy(q, b, lb);
    q += lb;
    for (size_t i = 0; i < m; ++i, q += lc) {
        memcpy(q, c, lc);
    }
    *q = '\0';
    return s;
}

static void check_nesting(const char *what, const char *a, size_t n, const char *b, size_t m,
    const char *c, bool should_parse) {
    char *s = repeat(a, n, b, m, c);
    mp_ast_t *root = try_parse(s, strlen(s), MP_PARSE_FILE_INPUT);
    char desc[512];
    snprintf(desc, sizeof(desc), "%s x%zu %s%s%s", what, n, should_parse ? "parses" : "raises",
        root == NULL ? ": " : "", root == NULL ? last_error.msg : "");
    check((root != NULL) == should_parse, desc);
    free(s);
}

static void check_complete(const char *src, bool expect) {
    char desc[160];
    snprintf(desc, sizeof(desc), "is_complete(%s) == %d", src, expect);
    for (char *q = desc; *q; ++q) {
        if (*q == '\n') {
            *q = '|';
        }
    }
    check(mp_parse_is_complete(src, strlen(src)) == expect, desc);
}

static int cmd_limits(void) {
    // The C stack must survive hostile nesting: errors, never crashes.
    check_nesting("(", "(", 100000, "", 0, "", false);
    check_nesting("[", "[", 100000, "1", 0, "", false);
    check_nesting("(...) 199", "(", 199, "1", 199, ")", true);
    check_nesting("(...) 201", "(", 201, "1", 201, ")", false);
    check_nesting("unary -", "-", 100000, "1", 0, "", false);
    check_nesting("unary - 500", "-", 500, "1", 0, "", true);
    check_nesting("not", "not ", 100000, "x", 0, "", false);
    check_nesting("lambda", "lambda:", 100000, "0", 0, "", false);
    check_nesting("**", "2**", 100000, "2", 0, "", false);
    check_nesting("if-else", "1 if x else ", 100000, "2", 0, "", false);
    check_nesting("+ chain", "1+", 100000, "1", 0, "", true);
    check_nesting("attr chain", "x", 1, "", 100000, ".y", true);
    check_nesting("call chain", "f", 1, "", 100000, "()", true);
    check_nesting("elif chain", "if x: pass\n", 1, "", 10000, "elif y: pass\n", true);
    check_nesting("await", "await ", 100000, "x", 0, "", false);
    check_nesting("f-string", "f'{", 1, "x", 1, "}'", true);
    char *indent = malloc(200 * 300);
    char *q = indent;
    for (int i = 0; i < 150; ++i) {
        for (int k = 0; k < i; ++k) {
            *q++ = ' ';
        }
        memcpy(q, "if x:\n", 6); // not sprintf: deprecated on macOS
        q += 6;
    }
    for (int k = 0; k < 150; ++k) {
        *q++ = ' ';
    }
    memcpy(q, "pass\n", 5);
    q += 5;
    check(try_parse(indent, (size_t)(q - indent), MP_PARSE_FILE_INPUT) == NULL &&
              last_error.indentation,
        "150 indentation levels raise IndentationError");
    free(indent);

    // The REPL's continuation check.
    check_complete("x = 1\n", true);
    check_complete("x = (1,\n", false);
    check_complete("x = [1,\n2]\n", true);
    check_complete("s = '''abc\n", false);
    check_complete("s = '''abc\n'''\n", true);
    check_complete("x = 1 + \\\n", false);
    check_complete("if x:\n", false);
    check_complete("if x:\n    pass\n", false);
    check_complete("if x:\n    pass\n\n", true);
    check_complete("if x: pass\n", false);
    check_complete("for i in x:\n  print(i)\n  \n", true);
    check_complete("def f():\n  return 1\n", false);
    check_complete("def f():\n  return 1\n\n", true);
    check_complete("@dec\n", false);
    check_complete("class A:\n  x = 1\n\n", true);
    check_complete("print('hi')\n", true);
    check_complete("x = )\n", true);
    check_complete("'abc\n", true);
    check_complete("", true);
    check_complete("d = {\n'a': 1,\n", false);
    check_complete("try:\n  x\nexcept:\n  pass\n\n", true);
    check_complete("while True:\n", false);

    // eval and single input
    // eval() strips leading blanks before it parses; compile() does not.
    check(try_parse("  1 + 2\n", 8, MP_PARSE_EVAL_INPUT) == NULL && last_error.indentation,
        "eval input with an indent is an IndentationError");
    check(try_parse("1; 2", 4, MP_PARSE_EVAL_INPUT) == NULL, "eval rejects statements");
    check(try_parse("x = 1; y = 2\n", 13, MP_PARSE_SINGLE_INPUT) != NULL,
        "single: one line of simple statements");
    check(try_parse("x = 1\ny = 2\n", 12, MP_PARSE_SINGLE_INPUT) == NULL,
        "single: two statements rejected");
    // The loaders skip a BOM at the start of a file; in text it is an error.
    check(try_parse("\xef\xbb\xbfx = 1\n", 9, MP_PARSE_FILE_INPUT) == NULL, "BOM in text rejected");
    check(try_parse("x = 1\r\nif x:\r\n  y\r\n", 19, MP_PARSE_FILE_INPUT) != NULL,
        "CRLF line endings");
    check(try_parse("x = 1\0", 6, MP_PARSE_FILE_INPUT) == NULL, "NUL byte rejected");
    check(try_parse("x = '\xff'", 7, MP_PARSE_FILE_INPUT) == NULL, "invalid UTF-8 rejected");

    // vstr
    vstr_t v;
    vstr_init(&v, 0);
    for (int i = 0; i < 1000; ++i) {
        vstr_add_byte(&v, 'a' + i % 26);
    }
    check(v.len == 1000 && v.buf[27] == 'b', "vstr grows");
    vstr_add_char(&v, 0x20ac);
    check(v.len == 1003 && (byte)v.buf[1000] == 0xe2, "vstr_add_char encodes UTF-8");
    vstr_cut_head_bytes(&v, 998);
    check(v.len == 5 && v.buf[0] == 'k', "vstr_cut_head_bytes");
    vstr_ins_byte(&v, 1, 'Z');
    check(v.len == 6 && v.buf[1] == 'Z' && v.buf[2] == 'l', "vstr_ins_byte");
    vstr_cut_out_bytes(&v, 1, 1);
    vstr_cut_tail_bytes(&v, 3);
    check(v.len == 2 && memcmp(v.buf, "kl", 2) == 0, "vstr_cut_out/tail");
    vstr_printf(&v, "%d-%s", 42, "x");
    check(strcmp(vstr_null_terminated_str(&v), "kl42-x") == 0, "vstr_printf");
    vstr_clear(&v);
    VSTR_FIXED(fixed, 8);
    vstr_add_str(&fixed, "hello world");
    check(fixed.len == 8 && memcmp(fixed.buf, "hello wo", 8) == 0, "fixed vstr truncates");
    check(strcmp(vstr_null_terminated_str(&fixed), "hello w") == 0, "fixed vstr terminates");
    vstr_reset(&fixed);
    vstr_printf(&fixed, "%s", "abcdefghijk");
    check(fixed.len == 7 && memcmp(fixed.buf, "abcdefg", 7) == 0, "fixed vstr_printf truncates");

    // unicode
    const byte *s = (const byte *)"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    check(utf8_charlen(s, 10) == 4, "utf8_charlen");
    check(utf8_get_char(s + 1) == 0xe9 && utf8_get_char(s + 3) == 0x20ac &&
              utf8_get_char(s + 6) == 0x1f600,
        "utf8_get_char");
    check(utf8_next_char(s + 1) == s + 3 && utf8_prev_char(s + 6) == s + 3, "utf8_next/prev_char");
    check(utf8_check(s, 10) && !utf8_check((const byte *)"\xc0\x80", 2) &&
              !utf8_check((const byte *)"\xed\xa0\x80", 3) &&
              !utf8_check((const byte *)"\xe2\x82", 2),
        "utf8_check");
    check(unichar_isupper(0xc9) && unichar_tolower(0xc9) == 0xe9 &&
              unichar_toupper(0x3b1) == 0x391 && unichar_tolower(0x100) == 0x101 &&
              unichar_toupper(0x44f) == 0x42f,
        "case mapping");
    check(unichar_isspace(0x3000) && !unichar_isspace('x') && unichar_isalpha(0x4e2d) &&
              !unichar_isalpha(0x20ac),
        "character classes");
    check(!unichar_isprint(0x7f) && !unichar_isprint(0xa0) && unichar_isprint(0xe9) &&
              !unichar_isprint(0x2028),
        "isprint");

    printf("limits: %d passed, %d failed\n", n_pass, n_fail);
    return n_fail > 0;
}

int main(int argc, char **argv) {
    mp_stack_set_top(__builtin_frame_address(0));
    gc_set_stack_top(__builtin_frame_address(0));
    size_t heap_size = 64 * 1024 * 1024;
    char *heap = calloc(1, heap_size); // gc_init wants zeroed memory
    gc_init(heap, heap + heap_size);
    mp_init();
    unix_port_init(); // sys.stderr, where the lexer's warnings go
    if (argc >= 3 && strcmp(argv[1], "dump") == 0) {
        return cmd_dump(argv[2], argc > 3 ? argv[3] : NULL);
    }
    if (argc >= 3 && strcmp(argv[1], "errors") == 0) {
        return cmd_errors(argv[2]);
    }
    if (argc >= 4 && strcmp(argv[1], "fuzz") == 0) {
        return cmd_fuzz(atoi(argv[2]), strtoull(argv[3], NULL, 10), argc - 4, argv + 4);
    }
    if (argc >= 2 && strcmp(argv[1], "limits") == 0) {
        return cmd_limits();
    }
    fprintf(stderr, "usage: parse_test dump FILE [exec|single|eval] | errors FILE | fuzz N SEED "
                    "[FILES] | limits\n");
    return 2;
}
