// Port set-up and tear-down around the interpreter (sys.stdin/stdout/stderr,
// the sys and builtins name spaces, sys.executable, sys.atexit) and
// `micropython -m module`.
#include "py/mpconfig.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

#include "py/ast.h"
#include "py/builtin.h"
#include "py/frozen.h"
#include "py/import_hal.h"
#include "py/runtime.h"
#include "ports/unix/file.h"
#include "ports/unix/readline.h"
#include "ports/unix/unix_port.h"

// The path of the running executable, or "" when it cannot be found.
static mp_obj_t executable_path(void) {
    char buf[PATH_MAX];
#if defined(__APPLE__)
    // No /proc on macOS: the loader knows the path (maybe through links).
    char raw[PATH_MAX];
    uint32_t raw_size = sizeof(raw);
    if (_NSGetExecutablePath(raw, &raw_size) == 0 && realpath(raw, buf) != NULL) {
        return mp_obj_new_str(buf, strlen(buf));
    }
#else
    ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    if (n > 0) {
        return mp_obj_new_str(buf, (size_t)n);
    }
#endif
    if (strchr(unix_port_prog_name, '/') != NULL && realpath(unix_port_prog_name, buf) != NULL) {
        return mp_obj_new_str(buf, strlen(buf));
    }
    return MP_OBJ_NEW_QSTR(MP_QSTR_);
}

// sys.prefix and the like: two directories above the executable (/usr/local
// for /usr/local/bin/micropython), CPython's default layout; /usr/local when
// the executable is unknown. There is no library tree to look for, nor a
// virtual environment, so all four are the same.
static mp_obj_t install_prefix(mp_obj_t exe) {
    size_t len;
    const char *s = mp_obj_str_get_data(exe, &len);
    if (len == 0 || s[0] != '/') {
        return mp_obj_new_str("/usr/local", 10);
    }
    for (int up = 0; up < 2; up++) {
        while (len > 0 && s[len - 1] != '/') {
            len--;
        }
        while (len > 1 && s[len - 1] == '/') {
            len--;
        }
    }
    return mp_obj_new_str(s, len);
}

void unix_port_init(void) {
    MP_STATE_VM(sys_stdin) = unix_file_new_stdio(STDIN_FILENO);
    MP_STATE_VM(sys_stdout) = unix_file_new_stdio(STDOUT_FILENO);
    MP_STATE_VM(sys_stderr) = unix_file_new_stdio(STDERR_FILENO);
    mp_module_sys_init();
    mp_builtins_init();
    mp_obj_t exe = executable_path();
    mp_obj_dict_store(MP_STATE_SYS_DICT, MP_OBJ_NEW_QSTR(MP_QSTR_executable), exe);
    static const qstr prefixes[] = { MP_QSTR_prefix, MP_QSTR_base_prefix, MP_QSTR_exec_prefix, MP_QSTR_base_exec_prefix };
    mp_obj_t prefix = install_prefix(exe);
    for (size_t i = 0; i < MP_ARRAY_SIZE(prefixes); i++) {
        mp_obj_dict_store(MP_STATE_SYS_DICT, MP_OBJ_NEW_QSTR(prefixes[i]), prefix);
    }
}

int unix_port_system_exit_status(mp_obj_t exc) {
    mp_obj_t code = mp_obj_exception_get_value(exc);
    if (code == mp_const_none) {
        return 0;
    }
    mp_int_t val;
    if (mp_obj_get_int_maybe(code, &val)) {
        return (int)(val & 0xff);
    }
    mp_obj_print_helper(&mp_stderr_print, code, PRINT_STR);
    mp_print_str(&mp_stderr_print, "\n");
    return 1;
}

// Call the sys.atexit function. A SystemExit from it sets the status (its
// status, else -1 for "unchanged"); any other exception is printed, as
// CPython does for atexit handlers.
static int run_exitfunc(mp_obj_t func) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_call_function_0(func);
        nlr_pop();
        return -1;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
        return unix_port_system_exit_status(exc);
    }
    mp_obj_print_exception(&mp_stderr_print, exc);
    return -1;
}

int unix_port_deinit(int exit_code) {
    // As in CPython, the program ends once its non-daemon threads have:
    // threading._shutdown() waits for them (if threading was imported).
    mp_map_elem_t *threading = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)),
        MP_OBJ_NEW_QSTR(MP_QSTR_threading), MP_MAP_LOOKUP);
    if (threading != NULL) {
        mp_obj_t dest[2];
        mp_load_method_maybe(threading->value, MP_QSTR__shutdown, dest);
        if (dest[0] != MP_OBJ_NULL && dest[1] == MP_OBJ_NULL) {
            int status = run_exitfunc(dest[0]);
            if (status >= 0) {
                exit_code = status;
            }
        }
    }
    mp_obj_t func = MP_STATE_VM(sys_exitfunc);
    if (func != MP_OBJ_NULL) {
        MP_STATE_VM(sys_exitfunc) = MP_OBJ_NULL;
        int status = run_exitfunc(func);
        if (status >= 0) {
            exit_code = status;
        }
    }
    unix_readline_restore_terminal();
    return exit_code;
}

// dir joined with rel (dir '' is the current directory).
static void join_path(vstr_t *out, const char *dir, size_t dir_len, const char *rel) {
    vstr_reset(out);
    if (dir_len > 0) {
        vstr_add_strn(out, dir, dir_len);
        if (dir[dir_len - 1] != '/') {
            vstr_add_byte(out, '/');
        }
    }
    vstr_add_str(out, rel);
}

static void set_main_argv0(mp_obj_t arg0) {
    size_t argc;
    mp_obj_t *argv;
    mp_obj_list_get(MP_STATE_VM(sys_argv), &argc, &argv);
    if (argc > 0) {
        argv[0] = arg0;
    } else {
        mp_obj_list_append(MP_STATE_VM(sys_argv), arg0);
    }
}

// `-m mod`: mod.py or mod/__main__.py found on sys.path runs as __main__,
// after the packages on the way (and a package named by mod itself) have
// been imported, as CPython does; else a frozen module of that name.
void unix_port_run_module_as_main(qstr module_name) {
    const char *name = qstr_str(module_name);
    const char *dot = strrchr(name, '.');
    mp_obj_t level0 = MP_OBJ_NEW_SMALL_INT(0);
    if (dot != NULL) {
        mp_import_name(qstr_from_strn(name, (size_t)(dot - name)), mp_const_none, level0);
    }
    vstr_t rel;
    vstr_init(&rel, 32);
    for (const char *p = name; *p != '\0'; p++) {
        vstr_add_byte(&rel, *p == '.' ? '/' : (byte)*p);
    }
    size_t rel_len = rel.len;

    size_t n_dirs;
    mp_obj_t *dirs;
    mp_obj_get_array(MP_STATE_VM(sys_path), &n_dirs, &dirs);
    vstr_t path;
    vstr_init(&path, 64);
    bool found = false;
    bool is_package = false;
    for (size_t i = 0; i < n_dirs && !found; i++) {
        if (!mp_obj_is_str(dirs[i])) {
            continue;
        }
        size_t dir_len;
        const char *dir = mp_obj_str_get_data(dirs[i], &dir_len);
        rel.len = rel_len;
        vstr_add_str(&rel, ".py");
        join_path(&path, dir, dir_len, vstr_null_terminated_str(&rel));
        if (mp_import_stat(vstr_null_terminated_str(&path)) == MP_IMPORT_STAT_FILE) {
            found = true;
            break;
        }
        rel.len = rel_len;
        vstr_add_str(&rel, "/__main__.py");
        join_path(&path, dir, dir_len, vstr_null_terminated_str(&rel));
        if (mp_import_stat(vstr_null_terminated_str(&path)) == MP_IMPORT_STAT_FILE) {
            found = true;
            is_package = true;
        }
    }
    mp_obj_dict_t *globals = MP_STATE_VM(dict_main);
    if (!found) {
        // A module frozen into the binary (lib/): sys.argv[0] names it as
        // its tracebacks do.
        vstr_reset(&path);
        vstr_printf(&path, "<frozen %s>", name);
        set_main_argv0(mp_obj_new_str(path.buf, path.len));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___package__),
            dot != NULL ? mp_obj_new_str(name, (size_t)(dot - name)) : MP_OBJ_NEW_QSTR(MP_QSTR_));
        if (!mp_frozen_exec(module_name, globals)) {
            mp_raise_obj(mp_obj_new_exception_msg_varg(
                &mp_type_ModuleNotFoundError, MP_ERROR_TEXT("No module named '%q'"), module_name));
        }
        return;
    }
    if (is_package) {
        mp_import_name(module_name, mp_const_none, level0);
    }

    const char *file = vstr_null_terminated_str(&path);
    mp_obj_t file_obj = mp_obj_new_str(file, path.len);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___file__), file_obj);
    mp_obj_t package = is_package    ? MP_OBJ_NEW_QSTR(module_name)
                       : dot != NULL ? mp_obj_new_str(name, (size_t)(dot - name))
                                     : MP_OBJ_NEW_QSTR(MP_QSTR_);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___package__), package);
    set_main_argv0(file_obj);

    mp_obj_t src = mp_import_read_file(file);
    size_t len;
    const char *data = mp_obj_str_get_data(src, &len);
    mp_parse_compile_execute(data, len, qstr_from_str(file), MP_PARSE_FILE_INPUT, globals, globals);
}
