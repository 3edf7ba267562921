// File objects of the Unix port: open() and sys.stdin/stdout/stderr.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_FILE_H
#define MICROPY_INCLUDED_PORTS_UNIX_FILE_H

#include "py/obj.h"

// Binary files (FileIO: read returns bytes) and text files (TextIOWrapper:
// str in and out, UTF-8). Regular files from open() are buffered (8 KiB),
// everything else (stdio, pipes, ttys, buffering=0) is not: there every call
// is a system call.
extern const mp_obj_type_t mp_type_fileio;
extern const mp_obj_type_t mp_type_textio;

// A text file object on an inherited descriptor (0, 1, 2), named like
// CPython's ('<stdin>', ...). Closing it marks it closed but keeps the fd,
// since the console output of the runtime still goes there.
mp_obj_t unix_file_new_stdio(int fd);

// Writes out the pending output of every open buffered file (errors are
// ignored). open() and exit call it; so may whatever lets another process or
// fd look at files (fork, exec, stat).
void unix_file_flush_all(void);

#endif // MICROPY_INCLUDED_PORTS_UNIX_FILE_H
