// The bytecode emitter: instruction encoding, labels, constant/name/line
// tables, and exact value-stack and block-stack depth tracking.
#include "py/mpconfig.h"

#include <string.h>

#include "py/emitbc.h"
#include "py/runtime.h"

// Operand formats straight from the opcode list, so encoding and the
// disassembler can never disagree with py/bc.h. Each format text is reduced
// at compile time to one byte that tells them all apart: the text's length,
// plus a flag for "s16" and one for "j32" (the other 3-character ones).
enum {
    FMT_NONE = 0, FMT_U8 = 2, FMT_U16 = 3, FMT_U16U8 = 5, FMT_U16U16 = 6,
    FMT_S16 = FMT_U16 | 0x10, FMT_J32 = FMT_U16 | 0x20,
};
static const uint8_t emit_operand_fmt[MP_BC_NUM_OPCODES] = {
#define MP_BC_FMT(name, code, operands) \
    [code] = (sizeof(operands) - 1) | (operands[0] == 's' ? 0x10 : 0) | (operands[0] == 'j' ? 0x20 : 0),
    MP_BC_OPCODES(MP_BC_FMT)
#undef MP_BC_FMT
};

void mp_emit_init(mp_emit_t *e, size_t first_line) {
    memset(e, 0, sizeof(*e));
    e->cur_line = (uint32_t)first_line;
    e->reachable = true;
}

// ---------------------------------------------------------------------------
// Growable tables

static void *grow(void *ptr, size_t *alloc, size_t need, size_t elem_size) {
    if (need <= *alloc) {
        return ptr;
    }
    // 64 bytes to start, not 16: half the functions of asyncio, argparse or
    // http.client fit their code in that and most fit their other tables, so
    // few reallocations (each may search the heap); mp_emit_finish trims.
    size_t n = *alloc == 0 ? 64 / elem_size : *alloc * 2;
    while (n < need) {
        n *= 2;
    }
    ptr = m_realloc(ptr, m_size_mul(n, elem_size));
    *alloc = n;
    return ptr;
}

static byte *code_alloc(mp_emit_t *e, size_t n) {
    if (e->code_len + n > e->code_alloc) {
        e->code = grow(e->code, &e->code_alloc, e->code_len + n, 1);
    }
    byte *p = e->code + e->code_len;
    e->code_len += n;
    return p;
}

static void write_u16(byte *p, mp_uint_t v) {
    p[0] = (byte)v;
    p[1] = (byte)(v >> 8);
}

static void write_u32(byte *p, uint32_t v) {
    p[0] = (byte)v;
    p[1] = (byte)(v >> 8);
    p[2] = (byte)(v >> 16);
    p[3] = (byte)(v >> 24);
}

// ---------------------------------------------------------------------------
// Lines

void mp_emit_set_line(mp_emit_t *e, size_t line) {
    e->cur_line = (uint32_t)line;
}

// Called before each instruction: records {offset, line} when the line changed.
static void emit_line_entry(mp_emit_t *e) {
    if (MP_STATE_CTX(opt_level) >= 3) {
        // As MicroPython at -O3: no line numbers kept, tracebacks say line 1.
        e->cur_line = 1;
    }
    if (e->n_lines > 0) {
        uint32_t *last = &e->lines[2 * (e->n_lines - 1)];
        if (last[1] == e->cur_line) {
            return;
        }
        if (last[0] == e->code_len) {
            // Nothing emitted since the previous entry: replace it.
            last[1] = e->cur_line;
            if (e->n_lines > 1 && last[-1] == e->cur_line) {
                e->n_lines--;
            }
            return;
        }
    }
    e->lines = grow(e->lines, &e->lines_alloc, 2 * (e->n_lines + 1), sizeof(uint32_t));
    e->lines[2 * e->n_lines] = (uint32_t)e->code_len;
    e->lines[2 * e->n_lines + 1] = e->cur_line;
    e->n_lines++;
}

// ---------------------------------------------------------------------------
// Stack effects. `jump` selects the effect on the branch-taken path of a
// conditional jump; SETUP_FINALLY's handler path is accounted separately.

static int stack_effect(mp_bc_opcode_t op, mp_uint_t a, mp_uint_t b, bool jump) {
    switch (op) {
        case MP_BC_NOP:
        case MP_BC_DELETE_FAST:
        case MP_BC_DELETE_DEREF:
        case MP_BC_DELETE_NAME:
        case MP_BC_DELETE_GLOBAL:
        case MP_BC_LOAD_ATTR:
        case MP_BC_ROT_TWO:
        case MP_BC_ROT_THREE:
        case MP_BC_ROT_FOUR:
        case MP_BC_SWAP:
        case MP_BC_UNARY_OP:
        case MP_BC_JUMP:
        case MP_BC_GET_ITER:
        case MP_BC_LIST_TO_TUPLE:
        case MP_BC_YIELD_VALUE:
        case MP_BC_GET_AWAITABLE:
        case MP_BC_GET_AITER:
        case MP_BC_SETUP_FINALLY:
        case MP_BC_POP_BLOCK:
        case MP_BC_CHECK_EXC_MATCH:
            return 0;
        case MP_BC_LOAD_CONST:
        case MP_BC_LOAD_NONE:
        case MP_BC_LOAD_TRUE:
        case MP_BC_LOAD_FALSE:
        case MP_BC_LOAD_SMALL_INT:
        case MP_BC_LOAD_FAST:
        case MP_BC_LOAD_DEREF:
        case MP_BC_LOAD_NAME:
        case MP_BC_LOAD_GLOBAL:
        case MP_BC_LOAD_CLASSDEREF:
        case MP_BC_LOAD_METHOD:
        case MP_BC_DUP_TOP:
        case MP_BC_COPY:
        case MP_BC_GET_ANEXT:
        case MP_BC_BEFORE_WITH:
        case MP_BC_BEFORE_ASYNC_WITH:
        case MP_BC_WITH_EXCEPT_START:
        case MP_BC_IMPORT_FROM:
        case MP_BC_LOAD_BUILD_CLASS:
        case MP_BC_LOAD_ASSERTION_ERROR:
        case MP_BC_LOAD_CLOSURE_CELL:
            return 1;
        case MP_BC_DUP_TOP_TWO:
            return 2;
        case MP_BC_STORE_FAST:
        case MP_BC_STORE_DEREF:
        case MP_BC_STORE_NAME:
        case MP_BC_STORE_GLOBAL:
        case MP_BC_DELETE_ATTR:
        case MP_BC_LOAD_SUBSCR:
        case MP_BC_POP_TOP:
        case MP_BC_BINARY_OP:
        case MP_BC_POP_JUMP_IF_FALSE:
        case MP_BC_POP_JUMP_IF_TRUE:
        case MP_BC_LIST_APPEND:
        case MP_BC_SET_ADD:
        case MP_BC_LIST_EXTEND:
        case MP_BC_SET_UPDATE:
        case MP_BC_DICT_UPDATE:
        case MP_BC_DICT_MERGE:
        case MP_BC_RETURN_VALUE:
        case MP_BC_YIELD_FROM:
        case MP_BC_POP_EXCEPT:
        case MP_BC_RERAISE:
        case MP_BC_IMPORT_NAME:
        case MP_BC_IMPORT_STAR:
        case MP_BC_PRINT_EXPR:
        case MP_BC_LOAD_SUPER_METHOD:
            return -1;
        case MP_BC_STORE_ATTR:
        case MP_BC_DELETE_SUBSCR:
        case MP_BC_MAP_ADD:
            return -2;
        case MP_BC_STORE_SUBSCR:
        case MP_BC_END_ASYNC_FOR:
            return -3;
        case MP_BC_JUMP_IF_FALSE_OR_POP:
        case MP_BC_JUMP_IF_TRUE_OR_POP:
            return jump ? 0 : -1;
        case MP_BC_FOR_ITER:
            return jump ? -1 - MP_OBJ_ITER_BUF_NSLOTS : 1;
        case MP_BC_GET_ITER_STACK:
            return MP_OBJ_ITER_BUF_NSLOTS - (a == MP_BC_GET_ITER_STACK_IS_ITER ? 0 : (int)a);
        case MP_BC_BUILD_TUPLE:
        case MP_BC_BUILD_LIST:
        case MP_BC_BUILD_SET:
        case MP_BC_BUILD_SLICE:
        case MP_BC_BUILD_STRING:
            return 1 - (int)a;
        case MP_BC_BUILD_MAP:
            return 1 - 2 * (int)a;
        case MP_BC_UNPACK_SEQUENCE:
            return (int)a - 1;
        case MP_BC_UNPACK_EX:
            return (int)(a + b);
        case MP_BC_FORMAT_VALUE:
            return (a & 4) ? -1 : 0;
        case MP_BC_CALL_FUNCTION:
            return -(int)(a + 2 * b);
        case MP_BC_CALL_METHOD:
            return -(int)(a + 2 * b + 1);
        case MP_BC_CALL_FUNCTION_EX:
            return (a & 1) ? -2 : -1;
        case MP_BC_MAKE_FUNCTION:
            return 1 - (int)((b & 1) + ((b >> 1) & 1) + ((b >> 2) & 1) + ((b >> 3) & 1));
        case MP_BC_RAISE_VARARGS:
            return -(int)a;
        default:
            return 0;
    }
}

static void adjust_stack(mp_emit_t *e, int delta) {
    e->stack_depth += delta;
    MP_ASSERT(e->stack_depth >= 0);
    if (e->stack_depth > e->max_stack_depth) {
        e->max_stack_depth = e->stack_depth;
    }
}

static bool op_ends_flow(mp_bc_opcode_t op) {
    return op == MP_BC_JUMP || op == MP_BC_RETURN_VALUE || op == MP_BC_RERAISE || op == MP_BC_RAISE_VARARGS;
}

// ---------------------------------------------------------------------------
// Labels

mp_emit_label_t mp_emit_new_label(mp_emit_t *e) {
    e->labels = grow(e->labels, &e->labels_alloc, e->n_labels + 1, sizeof(mp_emit_label_info_t));
    mp_emit_label_info_t *l = &e->labels[e->n_labels];
    l->offset = -1;
    l->stack_depth = -1;
    l->block_depth = -1;
    return e->n_labels++;
}

// A live jump reaches label with the given depths.
static void label_arrive(mp_emit_t *e, mp_emit_label_t label, int stack_depth, int block_depth) {
    mp_emit_label_info_t *l = &e->labels[label];
    if (l->stack_depth < 0) {
        l->stack_depth = stack_depth;
        l->block_depth = block_depth;
    } else {
        // Every path into a label must agree, or stack_size would be wrong.
        MP_ASSERT(l->stack_depth == stack_depth);
        MP_ASSERT(l->block_depth == block_depth);
        if (stack_depth > l->stack_depth) {
            l->stack_depth = stack_depth;
        }
    }
    if (stack_depth > e->max_stack_depth) {
        e->max_stack_depth = stack_depth;
    }
}

void mp_emit_label(mp_emit_t *e, mp_emit_label_t label) {
    mp_emit_label_info_t *l = &e->labels[label];
    MP_ASSERT(l->offset < 0);
    l->offset = (int32_t)e->code_len;
    if (l->stack_depth >= 0) {
        if (e->reachable) {
            MP_ASSERT(l->stack_depth == e->stack_depth);
            MP_ASSERT(l->block_depth == e->block_depth);
        }
        e->stack_depth = l->stack_depth;
        e->block_depth = l->block_depth;
        e->reachable = true;
    } else if (e->reachable) {
        // Backward jumps to this label will check against these depths.
        l->stack_depth = e->stack_depth;
        l->block_depth = e->block_depth;
    }
}

void mp_emit_label_force(mp_emit_t *e, mp_emit_label_t label) {
    e->reachable = true;
    mp_emit_label(e, label);
}

// ---------------------------------------------------------------------------
// Instructions

static byte *emit_opcode(mp_emit_t *e, mp_bc_opcode_t op, size_t operand_bytes) {
    emit_line_entry(e);
    byte *p = code_alloc(e, 1 + operand_bytes);
    p[0] = (byte)op;
    return p + 1;
}

static void emit_after(mp_emit_t *e, mp_bc_opcode_t op, mp_uint_t a, mp_uint_t b) {
    adjust_stack(e, stack_effect(op, a, b, false));
    if (op == MP_BC_POP_BLOCK) {
        e->block_depth--;
        MP_ASSERT(e->block_depth >= 0);
    }
    if (op_ends_flow(op)) {
        e->reachable = false;
    }
}

void mp_emit_op(mp_emit_t *e, mp_bc_opcode_t op) {
    if (!e->reachable) {
        return;
    }
    MP_ASSERT(emit_operand_fmt[op] == FMT_NONE);
    emit_opcode(e, op, 0);
    emit_after(e, op, 0, 0);
}

// Counts beyond an operand's width (a call with 70000 literal arguments)
// cannot be encoded.
MP_NORETURN static void operand_overflow(void) {
    mp_raise_msg(&mp_type_SyntaxError, MP_ERROR_TEXT("expression too complex"));
}

void mp_emit_op1(mp_emit_t *e, mp_bc_opcode_t op, mp_int_t arg) {
    if (!e->reachable) {
        return;
    }
    uint8_t fmt = emit_operand_fmt[op];
    mp_int_t lo = fmt == FMT_S16 ? -32768 : 0;
    mp_int_t hi = fmt == FMT_U8 ? 0xff : fmt == FMT_S16 ? 32767 : 0xffff;
    if (arg < lo || arg > hi) {
        operand_overflow();
    }
    if (fmt == FMT_U8) {
        byte *p = emit_opcode(e, op, 1);
        p[0] = (byte)arg;
    } else {
        MP_ASSERT(fmt == FMT_U16 || fmt == FMT_S16);
        byte *p = emit_opcode(e, op, 2);
        write_u16(p, (mp_uint_t)arg);
    }
    emit_after(e, op, (mp_uint_t)arg, 0);
}

void mp_emit_op2(mp_emit_t *e, mp_bc_opcode_t op, mp_uint_t arg1, mp_uint_t arg2) {
    if (!e->reachable) {
        return;
    }
    uint8_t fmt = emit_operand_fmt[op];
    if (arg1 > 0xffff || arg2 > 0xffff) {
        operand_overflow();
    }
    if (fmt == FMT_U16U8) {
        if (arg2 > 0xff) {
            operand_overflow();
        }
        byte *p = emit_opcode(e, op, 3);
        write_u16(p, arg1);
        p[2] = (byte)arg2;
    } else {
        MP_ASSERT(fmt == FMT_U16U16);
        byte *p = emit_opcode(e, op, 4);
        write_u16(p, arg1);
        write_u16(p + 2, arg2);
    }
    emit_after(e, op, arg1, arg2);
}

void mp_emit_jump(mp_emit_t *e, mp_bc_opcode_t op, mp_emit_label_t label) {
    if (!e->reachable) {
        return;
    }
    MP_ASSERT(emit_operand_fmt[op] == FMT_J32);
    byte *p = emit_opcode(e, op, 4);
    // The label number waits in the operand until mp_emit_finish.
    write_u32(p, (uint32_t)label);
    e->patches = grow(e->patches, &e->patches_alloc, e->n_patches + 1, sizeof(uint32_t));
    e->patches[e->n_patches++] = (uint32_t)(p - e->code);
    if (op == MP_BC_SETUP_FINALLY) {
        // The VM pops the block and pushes (previous exception, exception).
        label_arrive(e, label, e->stack_depth + 2, e->block_depth);
        e->block_depth++;
        if (e->block_depth > e->max_block_depth) {
            e->max_block_depth = e->block_depth;
        }
    } else {
        label_arrive(e, label, e->stack_depth + stack_effect(op, 0, 0, true), e->block_depth);
    }
    emit_after(e, op, 0, 0);
}

// ---------------------------------------------------------------------------
// Constants and names

// Constants are shared only when they are the same value of the same type:
// 1, 1.0 and True must stay distinct, and so must 0.0 and -0.0.
static bool const_same(mp_obj_t a, mp_obj_t b) {
    if (a == b) {
        return true;
    }
    if (!mp_obj_is_obj(a) || !mp_obj_is_obj(b)) {
        return false;
    }
    const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(a))->type;
    if (type != ((mp_obj_base_t *)MP_OBJ_TO_PTR(b))->type) {
        return false;
    }
    if (type == &mp_type_str || type == &mp_type_bytes) {
        const mp_obj_str_t *sa = MP_OBJ_TO_PTR(a);
        const mp_obj_str_t *sb = MP_OBJ_TO_PTR(b);
        return sa->len == sb->len && memcmp(sa->data, sb->data, sa->len) == 0;
    }
    if (type == &mp_type_float) {
        mp_float_t fa = ((mp_obj_float_t *)MP_OBJ_TO_PTR(a))->value;
        mp_float_t fb = ((mp_obj_float_t *)MP_OBJ_TO_PTR(b))->value;
        return memcmp(&fa, &fb, sizeof(mp_float_t)) == 0;
    }
    if (type == &mp_type_int) {
        return mp_obj_equal(a, b);
    }
    return false;
}

// A hash consistent with const_same (equal constants hash equal).
static size_t const_hash(mp_obj_t obj) {
    if (mp_obj_is_obj(obj)) {
        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
        if (type == &mp_type_str || type == &mp_type_bytes) {
            const mp_obj_str_t *s = MP_OBJ_TO_PTR(obj);
            return qstr_compute_hash(s->data, s->len) + (type == &mp_type_bytes);
        }
        if (type == &mp_type_float) {
            mp_float_t f = ((mp_obj_float_t *)MP_OBJ_TO_PTR(obj))->value;
            size_t h = 0;
            memcpy(&h, &f, sizeof(h) < sizeof(f) ? sizeof(h) : sizeof(f));
            return h;
        }
        // Big ints: one bucket chain (rare). Any other object (code objects,
        // one per function) is only ever the same as itself, so its address is
        // its hash; one chain for all of them made a module of N functions
        // cost N*N probes.
        if (type == &mp_type_int) {
            return (size_t)type;
        }
    }
    return (size_t)obj;
}

// Spreads all bits of h into the low ones used as a table index (the low
// bits of a double's representation are usually zero).
static size_t hash_mix(size_t h) {
    uint64_t x = h;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x;
}

// Most functions have a few names and constants: up to SMALL_TABLE of them
// are searched in order, and only a longer table gets a hash index (which
// costs an allocation of at least 64 entries).
#define SMALL_TABLE (12)

// Open addressing over index+1 entries; table size a power of two, at most half full.
static uint32_t *hash_rebuild(size_t *alloc, size_t n, size_t (*hash_of)(mp_emit_t *, size_t), mp_emit_t *e) {
    size_t size = 64;
    while (size < 2 * (n + 1)) {
        size *= 2;
    }
    uint32_t *table = m_new0(uint32_t, size);
    for (size_t i = 0; i < n; i++) {
        size_t pos = hash_mix(hash_of(e, i)) & (size - 1);
        while (table[pos] != 0) {
            pos = (pos + 1) & (size - 1);
        }
        table[pos] = (uint32_t)(i + 1);
    }
    *alloc = size;
    return table;
}

static size_t const_hash_at(mp_emit_t *e, size_t i) {
    return const_hash(e->consts[i]);
}

static size_t name_hash_at(mp_emit_t *e, size_t i) {
    return e->names[i];
}

size_t mp_emit_const_index(mp_emit_t *e, mp_obj_t obj) {
    bool is_code = mp_obj_is_type(obj, &mp_type_code);
    size_t h = const_hash(obj);
    if (!is_code && e->const_hash == NULL) {
        for (size_t i = 0; i < e->n_consts; i++) {
            if (const_same(e->consts[i], obj) && !mp_obj_is_type(e->consts[i], &mp_type_code)) {
                return i;
            }
        }
    } else if (!is_code) {
        size_t mask = e->const_hash_alloc - 1;
        for (size_t pos = hash_mix(h) & mask; e->const_hash[pos] != 0; pos = (pos + 1) & mask) {
            size_t i = e->const_hash[pos] - 1;
            if (const_same(e->consts[i], obj) && !mp_obj_is_type(e->consts[i], &mp_type_code)) {
                return i;
            }
        }
    }
    if (e->n_consts >= 0xffff) {
        mp_raise_msg(&mp_type_SyntaxError, MP_ERROR_TEXT("too many constants"));
    }
    e->consts = grow(e->consts, &e->consts_alloc, e->n_consts + 1, sizeof(mp_obj_t));
    e->consts[e->n_consts++] = obj;
    if (e->const_hash == NULL ? e->n_consts > SMALL_TABLE : 2 * (e->n_consts + 1) > e->const_hash_alloc) {
        e->const_hash = hash_rebuild(&e->const_hash_alloc, e->n_consts, const_hash_at, e);
    } else if (e->const_hash != NULL) {
        size_t mask = e->const_hash_alloc - 1;
        size_t pos = hash_mix(h) & mask;
        while (e->const_hash[pos] != 0) {
            pos = (pos + 1) & mask;
        }
        e->const_hash[pos] = (uint32_t)e->n_consts;
    }
    return e->n_consts - 1;
}

size_t mp_emit_name_index(mp_emit_t *e, qstr name) {
    if (e->name_hash == NULL) {
        for (size_t i = 0; i < e->n_names; i++) {
            if (e->names[i] == name) {
                return i;
            }
        }
    } else {
        size_t mask = e->name_hash_alloc - 1;
        for (size_t pos = hash_mix(name) & mask; e->name_hash[pos] != 0; pos = (pos + 1) & mask) {
            if (e->names[e->name_hash[pos] - 1] == name) {
                return e->name_hash[pos] - 1;
            }
        }
    }
    if (e->n_names >= 0xffff) {
        mp_raise_msg(&mp_type_SyntaxError, MP_ERROR_TEXT("too many names"));
    }
    e->names = grow(e->names, &e->names_alloc, e->n_names + 1, sizeof(qstr));
    e->names[e->n_names++] = name;
    if (e->name_hash == NULL ? e->n_names > SMALL_TABLE : 2 * (e->n_names + 1) > e->name_hash_alloc) {
        e->name_hash = hash_rebuild(&e->name_hash_alloc, e->n_names, name_hash_at, e);
    } else if (e->name_hash != NULL) {
        size_t mask = e->name_hash_alloc - 1;
        size_t pos = hash_mix(name) & mask;
        while (e->name_hash[pos] != 0) {
            pos = (pos + 1) & mask;
        }
        e->name_hash[pos] = (uint32_t)e->n_names;
    }
    return e->n_names - 1;
}

void mp_emit_load_const(mp_emit_t *e, mp_obj_t obj) {
    if (obj == mp_const_none) {
        mp_emit_op(e, MP_BC_LOAD_NONE);
    } else if (obj == mp_const_true) {
        mp_emit_op(e, MP_BC_LOAD_TRUE);
    } else if (obj == mp_const_false) {
        mp_emit_op(e, MP_BC_LOAD_FALSE);
    } else if (mp_obj_is_small_int(obj) && MP_OBJ_SMALL_INT_VALUE(obj) >= -32768
               && MP_OBJ_SMALL_INT_VALUE(obj) <= 32767) {
        mp_emit_op1(e, MP_BC_LOAD_SMALL_INT, MP_OBJ_SMALL_INT_VALUE(obj));
    } else {
        mp_emit_op1(e, MP_BC_LOAD_CONST, (mp_int_t)mp_emit_const_index(e, obj));
    }
}

void mp_emit_name_op(mp_emit_t *e, mp_bc_opcode_t op, qstr name) {
    mp_emit_op1(e, op, (mp_int_t)mp_emit_name_index(e, name));
}

// ---------------------------------------------------------------------------
// Finish

void mp_emit_finish(mp_emit_t *e, mp_raw_code_t *rc) {
    for (size_t i = 0; i < e->n_patches; i++) {
        byte *p = e->code + e->patches[i];
        mp_emit_label_t label = mp_bc_read_u32(p);
        MP_ASSERT(e->labels[label].offset >= 0);
        write_u32(p, (uint32_t)e->labels[label].offset);
    }
    // Jump threading: a jump to an unconditional JUMP goes straight to its
    // target (an `if` at the end of a loop body then costs one jump, not two).
    // JUMP leaves the stack alone, so depths stay consistent. The hop limit
    // stops on cycles (`while True: pass`).
    for (size_t i = 0; i < e->n_patches; i++) {
        byte *p = e->code + e->patches[i];
        if (p[-1] == MP_BC_SETUP_FINALLY) {
            continue;
        }
        uint32_t target = mp_bc_read_u32(p);
        for (int hops = 0; hops < 8 && e->code[target] == MP_BC_JUMP; hops++) {
            target = mp_bc_read_u32(e->code + target + 1);
        }
        write_u32(p, target);
    }
    // Trim the tables to their final size.
    rc->code = m_renew(byte, e->code, e->code_alloc, e->code_len == 0 ? 1 : e->code_len);
    rc->code_len = e->code_len;
    rc->consts = e->n_consts == 0 ? NULL : m_renew(mp_obj_t, e->consts, e->consts_alloc, e->n_consts);
    rc->n_consts = e->n_consts;
    rc->names = e->n_names == 0 ? NULL : m_renew(qstr, e->names, e->names_alloc, e->n_names);
    rc->n_names = e->n_names;
    rc->lines = e->n_lines == 0 ? NULL : m_renew(uint32_t, e->lines, e->lines_alloc, 2 * e->n_lines);
    rc->n_lines = e->n_lines;
    rc->stack_size = (uint16_t)e->max_stack_depth;
    rc->block_stack_size = (uint16_t)e->max_block_depth;
    if (e->max_stack_depth > 0xffff) {
        mp_raise_msg(&mp_type_SyntaxError, MP_ERROR_TEXT("expression too complex"));
    }
    m_free(e->labels);
    m_free(e->patches);
    m_free(e->const_hash);
    m_free(e->name_hash);
    e->labels = NULL;
    e->patches = NULL;
    e->const_hash = NULL;
    e->name_hash = NULL;
}
