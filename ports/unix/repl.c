// The interactive REPL: prompts, continuation lines, auto-indent, paste mode,
// and running each statement with its value printed (PRINT_EXPR) and kept as
// `_`. Exceptions are printed and the loop goes on; SystemExit ends it.
#include "py/mpconfig.h"

#include <string.h>

#include "py/ast.h"
#include "py/bc.h"
#include "py/builtin.h"
#include "py/mphal.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "ports/unix/readline.h"
#include "ports/unix/unix_port.h"

// unix_port_repl's "no exit code" result (main.c's RUN_OK).
#define REPL_RUN_OK (-1)

// Keep the REPL's last printed value as `_` (CPython keeps it in builtins).
// Until the runtime looks names up in the mutable builtins name space, it
// also goes into __main__, so that `_` works either way.
static void repl_store_last_value(void) {
    mp_obj_t value = MP_STATE_VM(repl_last_value);
    if (value == MP_OBJ_NULL) {
        return;
    }
    MP_STATE_VM(repl_last_value) = MP_OBJ_NULL;
    mp_builtins_store(MP_QSTR__, value);
    if (mp_load_builtin(MP_QSTR__) != value) {
        mp_obj_dict_store(
            MP_OBJ_FROM_PTR(MP_STATE_VM(dict_main)), MP_OBJ_NEW_QSTR(MP_QSTR__), value);
    }
}

// The future features of the inputs so far: as in CPython, a `from
// __future__ import annotations` typed once holds for the inputs after it.
static uint16_t repl_future_flags;

// Compile and run one input in __main__. Returns REPL_RUN_OK, or the exit
// status when the code raised SystemExit.
static int repl_execute(const char *src, size_t len, mp_parse_input_kind_t kind) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_ast_t *tree = mp_parse(MP_QSTR__lt_stdin_gt_, src, len, kind);
        tree->num = repl_future_flags;
        mp_raw_code_t *rc =
            mp_compile_to_raw_code(tree, MP_QSTR__lt_stdin_gt_, kind == MP_PARSE_SINGLE_INPUT);
        repl_future_flags = rc->scope_flags & MP_SCOPE_FLAG_FUTURE_ANNOTATIONS;
        mp_obj_dict_t *globals = MP_STATE_VM(dict_main);
        mp_obj_t fun =
            mp_make_function_from_raw_code(rc, globals, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
        MP_STATE_VM(repl_last_value) = MP_OBJ_NULL;
        mp_obj_fun_bc_call_with_locals(fun, globals);
        repl_store_last_value();
        nlr_pop();
        return REPL_RUN_OK;
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        MP_STATE_VM(repl_last_value) = MP_OBJ_NULL;
        if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
            return unix_port_system_exit_status(exc);
        }
        mp_obj_t hook_exit = mp_sys_report_exception(exc);
        return hook_exit != MP_OBJ_NULL ? unix_port_system_exit_status(hook_exit) : REPL_RUN_OK;
    }
}

// The auto-indent for the line after `last`: its indentation, plus four
// spaces after a line ending in ':' (as MicroPython's REPL).
static void auto_indent(const char *last, size_t len, vstr_t *indent) {
    vstr_reset(indent);
    size_t n = 0;
    while (n < len && last[n] == ' ') {
        n++;
    }
    while (len > 0 && (last[len - 1] == ' ' || last[len - 1] == '\t')) {
        len--;
    }
    if (len > 0 && last[len - 1] == ':') {
        n += 4;
    }
    for (size_t i = 0; i < n; i++) {
        vstr_add_byte(indent, ' ');
    }
    vstr_null_terminated_str(indent);
}

static bool is_blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ' && s[i] != '\t') {
            return false;
        }
    }
    return true;
}

// The prompt sys.<name> asks for (str() of it; CPython and MicroPython's
// unix port honour assignments to sys.ps1 and sys.ps2), copied into buf.
static const char *repl_prompt(vstr_t *buf, qstr name) {
    vstr_reset(buf);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t p = mp_sys_get_attr(name);
        if (p != MP_OBJ_NULL) {
            mp_print_t print;
            mp_print_init_vstr(&print, buf);
            mp_obj_print_helper(&print, p, PRINT_STR);
        }
        nlr_pop();
    } else {
        // A failing __str__: no prompt, as CPython.
        vstr_reset(buf);
    }
    return vstr_null_terminated_str(buf);
}

// Paste mode: lines are taken verbatim (no auto-indent) until Ctrl-D, then
// run as one block; Ctrl-C cancels.
static int repl_paste_mode(void) {
    mp_print_str(&mp_plat_print, "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n");
    vstr_t src;
    vstr_init(&src, 256);
    for (;;) {
        unix_readline_result_t res = unix_readline(&src, "=== ", NULL, 0);
        if (res == UNIX_READLINE_INTERRUPT) {
            return REPL_RUN_OK;
        }
        if (res == UNIX_READLINE_EOF) {
            break;
        }
        vstr_add_byte(&src, '\n');
    }
    return repl_execute(src.buf, src.len, MP_PARSE_FILE_INPUT);
}

int unix_port_repl(void) {
    bool tty = unix_readline_is_tty();
    mp_printf(&mp_plat_print,
        "MicroPython v" MICROPY_VERSION_STRING " on " MICROPY_BUILD_DATE
        "; %s [" MICROPY_COMPILER_NAME "] version\n",
        mp_hal_platform);
    mp_print_str(&mp_plat_print, "Use Ctrl-D to exit, Ctrl-E for paste mode\n");
    vstr_t src;
    vstr_init(&src, 128);
    vstr_t indent;
    vstr_init(&indent, 16);
    vstr_t prompt;
    vstr_init(&prompt, 16);
    // The defaults, unless a program run with -i (or PYTHONSTARTUP) set them.
    static const qstr prompt_defaults[4] = {
        MP_QSTR_ps1, MP_QSTR__gt__gt__gt__space_, MP_QSTR_ps2, MP_QSTR__dot__dot__dot__space_
    };
    for (size_t i = 0; i < 4; i += 2) {
        if (mp_sys_get_attr(prompt_defaults[i]) == MP_OBJ_NULL) {
            mp_obj_dict_store(MP_STATE_SYS_DICT, MP_OBJ_NEW_QSTR(prompt_defaults[i]),
                MP_OBJ_NEW_QSTR(prompt_defaults[i + 1]));
        }
    }
    for (;;) {
        vstr_reset(&src);
        unix_readline_result_t res = unix_readline(&src, repl_prompt(&prompt, MP_QSTR_ps1), NULL,
            UNIX_READLINE_ALLOW_PASTE | UNIX_READLINE_COMPLETE);
        if (res == UNIX_READLINE_EOF) {
            return REPL_RUN_OK;
        }
        if (res == UNIX_READLINE_INTERRUPT) {
            continue;
        }
        if (res == UNIX_READLINE_PASTE) {
            int ret = repl_paste_mode();
            if (ret != REPL_RUN_OK) {
                return ret;
            }
            continue;
        }
        if (is_blank(src.buf, src.len)) {
            continue;
        }
        unix_readline_history_add(src.buf, src.len);
        vstr_add_byte(&src, '\n');

        // Continuation lines until the input is a complete statement.
        bool eof = false;
        bool cancelled = false;
        size_t last_start = 0;
        while (!mp_parse_is_complete(src.buf, src.len)) {
            const char *initial = NULL;
            if (tty) {
                auto_indent(src.buf + last_start, src.len - 1 - last_start, &indent);
                initial = indent.buf;
            }
            last_start = src.len;
            res = unix_readline(
                &src, repl_prompt(&prompt, MP_QSTR_ps2), initial, UNIX_READLINE_COMPLETE);
            if (res == UNIX_READLINE_INTERRUPT) {
                cancelled = true;
                break;
            }
            if (res == UNIX_READLINE_EOF) {
                // On a terminal Ctrl-D only ends the statement, as in
                // MicroPython; the end of piped input ends the REPL.
                eof = !tty;
                break;
            }
            if (is_blank(src.buf + last_start, src.len - last_start)) {
                // An auto-indent left alone ends the block.
                src.len = last_start;
            } else {
                unix_readline_history_add(src.buf + last_start, src.len - last_start);
            }
            vstr_add_byte(&src, '\n');
        }
        if (cancelled) {
            continue;
        }
        int ret = repl_execute(src.buf, src.len, MP_PARSE_SINGLE_INPUT);
        if (ret != REPL_RUN_OK) {
            return ret;
        }
        if (eof) {
            return REPL_RUN_OK;
        }
    }
}
