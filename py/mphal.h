// The hardware/OS abstraction layer: the only way py/ reaches the host.
// The port implements every function here (ports/unix/unix_mphal.c).
#ifndef MICROPY_INCLUDED_PY_MPHAL_H
#define MICROPY_INCLUDED_PY_MPHAL_H

#include "py/mpconfig.h"

// Console output (sys.stdout / sys.stderr when not redirected). A failed
// stdout write raises OSError (BrokenPipeError for EPIPE); stderr never raises,
// so reporting an error cannot fail in turn.
void mp_hal_stdout_tx_strn(const char *str, size_t len);
void mp_hal_stderr_tx_strn(const char *str, size_t len);
// Read one line from stdin into vstr without the trailing newline, prompting
// on a terminal; returns false at EOF. Used by input().
struct _vstr_t;
bool mp_hal_readline(struct _vstr_t *vstr, const char *prompt);

// Monotonic time.
mp_uint_t mp_hal_ticks_ms(void);
mp_uint_t mp_hal_ticks_us(void);
uint64_t mp_hal_time_ns(void); // wall clock, ns since the Unix epoch
uint64_t mp_hal_monotonic_ns(void);
// Sleep, waking early for Ctrl-C (raises KeyboardInterrupt).
void mp_hal_delay_ms(mp_uint_t ms);
void mp_hal_delay_us(mp_uint_t us);

// Ctrl-C: while enabled, SIGINT schedules KeyboardInterrupt.
void mp_hal_set_interrupt_char(int c);

// sys.setrecursionlimit(depth) asks for C stack room for that many nested
// Python calls; the port grows the stack budget if the host lets it.
void mp_hal_stack_reserve(size_t depth);

// Platform name for sys.platform ("linux", "darwin").
extern const char mp_hal_platform[];
extern const char mp_hal_machine[]; // e.g. "x86_64"

#endif // MICROPY_INCLUDED_PY_MPHAL_H
