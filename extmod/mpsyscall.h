// The one EINTR retry rule for system calls made by extmod/ and the port.
#ifndef MICROPY_INCLUDED_EXTMOD_MPSYSCALL_H
#define MICROPY_INCLUDED_EXTMOD_MPSYSCALL_H

#include <errno.h>
#include "py/runtime.h"

// Run `expr` (a syscall returning -1 on error) until it does not fail with
// EINTR. Between tries, pending signals are handled: Ctrl-C raises
// KeyboardInterrupt out of here. On return, `ret` holds the result and errno
// is valid when ret == -1.
#define MP_SYSCALL_RETRY(ret, expr) \
    do { \
        for (;;) { \
            (ret) = (expr); \
            if ((ret) != -1 || errno != EINTR) { \
                break; \
            } \
            mp_handle_pending(true); \
        } \
    } while (0)

#endif // MICROPY_INCLUDED_EXTMOD_MPSYSCALL_H
