// Struct sequences of the Unix port: the named tuples that os and time
// return (os.stat_result, os.terminal_size, posix.uname_result,
// time.struct_time).
#ifndef MICROPY_INCLUDED_PORTS_UNIX_OSSTRUCTSEQ_H
#define MICROPY_INCLUDED_PORTS_UNIX_OSSTRUCTSEQ_H

#include "py/obj.h"

// One kind of struct sequence. The type comes first so that an instance's
// base.type leads back to the whole description. The first n_visible
// fields are the tuple (what len, indexing, iteration, == and repr see); the
// others are reachable by name only (st_atime_ns, tm_zone...). A name may
// appear twice: lookup by name goes from the last field to the first, so a
// hidden field shadows a visible one (stat's st_atime float over the int
// at index 7, as in CPython).
typedef struct _osstructseq_type_t {
    mp_obj_type_t type;
    const char *repr_name; // "os.stat_result"
    uint16_t n_visible;
    uint16_t n_fields;
    const uint16_t *fields; // qstrs
} osstructseq_type_t;

// The slots every struct sequence type shares.
void osstructseq_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind);
mp_obj_t osstructseq_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
mp_obj_t osstructseq_unary_op(mp_unary_op_t op, mp_obj_t self_in);
mp_obj_t osstructseq_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in);
void osstructseq_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
mp_obj_t osstructseq_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value);
mp_obj_t osstructseq_getiter(mp_obj_t self_in);
extern const mp_obj_dict_t osstructseq_locals_dict;

// A const osstructseq_type_t initialiser. isinstance(x, tuple) holds (the
// parent is tuple) while the items live in a plain tuple inside.
#define OSSTRUCTSEQ_TYPE(name_qstr, repr, visible, fields_array) \
    { \
        .type = { \
            { &mp_type_type }, \
            .name = name_qstr, \
            .print = osstructseq_print, \
            .make_new = osstructseq_make_new, \
            .unary_op = osstructseq_unary_op, \
            .binary_op = osstructseq_binary_op, \
            .attr = osstructseq_attr, \
            .subscr = osstructseq_subscr, \
            .getiter = osstructseq_getiter, \
            .parent = &mp_type_tuple, \
            .locals_dict = (mp_obj_dict_t *)&osstructseq_locals_dict, \
        }, \
        .repr_name = repr, \
        .n_visible = visible, \
        .n_fields = MP_ARRAY_SIZE(fields_array), \
        .fields = fields_array, \
    }

// A new instance from all n_fields values of t.
mp_obj_t osstructseq_new(const osstructseq_type_t *t, const mp_obj_t *values);

// True if o is a struct sequence (of any kind).
bool osstructseq_check(mp_obj_t o);

// The visible items of a struct sequence, or of a plain tuple or list.
void osstructseq_get_items(mp_obj_t o, size_t *len, mp_obj_t **items);

// Field `name` of struct sequence o, or MP_OBJ_NULL if it has none.
mp_obj_t osstructseq_field(mp_obj_t o, qstr name);

#endif // MICROPY_INCLUDED_PORTS_UNIX_OSSTRUCTSEQ_H
