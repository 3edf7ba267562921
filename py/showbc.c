// The bytecode disassembler (-v -v): prints a code object and every code
// object nested in its constants. Opcode names and operand layouts come from
// the MP_BC_OPCODES list in py/bc.h, so this never goes out of date.
#include "py/mpconfig.h"

#include <string.h>

#include "py/bc.h"
#include "py/runtime.h"

static const char *const showbc_names[MP_BC_NUM_OPCODES] = {
#define MP_BC_NAME(name, code, operands) [code] = #name,
    MP_BC_OPCODES(MP_BC_NAME)
#undef MP_BC_NAME
};

static const char *const showbc_fmts[MP_BC_NUM_OPCODES] = {
#define MP_BC_FMT(name, code, operands) [code] = operands,
    MP_BC_OPCODES(MP_BC_FMT)
#undef MP_BC_FMT
};

static const char *const showbc_binary_ops[MP_BINARY_OP_NUM] = {
    [MP_BINARY_OP_LESS] = "<",
    [MP_BINARY_OP_MORE] = ">",
    [MP_BINARY_OP_EQUAL] = "==",
    [MP_BINARY_OP_LESS_EQUAL] = "<=",
    [MP_BINARY_OP_MORE_EQUAL] = ">=",
    [MP_BINARY_OP_NOT_EQUAL] = "!=",
    [MP_BINARY_OP_IN] = "in",
    [MP_BINARY_OP_IS] = "is",
    [MP_BINARY_OP_EXCEPTION_MATCH] = "exception-match",
    [MP_BINARY_OP_INPLACE_OR] = "|=",
    [MP_BINARY_OP_INPLACE_XOR] = "^=",
    [MP_BINARY_OP_INPLACE_AND] = "&=",
    [MP_BINARY_OP_INPLACE_LSHIFT] = "<<=",
    [MP_BINARY_OP_INPLACE_RSHIFT] = ">>=",
    [MP_BINARY_OP_INPLACE_ADD] = "+=",
    [MP_BINARY_OP_INPLACE_SUBTRACT] = "-=",
    [MP_BINARY_OP_INPLACE_MULTIPLY] = "*=",
    [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = "@=",
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=",
    [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=",
    [MP_BINARY_OP_INPLACE_MODULO] = "%=",
    [MP_BINARY_OP_INPLACE_POWER] = "**=",
    [MP_BINARY_OP_OR] = "|",
    [MP_BINARY_OP_XOR] = "^",
    [MP_BINARY_OP_AND] = "&",
    [MP_BINARY_OP_LSHIFT] = "<<",
    [MP_BINARY_OP_RSHIFT] = ">>",
    [MP_BINARY_OP_ADD] = "+",
    [MP_BINARY_OP_SUBTRACT] = "-",
    [MP_BINARY_OP_MULTIPLY] = "*",
    [MP_BINARY_OP_MAT_MULTIPLY] = "@",
    [MP_BINARY_OP_FLOOR_DIVIDE] = "//",
    [MP_BINARY_OP_TRUE_DIVIDE] = "/",
    [MP_BINARY_OP_MODULO] = "%",
    [MP_BINARY_OP_POWER] = "**",
};

static const char *const showbc_unary_ops[MP_UNARY_OP_NUM] = {
    [MP_UNARY_OP_POSITIVE] = "+",
    [MP_UNARY_OP_NEGATIVE] = "-",
    [MP_UNARY_OP_INVERT] = "~",
    [MP_UNARY_OP_NOT] = "not",
};

static const char *const showbc_flag_names[] = {
    "VARARGS", "VARKEYWORDS", "GENERATOR", "COROUTINE", "ASYNC_GENERATOR",
    "MODULE", "CLASS_BODY", "HAS_CLASS_CELL", "REPL",
};

// How an operand is shown, by opcode.
typedef enum {
    OPERAND_NUMBER,
    OPERAND_CONST,
    OPERAND_NAME,
    OPERAND_SLOT,
    OPERAND_BINARY_OP,
    OPERAND_UNARY_OP,
} operand_kind_t;

static operand_kind_t operand_kind(mp_bc_opcode_t op, size_t index) {
    switch (op) {
        case MP_BC_LOAD_CONST:
            return OPERAND_CONST;
        case MP_BC_MAKE_FUNCTION:
            return index == 0 ? OPERAND_CONST : OPERAND_NUMBER;
        case MP_BC_LOAD_NAME:
        case MP_BC_STORE_NAME:
        case MP_BC_DELETE_NAME:
        case MP_BC_LOAD_GLOBAL:
        case MP_BC_STORE_GLOBAL:
        case MP_BC_DELETE_GLOBAL:
        case MP_BC_LOAD_ATTR:
        case MP_BC_STORE_ATTR:
        case MP_BC_DELETE_ATTR:
        case MP_BC_LOAD_METHOD:
        case MP_BC_LOAD_SUPER_METHOD:
        case MP_BC_IMPORT_NAME:
        case MP_BC_IMPORT_FROM:
            return OPERAND_NAME;
        case MP_BC_LOAD_CLASSDEREF:
            return index == 0 ? OPERAND_NAME : OPERAND_SLOT;
        case MP_BC_LOAD_FAST:
        case MP_BC_STORE_FAST:
        case MP_BC_DELETE_FAST:
        case MP_BC_LOAD_DEREF:
        case MP_BC_STORE_DEREF:
        case MP_BC_DELETE_DEREF:
        case MP_BC_LOAD_CLOSURE_CELL:
            return OPERAND_SLOT;
        case MP_BC_BINARY_OP:
            return OPERAND_BINARY_OP;
        case MP_BC_UNARY_OP:
            return OPERAND_UNARY_OP;
        default:
            return OPERAND_NUMBER;
    }
}

static void print_operand(const mp_print_t *print, const mp_raw_code_t *rc, mp_bc_opcode_t op, size_t index, mp_int_t v) {
    switch (operand_kind(op, index)) {
        case OPERAND_CONST:
            if ((size_t)v >= rc->n_consts) {
                mp_printf(print, " %d(bad const)", (int)v);
            } else if (mp_obj_is_type(rc->consts[v], &mp_type_code)) {
                const mp_raw_code_t *inner = MP_OBJ_TO_PTR(rc->consts[v]);
                mp_printf(print, " %d(<code %q>)", (int)v, inner->name);
            } else {
                mp_printf(print, " %d(", (int)v);
                mp_obj_print_helper(print, rc->consts[v], PRINT_REPR);
                mp_print_str(print, ")");
            }
            break;
        case OPERAND_NAME:
            if ((size_t)v >= rc->n_names) {
                mp_printf(print, " %d(bad name)", (int)v);
            } else {
                mp_printf(print, " %d(%q)", (int)v, rc->names[v]);
            }
            break;
        case OPERAND_SLOT:
            if ((size_t)v >= rc->n_locals) {
                mp_printf(print, " %d(bad slot)", (int)v);
            } else {
                mp_printf(print, " %d(%q)", (int)v, rc->local_names[v]);
            }
            break;
        case OPERAND_BINARY_OP:
            if ((size_t)v < MP_BINARY_OP_NUM && showbc_binary_ops[v] != NULL) {
                mp_printf(print, " %d(%s)", (int)v, showbc_binary_ops[v]);
            } else {
                mp_printf(print, " %d", (int)v);
            }
            break;
        case OPERAND_UNARY_OP:
            if ((size_t)v < MP_UNARY_OP_NUM && showbc_unary_ops[v] != NULL) {
                mp_printf(print, " %d(%s)", (int)v, showbc_unary_ops[v]);
            } else {
                mp_printf(print, " %d", (int)v);
            }
            break;
        default:
            mp_printf(print, " %d", (int)v);
            break;
    }
}

static void print_header(const mp_print_t *print, const mp_raw_code_t *rc) {
    mp_printf(print, "code %q, file %q, line %u\n", rc->name, rc->source_file, (unsigned)rc->first_line);
    mp_print_str(print, "  flags:");
    for (size_t i = 0; i < MP_ARRAY_SIZE(showbc_flag_names); i++) {
        if (rc->scope_flags & (1 << i)) {
            mp_printf(print, " %s", showbc_flag_names[i]);
        }
    }
    mp_printf(print, "\n  args: pos=%u (posonly=%u) kwonly=%u; locals=%u free=%u cells=%u; stack=%u blocks=%u\n",
        rc->n_pos_args, rc->n_posonly_args, rc->n_kwonly_args, rc->n_locals, rc->n_freevars, rc->n_cells,
        rc->stack_size, rc->block_stack_size);
    if (rc->n_locals > 0) {
        mp_print_str(print, "  slots:");
        for (size_t i = 0; i < rc->n_locals; i++) {
            bool is_cell = false;
            for (size_t j = 0; j < rc->n_cells; j++) {
                is_cell = is_cell || rc->cell_slots[j] == i;
            }
            bool is_free = i >= (size_t)(rc->n_locals - rc->n_freevars);
            mp_printf(print, " %u:%q%s", (unsigned)i, rc->local_names[i], is_cell ? "(cell)" : is_free ? "(free)" : "");
        }
        mp_print_str(print, "\n");
    }
}

void mp_bytecode_print(const mp_print_t *print, const mp_raw_code_t *rc) {
    print_header(print, rc);
    const byte *code = rc->code;
    size_t line_index = 0;
    for (size_t ip = 0; ip < rc->code_len;) {
        // The line table entry that starts here, if any.
        while (line_index < rc->n_lines && rc->lines[2 * line_index] <= ip) {
            if (rc->lines[2 * line_index] == ip) {
                mp_printf(print, "  line %u:\n", (unsigned)rc->lines[2 * line_index + 1]);
            }
            line_index++;
        }
        mp_bc_opcode_t op = code[ip];
        if (op >= MP_BC_NUM_OPCODES || showbc_names[op] == NULL) {
            mp_printf(print, "  %5u bad opcode 0x%02x\n", (unsigned)ip, op);
            ip++;
            continue;
        }
        mp_printf(print, "  %5u %s", (unsigned)ip, showbc_names[op]);
        size_t p = ip + 1;
        size_t index = 0;
        for (const char *f = showbc_fmts[op]; *f != '\0'; index++) {
            if (strncmp(f, "u8", 2) == 0) {
                print_operand(print, rc, op, index, code[p]);
                p += 1;
                f += 2;
            } else if (strncmp(f, "u16", 3) == 0) {
                print_operand(print, rc, op, index, mp_bc_read_u16(code + p));
                p += 2;
                f += 3;
            } else if (strncmp(f, "s16", 3) == 0) {
                print_operand(print, rc, op, index, mp_bc_read_s16(code + p));
                p += 2;
                f += 3;
            } else {
                // j32: an absolute target offset.
                mp_printf(print, " ->%u", (unsigned)mp_bc_read_u32(code + p));
                p += 4;
                f += 3;
            }
        }
        mp_print_str(print, "\n");
        ip = p;
    }
    for (size_t i = 0; i < rc->n_consts; i++) {
        if (mp_obj_is_type(rc->consts[i], &mp_type_code)) {
            mp_print_str(print, "\n");
            mp_bytecode_print(print, MP_OBJ_TO_PTR(rc->consts[i]));
        }
    }
}
