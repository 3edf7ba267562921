// What the import machinery needs from the host: file-system look-ups. The
// port implements these (ports/unix/unix_import.c), keeping py/ free of OS calls.
#ifndef MICROPY_INCLUDED_PY_IMPORT_HAL_H
#define MICROPY_INCLUDED_PY_IMPORT_HAL_H

#include "py/obj.h"

typedef enum {
    MP_IMPORT_STAT_NO_EXIST,
    MP_IMPORT_STAT_DIR,
    MP_IMPORT_STAT_FILE,
} mp_import_stat_t;

mp_import_stat_t mp_import_stat(const char *path);
// The whole file as a bytes object; raises OSError.
mp_obj_t mp_import_read_file(const char *path);
// Line lineno (1-based) of the file at path, for a traceback: its leading
// blanks and its newline dropped, at most len bytes of it (a longer line is
// cut). Returns the length, or -1 when the file is no regular file, cannot
// be read or has no such line. Neither allocates nor raises: it runs while a
// MemoryError or RecursionError is being reported.
mp_int_t mp_import_source_line(const char *path, size_t lineno, char *buf, size_t len);

#endif // MICROPY_INCLUDED_PY_IMPORT_HAL_H
