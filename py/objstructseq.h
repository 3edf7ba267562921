// Struct sequences: tuples whose items also have names, with optional
// name-only fields after them (sys.float_info, os.stat_result,
// time.struct_time...). The type knows nothing of where the values come
// from; modules describe each kind with MP_OBJ_STRUCTSEQ_TYPE.
#ifndef MICROPY_INCLUDED_PY_OBJSTRUCTSEQ_H
#define MICROPY_INCLUDED_PY_OBJSTRUCTSEQ_H

#include "py/obj.h"

// One kind of struct sequence. The type comes first so that an instance's
// base.type leads back to the whole description. The first n_visible
// fields are the tuple (what len, indexing, iteration, == and repr see); the
// others are reachable by name only (st_atime_ns, tm_zone...). A name may
// appear twice: lookup by name goes from the last field to the first, so a
// hidden field shadows a visible one (stat's st_atime float over the int
// at index 7, as in CPython).
//
// repr_name is what the repr prints before "(name=value, ...)": "" for
// none (sys.implementation); NULL prints the instance as its plain tuple
// (sys.version_info, which MicroPython code compares and prints as one).
typedef struct _mp_obj_structseq_type_t {
    struct {
        MP_OBJ_TYPE_MEMBERS(9);
    } type; // an mp_obj_type_t with 9 slots (MP_OBJ_STRUCTSEQ_TYPE_OF gives it)
    const char *repr_name;
    uint16_t n_visible;
    uint16_t n_fields;
    const uint16_t *fields; // qstrs
} mp_obj_structseq_type_t;

// An instance: the visible items as a plain tuple, then the hidden fields.
// Declared here so that a module can have a const instance without hidden
// fields ({ { &kind.type }, MP_ROM_PTR(&tuple) }).
typedef struct _mp_obj_structseq_t {
    mp_obj_base_t base;
    mp_obj_t tuple;
    mp_obj_t hidden[]; // n_fields - n_visible
} mp_obj_structseq_t;

// The slots every struct sequence type shares.
void mp_obj_structseq_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind);
mp_obj_t mp_obj_structseq_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
mp_obj_t mp_obj_structseq_unary_op(mp_unary_op_t op, mp_obj_t self_in);
mp_obj_t mp_obj_structseq_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in);
void mp_obj_structseq_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
// Its class attributes (type: the struct sequence's type; from the type's attr).
void mp_obj_structseq_type_attr(const void *type, qstr attr, mp_obj_t *dest);
mp_obj_t mp_obj_structseq_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value);
mp_obj_t mp_obj_structseq_getiter(mp_obj_t self_in);
extern const mp_obj_dict_t mp_obj_structseq_locals_dict;

// A const mp_obj_structseq_type_t initialiser. isinstance(x, tuple) holds
// (the parent is tuple) while the items live in a plain tuple inside.
// constructible is true for kinds Python code may build (os.stat_result(seq)),
// false for those it may not (sys.float_info): then the type has no make_new.
#define MP_OBJ_STRUCTSEQ_TYPE(name_qstr, repr, visible, fields_array, constructible) \
    { \
        .type = { \
            .base = { &mp_type_type }, \
            .name = name_qstr, \
            .slot_index_print = 1, \
            .slot_index_unary_op = 2, \
            .slot_index_binary_op = 3, \
            .slot_index_attr = 4, \
            .slot_index_subscr = 5, \
            .slot_index_getiter = 6, \
            .slot_index_parent = 7, \
            .slot_index_locals_dict = 8, \
            .slot_index_make_new = (constructible) ? 9 : 0, \
            .slots = { \
                MP_OBJ_TYPE_SLOT_VALUE(print, mp_obj_structseq_print), \
                MP_OBJ_TYPE_SLOT_VALUE(unary_op, mp_obj_structseq_unary_op), \
                MP_OBJ_TYPE_SLOT_VALUE(binary_op, mp_obj_structseq_binary_op), \
                MP_OBJ_TYPE_SLOT_VALUE(attr, mp_obj_structseq_attr), \
                MP_OBJ_TYPE_SLOT_VALUE(subscr, mp_obj_structseq_subscr), \
                MP_OBJ_TYPE_SLOT_VALUE(getiter, mp_obj_structseq_getiter), \
                MP_OBJ_TYPE_SLOT_VALUE(parent, &mp_type_tuple), \
                MP_OBJ_TYPE_SLOT_VALUE(locals_dict, (mp_obj_dict_t *)&mp_obj_structseq_locals_dict), \
                MP_OBJ_TYPE_SLOT_VALUE(make_new, mp_obj_structseq_make_new), \
            }, \
        }, \
        .repr_name = repr, \
        .n_visible = visible, \
        .n_fields = MP_ARRAY_SIZE(fields_array), \
        .fields = fields_array, \
    }

// The type of struct sequence kind k (an mp_obj_structseq_type_t *).
#define MP_OBJ_STRUCTSEQ_TYPE_OF(k) ((const mp_obj_type_t *)&(k)->type)

// A new instance from all n_fields values of t.
mp_obj_t mp_obj_structseq_new(const mp_obj_structseq_type_t *t, const mp_obj_t *values);

// True if o is a struct sequence (of any kind).
bool mp_obj_structseq_check(mp_obj_t o);

// The visible items of a struct sequence, or of a plain tuple or list.
void mp_obj_structseq_get_items(mp_obj_t o, size_t *len, mp_obj_t **items);

// Field `name` of struct sequence o, or MP_OBJ_NULL if it has none.
mp_obj_t mp_obj_structseq_field(mp_obj_t o, qstr name);

#endif // MICROPY_INCLUDED_PY_OBJSTRUCTSEQ_H
