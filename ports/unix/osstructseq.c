// Struct sequences: the tuples with named fields that os and time return
// (CPython's structseq). An instance holds its visible items in a plain
// tuple, which len, indexing, slicing, iteration, hashing, comparisons and +
// act on, and its hidden fields (st_atime_ns, tm_zone...) after it. Fields
// are read-only. Left out: pickling (__reduce__) and subclassing.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "osstructseq.h"

typedef struct _osstructseq_obj_t {
    mp_obj_base_t base;
    mp_obj_t tuple;   // the n_visible items
    mp_obj_t hidden[]; // the n_fields - n_visible others
} osstructseq_obj_t;

static const osstructseq_type_t *seq_type(mp_obj_t self_in) {
    return (const osstructseq_type_t *)((osstructseq_obj_t *)MP_OBJ_TO_PTR(self_in))->base.type;
}

bool osstructseq_check(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_get_type(o)->make_new == osstructseq_make_new;
}

mp_obj_t osstructseq_new(const osstructseq_type_t *t, const mp_obj_t *values) {
    size_t n_hidden = t->n_fields - t->n_visible;
    osstructseq_obj_t *o = m_new_obj_var(osstructseq_obj_t, mp_obj_t, n_hidden);
    o->base.type = &t->type;
    o->tuple = mp_obj_new_tuple(t->n_visible, values);
    for (size_t i = 0; i < n_hidden; i++) {
        o->hidden[i] = values[t->n_visible + i];
    }
    return MP_OBJ_FROM_PTR(o);
}

void osstructseq_get_items(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (osstructseq_check(o)) {
        o = ((osstructseq_obj_t *)MP_OBJ_TO_PTR(o))->tuple;
    }
    mp_obj_get_array(o, len, items);
}

mp_obj_t osstructseq_field(mp_obj_t self_in, qstr name) {
    const osstructseq_type_t *t = seq_type(self_in);
    osstructseq_obj_t *self = MP_OBJ_TO_PTR(self_in);
    for (size_t i = t->n_fields; i-- > 0;) {
        if (t->fields[i] != name) {
            continue;
        }
        if (i >= t->n_visible) {
            return self->hidden[i - t->n_visible];
        }
        return mp_obj_subscr(self->tuple, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL);
    }
    return MP_OBJ_NULL;
}

// Visible fields whose name a hidden field takes over have no name of their
// own (CPython's n_unnamed_fields: stat's three int times).
static size_t count_unnamed(const osstructseq_type_t *t) {
    size_t n = 0;
    for (size_t i = 0; i < t->n_visible; i++) {
        for (size_t j = t->n_visible; j < t->n_fields; j++) {
            if (t->fields[j] == t->fields[i]) {
                n++;
                break;
            }
        }
    }
    return n;
}

void osstructseq_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const osstructseq_type_t *t = seq_type(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(((osstructseq_obj_t *)MP_OBJ_TO_PTR(self_in))->tuple, &n, &items);
    mp_printf(print, "%s(", t->repr_name);
    for (size_t i = 0; i < n; i++) {
        mp_printf(print, "%s%q=", i > 0 ? ", " : "", (qstr)t->fields[i]);
        mp_obj_print_helper(print, items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

// type(sequence): the visible items and, optionally, the hidden ones;
// missing hidden fields are None unless a visible field has their name
// (stat_result((...)).st_atime is then the int at index 7, as in CPython).
mp_obj_t osstructseq_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    const osstructseq_type_t *t = (const osstructseq_type_t *)type;
    mp_obj_t seq = args[0];
    if (mp_obj_len_maybe(seq) == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("constructor requires a sequence"));
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t iter = mp_getiter(seq);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, item);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(list, &n, &items);
    if (n < t->n_visible || n > t->n_fields) {
        if (t->n_visible == t->n_fields) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s() takes a %d-sequence (%d-sequence given)"),
                t->repr_name, (int)t->n_visible, (int)n);
        }
        bool few = n < t->n_visible;
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s() takes an %s %d-sequence (%d-sequence given)"),
            t->repr_name, few ? "at least" : "at most", few ? (int)t->n_visible : (int)t->n_fields, (int)n);
    }
    mp_obj_t *values = m_new(mp_obj_t, t->n_fields);
    for (size_t i = 0; i < t->n_fields; i++) {
        if (i < n) {
            values[i] = items[i];
            continue;
        }
        values[i] = mp_const_none;
        for (size_t j = 0; j < t->n_visible; j++) {
            if (t->fields[j] == t->fields[i]) {
                values[i] = items[j];
                break;
            }
        }
    }
    return osstructseq_new(t, values);
}

mp_obj_t osstructseq_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    osstructseq_obj_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_LEN:
        case MP_UNARY_OP_HASH:
        case MP_UNARY_OP_BOOL:
            return mp_unary_op(op, self->tuple);
        default:
            return mp_generic_unary_op(op, self_in);
    }
}

// Comparisons, +, * and `in` act on the visible tuple, against a plain
// tuple or another struct sequence.
mp_obj_t osstructseq_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    osstructseq_obj_t *self = MP_OBJ_TO_PTR(lhs_in);
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_binary_op(op, self->tuple, rhs_in);
    }
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_REVERSE_MULTIPLY) {
        return mp_binary_op(MP_BINARY_OP_MULTIPLY, self->tuple, rhs_in);
    }
    if (osstructseq_check(rhs_in)) {
        rhs_in = ((osstructseq_obj_t *)MP_OBJ_TO_PTR(rhs_in))->tuple;
    }
    if (!mp_obj_is_type(rhs_in, &mp_type_tuple)) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_ADD:
            return mp_binary_op(op, self->tuple, rhs_in);
        case MP_BINARY_OP_REVERSE_ADD:
            return mp_binary_op(MP_BINARY_OP_ADD, rhs_in, self->tuple);
        default:
            return MP_OBJ_NULL;
    }
}

void osstructseq_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const osstructseq_type_t *t = seq_type(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // A store or delete: fields are read-only, other names do not exist.
        for (size_t i = 0; i < t->n_fields; i++) {
            if (t->fields[i] == attr) {
                mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
            }
        }
        return;
    }
    mp_obj_t v = osstructseq_field(self_in, attr);
    if (v != MP_OBJ_NULL) {
        dest[0] = v;
    } else if (attr == MP_QSTR_n_fields) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(t->n_fields);
    } else if (attr == MP_QSTR_n_sequence_fields) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(t->n_visible);
    } else if (attr == MP_QSTR_n_unnamed_fields) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(count_unnamed(t));
    }
}

mp_obj_t osstructseq_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    return mp_obj_subscr(((osstructseq_obj_t *)MP_OBJ_TO_PTR(self_in))->tuple, index, MP_OBJ_SENTINEL);
}

mp_obj_t osstructseq_getiter(mp_obj_t self_in) {
    return mp_getiter(((osstructseq_obj_t *)MP_OBJ_TO_PTR(self_in))->tuple);
}

// count(value), index(value[, start[, stop]]): tuple's, on the visible items
// (tuple's own methods accept only real tuples as self).
static mp_obj_t structseq_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_t tuple = ((osstructseq_obj_t *)MP_OBJ_TO_PTR(self_in))->tuple;
    return mp_call_function_1(mp_load_attr(tuple, MP_QSTR_count), value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(structseq_count_obj, structseq_count);

static mp_obj_t structseq_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_t tuple = ((osstructseq_obj_t *)MP_OBJ_TO_PTR(args[0]))->tuple;
    return mp_call_function_n_kw(mp_load_attr(tuple, MP_QSTR_index), n_args - 1, 0, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(structseq_index_obj, 2, 4, structseq_index);

static const mp_rom_map_elem_t structseq_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&structseq_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&structseq_index_obj) },
};
MP_DEFINE_CONST_DICT(osstructseq_locals_dict, structseq_locals_dict_table);
