// What the parts of the os module (modos.c, osfile.c, osdir.c) share: path
// arguments, the stat result and the functions the module table lists.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_MODOS_H
#define MICROPY_INCLUDED_PORTS_UNIX_MODOS_H

#include "py/obj.h"
#include "py/objstructseq.h"

#include <sys/stat.h>

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

// A file descriptor argument: an int, or an object with fileno().
int os_fd_arg(mp_obj_t fd);

// os.stat_result for st.
mp_obj_t os_stat_new(const struct stat *st);

// Function objects defined in osfile.c and osdir.c.
MP_DECLARE_CONST_FUN_OBJ_KW(os_open_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_close_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_closerange_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_read_obj);
MP_DECLARE_CONST_FUN_OBJ_2(os_write_obj);
MP_DECLARE_CONST_FUN_OBJ_3(os_lseek_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_dup_obj);
MP_DECLARE_CONST_FUN_OBJ_KW(os_dup2_obj);
MP_DECLARE_CONST_FUN_OBJ_0(os_pipe_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_isatty_obj);
MP_DECLARE_CONST_FUN_OBJ_1(os_fsync_obj);
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

#endif // MICROPY_INCLUDED_PORTS_UNIX_MODOS_H
