// What py/gc.c, py/nlr.c and ports/unix/gccollect.c call in the rest of the
// runtime, for the unit tests that link those files without it.
#include <stdarg.h>
#include <stdio.h>

#include "py/gc.h"
#include "py/obj.h"

// No VM frames exist here, so there are no dead slots to clear.
void mp_vm_clear_dead_slots(void) {
}

// Only fatal messages go through these: they all end up on stderr.
const mp_print_t mp_stderr_print;

int mp_printf(const mp_print_t *print, const char *fmt, ...) {
    (void)print;
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stderr, fmt, ap);
    va_end(ap);
    return n;
}
