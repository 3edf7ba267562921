// What the parts of the os module (modos.c, osfile.c, osdir.c) share: path
// arguments, the stat result and the functions the module table lists.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_MODOS_H
#define MICROPY_INCLUDED_PORTS_UNIX_MODOS_H

#include "py/obj.h"
#include "py/objstructseq.h"

#include <sys/stat.h>
#include <sys/wait.h>

// A path argument given as str, bytes or os.PathLike, for function `func`'s
// argument `arg` (CPython's TypeError names both). Returns the C string
// (NUL-free: ValueError otherwise); *is_bytes (if not NULL) tells whether
// results derived from it should be bytes. An int (file descriptor) is
// refused here: callers that take one check for it first and say so with
// fd_ok, which only changes the TypeError's wording.
const char *os_path_arg(mp_obj_t path, qstr func, qstr arg, bool fd_ok, bool *is_bytes);

// os.fspath(path): str or bytes (TypeError otherwise).
mp_obj_t os_fspath(mp_obj_t path);

// A str or bytes like `like` holding the C string s.
mp_obj_t os_path_result(const char *s, size_t len, bool is_bytes);

// OSError(errno, strerror, path) from errno when ret is -1.
void os_check_path(int ret, mp_obj_t path);

// OSError from errno when ret is -1 (a system call's failure).
void os_check_result(int ret);

// A file descriptor argument: an int, or an object with fileno().
int os_fd_arg(mp_obj_t fd);
// The same, ValueError for a negative one (fcntl, termios).
int os_fd_arg_nonneg(mp_obj_t fd);

// os.stat_result for st.
mp_obj_t os_stat_new(const struct stat *st);

// Function objects defined in osfile.c and osdir.c.
MP_DECLARE_CONST_FUN_OBJ_KW(os_open_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_close_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_closerange_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_read_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_write_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_sendfile_obj);
MP_DECLARE_CONST_FUN_OBJ_3(os_lseek_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_dup_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_dup2_obj);
MP_DECLARE_CONST_FUN_OBJ_0(os_pipe_obj);
MP_DECLARE_CONST_FUN_OBJ_0(os_openpty_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_isatty_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_fsync_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_fdopen_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_ftruncate_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_truncate_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_fstat_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_get_inheritable_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_set_inheritable_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_get_blocking_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_set_blocking_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_get_terminal_size_obj);
extern const mp_obj_structseq_type_t os_terminal_size_type;

MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_listdir_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_ilistdir_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_scandir_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_walk_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_makedirs_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_removedirs_obj);
extern const mp_obj_type_t os_direntry_type;

// Function objects defined in osproc.c, and the lines they take in the
// module table.
MP_DECLARE_CONST_FUN_OBJ_0(os_fork_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_register_at_fork_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_execv_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_execve_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_execvp_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os_execvpe_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os__exit_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_waitpid_obj);
MP_DECLARE_CONST_FUN_OBJ_0(os_wait_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_WIFEXITED_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_WEXITSTATUS_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_WIFSIGNALED_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_WTERMSIG_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_WIFSTOPPED_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_WSTOPSIG_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_waitstatus_to_exitcode_obj);
MP_DECLARE_CONST_FUN_OBJ_0(os_setsid_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_getsid_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_getpgid_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_setpgid_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_killpg_obj);
MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(os__fork_exec_obj);
#define OS_PROC_TABLE_ENTRIES \
    { MP_ROM_QSTR(MP_QSTR_fork), MP_ROM_PTR(&os_fork_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_register_at_fork), MP_ROM_PTR(&os_register_at_fork_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_execv), MP_ROM_PTR(&os_execv_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_execve), MP_ROM_PTR(&os_execve_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_execvp), MP_ROM_PTR(&os_execvp_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_execvpe), MP_ROM_PTR(&os_execvpe_obj) }, \
    { MP_ROM_QSTR(MP_QSTR__exit), MP_ROM_PTR(&os__exit_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_waitpid), MP_ROM_PTR(&os_waitpid_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_wait), MP_ROM_PTR(&os_wait_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WIFEXITED), MP_ROM_PTR(&os_WIFEXITED_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WEXITSTATUS), MP_ROM_PTR(&os_WEXITSTATUS_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WIFSIGNALED), MP_ROM_PTR(&os_WIFSIGNALED_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WTERMSIG), MP_ROM_PTR(&os_WTERMSIG_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WIFSTOPPED), MP_ROM_PTR(&os_WIFSTOPPED_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WSTOPSIG), MP_ROM_PTR(&os_WSTOPSIG_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_waitstatus_to_exitcode), MP_ROM_PTR(&os_waitstatus_to_exitcode_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_setsid), MP_ROM_PTR(&os_setsid_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_getsid), MP_ROM_PTR(&os_getsid_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_getpgid), MP_ROM_PTR(&os_getpgid_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_setpgid), MP_ROM_PTR(&os_setpgid_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_killpg), MP_ROM_PTR(&os_killpg_obj) }, \
    { MP_ROM_QSTR(MP_QSTR__fork_exec), MP_ROM_PTR(&os__fork_exec_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_WNOHANG), MP_ROM_INT(WNOHANG) }, \
    { MP_ROM_QSTR(MP_QSTR_WUNTRACED), MP_ROM_INT(WUNTRACED) }, \
    { MP_ROM_QSTR(MP_QSTR_WCONTINUED), MP_ROM_INT(WCONTINUED) }

#endif // MICROPY_INCLUDED_PORTS_UNIX_MODOS_H
