// Scope analysis: the compiler's first pass. Walks the tree once to collect
// the scopes and what each does with each name, then resolves every name to
// local / cell / free / global / name-lookup and numbers the fast slots.
//
// Resolution follows Python's rules: a name bound anywhere in a function is
// local to it (unless declared global/nonlocal); a name only read there is
// looked up in the enclosing function scopes (class bodies are skipped: their
// names are not visible to nested code) and becomes a free variable of every
// scope in between and a cell of the scope that binds it; otherwise it is a
// global. `__class__` is special: the nearest enclosing class body provides
// it as a cell, which methods using `super` or `__class__` capture.
#include "py/mpconfig.h"

#include <string.h>

#include "py/lexer.h"
#include "py/scope.h"
#include "py/runtime.h"

// A `from __future__ import` where one is allowed (AST node flag).
#define FUTURE_IMPORT_OK (0x80)

typedef struct _scope_pass_t {
    qstr source_file;
    mp_scope_t *scope; // the scope being walked
    size_t in_comp_iter; // > 0 inside the iterable of a comprehension's for
    mp_scope_t *ann_scope; // the detached scope of the last future annotation
    bool no_eval; // in an annotation that is never evaluated
    // Names annotated as plain names in module, function and class bodies, as
    // (scope, qstr) pairs: a later global/nonlocal of one is an error.
    vstr_t annotated;
} scope_pass_t;

typedef struct _annotated_name_t {
    mp_scope_t *scope;
    qstr name;
} annotated_name_t;

static bool is_annotated(scope_pass_t *sp, mp_scope_t *s, qstr name) {
    const annotated_name_t *a = (const annotated_name_t *)sp->annotated.buf;
    for (size_t i = 0; i < sp->annotated.len / sizeof(annotated_name_t); i++) {
        if (a[i].scope == s && a[i].name == name) {
            return true;
        }
    }
    return false;
}

MP_NORETURN static void scope_error(scope_pass_t *sp, const mp_ast_t *node, const char *msg) {
    mp_ast_raise_syntax_error_node(sp->source_file, node, msg);
}

// Messages that name a variable are built on the GC heap (never in a C buffer).
MP_NORETURN static void scope_error_q(scope_pass_t *sp, const mp_ast_t *node, const char *fmt, qstr name) {
    scope_error(sp, node, mp_lexer_msg(fmt, qstr_str(name)));
}

// A global or nonlocal declaration that conflicts with another use of name:
// fmt's second %s is the kind of declaration.
MP_NORETURN static void decl_error(scope_pass_t *sp, const mp_ast_t *node, const char *fmt, qstr name, bool is_global) {
    scope_error(sp, node, mp_lexer_msg(fmt, qstr_str(name), is_global ? "global" : "nonlocal"));
}

// ---------------------------------------------------------------------------
// Ids

static size_t id_hash_pos(qstr name, size_t mask) {
    return (name * 2654435761u) & mask;
}

static void id_hash_rebuild(mp_scope_t *s) {
    size_t alloc = 64;
    while (alloc < s->id_len * 2) {
        alloc *= 2;
    }
    s->id_hash = m_new0(uint16_t, alloc);
    s->id_hash_alloc = alloc;
    for (size_t i = 0; i < s->id_len; i++) {
        size_t pos = id_hash_pos(s->ids[i].name, alloc - 1);
        while (s->id_hash[pos] != 0) {
            pos = (pos + 1) & (alloc - 1);
        }
        s->id_hash[pos] = (uint16_t)(i + 1);
    }
}

mp_id_info_t *mp_scope_find(const mp_scope_t *s, qstr name) {
    if (s->id_hash != NULL) {
        size_t mask = s->id_hash_alloc - 1;
        for (size_t pos = id_hash_pos(name, mask); s->id_hash[pos] != 0; pos = (pos + 1) & mask) {
            mp_id_info_t *id = &s->ids[s->id_hash[pos] - 1];
            if (id->name == name) {
                return id;
            }
        }
        return NULL;
    }
    for (size_t i = 0; i < s->id_len; i++) {
        if (s->ids[i].name == name) {
            return &s->ids[i];
        }
    }
    return NULL;
}

// Find or add. The returned pointer is valid until the next id is added to s.
static mp_id_info_t *scope_add_id(scope_pass_t *sp, const mp_ast_t *node, mp_scope_t *s, qstr name) {
    mp_id_info_t *id = mp_scope_find(s, name);
    if (id != NULL) {
        return id;
    }
    if (s->id_len >= 0xfff0) {
        // Slots and hash entries are 16 bits wide.
        scope_error(sp, node, MP_ERROR_TEXT("too many local variables"));
    }
    if (s->id_len == s->id_alloc) {
        size_t alloc = s->id_alloc == 0 ? 8 : s->id_alloc * 2;
        s->ids = m_renew(mp_id_info_t, s->ids, s->id_alloc, alloc);
        s->id_alloc = alloc;
    }
    id = &s->ids[s->id_len++];
    id->name = name;
    id->kind = MP_ID_KIND_UNDECIDED;
    id->flags = 0;
    id->slot = 0;
    id->decl = NULL;
    if (s->id_hash != NULL && s->id_len * 2 <= s->id_hash_alloc) {
        size_t mask = s->id_hash_alloc - 1;
        size_t pos = id_hash_pos(name, mask);
        while (s->id_hash[pos] != 0) {
            pos = (pos + 1) & mask;
        }
        s->id_hash[pos] = (uint16_t)s->id_len;
    } else if (s->id_len > 16) {
        id_hash_rebuild(s);
    }
    return id;
}

// ---------------------------------------------------------------------------
// Scopes

mp_scope_t *mp_scope_find_child(const mp_scope_t *s, const mp_ast_t *node) {
    for (size_t i = 0; i < s->n_children; i++) {
        if (s->children[i]->node == node) {
            return s->children[i];
        }
    }
    return NULL;
}

qstr mp_scope_mangle(const mp_scope_t *s, qstr name) {
    if (s->private_class == MP_QSTRnull) {
        return name;
    }
    size_t len;
    const byte *data = qstr_data(name, &len);
    // Only __spam: not __spam__, and not dotted module names.
    if (len < 3 || data[0] != '_' || data[1] != '_' || (data[len - 1] == '_' && data[len - 2] == '_')
        || memchr(data, '.', len) != NULL) {
        return name;
    }
    size_t cls_len;
    const byte *cls = qstr_data(s->private_class, &cls_len);
    while (cls_len > 0 && *cls == '_') {
        cls++;
        cls_len--;
    }
    if (cls_len == 0) {
        return name;
    }
    vstr_t vstr;
    vstr_init(&vstr, 1 + cls_len + len);
    vstr_add_byte(&vstr, '_');
    vstr_add_strn(&vstr, (const char *)cls, cls_len);
    vstr_add_strn(&vstr, (const char *)data, len);
    qstr q = qstr_from_strn(vstr.buf, vstr.len);
    vstr_clear(&vstr);
    return q;
}

qstr mp_scope_first_arg_name(const mp_scope_t *s) {
    while (mp_scope_kind_is_comp(s->kind)) {
        s = s->parent;
    }
    if ((s->kind == MP_SCOPE_FUNCTION || s->kind == MP_SCOPE_LAMBDA) && s->n_pos_args > 0) {
        return s->ids[0].name;
    }
    return MP_QSTRnull;
}

static mp_scope_t *scope_new(mp_scope_t *parent, mp_scope_kind_t kind, mp_ast_t *node, qstr name) {
    mp_scope_t *s = m_new0(mp_scope_t, 1);
    s->kind = kind;
    s->node = node;
    s->parent = parent;
    s->name = name;
    if (kind == MP_SCOPE_CLASS) {
        s->private_class = name;
    } else if (parent != NULL) {
        s->private_class = parent->private_class;
    }
    if (parent != NULL) {
        // (every scope, so that exec() in any of them can inherit it)
        s->scope_flags = parent->scope_flags & MP_SCOPE_FLAG_FUTURE_ANNOTATIONS;
        if (parent->n_children == parent->alloc_children) {
            size_t alloc = parent->alloc_children == 0 ? 4 : parent->alloc_children * 2;
            parent->children = m_renew(mp_scope_t *, parent->children, parent->alloc_children, alloc);
            parent->alloc_children = alloc;
        }
        parent->children[parent->n_children++] = s;
    }
    return s;
}

// The nearest scope that is not a comprehension (comprehensions belong to it).
static mp_scope_t *scope_non_comp(mp_scope_t *s) {
    while (mp_scope_kind_is_comp(s->kind)) {
        s = s->parent;
    }
    return s;
}

// ---------------------------------------------------------------------------
// Pass 1: collect

static void visit_expr(scope_pass_t *sp, mp_ast_t *node);
static void visit_stmts(scope_pass_t *sp, mp_ast_list_t *list);
static void visit_pattern(scope_pass_t *sp, mp_ast_t *pat);
static void visit_future_import(scope_pass_t *sp, mp_ast_t *node);

static void visit_exprs(scope_pass_t *sp, mp_ast_list_t *list) {
    if (list != NULL) {
        for (size_t i = 0; i < list->len; i++) {
            visit_expr(sp, list->items[i]);
        }
    }
}

static void note_bind(scope_pass_t *sp, const mp_ast_t *node, qstr name) {
    // Every binding of __debug__ (a compile-time constant) is refused, as in
    // CPython: assignment, del, def/class, import, except-as, patterns.
    if (name == MP_QSTR___debug__) {
        scope_error(sp, node, node->kind == MP_AST_NAME && node->ctx == MP_AST_CTX_DEL
            ? MP_ERROR_TEXT("cannot delete __debug__") : MP_ERROR_TEXT("cannot assign to __debug__"));
    }
    name = mp_scope_mangle(sp->scope, name);
    scope_add_id(sp, node, sp->scope, name)->flags |= MP_ID_FLAG_BOUND;
}

static void note_use(scope_pass_t *sp, const mp_ast_t *node, qstr name) {
    name = mp_scope_mangle(sp->scope, name);
    scope_add_id(sp, node, sp->scope, name)->flags |= MP_ID_FLAG_USED;
}

// An assignment (or for/with/del/comprehension) target.
static void visit_target(scope_pass_t *sp, mp_ast_t *node) {
    switch (node->kind) {
        case MP_AST_NAME:
            note_bind(sp, node, node->name);
            break;
        case MP_AST_TUPLE:
        case MP_AST_LIST:
            for (size_t i = 0; i < node->l2->len; i++) {
                visit_target(sp, node->l2->items[i]);
            }
            break;
        case MP_AST_STARRED:
            visit_target(sp, node->a);
            break;
        default:
            // Attribute and subscript targets only read names; anything else
            // is reported by the code generator.
            if (node->kind == MP_AST_ATTRIBUTE && node->ctx != MP_AST_CTX_DEL && node->name == MP_QSTR___debug__) {
                scope_error(sp, node, MP_ERROR_TEXT("cannot assign to __debug__"));
            }
            visit_expr(sp, node);
            break;
    }
}

// Comprehension targets are additionally marked, so that a walrus cannot rebind them.
static void visit_comp_target(scope_pass_t *sp, mp_ast_t *node) {
    if (node->kind == MP_AST_NAME) {
        // A walrus earlier in this comprehension made the name its owner's
        // (declared global/nonlocal here): a loop may not take it back.
        mp_id_info_t *prev = mp_scope_find(sp->scope, mp_scope_mangle(sp->scope, node->name));
        if (prev != NULL && (prev->flags & (MP_ID_FLAG_DECL_GLOBAL | MP_ID_FLAG_DECL_NONLOCAL))) {
            scope_error_q(sp, node,
                MP_ERROR_TEXT("comprehension inner loop cannot rebind assignment expression target '%s'"),
                node->name);
        }
    }
    visit_target(sp, node);
    if (node->kind == MP_AST_NAME) {
        mp_scope_find(sp->scope, mp_scope_mangle(sp->scope, node->name))->flags |= MP_ID_FLAG_COMP_ITER;
    } else if (node->kind == MP_AST_TUPLE || node->kind == MP_AST_LIST) {
        for (size_t i = 0; i < node->l2->len; i++) {
            visit_comp_target(sp, node->l2->items[i]);
        }
    } else if (node->kind == MP_AST_STARRED) {
        visit_comp_target(sp, node->a);
    }
}

static void add_param(scope_pass_t *sp, mp_scope_t *s, mp_ast_t *arg) {
    if (arg->name == MP_QSTR___debug__) {
        scope_error(sp, s->node, MP_ERROR_TEXT("cannot assign to __debug__"));
    }
    qstr name = mp_scope_mangle(s, arg->name);
    mp_id_info_t *id = mp_scope_find(s, name);
    if (id != NULL) {
        scope_error_q(sp, arg,
            MP_ERROR_TEXT("duplicate argument '%s' in function definition"), arg->name);
    }
    id = scope_add_id(sp, arg, s, name);
    id->flags |= MP_ID_FLAG_PARAM | MP_ID_FLAG_BOUND;
    s->n_params++;
}

// Parameters become the first ids of a scope, in slot order.
static void add_params(scope_pass_t *sp, mp_scope_t *s, mp_ast_t *args) {
    if (args == NULL) {
        return;
    }
    mp_ast_list_t *lists[3] = { args->l1, args->l2, args->l3 };
    for (size_t j = 0; j < 3; j++) {
        if (lists[j] != NULL) {
            for (size_t i = 0; i < lists[j]->len; i++) {
                add_param(sp, s, lists[j]->items[i]);
            }
        }
    }
    s->n_posonly_args = args->l1 != NULL ? args->l1->len : 0;
    s->n_pos_args = s->n_posonly_args + (args->l2 != NULL ? args->l2->len : 0);
    s->n_kwonly_args = args->l3 != NULL ? args->l3->len : 0;
    if (args->a != NULL) {
        add_param(sp, s, args->a);
        s->scope_flags |= MP_SCOPE_FLAG_VARARGS;
    }
    if (args->b != NULL) {
        add_param(sp, s, args->b);
        s->scope_flags |= MP_SCOPE_FLAG_VARKEYWORDS;
    }
}

// Default values are evaluated in the enclosing scope (annotations never are).
static void visit_defaults(scope_pass_t *sp, mp_ast_t *args) {
    if (args == NULL) {
        return;
    }
    mp_ast_list_t *lists[3] = { args->l1, args->l2, args->l3 };
    for (size_t j = 0; j < 3; j++) {
        if (lists[j] != NULL) {
            for (size_t i = 0; i < lists[j]->len; i++) {
                if (lists[j]->items[i]->a != NULL) {
                    visit_expr(sp, lists[j]->items[i]->a);
                }
            }
        }
    }
}

// Whether s may await: an async function, or module code compiled with
// PyCF_ALLOW_TOP_LEVEL_AWAIT (is_async on a module), which then becomes a
// coroutine as in CPython, for an asyncio REPL to await.
static bool may_await(mp_scope_t *s) {
    if (s->kind == MP_SCOPE_MODULE && s->is_async) {
        s->scope_flags |= MP_SCOPE_FLAG_COROUTINE;
    }
    return s->is_async;
}

// A comprehension that awaits is a coroutine that the code calling it must
// await, so the enclosing comprehensions become asynchronous too, up to an
// async function or an (asynchronous) generator expression, which can be
// created anywhere (Python 3.7+) because creating it does not await.
static void mark_comp_async(scope_pass_t *sp, const mp_ast_t *node, mp_scope_t *s) {
    for (;;) {
        s->is_async = true;
        if (s->kind == MP_SCOPE_GEN_EXPR) {
            return;
        }
        mp_scope_t *p = s->parent;
        if (!mp_scope_kind_is_comp(p->kind)) {
            if (!may_await(p) && !sp->no_eval) {
                // (at the outermost comprehension, as CPython)
                scope_error(sp, s->node,
                    MP_ERROR_TEXT("asynchronous comprehension outside of an asynchronous function"));
            }
            return;
        }
        if (p->is_async) {
            return;
        }
        s = p;
    }
}

static const char *comp_kind_name(mp_scope_kind_t kind) {
    switch (kind) {
        case MP_SCOPE_LIST_COMP:
            return "list comprehension";
        case MP_SCOPE_SET_COMP:
            return "set comprehension";
        case MP_SCOPE_DICT_COMP:
            return "dict comprehension";
        default:
            return "generator expression";
    }
}

// (what is "yield", "await" or "named")
static void check_not_annotation(scope_pass_t *sp, const mp_ast_t *node, const char *what) {
    if (sp->scope == sp->ann_scope) {
        scope_error(sp, node, mp_lexer_msg(MP_ERROR_TEXT("'%s expression' can not be used within an annotation"), what));
    }
}

// yield, yield from, await: the scope becomes a generator/coroutine.
static void visit_yield(scope_pass_t *sp, mp_ast_t *node) {
    mp_scope_t *s = sp->scope;
    check_not_annotation(sp, node, node->kind == MP_AST_AWAIT ? "await" : "yield");
    if (node->kind == MP_AST_AWAIT) {
        if (sp->no_eval) {
            return;
        }
        if (mp_scope_kind_is_comp(s->kind)) {
            mp_scope_t *owner = scope_non_comp(s);
            if (s->kind != MP_SCOPE_GEN_EXPR && (owner->kind == MP_SCOPE_MODULE || owner->kind == MP_SCOPE_CLASS) && !may_await(owner)) {
                scope_error(sp, node, MP_ERROR_TEXT("'await' outside function"));
            }
            mark_comp_async(sp, node, s);
        } else if ((s->kind == MP_SCOPE_MODULE || s->kind == MP_SCOPE_CLASS) && !may_await(s)) {
            scope_error(sp, node, MP_ERROR_TEXT("'await' outside function"));
        } else if (!s->is_async) {
            scope_error(sp, node, MP_ERROR_TEXT("'await' outside async function"));
        }
        return;
    }
    if (mp_scope_kind_is_comp(s->kind)) {
        scope_error(sp, node, mp_lexer_msg(MP_ERROR_TEXT("'yield' inside %s"), comp_kind_name(s->kind)));
    }
    if (s->kind == MP_SCOPE_MODULE || s->kind == MP_SCOPE_CLASS) {
        scope_error(sp, node, MP_ERROR_TEXT("'yield' outside function"));
    }
    if (node->kind == MP_AST_YIELD_FROM && s->is_async && !sp->no_eval) {
        scope_error(sp, node, MP_ERROR_TEXT("'yield from' inside async function"));
    }
    s->scope_flags |= MP_SCOPE_FLAG_GENERATOR;
}

// target := value. Inside a comprehension the target belongs to the scope
// that contains the comprehension.
static void visit_named_expr(scope_pass_t *sp, mp_ast_t *node) {
    check_not_annotation(sp, node, "named");
    if (sp->in_comp_iter > 0) {
        scope_error(sp, node,
            MP_ERROR_TEXT("assignment expression cannot be used in a comprehension iterable expression"));
    }
    if (node->a->name == MP_QSTR___debug__) {
        scope_error(sp, node->a, MP_ERROR_TEXT("cannot assign to __debug__"));
    }
    visit_expr(sp, node->b);
    qstr name = mp_scope_mangle(sp->scope, node->a->name);
    mp_scope_t *s = sp->scope;
    if (!mp_scope_kind_is_comp(s->kind)) {
        scope_add_id(sp, node->a, s, name)->flags |= MP_ID_FLAG_BOUND;
        return;
    }
    mp_scope_t *owner = s;
    while (mp_scope_kind_is_comp(owner->kind)) {
        mp_id_info_t *id = mp_scope_find(owner, name);
        if (id != NULL && (id->flags & MP_ID_FLAG_COMP_ITER)) {
            scope_error_q(sp, node,
                MP_ERROR_TEXT("assignment expression cannot rebind comprehension iteration variable '%s'"), name);
        }
        owner = owner->parent;
    }
    if (owner->kind == MP_SCOPE_CLASS) {
        scope_error(sp, node,
            MP_ERROR_TEXT("assignment expression within a comprehension cannot be used in a class body"));
    }
    mp_id_info_t *owner_id = mp_scope_find(owner, name);
    bool global = owner->kind == MP_SCOPE_MODULE
        || (owner_id != NULL && (owner_id->flags & MP_ID_FLAG_DECL_GLOBAL));
    for (mp_scope_t *c = s; c != owner; c = c->parent) {
        scope_add_id(sp, node, c, name)->flags |= global ? MP_ID_FLAG_DECL_GLOBAL : MP_ID_FLAG_DECL_NONLOCAL;
    }
    scope_add_id(sp, node, owner, name)->flags |= MP_ID_FLAG_BOUND;
}

static void visit_comprehension(scope_pass_t *sp, mp_ast_t *node) {
    mp_ast_list_t *gens = node->l2;
    // The outermost iterable is evaluated where the comprehension appears.
    sp->in_comp_iter++;
    visit_expr(sp, gens->items[0]->b);
    sp->in_comp_iter--;
    mp_scope_kind_t kind;
    qstr name;
    switch (node->kind) {
        case MP_AST_LIST_COMP:
            kind = MP_SCOPE_LIST_COMP;
            name = MP_QSTR__lt_listcomp_gt_;
            break;
        case MP_AST_SET_COMP:
            kind = MP_SCOPE_SET_COMP;
            name = MP_QSTR__lt_setcomp_gt_;
            break;
        case MP_AST_DICT_COMP:
            kind = MP_SCOPE_DICT_COMP;
            name = MP_QSTR__lt_dictcomp_gt_;
            break;
        default:
            kind = MP_SCOPE_GEN_EXPR;
            name = MP_QSTR__lt_genexpr_gt_;
            break;
    }
    mp_scope_t *s = scope_new(sp->scope, kind, node, name);
    mp_scope_t *outer = sp->scope;
    sp->scope = s;
    // The iterator of the outermost loop is the single parameter ".0".
    mp_id_info_t *id = scope_add_id(sp, node, s, MP_QSTR__dot_0);
    id->flags |= MP_ID_FLAG_PARAM | MP_ID_FLAG_BOUND;
    s->n_params = 1;
    s->n_pos_args = 1;
    for (size_t i = 0; i < gens->len; i++) {
        mp_ast_t *gen = gens->items[i];
        if (i > 0) {
            sp->in_comp_iter++;
            visit_expr(sp, gen->b);
            sp->in_comp_iter--;
        }
        if (gen->flags & MP_AST_FLAG_ASYNC) {
            mark_comp_async(sp, gen, s);
        }
        visit_comp_target(sp, gen->a);
        visit_exprs(sp, gen->l2);
    }
    visit_expr(sp, node->a);
    if (node->kind == MP_AST_DICT_COMP) {
        visit_expr(sp, node->b);
    }
    sp->scope = outer;
}

static void visit_lambda(scope_pass_t *sp, mp_ast_t *node) {
    visit_defaults(sp, node->a);
    mp_scope_t *s = scope_new(sp->scope, MP_SCOPE_LAMBDA, node, MP_QSTR__lt_lambda_gt_);
    add_params(sp, s, node->a);
    mp_scope_t *outer = sp->scope;
    // (A walrus in a lambda inside a comprehension's iterable is still
    // refused, as CPython does: in_comp_iter stays as it is.)
    sp->scope = s;
    visit_expr(sp, node->b);
    sp->scope = outer;
}

// `super` read in a function: the function needs `__class__`, and a bare
// super() call also needs the first argument (the compiler passes both).
static void visit_call(scope_pass_t *sp, mp_ast_t *node) {
    mp_ast_t *func = node->a;
    if (func->kind == MP_AST_NAME && func->name == MP_QSTR_super
        && (node->l2 == NULL || node->l2->len == 0) && (node->l3 == NULL || node->l3->len == 0)) {
        qstr first = mp_scope_first_arg_name(sp->scope);
        if (first != MP_QSTRnull) {
            note_use(sp, node, first);
        }
    }
    size_t n_args = node->l2 == NULL ? 0 : node->l2->len;
    if (func->kind == MP_AST_NAME && sp->scope->kind != MP_SCOPE_MODULE && sp->scope->kind != MP_SCOPE_CLASS
        && (node->l3 == NULL || node->l3->len == 0)
        && (n_args == 0 ? func->name == MP_QSTR_locals || func->name == MP_QSTR_vars
            : n_args == 1 && (func->name == MP_QSTR_exec || func->name == MP_QSTR_eval))) {
        // The frame's locals dict (py/compile.c, compile_locals_dict).
        scope_add_id(sp, node, sp->scope, MP_QSTR__dot_locals)->flags |= MP_ID_FLAG_BOUND;
    }
    visit_expr(sp, func);
    visit_exprs(sp, node->l2);
    if (node->l3 != NULL) {
        for (size_t i = 0; i < node->l3->len; i++) {
            visit_expr(sp, node->l3->items[i]->a);
        }
    }
}

static void visit_expr(scope_pass_t *sp, mp_ast_t *node) {
    if (node == NULL) {
        return;
    }
    mp_stack_check();
    switch (node->kind) {
        case MP_AST_NAME:
            if (node->ctx == MP_AST_CTX_LOAD) {
                note_use(sp, node, node->name);
                if ((node->name == MP_QSTR_super || node->name == MP_QSTR___class__)
                    && sp->scope->kind != MP_SCOPE_MODULE && sp->scope->kind != MP_SCOPE_CLASS) {
                    note_use(sp, node, MP_QSTR___class__);
                }
            } else {
                note_bind(sp, node, node->name);
            }
            break;
        case MP_AST_NAMED_EXPR:
            visit_named_expr(sp, node);
            break;
        case MP_AST_LAMBDA:
            visit_lambda(sp, node);
            break;
        case MP_AST_LIST_COMP:
        case MP_AST_SET_COMP:
        case MP_AST_DICT_COMP:
        case MP_AST_GENERATOR_EXP:
            visit_comprehension(sp, node);
            break;
        case MP_AST_YIELD:
        case MP_AST_YIELD_FROM:
        case MP_AST_AWAIT:
            visit_yield(sp, node);
            visit_expr(sp, node->a);
            break;
        case MP_AST_CALL:
            visit_call(sp, node);
            break;
        case MP_AST_CONSTANT:
            break;
        case MP_AST_TUPLE:
        case MP_AST_LIST:
        case MP_AST_STARRED:
            if (node->ctx != MP_AST_CTX_LOAD) {
                visit_target(sp, node);
            } else {
                visit_expr(sp, node->a);
                visit_exprs(sp, node->l2);
            }
            break;
        default:
            // Every other expression: visit all children.
            visit_expr(sp, node->a);
            visit_expr(sp, node->b);
            visit_expr(sp, node->c);
            visit_exprs(sp, node->l1);
            visit_exprs(sp, node->l2);
            visit_exprs(sp, node->l3);
            visit_exprs(sp, node->l4);
            break;
    }
}

// An annotation. As in CPython, one that is never evaluated escapes the
// checks of compiled code (await, async comprehensions). Under `from
// __future__ import annotations` none is, and its names must not touch the
// scope: a detached scope takes them; yield, await and := directly in it
// are refused there.
static void visit_annotation(scope_pass_t *sp, mp_ast_t *node, bool evaluated) {
    mp_scope_t *outer = sp->scope;
    if (outer->scope_flags & MP_SCOPE_FLAG_FUTURE_ANNOTATIONS) {
        mp_scope_t *s = scope_new(NULL, MP_SCOPE_FUNCTION, node, outer->name);
        s->private_class = outer->private_class;
        sp->scope = sp->ann_scope = s;
        evaluated = false;
    }
    sp->no_eval = !evaluated;
    visit_expr(sp, node);
    sp->no_eval = false;
    sp->scope = outer;
}

// Parameter and return annotations, evaluated in the enclosing scope when
// the def runs; true if there are any.
static bool visit_annotations(scope_pass_t *sp, mp_ast_t *node) {
    bool any = false;
    mp_ast_t *args = node->a;
    if (args != NULL) {
        mp_ast_list_t *lists[3] = { args->l1, args->l2, args->l3 };
        for (size_t j = 0; j < 3; j++) {
            for (size_t i = 0; lists[j] != NULL && i < lists[j]->len; i++) {
                if (lists[j]->items[i]->b != NULL) {
                    visit_annotation(sp, lists[j]->items[i]->b, true);
                    any = true;
                }
            }
        }
        mp_ast_t *star[2] = { args->a, args->b };
        for (size_t j = 0; j < 2; j++) {
            if (star[j] != NULL && star[j]->b != NULL) {
                visit_annotation(sp, star[j]->b, true);
                any = true;
            }
        }
    }
    if (node->b != NULL) {
        visit_annotation(sp, node->b, true);
        any = true;
    }
    return any;
}

static void visit_function_def(scope_pass_t *sp, mp_ast_t *node) {
    visit_exprs(sp, node->l2); // decorators
    visit_defaults(sp, node->a);
    bool annotated = visit_annotations(sp, node);
    note_bind(sp, node, node->name);
    mp_scope_t *s = scope_new(sp->scope, MP_SCOPE_FUNCTION, node, node->name);
    if (annotated) {
        s->scope_flags |= MP_SCOPE_FLAG_ANNOTATED;
    }
    s->is_async = (node->flags & MP_AST_FLAG_ASYNC) != 0;
    add_params(sp, s, node->a);
    mp_scope_t *outer = sp->scope;
    sp->scope = s;
    visit_stmts(sp, node->l1);
    sp->scope = outer;
}

static void visit_class_def(scope_pass_t *sp, mp_ast_t *node) {
    visit_exprs(sp, node->l2); // decorators
    visit_exprs(sp, node->l3); // bases
    if (node->l4 != NULL) {
        for (size_t i = 0; i < node->l4->len; i++) {
            visit_expr(sp, node->l4->items[i]->a);
        }
    }
    note_bind(sp, node, node->name);
    mp_scope_t *s = scope_new(sp->scope, MP_SCOPE_CLASS, node, node->name);
    mp_scope_t *outer = sp->scope;
    sp->scope = s;
    visit_stmts(sp, node->l1);
    sp->scope = outer;
}

static void visit_global(scope_pass_t *sp, mp_ast_t *node, bool is_global) {
    mp_scope_t *s = sp->scope;
    if (!is_global && s->kind == MP_SCOPE_MODULE) {
        scope_error(sp, node, MP_ERROR_TEXT("nonlocal declaration not allowed at module level"));
    }
    for (size_t i = 0; i < node->l2->len; i++) {
        mp_ast_t *n = node->l2->items[i];
        qstr name = mp_scope_mangle(s, n->name);
        mp_id_info_t *id = mp_scope_find(s, name);
        if (is_annotated(sp, s, name)) {
            decl_error(sp, node, MP_ERROR_TEXT("annotated name '%s' can't be %s"), n->name, is_global);
        }
        if (id != NULL) {
            if (id->flags & MP_ID_FLAG_PARAM) {
                decl_error(sp, node, MP_ERROR_TEXT("name '%s' is parameter and %s"), n->name, is_global);
            }
            if (id->flags & (is_global ? MP_ID_FLAG_DECL_NONLOCAL : MP_ID_FLAG_DECL_GLOBAL)) {
                // CPython points at the earlier of the two declarations.
                scope_error_q(sp, id->decl != NULL ? id->decl : node,
                    MP_ERROR_TEXT("name '%s' is nonlocal and global"), n->name);
            }
            if (id->flags & MP_ID_FLAG_BOUND) {
                decl_error(sp, node, MP_ERROR_TEXT("name '%s' is assigned to before %s declaration"), n->name,
                    is_global);
            }
            if (id->flags & MP_ID_FLAG_USED) {
                decl_error(sp, node, MP_ERROR_TEXT("name '%s' is used prior to %s declaration"), n->name, is_global);
            }
        }
        id = scope_add_id(sp, n, s, name);
        id->flags |= is_global ? MP_ID_FLAG_DECL_GLOBAL : MP_ID_FLAG_DECL_NONLOCAL;
        id->decl = node;
        if (is_global && s->kind != MP_SCOPE_MODULE) {
            // As in CPython, the declaration is also the module body's: its
            // own uses of the name go to the globals too, which matters when
            // exec() runs it with separate globals and locals.
            mp_scope_t *module = s;
            while (module->parent != NULL) {
                module = module->parent;
            }
            mp_id_info_t *mid = mp_scope_find(module, name);
            if (mid == NULL) {
                mid = scope_add_id(sp, n, module, name);
            }
            mid->flags |= MP_ID_FLAG_DECL_GLOBAL;
        }
    }
}

// The name an import binds: the alias, or the first component of a dotted name.
static qstr import_bound_name(mp_ast_t *alias) {
    if (alias->name2 != MP_QSTRnull) {
        return alias->name2;
    }
    size_t len;
    const byte *data = qstr_data(alias->name, &len);
    const byte *dot = memchr(data, '.', len);
    if (dot == NULL) {
        return alias->name;
    }
    return qstr_from_strn((const char *)data, dot - data);
}

static void visit_stmt(scope_pass_t *sp, mp_ast_t *node) {
    mp_stack_check();
    switch (node->kind) {
        case MP_AST_FUNCTION_DEF:
            visit_function_def(sp, node);
            break;
        case MP_AST_CLASS_DEF:
            visit_class_def(sp, node);
            break;
        case MP_AST_RETURN:
        case MP_AST_EXPR:
            visit_expr(sp, node->a);
            break;
        case MP_AST_DELETE:
            for (size_t i = 0; i < node->l1->len; i++) {
                visit_target(sp, node->l1->items[i]);
            }
            break;
        case MP_AST_ASSIGN:
            visit_expr(sp, node->a);
            for (size_t i = 0; i < node->l1->len; i++) {
                visit_target(sp, node->l1->items[i]);
            }
            break;
        case MP_AST_AUG_ASSIGN:
            visit_expr(sp, node->b);
            if (node->a->kind == MP_AST_NAME) {
                note_use(sp, node->a, node->a->name);
            }
            visit_target(sp, node->a);
            break;
        case MP_AST_ANN_ASSIGN:
            visit_expr(sp, node->c);
            // (With no value, CPython's compiler checks the name itself, also
            // in parentheses, and reports the whole statement.)
            if (node->c == NULL && node->a->name == MP_QSTR___debug__
                && (node->a->kind == MP_AST_NAME || node->a->kind == MP_AST_ATTRIBUTE)) {
                scope_error(sp, node, MP_ERROR_TEXT("cannot assign to __debug__"));
            }
            if (node->a->kind == MP_AST_NAME) {
                // x: T makes x local; (x): T without a value does not
                // touch x at all (CPython's 'simple' annotations).
                qstr name = mp_scope_mangle(sp->scope, node->a->name);
                if (node->num) {
                    // (a module's own global declaration is no conflict, a
                    // later one is: "annotated name 'x' can't be global")
                    mp_id_info_t *id = mp_scope_find(sp->scope, name);
                    if (id != NULL && sp->scope->kind != MP_SCOPE_MODULE
                        && (id->flags & (MP_ID_FLAG_DECL_GLOBAL | MP_ID_FLAG_DECL_NONLOCAL))) {
                        decl_error(sp, node, MP_ERROR_TEXT("annotated name '%s' can't be %s"), node->a->name,
                            id->flags & MP_ID_FLAG_DECL_GLOBAL);
                    }
                    annotated_name_t a = { sp->scope, name };
                    vstr_add_strn(&sp->annotated, (const char *)&a, sizeof(a));
                }
                if (node->num || node->c != NULL) {
                    visit_target(sp, node->a);
                }
            } else {
                visit_target(sp, node->a);
            }
            // Only module and class bodies evaluate annotations, but a
            // function's still count for its names and yields, as in CPython;
            // those of plain names go into __annotations__.
            bool evaluated = sp->scope->kind == MP_SCOPE_MODULE || sp->scope->kind == MP_SCOPE_CLASS;
            visit_annotation(sp, node->b, evaluated);
            if (evaluated) {
                if (node->a->kind == MP_AST_NAME && node->num) {
                    sp->scope->scope_flags |= MP_SCOPE_FLAG_SETUP_ANNOTATIONS;
                }
            }
            break;
        case MP_AST_FOR:
            if ((node->flags & MP_AST_FLAG_ASYNC) && !may_await(sp->scope)) {
                scope_error(sp, node, MP_ERROR_TEXT("'async for' outside async function"));
            }
            visit_expr(sp, node->b);
            visit_target(sp, node->a);
            visit_stmts(sp, node->l1);
            visit_stmts(sp, node->l2);
            break;
        case MP_AST_WHILE:
        case MP_AST_IF:
            visit_expr(sp, node->a);
            visit_stmts(sp, node->l1);
            visit_stmts(sp, node->l2);
            break;
        case MP_AST_WITH:
            if ((node->flags & MP_AST_FLAG_ASYNC) && !may_await(sp->scope)) {
                scope_error(sp, node, MP_ERROR_TEXT("'async with' outside async function"));
            }
            for (size_t i = 0; i < node->l2->len; i++) {
                mp_ast_t *item = node->l2->items[i];
                visit_expr(sp, item->a);
                if (item->b != NULL) {
                    visit_target(sp, item->b);
                }
            }
            visit_stmts(sp, node->l1);
            break;
        case MP_AST_RAISE:
        case MP_AST_ASSERT:
            visit_expr(sp, node->a);
            visit_expr(sp, node->b);
            break;
        case MP_AST_TRY:
            visit_stmts(sp, node->l1);
            if (node->l2 != NULL) {
                for (size_t i = 0; i < node->l2->len; i++) {
                    mp_ast_t *h = node->l2->items[i];
                    visit_expr(sp, h->a);
                    if (h->name != MP_QSTRnull) {
                        note_bind(sp, h, h->name);
                    }
                    visit_stmts(sp, h->l1);
                }
            }
            visit_stmts(sp, node->l3);
            visit_stmts(sp, node->l4);
            break;
        case MP_AST_IMPORT:
            for (size_t i = 0; i < node->l2->len; i++) {
                // (errors point at the statement, as in CPython)
                note_bind(sp, node, import_bound_name(node->l2->items[i]));
            }
            break;
        case MP_AST_IMPORT_FROM:
            if (node->name == MP_QSTR___future__ && node->num == 0) {
                visit_future_import(sp, node);
                break;
            }
            for (size_t i = 0; i < node->l2->len; i++) {
                mp_ast_t *alias = node->l2->items[i];
                if (alias->name == MP_QSTR__star_) {
                    if (sp->scope->kind != MP_SCOPE_MODULE) {
                        scope_error(sp, alias,
                            MP_ERROR_TEXT("import * only allowed at module level"));
                    }
                } else {
                    note_bind(sp, node, alias->name2 != MP_QSTRnull ? alias->name2 : alias->name);
                }
            }
            break;
        case MP_AST_GLOBAL:
            visit_global(sp, node, true);
            break;
        case MP_AST_NONLOCAL:
            visit_global(sp, node, false);
            break;
        case MP_AST_MATCH:
            visit_expr(sp, node->a);
            for (size_t i = 0; i < node->l1->len; i++) {
                mp_ast_t *c = node->l1->items[i];
                visit_pattern(sp, c->a);
                if (c->b != NULL) {
                    visit_expr(sp, c->b);
                }
                visit_stmts(sp, c->l1);
            }
            break;
        default:
            // PASS, BREAK, CONTINUE
            break;
    }
}

// Capture names of a match pattern are bound; value patterns, class names
// and mapping keys are evaluated.
static void visit_pattern(scope_pass_t *sp, mp_ast_t *pat) {
    mp_stack_check();
    switch (pat->kind) {
        case MP_AST_PAT_VALUE:
            visit_expr(sp, pat->a);
            break;
        case MP_AST_PAT_CLASS:
            visit_expr(sp, pat->a);
            for (size_t i = 0; i < pat->l3->len; i++) {
                if (pat->l4->items[i]->name == MP_QSTR___debug__) {
                    scope_error(sp, pat->l3->items[i], MP_ERROR_TEXT("cannot assign to __debug__"));
                }
                visit_pattern(sp, pat->l3->items[i]);
            }
            for (size_t i = 0; i < pat->l2->len; i++) {
                visit_pattern(sp, pat->l2->items[i]);
            }
            break;
        case MP_AST_PAT_SEQ:
        case MP_AST_PAT_OR:
            for (size_t i = 0; i < pat->l2->len; i++) {
                visit_pattern(sp, pat->l2->items[i]);
            }
            break;
        case MP_AST_PAT_MAP:
            for (size_t i = 0; i < pat->l2->len; i++) {
                visit_expr(sp, pat->l2->items[i]);
                visit_pattern(sp, pat->l3->items[i]);
            }
            if (pat->name != MP_QSTRnull) {
                note_bind(sp, pat, pat->name);
            }
            break;
        case MP_AST_PAT_AS:
            if (pat->a != NULL) {
                visit_pattern(sp, pat->a);
            }
            if (pat->name != MP_QSTRnull) {
                note_bind(sp, pat, pat->name);
            }
            break;
        case MP_AST_PAT_STAR:
            if (pat->name != MP_QSTRnull) {
                note_bind(sp, pat, pat->name);
            }
            break;
        default:
            // PAT_SINGLETON
            break;
    }
}

static bool is_future_import(const mp_ast_t *st) {
    return st->kind == MP_AST_IMPORT_FROM && st->name == MP_QSTR___future__ && st->num == 0;
}

// from __future__ import ...: checked here, compiled to nothing; only
// annotations changes anything (annotations are kept as strings).
static void visit_future_import(scope_pass_t *sp, mp_ast_t *node) {
    if (!(node->flags & FUTURE_IMPORT_OK)) {
        scope_error(sp, node,
            MP_ERROR_TEXT("from __future__ imports must occur at the beginning of the file"));
    }
    static const uint16_t features[] = {
        MP_QSTR_nested_scopes, MP_QSTR_generators, MP_QSTR_division, MP_QSTR_absolute_import,
        MP_QSTR_with_statement, MP_QSTR_print_function, MP_QSTR_unicode_literals, MP_QSTR_barry_as_FLUFL,
        MP_QSTR_generator_stop, MP_QSTR_annotations,
    };
    // (CPython's errors on the names have no end_offset)
    node->end_col = 0xffff;
    for (size_t i = 0; i < node->l2->len; i++) {
        qstr name = node->l2->items[i]->name;
        if (name == MP_QSTR_braces) {
            scope_error(sp, node, MP_ERROR_TEXT("not a chance"));
        }
        bool known = false;
        for (size_t j = 0; j < MP_ARRAY_SIZE(features) && !known; j++) {
            known = features[j] == name;
        }
        if (!known) {
            scope_error_q(sp, node, MP_ERROR_TEXT("future feature %s is not defined"), name);
        }
        if (name == MP_QSTR_annotations) {
            sp->scope->scope_flags |= MP_SCOPE_FLAG_FUTURE_ANNOTATIONS;
        }
    }
}

static void visit_stmts(scope_pass_t *sp, mp_ast_list_t *list) {
    if (list != NULL) {
        for (size_t i = 0; i < list->len; i++) {
            visit_stmt(sp, list->items[i]);
        }
    }
}

// ---------------------------------------------------------------------------
// Pass 2: resolve

// Look for a binding of name in the function scopes enclosing s. On success
// the binding becomes a cell (if it was a plain local) and every scope in
// between gets a free variable to pass the cell on. Returns false if the name
// is global (or, for nonlocal, unbound).
static bool resolve_enclosing(scope_pass_t *sp, mp_scope_t *s, qstr name) {
    mp_scope_t *p;
    for (p = s->parent; p != NULL; p = p->parent) {
        if (p->kind == MP_SCOPE_MODULE) {
            return false;
        }
        if (p->kind == MP_SCOPE_CLASS) {
            if (name == MP_QSTR___class__) {
                // The cell is kept under another name, so that the class
                // body's own use of `__class__` (a name, or an enclosing
                // method's cell) is unaffected.
                mp_id_info_t *id = scope_add_id(sp, s->node, p, MP_QSTR___classcell__);
                id->flags |= MP_ID_FLAG_CLASS_CELL;
                if (id->kind == MP_ID_KIND_UNDECIDED) {
                    id->kind = MP_ID_KIND_NAME;
                }
                p->scope_flags |= MP_SCOPE_FLAG_HAS_CLASS_CELL;
                break;
            }
            continue;
        }
        mp_id_info_t *id = mp_scope_find(p, name);
        if (id == NULL) {
            continue;
        }
        if (id->kind == MP_ID_KIND_LOCAL) {
            id->kind = MP_ID_KIND_CELL;
        }
        if (id->kind == MP_ID_KIND_CELL || id->kind == MP_ID_KIND_FREE) {
            break;
        }
        return false;
    }
    if (p == NULL) {
        return false;
    }
    for (mp_scope_t *q = s->parent; q != p; q = q->parent) {
        mp_id_info_t *id = scope_add_id(sp, s->node, q, name);
        if (id->kind == MP_ID_KIND_UNDECIDED) {
            id->kind = MP_ID_KIND_FREE;
        }
        if (q->kind == MP_SCOPE_CLASS) {
            id->flags |= MP_ID_FLAG_CLASS_PASS;
        }
    }
    return true;
}

static void resolve_scope(scope_pass_t *sp, mp_scope_t *s) {
    for (size_t i = 0; i < s->id_len; i++) {
        mp_id_info_t *id = &s->ids[i];
        if (id->kind != MP_ID_KIND_UNDECIDED) {
            // Added by an inner scope's resolution.
            continue;
        }
        qstr name = id->name;
        uint8_t flags = id->flags;
        uint8_t kind;
        if (flags & MP_ID_FLAG_DECL_GLOBAL) {
            kind = MP_ID_KIND_GLOBAL_EXPLICIT;
        } else if (flags & MP_ID_FLAG_DECL_NONLOCAL) {
            if (!resolve_enclosing(sp, s, name)) {
                scope_error_q(sp, id->decl != NULL ? id->decl : s->node,
                    MP_ERROR_TEXT("no binding for nonlocal '%s' found"), name);
            }
            kind = MP_ID_KIND_FREE;
        } else if (s->kind == MP_SCOPE_MODULE) {
            kind = MP_ID_KIND_NAME;
        } else if (s->kind == MP_SCOPE_CLASS) {
            if (flags & MP_ID_FLAG_BOUND) {
                kind = MP_ID_KIND_NAME;
            } else {
                kind = resolve_enclosing(sp, s, name) ? MP_ID_KIND_FREE : MP_ID_KIND_NAME;
            }
        } else if (flags & (MP_ID_FLAG_BOUND | MP_ID_FLAG_PARAM)) {
            kind = MP_ID_KIND_LOCAL;
        } else {
            kind = resolve_enclosing(sp, s, name) ? MP_ID_KIND_FREE : MP_ID_KIND_GLOBAL_IMPLICIT;
        }
        // resolve_enclosing may have grown other scopes' id arrays, never this one.
        s->ids[i].kind = kind;
    }
    for (size_t i = 0; i < s->n_children; i++) {
        resolve_scope(sp, s->children[i]);
    }
}

// ---------------------------------------------------------------------------
// Pass 3: number the slots. Parameters come first (they are the first ids),
// then the other locals and cells, then the free variables.

static void assign_slots(scope_pass_t *sp, mp_scope_t *s) {
    size_t n = 0;
    for (size_t i = 0; i < s->id_len; i++) {
        mp_id_info_t *id = &s->ids[i];
        if ((id->kind == MP_ID_KIND_LOCAL || mp_id_is_cell(id)) && !mp_id_is_free(id)) {
            id->slot = (uint16_t)n++;
            if (mp_id_is_cell(id)) {
                s->n_cells++;
            }
        }
    }
    // The free variables in name order: CPython's co_freevars order, which
    // the cells of exec(code, closure=...) and code.replace follow.
    size_t n_free = 0;
    for (size_t i = 0; i < s->id_len; i++) {
        mp_id_info_t *id = &s->ids[i];
        if (mp_id_is_free(id)) {
            size_t rank = 0;
            for (size_t j = 0; j < s->id_len; j++) {
                rank += mp_id_is_free(&s->ids[j]) && strcmp(qstr_str(s->ids[j].name), qstr_str(id->name)) < 0;
            }
            id->slot = (uint16_t)(n + rank);
            n_free++;
        }
    }
    n += n_free;
    if (n > 0xffff) {
        scope_error(sp, s->node, MP_ERROR_TEXT("too many local variables"));
    }
    s->n_locals = (uint16_t)n;
    s->n_freevars = (uint16_t)n_free;

    switch (s->kind) {
        case MP_SCOPE_MODULE:
            s->scope_flags |= MP_SCOPE_FLAG_MODULE;
            break;
        case MP_SCOPE_CLASS:
            s->scope_flags |= MP_SCOPE_FLAG_CLASS_BODY;
            break;
        case MP_SCOPE_GEN_EXPR:
            s->scope_flags |= s->is_async ? MP_SCOPE_FLAG_ASYNC_GENERATOR : MP_SCOPE_FLAG_GENERATOR;
            break;
        default:
            if (s->is_async) {
                if (s->scope_flags & MP_SCOPE_FLAG_GENERATOR) {
                    s->scope_flags &= ~MP_SCOPE_FLAG_GENERATOR;
                    s->scope_flags |= MP_SCOPE_FLAG_ASYNC_GENERATOR;
                } else {
                    s->scope_flags |= MP_SCOPE_FLAG_COROUTINE;
                }
            }
            break;
    }
    for (size_t i = 0; i < s->n_children; i++) {
        assign_slots(sp, s->children[i]);
    }
}

mp_scope_t *mp_scope_analyse(mp_ast_t *root, qstr source_file, bool is_repl) {
    scope_pass_t sp;
    sp.source_file = source_file;
    sp.in_comp_iter = 0;
    sp.ann_scope = NULL;
    sp.no_eval = false;
    vstr_init(&sp.annotated, 0);
    mp_scope_t *module = scope_new(NULL, MP_SCOPE_MODULE, root, MP_QSTR__lt_module_gt_);
    // (compile() asks for top-level await with the coroutine flag.)
    module->is_async = (root->num & MP_SCOPE_FLAG_COROUTINE) != 0;
    module->scope_flags = (uint16_t)root->num & ~MP_SCOPE_FLAG_COROUTINE;
    if (is_repl) {
        module->scope_flags |= MP_SCOPE_FLAG_REPL;
    }
    sp.scope = module;
    if (root->kind == MP_AST_EXPRESSION) {
        visit_expr(&sp, root->a);
    } else {
        // Future imports may follow only the docstring and each other.
        mp_ast_list_t *body = root->l1;
        for (size_t i = 0; body != NULL && i < body->len; i++) {
            mp_ast_t *st = body->items[i];
            if (is_future_import(st)) {
                st->flags |= FUTURE_IMPORT_OK;
            } else if (!(i == 0 && st->kind == MP_AST_EXPR && st->a->kind == MP_AST_CONSTANT
                         && st->a->op == MP_AST_CONST_STR)) {
                // One later on the same line is refused by CPython's
                // future.c, not its compiler: at the statement's column
                // taken as the offset (one less), and with no end.
                while (++i < body->len && body->items[i]->line == body->items[i - 1]->line) {
                    st = body->items[i];
                    if (is_future_import(st)) {
                        st->col -= 1;
                        st->end_dline = 0;
                        st->end_col = 0xffff;
                    }
                }
                break;
            }
        }
        visit_stmts(&sp, root->l1);
    }
    resolve_scope(&sp, module);
    assign_slots(&sp, module);
    return module;
}
