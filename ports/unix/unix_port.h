// Functions shared between the Unix port's files.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_UNIX_PORT_H
#define MICROPY_INCLUDED_PORTS_UNIX_UNIX_PORT_H

#include "py/obj.h"

extern const char *unix_port_prog_name;

// Port set-up after mp_init (sys.stdin/stdout objects, ...), and the last
// step before exit (runs sys.atexit, flushes); returns the final exit code.
void unix_port_init(void);
int unix_port_deinit(int exit_code);
void unix_port_set_stack_limit(void);

// The exit status a SystemExit asks for: 0 for None, an int's low 8 bits,
// else 1 after printing the value to stderr.
int unix_port_system_exit_status(mp_obj_t exc);

// The interactive loop; returns an exit code or -1 at EOF after a normal session.
int unix_port_repl(void);

// `-m mod`: find the module on sys.path and run it with __name__ == '__main__'.
void unix_port_run_module_as_main(qstr module_name);

// What the arrival of signal sig would do, without one (_thread.interrupt_main,
// ports/unix/modsignal.c): its Python-level handler is queued for the main
// thread; under SIG_DFL or SIG_IGN nothing happens.
void unix_port_simulate_signal(int sig);

// Set a signal's C handler (or SIG_DFL/SIG_IGN) with no flags (no
// SA_RESTART) and nothing extra blocked while it runs. Async-signal-safe: the
// subprocess child calls it between fork and exec.
int unix_port_set_signal_handler(int sig, void (*handler)(int));

#endif // MICROPY_INCLUDED_PORTS_UNIX_UNIX_PORT_H
