// Running source text: compile(), eval(), exec(), mp_parse_compile_execute,
// and the SyntaxError raised by the lexer, parser and compiler. A code object
// is the compiler's raw code (type mp_type_code); running it makes a function
// bound to the chosen globals and calls it with the chosen locals dict.
// compile()'s flags and dont_inherit only matter for `from __future__
// import annotations` (the one future feature that changes anything); optimize
// compiles at that level (asserts, __debug__, docstrings) as -O/-OO do.
#include "py/mpconfig.h"

#include <string.h>

#include "py/ast.h"
#include "py/bc.h"
#include "py/builtin.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "py/vm.h"

// args = (msg, (filename, lineno, offset, text)) as CPython lays them out; the
// exception's filename/lineno/offset/text/msg attributes read them back
// (py/objexcept.c). offset is 1-based like CPython's. The source line itself
// is not known here, so text is None.
static MP_NORETURN void raise_syntax_error(qstr source_name, size_t line, size_t col,
    size_t end_line, size_t end_col, bool indentation, const char *msg) {
    char buf[MP_ERRTEXT_BUF_SIZE];
    msg = mp_errtext_expand(msg, buf);
    mp_obj_t details[6] = {
        MP_OBJ_NEW_QSTR(source_name),
        mp_obj_new_int_from_uint(line),
        mp_obj_new_int_from_uint(col + 1),
        mp_const_none,
        mp_obj_new_int_from_uint(end_line),
        // (a column past the range of mp_ast_t's: none known)
        end_col >= 0xfffe ? mp_const_none : mp_obj_new_int_from_uint(end_col + 1),
    };
    mp_obj_t args[2] = {
        mp_obj_new_str(msg, strlen(msg)),
        mp_obj_new_tuple(6, details),
    };
    mp_obj_t exc = mp_obj_new_exception_args(
        indentation ? &mp_type_IndentationError : &mp_type_SyntaxError, 2, args);
    // The traceback printer shows the location from args (py/obj.c).
    nlr_raise(exc);
}

MP_NORETURN void mp_ast_raise_syntax_error(
    qstr source_name, size_t line, size_t col, bool indentation, const char *msg) {
    // (The parser replaces the end, one character on here, when it has the
    // source line: py/parse.c.)
    raise_syntax_error(source_name, line, col, line, col + 1, indentation, msg);
}

MP_NORETURN void mp_ast_raise_syntax_error_node(qstr source_name, const mp_ast_t *node, const char *msg) {
    // (A bare "yield" anywhere is its keyword.)
    size_t end_col = node->end_col ? node->end_col - 1u
        : node->col + (node->kind == MP_AST_YIELD && node->a == NULL ? 5 : 1);
    raise_syntax_error(
        source_name, node->line, node->col, node->line + node->end_dline, end_col, false, msg);
}

static mp_obj_t run_raw_code(
    const mp_raw_code_t *rc, mp_obj_dict_t *globals, mp_obj_dict_t *locals, mp_obj_t closure) {
    mp_obj_t fun =
        mp_make_function_from_raw_code(rc, globals, MP_OBJ_NULL, MP_OBJ_NULL, closure);
    return mp_obj_fun_bc_call_with_locals(fun, locals);
}

mp_obj_t mp_parse_compile_execute(const char *src, size_t len, qstr source_name, int input_kind,
    mp_obj_dict_t *globals, mp_obj_dict_t *locals) {
    mp_ast_t *tree = mp_parse(source_name, src, len, (mp_parse_input_kind_t)input_kind);
    mp_raw_code_t *rc =
        mp_compile_to_raw_code(tree, source_name, input_kind == MP_PARSE_SINGLE_INPUT);
    return run_raw_code(rc, globals, locals, MP_OBJ_NULL);
}

// The future features source text compiles with: those of compile()'s flags
// (CPython's CO_FUTURE_ANNOTATIONS, 0x1000000, is our flag << 13) and,
// unless dont_inherit, the calling code's (exec() and eval() inherit them).
static mp_int_t future_flags(mp_int_t flags, bool inherit) {
    mp_code_state_t *cs = mp_vm_frame_at(0);
    if (inherit && cs != NULL) {
        flags |= cs->fun->rc->scope_flags;
    }
    return flags & MP_SCOPE_FLAG_FUTURE_ANNOTATIONS;
}

// The source text of str, bytes or a buffer; TypeError otherwise.
static const char *source_data(mp_obj_t src, size_t *len, qstr fun_name, qstr source_name) {
    if (mp_obj_is_str(src)) {
        return mp_obj_str_get_data(src, len);
    }
    if (mp_obj_is_type(src, &mp_type_bytes)) {
        // Bytes follow their coding declaration (a str is text already).
        const char *data = mp_obj_str_get_data(src, len);
        return mp_parse_decode_source(source_name, data, len);
    }
    if (mp_obj_is_instance_of(src, &mp_type_str)) {
        return mp_obj_str_get_data(
            mp_obj_cast_to_native_base(src, MP_OBJ_FROM_PTR(&mp_type_str)), len);
    }
    mp_buffer_info_t bufinfo;
    if (mp_get_buffer(src, &bufinfo, MP_BUFFER_READ)) {
        *len = bufinfo.len;
        return mp_parse_decode_source(source_name, bufinfo.buf, len);
    }
    if (fun_name == MP_QSTR_compile) {
        mp_raise_TypeError(MP_ERROR_TEXT("compile() arg 1 must be a string, bytes or AST object"));
    }
    mp_raise_TypeError_varg(
        MP_ERROR_TEXT("%q() arg 1 must be a string, bytes or code object"), fun_name);
}

// The same, refusing a NUL as CPython does for a string source: no location
// (the lexer's error, for a file run, has one).
static const char *source_text(mp_obj_t src, size_t *len, qstr fun_name, qstr source_name) {
    const char *data = source_data(src, len, fun_name, source_name);
    if (memchr(data, 0, *len) != NULL) {
        mp_raise_msg(
            &mp_type_SyntaxError, MP_ERROR_TEXT("source code string cannot contain null bytes"));
    }
    return data;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
// _feature_version (the minor version the ast module parses for) is checked and ignored.
static mp_obj_t builtin_compile(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_source, ARG_filename, ARG_mode, ARG_flags, ARG_dont_inherit, ARG_optimize, ARG__feature_version };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_source, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_filename, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_mode, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_flags, MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_dont_inherit, MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_optimize, MP_ARG_INT, { .u_int = -1 } },
        { MP_QSTR__feature_version, MP_ARG_KW_ONLY | MP_ARG_INT, { .u_int = -1 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_compile, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);

    mp_obj_t source = vals[ARG_source].u_obj;
    qstr mode = mp_obj_str_get_qstr(vals[ARG_mode].u_obj);
    mp_parse_input_kind_t kind;
    if (mode == MP_QSTR_exec) {
        kind = MP_PARSE_FILE_INPUT;
    } else if (mode == MP_QSTR_eval) {
        kind = MP_PARSE_EVAL_INPUT;
    } else if (mode == MP_QSTR_single) {
        kind = MP_PARSE_SINGLE_INPUT;
    } else {
        mp_raise_ValueError(MP_ERROR_TEXT("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    // CPython's PyCF_* and CO_FUTURE_* bits are accepted (and ignored);
    // others are refused.
    if (vals[ARG_flags].u_int & ~(mp_int_t)0x1ff7e10) {
        mp_raise_ValueError(MP_ERROR_TEXT("compile(): unrecognised flags"));
    }
    mp_int_t optimize = vals[ARG_optimize].u_int;
    if (optimize < -1 || optimize > 2) {
        mp_raise_ValueError(MP_ERROR_TEXT("compile(): invalid optimize value"));
    }
    if (mp_obj_is_type(source, &mp_type_code)) {
        return source;
    }
    size_t fn_len;
    const char *fn = mp_obj_str_get_data(vals[ARG_filename].u_obj, &fn_len);
    qstr filename = qstr_from_strn(fn, fn_len);
    size_t len;
    const char *src = source_text(source, &len, MP_QSTR_compile, filename);
    mp_ast_t *tree = mp_parse(filename, src, len, kind);
    tree->num = future_flags(vals[ARG_flags].u_int >> 13, vals[ARG_dont_inherit].u_int == 0);
    if (vals[ARG_flags].u_int & 0x2000) {
        // PyCF_ALLOW_TOP_LEVEL_AWAIT (py/scope.c)
        tree->num |= MP_SCOPE_FLAG_COROUTINE;
    }
    // The compiler reads the level from the state (-1: the interpreter's);
    // it is put back even when compiling raises a SyntaxError.
    int level = MP_STATE_CTX(opt_level);
    if (optimize >= 0) {
        MP_STATE_CTX(opt_level) = (int)optimize;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        MP_STATE_CTX(opt_level) = level;
        nlr_jump(nlr.ret_val);
    }
    mp_raw_code_t *rc = mp_compile_to_raw_code(tree, filename, kind == MP_PARSE_SINGLE_INPUT);
    nlr_pop();
    MP_STATE_CTX(opt_level) = level;
    return MP_OBJ_FROM_PTR(rc);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_compile_obj, 0, builtin_compile);

// eval(source, globals=None, locals=None) and exec(...): the code runs with
// the given dicts, or with the caller's globals and locals.
static mp_obj_t eval_exec(size_t n_args, const mp_obj_t *args, mp_parse_input_kind_t kind,
    qstr fun_name, mp_obj_t closure) {
    mp_obj_dict_t *globals = mp_globals_get();
    // Inside a function the code sees the function's locals dict (as in
    // CPython, names it binds do not become the function's variables).
    mp_obj_t frame_locals = n_args > 1 && args[n_args - 1] != mp_const_none ? MP_OBJ_NULL : mp_vm_frame_locals();
    mp_obj_dict_t *locals =
        frame_locals != MP_OBJ_NULL ? MP_OBJ_TO_PTR(frame_locals) : mp_locals_get();
    if (locals == NULL) {
        locals = globals;
    }
    // (A mapping is anything subscriptable, as for CPython. eval() checks
    // its locals first, exec() its globals.)
    bool bad_locals = n_args > 2 && args[2] != mp_const_none && !MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(args[2]), subscr);
    if (bad_locals && fun_name == MP_QSTR_eval) {
        mp_raise_TypeError(MP_ERROR_TEXT("locals must be a mapping"));
    }
    if (n_args > 1 && args[1] != mp_const_none) {
        if (!mp_obj_is_instance_of(args[1], &mp_type_dict)) {
            if (fun_name == MP_QSTR_eval) {
                mp_raise_TypeError(MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(args[1]), subscr)
                    ? MP_ERROR_TEXT("globals must be a real dict; try eval(expr, {}, mapping)")
                    : MP_ERROR_TEXT("globals must be a dict"));
            }
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q() globals must be a dict, not %s"), fun_name,
                mp_obj_get_type_str(args[1]));
        }
        // A dict subclass (or OrderedDict...) runs on the dict holding its
        // items; its own methods serve the module-level names (the locals).
        // (CPython also calls them for the global lookups of functions
        // defined there; ours read the dict.)
        globals = (mp_obj_dict_t *)((byte *)mp_obj_dict_get_map(args[1]) - offsetof(mp_obj_dict_t, map));
        locals = mp_locals_proxy_new(args[1]);
        // As CPython: a globals dict without __builtins__ gets a reference to them.
        mp_map_t *map = &globals->map;
        mp_map_elem_t *mod = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)), MP_OBJ_NEW_QSTR(MP_QSTR_builtins), MP_MAP_LOOKUP);
        mp_obj_t builtins = mod != NULL ? mod->value : mp_module_get_builtin(MP_QSTR_builtins);
        mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___builtins__),
            map->is_fixed ? MP_MAP_LOOKUP : MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (elem != NULL) {
            if (elem->value == MP_OBJ_NULL) {
                elem->value = builtins;
            }
            // Their own builtins: from now on name lookups check (py/runtime.c).
            mp_own_builtins_seen |= elem->value != builtins && elem->value != MP_STATE_BUILTINS_DICT;
        }
    }
    // Another mapping as locals is used through its methods (py/runtime.c).
    if (n_args > 2 && args[2] != mp_const_none) {
        if (bad_locals) {
            mp_raise_TypeError_obj_unsupported(
                args[2], MP_ERROR_TEXT("locals must be a mapping or None, not %s"));
        }
        locals = mp_locals_proxy_new(args[2]);
    }

    const mp_raw_code_t *rc;
    if (mp_obj_is_type(args[0], &mp_type_code)) {
        rc = MP_OBJ_TO_PTR(args[0]);
        if (fun_name == MP_QSTR_eval && rc->n_freevars > 0) {
            mp_raise_TypeError(MP_ERROR_TEXT("code object passed to eval() may not contain free variables"));
        }
    } else {
        size_t len;
        const char *src = source_text(args[0], &len, fun_name, MP_QSTR__lt_string_gt_);
        if (kind == MP_PARSE_EVAL_INPUT) {
            // As CPython: leading blanks of an expression string are ignored.
            while (len > 0 && (*src == ' ' || *src == '\t')) {
                src++;
                len--;
            }
        }
        mp_ast_t *tree = mp_parse(MP_QSTR__lt_string_gt_, src, len, kind);
        tree->num = future_flags(0, true);
        rc = mp_compile_to_raw_code(tree, MP_QSTR__lt_string_gt_, false);
    }
    // A function's code that reads its closure runs with exec(closure=cells).
    size_t n = closure == mp_const_none ? 0 : (size_t)-1;
    if (mp_obj_is_type(closure, &mp_type_tuple)) {
        mp_obj_t *cells;
        mp_obj_tuple_get(closure, &n, &cells);
        for (size_t i = 0; i < n; i++) {
            if (!mp_obj_is_type(cells[i], &mp_type_cell)) {
                n = (size_t)-1;
                break;
            }
        }
    }
    if (n != rc->n_freevars || (n == 0 && closure != mp_const_none)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("code object requires a closure of exactly length %u"),
            (unsigned)rc->n_freevars);
    }
    mp_obj_t ret = run_raw_code(rc, globals, locals, closure);
    return kind == MP_PARSE_EVAL_INPUT ? ret : mp_const_none;
}

static mp_obj_t builtin_eval(size_t n_args, const mp_obj_t *args) {
    return eval_exec(n_args, args, MP_PARSE_EVAL_INPUT, MP_QSTR_eval, mp_const_none);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_eval_obj, 1, 3, builtin_eval);

// exec(source, globals=None, locals=None, /, *, closure=None)
static mp_obj_t builtin_exec(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_source, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_globals, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_locals, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_closure, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_exec, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t args[3] = { vals[0].u_obj, vals[1].u_obj, vals[2].u_obj };
    return eval_exec(3, args, MP_PARSE_FILE_INPUT, MP_QSTR_exec, vals[3].u_obj);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_exec_obj, 1, builtin_exec);
