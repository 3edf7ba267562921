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

#endif // MICROPY_INCLUDED_PY_IMPORT_HAL_H
