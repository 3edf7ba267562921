// Scope analysis: decides, for every name in every scope of a module, where
// it lives (fast local slot, cell, free variable, global, or name lookup).
#ifndef MICROPY_INCLUDED_PY_SCOPE_H
#define MICROPY_INCLUDED_PY_SCOPE_H

#include "py/mpconfig.h"
#include "py/ast.h"
#include "py/bc.h"

// The kinds of code object a scope becomes.
typedef enum {
    MP_SCOPE_MODULE,
    MP_SCOPE_FUNCTION,
    MP_SCOPE_LAMBDA,
    MP_SCOPE_CLASS,
    MP_SCOPE_LIST_COMP,
    MP_SCOPE_SET_COMP,
    MP_SCOPE_DICT_COMP,
    MP_SCOPE_GEN_EXPR,
} mp_scope_kind_t;

static inline bool mp_scope_kind_is_comp(mp_scope_kind_t kind) {
    return kind >= MP_SCOPE_LIST_COMP;
}

// Where a name lives, which selects the instructions that access it:
//   NAME             LOAD_NAME/STORE_NAME (module and class bodies)
//   GLOBAL_*         LOAD_GLOBAL/STORE_GLOBAL (implicit: only read here)
//   LOCAL            LOAD_FAST/STORE_FAST on its slot
//   CELL             a local slot holding a cell, because an inner scope captures it
//   FREE             one of the last n_freevars slots, a cell from the closure;
//                    a class body reads it with LOAD_CLASSDEREF
typedef enum {
    MP_ID_KIND_UNDECIDED,
    MP_ID_KIND_NAME,
    MP_ID_KIND_GLOBAL_IMPLICIT,
    MP_ID_KIND_GLOBAL_EXPLICIT,
    MP_ID_KIND_LOCAL,
    MP_ID_KIND_CELL,
    MP_ID_KIND_FREE,
} mp_id_kind_t;

// What the first pass saw of a name in one scope.
#define MP_ID_FLAG_PARAM (0x01)         // a parameter
#define MP_ID_FLAG_BOUND (0x02)         // assigned, deleted, imported, def/class name...
#define MP_ID_FLAG_USED (0x04)          // read
#define MP_ID_FLAG_DECL_GLOBAL (0x08)   // `global` statement (or walrus at module level)
#define MP_ID_FLAG_DECL_NONLOCAL (0x10) // `nonlocal` statement (or walrus in a comprehension)
#define MP_ID_FLAG_COMP_ITER (0x20)     // a comprehension's iteration variable
#define MP_ID_FLAG_CLASS_PASS (0x40)    // class body: also has a free slot, to pass on to inner scopes
#define MP_ID_FLAG_CLASS_CELL (0x80)    // class body: __class__, a cell for the methods (whatever the body does with the name)

typedef struct _mp_id_info_t {
    qstr name;
    uint8_t kind;  // mp_id_kind_t
    uint8_t flags; // MP_ID_FLAG_*
    uint16_t slot; // for ids with mp_id_has_slot()
    const mp_ast_t *decl; // the `nonlocal` statement, for error positions
} mp_id_info_t;

// A cell slot: a captured local, or a class body's __class__ cell.
static inline bool mp_id_is_cell(const mp_id_info_t *id) {
    return id->kind == MP_ID_KIND_CELL || (id->flags & MP_ID_FLAG_CLASS_CELL);
}
// A free slot (the last n_freevars slots).
static inline bool mp_id_is_free(const mp_id_info_t *id) {
    return id->kind == MP_ID_KIND_FREE || (id->flags & MP_ID_FLAG_CLASS_PASS);
}
static inline bool mp_id_has_slot(const mp_id_info_t *id) {
    return id->kind == MP_ID_KIND_LOCAL || mp_id_is_cell(id) || mp_id_is_free(id);
}

typedef struct _mp_scope_t mp_scope_t;
struct _mp_scope_t {
    uint8_t kind;         // mp_scope_kind_t
    bool is_async;        // async def, or a comprehension that awaits
    uint16_t scope_flags; // MP_SCOPE_FLAG_* for the code object
    mp_ast_t *node;       // MODULE/INTERACTIVE/EXPRESSION, FUNCTION_DEF, LAMBDA, CLASS_DEF or a comprehension
    mp_scope_t *parent;
    mp_scope_t **children; // in the order the compiler meets them
    size_t n_children;
    size_t alloc_children;
    qstr name; // "<module>", function/class name, "<lambda>", "<listcomp>"...
    qstr private_class; // innermost enclosing class (itself included): mangles __names
    uint16_t n_pos_args; // including positional-only
    uint16_t n_posonly_args;
    uint16_t n_kwonly_args;
    uint16_t n_params;   // all parameters, *args and **kwargs included
    uint16_t n_locals;   // all slots, free ones included
    uint16_t n_freevars;
    uint16_t n_cells;
    // ids[] in order of first appearance, parameters first. A hash index
    // (slot+1 per entry, 0 = empty) is kept once a scope has many names.
    mp_id_info_t *ids;
    size_t id_len;
    size_t id_alloc;
    uint16_t *id_hash;
    size_t id_hash_alloc;
    // The compiled code object, kept so that code compiled twice (finally
    // bodies are emitted once per exit path) shares one nested code object.
    mp_raw_code_t *raw_code;
    // Module scope only: dict of the names bound by `name = const(value)`
    // so far, whose later loads anywhere in the module are the value
    // (MicroPython's compile-time constants); MP_OBJ_NULL until the first.
    mp_obj_t consts;
};

// Runs both passes over a whole tree: collects every scope and name, then
// resolves them and numbers the slots. Raises SyntaxError.
mp_scope_t *mp_scope_analyse(mp_ast_t *root, qstr source_file, bool is_repl);

// The id for name in scope, or NULL.
mp_id_info_t *mp_scope_find(const mp_scope_t *scope, qstr name);
// The child scope made from node (a def, lambda, class or comprehension), or NULL.
mp_scope_t *mp_scope_find_child(const mp_scope_t *scope, const mp_ast_t *node);
// Private name mangling: inside class C, __spam becomes _C__spam.
qstr mp_scope_mangle(const mp_scope_t *scope, qstr name);
// The name of a function-like scope's first positional parameter (for
// zero-argument super()), looking through comprehensions; MP_QSTRnull if none.
qstr mp_scope_first_arg_name(const mp_scope_t *scope);

#endif // MICROPY_INCLUDED_PY_SCOPE_H
