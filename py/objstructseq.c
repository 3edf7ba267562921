// Struct sequences (CPython's structseq): the tuples with named fields that
// sys, os and time return. An instance holds its visible items in a plain
// tuple, which len, indexing, slicing, iteration, hashing, comparisons, +,
// * and `in` act on, and its hidden fields (st_atime_ns, tm_zone...) after
// it. Fields are read-only. __reduce__ gives (type, (tuple, {hidden...})),
// which type(tuple, dict) rebuilds, so copy and pickle work. Left out:
// subclassing.
#include "py/mpconfig.h"

#include <string.h>

#include "py/objstructseq.h"
#include "py/runtime.h"

static const mp_obj_structseq_type_t *seq_type(mp_obj_t self_in) {
    return (const mp_obj_structseq_type_t *)((mp_obj_structseq_t *)MP_OBJ_TO_PTR(self_in))->base.type;
}

static mp_obj_t seq_tuple(mp_obj_t self_in) {
    return ((mp_obj_structseq_t *)MP_OBJ_TO_PTR(self_in))->tuple;
}

bool mp_obj_structseq_check(mp_obj_t o) {
    return mp_obj_is_obj(o) && MP_OBJ_TYPE_GET_SLOT_OR_NULL(mp_obj_get_type(o), subscr) == mp_obj_structseq_subscr;
}

mp_obj_t mp_obj_structseq_new(const mp_obj_structseq_type_t *t, const mp_obj_t *values) {
    size_t n_hidden = t->n_fields - t->n_visible;
    mp_obj_structseq_t *o = m_new_obj_var(mp_obj_structseq_t, mp_obj_t, n_hidden);
    o->base.type = MP_OBJ_STRUCTSEQ_TYPE_OF(t);
    o->tuple = mp_obj_new_tuple(t->n_visible, values);
    for (size_t i = 0; i < n_hidden; i++) {
        o->hidden[i] = values[t->n_visible + i];
    }
    return MP_OBJ_FROM_PTR(o);
}

void mp_obj_structseq_get_items(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (mp_obj_structseq_check(o)) {
        o = seq_tuple(o);
    }
    mp_obj_get_array(o, len, items);
}

mp_obj_t mp_obj_structseq_field(mp_obj_t self_in, qstr name) {
    const mp_obj_structseq_type_t *t = seq_type(self_in);
    mp_obj_structseq_t *self = MP_OBJ_TO_PTR(self_in);
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

// The index of the visible field named like field i, or -1: a hidden field
// that takes over a visible one's name leaves that one unnamed (CPython's
// n_unnamed_fields: stat's three int times).
static int visible_twin(const mp_obj_structseq_type_t *t, size_t i) {
    for (size_t j = 0; j < t->n_visible; j++) {
        if (t->fields[j] == t->fields[i]) {
            return (int)j;
        }
    }
    return -1;
}

static size_t count_unnamed(const mp_obj_structseq_type_t *t) {
    size_t n = 0;
    for (size_t i = t->n_visible; i < t->n_fields; i++) {
        n += visible_twin(t, i) >= 0;
    }
    return n;
}

void mp_obj_structseq_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const mp_obj_structseq_type_t *t = seq_type(self_in);
    if (t->repr_name == NULL) {
        mp_obj_print_helper(print, seq_tuple(self_in), PRINT_REPR);
        return;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(seq_tuple(self_in), &n, &items);
    mp_printf(print, "%s(", t->repr_name);
    for (size_t i = 0; i < n; i++) {
        mp_printf(print, "%s%q=", i > 0 ? ", " : "", (qstr)t->fields[i]);
        mp_obj_print_helper(print, items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

// type(sequence[, dict]): the visible items and, optionally, the hidden
// ones. A hidden field the sequence leaves out comes from dict (by name),
// else from the visible field of its name if any (stat_result(seq).st_atime
// is the int at index 7, as in CPython), else is None.
mp_obj_t mp_obj_structseq_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    const mp_obj_structseq_type_t *t = (const mp_obj_structseq_type_t *)type;
    mp_obj_t dict = n_args > 1 ? args[1] : mp_const_none;
    if (n_args > 1 && !mp_obj_is_type(dict, &mp_type_dict)) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() takes a dict as second arg, if any"),
            t->repr_name);
    }
    if (mp_obj_len_maybe(args[0]) == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("constructor requires a sequence"));
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t iter = mp_getiter(args[0]);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, item);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(list, &n, &items);
    if (n < t->n_visible || n > t->n_fields) {
        if (t->n_visible == t->n_fields) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() takes a %d-sequence (%d-sequence given)"),
                t->repr_name, (int)t->n_visible, (int)n);
        }
        bool few = n < t->n_visible;
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s() takes an %s %d-sequence (%d-sequence given)"),
            t->repr_name, few ? "at least" : "at most", few ? (int)t->n_visible : (int)t->n_fields, (int)n);
    }
    mp_obj_t *values = m_new(mp_obj_t, t->n_fields);
    for (size_t i = 0; i < t->n_fields; i++) {
        if (i < n) {
            values[i] = items[i];
            continue;
        }
        values[i] = mp_const_none;
        if (dict != mp_const_none) {
            mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(dict), MP_OBJ_NEW_QSTR(t->fields[i]), MP_MAP_LOOKUP);
            if (e != NULL) {
                values[i] = e->value;
            }
        }
        int twin = visible_twin(t, i);
        if (values[i] == mp_const_none && twin >= 0) {
            values[i] = items[twin];
        }
    }
    return mp_obj_structseq_new(t, values);
}

mp_obj_t mp_obj_structseq_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    switch (op) {
        case MP_UNARY_OP_LEN:
        case MP_UNARY_OP_HASH:
        case MP_UNARY_OP_BOOL:
            return mp_unary_op(op, seq_tuple(self_in));
        default:
            return mp_generic_unary_op(op, self_in);
    }
}

// Comparisons, +, * and `in` act on the visible tuple, against a plain
// tuple or another struct sequence (sys.version_info >= (3, 8)).
mp_obj_t mp_obj_structseq_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_t tuple = seq_tuple(lhs_in);
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_binary_op(op, tuple, rhs_in);
    }
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_REVERSE_MULTIPLY) {
        return mp_binary_op(MP_BINARY_OP_MULTIPLY, tuple, rhs_in);
    }
    if (mp_obj_structseq_check(rhs_in)) {
        rhs_in = seq_tuple(rhs_in);
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
            return mp_binary_op(op, tuple, rhs_in);
        case MP_BINARY_OP_REVERSE_ADD:
            return mp_binary_op(MP_BINARY_OP_ADD, rhs_in, tuple);
        default:
            return MP_OBJ_NULL;
    }
}

void mp_obj_structseq_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_structseq_type_t *t = seq_type(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // A store or delete: fields are read-only, other names do not exist.
        for (size_t i = 0; i < t->n_fields; i++) {
            if (t->fields[i] == attr) {
                mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
            }
        }
        return;
    }
    dest[0] = mp_obj_structseq_field(self_in, attr);
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_structseq_type_attr(&t->type, attr, dest);
    }
}

// The class attributes: n_fields, n_sequence_fields, n_unnamed_fields and
// __match_args__ (the named visible fields).
MP_COLD void mp_obj_structseq_type_attr(const void *type, qstr attr, mp_obj_t *dest) {
    const mp_obj_structseq_type_t *t = type;
    size_t n_unnamed = count_unnamed(t);
    if (attr == MP_QSTR_n_fields) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(t->n_fields);
    } else if (attr == MP_QSTR_n_sequence_fields) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(t->n_visible);
    } else if (attr == MP_QSTR_n_unnamed_fields) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(n_unnamed);
    } else if (attr == MP_QSTR___match_args__) {
        size_t n = t->n_visible - n_unnamed;
        mp_obj_tuple_t *names = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
        for (size_t i = 0; i < n; i++) {
            names->items[i] = MP_OBJ_NEW_QSTR(t->fields[i]);
        }
        dest[0] = MP_OBJ_FROM_PTR(names);
    }
}

mp_obj_t mp_obj_structseq_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    return mp_obj_subscr(seq_tuple(self_in), index, MP_OBJ_SENTINEL);
}

mp_obj_t mp_obj_structseq_getiter(mp_obj_t self_in) {
    return mp_getiter(seq_tuple(self_in));
}

// count(value), index(value[, start[, stop]]): tuple's, on the visible items
// (tuple's own methods accept only real tuples as self).
static mp_obj_t structseq_count(mp_obj_t self_in, mp_obj_t value) {
    return mp_call_function_1(mp_load_attr(seq_tuple(self_in), MP_QSTR_count), value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(structseq_count_obj, structseq_count);

static mp_obj_t structseq_index(size_t n_args, const mp_obj_t *args) {
    return mp_call_function_n_kw(mp_load_attr(seq_tuple(args[0]), MP_QSTR_index), n_args - 1, 0, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(structseq_index_obj, 2, 4, structseq_index);

// __reduce__(): (type, (visible tuple, {hidden name: value})).
static mp_obj_t structseq_reduce(mp_obj_t self_in) {
    const mp_obj_structseq_type_t *t = seq_type(self_in);
    mp_obj_structseq_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t dict = mp_obj_new_dict(t->n_fields - t->n_visible);
    for (size_t i = t->n_visible; i < t->n_fields; i++) {
        mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(t->fields[i]), self->hidden[i - t->n_visible]);
    }
    mp_obj_t args[2] = { self->tuple, dict };
    mp_obj_t res[2] = { MP_OBJ_FROM_PTR(MP_OBJ_STRUCTSEQ_TYPE_OF(t)), mp_obj_new_tuple(2, args) };
    return mp_obj_new_tuple(2, res);
}
static MP_DEFINE_CONST_FUN_OBJ_1(structseq_reduce_obj, structseq_reduce);

static const mp_rom_map_elem_t structseq_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&structseq_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&structseq_index_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&structseq_reduce_obj) },
};
MP_DEFINE_CONST_DICT(mp_obj_structseq_locals_dict, structseq_locals_dict_table);
