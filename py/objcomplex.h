// The complex type (py/objcomplex.c): constructors and accessors used by the
// float type (negative base to a fractional power), the compiler (imaginary
// literals arrive through mp_obj_new_float_from_str) and the cmath module.
#ifndef MICROPY_INCLUDED_PY_OBJCOMPLEX_H
#define MICROPY_INCLUDED_PY_OBJCOMPLEX_H

#include "py/obj.h"

typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;

mp_obj_t mp_obj_new_complex(mp_float_t real, mp_float_t imag);
// The parts of a complex (or of an instance of a complex subclass); raises
// TypeError for anything else.
void mp_obj_complex_get(mp_obj_t self_in, mp_float_t *real, mp_float_t *imag);
// The parts of any number as a complex: complex, float, int, bool, their
// subclasses, and objects with __complex__ / __float__ / __index__.
// false if o is none of these.
bool mp_obj_complex_get_maybe(mp_obj_t o, mp_float_t *real, mp_float_t *imag);
// (lhs_real + lhs_imag j) op rhs for the arithmetic and equality ops, with
// CPython 3.11's rules; MP_OBJ_NULL if rhs is not a number or op is not
// supported for complex.
mp_obj_t mp_obj_complex_binary_op(
    mp_binary_op_t op, mp_float_t lhs_real, mp_float_t lhs_imag, mp_obj_t rhs_in);

#endif // MICROPY_INCLUDED_PY_OBJCOMPLEX_H
