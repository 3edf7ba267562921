// Bytecode: the contract between the compiler (py/compile*.c) and the VM
// (py/vm.c). Code objects, function objects and the instruction set.
#ifndef MICROPY_INCLUDED_PY_BC_H
#define MICROPY_INCLUDED_PY_BC_H

#include "py/mpconfig.h"
#include "py/obj.h"
#include "py/ast.h"

// ---------------------------------------------------------------------------
// Instruction encoding. An instruction is one opcode byte followed by its
// operands, each of fixed width so decoding needs no loops:
//   u8   1 byte unsigned
//   u16  2 bytes unsigned, little-endian (indexes into consts/names/locals, counts)
//   s16  2 bytes signed, little-endian
//   j32  4 bytes unsigned little-endian: ABSOLUTE byte offset of the target in code[]
//
// The value stack grows upwards; "a, b -> c" lists the stack before and after,
// top of stack (TOS) last. "name" operands are u16 indexes into rc->names[];
// "const" operands index rc->consts[]; "slot" operands index the frame's local slots.
//
// Local slots (rc->n_locals of them) are laid out as:
//   [positional args (n_pos_args, posonly first)] [keyword-only args (n_kwonly_args)]
//   [*args tuple if VARARGS] [**kwargs dict if VARKEYWORDS] [other locals]
//   [free variables: the last n_freevars slots, filled from the closure tuple]
// A slot listed in rc->cell_slots holds a cell object: at entry the VM replaces
// its content (an argument value or MP_OBJ_NULL) by a new cell holding it.
// LOAD_FAST on a cell or free slot pushes the cell itself (used to build closures);
// LOAD_DEREF/STORE_DEREF/DELETE_DEREF access the cell's content.
//
// Exceptions: SETUP_FINALLY pushes a block {handler, stack depth} on the frame's
// block stack; POP_BLOCK pops it. When an exception propagates into a frame
// whose block stack is non-empty, the VM pops the top block, cuts the value
// stack back to the block's depth, pushes the previously handled exception
// (MP_STATE_VM(cur_exception), or None) and then the exception, sets
// cur_exception to the new exception, and jumps to the handler. The handler
// code (compiled) ends with POP_EXCEPT after popping the exception (which
// restores cur_exception from the value below), or with RERAISE.
// `return`/`break`/`continue` out of try/finally or with: the compiler emits
// POP_BLOCK and a copy of the finally body (or the __exit__ call) inline
// before the jump, so the VM has no "pending return" state.
// A function that returns MP_OBJ_NULL never exists: every code path ends in
// RETURN_VALUE, RAISE_VARARGS or RERAISE.
//
// clang-format off
#define MP_BC_OPCODES(X) \
    X(NOP,               0x00, "")        /* -- */ \
    X(LOAD_CONST,        0x01, "u16")     /* -> consts[i] */ \
    X(LOAD_NONE,         0x02, "")        /* -> None */ \
    X(LOAD_TRUE,         0x03, "")        /* -> True */ \
    X(LOAD_FALSE,        0x04, "")        /* -> False */ \
    X(LOAD_SMALL_INT,    0x05, "s16")     /* -> int */ \
    X(LOAD_FAST,         0x06, "u16")     /* -> slot (UnboundLocalError if unset) */ \
    X(STORE_FAST,        0x07, "u16")     /* v -> */ \
    X(DELETE_FAST,       0x08, "u16")     /* -- (UnboundLocalError if unset) */ \
    X(LOAD_DEREF,        0x09, "u16")     /* -> cell content (NameError if empty) */ \
    X(STORE_DEREF,       0x0a, "u16")     /* v -> */ \
    X(DELETE_DEREF,      0x0b, "u16")     /* -- */ \
    X(LOAD_NAME,         0x0c, "u16")     /* -> locals/globals/builtins[name] */ \
    X(STORE_NAME,        0x0d, "u16")     /* v -> (locals dict) */ \
    X(DELETE_NAME,       0x0e, "u16")     /* -- */ \
    X(LOAD_GLOBAL,       0x0f, "u16")     /* -> globals/builtins[name] */ \
    X(STORE_GLOBAL,      0x10, "u16")     /* v -> */ \
    X(DELETE_GLOBAL,     0x11, "u16")     /* -- */ \
    X(LOAD_CLASSDEREF,   0x12, "u16u16")  /* name, slot: -> locals[name] if present else cell content */ \
    X(LOAD_ATTR,         0x13, "u16")     /* obj -> obj.name */ \
    X(STORE_ATTR,        0x14, "u16")     /* v, obj -> */ \
    X(DELETE_ATTR,       0x15, "u16")     /* obj -> */ \
    X(LOAD_METHOD,       0x16, "u16")     /* obj -> meth, self_or_NULL */ \
    X(LOAD_SUBSCR,       0x17, "")        /* obj, index -> obj[index] */ \
    X(STORE_SUBSCR,      0x18, "")        /* v, obj, index -> */ \
    X(DELETE_SUBSCR,     0x19, "")        /* obj, index -> */ \
    X(POP_TOP,           0x1a, "")        /* a -> */ \
    X(ROT_TWO,           0x1b, "")        /* a, b -> b, a */ \
    X(ROT_THREE,         0x1c, "")        /* a, b, c -> c, a, b */ \
    X(ROT_FOUR,          0x1d, "")        /* a, b, c, d -> d, a, b, c */ \
    X(DUP_TOP,           0x1e, "")        /* a -> a, a */ \
    X(DUP_TOP_TWO,       0x1f, "")        /* a, b -> a, b, a, b */ \
    X(COPY,              0x20, "u16")     /* n >= 1: ..., x, (n-1 items) -> ..., x, (n-1 items), x */ \
    X(SWAP,              0x21, "u16")     /* n >= 2: swap TOS with the n-th item from the top */ \
    X(UNARY_OP,          0x22, "u16")     /* a -> op(a); op is mp_unary_op_t (POSITIVE, NEGATIVE, INVERT, NOT) */ \
    X(BINARY_OP,         0x23, "u16")     /* a, b -> a op b; op is mp_binary_op_t, incl. INPLACE_ and compares; IN means `a in b` */ \
    X(JUMP,              0x24, "j32")     /* -- */ \
    X(POP_JUMP_IF_FALSE, 0x25, "j32")     /* a -> */ \
    X(POP_JUMP_IF_TRUE,  0x26, "j32")     /* a -> */ \
    X(JUMP_IF_FALSE_OR_POP, 0x27, "j32")  /* a -> a (jump) | -> (fall through) */ \
    X(JUMP_IF_TRUE_OR_POP,  0x28, "j32")  /* a -> a (jump) | -> (fall through) */ \
    X(GET_ITER,          0x29, "")        /* obj -> iter */ \
    X(FOR_ITER,          0x2a, "j32")     /* buf[4], iter -> buf[4], iter, next | -> (exhausted: all 5 popped, jump) */ \
    X(BUILD_TUPLE,       0x2b, "u16")     /* n items -> tuple */ \
    X(BUILD_LIST,        0x2c, "u16")     /* n items -> list */ \
    X(BUILD_SET,         0x2d, "u16")     /* n items -> set */ \
    X(BUILD_MAP,         0x2e, "u16")     /* n (key, value) pairs -> dict */ \
    X(BUILD_SLICE,       0x2f, "u16")     /* start, stop[, step] (n = 2 or 3) -> slice */ \
    X(BUILD_STRING,      0x30, "u16")     /* n strs -> concatenation */ \
    X(LIST_APPEND,       0x31, "u16")     /* v -> ; appends v to the list at stack[-n] (after popping v) */ \
    X(SET_ADD,           0x32, "u16")     /* v -> ; likewise for a set */ \
    X(MAP_ADD,           0x33, "u16")     /* k, v -> ; dict at stack[-n] after popping k, v */ \
    X(LIST_EXTEND,       0x34, "u16")     /* iterable -> ; extends the list at stack[-n] */ \
    X(SET_UPDATE,        0x35, "u16")     /* iterable -> */ \
    X(DICT_UPDATE,       0x36, "u16")     /* mapping -> ; dict literal {**m} */ \
    X(DICT_MERGE,        0x37, "u16")     /* mapping -> ; call f(**m): TypeError on duplicate or non-str key */ \
    X(LIST_TO_TUPLE,     0x38, "")        /* list -> tuple */ \
    X(UNPACK_SEQUENCE,   0x39, "u16")     /* seq -> item[n-1], ..., item[0] (item[0] on top) */ \
    X(UNPACK_EX,         0x3a, "u16u16")  /* before, after: seq -> after items.., list, before items (first on top) */ \
    X(FORMAT_VALUE,      0x3b, "u8")      /* v[, spec] -> str; bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: spec on stack */ \
    X(CALL_FUNCTION,     0x3c, "u16u16")  /* n_pos, n_kw: f, pos.., (key str, value).. -> result */ \
    X(CALL_METHOD,       0x3d, "u16u16")  /* n_pos, n_kw: meth, self_or_NULL, pos.., (key, value).. -> result */ \
    X(CALL_FUNCTION_EX,  0x3e, "u8")      /* flags bit 0: f, seq[, kwdict] -> result (seq: list or tuple) */ \
    X(MAKE_FUNCTION,     0x3f, "u16u8")   /* const (a raw code), flags: [defaults tuple (0x01)] [kwdefaults dict (0x02)] [closure tuple (0x08)] -> fun */ \
    X(RETURN_VALUE,      0x40, "")        /* v -> (return) */ \
    X(YIELD_VALUE,       0x41, "")        /* v -> sent value */ \
    X(YIELD_FROM,        0x42, "")        /* iter, v -> result (delegates until iter returns) */ \
    X(GET_AWAITABLE,     0x43, "")        /* obj -> iterator for YIELD_FROM (coroutine, or obj.__await__()) */ \
    X(GET_AITER,         0x44, "")        /* obj -> obj.__aiter__() */ \
    X(GET_ANEXT,         0x45, "")        /* aiter -> aiter, awaitable of aiter.__anext__() */ \
    X(SETUP_FINALLY,     0x46, "j32")     /* push block (handler, current stack depth) */ \
    X(POP_BLOCK,         0x47, "")        /* pop block */ \
    X(POP_EXCEPT,        0x48, "")        /* prev_exc -> ; cur_exception = prev_exc */ \
    X(RERAISE,           0x49, "")        /* exc -> (raise exc again, keeping its traceback) */ \
    X(RAISE_VARARGS,     0x4a, "u8")      /* 0: re-raise cur_exception; 1: exc ->; 2: exc, cause -> */ \
    X(CHECK_EXC_MATCH,   0x4b, "")        /* exc, type_or_tuple -> exc, bool */ \
    X(BEFORE_WITH,       0x4c, "")        /* mgr -> bound __exit__, result of __enter__() */ \
    X(BEFORE_ASYNC_WITH, 0x4d, "")        /* mgr -> bound __aexit__, awaitable of __aenter__() */ \
    X(WITH_EXCEPT_START, 0x4e, "")        /* exit, prev, exc -> exit, prev, exc, exit(type(exc), exc, None) */ \
    X(IMPORT_NAME,       0x4f, "u16")     /* level, fromlist -> module */ \
    X(IMPORT_FROM,       0x50, "u16")     /* module -> module, module.name (ImportError if missing) */ \
    X(IMPORT_STAR,       0x51, "")        /* module -> */ \
    X(LOAD_BUILD_CLASS,  0x52, "")        /* -> __build_class__ */ \
    X(LOAD_ASSERTION_ERROR, 0x53, "")     /* -> AssertionError */ \
    X(PRINT_EXPR,        0x54, "")        /* v -> (REPL: print repr(v) unless None, store in builtins._) */ \
    X(LOAD_CLOSURE_CELL, 0x55, "u16")     /* -> the cell object in slot (same as LOAD_FAST without the unbound check) */ \
    X(END_ASYNC_FOR,     0x56, "")        /* aiter, prev, exc -> ; pops the loop if exc is StopAsyncIteration, else re-raises exc */ \
    X(GET_ITER_STACK,    0x57, "u8")      /* n = 0: obj -> buf[4], iter; n = 1..3: f, n args -> buf[4], iter of f(args) (range's iterator made directly when f is range); n = 4: iter -> buf[4], iter */ \
    X(LOAD_SUPER_METHOD, 0x58, "u16")     /* super, __class__, self -> meth, self_or_NULL: super().name(...) with no super object made (unless `super` is rebound) */
// clang-format on

typedef enum {
#define MP_BC_ENUM(name, code, operands) MP_BC_##name = code,
    MP_BC_OPCODES(MP_BC_ENUM)
#undef MP_BC_ENUM
    MP_BC_NUM_OPCODES
} mp_bc_opcode_t;

// LIST_EXTEND operand flag (py/compile_expr.c sets it, py/vm.c reads it):
// the list is the positional arguments of a call whose callee lies just
// below it on the stack (used for the call's error messages). The low bits
// keep the usual stack offset n.
#define MP_BC_EXTEND_IN_CALL (0x8000)

// GET_ITER_STACK operand: the value on the stack is an iterator already (a
// comprehension's ".0"), which must not be asked for an iterator again.
#define MP_BC_GET_ITER_STACK_IS_ITER (4)

// Operand access (unaligned little-endian reads).
static inline uint16_t mp_bc_read_u16(const byte *p) {
    return (uint16_t)(p[0] | (p[1] << 8));
}
static inline int16_t mp_bc_read_s16(const byte *p) {
    return (int16_t)mp_bc_read_u16(p);
}
static inline uint32_t mp_bc_read_u32(const byte *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

// ---------------------------------------------------------------------------
// Code objects: what the compiler produces for every function, lambda,
// comprehension, class body and module. Immutable once built (but for the
// VM's global_cache).
#define MP_SCOPE_FLAG_VARARGS (0x0001)     // has *args
#define MP_SCOPE_FLAG_VARKEYWORDS (0x0002) // has **kwargs
#define MP_SCOPE_FLAG_GENERATOR (0x0004)   // contains yield: calling makes a generator
#define MP_SCOPE_FLAG_COROUTINE (0x0008)   // async def: calling makes a coroutine
#define MP_SCOPE_FLAG_ASYNC_GENERATOR (0x0010) // async def with yield
#define MP_SCOPE_FLAG_MODULE (0x0020)      // module code: names go to globals
#define MP_SCOPE_FLAG_CLASS_BODY (0x0040)  // class body: names go to the locals dict
#define MP_SCOPE_FLAG_HAS_CLASS_CELL (0x0080) // class body defines a __class__ cell and returns it
#define MP_SCOPE_FLAG_REPL (0x0100)        // REPL input: PRINT_EXPR used
#define MP_SCOPE_FLAG_ITERABLE_COROUTINE (0x0200) // set by types.coroutine on a copy of a generator's code: its generators may `yield from` a coroutine
#define MP_SCOPE_FLAG_OWN_QUALNAME (0x0400) // set at run time by py/objfun.c on a renamed function's copy of its code
// Annotations (set by py/scope.c; read by py/compile.c and py/objfun.c).
#define MP_SCOPE_FLAG_FUTURE_ANNOTATIONS (0x0800) // module: from __future__ import annotations
#define MP_SCOPE_FLAG_SETUP_ANNOTATIONS (0x1000) // module/class body stores annotations in __annotations__
#define MP_SCOPE_FLAG_ANNOTATED (0x2000)   // functions of this code get an annotations dict (MAKE_FUNCTION 0x04)
#define MP_SCOPE_FLAG_DOC (0x4000)         // a docstring constant follows the qualname (or is consts[0])
#define MP_SCOPE_FLAG_QUALNAME (0x8000)    // consts[0] is __qualname__ (a str differing from name)

typedef struct _mp_raw_code_t {
    mp_obj_base_t base; // &mp_type_code: a raw code can be stored in consts[]
    qstr name;          // function name, "<module>", "<lambda>", "<listcomp>", ...
    qstr source_file;
    uint16_t scope_flags;
    uint16_t n_pos_args;     // including positional-only ones
    uint16_t n_posonly_args;
    uint16_t n_kwonly_args;
    uint16_t n_locals;       // all local slots (see above)
    uint16_t n_freevars;     // the last n_freevars slots
    uint16_t n_cells;        // entries of cell_slots
    uint16_t stack_size;     // maximum value stack depth
    uint16_t block_stack_size; // maximum SETUP_FINALLY nesting
    uint32_t first_line;
    const byte *code;
    size_t code_len;
    mp_obj_t *consts;        // ints, floats, strs, bytes, tuples of constants, nested raw codes
    size_t n_consts;
    qstr *names;             // attribute/global/import names
    size_t n_names;
    qstr *local_names;       // n_locals entries: arg names (keyword binding) and locals (error messages)
    uint16_t *cell_slots;
    // Line table: n_lines pairs {code offset, line}, offsets increasing; an
    // instruction's line is that of the last pair whose offset is <= its offset.
    uint32_t *lines;
    size_t n_lines;
    // The one field the VM writes (py/vm.c): per name index, where in the
    // globals table LOAD_GLOBAL last found it (NULL until first needed).
    uint16_t *global_cache;
} mp_raw_code_t;

// A Python function (type mp_type_fun_bc). Calling one with the GENERATOR or
// COROUTINE flag returns a generator/coroutine object instead of running it.
typedef struct _mp_obj_fun_bc_t {
    mp_obj_base_t base;
    const mp_raw_code_t *rc;
    mp_obj_dict_t *globals;
    mp_obj_tuple_t *defaults;  // defaults of the last positional args, or NULL
    mp_obj_dict_t *kwdefaults; // keyword-only defaults, or NULL
    mp_obj_tuple_t *closure;   // cells for the free variables, or NULL
    mp_obj_dict_t *dict;       // function attributes (f.x = 1), or NULL
} mp_obj_fun_bc_t;

// Compiler (py/compile.c): tree -> code object. Raises SyntaxError.
mp_raw_code_t *mp_compile_to_raw_code(mp_ast_t *tree, qstr source_file, bool is_repl);
// Parse + compile + wrap in a function bound to the current globals.
mp_obj_t mp_compile(mp_ast_t *tree, qstr source_file, bool is_repl);

// VM side (py/objfun.c, py/vm.c).
mp_obj_t mp_make_function_from_raw_code(const mp_raw_code_t *rc, mp_obj_dict_t *globals, mp_obj_t def_args, mp_obj_t def_kw_args, mp_obj_t closure);
// Run a class body (or module code) with `locals` as its name space; returns
// what the code returns (the __class__ cell or None for class bodies).
mp_obj_t mp_obj_fun_bc_call_with_locals(mp_obj_t fun, mp_obj_dict_t *locals);
// __qualname__ of a code object ("C.m", "f.<locals>.g"): py/objfun.c.
mp_obj_t mp_raw_code_qualname(const mp_raw_code_t *rc);
// Store the annotations dict of a function made from MP_SCOPE_FLAG_ANNOTATED
// code (every function has the slot; others start with none): py/objfun.c.
void mp_obj_fun_bc_set_annotations(mp_obj_t fun, mp_obj_t annotations);
// Disassemble for debugging (-v -v): py/showbc.c.
void mp_bytecode_print(const mp_print_t *print, const mp_raw_code_t *rc);
// Line number of a code offset.
size_t mp_bytecode_get_line(const mp_raw_code_t *rc, size_t offset);

// READY
#endif // MICROPY_INCLUDED_PY_BC_H
