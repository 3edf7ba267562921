// The compiler's entry points and everything about scopes in the generated
// code: name access instructions, code objects for modules, functions,
// lambdas, class bodies and comprehensions, closures, defaults, decorators
// and zero-argument super().
#include "py/mpconfig.h"

#include <string.h>

#include "py/compile.h"
#include "py/lexer.h"
#include "py/objcomplex.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "py/vm.h"

MP_NORETURN void mp_compile_error(mp_compiler_t *c, const mp_ast_t *node, const char *msg) {
    mp_ast_raise_syntax_error_node(c->source_file, node, msg);
}

MP_NORETURN void mp_compile_error_q(mp_compiler_t *c, const mp_ast_t *node, const char *fmt, qstr name) {
    mp_compile_error(c, node, mp_lexer_msg(fmt, qstr_str(name)));
}

void mp_compile_warning(mp_compiler_t *c, const mp_ast_t *node, const char *message) {
    char buf[MP_ERRTEXT_BUF_SIZE];
    // (Set once, before the nlr_push: nothing a longjmp could clobber.)
    const char *const msg = mp_errtext_expand(message, buf);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t warnings = mp_import_name(MP_QSTR_warnings, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t args[4] = {
            mp_obj_new_str(msg, strlen(msg)),
            MP_OBJ_FROM_PTR(&mp_type_SyntaxWarning),
            MP_OBJ_NEW_QSTR(c->source_file),
            MP_OBJ_NEW_SMALL_INT(node->line),
        };
        mp_call_function_n_kw(mp_load_attr(warnings, MP_QSTR_warn_explicit), 4, 0, args);
        nlr_pop();
        return;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_instance_of(exc, &mp_type_SyntaxWarning)) {
        mp_compile_error(c, node, msg);
    }
    nlr_jump(nlr.ret_val);
}

// ---------------------------------------------------------------------------
// Names

typedef enum {
    NAME_LOAD,
    NAME_STORE,
    NAME_DELETE,
} name_action_t;

static void name_op(mp_compiler_t *c, qstr name, name_action_t action) {
    static const byte ops[][3] = {
        [MP_ID_KIND_NAME] = { MP_BC_LOAD_NAME, MP_BC_STORE_NAME, MP_BC_DELETE_NAME },
        [MP_ID_KIND_GLOBAL_IMPLICIT] = { MP_BC_LOAD_GLOBAL, MP_BC_STORE_GLOBAL, MP_BC_DELETE_GLOBAL },
        [MP_ID_KIND_GLOBAL_EXPLICIT] = { MP_BC_LOAD_GLOBAL, MP_BC_STORE_GLOBAL, MP_BC_DELETE_GLOBAL },
        [MP_ID_KIND_LOCAL] = { MP_BC_LOAD_FAST, MP_BC_STORE_FAST, MP_BC_DELETE_FAST },
        [MP_ID_KIND_CELL] = { MP_BC_LOAD_DEREF, MP_BC_STORE_DEREF, MP_BC_DELETE_DEREF },
        [MP_ID_KIND_FREE] = { MP_BC_LOAD_DEREF, MP_BC_STORE_DEREF, MP_BC_DELETE_DEREF },
    };
    mp_scope_t *s = c->scope;
    name = mp_scope_mangle(s, name);
    mp_id_info_t *id = mp_scope_find(s, name);
    mp_id_kind_t kind;
    if (id != NULL && id->kind != MP_ID_KIND_UNDECIDED) {
        kind = id->kind;
    } else {
        // Names the compiler itself introduces (__module__, __doc__ ...).
        kind = (s->kind == MP_SCOPE_MODULE || s->kind == MP_SCOPE_CLASS) ? MP_ID_KIND_NAME : MP_ID_KIND_GLOBAL_IMPLICIT;
    }
    if (kind == MP_ID_KIND_NAME && (s->scope_flags & MP_SCOPE_FLAG_COROUTINE)) {
        // Module code with top-level await runs as a coroutine, resumed
        // under any locals dict: its names are its globals (CPython's
        // locals there are the globals too).
        kind = MP_ID_KIND_GLOBAL_IMPLICIT;
    }
    mp_bc_opcode_t op = ops[kind][action];
    switch (kind) {
        case MP_ID_KIND_LOCAL:
        case MP_ID_KIND_CELL:
            mp_emit_op1(&c->emit, op, id->slot);
            break;
        case MP_ID_KIND_FREE:
            if (action == NAME_LOAD && s->kind == MP_SCOPE_CLASS && !(id->flags & MP_ID_FLAG_DECL_NONLOCAL)) {
                // A class body reads its own dict first, then the enclosing function's cell.
                mp_emit_op2(&c->emit, MP_BC_LOAD_CLASSDEREF, mp_emit_name_index(&c->emit, name), id->slot);
            } else {
                mp_emit_op1(&c->emit, op, id->slot);
            }
            break;
        default:
            mp_emit_name_op(&c->emit, op, name);
            break;
    }
}

void mp_compile_load_name(mp_compiler_t *c, qstr name) {
    name_op(c, name, NAME_LOAD);
}

void mp_compile_store_name(mp_compiler_t *c, qstr name) {
    name_op(c, name, NAME_STORE);
}

void mp_compile_delete_name(mp_compiler_t *c, qstr name) {
    name_op(c, name, NAME_DELETE);
}

// ---------------------------------------------------------------------------
// Code objects

static mp_raw_code_t *compile_scope(mp_scope_t *scope, qstr source_file, bool is_repl);

// "A.f.<locals>.B": for __qualname__ of classes.
static void add_qualname(vstr_t *vstr, const mp_scope_t *s) {
    const mp_scope_t *p = s->parent;
    bool declared_global = false;
    if (p != NULL && p->kind != MP_SCOPE_MODULE) {
        // A def or class whose name the enclosing scope declares `global`
        // is named as if it were at module level.
        const mp_id_info_t *id = mp_scope_find(p, mp_scope_mangle(p, s->name));
        declared_global = id != NULL && id->kind == MP_ID_KIND_GLOBAL_EXPLICIT;
    }
    if (p != NULL && p->kind != MP_SCOPE_MODULE && !declared_global) {
        add_qualname(vstr, p);
        if (p->kind == MP_SCOPE_FUNCTION || p->kind == MP_SCOPE_LAMBDA) {
            vstr_add_str(vstr, ".<locals>");
        }
        vstr_add_byte(vstr, '.');
    }
    vstr_add_str(vstr, qstr_str(s->name));
}

// A leading string constant statement (docstring).
static mp_ast_t *docstring_of(mp_ast_list_t *body) {
    if (body != NULL && body->len > 0) {
        mp_ast_t *first = body->items[0];
        if (first->kind == MP_AST_EXPR && first->a->kind == MP_AST_CONSTANT && first->a->op == MP_AST_CONST_STR) {
            return first->a;
        }
    }
    return NULL;
}

// The docstring kept as __doc__: none at opt_level 2 (-OO, compile(...,
// optimize=2)), where CPython drops docstrings.
static mp_ast_t *kept_docstring(mp_ast_list_t *body) {
    return MP_STATE_CTX(opt_level) >= 2 ? NULL : docstring_of(body);
}

// A module or class body that annotates names starts with an empty
// __annotations__ only when its namespace has none yet (exec() with one given,
// a metaclass __prepare__ that supplies one), so the body's stores go to that
// mapping. There is no opcode for the test: the body calls this function,
// which reads the running namespace.
static mp_obj_t compile_ensure_annotations(void) {
    // (A lookup and a store, as a class body's __prepare__ mapping is used
    // through its methods: py/runtime.c.)
    qstr q = MP_QSTR___annotations__;
    if (mp_map_lookup(&mp_locals_get()->map, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP) == NULL) {
        mp_store_name(q, mp_obj_new_dict(0));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(compile_ensure_annotations_obj, compile_ensure_annotations);

static void compile_setup_annotations(mp_compiler_t *c) {
    mp_emit_load_const(&c->emit, MP_OBJ_FROM_PTR(&compile_ensure_annotations_obj));
    mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 0, 0);
    mp_emit_op(&c->emit, MP_BC_POP_TOP);
}

static void compile_class_body(mp_compiler_t *c) {
    mp_scope_t *s = c->scope;
    mp_ast_t *node = s->node;
    // __module__ = __name__; __qualname__ = "..."
    mp_emit_name_op(&c->emit, MP_BC_LOAD_NAME, MP_QSTR___name__);
    mp_emit_name_op(&c->emit, MP_BC_STORE_NAME, MP_QSTR___module__);
    vstr_t vstr;
    vstr_init(&vstr, 32);
    add_qualname(&vstr, s);
    mp_emit_load_const(&c->emit, mp_obj_new_str(vstr.buf, vstr.len));
    mp_emit_name_op(&c->emit, MP_BC_STORE_NAME, MP_QSTR___qualname__);
    mp_ast_t *doc = kept_docstring(node->l1);
    if (doc != NULL) {
        mp_compile_expr(c, doc);
        mp_emit_name_op(&c->emit, MP_BC_STORE_NAME, MP_QSTR___doc__);
    }
    if (s->scope_flags & MP_SCOPE_FLAG_SETUP_ANNOTATIONS) {
        compile_setup_annotations(c);
    }
    for (size_t i = docstring_of(node->l1) != NULL ? 1 : 0; i < node->l1->len; i++) {
        mp_compile_stmt(c, node->l1->items[i]);
    }
    // The class body returns its __class__ cell (if methods use one), which
    // __build_class__ fills with the new class.
    if (s->scope_flags & MP_SCOPE_FLAG_HAS_CLASS_CELL) {
        mp_id_info_t *id = mp_scope_find(s, MP_QSTR___classcell__);
        mp_emit_op1(&c->emit, MP_BC_LOAD_CLOSURE_CELL, id->slot);
    } else {
        mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
    }
    mp_emit_op(&c->emit, MP_BC_RETURN_VALUE);
}

// One loop of a comprehension, and inside it the next loops or the element.
// Every loop keeps its iterator on the stack, so the result container sits
// below all n of them.
static void compile_comp_loop(mp_compiler_t *c, mp_ast_t *node, size_t i) {
    mp_emit_t *e = &c->emit;
    mp_ast_list_t *gens = node->l2;
    mp_ast_t *gen = gens->items[i];
    bool is_async = (gen->flags & MP_AST_FLAG_ASYNC) != 0;
    if (i == 0) {
        mp_emit_op1(e, MP_BC_LOAD_FAST, 0); // the ".0" parameter
        if (!is_async) {
            mp_emit_op1(e, MP_BC_GET_ITER_STACK, MP_BC_GET_ITER_STACK_IS_ITER);
        }
    } else {
        mp_compile_get_iter(c, gen->b, e->cur_line, is_async);
    }
    mp_emit_label_t l_top = mp_emit_new_label(e);
    mp_emit_label_t l_end = mp_emit_new_label(e);
    mp_emit_label(e, l_top);
    if (is_async) {
        mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_end);
        mp_emit_op(e, MP_BC_GET_ANEXT);
        mp_compile_await_tos(c);
        mp_emit_op(e, MP_BC_POP_BLOCK);
    } else {
        mp_emit_jump(e, MP_BC_FOR_ITER, l_end);
    }
    mp_compile_store(c, gen->a);
    if (gen->l2 != NULL) {
        for (size_t j = 0; j < gen->l2->len; j++) {
            mp_compile_condition(c, gen->l2->items[j], false, l_top);
        }
    }
    if (i + 1 < gens->len) {
        compile_comp_loop(c, node, i + 1);
    } else {
        // The result sits at the bottom of this code's stack, under every
        // loop's iterator (and a for loop's iterator slots).
        mp_uint_t depth = (mp_uint_t)e->stack_depth;
        switch (node->kind) {
            case MP_AST_LIST_COMP:
                mp_compile_expr(c, node->a);
                mp_emit_op1(e, MP_BC_LIST_APPEND, depth);
                break;
            case MP_AST_SET_COMP:
                mp_compile_expr(c, node->a);
                mp_emit_op1(e, MP_BC_SET_ADD, depth);
                break;
            case MP_AST_DICT_COMP:
                mp_compile_expr(c, node->a);
                mp_compile_expr(c, node->b);
                mp_emit_op1(e, MP_BC_MAP_ADD, depth);
                break;
            default:
                mp_compile_expr(c, node->a);
                mp_emit_op(e, MP_BC_YIELD_VALUE);
                mp_emit_op(e, MP_BC_POP_TOP);
                break;
        }
    }
    mp_emit_jump(e, MP_BC_JUMP, l_top);
    mp_emit_label(e, l_end);
    if (is_async) {
        mp_emit_op(e, MP_BC_END_ASYNC_FOR);
    }
}

static void compile_comp_body(mp_compiler_t *c) {
    mp_ast_t *node = c->scope->node;
    switch (node->kind) {
        case MP_AST_LIST_COMP:
            mp_emit_op1(&c->emit, MP_BC_BUILD_LIST, 0);
            break;
        case MP_AST_SET_COMP:
            mp_emit_op1(&c->emit, MP_BC_BUILD_SET, 0);
            break;
        case MP_AST_DICT_COMP:
            mp_emit_op1(&c->emit, MP_BC_BUILD_MAP, 0);
            break;
        default:
            break;
    }
    // A generator made for the outermost iterable of a generator expression
    // (`x for x in gen()`) is closed when the generator expression is closed
    // (CPython drops its last reference then).
    mp_ast_t *gen0 = node->l2->items[0];
    bool guard = node->kind == MP_AST_GENERATOR_EXP && !(gen0->flags & MP_AST_FLAG_ASYNC)
        && mp_compile_iter_is_temporary(gen0->b);
    mp_emit_label_t l_exc = mp_emit_new_label(&c->emit);
    if (guard) {
        mp_emit_jump(&c->emit, MP_BC_SETUP_FINALLY, l_exc);
    }
    compile_comp_loop(c, node, 0);
    if (guard) {
        mp_emit_op(&c->emit, MP_BC_POP_BLOCK);
    }
    if (node->kind == MP_AST_GENERATOR_EXP) {
        mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
    }
    mp_emit_op(&c->emit, MP_BC_RETURN_VALUE);
    if (guard) {
        // (prev, exc): on GeneratorExit close ".0", then re-raise exc.
        mp_emit_label(&c->emit, l_exc);
        mp_emit_load_const(&c->emit, MP_OBJ_FROM_PTR(&mp_gen_close_temp_on_exit_obj));
        mp_emit_op1(&c->emit, MP_BC_COPY, 2);
        mp_emit_op1(&c->emit, MP_BC_LOAD_FAST, 0);
        mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 2, 0);
        mp_emit_op(&c->emit, MP_BC_POP_TOP);
        mp_emit_op(&c->emit, MP_BC_ROT_TWO);
        mp_emit_op(&c->emit, MP_BC_POP_EXCEPT);
        mp_emit_op(&c->emit, MP_BC_RERAISE);
    }
}

static mp_raw_code_t *compile_scope(mp_scope_t *scope, qstr source_file, bool is_repl) {
    if (scope->raw_code != NULL) {
        return scope->raw_code;
    }
    mp_compiler_t comp;
    mp_compiler_t *c = &comp;
    c->source_file = source_file;
    c->is_repl = is_repl;
    c->scope = scope;
    c->n_fblocks = 0;
    mp_ast_t *node = scope->node;
    mp_emit_init(&c->emit, node->line);
    bool has_qualname = false;
    if (scope->kind == MP_SCOPE_FUNCTION || scope->kind == MP_SCOPE_LAMBDA || scope->kind == MP_SCOPE_GEN_EXPR) {
        // "C.m" or "f.<locals>.g": kept as the first constant when it is not
        // just the name (module-level functions need nothing).
        const mp_scope_t *p = scope->parent;
        if (p != NULL && p->kind != MP_SCOPE_MODULE) {
            vstr_t vstr;
            vstr_init(&vstr, 32);
            add_qualname(&vstr, scope);
            size_t idx = mp_emit_const_index(&c->emit, mp_obj_new_str(vstr.buf, vstr.len));
            vstr_clear(&vstr);
            has_qualname = idx == 0;
        }
    }
    bool has_doc = false;
    if (scope->kind == MP_SCOPE_FUNCTION) {
        mp_ast_t *doc = kept_docstring(node->l1);
        if (doc != NULL) {
            size_t idx = mp_emit_const_index(&c->emit, mp_compile_const_value(c, doc));
            has_doc = idx == (has_qualname ? 1 : 0);
        }
    }

    mp_id_info_t *frame_dict = mp_scope_find(scope, MP_QSTR__dot_locals);
    if (frame_dict != NULL) {
        mp_emit_op1(&c->emit, MP_BC_BUILD_MAP, 0);
        mp_emit_op1(&c->emit, MP_BC_STORE_FAST, frame_dict->slot);
    }
    switch (scope->kind) {
        case MP_SCOPE_MODULE:
            if (node->kind == MP_AST_EXPRESSION) {
                mp_compile_expr(c, node->a);
            } else {
                mp_ast_t *doc = c->is_repl ? NULL : kept_docstring(node->l1);
                if (doc != NULL) {
                    // A module's docstring is its __doc__ (exec'd code too, as CPython).
                    mp_compile_expr(c, doc);
                    mp_emit_name_op(&c->emit, MP_BC_STORE_NAME, MP_QSTR___doc__);
                }
                if (scope->scope_flags & MP_SCOPE_FLAG_SETUP_ANNOTATIONS) {
                    compile_setup_annotations(c);
                }
                mp_compile_stmts(c, node->l1);
                mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
            }
            mp_emit_op(&c->emit, MP_BC_RETURN_VALUE);
            break;
        case MP_SCOPE_FUNCTION: {
            mp_ast_list_t *body = node->l1;
            // The docstring is not run: it is kept as a constant (__doc__).
            for (size_t i = docstring_of(body) != NULL ? 1 : 0; i < body->len; i++) {
                mp_compile_stmt(c, body->items[i]);
            }
            mp_emit_op(&c->emit, MP_BC_LOAD_NONE);
            mp_emit_op(&c->emit, MP_BC_RETURN_VALUE);
            break;
        }
        case MP_SCOPE_LAMBDA:
            mp_compile_expr(c, node->b);
            mp_emit_op(&c->emit, MP_BC_RETURN_VALUE);
            break;
        case MP_SCOPE_CLASS:
            compile_class_body(c);
            break;
        default:
            compile_comp_body(c);
            break;
    }

    mp_raw_code_t *rc = m_new0(mp_raw_code_t, 1);
    rc->base.type = &mp_type_code;
    rc->name = scope->name;
    rc->source_file = source_file;
    rc->scope_flags = scope->scope_flags | (has_qualname ? MP_SCOPE_FLAG_QUALNAME : 0) | (has_doc ? MP_SCOPE_FLAG_DOC : 0);
    rc->n_pos_args = scope->n_pos_args;
    rc->n_posonly_args = scope->n_posonly_args;
    rc->n_kwonly_args = scope->n_kwonly_args;
    rc->n_locals = scope->n_locals;
    rc->n_freevars = scope->n_freevars;
    rc->n_cells = scope->n_cells;
    // co_firstlineno: a decorated def or class starts at its first decorator
    // (as CPython, and inspect.getsource relies on it).
    rc->first_line = (uint32_t)node->line;
    if ((scope->kind == MP_SCOPE_FUNCTION || scope->kind == MP_SCOPE_CLASS) && node->l2 != NULL
        && node->l2->len > 0) {
        rc->first_line = (uint32_t)node->l2->items[0]->line;
    }
    rc->local_names = scope->n_locals == 0 ? NULL : m_new0(qstr, scope->n_locals);
    rc->cell_slots = scope->n_cells == 0 ? NULL : m_new(uint16_t, scope->n_cells);
    size_t n_cells = 0;
    for (size_t i = 0; i < scope->id_len; i++) {
        mp_id_info_t *id = &scope->ids[i];
        if (mp_id_has_slot(id)) {
            rc->local_names[id->slot] = id->name;
        }
        if (mp_id_is_cell(id) && !mp_id_is_free(id)) {
            rc->cell_slots[n_cells++] = id->slot;
        }
    }
    mp_emit_finish(&c->emit, rc);
    scope->raw_code = rc;
    return rc;
}

// Pushes the closure tuple (if the child has free variables) and emits
// MAKE_FUNCTION; defaults (flags 0x01, 0x02) are already on the stack.
static void make_function(mp_compiler_t *c, mp_scope_t *child, mp_uint_t flags) {
    mp_raw_code_t *rc = compile_scope(child, c->source_file, c->is_repl);
    if (rc->n_freevars > 0) {
        for (size_t slot = rc->n_locals - rc->n_freevars; slot < rc->n_locals; slot++) {
            qstr name = rc->local_names[slot];
            if (name == MP_QSTR___class__ && c->scope->kind == MP_SCOPE_CLASS) {
                // A method's __class__ is the class body's own cell.
                name = MP_QSTR___classcell__;
            }
            mp_id_info_t *id = mp_scope_find(c->scope, name);
            // Resolution gave every scope between the binding and the use a slot for it.
            MP_ASSERT(id != NULL && (mp_id_is_cell(id) || mp_id_is_free(id)));
            mp_emit_op1(&c->emit, MP_BC_LOAD_CLOSURE_CELL, id->slot);
        }
        mp_emit_op1(&c->emit, MP_BC_BUILD_TUPLE, rc->n_freevars);
        flags |= 0x08;
    }
    mp_emit_op2(&c->emit, MP_BC_MAKE_FUNCTION, mp_emit_const_index(&c->emit, MP_OBJ_FROM_PTR(rc)), flags);
}

static mp_scope_t *child_scope(mp_compiler_t *c, mp_ast_t *node) {
    mp_scope_t *child = mp_scope_find_child(c->scope, node);
    MP_ASSERT(child != NULL);
    return child;
}

// Positional defaults as a tuple, keyword-only defaults as a dict; returns
// the MAKE_FUNCTION flags for what was pushed.
static mp_uint_t compile_defaults(mp_compiler_t *c, mp_ast_t *args) {
    mp_uint_t flags = 0;
    if (args == NULL) {
        return 0;
    }
    mp_ast_list_t *lists[2] = { args->l1, args->l2 };
    size_t n_defaults = 0;
    bool all_const = true;
    for (size_t j = 0; j < 2; j++) {
        for (size_t i = 0; lists[j] != NULL && i < lists[j]->len; i++) {
            mp_ast_t *def = lists[j]->items[i]->a;
            if (def != NULL) {
                n_defaults++;
                if (all_const && mp_compile_const_value(c, def) == MP_OBJ_NULL) {
                    all_const = false;
                }
            }
        }
    }
    if (n_defaults > 0) {
        mp_obj_t tuple = all_const ? mp_obj_new_tuple(n_defaults, NULL) : MP_OBJ_NULL;
        size_t k = 0;
        for (size_t j = 0; j < 2; j++) {
            for (size_t i = 0; lists[j] != NULL && i < lists[j]->len; i++) {
                mp_ast_t *def = lists[j]->items[i]->a;
                if (def == NULL) {
                    continue;
                }
                if (all_const) {
                    ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tuple))->items[k++] = mp_compile_const_value(c, def);
                } else {
                    mp_compile_expr(c, def);
                }
            }
        }
        if (all_const) {
            mp_emit_op1(&c->emit, MP_BC_LOAD_CONST, mp_emit_const_index(&c->emit, tuple));
        } else {
            mp_emit_op1(&c->emit, MP_BC_BUILD_TUPLE, n_defaults);
        }
        flags |= 0x01;
    }
    size_t n_kwdefaults = 0;
    for (size_t i = 0; args->l3 != NULL && i < args->l3->len; i++) {
        mp_ast_t *arg = args->l3->items[i];
        if (arg->a != NULL) {
            // Keyword-only parameters are mangled, so their default keys too.
            mp_emit_load_const(&c->emit, mp_compile_name_obj(mp_scope_mangle(c->scope, arg->name)));
            mp_compile_expr(c, arg->a);
            n_kwdefaults++;
        }
    }
    if (n_kwdefaults > 0) {
        mp_emit_op1(&c->emit, MP_BC_BUILD_MAP, n_kwdefaults);
        flags |= 0x02;
    }
    return flags;
}

// Source-like text of an annotation (for `from __future__ import
// annotations`, which keeps annotations as strings), spaced and
// parenthesised as CPython's unparser does.
// Each MP_AST_OP_* (binary, then unary) as two NUL-padded characters, and
// its binding strength (then those of and, or), loosest first as CPython
// ranks them: 0 :=, 1 lambda and if-else, 2 or, 3 and, 4 not, 5
// comparisons, 6 |, 7 ^, 8 &, 9 shifts, 10 + -, 11 * @ / % //, 12 unary
// + - ~, 13 **, 14 await; a context of 1 takes any expression, 15 only an
// atom, and 0 also a tuple without parentheses.
static const char unparse_op_text[] = "+\0-\0*\0@\0/\0%\0**<<>>|\0^\0&\0//~\0\0\0+\0-";
static const char unparse_op_prec[] = "\12\12\13\13\13\13\15\11\11\6\7\10\13\14\4\14\14\3\2";
// The strength of each kind from BOOL_OP to COMPARE (17: the operator's,
// 16: never parenthesised).
static const char unparse_kind_prec[] = "\21\0\21\21\1\1\20\20\20\20\20\20\16\20\20\5";
// MP_AST_CMP_* in order, then and, or
static const char unparse_cmp_text[] = "==\0!=\0<\0<=\0>\0>=\0is\0is not\0in\0not in\0and\0or";
// How the kinds from BOOL_OP to SLICE read, NUL-separated (empty: written
// by code): A, B or C and a level ('0' + level) write that child, L the
// items of l2 and K those of l3 after them, G a comprehension's `for`s, $
// the single argument; ~ writes a space if there is an `a`, and _ ends
// the text if there is no `c`. Other characters stand for themselves.
static const char unparse_kind_text[] =
    "\0A? := B?\0\0\0\0" // BOOL_OP, NAMED_EXPR, BIN_OP, UNARY_OP, LAMBDA
    "B2 if A2 else C1\0\0{L}\0" // IF_EXP, DICT, SET
    "[A1G]\0{A1G}\0{A1: B1G}\0(A1G)\0" // the comprehensions
    "await A?\0(yield~A1)\0(yield from A1)\0\0" // ..., COMPARE
    "A?(LK)\0\0\0\0\0" // CALL, FORMATTED_VALUE, JOINED_STR, CONSTANT, ATTRIBUTE
    "A?[B0]\0*A6\0\0[L]\0\0A1:B1_:C1"; // SUBSCRIPT, STARRED, NAME, LIST, TUPLE, SLICE

static void unparse_annotation(const mp_print_t *p, mp_ast_t *e, unsigned level);

// The items of l, each after *sep, which becomes ", " (a call's keywords
// continue its arguments).
static void unparse_items(const mp_print_t *p, const mp_ast_list_t *l, const char **sep) {
    for (size_t i = 0; l != NULL && i < l->len; i++) {
        mp_print_str(p, *sep);
        *sep = ", ";
        unparse_annotation(p, l->items[i], 1);
    }
}

// str, then e at level
static void unparse_after(const mp_print_t *p, const char *str, mp_ast_t *e, unsigned level) {
    mp_print_str(p, str);
    unparse_annotation(p, e, level);
}

// e as text t (see unparse_kind_text)
static void unparse_text(const mp_print_t *p, mp_ast_t *e, const char *t) {
    const char *sep = "";
    for (; *t; t++) {
        char c = *t;
        if (c >= 'A' && c <= 'C') {
            unparse_annotation(p, c == 'A' ? e->a : c == 'B' ? e->b : e->c, *++t - '0');
        } else if (c == 'L' || c == 'K') {
            unparse_items(p, c == 'L' ? e->l2 : e->l3, &sep);
        } else if (c == '$') {
            unparse_annotation(p, e->l2->items[0], 1);
        } else if (c == 'G') {
            for (size_t i = 0; i < e->l2->len; i++) {
                mp_ast_t *gen = e->l2->items[i];
                unparse_after(p, gen->flags & MP_AST_FLAG_ASYNC ? " async for " : " for ", gen->a, 0);
                unparse_after(p, " in ", gen->b, 2);
                for (size_t j = 0; gen->l2 != NULL && j < gen->l2->len; j++) {
                    unparse_after(p, " if ", gen->l2->items[j], 2);
                }
            }
        } else if (c == '_' && e->c == NULL) {
            break;
        } else if (c != '_' && (c != '~' || e->a != NULL)) {
            p->print_strn(p->data, c == '~' ? " " : t, 1);
        }
    }
}

static void unparse_annotation(const mp_print_t *p, mp_ast_t *e, unsigned level) {
    mp_stack_check();
    const char *sep = "";
    if (e == NULL) {
        return; // an omitted slice bound
    }
    unsigned k = e->kind - MP_AST_BOOL_OP;
    unsigned prec = 16;
    if (k <= MP_AST_COMPARE - MP_AST_BOOL_OP) {
        prec = (byte)unparse_kind_prec[k];
        if (prec == 17) {
            prec = (byte)unparse_op_prec[e->op];
        }
    }
    if (prec < level) {
        mp_print_str(p, "(");
    }
    if (k <= MP_AST_SLICE - MP_AST_BOOL_OP) {
        const char *t = unparse_kind_text;
        while (k-- > 0) {
            t += strlen(t) + 1;
        }
        if (e->kind == MP_AST_CALL && e->l2 != NULL && e->l2->len == 1 && (e->l3 == NULL || e->l3->len == 0)
            && e->l2->items[0]->kind == MP_AST_GENERATOR_EXP) {
            t = "A?$"; // f(x for x in y): the generator's parentheses are the call's
        }
        unparse_text(p, e, t);
    }
    switch (e->kind) {
        case MP_AST_NAME:
            mp_printf(p, "%q", e->name);
            break;
        case MP_AST_ATTRIBUTE:
            unparse_annotation(p, e->a, 15);
            // (an int needs the space: "1 .real")
            mp_printf(p, e->a->kind == MP_AST_CONSTANT && e->a->op == MP_AST_CONST_INT ? " .%q" : ".%q", e->name);
            break;
        case MP_AST_TUPLE: {
            // (a one-item tuple keeps its comma, an empty one its parentheses)
            bool paren = level > 0 || e->l2->len == 0;
            mp_print_str(p, paren ? "(" : "");
            unparse_items(p, e->l2, &sep);
            mp_print_str(p, e->l2->len == 1 ? "," : "");
            mp_print_str(p, paren ? ")" : "");
            break;
        }
        case MP_AST_DICT:
            mp_print_str(p, "{");
            for (size_t i = 0; i < e->l2->len; i++) {
                mp_print_str(p, sep);
                sep = ", ";
                mp_ast_t *key = e->l2->items[i];
                if (key == NULL) {
                    unparse_after(p, "**", e->l3->items[i], 6);
                } else {
                    unparse_annotation(p, key, 1);
                    unparse_after(p, ": ", e->l3->items[i], 1);
                }
            }
            mp_print_str(p, "}");
            break;
        case MP_AST_BOOL_OP:
        case MP_AST_COMPARE: {
            // a, then each of l2 after its operator
            size_t i = e->kind == MP_AST_BOOL_OP;
            unparse_annotation(p, i ? e->l2->items[0] : e->a, prec + 1);
            for (; i < e->l2->len; i++) {
                const char *op = unparse_cmp_text;
                for (unsigned n = e->kind == MP_AST_BOOL_OP ? e->op - MP_AST_OP_AND + 10 : e->ops[i]; n > 0; n--) {
                    op += strlen(op) + 1;
                }
                mp_printf(p, " %s ", op);
                unparse_annotation(p, e->l2->items[i], prec + 1);
            }
            break;
        }
        case MP_AST_LAMBDA: {
            // CPython writes no space before a first * or **: "lambda*a: 0"
            mp_ast_t *args = e->a;
            mp_print_str(p, "lambda");
            sep = " ";
            unparse_items(p, args->l1, &sep);
            if (*sep == ',') {
                mp_print_str(p, ", /"); // after positional-only ones
            }
            unparse_items(p, args->l2, &sep);
            if (*sep == ' ') {
                sep = "";
            }
            if (args->a != NULL || (args->l3 != NULL && args->l3->len > 0)) {
                mp_printf(p, "%s*", sep);
                sep = ", ";
                unparse_annotation(p, args->a, 1);
            }
            unparse_items(p, args->l3, &sep);
            if (args->b != NULL) {
                mp_printf(p, "%s**", sep);
                unparse_annotation(p, args->b, 1);
            }
            unparse_after(p, ": ", e->b, 1);
            break;
        }
        case MP_AST_BIN_OP:
        case MP_AST_UNARY_OP: {
            const char *op = unparse_op_text + 2 * e->op;
            if (e->kind == MP_AST_UNARY_OP) {
                mp_printf(p, e->op == MP_AST_OP_NOT ? "not " : "%.2s", op);
                unparse_annotation(p, e->a, prec);
            } else {
                // '**' groups to the right, the others to the left.
                unsigned right = e->op == MP_AST_OP_POW;
                unparse_annotation(p, e->a, prec + right);
                mp_printf(p, " %.2s ", op);
                unparse_annotation(p, e->b, prec + !right);
            }
            break;
        }
        case MP_AST_ARG:
        case MP_AST_KEYWORD:
            // name=value, **value, or a lambda's parameter name[=default]
            mp_printf(p, e->name == MP_QSTRnull ? "**" : e->a == NULL ? "%q" : "%q=", e->name);
            unparse_annotation(p, e->a, 1);
            break;
        case MP_AST_JOINED_STR: {
            // The text inside the quotes first, then its repr after an f; a
            // format spec (level 16) is that inner text alone.
            vstr_t vstr;
            vstr_init(&vstr, 16);
            mp_print_t inner;
            mp_print_init_vstr(&inner, &vstr);
            for (size_t i = 0; i < e->l2->len; i++) {
                mp_ast_t *v = e->l2->items[i];
                if (v->kind == MP_AST_CONSTANT) {
                    for (size_t j = 0; j < v->len; j++) {
                        char c = v->str[j];
                        vstr_add_byte(&vstr, c);
                        if (c == '{' || c == '}') {
                            vstr_add_byte(&vstr, c);
                        }
                    }
                    continue;
                }
                vstr_add_byte(&vstr, '{');
                size_t at = vstr.len;
                unparse_annotation(&inner, v->a, 2);
                if (vstr.buf[at] == '{') {
                    vstr_ins_byte(&vstr, at, ' '); // not a doubled brace
                }
                if (v->op) {
                    mp_printf(&inner, "!%c", v->op);
                }
                if (v->b != NULL) {
                    unparse_after(&inner, ":", v->b, 16);
                }
                vstr_add_byte(&vstr, '}');
            }
            if (level > 15) {
                mp_print_str(p, vstr_null_terminated_str(&vstr));
            } else {
                mp_printf(p, "f%r", mp_obj_new_str_from_vstr(&vstr));
            }
            break;
        }
        case MP_AST_CONSTANT:
            if (e->op == MP_AST_CONST_ELLIPSIS) {
                mp_print_str(p, "...");
            } else {
                // As CPython: u'' keeps its u, and an infinite float (1e400,
                // 1e400j) reads 1e309 (so that evaluating the text gives it back).
                mp_obj_t value = mp_compile_constant(e);
                if (e->op == MP_AST_CONST_FLOAT) {
                    mp_float_t re, im;
                    mp_obj_complex_get_maybe(value, &re, &im);
                    if ((re + im) * 0 != 0) { // inf * 0 is nan
                        mp_printf(p, "1e309%s", im != 0 ? "j" : "");
                        break;
                    }
                }
                mp_printf(p, e->flags & MP_AST_FLAG_U_PREFIX ? "u%r" : "%r", value);
            }
            break;
    }
    if (prec < level) {
        mp_print_str(p, ")");
    }
}

// Evaluates an annotation, or under `from __future__ import annotations`
// pushes its text instead.
void mp_compile_annotation_value(mp_compiler_t *c, mp_ast_t *e) {
    if (c->scope->scope_flags & MP_SCOPE_FLAG_FUTURE_ANNOTATIONS) {
        vstr_t vstr;
        vstr_init(&vstr, 16);
        mp_print_t print;
        mp_print_init_vstr(&print, &vstr);
        unparse_annotation(&print, e, 1);
        mp_emit_load_const(&c->emit, mp_obj_new_str_from_vstr(&vstr));
    } else if (e->kind == MP_AST_STARRED) {
        // PEP 646 `*args: *Ts`: the annotation is the single item Ts
        // unpacks to (a TypeVarTuple yields one Unpack[Ts]).
        mp_compile_expr(c, e->a);
        mp_emit_op1(&c->emit, MP_BC_UNPACK_SEQUENCE, 1);
    } else {
        mp_compile_expr(c, e);
    }
}

static size_t compile_annotation(mp_compiler_t *c, mp_ast_t *arg) {
    if (arg == NULL || arg->b == NULL) {
        return 0;
    }
    mp_emit_load_const(&c->emit, mp_compile_name_obj(mp_scope_mangle(c->scope, arg->name)));
    mp_compile_annotation_value(c, arg->b);
    return 1;
}

// The annotations dict, in CPython's order: args, positional-only, *args,
// keyword-only, **kwargs, return. Returns the MAKE_FUNCTION flag for it.
static mp_uint_t compile_annotations(mp_compiler_t *c, mp_ast_t *node) {
    mp_ast_t *args = node->a;
    size_t n = 0;
    if (args != NULL) {
        mp_ast_list_t *lists[2] = { args->l2, args->l1 };
        for (size_t j = 0; j < 2; j++) {
            for (size_t i = 0; lists[j] != NULL && i < lists[j]->len; i++) {
                n += compile_annotation(c, lists[j]->items[i]);
            }
        }
        n += compile_annotation(c, args->a);
        for (size_t i = 0; args->l3 != NULL && i < args->l3->len; i++) {
            n += compile_annotation(c, args->l3->items[i]);
        }
        n += compile_annotation(c, args->b);
    }
    if (node->b != NULL) {
        mp_emit_load_const(&c->emit, mp_compile_name_obj(MP_QSTR_return));
        mp_compile_annotation_value(c, node->b);
        n++;
    }
    mp_emit_op1(&c->emit, MP_BC_BUILD_MAP, n);
    return 0x04;
}

// Calls the decorators loaded before the function or class, innermost
// (last) first, each at its own line as CPython reports them.
static void apply_decorators(mp_compiler_t *c, mp_ast_list_t *decorators, size_t n_dec) {
    while (n_dec > 0) {
        mp_emit_set_line(&c->emit, decorators->items[--n_dec]->line);
        mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 1, 0);
    }
}

// funcdef: decorators 'def' NAME '(' params ')' ['->' expr] ':' block
void mp_compile_function_def(mp_compiler_t *c, mp_ast_t *node) {
    mp_scope_t *child = child_scope(c, node);
    mp_ast_list_t *decorators = node->l2;
    size_t n_dec = decorators != NULL ? decorators->len : 0;
    for (size_t i = 0; i < n_dec; i++) {
        mp_compile_expr(c, decorators->items[i]);
    }
    mp_emit_set_line(&c->emit, node->line);
    mp_uint_t flags = compile_defaults(c, node->a);
    if (child->scope_flags & MP_SCOPE_FLAG_ANNOTATED) {
        flags |= compile_annotations(c, node);
    }
    mp_emit_set_line(&c->emit, node->line);
    make_function(c, child, flags);
    apply_decorators(c, decorators, n_dec);
    mp_compile_store_name(c, node->name);
}

// lambda: 'lambda' [params] ':' expression
void mp_compile_lambda(mp_compiler_t *c, mp_ast_t *node) {
    mp_scope_t *child = child_scope(c, node);
    mp_uint_t flags = compile_defaults(c, node->a);
    make_function(c, child, flags);
}

// classdef: decorators 'class' NAME ['(' [arguments] ')'] ':' block
// Compiled as __build_class__(body_function, 'NAME', *bases, **keywords).
void mp_compile_class_def(mp_compiler_t *c, mp_ast_t *node) {
    mp_scope_t *child = child_scope(c, node);
    mp_ast_list_t *decorators = node->l2;
    size_t n_dec = decorators != NULL ? decorators->len : 0;
    for (size_t i = 0; i < n_dec; i++) {
        mp_compile_expr(c, decorators->items[i]);
    }
    mp_emit_set_line(&c->emit, node->line);
    mp_emit_op(&c->emit, MP_BC_LOAD_BUILD_CLASS);
    make_function(c, child, 0);
    mp_emit_load_const(&c->emit, mp_compile_name_obj(node->name));
    mp_compile_call_args(c, node, node->l3, node->l4, 2, false, node->line);
    apply_decorators(c, decorators, n_dec);
    mp_compile_store_name(c, node->name);
}

// A comprehension is a nested function called with the iterator of its
// outermost iterable, which is evaluated here, in the enclosing scope.
void mp_compile_comprehension(mp_compiler_t *c, mp_ast_t *node) {
    mp_scope_t *child = child_scope(c, node);
    make_function(c, child, 0);
    mp_ast_t *gen0 = node->l2->items[0];
    mp_compile_expr(c, gen0->b);
    // (the iterable may end lines below; CPython names the comprehension's)
    mp_emit_set_line(&c->emit, node->line);
    mp_emit_op(&c->emit, (gen0->flags & MP_AST_FLAG_ASYNC) ? MP_BC_GET_AITER : MP_BC_GET_ITER);
    mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 1, 0);
    if (child->is_async && child->kind != MP_SCOPE_GEN_EXPR) {
        mp_compile_await_tos(c);
    }
}

// The first argument for a bare super(). If the function ever rebinds or
// deletes it, an unbound one raises CPython's RuntimeError, not the
// UnboundLocalError of a plain read:
//     SETUP_FINALLY L_unbound; LOAD_FAST arg0; POP_BLOCK; JUMP L_done
//   L_unbound: POP_TOP; POP_EXCEPT; RuntimeError('super(): arg[0] deleted'); RAISE_VARARGS 1
//   L_done:
static MP_COLD void load_super_arg0_checked(mp_compiler_t *c, qstr first) {
    mp_emit_t *e = &c->emit;
    mp_emit_label_t l_unbound = mp_emit_new_label(e);
    mp_emit_label_t l_done = mp_emit_new_label(e);
    mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_unbound);
    mp_compile_load_name(c, first);
    mp_emit_op(e, MP_BC_POP_BLOCK);
    mp_emit_jump(e, MP_BC_JUMP, l_done);
    mp_emit_label(e, l_unbound);
    mp_emit_op(e, MP_BC_POP_TOP);
    mp_emit_op(e, MP_BC_POP_EXCEPT);
    mp_obj_t exc = mp_obj_new_exception_msg(&mp_type_RuntimeError,
        MP_ERROR_TEXT("super(): arg[0] deleted"));
    mp_emit_load_const(e, MP_OBJ_FROM_PTR(&mp_type_RuntimeError));
    mp_emit_load_const(e, mp_obj_exception_get_value(exc));
    mp_emit_op2(e, MP_BC_CALL_FUNCTION, 1, 0);
    mp_emit_op1(e, MP_BC_RAISE_VARARGS, 1);
    mp_emit_label(e, l_done);
}

static void load_super_arg0(mp_compiler_t *c, qstr first) {
    if (mp_scope_find(c->scope, first)->flags & MP_ID_FLAG_BOUND) {
        load_super_arg0_checked(c, first);
    } else {
        mp_compile_load_name(c, first);
    }
}

// super() with no arguments inside a method becomes super(__class__, self):
// a C builtin cannot look at its caller's frame. With `method`, for
// super([type, obj]).method(...), the three values go to LOAD_SUPER_METHOD
// instead, which finds the method without making a super object (and calls
// whatever `super` is bound to, as a plain call would, if not the builtin).
bool mp_compile_try_super_call(mp_compiler_t *c, mp_ast_t *node, qstr method) {
    mp_ast_t *func = node->a;
    mp_ast_list_t *args = node->l2;
    size_t n_args = args != NULL ? args->len : 0;
    if (func->kind != MP_AST_NAME || func->name != MP_QSTR_super || (node->l3 != NULL && node->l3->len > 0)) {
        return false;
    }
    if (n_args == 2 && method != MP_QSTRnull) {
        if (args->items[0]->kind == MP_AST_STARRED || args->items[1]->kind == MP_AST_STARRED) {
            return false;
        }
        mp_compile_expr(c, func);
        mp_compile_expr(c, args->items[0]);
        mp_compile_expr(c, args->items[1]);
    } else {
        mp_scope_t *s = c->scope;
        if (n_args != 0 || s->kind == MP_SCOPE_MODULE || s->kind == MP_SCOPE_CLASS) {
            return false;
        }
        mp_id_info_t *id = mp_scope_find(s, MP_QSTR_super);
        if (id == NULL || id->kind != MP_ID_KIND_GLOBAL_IMPLICIT) {
            return false;
        }
        id = mp_scope_find(s, MP_QSTR___class__);
        if (id == NULL || id->kind != MP_ID_KIND_FREE || (id->flags & MP_ID_FLAG_BOUND)) {
            return false;
        }
        // (A method that binds __class__ itself calls super() as it is: that
        // reads the frame, and tells an empty or odd __class__ cell apart.)
        qstr first = mp_scope_first_arg_name(s);
        if (first == MP_QSTRnull || mp_scope_find(s, first) == NULL) {
            return false;
        }
        mp_compile_load_name(c, MP_QSTR_super);
        mp_compile_load_name(c, MP_QSTR___class__);
        load_super_arg0(c, first);
    }
    mp_emit_set_line(&c->emit, node->line);
    if (method != MP_QSTRnull) {
        mp_emit_name_op(&c->emit, MP_BC_LOAD_SUPER_METHOD, method);
    } else {
        mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 2, 0);
    }
    return true;
}

// True if `name` is read as a builtin here (not shadowed by any binding).
static bool name_is_builtin(mp_compiler_t *c, qstr name) {
    mp_id_info_t *id = mp_scope_find(c->scope, name);
    return id == NULL || id->kind == MP_ID_KIND_GLOBAL_IMPLICIT;
}

// A dict of the function's bound variables, as locals() returns in CPython.
// A C builtin cannot see the caller's frame, so the compiler builds it:
// each variable is read under a handler that skips it when unbound.
//     BUILD_MAP 0
//     SETUP_FINALLY L_unbound; LOAD_CONST 'v'; LOAD_FAST v; POP_BLOCK; MAP_ADD 1; JUMP L_next
//   L_unbound: POP_TOP; POP_EXCEPT
//   L_next: ...
// In a function that calls locals(), vars(), exec() or eval() by name the
// dict is the frame's own, kept in the hidden local ".locals" (made on entry)
// as CPython's frame dict: each call stores the bound variables in it and
// drops the unbound ones; what exec() added stays.
//     ... L_unbound: POP_TOP; POP_EXCEPT; DUP_TOP; LOAD_METHOD pop; LOAD_CONST 'v';
//                    LOAD_NONE; CALL_METHOD 2; POP_TOP
static void compile_locals_dict(mp_compiler_t *c) {
    mp_emit_t *e = &c->emit;
    mp_scope_t *s = c->scope;
    mp_id_info_t *frame_dict = mp_scope_find(s, MP_QSTR__dot_locals);
    if (frame_dict != NULL) {
        mp_emit_op1(e, MP_BC_LOAD_FAST, frame_dict->slot);
    } else {
        mp_emit_op1(e, MP_BC_BUILD_MAP, 0);
    }
    for (size_t slot = 0; slot < s->n_locals; slot++) {
        mp_id_info_t *id = NULL;
        for (size_t i = 0; i < s->id_len; i++) {
            if (mp_id_has_slot(&s->ids[i]) && s->ids[i].slot == slot) {
                id = &s->ids[i];
                break;
            }
        }
        if (id == NULL || id->name == MP_QSTR__dot_0 || id == frame_dict) {
            continue;
        }
        mp_emit_label_t l_unbound = mp_emit_new_label(e);
        mp_emit_label_t l_next = mp_emit_new_label(e);
        mp_emit_jump(e, MP_BC_SETUP_FINALLY, l_unbound);
        mp_emit_load_const(e, mp_compile_name_obj(id->name));
        mp_emit_op1(e, id->kind == MP_ID_KIND_LOCAL ? MP_BC_LOAD_FAST : MP_BC_LOAD_DEREF, slot);
        mp_emit_op(e, MP_BC_POP_BLOCK);
        mp_emit_op1(e, MP_BC_MAP_ADD, 1);
        mp_emit_jump(e, MP_BC_JUMP, l_next);
        mp_emit_label(e, l_unbound);
        mp_emit_op(e, MP_BC_POP_TOP);
        mp_emit_op(e, MP_BC_POP_EXCEPT);
        if (frame_dict != NULL) {
            mp_emit_op(e, MP_BC_DUP_TOP);
            mp_emit_name_op(e, MP_BC_LOAD_METHOD, MP_QSTR_pop);
            mp_emit_load_const(e, mp_compile_name_obj(id->name));
            mp_emit_op(e, MP_BC_LOAD_NONE);
            mp_emit_op2(e, MP_BC_CALL_METHOD, 2, 0);
            mp_emit_op(e, MP_BC_POP_TOP);
        }
        mp_emit_label(e, l_next);
    }
}

// Inside a function, locals() and vars() (no arguments), and eval(src) and
// exec(src) (one argument), need the function's variables: they are
// compiled with an explicit dict (eval/exec get globals() and that dict).
bool mp_compile_try_locals_call(mp_compiler_t *c, mp_ast_t *node) {
    mp_ast_t *func = node->a;
    mp_scope_t *s = c->scope;
    if (func->kind != MP_AST_NAME || s->kind == MP_SCOPE_MODULE || s->kind == MP_SCOPE_CLASS
        || (node->l3 != NULL && node->l3->len > 0) || !name_is_builtin(c, func->name)) {
        return false;
    }
    size_t n_args = node->l2 != NULL ? node->l2->len : 0;
    if (n_args == 0 && (func->name == MP_QSTR_locals || func->name == MP_QSTR_vars)) {
        compile_locals_dict(c);
        return true;
    }
    if (n_args == 1 && (func->name == MP_QSTR_eval || func->name == MP_QSTR_exec)
        && node->l2->items[0]->kind != MP_AST_STARRED && name_is_builtin(c, MP_QSTR_globals)) {
        mp_compile_load_name(c, func->name);
        mp_compile_expr(c, node->l2->items[0]);
        mp_compile_load_name(c, MP_QSTR_globals);
        mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 0, 0);
        compile_locals_dict(c);
        mp_emit_set_line(&c->emit, node->line);
        mp_emit_op2(&c->emit, MP_BC_CALL_FUNCTION, 3, 0);
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------
// Entry points (py/bc.h)

mp_raw_code_t *mp_compile_to_raw_code(mp_ast_t *tree, qstr source_file, bool is_repl) {
    is_repl = is_repl || tree->kind == MP_AST_INTERACTIVE;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_scope_t *module = mp_scope_analyse(tree, source_file, is_repl);
        mp_raw_code_t *rc = compile_scope(module, source_file, is_repl);
        nlr_pop();
        return rc;
    }
    if (tree->str != NULL) {
        mp_parse_add_error_text(
            MP_OBJ_FROM_PTR(nlr.ret_val), tree->str, tree->len, MP_PARSE_FILE_INPUT, 0);
    }
    nlr_jump(nlr.ret_val);
}

mp_obj_t mp_compile(mp_ast_t *tree, qstr source_file, bool is_repl) {
    mp_raw_code_t *rc = mp_compile_to_raw_code(tree, source_file, is_repl);
    return mp_make_function_from_raw_code(rc, mp_globals_get(), MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
}
