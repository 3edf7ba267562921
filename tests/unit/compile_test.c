// Unit test of the compiler (py/scope.c, py/compile*.c, py/emitbc.c,
// py/showbc.c) on top of the real front end and GC, with small stand-ins
// for the object constructors the compiler calls (no VM, no runtime).
//   compile_test dis FILE [exec|single|eval]   print the disassembly
//   compile_test scopes FILE                   print every scope and how each name resolves
//   compile_test verify FILE...                compile each file and check the bytecode
// `verify` walks every path of every code object independently of the
// emitter: operands in range, jump targets on instruction boundaries, the
// same stack and block depth on every path into an instruction, no stack
// underflow, and stack_size/block_stack_size no smaller than needed. Files
// with a SyntaxError count as passed (the parser may not support them).
// Build (after `make build/genhdr/qstrdefs.generated.h`):
//   gcc -std=gnu11 -O1 -g -DMICROPY_DEBUG=1 -I. -Iports/unix -Ibuild tests/unit/compile_test.c
//     py/lexer.c py/parse.c py/parse_expr.c py/parse_stmt.c py/vstr.c py/unicode.c py/inflate.c py/qstr.c
//     py/mpprint.c py/gc.c py/malloc.c py/nlr.c ports/unix/gccollect.c py/scope.c py/emitbc.c
//     py/compile.c py/compile_stmt.c py/compile_expr.c py/showbc.c -lm -o /tmp/compile_test
//   /tmp/compile_test verify $(python3 -c 'import os; print(os.path.dirname(os.__file__))')/*.py
// With GC_STRESS=1 in the environment the collector runs every few KB.
#include "py/mpconfig.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/bc.h"
#include "py/gc.h"
#include "py/runtime.h"
#include "py/scope.h"

// ---------------------------------------------------------------------------
// Stand-ins for the runtime

mp_state_ctx_t mp_state_ctx;
const mp_obj_type_t mp_type_code = { { NULL }, .name = MP_QSTRnull };
const mp_obj_type_t mp_type_SyntaxError, mp_type_RuntimeError, mp_type_int, mp_type_float;
const mp_obj_type_t mp_type_str, mp_type_bytes, mp_type_tuple;
const mp_obj_singleton_t mp_const_ellipsis_obj;

static void stdout_strn(void *data, const char *str, size_t len) {
    (void)data;
    fwrite(str, 1, len, stdout);
}
const mp_print_t mp_plat_print = { NULL, stdout_strn };

void gc_run_finaliser(void *ptr) {
    (void)ptr;
}

void mp_stack_check(void) {
}

// A raise carries this token; the message is kept here.
static int error_token;
static char error_msg[200];

MP_NORETURN void mp_ast_raise_syntax_error(qstr source_name, size_t line, size_t col, bool indentation, const char *msg) {
    (void)indentation;
    snprintf(error_msg, sizeof(error_msg), "SyntaxError: %s (%s:%u:%u)", msg, qstr_str(source_name),
        (unsigned)line, (unsigned)col);
    nlr_raise(&error_token);
}

MP_NORETURN void mp_raise_msg(const mp_obj_type_t *type, mp_rom_error_text_t msg) {
    (void)type;
    snprintf(error_msg, sizeof(error_msg), "error: %s", msg);
    nlr_raise(&error_token);
}

MP_NORETURN void mp_raise_memory_error_for_alloc(size_t num_bytes) {
    snprintf(error_msg, sizeof(error_msg), "MemoryError: %u bytes", (unsigned)num_bytes);
    nlr_raise(&error_token);
}

mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items) {
    mp_obj_tuple_t *t = m_malloc(sizeof(mp_obj_tuple_t) + n * sizeof(mp_obj_t));
    t->base.type = &mp_type_tuple;
    t->len = n;
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(t);
}

static mp_obj_t new_str_of_type(const mp_obj_type_t *type, const char *data, size_t len) {
    mp_obj_str_t *s = m_malloc(sizeof(mp_obj_str_t));
    char *buf = m_malloc(len + 1);
    if (len > 0) {
        memcpy(buf, data, len);
    }
    buf[len] = '\0';
    s->base.type = type;
    s->hash = 0;
    s->len = len;
    s->data = (const byte *)buf;
    return MP_OBJ_FROM_PTR(s);
}

mp_obj_t mp_obj_new_str(const char *data, size_t len) {
    return new_str_of_type(&mp_type_str, data, len);
}

mp_obj_t mp_obj_new_bytes(const byte *data, size_t len) {
    return new_str_of_type(&mp_type_bytes, (const char *)data, len);
}

mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len) {
    return MP_OBJ_NEW_QSTR(qstr_from_strn(data, len));
}

// Small ints only: enough to see folding in the disassembly.
mp_obj_t mp_obj_new_int_from_str_len(const char **str, size_t len, bool neg, unsigned int base) {
    char buf[80];
    (void)neg;
    (void)base;
    len = len < sizeof(buf) - 1 ? len : sizeof(buf) - 1;
    memcpy(buf, *str, len);
    buf[len] = '\0';
    int b = 10;
    const char *digits = buf;
    if (buf[0] == '0' && (buf[1] | 0x20) == 'x') {
        b = 16, digits += 2;
    } else if (buf[0] == '0' && (buf[1] | 0x20) == 'o') {
        b = 8, digits += 2;
    } else if (buf[0] == '0' && (buf[1] | 0x20) == 'b') {
        b = 2, digits += 2;
    }
    return MP_OBJ_NEW_SMALL_INT(strtoll(digits, NULL, b) & 0x3fffffffffffll);
}

mp_obj_t mp_obj_new_float_from_str(const char *str, size_t len) {
    char buf[80];
    len = len < sizeof(buf) - 1 ? len : sizeof(buf) - 1;
    memcpy(buf, str, len);
    buf[len] = '\0';
    mp_obj_float_t *f = m_malloc(sizeof(mp_obj_float_t));
    f->base.type = &mp_type_float;
    f->value = strtod(buf, NULL);
    return MP_OBJ_FROM_PTR(f);
}

bool mp_obj_is_true(mp_obj_t o) {
    return !(o == mp_const_none || o == mp_const_false || o == MP_OBJ_NEW_SMALL_INT(0));
}

bool mp_obj_equal(mp_obj_t a, mp_obj_t b) {
    return a == b;
}

mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg) {
    if (mp_obj_is_small_int(arg)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(arg);
        return MP_OBJ_NEW_SMALL_INT(op == MP_UNARY_OP_NEGATIVE ? -v : op == MP_UNARY_OP_INVERT ? ~v : v);
    }
    mp_float_t v = ((mp_obj_float_t *)MP_OBJ_TO_PTR(arg))->value;
    mp_obj_float_t *f = m_malloc(sizeof(mp_obj_float_t));
    f->base.type = &mp_type_float;
    f->value = op == MP_UNARY_OP_NEGATIVE ? -v : v;
    return MP_OBJ_FROM_PTR(f);
}

// The compiler folds only small-int operations that cannot raise.
mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    long long x = MP_OBJ_SMALL_INT_VALUE(lhs), y = MP_OBJ_SMALL_INT_VALUE(rhs), r;
    switch (op) {
        case MP_BINARY_OP_ADD:
            r = x + y;
            break;
        case MP_BINARY_OP_SUBTRACT:
            r = x - y;
            break;
        case MP_BINARY_OP_MULTIPLY:
            r = x * y;
            break;
        case MP_BINARY_OP_OR:
            r = x | y;
            break;
        case MP_BINARY_OP_AND:
            r = x & y;
            break;
        case MP_BINARY_OP_XOR:
            r = x ^ y;
            break;
        default:
            // Not computed here (shifts, powers, division): a marker value.
            r = 999999;
            break;
    }
    return MP_OBJ_NEW_SMALL_INT(r & 0x3fffffffffffll);
}

void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    if (mp_obj_is_small_int(o)) {
        mp_printf(print, "%d", (int)MP_OBJ_SMALL_INT_VALUE(o));
    } else if (mp_obj_is_qstr(o)) {
        mp_printf(print, "'%s'", qstr_str(MP_OBJ_QSTR_VALUE(o)));
    } else if (o == mp_const_none) {
        mp_print_str(print, "None");
    } else if (o == mp_const_true || o == mp_const_false) {
        mp_print_str(print, o == mp_const_true ? "True" : "False");
    } else if (o == MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj)) {
        mp_print_str(print, "Ellipsis");
    } else {
        const mp_obj_type_t *type = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (type == &mp_type_str || type == &mp_type_bytes) {
            mp_printf(print, "%s'%s'", type == &mp_type_bytes ? "b" : "", ((mp_obj_str_t *)MP_OBJ_TO_PTR(o))->data);
        } else if (type == &mp_type_float) {
            mp_printf(print, "%f", ((mp_obj_float_t *)MP_OBJ_TO_PTR(o))->value);
        } else if (type == &mp_type_tuple) {
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(o);
            mp_print_str(print, "(");
            for (size_t i = 0; i < t->len; i++) {
                mp_obj_print_helper(print, t->items[i], kind);
                mp_print_str(print, i + 1 < t->len || t->len == 1 ? ", " : "");
            }
            mp_print_str(print, ")");
        } else {
            mp_print_str(print, "<obj>");
        }
    }
}

mp_obj_t mp_make_function_from_raw_code(const mp_raw_code_t *rc, mp_obj_dict_t *globals, mp_obj_t def_args,
    mp_obj_t def_kw_args, mp_obj_t closure) {
    (void)rc;
    (void)globals;
    (void)def_args;
    (void)def_kw_args;
    (void)closure;
    return mp_const_none;
}

// ---------------------------------------------------------------------------
// Bytecode checker

static const char *const verify_fmts[MP_BC_NUM_OPCODES] = {
#define VERIFY_FMT(name, code, operands) [code] = operands,
    MP_BC_OPCODES(VERIFY_FMT)
#undef VERIFY_FMT
};

static size_t instr_len(const char *fmt) {
    size_t n = 1;
    while (*fmt != '\0') {
        if (fmt[1] == '8') {
            n += 1;
            fmt += 2;
        } else {
            n += fmt[0] == 'j' ? 4 : 2;
            fmt += 3;
        }
    }
    return n;
}

// Written from the stack comments of MP_BC_OPCODES, separately from the emitter's table.
static int effect(int op, int a, int b) {
    switch (op) {
        case MP_BC_LOAD_CONST: case MP_BC_LOAD_NONE: case MP_BC_LOAD_TRUE: case MP_BC_LOAD_FALSE:
        case MP_BC_LOAD_SMALL_INT: case MP_BC_LOAD_FAST: case MP_BC_LOAD_DEREF: case MP_BC_LOAD_NAME:
        case MP_BC_LOAD_GLOBAL: case MP_BC_LOAD_CLASSDEREF: case MP_BC_LOAD_METHOD: case MP_BC_DUP_TOP:
        case MP_BC_COPY: case MP_BC_GET_ANEXT: case MP_BC_BEFORE_WITH: case MP_BC_BEFORE_ASYNC_WITH:
        case MP_BC_WITH_EXCEPT_START: case MP_BC_IMPORT_FROM: case MP_BC_LOAD_BUILD_CLASS:
        case MP_BC_LOAD_ASSERTION_ERROR: case MP_BC_LOAD_CLOSURE_CELL:
            return 1;
        case MP_BC_DUP_TOP_TWO:
            return 2;
        case MP_BC_STORE_FAST: case MP_BC_STORE_DEREF: case MP_BC_STORE_NAME: case MP_BC_STORE_GLOBAL:
        case MP_BC_DELETE_ATTR: case MP_BC_LOAD_SUBSCR: case MP_BC_POP_TOP: case MP_BC_BINARY_OP:
        case MP_BC_POP_JUMP_IF_FALSE: case MP_BC_POP_JUMP_IF_TRUE: case MP_BC_LIST_APPEND: case MP_BC_SET_ADD:
        case MP_BC_LIST_EXTEND: case MP_BC_SET_UPDATE: case MP_BC_DICT_UPDATE: case MP_BC_DICT_MERGE:
        case MP_BC_YIELD_FROM: case MP_BC_POP_EXCEPT: case MP_BC_IMPORT_NAME: case MP_BC_IMPORT_STAR:
        case MP_BC_PRINT_EXPR: case MP_BC_RETURN_VALUE: case MP_BC_RERAISE: case MP_BC_LOAD_SUPER_METHOD:
            return -1;
        case MP_BC_STORE_ATTR: case MP_BC_DELETE_SUBSCR: case MP_BC_MAP_ADD:
            return -2;
        case MP_BC_STORE_SUBSCR: case MP_BC_END_ASYNC_FOR:
            return -3;
        case MP_BC_BUILD_TUPLE: case MP_BC_BUILD_LIST: case MP_BC_BUILD_SET: case MP_BC_BUILD_SLICE:
        case MP_BC_BUILD_STRING:
            return 1 - a;
        case MP_BC_BUILD_MAP:
            return 1 - 2 * a;
        case MP_BC_UNPACK_SEQUENCE:
            return a - 1;
        case MP_BC_UNPACK_EX:
            return a + b;
        case MP_BC_FORMAT_VALUE:
            return (a & 4) ? -1 : 0;
        case MP_BC_CALL_FUNCTION:
            return -(a + 2 * b);
        case MP_BC_CALL_METHOD:
            return -(a + 2 * b + 1);
        case MP_BC_CALL_FUNCTION_EX:
            return (a & 1) ? -2 : -1;
        case MP_BC_MAKE_FUNCTION:
            return 1 - ((b & 1) + ((b >> 1) & 1) + ((b >> 3) & 1));
        case MP_BC_RAISE_VARARGS:
            return -a;
        case MP_BC_GET_ITER_STACK:
            return MP_OBJ_ITER_BUF_NSLOTS - (a == MP_BC_GET_ITER_STACK_IS_ITER ? 0 : a);
        default:
            return 0;
    }
}

static int verify_errors;

static void verify_fail(const mp_raw_code_t *rc, size_t ip, const char *msg) {
    printf("  %s: offset %u: %s\n", qstr_str(rc->name), (unsigned)ip, msg);
    verify_errors++;
}

static void verify_rc(const mp_raw_code_t *rc) {
    size_t n = rc->code_len;
    int *depth = malloc(n * sizeof(int));
    int *blocks = malloc(n * sizeof(int));
    char *starts = calloc(n, 1);
    size_t *work = malloc(n * sizeof(size_t));
    size_t n_work = 0;
    int max_depth = 0;
    int max_blocks = 0;
    for (size_t ip = 0; ip < n; ip++) {
        depth[ip] = -1;
        blocks[ip] = -1;
    }
    for (size_t ip = 0; ip < n;) {
        byte op = rc->code[ip];
        if (op >= MP_BC_NUM_OPCODES || verify_fmts[op] == NULL) {
            verify_fail(rc, ip, "bad opcode");
            goto done;
        }
        starts[ip] = 1;
        ip += instr_len(verify_fmts[op]);
        if (ip > n) {
            verify_fail(rc, ip, "truncated instruction");
            goto done;
        }
    }
    #define REACH(target, d, bd) do { \
        size_t t_ = (target); \
        if (t_ >= n || !starts[t_]) { \
            verify_fail(rc, ip, "jump into the middle of an instruction or past the end"); \
        } else if (depth[t_] < 0) { \
            depth[t_] = (d); \
            blocks[t_] = (bd); \
            work[n_work++] = t_; \
        } else if (depth[t_] != (d) || blocks[t_] != (bd)) { \
            verify_fail(rc, t_, "paths arrive with different depths"); \
        } \
} while (0)
    size_t ip = 0;
    REACH(0, 0, 0);
    while (n_work > 0) {
        ip = work[--n_work];
        int d = depth[ip];
        int bd = blocks[ip];
        byte op = rc->code[ip];
        const byte *p = rc->code + ip + 1;
        const char *fmt = verify_fmts[op];
        int a = 0, b = 0;
        uint32_t target = 0;
        if (strcmp(fmt, "u16") == 0) {
            a = mp_bc_read_u16(p);
        } else if (strcmp(fmt, "s16") == 0) {
            a = mp_bc_read_s16(p);
        } else if (strcmp(fmt, "u8") == 0) {
            a = p[0];
        } else if (strcmp(fmt, "u16u16") == 0) {
            a = mp_bc_read_u16(p);
            b = mp_bc_read_u16(p + 2);
        } else if (strcmp(fmt, "u16u8") == 0) {
            a = mp_bc_read_u16(p);
            b = p[2];
        } else if (strcmp(fmt, "j32") == 0) {
            target = mp_bc_read_u32(p);
        }
        size_t next = ip + instr_len(fmt);
        switch (op) {
            case MP_BC_LOAD_CONST:
            case MP_BC_MAKE_FUNCTION:
                if ((size_t)a >= rc->n_consts) {
                    verify_fail(rc, ip, "constant index out of range");
                } else if (op == MP_BC_MAKE_FUNCTION && !mp_obj_is_type(rc->consts[a], &mp_type_code)) {
                    verify_fail(rc, ip, "MAKE_FUNCTION of a non-code constant");
                }
                break;
            case MP_BC_LOAD_FAST: case MP_BC_STORE_FAST: case MP_BC_DELETE_FAST: case MP_BC_LOAD_DEREF:
            case MP_BC_STORE_DEREF: case MP_BC_DELETE_DEREF: case MP_BC_LOAD_CLOSURE_CELL:
                if (a >= rc->n_locals) {
                    verify_fail(rc, ip, "slot out of range");
                }
                break;
            case MP_BC_LOAD_NAME: case MP_BC_STORE_NAME: case MP_BC_DELETE_NAME: case MP_BC_LOAD_GLOBAL:
            case MP_BC_STORE_GLOBAL: case MP_BC_DELETE_GLOBAL: case MP_BC_LOAD_ATTR: case MP_BC_STORE_ATTR:
            case MP_BC_DELETE_ATTR: case MP_BC_LOAD_METHOD: case MP_BC_IMPORT_NAME: case MP_BC_IMPORT_FROM:
            case MP_BC_LOAD_CLASSDEREF: case MP_BC_LOAD_SUPER_METHOD:
                if ((size_t)a >= rc->n_names || (op == MP_BC_LOAD_CLASSDEREF && b >= rc->n_locals)) {
                    verify_fail(rc, ip, "name index or slot out of range");
                }
                break;
            case MP_BC_LIST_APPEND: case MP_BC_SET_ADD: case MP_BC_MAP_ADD: case MP_BC_LIST_EXTEND:
            case MP_BC_SET_UPDATE: case MP_BC_DICT_UPDATE: case MP_BC_DICT_MERGE:
                if (a < 1 || d + effect(op, a, b) - a < 0) {
                    verify_fail(rc, ip, "container below the bottom of the stack");
                }
                break;
            case MP_BC_COPY:
            case MP_BC_SWAP:
                if (a < 1 || a > d) {
                    verify_fail(rc, ip, "COPY/SWAP below the bottom of the stack");
                }
                break;
            case MP_BC_END_ASYNC_FOR:
            case MP_BC_POP_EXCEPT:
                break;
        }
        int nd = d + effect(op, a, b);
        if (nd < 0 || (op == MP_BC_ROT_TWO && d < 2) || (op == MP_BC_ROT_THREE && d < 3)
            || (op == MP_BC_ROT_FOUR && d < 4) || (op == MP_BC_DUP_TOP_TWO && d < 2) || (op == MP_BC_DUP_TOP && d < 1)) {
            verify_fail(rc, ip, "stack underflow");
            continue;
        }
        if (nd > max_depth) {
            max_depth = nd;
        }
        switch (op) {
            case MP_BC_RETURN_VALUE:
            case MP_BC_RERAISE:
            case MP_BC_RAISE_VARARGS:
                break;
            case MP_BC_JUMP:
                REACH(target, d, bd);
                break;
            case MP_BC_POP_JUMP_IF_FALSE:
            case MP_BC_POP_JUMP_IF_TRUE:
                REACH(target, d - 1, bd);
                REACH(next, d - 1, bd);
                break;
            case MP_BC_JUMP_IF_FALSE_OR_POP:
            case MP_BC_JUMP_IF_TRUE_OR_POP:
                REACH(target, d, bd);
                REACH(next, d - 1, bd);
                break;
            case MP_BC_FOR_ITER:
                if (d + 1 > max_depth) {
                    max_depth = d + 1;
                }
                REACH(target, d - 1 - MP_OBJ_ITER_BUF_NSLOTS, bd);
                REACH(next, d + 1, bd);
                break;
            case MP_BC_SETUP_FINALLY:
                // The handler runs with the block popped and (prev_exc, exc) pushed.
                if (d + 2 > max_depth) {
                    max_depth = d + 2;
                }
                if (bd + 1 > max_blocks) {
                    max_blocks = bd + 1;
                }
                REACH(target, d + 2, bd);
                REACH(next, d, bd + 1);
                break;
            case MP_BC_POP_BLOCK:
                if (bd <= 0) {
                    verify_fail(rc, ip, "POP_BLOCK without a block");
                    break;
                }
                REACH(next, d, bd - 1);
                break;
            default:
                if (next >= n) {
                    verify_fail(rc, ip, "falls off the end of the code");
                    break;
                }
                REACH(next, nd, bd);
                break;
        }
    }
    #undef REACH
    if (max_depth > rc->stack_size) {
        verify_fail(rc, 0, "stack_size too small");
    }
    if (max_blocks > rc->block_stack_size) {
        verify_fail(rc, 0, "block_stack_size too small");
    }
    if (rc->n_freevars > rc->n_locals || rc->n_cells > rc->n_locals) {
        verify_fail(rc, 0, "more free variables or cells than slots");
    }
    for (size_t i = 0; i < rc->n_cells; i++) {
        if (rc->cell_slots[i] >= rc->n_locals) {
            verify_fail(rc, 0, "cell slot out of range");
        }
    }
done:
    free(depth);
    free(blocks);
    free(starts);
    free(work);
    for (size_t i = 0; i < rc->n_consts; i++) {
        if (mp_obj_is_type(rc->consts[i], &mp_type_code)) {
            verify_rc(MP_OBJ_TO_PTR(rc->consts[i]));
        }
    }
}

// ---------------------------------------------------------------------------
// Driver

static const char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(size + 1);
    *len = fread(buf, 1, size, f);
    fclose(f);
    return buf;
}

static void dump_scope(const mp_scope_t *s, int indent) {
    static const char *const kinds[] = { "?", "name", "global-implicit", "global-explicit", "local", "cell", "free" };
    printf("%*sscope %s (line %u) flags 0x%x\n", indent, "", qstr_str(s->name), (unsigned)s->node->line, s->scope_flags);
    for (size_t i = 0; i < s->id_len; i++) {
        const mp_id_info_t *id = &s->ids[i];
        printf("%*s  %s: %s%s%s\n", indent, "", qstr_str(id->name), kinds[id->kind],
            (id->flags & MP_ID_FLAG_CLASS_PASS) ? " +pass" : "", (id->flags & MP_ID_FLAG_CLASS_CELL) ? " +class-cell" : "");
    }
    for (size_t i = 0; i < s->n_children; i++) {
        dump_scope(s->children[i], indent + 2);
    }
}

// Returns 0 on success, 1 on a SyntaxError, 2 on a check failure.
static int run_one(const char *mode, const char *path, mp_parse_input_kind_t kind) {
    size_t len;
    const char *src = read_file(path, &len);
    if (src == NULL) {
        printf("%s: cannot read\n", path);
        return 2;
    }
    int result = 0;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        qstr file = qstr_from_str(path);
        mp_ast_t *tree = mp_parse(file, src, len, kind);
        if (strcmp(mode, "scopes") == 0) {
            dump_scope(mp_scope_analyse(tree, file, false), 0);
        } else {
            mp_raw_code_t *rc = mp_compile_to_raw_code(tree, file, false);
            if (strcmp(mode, "dis") == 0) {
                mp_bytecode_print(&mp_plat_print, rc);
            }
            int before = verify_errors;
            verify_rc(rc);
            if (verify_errors != before) {
                printf("%s: bytecode check failed\n", path);
                result = 2;
            }
        }
        nlr_pop();
    } else {
        printf("%s: %s\n", path, error_msg);
        result = nlr.ret_val == &error_token && strncmp(error_msg, "SyntaxError", 11) == 0 ? 1 : 2;
    }
    free((void *)src);
    return result;
}

int main(int argc, char **argv) {
    static char heap[256 * 1024 * 1024];
    gc_set_stack_top(__builtin_frame_address(0));
    gc_init(heap, heap + sizeof(heap));
    gc_add_root_region((void **)&mp_state_ctx.roots, sizeof(mp_state_ctx.roots) / sizeof(void *));
    if (getenv("GC_STRESS") != NULL) {
        gc_set_threshold(4096);
    }
    qstr_init();
    if (argc < 3) {
        fprintf(stderr, "usage: %s dis|scopes FILE [exec|single|eval] | verify FILE...\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "verify") == 0) {
        int passed = 0, failed = 0;
        for (int i = 2; i < argc; i++) {
            if (run_one("verify", argv[i], MP_PARSE_FILE_INPUT) == 2) {
                failed++;
            } else {
                passed++;
            }
            if (i % 50 == 0) {
                gc_collect();
            }
        }
        printf("%d passed, %d failed\n", passed, failed);
        return failed != 0;
    }
    mp_parse_input_kind_t kind = MP_PARSE_FILE_INPUT;
    if (argc > 3) {
        kind = strcmp(argv[3], "single") == 0 ? MP_PARSE_SINGLE_INPUT
            : strcmp(argv[3], "eval") == 0 ? MP_PARSE_EVAL_INPUT : MP_PARSE_FILE_INPUT;
    }
    return run_one(argv[1], argv[2], kind) == 2;
}
