// The io module's helpers for the stream types of ports.
#ifndef MICROPY_INCLUDED_EXTMOD_MODIO_H
#define MICROPY_INCLUDED_EXTMOD_MODIO_H

#include "py/runtime.h"

// Raises io.UnsupportedOperation(msg) (an OSError and a ValueError, without
// errno): CPython's error for what a stream was not opened for or cannot do.
MP_NORETURN void mp_io_raise_unsupported(mp_rom_error_text_t msg);

#endif // MICROPY_INCLUDED_EXTMOD_MODIO_H
