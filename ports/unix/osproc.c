// The os module's process calls: fork, the exec family, waitpid/wait and the
// wait-status tests, _exit, sessions and process groups, and _fork_exec, the
// one primitive lib/subprocess.py starts its children with. Errors are
// OSError(errno) with CPython's subclasses (ChildProcessError...).
#include "py/mpconfig.h"

#if MICROPY_PY_OS

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mpthread.h"
#include "ports/unix/file.h"
#include "ports/unix/unix_port.h"
#include "extmod/mpsyscall.h"
#include "modos.h"
#include "extmod/fdwait.h"

extern char **environ;

// The C string of a str, bytes or path-like item of argv or env.
static const char *proc_cstr(mp_obj_t o) {
    return os_path_arg(os_fspath(o), MP_QSTR_execv, MP_QSTR_path, false, NULL);
}

// argv as a NULL-terminated array (on the GC heap: a forked child reads it
// from its copy of the heap, and the caller's stack keeps it alive).
static char **proc_argv(mp_obj_t seq, qstr func) {
    if (!mp_obj_is_type(seq, &mp_type_list) && !mp_obj_is_type(seq, &mp_type_tuple)) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() arg 2 must be a tuple or list"), func);
    }
    size_t n = (size_t)MP_OBJ_SMALL_INT_VALUE(mp_obj_len(seq));
    char **argv = m_new(char *, n + 1);
    for (size_t i = 0; i < n; i++) {
        // Each item read afresh (IndexError if the list shrank): an earlier
        // item's __fspath__ may have changed the list.
        argv[i] = (char *)proc_cstr(mp_obj_subscr(seq, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL));
    }
    argv[n] = NULL;
    return argv;
}

// execv's checks on argv (not wanted for the list of paths subprocess tries).
static char **proc_exec_argv(mp_obj_t seq, qstr func) {
    char **argv = proc_argv(seq, func);
    if (argv[0] == NULL) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("%q() arg 2 must not be empty"), func);
    }
    if (argv[0][0] == '\0') {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("%q() arg 2 first element cannot be empty"), func);
    }
    return argv;
}

// A mapping as a NULL-terminated array of "key=value" strings.
static char **proc_envp(mp_obj_t env) {
    size_t n = (size_t)mp_obj_get_int(mp_obj_len(env));
    char **envp = m_new(char *, n + 1);
    mp_obj_t dest[2];
    mp_load_method(env, MP_QSTR_items, dest);
    mp_obj_t iter = mp_getiter(mp_call_method_n_kw(0, 0, dest));
    mp_obj_t item;
    size_t i = 0;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION && i < n) {
        mp_obj_t *kv;
        mp_obj_get_array_fixed_n(item, 2, &kv);
        mp_obj_t v_in = kv[1]; // the key's __fspath__ may change a list item
        const char *k = proc_cstr(kv[0]);
        const char *v = proc_cstr(v_in);
        if (k[0] == '\0' || strchr(k, '=') != NULL) {
            mp_raise_ValueError(MP_ERROR_TEXT("illegal environment variable name"));
        }
        vstr_t s;
        vstr_init(&s, strlen(k) + strlen(v) + 2);
        vstr_add_str(&s, k);
        vstr_add_byte(&s, '=');
        vstr_add_str(&s, v);
        envp[i++] = vstr_null_terminated_str(&s);
    }
    envp[i] = NULL;
    return envp;
}

// ---------------------------------------------------------------------------
// fork, exec, _exit.

// The callables os.register_at_fork collected: lists for before,
// after_in_child and after_in_parent (a GC root region once set).
static mp_obj_t fork_hooks[3];

// register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)
static mp_obj_t os_register_at_fork(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_before, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_after_in_child, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_after_in_parent, MP_ARG_KW_ONLY | MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t args[3];
    mp_arg_parse_named(MP_QSTR_register_at_fork, n_args, pos_args, kw_args, 3, allowed, args);
    // All are checked before any is kept (a given None is refused, as
    // CPython 3.11 does).
    bool any = false;
    for (int i = 0; i < 3; i++) {
        mp_obj_t f = args[i].u_obj;
        if (f != MP_OBJ_NULL) {
            if (!mp_obj_is_callable(f)) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("'%q' must be callable, not %s"),
                    allowed[i].qst, mp_obj_get_type_str(f));
            }
            any = true;
        }
    }
    if (!any) {
        mp_raise_TypeError(MP_ERROR_TEXT("At least one argument is required."));
    }
    if (fork_hooks[0] == MP_OBJ_NULL) {
        for (int i = 0; i < 3; i++) {
            fork_hooks[i] = mp_obj_new_list(0, NULL);
        }
        gc_add_root_region((void **)fork_hooks, 3);
    }
    for (int i = 0; i < 3; i++) {
        if (args[i].u_obj != MP_OBJ_NULL) {
            mp_obj_list_append(fork_hooks[i], args[i].u_obj);
        }
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_register_at_fork_obj, 0, os_register_at_fork);

// Calls the hooks of one kind (0: before, in reverse registration order;
// 1, 2: after, in order). A hook's exception is reported on stderr and the
// next hook still runs, as CPython does.
static void run_fork_hooks(int which) {
    if (fork_hooks[0] == MP_OBJ_NULL) {
        return;
    }
    size_t n, len;
    mp_obj_t *items;
    mp_obj_list_get(fork_hooks[which], &n, &items);
    for (size_t k = 0; k < n; k++) {
        // Fetched each time: a hook may register more (which then run only
        // at the next fork), moving the items.
        mp_obj_list_get(fork_hooks[which], &len, &items);
        mp_obj_t volatile f = items[which == 0 ? n - 1 - k : k];
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_function_0(f);
            nlr_pop();
        } else {
            mp_print_exception_ignored(": ", f, MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
}

// fork(): 0 in the child, the child's pid in the parent. A child of a
// process with several threads has only the calling one. The
// register_at_fork hooks run around it (the parent's after hooks even when
// fork fails).
static mp_obj_t os_fork(void) {
    run_fork_hooks(0);
    // Buffered output would otherwise be written by both processes (or be
    // missing for the child's program).
    unix_file_flush_all();
    pid_t pid = fork();
    int err = errno;
    if (pid == 0) {
        // Only this thread exists in the child: it becomes the main one,
        // and threading forgets the others (as CPython's after-fork hook).
        mp_thread_after_fork_child();
        mp_fdwait_wake_reset();
        mp_map_elem_t *threading = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)),
            MP_OBJ_NEW_QSTR(MP_QSTR_threading), MP_MAP_LOOKUP);
        if (threading != NULL) {
            mp_obj_t dest[2];
            mp_load_method_maybe(threading->value, MP_QSTR__after_fork, dest);
            if (dest[0] != MP_OBJ_NULL) {
                mp_call_method_n_kw(0, 0, dest);
            }
        }
        run_fork_hooks(1);
    } else {
        run_fork_hooks(2);
        errno = err;
        os_check_result(pid);
    }
    return mp_obj_new_int(pid);
}
MP_DEFINE_CONST_FUN_OBJ_0(os_fork_obj, os_fork);

// execv(path, args), execve(path, args, env), execvp(file, args),
// execvpe(file, args, env): only return by raising.
MP_NORETURN static void proc_exec(size_t n_args, const mp_obj_t *args, qstr func, bool search) {
    const char *path = os_path_arg(args[0], func, MP_QSTR_path, false, NULL);
    char **argv = proc_exec_argv(args[1], func);
    if (n_args < 3) {
        search ? execvp(path, argv) : execve(path, argv, environ);
        mp_raise_OSError_errno();
    }
    char **envp = proc_envp(args[2]);
    if (!search) {
        execve(path, argv, envp);
        mp_raise_OSError_with_filename(errno, args[0]);
    }
    // execvp looks PATH up in the environment the program gets, as
    // CPython's execvpe does.
    char **saved = environ;
    environ = envp;
    execvp(path, argv);
    environ = saved;
    mp_raise_OSError_errno();
}

// execv and execve share one function, telling them apart by the number of
// arguments; so do execvp and execvpe.
static mp_obj_t os_execve(size_t n_args, const mp_obj_t *args) {
    proc_exec(n_args, args, n_args == 2 ? MP_QSTR_execv : MP_QSTR_execve, false);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_execv_obj, 2, 2, os_execve);
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_execve_obj, 3, 3, os_execve);

static mp_obj_t os_execvpe(size_t n_args, const mp_obj_t *args) {
    proc_exec(n_args, args, n_args == 2 ? MP_QSTR_execvp : MP_QSTR_execvpe, true);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_execvp_obj, 2, 2, os_execvpe);
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_execvpe_obj, 3, 3, os_execvpe);

// _exit(n): at once, without cleanup or flushing.
static mp_obj_t os__exit(mp_obj_t n) {
    _exit(mp_obj_get_c_int(n));
}
MP_DEFINE_CONST_FUN_OBJ_1(os__exit_obj, os__exit);

// ---------------------------------------------------------------------------
// Waiting.

typedef struct _proc_wait_t {
    pid_t pid;
    int options;
    int status;
    int err;
} proc_wait_t;

static void proc_wait_released(void *arg) {
    proc_wait_t *w = arg;
    w->pid = waitpid(w->pid, &w->status, w->options);
    w->err = errno;
}

// waitpid without the GIL (other threads run while this one waits).
static pid_t proc_waitpid(pid_t pid, int options, int *status) {
    proc_wait_t w = { pid, options, 0, 0 };
    mp_thread_call_released(proc_wait_released, &w);
    *status = w.status;
    errno = w.err;
    return w.pid;
}

// waitpid(pid, options): (pid, status); (0, 0) with WNOHANG if the child
// is still running.
static mp_obj_t os_waitpid(mp_obj_t pid_in, mp_obj_t options) {
    pid_t pid = mp_obj_get_c_int(pid_in);
    int opts = mp_obj_get_c_int(options);
    int status = 0;
    pid_t r;
    MP_SYSCALL_RETRY(r, proc_waitpid(pid, opts, &status));
    os_check_result(r);
    mp_obj_t t[2] = { mp_obj_new_int(r), mp_obj_new_int(status) };
    return mp_obj_new_tuple(2, t);
}
MP_DEFINE_CONST_FUN_OBJ_2(os_waitpid_obj, os_waitpid);

// wait(): any child.
static mp_obj_t os_wait(void) {
    return os_waitpid(MP_OBJ_NEW_SMALL_INT(-1), MP_OBJ_NEW_SMALL_INT(0));
}
MP_DEFINE_CONST_FUN_OBJ_0(os_wait_obj, os_wait);

// The tests of a wait status: WIFEXITED(status) and the rest.
#define PROC_STATUS_FN(name, result) \
    static mp_obj_t os_##name(mp_obj_t status_in) { \
        int status = mp_obj_get_c_int(status_in); \
        (void)status; \
        return result; \
    } \
    MP_DEFINE_CONST_FUN_OBJ_1(os_##name##_obj, os_##name);
PROC_STATUS_FN(WIFEXITED, mp_obj_new_bool(WIFEXITED(status)))
PROC_STATUS_FN(WEXITSTATUS, MP_OBJ_NEW_SMALL_INT(WEXITSTATUS(status)))
PROC_STATUS_FN(WIFSIGNALED, mp_obj_new_bool(WIFSIGNALED(status)))
PROC_STATUS_FN(WTERMSIG, MP_OBJ_NEW_SMALL_INT(WTERMSIG(status)))
PROC_STATUS_FN(WIFSTOPPED, mp_obj_new_bool(WIFSTOPPED(status)))
PROC_STATUS_FN(WSTOPSIG, MP_OBJ_NEW_SMALL_INT(WSTOPSIG(status)))

// waitstatus_to_exitcode(status): the exit code, or -signal if killed.
static mp_obj_t os_waitstatus_to_exitcode(mp_obj_t status_in) {
    int status = mp_obj_get_c_int(status_in);
    if (WIFEXITED(status)) {
        return MP_OBJ_NEW_SMALL_INT(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return MP_OBJ_NEW_SMALL_INT(-WTERMSIG(status));
    }
    if (WIFSTOPPED(status)) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("process stopped by delivery of signal %d"),
            WSTOPSIG(status));
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("invalid wait status: %d"), status);
}
MP_DEFINE_CONST_FUN_OBJ_1(os_waitstatus_to_exitcode_obj, os_waitstatus_to_exitcode);

// ---------------------------------------------------------------------------
// Sessions and process groups.

static mp_obj_t os_setsid(void) {
    os_check_result(setsid());
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_0(os_setsid_obj, os_setsid);

static mp_obj_t os_getsid(mp_obj_t pid) {
    pid_t r = getsid(mp_obj_get_c_int(pid));
    os_check_result(r);
    return mp_obj_new_int(r);
}
MP_DEFINE_CONST_FUN_OBJ_1(os_getsid_obj, os_getsid);

static mp_obj_t os_getpgid(mp_obj_t pid) {
    pid_t r = getpgid(mp_obj_get_c_int(pid));
    os_check_result(r);
    return mp_obj_new_int(r);
}
MP_DEFINE_CONST_FUN_OBJ_1(os_getpgid_obj, os_getpgid);

static mp_obj_t os_setpgid(mp_obj_t pid, mp_obj_t pgrp) {
    os_check_result(setpgid(mp_obj_get_c_int(pid), mp_obj_get_c_int(pgrp)));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_setpgid_obj, os_setpgid);

static mp_obj_t os_killpg(mp_obj_t pgid, mp_obj_t sig) {
    // killpg(g, s) is kill(-g, s); a negative group would name a process.
    int group = mp_obj_get_c_int(pgid);
    if (group < 0) {
        mp_raise_OSError(EINVAL);
    }
    os_check_result(kill((pid_t)-group, mp_obj_get_c_int(sig)));
    // We may be in the group: run our own handler now, as os.kill does.
    mp_handle_pending(true);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(os_killpg_obj, os_killpg);

// ---------------------------------------------------------------------------
// _fork_exec(argv, paths, env, cwd, fds, flags, name): start a program and
// return its pid. The child tries each of `paths` in turn with `argv` and
// `env` (a mapping; None: ours), in `cwd` (None: ours). fds[0..2] become
// its stdin/stdout/stderr (-1: inherited as they are); fds[3:] are kept
// open for it. flags: 1 = close every other descriptor above 2 (at exec),
// 2 = a new session, 4 = SIGPIPE and SIGXFSZ back to their defaults. A
// failure in the child is raised here as OSError, naming `name` if exec
// failed, cwd otherwise. Between fork and exec the child makes only
// async-signal-safe calls, so a parent with threads is safe.

#define PROC_CLOSE_FDS (1)
#define PROC_NEW_SESSION (2)
#define PROC_RESTORE_SIGNALS (4)

typedef struct _proc_spawn_t {
    char **argv;
    char **paths;
    char **envp;
    const char *cwd;
    const int *fds;
    size_t nfds;
    int flags;
    int err_fd;
    int max_fd;
} proc_spawn_t;

// Mark descriptors from 3 up close-on-exec (in the child): the error pipe
// must stay open until exec, and is close-on-exec already.
static void proc_cloexec_from_3(int max_fd) {
#if defined(SYS_close_range)
    if (syscall(SYS_close_range, 3u, ~0u, 4u /* CLOSE_RANGE_CLOEXEC */) == 0) {
        return;
    }
#endif
    for (int fd = 3; fd < max_fd; fd++) {
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
}

// The child's side; never returns.
MP_NORETURN static void proc_child(const proc_spawn_t *s) {
    int report[2] = { 0, 0 }; // { exec was tried, errno }
    int err_fd = s->err_fd;
    int src[3];
    // The error pipe and sources sitting in 0..2 move up first, so that
    // placing one standard descriptor cannot clobber another.
    if (err_fd < 3) {
        err_fd = fcntl(err_fd, F_DUPFD_CLOEXEC, 3);
    }
    for (int i = 0; i < 3; i++) {
        src[i] = s->fds[i];
        if (src[i] >= 0 && src[i] < 3 && src[i] != i && (src[i] = fcntl(src[i], F_DUPFD_CLOEXEC, 3)) < 0) {
            goto fail;
        }
    }
    for (int i = 0; i < 3; i++) {
        // dup2 onto itself would leave close-on-exec set.
        if (src[i] == i ? fcntl(i, F_SETFD, 0) < 0 : (src[i] >= 0 && dup2(src[i], i) < 0)) {
            goto fail;
        }
    }
    if (s->flags & PROC_CLOSE_FDS) {
        proc_cloexec_from_3(s->max_fd);
    }
    for (size_t j = 3; j < s->nfds; j++) {
        if (fcntl(s->fds[j], F_SETFD, 0) < 0) {
            goto fail;
        }
    }
    if ((s->flags & PROC_NEW_SESSION) && setsid() < 0) {
        goto fail;
    }
    if (s->cwd != NULL && chdir(s->cwd) < 0) {
        goto fail;
    }
    // We ignore SIGPIPE, and an ignored signal stays ignored across exec
    // (restore_signals puts it back). The mask (all blocked since fork; a
    // thread's blocks all) is inherited too: the program gets none.
    if (s->flags & PROC_RESTORE_SIGNALS) {
        unix_port_set_signal_handler(SIGPIPE, SIG_DFL);
        unix_port_set_signal_handler(SIGXFSZ, SIG_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    report[0] = 1;
    int first = 0;
    for (char *const *p = s->paths; *p != NULL; p++) {
        execve(*p, s->argv, s->envp);
        // A program found but not runnable says more than "not found" in a
        // later directory.
        if (first == 0 && errno != ENOENT && errno != ENOTDIR) {
            first = errno;
        }
    }
    if (first != 0) {
        errno = first;
    }
fail:
    report[1] = errno;
    if (write(err_fd, report, sizeof(report)) < 0) {
        // Nothing more to say: the exit status tells the rest.
    }
    _exit(127);
}

static mp_obj_t os__fork_exec(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    proc_spawn_t s;
    s.argv = proc_argv(args[0], MP_QSTR__fork_exec);
    s.paths = proc_argv(args[1], MP_QSTR__fork_exec);
    s.envp = args[2] == mp_const_none ? environ : proc_envp(args[2]);
    s.cwd = args[3] == mp_const_none ? NULL : proc_cstr(args[3]);
    size_t nfds;
    mp_obj_t *fd_items;
    mp_obj_get_array(args[4], &nfds, &fd_items);
    if (nfds < 3) {
        mp_raise_ValueError(NULL);
    }
    int *fds = m_new(int, nfds);
    for (size_t i = 0; i < nfds; i++) {
        fds[i] = mp_obj_get_c_int(fd_items[i]);
    }
    s.fds = fds;
    s.nfds = nfds;
    s.flags = mp_obj_get_c_int(args[5]);
    long max_fd = sysconf(_SC_OPEN_MAX);
    s.max_fd = max_fd < 256 || max_fd > INT_MAX ? 256 : (int)max_fd;
    int ep[2];
    os_check_result(pipe(ep));
    fcntl(ep[0], F_SETFD, FD_CLOEXEC);
    fcntl(ep[1], F_SETFD, FD_CLOEXEC);
    s.err_fd = ep[1];
    // No signal handler may run in the child before exec.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    // Buffered output would otherwise be written by both processes (or be
    // missing for the child's program).
    unix_file_flush_all();
    pid_t pid = fork();
    if (pid == 0) {
        proc_child(&s);
    }
    int fork_err = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(ep[1]);
    if (pid < 0) {
        close(ep[0]);
        mp_raise_OSError(fork_err);
    }
    // The pipe closes when exec succeeds; otherwise the child reports.
    int report[2];
    size_t got = 0;
    while (got < sizeof(report)) {
        ssize_t n = read(ep[0], (char *)report + got, sizeof(report) - got);
        if (n > 0) {
            got += (size_t)n;
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    close(ep[0]);
    if (got == sizeof(report)) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        mp_raise_OSError_with_filename(report[1], report[0] ? args[6] : args[3]);
    }
    return mp_obj_new_int(pid);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os__fork_exec_obj, 7, 7, os__fork_exec);

#endif // MICROPY_PY_OS
