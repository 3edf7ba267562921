// What the cmath module (extmod/modcmath.c) shares with the math module
// (extmod/modmath.c): the argument handling and the test of isclose.
#ifndef MICROPY_INCLUDED_EXTMOD_MODMATH_H
#define MICROPY_INCLUDED_EXTMOD_MODMATH_H

#include "py/obj.h"

void mp_math_isclose_args(
    size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, mp_obj_t *args);
void mp_math_isclose_tols(const mp_obj_t *args, mp_float_t *tol);
bool mp_math_isclose_within(
    mp_float_t diff, mp_float_t mag_a, mp_float_t mag_b, const mp_float_t *tol);

#endif // MICROPY_INCLUDED_EXTMOD_MODMATH_H
