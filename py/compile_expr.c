// Code generation for expressions: constants and constant folding, names,
// operators, comparisons, conditions compiled straight into jumps, calls,
// displays, f-strings, assignment and deletion targets.
#include "py/mpconfig.h"

#include <string.h>

#include "py/compile.h"
#include "py/lexer.h"
#include "py/runtime.h"

// Longest run of items built by one BUILD_* instruction before the rest are
// appended one by one: keeps the value stack small for huge literals.
#define SEQ_CHUNK (64)
#define MAP_CHUNK (16)

// ---------------------------------------------------------------------------
// Constants

static bool is_identifier_like(const char *str, size_t len) {
    if (len == 0 || len > 32) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char ch = str[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || (ch >= '0' && ch <= '9'))) {
            return false;
        }
    }
    return true;
}

mp_obj_t mp_compile_constant(mp_ast_t *node) {
    switch (node->op) {
        case MP_AST_CONST_NONE:
            return mp_const_none;
        case MP_AST_CONST_TRUE:
            return mp_const_true;
        case MP_AST_CONST_FALSE:
            return mp_const_false;
        case MP_AST_CONST_ELLIPSIS:
            return mp_const_ellipsis;
        case MP_AST_CONST_INT: {
            // "00" is a valid literal but not a valid int(x, 0) argument.
            size_t i = 0;
            while (i < node->len && node->str[i] == '0') {
                i++;
            }
            if (i == node->len) {
                return MP_OBJ_NEW_SMALL_INT(0);
            }
            const char *str = node->str;
            return mp_obj_new_int_from_str_len(&str, node->len, false, 0);
        }
        case MP_AST_CONST_FLOAT:
            return mp_obj_new_float_from_str(node->str, node->len);
        case MP_AST_CONST_STR:
            if (is_identifier_like(node->str, node->len)) {
                return mp_obj_new_str_via_qstr(node->str, node->len);
            }
            return mp_obj_new_str(node->str, node->len);
        default:
            return mp_obj_new_bytes((const byte *)node->str, node->len);
    }
}

static bool is_int_obj(mp_obj_t o) {
    return mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int);
}

static const byte ast_binary_op[] = {
    [MP_AST_OP_ADD] = MP_BINARY_OP_ADD,
    [MP_AST_OP_SUB] = MP_BINARY_OP_SUBTRACT,
    [MP_AST_OP_MULT] = MP_BINARY_OP_MULTIPLY,
    [MP_AST_OP_MATMULT] = MP_BINARY_OP_MAT_MULTIPLY,
    [MP_AST_OP_DIV] = MP_BINARY_OP_TRUE_DIVIDE,
    [MP_AST_OP_MOD] = MP_BINARY_OP_MODULO,
    [MP_AST_OP_POW] = MP_BINARY_OP_POWER,
    [MP_AST_OP_LSHIFT] = MP_BINARY_OP_LSHIFT,
    [MP_AST_OP_RSHIFT] = MP_BINARY_OP_RSHIFT,
    [MP_AST_OP_BITOR] = MP_BINARY_OP_OR,
    [MP_AST_OP_BITXOR] = MP_BINARY_OP_XOR,
    [MP_AST_OP_BITAND] = MP_BINARY_OP_AND,
    [MP_AST_OP_FLOORDIV] = MP_BINARY_OP_FLOOR_DIVIDE,
};

// str + str, bytes + bytes and str/bytes * int fold as in CPython, a repeat
// only up to CPython's limit of 4096 items; an identifier-like result is
// interned, so `'hel' + 'lo' is 'hello'` holds as there.
static mp_obj_t fold_str(mp_ast_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_AST_OP_MULT && mp_obj_is_small_int(lhs)) {
        mp_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    const mp_obj_type_t *t = mp_obj_get_type(lhs);
    if (t != &mp_type_str && t != &mp_type_bytes) {
        return MP_OBJ_NULL;
    }
    size_t len;
    const char *str = mp_obj_str_get_data(lhs, &len);
    if (op == MP_AST_OP_ADD ? mp_obj_get_type(rhs) != t
        : op != MP_AST_OP_MULT || !mp_obj_is_small_int(rhs)
        || (len > 0 && (mp_uint_t)MP_OBJ_SMALL_INT_VALUE(rhs) > 4096 / len)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t v = mp_binary_op((mp_binary_op_t)ast_binary_op[op], lhs, rhs);
    str = mp_obj_str_get_data(v, &len);
    if (t == &mp_type_str && is_identifier_like(str, len)) {
        v = mp_obj_new_str_via_qstr(str, len);
    }
    return v;
}

// Folds int arithmetic that cannot raise and cannot blow up in size: both
// operands small ints, no division by zero, bounded shifts and powers.
static mp_obj_t fold_binary(mp_ast_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_small_int(lhs) || !mp_obj_is_small_int(rhs)) {
        return fold_str(op, lhs, rhs);
    }
    mp_int_t l = MP_OBJ_SMALL_INT_VALUE(lhs);
    mp_int_t r = MP_OBJ_SMALL_INT_VALUE(rhs);
    switch (op) {
        case MP_AST_OP_ADD:
        case MP_AST_OP_SUB:
        case MP_AST_OP_MULT:
        case MP_AST_OP_BITOR:
        case MP_AST_OP_BITXOR:
        case MP_AST_OP_BITAND:
            break;
        case MP_AST_OP_FLOORDIV:
        case MP_AST_OP_MOD:
            if (r == 0) {
                return MP_OBJ_NULL;
            }
            break;
        case MP_AST_OP_LSHIFT:
            if (r < 0 || r > 128) {
                return MP_OBJ_NULL;
            }
            break;
        case MP_AST_OP_RSHIFT:
            if (r < 0) {
                return MP_OBJ_NULL;
            }
            break;
        case MP_AST_OP_POW: {
            if (r < 0 || r > 128) {
                return MP_OBJ_NULL;
            }
            mp_uint_t mag = l < 0 ? -(mp_uint_t)l : (mp_uint_t)l;
            size_t bits = 0;
            while (mag != 0) {
                bits++;
                mag >>= 1;
            }
            if (bits * (size_t)r > 256) {
                return MP_OBJ_NULL;
            }
            break;
        }
        default:
            return MP_OBJ_NULL;
    }
    return mp_binary_op((mp_binary_op_t)ast_binary_op[op], lhs, rhs);
}

mp_obj_t mp_compile_const_lookup(mp_compiler_t *c, qstr name) {
    const mp_scope_t *s = c->scope;
    while (s->parent != NULL) {
        s = s->parent;
    }
    if (s->consts == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(s->consts), MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

// -v, +v, ~v of a folded int (or float, but for ~); MP_OBJ_NULL otherwise.
static mp_obj_t fold_unary(mp_ast_t *node, mp_obj_t v) {
    if (node->op == MP_AST_OP_NOT || v == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    if (!is_int_obj(v) && !(mp_obj_is_float(v) && node->op != MP_AST_OP_INVERT)) {
        return MP_OBJ_NULL;
    }
    mp_unary_op_t op = node->op == MP_AST_OP_USUB ? MP_UNARY_OP_NEGATIVE
        : node->op == MP_AST_OP_UADD ? MP_UNARY_OP_POSITIVE : MP_UNARY_OP_INVERT;
    return mp_unary_op(op, v);
}

mp_obj_t mp_compile_const_value(mp_compiler_t *c, mp_ast_t *node) {
    // (A long chain such as 1 + 1 + ... folds by recursion on the left.)
    mp_stack_check();
    switch (node->kind) {
        case MP_AST_CONSTANT:
            return mp_compile_constant(node);
        case MP_AST_NAME:
            // __debug__ is a compile-time constant: False under -O or
            // micropython.opt_level(n > 0).
            if (node->ctx != MP_AST_CTX_LOAD) {
                return MP_OBJ_NULL;
            }
            return node->name == MP_QSTR___debug__ ? mp_obj_new_bool(MP_STATE_CTX(opt_level) == 0)
                : mp_compile_const_lookup(c, node->name);
        case MP_AST_UNARY_OP:
            return fold_unary(node, mp_compile_const_value(c, node->a));
        case MP_AST_BIN_OP: {
            mp_obj_t lhs = mp_compile_const_value(c, node->a);
            if (lhs == MP_OBJ_NULL) {
                return MP_OBJ_NULL;
            }
            mp_obj_t rhs = mp_compile_const_value(c, node->b);
            if (rhs == MP_OBJ_NULL) {
                return MP_OBJ_NULL;
            }
            return fold_binary((mp_ast_op_t)node->op, lhs, rhs);
        }
        case MP_AST_TUPLE: {
            if (node->ctx != MP_AST_CTX_LOAD) {
                return MP_OBJ_NULL;
            }
            size_t n = node->l2->len;
            for (size_t i = 0; i < n; i++) {
                mp_ast_t *elt = node->l2->items[i];
                // Cheap test first: only constant-looking elements can fold.
                if (elt->kind != MP_AST_CONSTANT && elt->kind != MP_AST_UNARY_OP && elt->kind != MP_AST_BIN_OP
                    && elt->kind != MP_AST_TUPLE && elt->kind != MP_AST_NAME) {
                    return MP_OBJ_NULL;
                }
            }
            mp_obj_t tuple = mp_obj_new_tuple(n, NULL);
            for (size_t i = 0; i < n; i++) {
                mp_obj_t v = mp_compile_const_value(c, node->l2->items[i]);
                if (v == MP_OBJ_NULL) {
                    return MP_OBJ_NULL;
                }
                ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tuple))->items[i] = v;
            }
            return tuple;
        }
        default:
            return MP_OBJ_NULL;
    }
}

mp_obj_t mp_compile_const_arg(mp_compiler_t *c, mp_ast_t *node) {
    mp_obj_t v = mp_compile_const_value(c, node);
    if (v == MP_OBJ_NULL && node->kind == MP_AST_UNARY_OP) {
        // (the operand may be a big result only const() computes)
        return fold_unary(node, mp_compile_const_arg(c, node->a));
    }
    if (v != MP_OBJ_NULL || node->kind != MP_AST_BIN_OP || node->op > MP_AST_OP_FLOORDIV) {
        return v;
    }
    mp_obj_t lhs = mp_compile_const_arg(c, node->a);
    mp_obj_t rhs = mp_compile_const_arg(c, node->b);
    if (lhs == MP_OBJ_NULL || rhs == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    // What the user asked to compute now may raise (1 // 0, 1 << -1, an
    // overflow): it is then not a constant, which the caller reports.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        v = mp_binary_op((mp_binary_op_t)ast_binary_op[node->op], lhs, rhs);
        nlr_pop();
    }
    return v;
}

// ---------------------------------------------------------------------------
// Helpers

void mp_compile_await_tos(mp_compiler_t *c) {
    mp_emit_op(&c->emit, MP_BC_GET_AWAITABLE);
    mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
    mp_emit_op(&c->emit, MP_BC_YIELD_FROM);
}

static void compile_exprs(mp_compiler_t *c, mp_ast_list_t *list, size_t start, size_t end) {
    for (size_t i = start; i < end; i++) {
        mp_compile_expr(c, list->items[i]);
    }
}

// MP_AST_CMP_* -> BINARY_OP operand; sets *negate for `is not` / `not in`.
static mp_binary_op_t compare_op(uint8_t cmp, bool *negate) {
    static const byte ops[] = {
        [MP_AST_CMP_EQ] = MP_BINARY_OP_EQUAL,
        [MP_AST_CMP_NOTEQ] = MP_BINARY_OP_NOT_EQUAL,
        [MP_AST_CMP_LT] = MP_BINARY_OP_LESS,
        [MP_AST_CMP_LTE] = MP_BINARY_OP_LESS_EQUAL,
        [MP_AST_CMP_GT] = MP_BINARY_OP_MORE,
        [MP_AST_CMP_GTE] = MP_BINARY_OP_MORE_EQUAL,
        [MP_AST_CMP_IS] = MP_BINARY_OP_IS,
        [MP_AST_CMP_ISNOT] = MP_BINARY_OP_IS,
        [MP_AST_CMP_IN] = MP_BINARY_OP_IN,
        [MP_AST_CMP_NOTIN] = MP_BINARY_OP_IN,
    };
    *negate = cmp == MP_AST_CMP_ISNOT || cmp == MP_AST_CMP_NOTIN;
    return (mp_binary_op_t)ops[cmp];
}

static void emit_compare(mp_compiler_t *c, uint8_t cmp) {
    bool negate;
    mp_emit_op1(&c->emit, MP_BC_BINARY_OP, compare_op(cmp, &negate));
    if (negate) {
        mp_emit_op1(&c->emit, MP_BC_UNARY_OP, MP_UNARY_OP_NOT);
    }
}

// comparison: bitwise_or compare_op_bitwise_or_pair+
// a < b < c evaluates b once and stops at the first false:
//     a b DUP_TOP ROT_THREE < JUMP_IF_FALSE_OR_POP L_clean  c <  JUMP L_end
//   L_clean: ROT_TWO POP_TOP
// Whether an operand is a literal whose identity means nothing: a number,
// string or bytes constant, a sign applied to a number, or a tuple of
// constants (CPython folds those into one constant before it checks).
static bool is_identity_free_literal(const mp_ast_t *e, bool in_tuple) {
    switch (e->kind) {
        case MP_AST_CONSTANT:
            return in_tuple || e->op > MP_AST_CONST_ELLIPSIS;
        case MP_AST_UNARY_OP:
            return (e->op == MP_AST_OP_USUB || e->op == MP_AST_OP_UADD || e->op == MP_AST_OP_INVERT)
                   && e->a->kind == MP_AST_CONSTANT
                   && (e->a->op == MP_AST_CONST_INT || e->a->op == MP_AST_CONST_FLOAT);
        case MP_AST_TUPLE:
            for (size_t i = 0; i < e->l2->len; i++) {
                if (!is_identity_free_literal(e->l2->items[i], true)) {
                    return false;
                }
            }
            return true;
        default:
            return false;
    }
}

// The type of the value e surely has, known from its syntax alone (CPython's
// infer_type), or NULL.
MP_COLD static const char *infer_type_name(const mp_ast_t *e) {
    switch (e->kind) {
        case MP_AST_CONSTANT:
            switch (e->op) {
                case MP_AST_CONST_NONE:
                    return "NoneType";
                case MP_AST_CONST_TRUE:
                case MP_AST_CONST_FALSE:
                    return "bool";
                case MP_AST_CONST_ELLIPSIS:
                    return "ellipsis";
                case MP_AST_CONST_INT:
                    return "int";
                case MP_AST_CONST_FLOAT:
                    return (e->str[e->len - 1] | 0x20) == 'j' ? "complex" : "float";
                case MP_AST_CONST_STR:
                    return "str";
                default:
                    return "bytes";
            }
        case MP_AST_TUPLE:
            return "tuple";
        case MP_AST_LIST:
        case MP_AST_LIST_COMP:
            return "list";
        case MP_AST_DICT:
        case MP_AST_DICT_COMP:
            return "dict";
        case MP_AST_SET:
        case MP_AST_SET_COMP:
            return "set";
        case MP_AST_GENERATOR_EXP:
            return "generator";
        case MP_AST_LAMBDA:
            return "function";
        case MP_AST_JOINED_STR:
        case MP_AST_FORMATTED_VALUE:
            return "str";
        default:
            return NULL;
    }
}

// `[(1, 2) (3, 4)]`: a display or literal called or subscripted where a
// comma was surely left out, as CPython 3.11 warns (SyntaxWarning). The
// checks follow CPython's: what is called must be no display or literal; a
// subscripted value must not be a number, None, ..., set, generator or
// lambda; a str, bytes, tuple or list must not take an index of another type
// than int or slice.
MP_COLD static void check_missed_comma(mp_compiler_t *c, mp_ast_t *node) {
    const mp_ast_t *v = node->a;
    const char *vt = infer_type_name(v);
    if (vt == NULL) {
        return;
    }
    const char *msg = NULL;
    if (node->kind == MP_AST_CALL) {
        if (v->kind != MP_AST_LAMBDA) {
            msg = mp_lexer_msg(MP_ERROR_TEXT("'%s' object is not callable; perhaps you missed a comma?"), vt);
        }
    } else {
        bool is_seq = v->kind == MP_AST_TUPLE || v->kind == MP_AST_LIST || v->kind == MP_AST_LIST_COMP
            || v->kind == MP_AST_JOINED_STR || v->kind == MP_AST_FORMATTED_VALUE
            || (v->kind == MP_AST_CONSTANT && v->op >= MP_AST_CONST_STR);
        const char *it = infer_type_name(node->b);
        if (!is_seq && v->kind != MP_AST_DICT && v->kind != MP_AST_DICT_COMP) {
            msg = mp_lexer_msg(MP_ERROR_TEXT("'%s' object is not subscriptable; perhaps you missed a comma?"), vt);
        } else if (is_seq && it != NULL && strcmp(it, "int") != 0 && strcmp(it, "bool") != 0) {
            msg = mp_lexer_msg(MP_ERROR_TEXT("%s indices must be integers or slices, not %s; perhaps you missed a comma?"),
                vt, it);
        }
    }
    if (msg != NULL) {
        mp_compile_warning(c, node, msg);
    }
}

// `x is 1` compares identities where `==` was surely meant: SyntaxWarning.
static void check_is_literal(mp_compiler_t *c, mp_ast_t *node) {
    const mp_ast_t *left = node->a;
    for (size_t i = 0; i < node->l2->len; i++) {
        const mp_ast_t *right = node->l2->items[i];
        uint8_t op = node->ops[i];
        if ((op == MP_AST_CMP_IS || op == MP_AST_CMP_ISNOT)
            && (is_identity_free_literal(left, false) || is_identity_free_literal(right, false))) {
            mp_compile_warning(c, node, op == MP_AST_CMP_IS
                ? MP_ERROR_TEXT("\"is\" with a literal. Did you mean \"==\"?")
                : MP_ERROR_TEXT("\"is not\" with a literal. Did you mean \"!=\"?"));
            return;
        }
        left = right;
    }
}

static void compile_compare(mp_compiler_t *c, mp_ast_t *node) {
    check_is_literal(c, node);
    mp_emit_t *e = &c->emit;
    mp_ast_list_t *rest = node->l2;
    size_t n = rest->len;
    mp_compile_expr(c, node->a);
    if (n == 1) {
        mp_compile_expr(c, rest->items[0]);
        mp_emit_set_line(e, node->line);
        emit_compare(c, node->ops[0]);
        return;
    }
    mp_emit_label_t l_clean = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);
    for (size_t i = 0; i + 1 < n; i++) {
        mp_compile_expr(c, rest->items[i]);
        mp_emit_set_line(e, node->line);
        mp_emit_op(e, MP_BC_DUP_TOP);
        mp_emit_op(e, MP_BC_ROT_THREE);
        emit_compare(c, node->ops[i]);
        mp_emit_jump(e, MP_BC_JUMP_IF_FALSE_OR_POP, l_clean);
    }
    mp_compile_expr(c, rest->items[n - 1]);
    mp_emit_set_line(e, node->line);
    emit_compare(c, node->ops[n - 1]);
    mp_emit_jump(e, MP_BC_JUMP, l_end);
    mp_emit_label(e, l_clean);
    mp_emit_op(e, MP_BC_ROT_TWO);
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_label(e, l_end);
}

void mp_compile_condition(mp_compiler_t *c, mp_ast_t *node, bool jump_if, mp_emit_label_t label) {
    mp_emit_t *e = &c->emit;
    switch (node->kind) {
        case MP_AST_UNARY_OP:
            if (node->op == MP_AST_OP_NOT) {
                mp_compile_condition(c, node->a, !jump_if, label);
                return;
            }
            break;
        case MP_AST_BOOL_OP: {
            mp_ast_list_t *values = node->l2;
            size_t n = values->len;
            bool is_and = node->op == MP_AST_OP_AND;
            if (is_and != jump_if) {
                // `a and b` jumping when false / `a or b` jumping when true:
                // any operand decides.
                for (size_t i = 0; i < n; i++) {
                    mp_compile_condition(c, values->items[i], jump_if, label);
                }
            } else {
                // The last operand decides; earlier ones can only skip.
                mp_emit_label_t l_skip = mp_emit_new_label(e);
                for (size_t i = 0; i + 1 < n; i++) {
                    mp_compile_condition(c, values->items[i], !jump_if, l_skip);
                }
                mp_compile_condition(c, values->items[n - 1], jump_if, label);
                mp_emit_label(e, l_skip);
            }
            return;
        }
        case MP_AST_NAME:
            if (node->name == MP_QSTR___debug__) {
                if (jump_if == (MP_STATE_CTX(opt_level) == 0)) {
                    mp_emit_jump(e, MP_BC_JUMP, label);
                }
                return;
            }
            break;
        case MP_AST_CONSTANT:
            if (node->op != MP_AST_CONST_STR && node->op != MP_AST_CONST_BYTES) {
                if (mp_obj_is_true(mp_compile_constant(node)) == jump_if) {
                    mp_emit_jump(e, MP_BC_JUMP, label);
                }
                return;
            }
            break;
        case MP_AST_COMPARE:
            if (node->l2->len == 1) {
                check_is_literal(c, node);
                bool negate;
                mp_binary_op_t op = compare_op(node->ops[0], &negate);
                mp_compile_expr(c, node->a);
                mp_compile_expr(c, node->l2->items[0]);
                mp_emit_set_line(e, node->line);
                mp_emit_op1(e, MP_BC_BINARY_OP, op);
                mp_emit_jump(e, (jump_if != negate) ? MP_BC_POP_JUMP_IF_TRUE : MP_BC_POP_JUMP_IF_FALSE, label);
                return;
            }
            break;
        default:
            break;
    }
    mp_compile_expr(c, node);
    mp_emit_jump(e, jump_if ? MP_BC_POP_JUMP_IF_TRUE : MP_BC_POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------------------
// Calls

bool mp_compile_call_needs_ex(mp_ast_list_t *args, mp_ast_list_t *kws) {
    for (size_t i = 0; args != NULL && i < args->len; i++) {
        if (args->items[i]->kind == MP_AST_STARRED) {
            return true;
        }
    }
    for (size_t i = 0; kws != NULL && i < kws->len; i++) {
        if (kws->items[i]->name == MP_QSTRnull) {
            return true;
        }
    }
    return false;
}

void mp_compile_call_args(mp_compiler_t *c, const mp_ast_t *node, mp_ast_list_t *args, mp_ast_list_t *kws, size_t n_extra, bool is_method, size_t line) {
    mp_emit_t *e = &c->emit;
    size_t n_args = args != NULL ? args->len : 0;
    size_t n_kws = kws != NULL ? kws->len : 0;
    // (CPython's order: each keyword's name, then its repeats.)
    for (size_t i = 0; i < n_kws; i++) {
        qstr name = kws->items[i]->name;
        if (name == MP_QSTR___debug__) {
            mp_compile_error(c, node, MP_ERROR_TEXT("cannot assign to __debug__"));
        }
        for (size_t j = i + 1; name != MP_QSTRnull && j < n_kws; j++) {
            if (kws->items[j]->name == name) {
                mp_compile_error_q(c, kws->items[j],
                    MP_ERROR_TEXT("keyword argument repeated: %s"), name);
            }
        }
    }
    if (!mp_compile_call_needs_ex(args, kws)) {
        compile_exprs(c, args, 0, n_args);
        for (size_t i = 0; i < n_kws; i++) {
            mp_emit_load_const(e, mp_compile_name_obj(kws->items[i]->name));
            mp_compile_expr(c, kws->items[i]->a);
        }
        mp_emit_set_line(e, line);
        mp_emit_op2(e, is_method ? MP_BC_CALL_METHOD : MP_BC_CALL_FUNCTION, n_extra + n_args, n_kws);
        return;
    }
    MP_ASSERT(!is_method);
    // Positional part: a tuple, or a list extended by each *x, then made a tuple.
    size_t lead = 0;
    while (lead < n_args && args->items[lead]->kind != MP_AST_STARRED) {
        lead++;
    }
    compile_exprs(c, args, 0, lead);
    if (lead == n_args) {
        mp_emit_op1(e, MP_BC_BUILD_TUPLE, n_extra + n_args);
    } else {
        mp_emit_op1(e, MP_BC_BUILD_LIST, n_extra + lead);
        for (size_t i = lead; i < n_args; i++) {
            mp_ast_t *arg = args->items[i];
            if (arg->kind == MP_AST_STARRED) {
                mp_compile_expr(c, arg->a);
                // For f(*x) alone the flag tells the VM the callee is below
                // the list, for "f() argument after * must be an iterable".
                bool sole = n_args == 1 && n_extra == 0;
                mp_emit_op1(e, MP_BC_LIST_EXTEND, sole ? (1 | MP_BC_EXTEND_IN_CALL) : 1);
            } else {
                mp_compile_expr(c, arg);
                mp_emit_op1(e, MP_BC_LIST_APPEND, 1);
            }
        }
        mp_emit_op(e, MP_BC_LIST_TO_TUPLE);
    }
    // Keyword part: one dict; runs of k=v become a BUILD_MAP merged in.
    mp_uint_t flags = 0;
    if (n_kws > 0) {
        flags = 1;
        bool have_dict = false;
        size_t pending = 0;
        for (size_t i = 0; i <= n_kws; i++) {
            mp_ast_t *kw = i < n_kws ? kws->items[i] : NULL;
            if (kw != NULL && kw->name != MP_QSTRnull) {
                mp_emit_load_const(e, mp_compile_name_obj(kw->name));
                mp_compile_expr(c, kw->a);
                pending++;
                continue;
            }
            if (pending > 0) {
                mp_emit_op1(e, MP_BC_BUILD_MAP, pending);
                if (have_dict) {
                    mp_emit_op1(e, MP_BC_DICT_MERGE, 1);
                }
                have_dict = true;
                pending = 0;
            }
            if (kw != NULL) {
                if (!have_dict) {
                    mp_emit_op1(e, MP_BC_BUILD_MAP, 0);
                    have_dict = true;
                }
                mp_compile_expr(c, kw->a);
                mp_emit_op1(e, MP_BC_DICT_MERGE, 1);
            }
        }
    }
    mp_emit_set_line(e, line);
    mp_emit_op1(e, MP_BC_CALL_FUNCTION_EX, flags);
}

// primary '(' [arguments] ')'; obj.meth(args) without * or ** uses LOAD_METHOD.
static void compile_call(mp_compiler_t *c, mp_ast_t *node) {
    if (mp_compile_try_super_call(c, node, MP_QSTRnull) || mp_compile_try_locals_call(c, node)) {
        return;
    }
    mp_ast_t *func = node->a;
    bool is_method = func->kind == MP_AST_ATTRIBUTE && !mp_compile_call_needs_ex(node->l2, node->l3);
    if (is_method) {
        qstr name = mp_scope_mangle(c->scope, func->name);
        if (func->a->kind != MP_AST_CALL || !mp_compile_try_super_call(c, func->a, name)) {
            mp_compile_expr(c, func->a);
            mp_emit_set_line(&c->emit, mp_compile_attr_line(func));
            mp_emit_name_op(&c->emit, MP_BC_LOAD_METHOD, name);
        }
    } else {
        check_missed_comma(c, node);
        mp_compile_expr(c, func);
    }
    mp_compile_call_args(c, node, node->l2, node->l3, 0, is_method, is_method ? mp_compile_attr_line(func) : node->line);
}

// ---------------------------------------------------------------------------
// Displays

typedef enum {
    SEQ_LIST,
    SEQ_TUPLE,
    SEQ_SET,
} seq_kind_t;

// [a, *b, c], (a, *b), {a, *b}: plain items first with one BUILD_*, then
// LIST_APPEND/LIST_EXTEND (SET_ADD/SET_UPDATE) for the rest.
static void compile_seq(mp_compiler_t *c, mp_ast_list_t *elts, seq_kind_t kind) {
    mp_emit_t *e = &c->emit;
    size_t n = elts->len;
    size_t lead = 0;
    while (lead < n && lead < SEQ_CHUNK && elts->items[lead]->kind != MP_AST_STARRED) {
        lead++;
    }
    compile_exprs(c, elts, 0, lead);
    if (lead == n && kind == SEQ_TUPLE) {
        mp_emit_op1(e, MP_BC_BUILD_TUPLE, n);
        return;
    }
    mp_emit_op1(e, kind == SEQ_SET ? MP_BC_BUILD_SET : MP_BC_BUILD_LIST, lead);
    for (size_t i = lead; i < n; i++) {
        mp_ast_t *elt = elts->items[i];
        if (elt->kind == MP_AST_STARRED) {
            mp_compile_expr(c, elt->a);
            mp_emit_op1(e, kind == SEQ_SET ? MP_BC_SET_UPDATE : MP_BC_LIST_EXTEND, 1);
        } else {
            mp_compile_expr(c, elt);
            mp_emit_op1(e, kind == SEQ_SET ? MP_BC_SET_ADD : MP_BC_LIST_APPEND, 1);
        }
    }
    if (kind == SEQ_TUPLE) {
        mp_emit_op(e, MP_BC_LIST_TO_TUPLE);
    }
}

static void compile_list(mp_compiler_t *c, mp_ast_t *node) {
    // A list of 3+ constants: extend an empty list by one constant tuple.
    if (node->l2->len >= 3) {
        mp_obj_t items = MP_OBJ_NULL;
        mp_ast_t tuple = *node;
        tuple.kind = MP_AST_TUPLE;
        items = mp_compile_const_value(c, &tuple);
        if (items != MP_OBJ_NULL) {
            mp_emit_op1(&c->emit, MP_BC_BUILD_LIST, 0);
            mp_emit_load_const(&c->emit, items);
            mp_emit_op1(&c->emit, MP_BC_LIST_EXTEND, 1);
            return;
        }
    }
    compile_seq(c, node->l2, SEQ_LIST);
}

// dict: '{' [double_starred_kvpairs] '}'   (a NULL key is **mapping)
static void compile_dict(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_ast_list_t *keys = node->l2;
    mp_ast_list_t *values = node->l3;
    size_t n = keys->len;
    size_t lead = 0;
    while (lead < n && lead < MAP_CHUNK && keys->items[lead] != NULL) {
        mp_compile_expr(c, keys->items[lead]);
        mp_compile_expr(c, values->items[lead]);
        lead++;
    }
    mp_emit_op1(e, MP_BC_BUILD_MAP, lead);
    for (size_t i = lead; i < n; i++) {
        if (keys->items[i] == NULL) {
            mp_compile_expr(c, values->items[i]);
            mp_emit_op1(e, MP_BC_DICT_UPDATE, 1);
        } else {
            mp_compile_expr(c, keys->items[i]);
            mp_compile_expr(c, values->items[i]);
            mp_emit_op1(e, MP_BC_MAP_ADD, 1);
        }
    }
}

// f"...{value!r:spec}...": each part pushes a str, BUILD_STRING joins them.
static void compile_joined_str(mp_compiler_t *c, mp_ast_t *node) {
    mp_ast_list_t *parts = node->l2;
    size_t n = parts != NULL ? parts->len : 0;
    if (n == 0) {
        mp_emit_load_const(&c->emit, MP_OBJ_NEW_QSTR(MP_QSTR_));
        return;
    }
    // Joined in chunks, each with the previous result, so that a huge
    // f-string does not need a huge stack.
    for (size_t done = 0; done < n;) {
        size_t k = n - done > 256 ? 256 : n - done;
        compile_exprs(c, parts, done, done + k);
        size_t count = k + (done > 0);
        if (count > 1) {
            mp_emit_op1(&c->emit, MP_BC_BUILD_STRING, count);
        }
        done += k;
    }
}

static void compile_formatted_value(mp_compiler_t *c, mp_ast_t *node) {
    mp_compile_expr(c, node->a);
    mp_uint_t flags = node->op == 's' ? 1 : node->op == 'r' ? 2 : node->op == 'a' ? 3 : 0;
    if (node->b != NULL) {
        mp_compile_expr(c, node->b);
        flags |= 4;
    }
    mp_emit_op1(&c->emit, MP_BC_FORMAT_VALUE, flags);
}

static void compile_slice(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    if (node->a != NULL) {
        mp_compile_expr(c, node->a);
    } else {
        mp_emit_op(e, MP_BC_LOAD_NONE);
    }
    if (node->b != NULL) {
        mp_compile_expr(c, node->b);
    } else {
        mp_emit_op(e, MP_BC_LOAD_NONE);
    }
    if (node->c != NULL) {
        mp_compile_expr(c, node->c);
        mp_emit_op1(e, MP_BC_BUILD_SLICE, 3);
    } else {
        mp_emit_op1(e, MP_BC_BUILD_SLICE, 2);
    }
}

// ---------------------------------------------------------------------------
// Expressions

void mp_compile_expr(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_stack_check();
    mp_emit_set_line(e, node->line);
    switch (node->kind) {
        case MP_AST_CONSTANT:
            mp_emit_load_const(e, mp_compile_constant(node));
            break;
        case MP_AST_NAME:
            if (node->name == MP_QSTR___debug__) {
                mp_emit_op(e, MP_STATE_CTX(opt_level) ? MP_BC_LOAD_FALSE : MP_BC_LOAD_TRUE);
            } else {
                mp_obj_t folded = mp_compile_const_lookup(c, node->name);
                if (folded != MP_OBJ_NULL) {
                    mp_emit_load_const(e, folded);
                } else {
                    mp_compile_load_name(c, node->name);
                }
            }
            break;
        case MP_AST_ATTRIBUTE:
            mp_compile_expr(c, node->a);
            mp_emit_set_line(e, mp_compile_attr_line(node));
            mp_emit_name_op(e, MP_BC_LOAD_ATTR, mp_scope_mangle(c->scope, node->name));
            break;
        case MP_AST_SUBSCRIPT:
            check_missed_comma(c, node);
            mp_compile_expr(c, node->a);
            mp_compile_expr(c, node->b);
            mp_emit_set_line(e, node->line);
            mp_emit_op(e, MP_BC_LOAD_SUBSCR);
            break;
        case MP_AST_SLICE:
            compile_slice(c, node);
            break;
        case MP_AST_BOOL_OP: {
            // a and b: a JUMP_IF_FALSE_OR_POP L; b; L:
            mp_emit_label_t l_end = mp_emit_new_label(e);
            mp_bc_opcode_t op = node->op == MP_AST_OP_AND ? MP_BC_JUMP_IF_FALSE_OR_POP : MP_BC_JUMP_IF_TRUE_OR_POP;
            size_t n = node->l2->len;
            for (size_t i = 0; i + 1 < n; i++) {
                mp_compile_expr(c, node->l2->items[i]);
                mp_emit_jump(e, op, l_end);
            }
            mp_compile_expr(c, node->l2->items[n - 1]);
            mp_emit_label(e, l_end);
            break;
        }
        case MP_AST_NAMED_EXPR:
            mp_compile_expr(c, node->b);
            mp_emit_op(e, MP_BC_DUP_TOP);
            mp_compile_store(c, node->a);
            break;
        case MP_AST_BIN_OP: {
            mp_obj_t folded = mp_compile_const_value(c, node);
            if (folded != MP_OBJ_NULL) {
                mp_emit_load_const(e, folded);
                break;
            }
            mp_compile_expr(c, node->a);
            mp_compile_expr(c, node->b);
            mp_emit_set_line(e, node->line);
            if (node->op > MP_AST_OP_FLOORDIV) {
                mp_compile_error(c, node, MP_ERROR_TEXT("invalid binary operator"));
            }
            mp_emit_op1(e, MP_BC_BINARY_OP, ast_binary_op[node->op]);
            break;
        }
        case MP_AST_UNARY_OP: {
            mp_obj_t folded = mp_compile_const_value(c, node);
            if (folded != MP_OBJ_NULL) {
                mp_emit_load_const(e, folded);
                break;
            }
            mp_compile_expr(c, node->a);
            mp_emit_set_line(e, node->line);
            mp_unary_op_t op;
            switch (node->op) {
                case MP_AST_OP_NOT:
                    op = MP_UNARY_OP_NOT;
                    break;
                case MP_AST_OP_USUB:
                    op = MP_UNARY_OP_NEGATIVE;
                    break;
                case MP_AST_OP_UADD:
                    op = MP_UNARY_OP_POSITIVE;
                    break;
                default:
                    op = MP_UNARY_OP_INVERT;
                    break;
            }
            mp_emit_op1(e, MP_BC_UNARY_OP, op);
            break;
        }
        case MP_AST_LAMBDA:
            mp_compile_lambda(c, node);
            break;
        case MP_AST_IF_EXP: {
            mp_emit_label_t l_else = mp_emit_new_label(e);
            mp_emit_label_t l_end = mp_emit_new_label(e);
            mp_compile_condition(c, node->a, false, l_else);
            mp_compile_expr(c, node->b);
            mp_emit_jump(e, MP_BC_JUMP, l_end);
            mp_emit_label(e, l_else);
            mp_compile_expr(c, node->c);
            mp_emit_label(e, l_end);
            break;
        }
        case MP_AST_DICT:
            compile_dict(c, node);
            break;
        case MP_AST_SET:
            compile_seq(c, node->l2, SEQ_SET);
            break;
        case MP_AST_LIST:
            compile_list(c, node);
            break;
        case MP_AST_TUPLE: {
            mp_obj_t folded = mp_compile_const_value(c, node);
            if (folded != MP_OBJ_NULL) {
                mp_emit_load_const(e, folded);
            } else {
                compile_seq(c, node->l2, SEQ_TUPLE);
            }
            break;
        }
        case MP_AST_LIST_COMP:
        case MP_AST_SET_COMP:
        case MP_AST_DICT_COMP:
        case MP_AST_GENERATOR_EXP:
            mp_compile_comprehension(c, node);
            break;
        case MP_AST_AWAIT:
            mp_compile_expr(c, node->a);
            mp_emit_set_line(e, node->line);
            mp_compile_await_tos(c);
            break;
        case MP_AST_YIELD:
            if (node->a != NULL) {
                mp_compile_expr(c, node->a);
            } else {
                mp_emit_op(e, MP_BC_LOAD_NONE);
            }
            mp_emit_set_line(e, node->line);
            mp_emit_op(e, MP_BC_YIELD_VALUE);
            break;
        case MP_AST_YIELD_FROM:
            mp_compile_expr(c, node->a);
            mp_emit_set_line(e, node->line);
            mp_emit_op(e, MP_BC_GET_ITER);
            mp_emit_op(e, MP_BC_LOAD_NONE);
            mp_emit_op(e, MP_BC_YIELD_FROM);
            break;
        case MP_AST_COMPARE:
            compile_compare(c, node);
            break;
        case MP_AST_CALL:
            compile_call(c, node);
            break;
        case MP_AST_FORMATTED_VALUE:
            compile_formatted_value(c, node);
            break;
        case MP_AST_JOINED_STR:
            compile_joined_str(c, node);
            break;
        case MP_AST_STARRED:
            mp_compile_error(c, node, MP_ERROR_TEXT("can't use starred expression here"));
        default:
            mp_compile_error(c, node, MP_ERROR_TEXT("invalid syntax"));
    }
}

// ---------------------------------------------------------------------------
// Targets

static const char *describe(const mp_ast_t *node) {
    switch (node->kind) {
        case MP_AST_CALL:
            return "function call";
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
        case MP_AST_COMPARE:
            return "comparison";
        case MP_AST_LAMBDA:
            return "lambda";
        case MP_AST_IF_EXP:
            return "conditional expression";
        case MP_AST_NAMED_EXPR:
            return "named expression";
        case MP_AST_LIST_COMP:
            return "list comprehension";
        case MP_AST_SET_COMP:
            return "set comprehension";
        case MP_AST_DICT_COMP:
            return "dict comprehension";
        case MP_AST_GENERATOR_EXP:
            return "generator expression";
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
        default:
            return "expression";
    }
}

MP_NORETURN static void target_error(mp_compiler_t *c, mp_ast_t *node, bool is_del) {
    mp_compile_error(c, node, mp_lexer_msg(is_del ? "cannot delete %s" : "cannot assign to %s", describe(node)));
}

// Value on TOS -> target. a, *b, c = seq uses UNPACK_EX 1, 1.
void mp_compile_store(mp_compiler_t *c, mp_ast_t *target) {
    mp_emit_t *e = &c->emit;
    switch (target->kind) {
        case MP_AST_NAME:
            // (binding __debug__ is refused by the scope pass)
            if (mp_compile_const_lookup(c, target->name) != MP_OBJ_NULL) {
                // Its loads were already replaced by the value.
                mp_compile_error(c, target, MP_ERROR_TEXT("cannot assign to a const"));
            }
            mp_compile_store_name(c, target->name);
            break;
        case MP_AST_ATTRIBUTE:
            mp_compile_expr(c, target->a);
            mp_emit_set_line(e, mp_compile_attr_line(target));
            mp_emit_name_op(e, MP_BC_STORE_ATTR, mp_scope_mangle(c->scope, target->name));
            break;
        case MP_AST_SUBSCRIPT:
            mp_compile_expr(c, target->a);
            mp_compile_expr(c, target->b);
            mp_emit_set_line(e, target->line);
            mp_emit_op(e, MP_BC_STORE_SUBSCR);
            break;
        case MP_AST_TUPLE:
        case MP_AST_LIST: {
            mp_ast_list_t *elts = target->l2;
            size_t n = elts->len;
            size_t star = n;
            for (size_t i = 0; i < n; i++) {
                if (elts->items[i]->kind == MP_AST_STARRED) {
                    if (star != n) {
                        mp_compile_error(c, target,
                            MP_ERROR_TEXT("multiple starred expressions in assignment"));
                    }
                    star = i;
                }
            }
            mp_emit_set_line(e, target->line);
            if (star == n) {
                mp_emit_op1(e, MP_BC_UNPACK_SEQUENCE, n);
            } else {
                // (CPython's limit on the names before the star)
                if (star > 0xff || n - star - 1 > 0xffff) {
                    mp_compile_error(c, target,
                        MP_ERROR_TEXT("too many expressions in star-unpacking assignment"));
                }
                mp_emit_op2(e, MP_BC_UNPACK_EX, star, n - star - 1);
            }
            for (size_t i = 0; i < n; i++) {
                mp_ast_t *elt = elts->items[i];
                mp_compile_store(c, elt->kind == MP_AST_STARRED ? elt->a : elt);
            }
            break;
        }
        case MP_AST_STARRED:
            mp_compile_error(c, target,
                MP_ERROR_TEXT("starred assignment target must be in a list or tuple"));
        default:
            target_error(c, target, false);
    }
}

void mp_compile_delete(mp_compiler_t *c, mp_ast_t *target) {
    mp_emit_t *e = &c->emit;
    mp_emit_set_line(e, target->line);
    switch (target->kind) {
        case MP_AST_NAME:
            mp_compile_delete_name(c, target->name);
            break;
        case MP_AST_ATTRIBUTE:
            mp_compile_expr(c, target->a);
            mp_emit_set_line(e, mp_compile_attr_line(target));
            mp_emit_name_op(e, MP_BC_DELETE_ATTR, mp_scope_mangle(c->scope, target->name));
            break;
        case MP_AST_SUBSCRIPT:
            mp_compile_expr(c, target->a);
            mp_compile_expr(c, target->b);
            mp_emit_set_line(e, target->line);
            mp_emit_op(e, MP_BC_DELETE_SUBSCR);
            break;
        case MP_AST_TUPLE:
        case MP_AST_LIST:
            for (size_t i = 0; i < target->l2->len; i++) {
                mp_compile_delete(c, target->l2->items[i]);
            }
            break;
        default:
            target_error(c, target, true);
    }
}
