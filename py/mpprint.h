// Padding flags for mp_print_strn and the integer printer used by formatting.
#ifndef MICROPY_INCLUDED_PY_MPPRINT_H
#define MICROPY_INCLUDED_PY_MPPRINT_H

#include "py/obj.h"

#define PF_FLAG_LEFT_ADJUST (0x001)
#define PF_FLAG_SHOW_SIGN (0x002)
#define PF_FLAG_SPACE_SIGN (0x004)
#define PF_FLAG_NO_TRAILZ (0x008)
#define PF_FLAG_SHOW_PREFIX (0x010)
#define PF_FLAG_PAD_AFTER_SIGN (0x040)
#define PF_FLAG_CENTER_ADJUST (0x080)

// Print a machine integer in base 2..16 with padding (for %d/%x style output).
int mp_print_int(const mp_print_t *print, mp_uint_t x, bool is_signed, int base, int base_char, int flags, char fill, int width);

#endif // MICROPY_INCLUDED_PY_MPPRINT_H
