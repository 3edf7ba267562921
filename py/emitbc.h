// The bytecode emitter: appends instructions (py/bc.h) to a growing code
// buffer, resolves labels, keeps the constant, name and line tables, and
// tracks the value-stack and block-stack depth of every instruction.
#ifndef MICROPY_INCLUDED_PY_EMITBC_H
#define MICROPY_INCLUDED_PY_EMITBC_H

#include "py/mpconfig.h"
#include "py/bc.h"

// A label is an index into the emitter's label table.
typedef size_t mp_emit_label_t;

// Depth bookkeeping: each label remembers the stack and block depth that
// jumps to it arrive with (-1: no live jump seen yet). Code after an
// unconditional jump, return or raise is unreachable until a label that some
// live jump targets; unreachable instructions are not emitted at all.
typedef struct _mp_emit_label_info_t {
    int32_t offset; // -1 until placed
    int32_t stack_depth;
    int32_t block_depth;
} mp_emit_label_info_t;

typedef struct _mp_emit_t {
    byte *code;
    size_t code_len;
    size_t code_alloc;
    mp_obj_t *consts;
    size_t n_consts;
    size_t consts_alloc;
    qstr *names;
    size_t n_names;
    size_t names_alloc;
    // Hash indexes (entry index + 1, 0 = empty) that keep deduplication
    // linear for code with thousands of names or constants.
    uint32_t *const_hash;
    size_t const_hash_alloc;
    uint32_t *name_hash;
    size_t name_hash_alloc;
    uint32_t *lines; // pairs {offset, line}
    size_t n_lines;
    size_t lines_alloc;
    uint32_t cur_line;
    mp_emit_label_info_t *labels;
    size_t n_labels;
    size_t labels_alloc;
    uint32_t *patches; // code offsets of j32 operands, each followed by its label in the operand bytes
    size_t n_patches;
    size_t patches_alloc;
    int stack_depth;
    int max_stack_depth;
    int block_depth;
    int max_block_depth;
    bool reachable;
} mp_emit_t;

void mp_emit_init(mp_emit_t *e, size_t first_line);
mp_emit_label_t mp_emit_new_label(mp_emit_t *e);
void mp_emit_label(mp_emit_t *e, mp_emit_label_t label);
// Places a label that only later (backward) jumps reach, right after an
// unconditional jump: it is reachable with the depths from before that jump.
void mp_emit_label_force(mp_emit_t *e, mp_emit_label_t label);
// The source line of the instructions that follow.
void mp_emit_set_line(mp_emit_t *e, size_t line);
static inline bool mp_emit_is_reachable(const mp_emit_t *e) {
    return e->reachable;
}
// True once a live jump targets label (code placed there will run).
static inline bool mp_emit_label_is_reached(const mp_emit_t *e, mp_emit_label_t label) {
    return e->labels[label].stack_depth >= 0;
}

// Instructions with 0, 1 or 2 operands (widths come from MP_BC_OPCODES).
void mp_emit_op(mp_emit_t *e, mp_bc_opcode_t op);
void mp_emit_op1(mp_emit_t *e, mp_bc_opcode_t op, mp_int_t arg);
void mp_emit_op2(mp_emit_t *e, mp_bc_opcode_t op, mp_uint_t arg1, mp_uint_t arg2);
// Jumps, FOR_ITER and SETUP_FINALLY.
void mp_emit_jump(mp_emit_t *e, mp_bc_opcode_t op, mp_emit_label_t label);

// Table indexes (deduplicated).
size_t mp_emit_const_index(mp_emit_t *e, mp_obj_t obj);
size_t mp_emit_name_index(mp_emit_t *e, qstr name);
// Shorthands for the common loads.
void mp_emit_load_const(mp_emit_t *e, mp_obj_t obj); // picks LOAD_SMALL_INT/NONE/TRUE/FALSE when it can
void mp_emit_name_op(mp_emit_t *e, mp_bc_opcode_t op, qstr name);

// Copies code and tables into rc (code, consts, names, lines, stack sizes).
void mp_emit_finish(mp_emit_t *e, mp_raw_code_t *rc);

#endif // MICROPY_INCLUDED_PY_EMITBC_H
