// The command line: `micropython [options] [script.py | -c cmd | -m mod] [args]`
// and the interactive REPL.
#include "py/mpconfig.h"

#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "py/ast.h"
#include "py/bc.h"
#include "py/builtin.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "py/objstr.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "ports/unix/file.h"
#include "ports/unix/readline.h"
#include "ports/unix/unix_port.h"
#include "ports/unix/modos.h"
#include "extmod/fdwait.h"
#include "extmod/mpsyscall.h"

// Exit codes as CPython: 1 for an uncaught exception, 130 for Ctrl-C, 2 for
// usage errors.
#define EXIT_EXCEPTION (1)
#define EXIT_USAGE (2)
#define EXIT_KBD_INTERRUPT (130)
// A returned value that is not an exit code: "no exception".
#define RUN_OK (-1)

static size_t heap_size = MICROPY_HEAP_SIZE_DEFAULT;
static bool heap_size_given; // -X heapsize: no fallback to a smaller heap
static bool inspect_after = false;

// Cold data: printed only by -h and after a usage error.
static const char usage_text[] MP_COLD_DATA =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd : program passed in as string\n"
    "  -m mod : run library module as a script\n"
    "  -i     : inspect interactively after running script\n"
    "  -O     : remove asserts, __debug__ False (-OO: docstrings too)\n"
    "  -v     : verbose (trace imports)\n"
    "  -h     : print this help message and exit\n"
    "  -V     : print the version and exit (also --version)\n"
    "  -W arg : warning control (action:message:category:module:lineno)\n"
    "  -u -B -s -S : accepted as CPython's (nothing to do here)\n"
    "  -X heapsize=<n>[k|M] : size of the GC heap (default %u MiB)\n"
    "  -X emit=bytecode : the bytecode emitter (the only one)\n"
    "Environment: MICROPYPATH : ':'-separated module search path (default ~/.micropython/lib)\n";

static void usage(const char *prog, bool to_stderr) {
    mp_printf(to_stderr ? &mp_stderr_print : &mp_plat_print, usage_text,
        prog, (unsigned)(MICROPY_HEAP_SIZE_DEFAULT / (1024 * 1024)));
}

static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno != 0) {
        return false;
    }
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
        end++;
    }
    if (*end != '\0' || v < 64 * 1024 || v > ((unsigned long long)1 << 40)) {
        return false;
    }
    *out = (size_t)v;
    return true;
}

// Whether the last uncaught exception was a KeyboardInterrupt.
static bool ended_by_ctrl_c;

// Print an uncaught exception and map it to an exit status.
static int handle_uncaught_exception(mp_obj_t exc) {
    ended_by_ctrl_c = false;
    if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
        return unix_port_system_exit_status(exc);
    }
    mp_obj_t hook_exit = mp_sys_report_exception(exc);
    if (hook_exit != MP_OBJ_NULL) {
        return handle_uncaught_exception(hook_exit);
    }
    if (mp_obj_is_instance_of(exc, &mp_type_KeyboardInterrupt)) {
        ended_by_ctrl_c = true;
        return EXIT_KBD_INTERRUPT;
    }
    return EXIT_EXCEPTION;
}

// Compile and run source in __main__'s globals. Returns RUN_OK or an exit code.
static int execute_source(const char *src, size_t len, qstr source_name, mp_parse_input_kind_t kind, bool is_repl) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_ast_t *tree = mp_parse(source_name, src, len, kind);
        mp_obj_t fun = mp_compile(tree, source_name, is_repl);
        // Module-level code keeps its names in __main__'s globals.
        mp_obj_fun_bc_call_with_locals(fun, mp_globals_get());
        // A Ctrl-C that came during the last call (a poll() woken by the
        // signal and a ready fd at once reports the fd) would else be lost
        // with the exit status 0.
        mp_handle_pending(true);
        nlr_pop();
        return RUN_OK;
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

// Reads a whole file ("-" is stdin) into a malloc'd buffer. NULL with errno
// set when it cannot be opened (*read_failed false) or a read fails part way
// (*read_failed true, e.g. EISDIR when stdin is a directory, or EIO).
static char *read_file(const char *path, size_t *len_out, bool *read_failed) {
    *read_failed = false;
    int fd = STDIN_FILENO;
    if (strcmp(path, "-") != 0) {
        MP_SYSCALL_RETRY(fd, openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC));
        if (fd < 0) {
            return NULL;
        }
    }
    size_t alloc = 4096, len = 0;
    char *buf = malloc(alloc);
    int err = ENOMEM;
    while (buf != NULL) {
        ssize_t n = read(fd, buf + len, alloc - len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            // Kept past close/free, which may change errno.
            err = errno;
            free(buf);
            buf = NULL;
            break;
        }
        if (n == 0) {
            break;
        }
        len += (size_t)n;
        if (len == alloc) {
            alloc *= 2;
            char *grown = realloc(buf, alloc);
            if (grown == NULL) {
                free(buf);
            }
            buf = grown;
        }
    }
    if (fd != STDIN_FILENO) {
        close(fd);
    }
    if (buf == NULL) {
        *read_failed = true;
        errno = err;
        return NULL;
    }
    *len_out = len;
    return buf;
}

// Run a file by path. The buffer is copied into the GC heap so that nothing
// malloc'd is held across a raise.
static int execute_file(const char *path) {
    size_t len;
    bool read_failed;
    errno = 0;
    char *buf = read_file(path, &len, &read_failed);
    const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
    if (buf == NULL) {
        int err = errno;
        if (read_failed) {
            // Opened but unreadable: the program is not there, so this is a
            // failed run rather than a usage error.
            mp_printf(&mp_stderr_print, "%s: can't read file '%s': [Errno %d] %s\n", unix_port_prog_name, shown, err,
                strerror(err));
            return EXIT_EXCEPTION;
        }
        mp_printf(&mp_stderr_print, "%s: can't open file '%s': [Errno %d] %s\n", unix_port_prog_name, path, err, strerror(err));
        return EXIT_USAGE;
    }
    char *src = m_new_atomic(char, len + 1);
    memcpy(src, buf, len);
    src[len] = '\0';
    free(buf);
    qstr name = qstr_from_str(shown);
    if (strcmp(path, "-") != 0) {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_globals_get()), MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_OBJ_NEW_QSTR(name));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_globals_get()), MP_OBJ_NEW_QSTR(MP_QSTR___cached__), mp_const_none);
    }
    // A PEP 263 Latin-1 coding line turns the bytes into UTF-8 first.
    const char *text = mp_parse_decode_source(MP_QSTRnull, src, &len);
    return execute_source(text, len, name, MP_PARSE_FILE_INPUT, false);
}

// Run `-m module`: import it as __main__ by searching sys.path.
static int execute_module(const char *mod) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        unix_port_run_module_as_main(qstr_from_str(mod));
        mp_handle_pending(true); // as in execute_source
        nlr_pop();
        return RUN_OK;
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

static void sigint_handler(int sig) {
    (void)sig;
    mp_sched_keyboard_interrupt();
    mp_fdwait_wake(-1, 0);
}

static void setup_signals(void) {
    // As CPython: Ctrl-C raises KeyboardInterrupt, unless the process was
    // started with SIGINT ignored (a shell script's background job, nohup):
    // it stays ignored, and signal.getsignal() says so.
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) != 0 || old.sa_handler != SIG_IGN) {
        unix_port_set_signal_handler(SIGINT, sigint_handler);
    }
    // Writing to a closed socket or pipe raises OSError(EPIPE) instead, and
    // writing past RLIMIT_FSIZE OSError(EFBIG), as in CPython.
    unix_port_set_signal_handler(SIGPIPE, SIG_IGN);
    unix_port_set_signal_handler(SIGXFSZ, SIG_IGN);
}

static void set_sys_path(const char *script_dir) {
    mp_obj_t path = MP_STATE_VM(sys_path);
    mp_obj_list_append(path, mp_obj_new_str(script_dir, strlen(script_dir)));
    const char *env = getenv("MICROPYPATH");
    if (env == NULL) {
        const char *home = getenv("HOME");
        if (home != NULL) {
            vstr_t v;
            vstr_init(&v, 64);
            vstr_add_str(&v, home);
            vstr_add_str(&v, "/.micropython/lib");
            mp_obj_list_append(path, mp_obj_new_str(v.buf, v.len));
        }
        return;
    }
    const char *p = env;
    for (;;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        mp_obj_list_append(path, mp_obj_new_str(p, n));
        if (colon == NULL) {
            break;
        }
        p = colon + 1;
    }
}

static void set_sys_argv(int argc, char **argv, int first) {
    mp_obj_t list = MP_STATE_VM(sys_argv);
    for (int i = first; i < argc; i++) {
        mp_obj_list_append(list, mp_obj_new_str_from_os(argv[i], strlen(argv[i])));
    }
}

// Whether flags are all CPython options with nothing to do here (stdout
// and stderr are never block-buffered; no .pyc files, no site module).
// (They still show in sys.flags.)
static bool noop_flags(const char *flags) {
    for (const char *f = flags; *f != '\0'; f++) {
        if (strchr("uBsS", *f) == NULL) {
            return false;
        }
    }
    for (; *flags != '\0'; flags++) {
        static const uint16_t fields[] = { MP_QSTR_dont_write_bytecode, MP_QSTR_no_user_site, MP_QSTR_no_site };
        const char *at = strchr("BsS", *flags);
        if (at != NULL) {
            mp_sys_set_flag(fields[at - "BsS"], 1);
        }
    }
    return true;
}

// sys.path[0] for a script (its folder) or a directory run as a program
// (itself): absolute, with links resolved, as CPython gives it -- modules
// next to a linked script are found, and their __file__ is absolute.
static void set_sys_path_from(const char *path, bool is_dir) {
    char real[PATH_MAX];
    if (realpath(path, real) == NULL) {
        // (/dev/stdin on a pipe has no real path: the folder as given)
        snprintf(real, sizeof(real), "%s", path);
    }
    if (!is_dir && strchr(real, '/') == NULL) {
        set_sys_path(".");
        return;
    }
    if (!is_dir) {
        char *slash = strrchr(real, '/');
        slash[slash == real] = '\0'; // ("/x.py" -> "/")
    }
    set_sys_path(real);
}

static int run_main(int argc, char **argv) {
    const char *cmd = NULL;
    const char *module = NULL;
    int arg_index = 1;
    for (; arg_index < argc; arg_index++) {
        const char *a = argv[arg_index];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (arg_index + 1 >= argc) {
                mp_printf(&mp_stderr_print, "Argument expected for the %s option\n", a);
                usage(argv[0], true);
                return EXIT_USAGE;
            }
            if (a[1] == 'c') {
                cmd = argv[arg_index + 1];
            } else {
                module = argv[arg_index + 1];
            }
            arg_index++; // sys.argv starts at -c / -m's argument
            break;
        } else if (strcmp(a, "-i") == 0) {
            inspect_after = true;
            mp_sys_set_flag(MP_QSTR_inspect, 1);
            mp_sys_set_flag(MP_QSTR_interactive, 1);
        } else if (strcmp(a, "-O") == 0 || strcmp(a, "-OO") == 0) {
            MP_STATE_CTX(opt_level) = (int)strlen(a) - 1;
            mp_sys_set_flag(MP_QSTR_optimize, MP_STATE_CTX(opt_level));
        } else if (strcmp(a, "-v") == 0) {
            MP_STATE_CTX(verbose) = true;
            mp_sys_set_flag(MP_QSTR_verbose, 1);
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(argv[0], false);
            return 0;
        } else if (strcmp(a, "-X") == 0) {
            // Already handled before the heap was created; skip its value.
            arg_index++;
        } else if (strncmp(a, "-W", 2) == 0) {
            // -W action:message:category:module:lineno, for the warnings
            // module to apply when it is first imported (as CPython's).
            const char *value = a[2] != '\0' ? a + 2 : argv[++arg_index];
            if (value == NULL) {
                mp_printf(&mp_stderr_print, "Argument expected for the -W option\n");
                usage(argv[0], true);
                return EXIT_USAGE;
            }
            mp_obj_list_append(mp_sys_get_attr(MP_QSTR_warnoptions), mp_obj_new_str_from_os(value, strlen(value)));
        } else if (noop_flags(a + 1)) {
            // Alone or together (-uB): command lines written for CPython,
            // such as `python -u app.py` in a CI job, run unchanged.
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            mp_print_str(&mp_plat_print, "MicroPython v" MICROPY_VERSION_STRING "\n");
            return 0;
        } else {
            mp_printf(&mp_stderr_print, "Unknown option: %s\n", a);
            usage(argv[0], true);
            return EXIT_USAGE;
        }
    }

    if (mp_obj_is_true(mp_sys_get_attr(MP_QSTR_warnoptions))) {
        // As CPython: the options are checked (and reported) at start-up.
        mp_import_name(MP_QSTR_warnings, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    }
    if (module == NULL) {
        // __main__ as CPython sets it up for a script, -c, stdin or the REPL
        // (no import system objects here, so no loader or spec).
        mp_obj_t g = MP_OBJ_FROM_PTR(mp_globals_get());
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR___annotations__), mp_obj_new_dict(0));
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR___package__), mp_const_none);
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR___spec__), mp_const_none);
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR___loader__), mp_const_none);
    }
    int ret;
    if (cmd != NULL) {
        set_sys_path("");
        mp_obj_list_append(MP_STATE_VM(sys_argv), MP_OBJ_NEW_QSTR(MP_QSTR__dash_c));
        set_sys_argv(argc, argv, arg_index + 1);
        ret = execute_source(cmd, strlen(cmd), MP_QSTR__lt_string_gt_, MP_PARSE_FILE_INPUT, false);
    } else if (module != NULL) {
        char cwd[PATH_MAX];
        set_sys_path(getcwd(cwd, sizeof(cwd)) != NULL ? cwd : ""); // (absolute, as CPython's -m)
        set_sys_argv(argc, argv, arg_index);
        ret = execute_module(module);
    } else if (arg_index < argc && strcmp(argv[arg_index], "-") != 0) {
        const char *path = argv[arg_index];
        struct stat st;
        if (fstatat(AT_FDCWD, path, &st, 0) == 0 && S_ISDIR(st.st_mode)) {
            // As CPython: a directory runs its __main__.py, with the
            // directory itself first on sys.path.
            vstr_t main_path;
            vstr_init(&main_path, 64);
            vstr_add_str(&main_path, path);
            if (main_path.len == 0 || main_path.buf[main_path.len - 1] != '/') {
                vstr_add_char(&main_path, '/');
            }
            vstr_add_str(&main_path, "__main__.py");
            const char *main_file = vstr_null_terminated_str(&main_path);
            if (fstatat(AT_FDCWD, main_file, &st, 0) != 0 || S_ISDIR(st.st_mode)) {
                mp_printf(&mp_stderr_print, "%s: can't find '__main__' module in '%s'\n", unix_port_prog_name, path);
                return EXIT_EXCEPTION;
            }
            set_sys_path_from(path, true);
            set_sys_argv(argc, argv, arg_index);
            // (run from the absolute folder: its __file__ is absolute too, as CPython's)
            mp_obj_t dir = mp_obj_subscr(MP_STATE_VM(sys_path), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
            vstr_reset(&main_path);
            vstr_printf(&main_path, "%s/__main__.py", mp_obj_str_get_str(dir));
            ret = execute_file(vstr_null_terminated_str(&main_path));
        } else {
            set_sys_path_from(path, false);
            set_sys_argv(argc, argv, arg_index);
            ret = execute_file(path);
        }
    } else if (arg_index < argc || (!isatty(0) && !inspect_after)) {
        // Program from stdin ("-" or a pipe; with -i a pipe feeds the REPL,
        // as in CPython).
        set_sys_path("");
        if (arg_index < argc) {
            set_sys_argv(argc, argv, arg_index);
        } else {
            mp_obj_list_append(MP_STATE_VM(sys_argv), MP_OBJ_NEW_QSTR(MP_QSTR_));
        }
        ret = execute_file("-");
    } else {
        set_sys_path("");
        mp_obj_list_append(MP_STATE_VM(sys_argv), MP_OBJ_NEW_QSTR(MP_QSTR_));
        ret = RUN_OK;
        inspect_after = true; // (the REPL runs just below, once)
    }
    if (inspect_after && ret == RUN_OK) {
        ret = unix_port_repl();
    }
    return ret == RUN_OK ? 0 : ret;
}

// Pre-scan for -X options: they shape the heap, which must exist before the
// rest of the command line is processed.
static int prescan_x_options(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0 || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "-W") == 0) {
            i++; // (its value is not a script name)
            continue;
        }
        if (strcmp(a, "-X") != 0) {
            continue;
        }
        if (i + 1 >= argc) {
            mp_printf(&mp_stderr_print, "Argument expected for the -X option\n");
            return EXIT_USAGE;
        }
        const char *x = argv[++i];
        if (strncmp(x, "heapsize=", 9) == 0) {
            if (!parse_size(x + 9, &heap_size)) {
                mp_printf(&mp_stderr_print, "Invalid -X heapsize value: %s (use e.g. 512k or 4M, at least 64k)\n", x + 9);
                return EXIT_USAGE;
            }
            heap_size_given = true;
        } else if (strcmp(x, "emit=bytecode") == 0) {
            // The only emitter.
        } else if (strncmp(x, "emit=", 5) == 0) {
            mp_printf(&mp_stderr_print, "Unsupported emitter: %s (only emit=bytecode)\n", x + 5);
            return EXIT_USAGE;
        }
        // Others (CPython's dev, utf8, importtime...) are ignored, as
        // CPython ignores the ones it does not know.
    }
    return RUN_OK;
}

const char *unix_port_prog_name = "micropython";

int main(int argc, char **argv) {
    // The stack top for the conservative GC scan and the recursion guard.
    // main's frame address covers all of main's own locals.
    mp_stack_set_top(__builtin_frame_address(0));
    gc_set_stack_top(__builtin_frame_address(0));
    unix_port_set_stack_limit();
    if (argc > 0) {
        unix_port_prog_name = argv[0];
    }

    int pre = prescan_x_options(argc, argv);
    if (pre != RUN_OK) {
        return pre;
    }
    // Reserved, not committed: pages cost RSS only once the GC touches them.
    int map_flags = MAP_PRIVATE | MAP_ANONYMOUS;
#ifdef MAP_NORESERVE
    map_flags |= MAP_NORESERVE;
#endif
    void *heap = mmap(NULL, heap_size, PROT_READ | PROT_WRITE, map_flags, -1, 0);
    while (heap == MAP_FAILED && !heap_size_given && heap_size / 2 >= MICROPY_HEAP_SIZE_FALLBACK_MIN) {
        heap_size /= 2;
        heap = mmap(NULL, heap_size, PROT_READ | PROT_WRITE, map_flags, -1, 0);
    }
    if (heap == MAP_FAILED) {
        mp_printf(&mp_stderr_print, "%s: cannot reserve a heap of %zu bytes\n", argv[0], heap_size);
        return EXIT_EXCEPTION;
    }
    gc_init(heap, (char *)heap + heap_size);
    int ret;
    volatile bool runtime_up = false; // read after a longjmp
    nlr_buf_t nlr;
    // Anything raised outside the script's own handler (a MemoryError while
    // setting up sys.argv on a tiny heap, say) ends here, never in abort().
    if (nlr_push(&nlr) == 0) {
        mp_init();
        runtime_up = true;
        unix_port_init();
        setup_signals();
        ret = run_main(argc, argv);
        ret = unix_port_deinit(ret);
        nlr_pop();
    } else if (runtime_up) {
        ret = handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    } else {
        mp_printf(&mp_stderr_print, "%s: the heap (%zu bytes) is too small to start\n", argv[0], heap_size);
        ret = EXIT_EXCEPTION;
    }
    mp_deinit();
    // What would otherwise be atexit() handlers: main() is the one normal
    // way out (os._exit and fatal signals skip these, as they skip atexit).
    unix_file_flush_all();
    unix_readline_restore_terminal();
    if (ret == EXIT_KBD_INTERRUPT && ended_by_ctrl_c) {
        // As CPython: die of the signal. A shell running us in a loop then
        // stops too; a plain status 130 would tell it the program handled
        // the Ctrl-C itself.
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return ret;
}
