// Internal interface of the code generator, shared by py/compile.c (scopes,
// names, functions, classes), py/compile_stmt.c and py/compile_expr.c. The
// public entry points are in py/bc.h.
#ifndef MICROPY_INCLUDED_PY_COMPILE_H
#define MICROPY_INCLUDED_PY_COMPILE_H

#include "py/mpconfig.h"
#include "py/ast.h"
#include "py/bc.h"
#include "py/scope.h"
#include "py/emitbc.h"

// Python's limit on nested loops/try/with in one function (CPython's too).
#define MP_COMPILE_MAX_FBLOCKS (20)

// A frame block: a statement the code is currently inside that needs code
// to run when `break`, `continue` or `return` leaves it. The stack layout
// each leaves behind (items above the enclosing level):
//   WHILE        -
//   FOR          iterator
//   ASYNC_FOR    async iterator
//   TRY_EXCEPT   -                  (a SETUP_FINALLY block)
//   FINALLY_TRY  -                  (a SETUP_FINALLY block; leaving runs the finally body)
//   FINALLY_END  prev_exc, exc      (finally body on the exception path, cleanup block)
//   HANDLER      prev_exc, exc      (except body; cleanup block, + a block if `as name`)
//   WITH         exit, enter_result (a SETUP_FINALLY block)
//   POP_VALUE    a return value kept while a finally body runs inline
typedef enum {
    MP_FBLOCK_WHILE,
    MP_FBLOCK_FOR,
    MP_FBLOCK_ASYNC_FOR,
    MP_FBLOCK_TRY_EXCEPT,
    MP_FBLOCK_FINALLY_TRY,
    MP_FBLOCK_FINALLY_END,
    MP_FBLOCK_HANDLER,
    MP_FBLOCK_WITH,
    MP_FBLOCK_ASYNC_WITH,
    MP_FBLOCK_POP_VALUE,
} mp_fblock_kind_t;

typedef struct _mp_fblock_t {
    uint8_t kind;
    mp_emit_label_t label_break;    // loops
    mp_emit_label_t label_continue; // loops
    mp_ast_list_t *finalbody;       // FINALLY_TRY
    qstr name;                      // HANDLER: the `as` name or MP_QSTRnull
} mp_fblock_t;

typedef struct _mp_compiler_t {
    qstr source_file;
    bool is_repl;
    mp_scope_t *scope;
    mp_emit_t emit;
    size_t n_fblocks;
    mp_fblock_t fblocks[MP_COMPILE_MAX_FBLOCKS];
} mp_compiler_t;

// Errors (SyntaxError at node's position). fmt has one %s for name.
MP_NORETURN void mp_compile_error(mp_compiler_t *c, const mp_ast_t *node, const char *msg);
MP_NORETURN void mp_compile_error_q(mp_compiler_t *c, const mp_ast_t *node, const char *fmt, qstr name);
// A SyntaxWarning at node's line, through the warnings module; a filter
// that makes it an error turns it into a SyntaxError, as in CPython.
void mp_compile_warning(mp_compiler_t *c, const mp_ast_t *node, const char *msg);

// py/compile.c
void mp_compile_load_name(mp_compiler_t *c, qstr name);
void mp_compile_store_name(mp_compiler_t *c, qstr name);
void mp_compile_delete_name(mp_compiler_t *c, qstr name);
void mp_compile_function_def(mp_compiler_t *c, mp_ast_t *node);
void mp_compile_class_def(mp_compiler_t *c, mp_ast_t *node);
void mp_compile_lambda(mp_compiler_t *c, mp_ast_t *node);
void mp_compile_comprehension(mp_compiler_t *c, mp_ast_t *node);
// The line an attribute access is reported at: its name's, as CPython 3.11
// does, so that a failing step of a chain split over lines names its line.
static inline size_t mp_compile_attr_line(const mp_ast_t *attr) {
    return attr->num != 0 ? (size_t)attr->num : attr->line;
}
// If node is a zero-argument super() call that can be given its implicit
// arguments, emits super(__class__, first_arg) and returns true.
bool mp_compile_try_super_call(mp_compiler_t *c, mp_ast_t *node, qstr method);
// Same for locals()/vars() and one-argument eval()/exec() inside a function.
bool mp_compile_try_locals_call(mp_compiler_t *c, mp_ast_t *node);
// Evaluates an annotation, or under `from __future__ import annotations`
// pushes its source text instead.
void mp_compile_annotation_value(mp_compiler_t *c, mp_ast_t *e);
// The qstr object for a name (keyword argument keys, import lists, ...).
static inline mp_obj_t mp_compile_name_obj(qstr name) {
    return MP_OBJ_NEW_QSTR(name);
}

// py/compile_expr.c
void mp_compile_expr(mp_compiler_t *c, mp_ast_t *node);
// Evaluates node and jumps to label if its truth equals jump_if.
void mp_compile_condition(mp_compiler_t *c, mp_ast_t *node, bool jump_if, mp_emit_label_t label);
// Stores TOS into an assignment target; deletes a del target.
void mp_compile_store(mp_compiler_t *c, mp_ast_t *target);
void mp_compile_delete(mp_compiler_t *c, mp_ast_t *target);
// The value of a CONSTANT node.
mp_obj_t mp_compile_constant(mp_ast_t *node);
// The value of a constant expression (after folding), or MP_OBJ_NULL.
mp_obj_t mp_compile_const_value(mp_compiler_t *c, mp_ast_t *node);
// The argument of `name = const(arg)`: folded as above, else computed now if
// it is a binary operation on constants of any kind (big ints, floats);
// MP_OBJ_NULL if it is not constant or the operation raises.
mp_obj_t mp_compile_const_arg(mp_compiler_t *c, mp_ast_t *node);
// The value bound to name by an earlier `name = const(value)` of this module,
// or MP_OBJ_NULL.
mp_obj_t mp_compile_const_lookup(mp_compiler_t *c, qstr name);
// Emits the arguments and the call instruction. The callee (or method and
// self for CALL_METHOD) and n_extra leading positional values are already on
// the stack; the call instruction gets source line `line`. node: the call or
// class statement, where a bad keyword is reported.
void mp_compile_call_args(mp_compiler_t *c, const mp_ast_t *node, mp_ast_list_t *args, mp_ast_list_t *kws, size_t n_extra, bool is_method, size_t line);
bool mp_compile_call_needs_ex(mp_ast_list_t *args, mp_ast_list_t *kws);
// await: TOS awaitable -> result.
void mp_compile_await_tos(mp_compiler_t *c);

// py/compile_stmt.c
void mp_compile_stmt(mp_compiler_t *c, mp_ast_t *node);
void mp_compile_stmts(mp_compiler_t *c, mp_ast_list_t *list);
void mp_compile_fblock_push(mp_compiler_t *c, const mp_ast_t *node, mp_fblock_kind_t kind);
void mp_compile_fblock_pop(mp_compiler_t *c);
// True if iter is a generator the loop itself creates (`for x in gen():` or a
// generator expression), which the loop closes when left early.
bool mp_compile_iter_is_temporary(const mp_ast_t *iter);
// Evaluates iter and makes its iterator at `line`: GET_AITER, or
// GET_ITER_STACK (the 5 stack slots FOR_ITER works on), where
// `range(a[, b[, c]])` makes no range object.
void mp_compile_get_iter(mp_compiler_t *c, mp_ast_t *iter, size_t line, bool is_async);

#endif // MICROPY_INCLUDED_PY_COMPILE_H
