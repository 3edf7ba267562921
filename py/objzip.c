// The zip type: zip(*iterables, strict=False) yields tuples of one item
// from each iterable until the shortest is exhausted.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/sequence.h"

typedef struct _mp_obj_zip_t {
    mp_obj_base_t base;
    size_t n;
    bool strict;
    bool done;
    mp_obj_t iters[];
} mp_obj_zip_t;

static mp_obj_t zip_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    bool strict = false;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        if (!mp_obj_is_qstr(key) || MP_OBJ_QSTR_VALUE(key) != MP_QSTR_strict) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("'%s' is an invalid keyword argument for zip()"), mp_obj_str_get_str(key));
        }
        strict = mp_obj_is_true(args[n_args + 2 * i + 1]);
    }
    mp_obj_zip_t *o = m_new_obj_var(mp_obj_zip_t, mp_obj_t, n_args);
    o->base.type = &mp_type_zip;
    o->n = n_args;
    o->strict = strict;
    o->done = false;
    for (size_t i = 0; i < n_args; i++) {
        o->iters[i] = mp_getiter(args[i]);
    }
    return MP_OBJ_FROM_PTR(o);
}

// strict mode: iterable number i (0-based) ended early or late.
MP_NORETURN static void zip_strict_error(size_t i, bool shorter) {
    const char *what = shorter ? "shorter" : "longer";
    if (i == 1) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("zip() argument 2 is %s than argument 1"), what);
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("zip() argument %u is %s than arguments 1-%u"),
        (unsigned)(i + 1), what, (unsigned)i);
}

// The next item of every iterable into items; false at the end.
static bool zip_fill(mp_obj_zip_t *self, mp_obj_t *items) {
    if (self->n == 0 || self->done) {
        return false;
    }
    for (size_t i = 0; i < self->n; i++) {
        mp_obj_t item = mp_iternext(self->iters[i]);
        if (item == MP_OBJ_STOP_ITERATION) {
            self->done = true;
            if (self->strict) {
                if (i > 0) {
                    zip_strict_error(i, true);
                }
                for (size_t j = 1; j < self->n; j++) {
                    if (mp_iternext(self->iters[j]) != MP_OBJ_STOP_ITERATION) {
                        zip_strict_error(j, false);
                    }
                }
            }
            return false;
        }
        items[i] = item;
    }
    return true;
}

static mp_obj_t zip_iternext(mp_obj_t self_in) {
    mp_obj_zip_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->n == 0 || self->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t tuple = mp_obj_new_tuple(self->n, NULL);
    return zip_fill(self, ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tuple))->items) ? tuple : MP_OBJ_STOP_ITERATION;
}

// A two-iterable zip's next pair (mp_pair_next_fun_t; -1: not two).
int mp_obj_zip_next_pair(mp_obj_t self_in, mp_obj_t *pair) {
    mp_obj_zip_t *self = MP_OBJ_TO_PTR(self_in);
    return self->n != 2 ? -1 : zip_fill(self, pair);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_zip, MP_QSTR_zip, MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_PAIR_ITER,
    make_new, zip_make_new,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, zip_iternext
    );
