// Code generation for statements: assignment, control flow, loops,
// try/except/finally, with, imports, and leaving blocks early with
// break/continue/return.
//
// Exceptions (see py/bc.h): a handler starts with (prev_exc, exc) pushed on
// the stack. Every handler region is itself protected by a "cleanup" block
// whose handler restores the previous exception and re-raises:
//     L_cleanup:  COPY 4; POP_EXCEPT; RERAISE     (prev, exc, prev2, exc2 on the stack)
// so that an exception escaping an except or finally body never leaves the
// wrong exception installed as the one being handled.
// return/break/continue inside try/finally and with run the finally body
// (compiled inline once more) or the __exit__ call before jumping, as the VM
// keeps no "pending return" state.
#include "py/mpconfig.h"

#include <string.h>

#include "py/compile.h"
#include "py/runtime.h"
#include "py/vm.h"

// ---------------------------------------------------------------------------
// Frame blocks

void mp_compile_fblock_push(mp_compiler_t *c, const mp_ast_t *node, mp_fblock_kind_t kind) {
    if (c->n_fblocks >= MP_COMPILE_MAX_FBLOCKS) {
        mp_compile_error(c, node != NULL ? node : c->scope->node,
            MP_ERROR_TEXT("too many statically nested blocks"));
    }
    mp_fblock_t *fb = &c->fblocks[c->n_fblocks++];
    memset(fb, 0, sizeof(*fb));
    fb->kind = kind;
}

void mp_compile_fblock_pop(mp_compiler_t *c) {
    MP_ASSERT(c->n_fblocks > 0);
    c->n_fblocks--;
}

static mp_fblock_t *fblock_top(mp_compiler_t *c) {
    return &c->fblocks[c->n_fblocks - 1];
}

// True if some enclosing block needs the value stack exactly as it is, so a
// `return` cannot leave loop iterators behind.
static bool fblocks_need_stack(mp_compiler_t *c) {
    for (size_t i = 0; i < c->n_fblocks; i++) {
        switch (c->fblocks[i].kind) {
            case MP_FBLOCK_WHILE:
            case MP_FBLOCK_FOR:
            case MP_FBLOCK_ASYNC_FOR:
            case MP_FBLOCK_TRY_EXCEPT:
                break;
            default:
                return true;
        }
    }
    return false;
}

// exit(None, None, None) for a `with`: exit is on top of the stack.
static void compile_call_exit(mp_compiler_t *c, bool is_async) {
    mp_emit_t *e = &c->emit;
    mp_emit_op(e, MP_BC_LOAD_NONE);
    mp_emit_op(e, MP_BC_LOAD_NONE);
    mp_emit_op(e, MP_BC_LOAD_NONE);
    mp_emit_op2(e, MP_BC_CALL_FUNCTION, 3, 0);
    if (is_async) {
        mp_compile_await_tos(c);
    }
    mp_emit_op(e, MP_BC_POP_TOP);
}

// The end of an except/finally body: drop the exception and reinstate the
// previously handled one. Stack: prev, exc [, kept value].
static void compile_pop_handled(mp_compiler_t *c, bool preserve_tos) {
    mp_emit_t *e = &c->emit;
    if (preserve_tos) {
        mp_emit_op(e, MP_BC_ROT_THREE);
    }
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
}

// `name = None; del name`: the end of `except E as name`.
static void compile_clear_name(mp_compiler_t *c, qstr name) {
    mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
    mp_compile_store_name(c, name);
    mp_compile_delete_name(c, name);
}

// A for loop over a generator it made itself (`for x in gen():`) closes it
// when left by break or return, as CPython's reference counting does (the
// generator's finally clauses run then). Marked in the fblock's name.
#define FOR_CLOSES_ITER (MP_QSTR_close)

bool mp_compile_iter_is_temporary(const mp_ast_t *iter) {
    if (iter->kind == MP_AST_GENERATOR_EXP) {
        return true;
    }
    if (iter->kind != MP_AST_CALL) {
        return false;
    }
    if (iter->a->kind == MP_AST_NAME) {
        // Built-ins that never give a generator (iter(g) gives back g
        // itself, which lives on) are left alone, so common loops cost nothing.
        static const uint16_t plain[] = {
            MP_QSTR_iter, MP_QSTR_range, MP_QSTR_enumerate, MP_QSTR_zip, MP_QSTR_reversed, MP_QSTR_sorted,
            MP_QSTR_list, MP_QSTR_tuple, MP_QSTR_dict, MP_QSTR_set, MP_QSTR_frozenset, MP_QSTR_map,
            MP_QSTR_filter, MP_QSTR_str, MP_QSTR_bytes, MP_QSTR_bytearray, MP_QSTR_open,
        };
        for (size_t i = 0; i < MP_ARRAY_SIZE(plain); i++) {
            if (iter->a->name == plain[i]) {
                return false;
            }
        }
    }
    return true;
}

void mp_compile_get_iter(mp_compiler_t *c, mp_ast_t *iter, size_t line, bool is_async) {
    mp_emit_t *e = &c->emit;
    size_t n = 0;
    // (len - 1 < 3: 1 to 3 arguments.)
    if (!is_async && iter->kind == MP_AST_CALL && iter->a->kind == MP_AST_NAME && iter->a->name == MP_QSTR_range
        && iter->l2 != NULL && iter->l2->len - 1 < 3 && (iter->l3 == NULL || iter->l3->len == 0)
        && !mp_compile_call_needs_ex(iter->l2, NULL)) {
        // Whatever `range` is bound to is called at run time; only the
        // builtin's iterator is made without its range object.
        n = iter->l2->len;
        mp_compile_expr(c, iter->a);
        for (size_t i = 0; i < n; i++) {
            mp_compile_expr(c, iter->l2->items[i]);
        }
    } else {
        mp_compile_expr(c, iter);
    }
    mp_emit_set_line(e, line);
    if (is_async) {
        mp_emit_op(e, MP_BC_GET_AITER);
    } else {
        mp_emit_op1(e, MP_BC_GET_ITER_STACK, n);
    }
}

// Drops the loop's iterator (on top of the stack, or under the value on top
// if preserve_tos), and a for loop's iterator slots under it.
static void pop_loop_iter(mp_compiler_t *c, const mp_fblock_t *fb, bool preserve_tos) {
    mp_emit_t *e = &c->emit;
    bool closes = fb->name == FOR_CLOSES_ITER;
    for (size_t n = fb->kind == MP_FBLOCK_FOR ? 1 + MP_OBJ_ITER_BUF_NSLOTS : 1; n > 0; n--) {
        if (preserve_tos) {
            mp_emit_op(e, MP_BC_ROT_TWO);
        }
        if (closes) {
            mp_emit_load_const(e, MP_OBJ_FROM_PTR(&mp_gen_close_temp_obj));
            mp_emit_op(e, MP_BC_ROT_TWO);
            mp_emit_op2(e, MP_BC_CALL_FUNCTION, 1, 0);
            closes = false;
        }
        mp_emit_op(e, MP_BC_POP_TOP);
    }
}

static void unwind_fblock(mp_compiler_t *c, const mp_fblock_t *fb, bool preserve_tos) {
    mp_emit_t *e = &c->emit;
    switch (fb->kind) {
        case MP_FBLOCK_WHILE:
            break;
        case MP_FBLOCK_FOR:
        case MP_FBLOCK_ASYNC_FOR:
            if (fb->name == FOR_CLOSES_ITER && fb->kind == MP_FBLOCK_FOR) {
                // The handler that closes the iterator on an exception.
                mp_emit_op(e, MP_BC_POP_BLOCK);
            }
            // RETURN_VALUE discards the frame's stack, so a return leaves the
            // iterator unless an outer block needs the stack in shape.
            if (!preserve_tos || fb->name == FOR_CLOSES_ITER || fblocks_need_stack(c)) {
                pop_loop_iter(c, fb, preserve_tos);
            }
            break;
        case MP_FBLOCK_TRY_EXCEPT:
            mp_emit_op(e, MP_BC_POP_BLOCK);
            break;
        case MP_FBLOCK_FINALLY_TRY:
            mp_emit_op(e, MP_BC_POP_BLOCK);
            if (preserve_tos) {
                mp_compile_fblock_push(c, NULL, MP_FBLOCK_POP_VALUE);
            }
            mp_compile_stmts(c, fb->finalbody);
            if (preserve_tos) {
                mp_compile_fblock_pop(c);
            }
            break;
        case MP_FBLOCK_FINALLY_END:
            mp_emit_op(e, MP_BC_POP_BLOCK);
            compile_pop_handled(c, preserve_tos);
            break;
        case MP_FBLOCK_HANDLER:
            if (fb->name != MP_QSTRnull) {
                mp_emit_op(e, MP_BC_POP_BLOCK);
            }
            mp_emit_op(e, MP_BC_POP_BLOCK);
            compile_pop_handled(c, preserve_tos);
            if (fb->name != MP_QSTRnull) {
                compile_clear_name(c, fb->name);
            }
            break;
        case MP_FBLOCK_WITH:
        case MP_FBLOCK_ASYNC_WITH:
            mp_emit_op(e, MP_BC_POP_BLOCK);
            if (preserve_tos) {
                mp_emit_op(e, MP_BC_ROT_THREE);
            }
            mp_emit_op(e, MP_BC_POP_TOP); // the __enter__ result
            compile_call_exit(c, fb->kind == MP_FBLOCK_ASYNC_WITH);
            break;
        case MP_FBLOCK_POP_VALUE:
            if (preserve_tos) {
                mp_emit_op(e, MP_BC_ROT_TWO);
            }
            mp_emit_op(e, MP_BC_POP_TOP);
            break;
    }
}

// Leaves every block above index `stop` (all of them for stop == -1). Each
// block is taken off the stack while its exit code is compiled, so that a
// finally body compiled inline sees only the blocks around it; the stack is
// put back afterwards for the code that follows.
static void unwind_to(mp_compiler_t *c, mp_int_t stop, bool preserve_tos) {
    if ((mp_int_t)c->n_fblocks - 1 <= stop) {
        return;
    }
    mp_fblock_t top = *fblock_top(c);
    c->n_fblocks--;
    unwind_fblock(c, &top, preserve_tos);
    unwind_to(c, stop, preserve_tos);
    c->fblocks[c->n_fblocks++] = top;
}

// break_stmt: 'break'    continue_stmt: 'continue'
static void compile_break_continue(mp_compiler_t *c, mp_ast_t *node, bool is_break) {
    mp_int_t i;
    for (i = (mp_int_t)c->n_fblocks - 1; i >= 0; i--) {
        uint8_t kind = c->fblocks[i].kind;
        if (kind == MP_FBLOCK_WHILE || kind == MP_FBLOCK_FOR || kind == MP_FBLOCK_ASYNC_FOR) {
            break;
        }
    }
    if (i < 0) {
        mp_compile_error(
            c, node, is_break ? MP_ERROR_TEXT("'break' outside loop") : MP_ERROR_TEXT("'continue' not properly in loop"));
    }
    mp_fblock_t loop = c->fblocks[i];
    unwind_to(c, i, false);
    if (is_break) {
        if (loop.kind == MP_FBLOCK_FOR && loop.name == FOR_CLOSES_ITER) {
            mp_emit_op(&c->emit, MP_BC_POP_BLOCK);
        }
        if (loop.kind != MP_FBLOCK_WHILE) {
            pop_loop_iter(c, &loop, false);
        }
        mp_emit_jump(&c->emit, MP_BC_JUMP, loop.label_break);
    } else {
        mp_emit_jump(&c->emit, MP_BC_JUMP, loop.label_continue);
    }
}

// return_stmt: 'return' [star_expressions]
static void compile_return(mp_compiler_t *c, mp_ast_t *node) {
    mp_scope_t *s = c->scope;
    if (s->kind == MP_SCOPE_MODULE || s->kind == MP_SCOPE_CLASS) {
        mp_compile_error(c, node, MP_ERROR_TEXT("'return' outside function"));
    }
    if (node->a != NULL && (s->scope_flags & MP_SCOPE_FLAG_ASYNC_GENERATOR)) {
        mp_compile_error(c, node, MP_ERROR_TEXT("'return' with value in async generator"));
    }
    if (node->a != NULL) {
        mp_compile_expr(c, node->a);
    } else {
        mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
    }
    unwind_to(c, -1, true);
    mp_emit_set_line(&c->emit, node->line);
    mp_emit_op(&c->emit, MP_BC_RETURN_VALUE);
}

// A RERAISE passing on an exception raised elsewhere in the frame (CPython's
// RERAISE with a saved position) is put at line 0: the VM then leaves the
// frame's f_lineno at that exception's line (see mp_obj_exception_set_exit_line).
static void emit_pass_on(mp_emit_t *e) {
    uint32_t line = e->cur_line;
    mp_emit_set_line(e, 0);
    mp_emit_op(e, MP_BC_RERAISE);
    mp_emit_set_line(e, line);
}

// COPY 4 reaches prev_exc of the handler that the cleanup block protects.
static void compile_cleanup_handler(mp_compiler_t *c, mp_emit_label_t label) {
    mp_emit_t *e = &c->emit;
    mp_emit_label(e, label);
    mp_emit_op1(e, MP_BC_COPY, 4);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
    emit_pass_on(e);
}

// ---------------------------------------------------------------------------
// Assignment

static bool has_starred(mp_ast_list_t *elts) {
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == MP_AST_STARRED) {
            return true;
        }
    }
    return false;
}

// name = const(value), MicroPython's compile-time constant: later loads of
// name in this module are the value itself, and a name starting with '_' is
// not stored at all. As in MicroPython, a value that is not constant and a
// second definition of the name are SyntaxErrors.
static bool compile_const_assign(mp_compiler_t *c, mp_ast_t *target, mp_ast_t *value) {
    if (target->kind != MP_AST_NAME || value->kind != MP_AST_CALL || value->a->kind != MP_AST_NAME
        || value->a->name != MP_QSTR_const || value->l2 == NULL || value->l2->len != 1
        || (value->l3 != NULL && value->l3->len != 0)) {
        return false;
    }
    mp_obj_t v = mp_compile_const_arg(c, value->l2->items[0]);
    if (v == MP_OBJ_NULL) {
        mp_compile_error(c, value, MP_ERROR_TEXT("not a constant"));
    }
    if (mp_compile_const_lookup(c, target->name) != MP_OBJ_NULL) {
        mp_compile_error(c, target, MP_ERROR_TEXT("cannot assign to a const"));
    }
    mp_scope_t *s = c->scope;
    while (s->parent != NULL) {
        s = s->parent;
    }
    if (s->consts == MP_OBJ_NULL) {
        s->consts = mp_obj_new_dict(0);
    }
    mp_obj_dict_store(s->consts, MP_OBJ_NEW_QSTR(target->name), v);
    if (qstr_str(target->name)[0] != '_') {
        mp_emit_load_const(&c->emit, v);
        mp_compile_store_name(c, target->name);
    }
    return true;
}

// assignment: (star_targets '=')+ (yield_expr | star_expressions)
static void compile_assign(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_ast_list_t *targets = node->l1;
    mp_ast_t *value = node->a;
    if (targets->len == 1 && compile_const_assign(c, targets->items[0], value)) {
        return;
    }
    // a, b = b, a: no tuple is built, the values are reordered on the stack.
    if (targets->len == 1 && value->kind == MP_AST_TUPLE) {
        mp_ast_t *target = targets->items[0];
        size_t n = value->l2->len;
        if ((target->kind == MP_AST_TUPLE || target->kind == MP_AST_LIST) && target->l2->len == n
            && (n == 2 || n == 3) && !has_starred(value->l2) && !has_starred(target->l2)) {
            for (size_t i = 0; i < n; i++) {
                mp_compile_expr(c, value->l2->items[i]);
            }
            mp_emit_set_line(e, node->line);
            if (n == 3) {
                mp_emit_op(e, MP_BC_ROT_THREE);
            }
            mp_emit_op(e, MP_BC_ROT_TWO);
            for (size_t i = 0; i < n; i++) {
                mp_compile_store(c, target->l2->items[i]);
            }
            return;
        }
    }
    mp_compile_expr(c, value);
    mp_emit_set_line(e, node->line);
    for (size_t i = 0; i < targets->len; i++) {
        if (i + 1 < targets->len) {
            mp_emit_op(e, MP_BC_DUP_TOP);
        }
        mp_compile_store(c, targets->items[i]);
    }
}

static mp_binary_op_t inplace_op(mp_compiler_t *c, mp_ast_t *node) {
    static const byte ops[] = {
        [MP_AST_OP_ADD] = MP_BINARY_OP_INPLACE_ADD,
        [MP_AST_OP_SUB] = MP_BINARY_OP_INPLACE_SUBTRACT,
        [MP_AST_OP_MULT] = MP_BINARY_OP_INPLACE_MULTIPLY,
        [MP_AST_OP_MATMULT] = MP_BINARY_OP_INPLACE_MAT_MULTIPLY,
        [MP_AST_OP_DIV] = MP_BINARY_OP_INPLACE_TRUE_DIVIDE,
        [MP_AST_OP_MOD] = MP_BINARY_OP_INPLACE_MODULO,
        [MP_AST_OP_POW] = MP_BINARY_OP_INPLACE_POWER,
        [MP_AST_OP_LSHIFT] = MP_BINARY_OP_INPLACE_LSHIFT,
        [MP_AST_OP_RSHIFT] = MP_BINARY_OP_INPLACE_RSHIFT,
        [MP_AST_OP_BITOR] = MP_BINARY_OP_INPLACE_OR,
        [MP_AST_OP_BITXOR] = MP_BINARY_OP_INPLACE_XOR,
        [MP_AST_OP_BITAND] = MP_BINARY_OP_INPLACE_AND,
        [MP_AST_OP_FLOORDIV] = MP_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    };
    if (node->op > MP_AST_OP_FLOORDIV) {
        mp_compile_error(c, node, MP_ERROR_TEXT("invalid augmented assignment operator"));
    }
    return (mp_binary_op_t)ops[node->op];
}

// augassign: single_target augassign (yield_expr | star_expressions)
static void compile_aug_assign(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_ast_t *target = node->a;
    mp_binary_op_t op = inplace_op(c, node);
    switch (target->kind) {
        case MP_AST_NAME:
            mp_compile_load_name(c, target->name);
            mp_compile_expr(c, node->b);
            mp_emit_set_line(e, node->line);
            mp_emit_op1(e, MP_BC_BINARY_OP, op);
            mp_compile_store_name(c, target->name);
            break;
        case MP_AST_ATTRIBUTE:
            // obj, obj.name -> obj, result -> result, obj
            mp_compile_expr(c, target->a);
            mp_emit_op(e, MP_BC_DUP_TOP);
            mp_emit_name_op(e, MP_BC_LOAD_ATTR, mp_scope_mangle(c->scope, target->name));
            mp_compile_expr(c, node->b);
            mp_emit_set_line(e, node->line);
            mp_emit_op1(e, MP_BC_BINARY_OP, op);
            mp_emit_op(e, MP_BC_ROT_TWO);
            mp_emit_name_op(e, MP_BC_STORE_ATTR, mp_scope_mangle(c->scope, target->name));
            break;
        case MP_AST_SUBSCRIPT:
            // obj, index, obj[index] -> obj, index, result -> result, obj, index
            mp_compile_expr(c, target->a);
            mp_compile_expr(c, target->b);
            mp_emit_op(e, MP_BC_DUP_TOP_TWO);
            mp_emit_op(e, MP_BC_LOAD_SUBSCR);
            mp_compile_expr(c, node->b);
            mp_emit_set_line(e, node->line);
            mp_emit_op1(e, MP_BC_BINARY_OP, op);
            mp_emit_op(e, MP_BC_ROT_THREE);
            mp_emit_op(e, MP_BC_STORE_SUBSCR);
            break;
        default:
            mp_compile_error(c, target,
                MP_ERROR_TEXT("illegal expression for augmented assignment"));
    }
}

// annotated_rhs: NAME ':' expression ['=' annotated_rhs]
// The annotation is evaluated last, and only in module and class bodies,
// where a plain name's goes into __annotations__.
static void compile_ann_assign(mp_compiler_t *c, mp_ast_t *node) {
    mp_ast_t *target = node->a;
    if (node->c != NULL) {
        mp_compile_expr(c, node->c);
        mp_compile_store(c, target);
    } else if (target->kind == MP_AST_ATTRIBUTE) {
        mp_compile_expr(c, target->a);
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
    } else if (target->kind == MP_AST_SUBSCRIPT) {
        mp_compile_expr(c, target->a);
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
        mp_compile_expr(c, target->b);
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
    }
    mp_scope_t *s = c->scope;
    if (s->kind != MP_SCOPE_MODULE && s->kind != MP_SCOPE_CLASS) {
        return;
    }
    mp_compile_annotation_value(c, node->b);
    if (target->kind == MP_AST_NAME && node->num) {
        mp_emit_name_op(&c->emit, MP_BC_LOAD_NAME, MP_QSTR___annotations__);
        mp_emit_load_const(&c->emit, mp_compile_name_obj(mp_scope_mangle(s, target->name)));
        mp_emit_op(&c->emit, MP_BC_STORE_SUBSCR);
    } else {
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
    }
}


// ---------------------------------------------------------------------------
// The match statement
//
// The subject stays on the stack while the cases are tried. A pattern
// consumes the value on top of the stack; `depth` counts the values below it
// (above the case's base). On a mismatch the code jumps to a label that pops
// back to the failure target's depth: the mismatch of one alternative of an
// or-pattern goes on with the next one, that of a case with the next case.
//
// Captured values are not stored while the pattern is being tried: like
// CPython, a failed pattern (or a failed alternative of an or-pattern) must
// leave no partial bindings. A case whose pattern binds names keeps a list
// just above the subject; a capture appends its value to it, and only when
// the whole pattern matched is the list unpacked into the names (before the
// guard runs). An alternative of an or-pattern collects into a list of its
// own, copied into the enclosing one on success in the order the first
// alternative captures in (CPython stores in that order); the last one
// appends directly when its order is that already.

#define MATCH_MAX_DEPTH (64)

typedef struct _match_fail_t {
    mp_emit_label_t target; // reached with `base` values on the stack
    size_t base;
    size_t n_pops;
    mp_emit_label_t pops[MATCH_MAX_DEPTH]; // pops[i]: depth base + 1 + i
    bool used[MATCH_MAX_DEPTH];
} match_fail_t;

static void match_fail_init(mp_compiler_t *c, match_fail_t *f, size_t base) {
    f->target = mp_emit_new_label(&c->emit);
    f->base = base;
    f->n_pops = 0;
}

static void match_jump_fail(mp_compiler_t *c, const mp_ast_t *node, match_fail_t *f, mp_bc_opcode_t op, size_t depth) {
    if (depth == f->base) {
        mp_emit_jump(&c->emit, op, f->target);
        return;
    }
    size_t i = depth - f->base - 1;
    if (i >= MATCH_MAX_DEPTH) {
        mp_compile_error(c, node, MP_ERROR_TEXT("too many nested patterns"));
    }
    while (f->n_pops <= i) {
        f->used[f->n_pops++] = false;
    }
    if (!f->used[i]) {
        f->pops[i] = mp_emit_new_label(&c->emit);
        f->used[i] = true;
    }
    mp_emit_jump(&c->emit, op, f->pops[i]);
}

// Placed after an unconditional jump: the pops, then f->target.
static void match_fail_finish(mp_compiler_t *c, match_fail_t *f) {
    for (size_t i = f->n_pops; i-- > 0;) {
        if (f->used[i]) {
            mp_emit_label(&c->emit, f->pops[i]);
        }
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
    }
    mp_emit_label(&c->emit, f->target);
}

// Where the captures of the pattern being compiled go: the list at stack
// position list_pos (a position is the number of values below it), and the
// names captured so far, in the order their values are in the list.
typedef struct _match_caps_t {
    size_t list_pos;
    vstr_t names;
} match_caps_t;

// The value on top (at position depth) is captured as name, or dropped for
// a wildcard.
static void match_capture(mp_compiler_t *c, match_caps_t *caps, qstr name, size_t depth) {
    if (name == MP_QSTRnull) {
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
        return;
    }
    mp_emit_op1(&c->emit, MP_BC_LIST_APPEND, depth - caps->list_pos);
    vstr_add_strn(&caps->names, (const char *)&name, sizeof(name));
}

// Index of name in a vstr of qstrs (names known to be there).
static size_t qstr_vstr_index(const vstr_t *names, qstr name) {
    size_t i = 0;
    while (i + sizeof(qstr) <= names->len && memcmp(names->buf + i, &name, sizeof(qstr)) != 0) {
        i += sizeof(qstr);
    }
    return i / sizeof(qstr);
}

// The value of a literal key of a mapping pattern (a number, a string, a
// signed number or a complex literal), or MP_OBJ_NULL for a dotted name.
static mp_obj_t pattern_key_value(mp_compiler_t *c, mp_ast_t *k) {
    if (k->kind == MP_AST_CONSTANT) {
        return mp_compile_const_value(c, k);
    }
    if (k->kind == MP_AST_UNARY_OP && k->op == MP_AST_OP_USUB) {
        mp_obj_t v = pattern_key_value(c, k->a);
        return v == MP_OBJ_NULL ? v : mp_unary_op(MP_UNARY_OP_NEGATIVE, v);
    }
    if (k->kind == MP_AST_BIN_OP && (k->op == MP_AST_OP_ADD || k->op == MP_AST_OP_SUB)) {
        mp_obj_t l = pattern_key_value(c, k->a);
        mp_obj_t r = pattern_key_value(c, k->b);
        if (l == MP_OBJ_NULL || r == MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        return mp_binary_op(k->op == MP_AST_OP_ADD ? MP_BINARY_OP_ADD : MP_BINARY_OP_SUBTRACT, l, r);
    }
    return MP_OBJ_NULL;
}

// Equal literal keys in one mapping pattern (0, False, 0.0 and 0j are equal).
static void check_mapping_keys(mp_compiler_t *c, mp_ast_t *pat) {
    size_t n = pat->l2->len;
    mp_obj_t *vals = m_new(mp_obj_t, n);
    for (size_t i = 0; i < n; i++) {
        vals[i] = pattern_key_value(c, pat->l2->items[i]);
        for (size_t j = 0; j < i && vals[i] != MP_OBJ_NULL; j++) {
            if (vals[j] != MP_OBJ_NULL && mp_obj_equal(vals[i], vals[j])) {
                vstr_t vstr;
                vstr_init(&vstr, 64);
                mp_print_t print;
                mp_print_init_vstr(&print, &vstr);
                mp_print_str(&print, "mapping pattern checks duplicate key (");
                mp_obj_print_helper(&print, vals[i], PRINT_REPR);
                mp_print_str(&print, ")");
                mp_compile_error(c, pat, vstr_null_terminated_str(&vstr));
            }
        }
    }
    m_del(mp_obj_t, vals, n);
}

// The names of a and b (from check_pattern) as sets are equal.
static bool same_name_sets(const vstr_t *a, const vstr_t *b) {
    if (a->len != b->len) {
        return false;
    }
    for (size_t i = 0; i < a->len; i += sizeof(qstr)) {
        qstr q;
        memcpy(&q, a->buf + i, sizeof(q));
        if (qstr_vstr_index(b, q) == b->len / sizeof(qstr)) {
            return false;
        }
    }
    return true;
}

// A '_' or '*_', which binds nothing.
static bool pattern_is_wildcard(const mp_ast_t *pat) {
    return pat->name == MP_QSTRnull && (pat->kind == MP_AST_PAT_AS || pat->kind == MP_AST_PAT_STAR);
}

// Binds name in a pattern whose names so far are stores.
static void check_store(mp_compiler_t *c, vstr_t *stores, qstr name, const mp_ast_t *loc) {
    if (qstr_vstr_index(stores, name) < stores->len / sizeof(qstr)) {
        mp_compile_error_q(c, loc, MP_ERROR_TEXT("multiple assignments to name '%s' in pattern"), name);
    }
    vstr_add_strn(stores, (const char *)&name, sizeof(name));
}

// CPython's compile-time checks of pattern pat, in the order its compiler
// makes them, adding the names pat binds to stores in binding order (an
// or-pattern's as its first alternative does). CPython compiles an
// or-pattern's alternatives one by one, inner before outer, and a class
// pattern's sub-patterns but its wildcards (also a sequence's, with a '*_' or
// of wildcards only: not followed here); each error is at *loc, the pattern
// last entered, where CPython's location then is.
// allow_irr: a bare capture or '_' may stand here (it is not followed by other
// alternatives or cases). stores: the names bound so far.
static void check_pattern(mp_compiler_t *c, const mp_ast_t *pat, bool allow_irr, vstr_t *stores, const mp_ast_t **loc) {
    *loc = pat;
    mp_ast_list_t *lists[2] = { NULL, NULL };
    bool skip_wild = true;
    qstr name = MP_QSTRnull;
    switch (pat->kind) {
        case MP_AST_PAT_AS:
            if (pat->a != NULL) {
                check_pattern(c, pat->a, allow_irr, stores, loc);
            } else if (!allow_irr) {
                if (pat->name != MP_QSTRnull) {
                    mp_compile_error_q(c, pat,
                        MP_ERROR_TEXT("name capture '%s' makes remaining patterns unreachable"), pat->name);
                }
                mp_compile_error(c, pat, MP_ERROR_TEXT("wildcard makes remaining patterns unreachable"));
            }
            // fall through
        case MP_AST_PAT_STAR:
            name = pat->name;
            break;
        case MP_AST_PAT_SEQ:
            lists[0] = pat->l2;
            // (A sequence's wildcards are compiled unless it has a '*_' or
            // only wildcards.)
            skip_wild = false;
            break;
        case MP_AST_PAT_MAP:
            check_mapping_keys(c, (mp_ast_t *)pat);
            lists[0] = pat->l3;
            name = pat->name;
            skip_wild = false;
            break;
        case MP_AST_PAT_CLASS:
            for (size_t i = 0; i < pat->l4->len; i++) {
                for (size_t j = 0; j < i; j++) {
                    if (pat->l4->items[j]->name == pat->l4->items[i]->name) {
                        mp_compile_error_q(c, pat->l3->items[i],
                            MP_ERROR_TEXT("attribute name repeated in class pattern: %s"), pat->l4->items[i]->name);
                    }
                }
            }
            lists[0] = pat->l2;
            lists[1] = pat->l3;
            break;
        case MP_AST_PAT_OR: {
            // Each alternative binds its own names, those of the first.
            vstr_t first, other;
            vstr_init(&first, 16);
            vstr_init(&other, 16);
            size_t n = pat->l2->len;
            for (size_t i = 0; i < n; i++) {
                vstr_t *own = i == 0 ? &first : &other;
                vstr_reset(own);
                check_pattern(c, pat->l2->items[i], allow_irr && i + 1 == n, own, loc);
                if (i > 0 && !same_name_sets(&first, &other)) {
                    mp_compile_error(c, *loc, MP_ERROR_TEXT("alternative patterns bind different names"));
                }
            }
            for (size_t i = 0; i < first.len; i += sizeof(qstr)) {
                qstr q;
                memcpy(&q, first.buf + i, sizeof(q));
                check_store(c, stores, q, *loc);
            }
            vstr_clear(&first);
            vstr_clear(&other);
            return;
        }
        default:
            break;
    }
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; lists[k] != NULL && i < lists[k]->len; i++) {
            const mp_ast_t *sub = lists[k]->items[i];
            if (!(skip_wild && pattern_is_wildcard(sub))) {
                check_pattern(c, sub, true, stores, loc);
            }
        }
    }
    if (name != MP_QSTRnull) {
        check_store(c, stores, name, *loc);
    }
}

static void compile_pattern(mp_compiler_t *c, mp_ast_t *pat, match_fail_t *f, match_caps_t *caps, size_t depth);

// helper(subject, ...) left a tuple of n values or None on the stack.
static void match_unpack_result(mp_compiler_t *c, mp_ast_t *pat, match_fail_t *f, size_t depth, size_t n) {
    mp_emit_t *e = &c->emit;
    mp_emit_op(e, MP_BC_DUP_TOP);
    mp_emit_op(e, MP_BC_LOAD_NONE);
    mp_emit_op1(e, MP_BC_BINARY_OP, MP_BINARY_OP_IS);
    match_jump_fail(c, pat, f, MP_BC_POP_JUMP_IF_TRUE, depth + 1);
    mp_emit_op1(e, MP_BC_UNPACK_SEQUENCE, n);
}

static void compile_pattern(mp_compiler_t *c, mp_ast_t *pat, match_fail_t *f, match_caps_t *caps, size_t depth) {
    mp_emit_t *e = &c->emit;
    mp_emit_set_line(e, pat->line);
    switch (pat->kind) {
        case MP_AST_PAT_VALUE:
        case MP_AST_PAT_SINGLETON:
            mp_compile_expr(c, pat->a);
            mp_emit_op1(e, MP_BC_BINARY_OP, pat->kind == MP_AST_PAT_VALUE ? MP_BINARY_OP_EQUAL : MP_BINARY_OP_IS);
            match_jump_fail(c, pat, f, MP_BC_POP_JUMP_IF_FALSE, depth);
            break;
        case MP_AST_PAT_AS:
            if (pat->a != NULL) {
                mp_emit_op(e, MP_BC_DUP_TOP);
                compile_pattern(c, pat->a, f, caps, depth + 1);
            }
            match_capture(c, caps, pat->name, depth);
            break;
        case MP_AST_PAT_STAR:
            match_capture(c, caps, pat->name, depth);
            break;
        case MP_AST_PAT_OR: {
            mp_emit_label_t l_ok = mp_emit_new_label(e);
            size_t n = pat->l2->len;
            vstr_t order, last;
            vstr_init(&order, 16);
            vstr_init(&last, 16);
            // (the names the alternatives bind, in binding order; checked
            // already, so with no error)
            const mp_ast_t *unused;
            check_pattern(c, pat->l2->items[0], true, &order, &unused);
            check_pattern(c, pat->l2->items[n - 1], true, &last, &unused);
            size_t k = order.len / sizeof(qstr);
            bool last_direct = k == 0 || memcmp(order.buf, last.buf, order.len) == 0;
            vstr_clear(&last);
            for (size_t i = 0; i < n; i++) {
                if (i + 1 == n && last_direct) {
                    compile_pattern(c, pat->l2->items[i], f, caps, depth);
                    break;
                }
                match_fail_t *alt = f;
                if (i + 1 < n) {
                    alt = m_new_obj(match_fail_t);
                    match_fail_init(c, alt, depth + 1);
                }
                if (k == 0) {
                    mp_emit_op(e, MP_BC_DUP_TOP);
                    compile_pattern(c, pat->l2->items[i], alt, caps, depth + 1);
                    mp_emit_op(e, MP_BC_POP_TOP);
                } else {
                    // [v] -> [v, own list, v]; on success [v, own list].
                    match_caps_t own;
                    own.list_pos = depth + 1;
                    vstr_init(&own.names, 16);
                    mp_emit_op1(e, MP_BC_BUILD_LIST, 0);
                    mp_emit_op1(e, MP_BC_COPY, 2);
                    compile_pattern(c, pat->l2->items[i], alt, &own, depth + 2);
                    // Its k values go to the enclosing list in `order`;
                    // after the unpacking own.names[p] is at depth + k - p.
                    mp_emit_op1(e, MP_BC_UNPACK_SEQUENCE, k);
                    for (size_t j = 0; j < k; j++) {
                        qstr name;
                        memcpy(&name, order.buf + j * sizeof(qstr), sizeof(qstr));
                        size_t p = qstr_vstr_index(&own.names, name);
                        mp_emit_op1(e, MP_BC_COPY, p + 1);
                        mp_emit_op1(e, MP_BC_LIST_APPEND, depth + k + 1 - caps->list_pos);
                        if (i + 1 == n) {
                            vstr_add_strn(&caps->names, (const char *)&name, sizeof(name));
                        }
                    }
                    for (size_t j = 0; j <= k; j++) {
                        mp_emit_op(e, MP_BC_POP_TOP);
                    }
                    vstr_clear(&own.names);
                }
                if (i + 1 < n) {
                    mp_emit_jump(e, MP_BC_JUMP, l_ok);
                    match_fail_finish(c, alt);
                }
            }
            vstr_clear(&order);
            mp_emit_label(e, l_ok);
            break;
        }
        case MP_AST_PAT_SEQ: {
            size_t n = pat->l2->len;
            mp_int_t star = -1;
            for (size_t i = 0; i < n; i++) {
                if (pat->l2->items[i]->kind == MP_AST_PAT_STAR) {
                    star = i;
                }
            }
            mp_emit_load_const(e, MP_OBJ_FROM_PTR(&mp_match_seq_obj));
            mp_emit_op(e, MP_BC_ROT_TWO);
            // A wildcard star (*_) is passed as -1 - its index: its items are
            // then never collected (range(1 << 30) matches `x, *_` at once).
            bool star_wild = star >= 0 && pat->l2->items[star]->name == MP_QSTRnull;
            mp_emit_load_const(e, MP_OBJ_NEW_SMALL_INT(star < 0 ? (mp_int_t)n : star_wild ? -1 - star : star));
            mp_emit_load_const(e, MP_OBJ_NEW_SMALL_INT(star < 0 ? -1 : (mp_int_t)n - star - 1));
            mp_emit_op2(e, MP_BC_CALL_FUNCTION, 3, 0);
            match_unpack_result(c, pat, f, depth, n);
            for (size_t i = 0; i < n; i++) {
                compile_pattern(c, pat->l2->items[i], f, caps, depth + n - 1 - i);
            }
            break;
        }
        case MP_AST_PAT_MAP: {
            size_t n = pat->l2->len;
            bool rest = pat->name != MP_QSTRnull;
            mp_emit_load_const(e, MP_OBJ_FROM_PTR(&mp_match_map_obj));
            mp_emit_op(e, MP_BC_ROT_TWO);
            for (size_t i = 0; i < n; i++) {
                mp_compile_expr(c, pat->l2->items[i]);
            }
            mp_emit_op1(e, MP_BC_BUILD_TUPLE, n);
            mp_emit_load_const(e, mp_obj_new_bool(rest));
            mp_emit_op2(e, MP_BC_CALL_FUNCTION, 3, 0);
            match_unpack_result(c, pat, f, depth, n + rest);
            for (size_t i = 0; i < n; i++) {
                compile_pattern(c, pat->l3->items[i], f, caps, depth + n + rest - 1 - i);
            }
            if (rest) {
                match_capture(c, caps, pat->name, depth);
            }
            break;
        }
        case MP_AST_PAT_CLASS: {
            size_t n_pos = pat->l2->len;
            size_t n_kw = pat->l3->len;
            mp_emit_load_const(e, MP_OBJ_FROM_PTR(&mp_match_class_obj));
            mp_emit_op(e, MP_BC_ROT_TWO);
            mp_compile_expr(c, pat->a);
            mp_emit_load_const(e, MP_OBJ_NEW_SMALL_INT(n_pos));
            mp_obj_tuple_t *names = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_kw, NULL));
            for (size_t i = 0; i < n_kw; i++) {
                names->items[i] = MP_OBJ_NEW_QSTR(pat->l4->items[i]->name);
            }
            mp_emit_load_const(e, MP_OBJ_FROM_PTR(names));
            mp_emit_op2(e, MP_BC_CALL_FUNCTION, 4, 0);
            match_unpack_result(c, pat, f, depth, n_pos + n_kw);
            for (size_t i = 0; i < n_pos + n_kw; i++) {
                mp_ast_t *sub = i < n_pos ? pat->l2->items[i] : pat->l3->items[i - n_pos];
                compile_pattern(c, sub, f, caps, depth + n_pos + n_kw - 1 - i);
            }
            break;
        }
        default:
            mp_compile_error(c, pat, MP_ERROR_TEXT("invalid syntax"));
    }
}

static void compile_match(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_compile_expr(c, node->a);
    mp_emit_label_t l_end = mp_emit_new_label(e);
    size_t n = node->l1->len;
    for (size_t i = 0; i < n; i++) {
        mp_ast_t *kase = node->l1->items[i];
        vstr_t seen;
        vstr_init(&seen, 16);
        const mp_ast_t *loc;
        check_pattern(c, kase->a, kase->b != NULL || i + 1 == n, &seen, &loc);
        bool captures = seen.len > 0;
        vstr_clear(&seen);
        match_fail_t *f = m_new_obj(match_fail_t);
        match_fail_init(c, f, 1);
        mp_emit_set_line(e, kase->line);
        match_caps_t caps;
        caps.list_pos = 1;
        vstr_init(&caps.names, 16);
        if (captures) {
            // [subject] -> [subject, captures list, subject]
            mp_emit_op1(e, MP_BC_BUILD_LIST, 0);
            mp_emit_op1(e, MP_BC_COPY, 2);
            compile_pattern(c, kase->a, f, &caps, 2);
            size_t k = caps.names.len / sizeof(qstr);
            mp_emit_op1(e, MP_BC_UNPACK_SEQUENCE, k);
            for (size_t j = 0; j < k; j++) {
                qstr name;
                memcpy(&name, caps.names.buf + j * sizeof(qstr), sizeof(qstr));
                mp_compile_store_name(c, name);
            }
        } else {
            mp_emit_op(e, MP_BC_DUP_TOP);
            compile_pattern(c, kase->a, f, &caps, 1);
        }
        vstr_clear(&caps.names);
        if (kase->b != NULL) {
            mp_compile_expr(c, kase->b);
            match_jump_fail(c, kase->b, f, MP_BC_POP_JUMP_IF_FALSE, 1);
        }
        mp_emit_op(e, MP_BC_POP_TOP);
        mp_compile_stmts(c, kase->l1);
        mp_emit_jump(e, MP_BC_JUMP, l_end);
        match_fail_finish(c, f);
    }
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_label(e, l_end);
}

// ---------------------------------------------------------------------------
// Control flow

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
static void compile_if(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_emit_label_t l_else = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);
    mp_compile_condition(c, node->a, false, l_else);
    mp_compile_stmts(c, node->l1);
    // `if True:` (and `if __debug__:`) never reaches the else branch.
    // The dead else branch is still compiled (as unreachable code) so that
    // its compile-time errors, e.g. a stray 'break', are reported.
    bool has_else = node->l2 != NULL && node->l2->len > 0;
    bool else_live = has_else && mp_emit_label_is_reached(&c->emit, l_else);
    if (else_live) {
        mp_emit_jump(e, MP_BC_JUMP, l_end);
    }
    mp_emit_label(e, l_else);
    if (else_live) {
        mp_compile_stmts(c, node->l2);
    } else if (has_else) {
        // The emitter drops whatever it is given while unreachable.
        bool was_reachable = e->reachable;
        e->reachable = false;
        mp_compile_stmts(c, node->l2);
        e->reachable = was_reachable;
    }
    mp_emit_label(e, l_end);
}

// while_stmt: 'while' named_expression ':' block [else_block]
// The test sits at the bottom so that each iteration takes one jump.
static void compile_while(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_emit_label_t l_body = mp_emit_new_label(e);
    mp_emit_label_t l_test = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);
    mp_obj_t test_const = mp_compile_const_value(c, node->a);
    bool forever = test_const != MP_OBJ_NULL && mp_obj_is_true(test_const);
    if (test_const != MP_OBJ_NULL && !forever) {
        // while False: the body never runs, but it is compiled as dead code
        // (inside its loop block) so that its errors are still reported.
        mp_emit_label_t l_dead_end = mp_emit_new_label(e);
        bool was_reachable = e->reachable;
        e->reachable = false;
        mp_compile_fblock_push(c, node, MP_FBLOCK_WHILE);
        fblock_top(c)->label_break = l_dead_end;
        fblock_top(c)->label_continue = l_dead_end;
        mp_compile_stmts(c, node->l1);
        mp_compile_fblock_pop(c);
        e->reachable = was_reachable;
        mp_compile_stmts(c, node->l2);
        mp_emit_label(e, l_dead_end);
        return;
    }
    if (forever) {
        mp_emit_label(e, l_body);
    } else {
        // The body is reached only by the backward jump emitted later.
        bool reachable = mp_emit_is_reachable(e);
        mp_emit_jump(e, MP_BC_JUMP, l_test);
        if (reachable) {
            mp_emit_label_force(e, l_body);
        } else {
            mp_emit_label(e, l_body);
        }
    }
    mp_compile_fblock_push(c, node, MP_FBLOCK_WHILE);
    fblock_top(c)->label_break = l_end;
    fblock_top(c)->label_continue = forever ? l_body : l_test;
    mp_compile_stmts(c, node->l1);
    mp_compile_fblock_pop(c);
    mp_emit_label(e, l_test);
    mp_emit_set_line(e, node->line);
    if (forever) {
        mp_emit_jump(e, MP_BC_JUMP, l_body);
    } else {
        mp_compile_condition(c, node->a, true, l_body);
    }
    mp_compile_stmts(c, node->l2);
    mp_emit_label(e, l_end);
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
static void compile_for(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    bool is_async = (node->flags & MP_AST_FLAG_ASYNC) != 0;
    mp_emit_label_t l_top = mp_emit_new_label(e);
    mp_emit_label_t l_else = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);
    mp_compile_get_iter(c, node->b, node->line, is_async);
    // A generator the loop made is closed when an exception leaves the loop
    // (CPython drops its last reference then): a handler around the loop.
    bool closes = mp_compile_iter_is_temporary(node->b);
    bool guard = closes && !is_async;
    mp_emit_label_t l_exc = mp_emit_new_label(e);
    if (guard) {
        mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_exc);
    }
    mp_emit_label(e, l_top);
    if (is_async) {
        // StopAsyncIteration from __anext__ ends the loop (END_ASYNC_FOR).
        mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_else);
        mp_emit_op(e, MP_BC_GET_ANEXT);
        mp_compile_await_tos(c);
        mp_emit_op(e, MP_BC_POP_BLOCK);
    } else {
        mp_emit_jump(e, MP_BC_FOR_ITER, l_else);
    }
    mp_compile_store(c, node->a);
    mp_compile_fblock_push(c, node, is_async ? MP_FBLOCK_ASYNC_FOR : MP_FBLOCK_FOR);
    if (closes) {
        fblock_top(c)->name = FOR_CLOSES_ITER;
    }
    fblock_top(c)->label_break = l_end;
    fblock_top(c)->label_continue = l_top;
    mp_compile_stmts(c, node->l1);
    mp_compile_fblock_pop(c);
    mp_emit_set_line(e, node->line);
    mp_emit_jump(e, MP_BC_JUMP, l_top);
    mp_emit_label(e, l_else);
    if (is_async) {
        mp_emit_op(e, MP_BC_END_ASYNC_FOR);
    }
    if (guard) {
        mp_emit_op(e, MP_BC_POP_BLOCK);
    }
    mp_compile_stmts(c, node->l2);
    if (guard) {
        // (iter, prev, exc): close iter, then re-raise exc.
        mp_emit_label_t l_after = mp_emit_new_label(e);
        mp_emit_jump(e, MP_BC_JUMP, l_after);
        mp_emit_label(e, l_exc);
        mp_emit_op1(e, MP_BC_COPY, 3);
        mp_emit_load_const(e, MP_OBJ_FROM_PTR(&mp_gen_close_temp_obj));
        mp_emit_op(e, MP_BC_ROT_TWO);
        mp_emit_op2(e, MP_BC_CALL_FUNCTION, 1, 0);
        mp_emit_op(e, MP_BC_POP_TOP);
        mp_emit_op(e, MP_BC_ROT_TWO);
        mp_emit_op(e, MP_BC_POP_EXCEPT);
        mp_emit_op(e, MP_BC_RERAISE);
        mp_emit_label(e, l_after);
    }
    mp_emit_label(e, l_end);
}

// try_stmt with except clauses (and else):
//     SETUP_FINALLY L_handler; body; POP_BLOCK; else-body; JUMP L_end
//   L_handler: (prev, exc)  SETUP_FINALLY L_cleanup
//     for each clause: [type; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next] body ...
//     no match: POP_BLOCK; ROT_TWO; POP_EXCEPT; RERAISE
//   L_cleanup: ...
static void compile_try_except(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_emit_label_t l_handler = mp_emit_new_label(e);
    mp_emit_label_t l_cleanup = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);

    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_handler);
    mp_compile_fblock_push(c, node, MP_FBLOCK_TRY_EXCEPT);
    mp_compile_stmts(c, node->l1);
    mp_compile_fblock_pop(c);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_compile_stmts(c, node->l3);
    mp_emit_jump(e, MP_BC_JUMP, l_end);

    mp_ast_list_t *handlers = node->l2;
    mp_emit_label(e, l_handler);
    mp_emit_set_line(e, handlers->items[0]->line);
    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_cleanup);
    for (size_t i = 0; i < handlers->len; i++) {
        mp_ast_t *h = handlers->items[i];
        mp_emit_set_line(e, h->line);
        if (h->a == NULL && i + 1 < handlers->len) {
            mp_compile_error(c, h, MP_ERROR_TEXT("default 'except:' must be last"));
        }
        mp_emit_label_t l_next = mp_emit_new_label(e);
        if (h->a != NULL) {
            mp_compile_expr(c, h->a);
            mp_emit_op(e, MP_BC_CHECK_EXC_MATCH);
            mp_emit_jump(e, MP_BC_POP_JUMP_IF_FALSE, l_next);
        }
        if (h->name != MP_QSTRnull) {
            // The exception stays on the stack under the body, so that the
            // stack never drops below the cleanup block's depth.
            mp_emit_label_t l_name_cleanup = mp_emit_new_label(e);
            mp_emit_op(e, MP_BC_DUP_TOP);
            mp_compile_store_name(c, h->name);
            mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_name_cleanup);
            mp_compile_fblock_push(c, h, MP_FBLOCK_HANDLER);
            fblock_top(c)->name = h->name;
            mp_compile_stmts(c, h->l1);
            mp_compile_fblock_pop(c);
            mp_emit_op(e, MP_BC_POP_BLOCK);
            mp_emit_op(e, MP_BC_POP_BLOCK);
            compile_pop_handled(c, false);
            compile_clear_name(c, h->name);
            mp_emit_jump(e, MP_BC_JUMP, l_end);
            // An exception in the body: delete the name, then the cleanup block.
            mp_emit_label(e, l_name_cleanup);
            compile_clear_name(c, h->name);
            emit_pass_on(e);
        } else {
            mp_compile_fblock_push(c, h, MP_FBLOCK_HANDLER);
            mp_compile_stmts(c, h->l1);
            mp_compile_fblock_pop(c);
            mp_emit_op(e, MP_BC_POP_BLOCK);
            compile_pop_handled(c, false);
            mp_emit_jump(e, MP_BC_JUMP, l_end);
        }
        mp_emit_label(e, l_next);
    }
    // No clause matched: reinstate the previous exception and re-raise
    // (CPython's frame then stops at the last clause's line).
    mp_emit_set_line(e, handlers->items[handlers->len - 1]->line);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_emit_op(e, MP_BC_ROT_TWO);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
    mp_emit_op(e, MP_BC_RERAISE);
    compile_cleanup_handler(c, l_cleanup);
    mp_emit_label(e, l_end);
}

// try_stmt with a finally clause:
//     SETUP_FINALLY L_final; body (maybe try/except); POP_BLOCK; finalbody; JUMP L_end
//   L_final: (prev, exc)  SETUP_FINALLY L_cleanup; finalbody; POP_BLOCK
//     ROT_TWO; POP_EXCEPT; RERAISE
static void compile_try_finally(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    mp_emit_label_t l_final = mp_emit_new_label(e);
    mp_emit_label_t l_cleanup = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);

    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_final);
    mp_compile_fblock_push(c, node, MP_FBLOCK_FINALLY_TRY);
    fblock_top(c)->finalbody = node->l4;
    if (node->l2 != NULL && node->l2->len > 0) {
        compile_try_except(c, node);
    } else {
        mp_compile_stmts(c, node->l1);
    }
    mp_compile_fblock_pop(c);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_compile_stmts(c, node->l4);
    mp_emit_jump(e, MP_BC_JUMP, l_end);

    mp_emit_label(e, l_final);
    if (node->l4->len > 0) {
        mp_emit_set_line(e, node->l4->items[0]->line);
    }
    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_cleanup);
    mp_compile_fblock_push(c, node, MP_FBLOCK_FINALLY_END);
    mp_compile_stmts(c, node->l4);
    mp_compile_fblock_pop(c);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_emit_op(e, MP_BC_ROT_TWO);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
    mp_emit_op(e, MP_BC_RERAISE);
    compile_cleanup_handler(c, l_cleanup);
    mp_emit_label(e, l_end);
}

// with_stmt: ['async'] 'with' ','.with_item+ ':' block   (several items nest)
//     ctx; BEFORE_WITH (exit, res); SETUP_FINALLY L_exc; [DUP_TOP; store target]
//     body; POP_BLOCK; POP_TOP; exit(None, None, None); JUMP L_end
//   L_exc: (exit, res, prev, exc) -> (exit, prev, exc)
//     SETUP_FINALLY L_cleanup; WITH_EXCEPT_START; POP_JUMP_IF_TRUE L_suppress
//     POP_BLOCK; ROT_TWO; POP_EXCEPT; RERAISE
//   L_suppress: POP_BLOCK; POP_TOP; POP_EXCEPT; POP_TOP; JUMP L_end
// The __enter__ result stays on the stack during the body so that storing it
// to the target happens inside the protected region (as in CPython) while the
// stack never drops below the block's depth.
static void compile_with_item(mp_compiler_t *c, mp_ast_t *node, size_t index) {
    mp_emit_t *e = &c->emit;
    bool is_async = (node->flags & MP_AST_FLAG_ASYNC) != 0;
    mp_ast_t *item = node->l2->items[index];
    mp_emit_label_t l_exc = mp_emit_new_label(e);
    mp_emit_label_t l_cleanup = mp_emit_new_label(e);
    mp_emit_label_t l_suppress = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);

    mp_compile_expr(c, item->a);
    mp_emit_set_line(e, node->line);
    if (is_async) {
        mp_emit_op(e, MP_BC_BEFORE_ASYNC_WITH);
        mp_compile_await_tos(c);
    } else {
        mp_emit_op(e, MP_BC_BEFORE_WITH);
    }
    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_exc);
    if (item->b != NULL) {
        mp_emit_op(e, MP_BC_DUP_TOP);
        mp_compile_store(c, item->b);
    }
    mp_compile_fblock_push(c, node, is_async ? MP_FBLOCK_ASYNC_WITH : MP_FBLOCK_WITH);
    if (index + 1 < node->l2->len) {
        compile_with_item(c, node, index + 1);
    } else {
        mp_compile_stmts(c, node->l1);
    }
    mp_compile_fblock_pop(c);
    mp_emit_set_line(e, node->line);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_emit_op(e, MP_BC_POP_TOP);
    compile_call_exit(c, is_async);
    mp_emit_jump(e, MP_BC_JUMP, l_end);

    mp_emit_label(e, l_exc);
    mp_emit_op(e, MP_BC_ROT_THREE);
    mp_emit_op(e, MP_BC_ROT_THREE);
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_cleanup);
    mp_emit_op(e, MP_BC_WITH_EXCEPT_START);
    if (is_async) {
        mp_compile_await_tos(c);
    }
    mp_emit_jump(e, MP_BC_POP_JUMP_IF_TRUE, l_suppress);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_emit_op(e, MP_BC_ROT_TWO);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
    emit_pass_on(e);
    mp_emit_label(e, l_suppress);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_jump(e, MP_BC_JUMP, l_end);
    compile_cleanup_handler(c, l_cleanup);
    mp_emit_label(e, l_end);
}

// raise_stmt: 'raise' [expression ['from' expression]]
static void compile_raise(mp_compiler_t *c, mp_ast_t *node) {
    mp_uint_t n = 0;
    if (node->a != NULL) {
        mp_compile_expr(c, node->a);
        n++;
        if (node->b != NULL) {
            mp_compile_expr(c, node->b);
            n++;
        }
    }
    mp_emit_set_line(&c->emit, node->line);
    mp_emit_op1(&c->emit, MP_BC_RAISE_VARARGS, n);
}

// assert_stmt: 'assert' expression [',' expression]
static void compile_assert(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    if (node->a->kind == MP_AST_TUPLE && node->a->l2->len > 0) {
        mp_compile_warning(c, node,
            MP_ERROR_TEXT("assertion is always true, perhaps remove parentheses?"));
    }
    if (MP_STATE_CTX(opt_level) > 0) {
        return; // -O / micropython.opt_level(n > 0) strip asserts
    }
    mp_emit_label_t l_ok = mp_emit_new_label(e);
    mp_compile_condition(c, node->a, true, l_ok);
    mp_emit_set_line(e, node->line);
    mp_emit_op(e, MP_BC_LOAD_ASSERTION_ERROR);
    if (node->b != NULL) {
        mp_compile_expr(c, node->b);
        mp_emit_set_line(e, node->line);
        mp_emit_op2(e, MP_BC_CALL_FUNCTION, 1, 0);
    }
    mp_emit_op1(e, MP_BC_RAISE_VARARGS, 1);
    mp_emit_label(e, l_ok);
}

// ---------------------------------------------------------------------------
// Imports

// Loads level and fromlist, then IMPORT_NAME module.
static void compile_import_name(mp_compiler_t *c, qstr module, mp_int_t level, mp_obj_t fromlist) {
    mp_emit_load_const(&c->emit, MP_OBJ_NEW_SMALL_INT(level));
    mp_emit_load_const(&c->emit, fromlist);
    mp_emit_name_op(&c->emit, MP_BC_IMPORT_NAME, module == MP_QSTRnull ? MP_QSTR_ : module);
}

// import_name: 'import' dotted_as_names
// `import a.b.c` binds a (the top package __import__ returns); `import a.b.c
// as d` binds the submodule, reached with IMPORT_FROM b, IMPORT_FROM c.
static void compile_import(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    for (size_t i = 0; i < node->l2->len; i++) {
        mp_ast_t *alias = node->l2->items[i];
        compile_import_name(c, alias->name, 0, mp_const_none);
        size_t len;
        const char *data = (const char *)qstr_data(alias->name, &len);
        const char *dot = memchr(data, '.', len);
        if (alias->name2 == MP_QSTRnull) {
            mp_compile_store_name(c, dot == NULL ? alias->name : qstr_from_strn(data, dot - data));
            continue;
        }
        const char *end = data + len;
        while (dot != NULL) {
            const char *start = dot + 1;
            dot = memchr(start, '.', end - start);
            const char *stop = dot == NULL ? end : dot;
            mp_emit_name_op(e, MP_BC_IMPORT_FROM, qstr_from_strn(start, stop - start));
            mp_emit_op(e, MP_BC_ROT_TWO);
            mp_emit_op(e, MP_BC_POP_TOP);
        }
        mp_compile_store_name(c, alias->name2);
    }
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
static void compile_import_from(mp_compiler_t *c, mp_ast_t *node) {
    mp_emit_t *e = &c->emit;
    if (node->name == MP_QSTR___future__ && node->num == 0) {
        // Checked by the scope pass; nothing to run.
        return;
    }
    mp_ast_list_t *names = node->l2;
    bool star = names->len == 1 && names->items[0]->name == MP_QSTR__star_;
    mp_obj_t fromlist = mp_obj_new_tuple(names->len, NULL);
    for (size_t i = 0; i < names->len; i++) {
        ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(fromlist))->items[i] = mp_compile_name_obj(names->items[i]->name);
    }
    compile_import_name(c, node->name, node->num, fromlist);
    if (star) {
        mp_emit_op(e, MP_BC_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < names->len; i++) {
        mp_ast_t *alias = names->items[i];
        mp_emit_name_op(e, MP_BC_IMPORT_FROM, alias->name);
        mp_compile_store_name(c, alias->name2 != MP_QSTRnull ? alias->name2 : alias->name);
    }
    mp_emit_op(e, MP_BC_POP_TOP);
}

// ---------------------------------------------------------------------------
// Statements

// expression statement; in the REPL a module-level one prints its value.
static void compile_expr_stmt(mp_compiler_t *c, mp_ast_t *node) {
    mp_ast_t *value = node->a;
    if (c->is_repl && c->scope->kind == MP_SCOPE_MODULE) {
        mp_compile_expr(c, value);
        mp_emit_set_line(&c->emit, node->line);
        mp_emit_op(&c->emit, MP_BC_PRINT_EXPR);
        return;
    }
    if (value->kind == MP_AST_CONSTANT) {
        // Docstrings and other bare constants do nothing.
        return;
    }
    mp_compile_expr(c, value);
    mp_emit_set_line(&c->emit, node->line);
    mp_emit_op(&c->emit, MP_BC_POP_TOP);
}

void mp_compile_stmt(mp_compiler_t *c, mp_ast_t *node) {
    mp_stack_check();
    mp_emit_set_line(&c->emit, node->line);
    switch (node->kind) {
        case MP_AST_FUNCTION_DEF:
            mp_compile_function_def(c, node);
            break;
        case MP_AST_CLASS_DEF:
            mp_compile_class_def(c, node);
            break;
        case MP_AST_RETURN:
            compile_return(c, node);
            break;
        case MP_AST_DELETE:
            for (size_t i = 0; i < node->l1->len; i++) {
                mp_compile_delete(c, node->l1->items[i]);
            }
            break;
        case MP_AST_ASSIGN:
            compile_assign(c, node);
            break;
        case MP_AST_AUG_ASSIGN:
            compile_aug_assign(c, node);
            break;
        case MP_AST_ANN_ASSIGN:
            compile_ann_assign(c, node);
            break;
        case MP_AST_FOR:
            compile_for(c, node);
            break;
        case MP_AST_WHILE:
            compile_while(c, node);
            break;
        case MP_AST_IF:
            compile_if(c, node);
            break;
        case MP_AST_WITH:
            compile_with_item(c, node, 0);
            break;
        case MP_AST_RAISE:
            compile_raise(c, node);
            break;
        case MP_AST_TRY:
            if (node->l4 != NULL && node->l4->len > 0) {
                compile_try_finally(c, node);
            } else if (node->l2 == NULL || node->l2->len == 0) {
                mp_compile_stmts(c, node->l1);
            } else {
                compile_try_except(c, node);
            }
            break;
        case MP_AST_ASSERT:
            compile_assert(c, node);
            break;
        case MP_AST_IMPORT:
            compile_import(c, node);
            break;
        case MP_AST_IMPORT_FROM:
            compile_import_from(c, node);
            break;
        case MP_AST_EXPR:
            compile_expr_stmt(c, node);
            break;
        case MP_AST_BREAK:
            compile_break_continue(c, node, true);
            break;
        case MP_AST_CONTINUE:
            compile_break_continue(c, node, false);
            break;
        case MP_AST_GLOBAL:
        case MP_AST_NONLOCAL:
        case MP_AST_PASS:
            break;
        case MP_AST_MATCH:
            compile_match(c, node);
            break;
        default:
            mp_compile_error(c, node, MP_ERROR_TEXT("invalid syntax"));
    }
}

void mp_compile_stmts(mp_compiler_t *c, mp_ast_list_t *list) {
    if (list != NULL) {
        for (size_t i = 0; i < list->len; i++) {
            mp_compile_stmt(c, list->items[i]);
        }
    }
}
