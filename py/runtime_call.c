// The runtime, continued: calling objects (including f(*args, **kwargs)),
// the iteration protocol, membership tests and sequence unpacking.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/sequence.h"

// ---------------------------------------------------------------------------
// Calls.

mp_obj_t mp_call_function_n_kw(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *type = mp_obj_get_type(fun);
    if (MP_OBJ_TYPE_HAS_SLOT(type, call)) {
        // Calls that loop through C only (a class whose __init__ is the class
        // itself) never reach the VM's own check.
        mp_stack_check();
        return MP_OBJ_TYPE_GET_SLOT(type, call)(fun, n_args, n_kw, args);
    }
    mp_raise_TypeError_obj_unsupported(fun, MP_ERROR_TEXT("'%s' object is not callable"));
}

mp_obj_t mp_call_function_0(mp_obj_t fun) {
    return mp_call_function_n_kw(fun, 0, 0, NULL);
}

mp_obj_t mp_call_function_1(mp_obj_t fun, mp_obj_t arg) {
    return mp_call_function_n_kw(fun, 1, 0, &arg);
}

mp_obj_t mp_call_function_2(mp_obj_t fun, mp_obj_t arg1, mp_obj_t arg2) {
    mp_obj_t args[2] = { arg1, arg2 };
    return mp_call_function_n_kw(fun, 2, 0, args);
}

mp_obj_t mp_call_method_n_kw(size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (args[1] == MP_OBJ_NULL) {
        return mp_call_function_n_kw(args[0], n_args, n_kw, args + 2);
    }
    return mp_call_function_n_kw(args[0], n_args + 1, n_kw, args + 1);
}

// Prints fun the way CPython names a callee in "f() argument after ..."
// messages: module.qualname, without the module for builtins; str(fun) if
// it has no __qualname__.
static void print_callee(vstr_t *vstr, mp_obj_t fun) {
    mp_obj_t dest[2];
    mp_load_method_maybe(fun, MP_QSTR___qualname__, dest);
    if (dest[0] == MP_OBJ_NULL || !mp_obj_is_str(dest[0])) {
        mp_print_t print;
        mp_print_init_vstr(&print, vstr);
        mp_obj_print_helper(&print, fun, PRINT_STR);
        return;
    }
    mp_obj_t qual = dest[0];
    mp_load_method_maybe(fun, MP_QSTR___module__, dest);
    if (dest[0] != MP_OBJ_NULL && mp_obj_is_str(dest[0]) && strcmp(mp_obj_str_get_str(dest[0]), "builtins") != 0) {
        vstr_add_str(vstr, mp_obj_str_get_str(dest[0]));
        vstr_add_char(vstr, '.');
    }
    vstr_add_str(vstr, mp_obj_str_get_str(qual));
    vstr_add_str(vstr, "()");
}

// what: MP_QSTR_iterable (f(*x)), MP_QSTR_mapping (f(**x)), or MP_QSTR_ for
// a keyword given twice (arg is then the key, which may not be a str yet).
MP_NORETURN void mp_call_star_error(mp_obj_t fun, qstr what, mp_obj_t arg) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    if (fun == MP_OBJ_NULL) {
        // CPython's wording when the '*' builds a list first.
        vstr_printf(&vstr, "Value after * must be an iterable, not %s", mp_obj_get_type_str(arg));
        nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr)));
    }
    print_callee(&vstr, fun);
    if (what == MP_QSTR_iterable) {
        vstr_printf(&vstr, " argument after * must be an iterable, not %s", mp_obj_get_type_str(arg));
    } else if (what == MP_QSTR_mapping) {
        vstr_printf(&vstr, " argument after ** must be a mapping, not %s", mp_obj_get_type_str(arg));
    } else {
        vstr_printf(&vstr, " got multiple values for keyword argument '%s'", mp_obj_str_get_str(mp_obj_str(arg)));
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr)));
}

// Keyword names must be strs; they are passed on as qstrs, the form the
// argument binders compare.
static mp_obj_t kw_key(mp_obj_t key) {
    if (mp_obj_is_qstr(key)) {
        return key;
    }
    if (!mp_obj_is_str(key)) {
        mp_raise_TypeError(MP_ERROR_TEXT("keywords must be strings"));
    }
    return MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(key));
}

mp_obj_t mp_call_function_star(mp_obj_t fun, mp_obj_t pos_seq, mp_obj_t kw_dict) {
    // Positional part: a tuple/list as is, any other iterable collected.
    size_t n_pos = 0;
    mp_obj_t *pos_items = NULL;
    if (pos_seq != MP_OBJ_NULL) {
        if (!mp_obj_is_type(pos_seq, &mp_type_tuple) && !mp_obj_is_type(pos_seq, &mp_type_list)) {
            mp_obj_t iter = mp_call_star_getiter(fun, pos_seq);
            mp_obj_t list = mp_obj_new_list(0, NULL);
            mp_obj_t item;
            while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
                mp_obj_list_append(list, item);
            }
            pos_seq = list;
        }
        mp_obj_get_array(pos_seq, &n_pos, &pos_items);
    }

    // Keyword part: a dict directly, any other mapping through keys() and [].
    size_t n_kw = 0;
    mp_obj_t keys = MP_OBJ_NULL;
    mp_map_t *kw_map = NULL;
    if (kw_dict != MP_OBJ_NULL && kw_dict != mp_const_none) {
        if (mp_obj_is_type(kw_dict, &mp_type_dict)) {
            kw_map = mp_obj_dict_get_map(kw_dict);
            n_kw = kw_map->used;
        } else {
            mp_obj_t dest[2];
            mp_load_method_maybe(kw_dict, MP_QSTR_keys, dest);
            if (dest[0] == MP_OBJ_NULL || !MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(kw_dict), subscr)) {
                mp_call_star_error(fun, MP_QSTR_mapping, kw_dict);
            }
            keys = mp_call_method_n_kw(0, 0, dest);
            mp_obj_t list = mp_obj_new_list(0, NULL);
            mp_obj_t iter = mp_getiter(keys);
            mp_obj_t key;
            while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
                mp_obj_list_append(list, key);
            }
            keys = list;
            size_t len;
            mp_obj_t *items;
            mp_obj_list_get(keys, &len, &items);
            n_kw = len;
        }
    }

    mp_obj_t *args = m_new(mp_obj_t, n_pos + 2 * n_kw);
    if (n_pos > 0) {
        memcpy(args, pos_items, n_pos * sizeof(mp_obj_t));
    }
    size_t i = n_pos;
    if (kw_map != NULL) {
        size_t cur = 0;
        mp_map_elem_t *elem;
        while ((elem = mp_map_next(kw_map, &cur)) != NULL && i < n_pos + 2 * n_kw) {
            args[i++] = kw_key(elem->key);
            args[i++] = elem->value;
        }
    } else if (keys != MP_OBJ_NULL) {
        size_t len;
        mp_obj_t *items;
        mp_obj_list_get(keys, &len, &items);
        for (size_t k = 0; k < len; k++) {
            mp_obj_t key = kw_key(items[k]);
            for (size_t j = n_pos; j < i; j += 2) {
                if (args[j] == key) {
                    mp_call_star_error(fun, MP_QSTR_, key);
                }
            }
            args[i++] = key;
            args[i++] = mp_obj_subscr(kw_dict, items[k], MP_OBJ_SENTINEL);
        }
    }
    mp_obj_t res = mp_call_function_n_kw(fun, n_pos, (i - n_pos) / 2, args);
    m_del(mp_obj_t, args, n_pos + 2 * n_kw);
    return res;
}

mp_obj_t mp_call_function_n_kw_map(mp_obj_t fun, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    size_t n_kw = kw == NULL ? 0 : kw->used;
    if (n_kw == 0) {
        return mp_call_function_n_kw(fun, n_args, 0, args);
    }
    mp_obj_t *all = m_new(mp_obj_t, n_args + 2 * n_kw);
    memcpy(all, args, n_args * sizeof(mp_obj_t));
    size_t i = n_args;
    size_t cur = 0;
    mp_map_elem_t *elem;
    while ((elem = mp_map_next(kw, &cur)) != NULL && i < n_args + 2 * n_kw) {
        all[i++] = kw_key(elem->key);
        all[i++] = elem->value;
    }
    mp_obj_t res = mp_call_function_n_kw(fun, n_args, (i - n_args) / 2, all);
    m_del(mp_obj_t, all, n_args + 2 * n_kw);
    return res;
}

// ---------------------------------------------------------------------------
// Iteration.

// The iterator for x in a call f(*x) (fun MP_OBJ_NULL: in [*x], (*x,) or f(a, *x)).
mp_obj_t mp_call_star_getiter(mp_obj_t fun, mp_obj_t seq) {
    mp_obj_t iter = mp_seq_getiter_maybe(seq);
    if (iter == MP_OBJ_NULL) {
        mp_call_star_error(fun, MP_QSTR_iterable, seq);
    }
    return iter;
}

mp_obj_t mp_getiter(mp_obj_t o) {
    mp_obj_t iter = mp_seq_getiter_maybe(o);
    if (iter == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(o, MP_ERROR_TEXT("'%s' object is not iterable"));
    }
    return iter;
}

int mp_obj_iter_next_pair(mp_obj_t iter, const mp_obj_type_t *type, mp_obj_t *pair) {
    return type == &mp_type_dict_itemiterator ? mp_obj_dict_it_next_pair(iter, pair)
        : type == &mp_type_enumerate ? mp_obj_enumerate_next_pair(iter, pair)
        : mp_obj_zip_next_pair(iter, pair);
}

mp_obj_t mp_iternext(mp_obj_t o) {
    // map/zip/filter/enumerate pull from their source through here, so a
    // long chain of them recurses in C.
    mp_stack_check();
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, iternext)) {
        mp_raise_TypeError_obj_unsupported(o, MP_ERROR_TEXT("'%s' object is not an iterator"));
    }
    return MP_OBJ_TYPE_GET_SLOT(type, iternext)(o);
}

// For a user iterator, __next__ is called directly so that its StopIteration
// (with its value) reaches the caller; a generator's return value becomes
// the value of the StopIteration raised here.
mp_obj_t mp_iternext_allow_raise(mp_obj_t o) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (type == &mp_type_gen_instance) {
        mp_obj_t ret;
        switch (mp_resume(o, mp_const_none, MP_OBJ_NULL, &ret)) {
            case MP_VM_RETURN_YIELD:
                return ret;
            case MP_VM_RETURN_NORMAL:
                mp_raise_StopIteration(ret);
            default:
                nlr_raise(ret);
        }
    }
    if (mp_obj_is_instance_type(type)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___next__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return mp_call_method_n_kw(0, 0, dest);
        }
    }
    return mp_iternext(o);
}

mp_obj_t mp_obj_contains(mp_obj_t container, mp_obj_t item) {
    const mp_obj_type_t *type = mp_obj_get_type(container);
    if (MP_OBJ_TYPE_HAS_SLOT(type, binary_op)) {
        mp_obj_t res = MP_OBJ_TYPE_GET_SLOT(type, binary_op)(MP_BINARY_OP_CONTAINS, container, item);
        // (A NotImplemented from __contains__ is a true value, as in CPython.)
        if (res != MP_OBJ_NULL) {
            return mp_obj_new_bool(mp_obj_is_true(res));
        }
    }
    mp_obj_t iter = mp_seq_getiter_maybe(container);
    if (iter == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            container, MP_ERROR_TEXT("argument of type '%s' is not iterable"));
    }
    mp_obj_t value;
    while ((value = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_equal(value, item)) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}

// ---------------------------------------------------------------------------
// Unpacking. items receives the values last first (the VM's stack order).

MP_NORETURN static void raise_not_enough(size_t expected, size_t got, bool at_least) {
    if (at_least) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("not enough values to unpack (expected at least %d, got %d)"),
            (int)expected, (int)got);
    }
    mp_raise_ValueError_varg(MP_ERROR_TEXT("not enough values to unpack (expected %d, got %d)"),
        (int)expected, (int)got);
}

static mp_obj_t unpack_getiter(mp_obj_t seq) {
    mp_obj_t iter = mp_seq_getiter_maybe(seq);
    if (iter == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(
            seq, MP_ERROR_TEXT("cannot unpack non-iterable %s object"));
    }
    return iter;
}

void mp_unpack_sequence(mp_obj_t seq, size_t num, mp_obj_t *items) {
    if (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list)) {
        size_t len;
        mp_obj_t *seq_items;
        mp_obj_get_array(seq, &len, &seq_items);
        if (len < num) {
            raise_not_enough(num, len, false);
        }
        if (len > num) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("too many values to unpack (expected %d)"), (int)num);
        }
        for (size_t i = 0; i < num; i++) {
            items[i] = seq_items[num - 1 - i];
        }
        return;
    }
    mp_obj_t iter = unpack_getiter(seq);
    for (size_t i = 0; i < num; i++) {
        mp_obj_t value = mp_iternext(iter);
        if (value == MP_OBJ_STOP_ITERATION) {
            raise_not_enough(num, i, false);
        }
        items[num - 1 - i] = value;
    }
    if (mp_iternext(iter) != MP_OBJ_STOP_ITERATION) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("too many values to unpack (expected %d)"), (int)num);
    }
}

// a, *b, c = seq: num_left values, a list of the middle, num_right values.
void mp_unpack_ex(mp_obj_t seq, size_t num_left, size_t num_right, mp_obj_t *items) {
    size_t len;
    mp_obj_t *seq_items;
    if (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list)) {
        mp_obj_get_array(seq, &len, &seq_items);
    } else {
        mp_obj_t iter = unpack_getiter(seq);
        mp_obj_t list = mp_obj_new_list(0, NULL);
        mp_obj_t value;
        while ((value = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(list, value);
        }
        seq = list;
        mp_obj_list_get(list, &len, &seq_items);
    }
    if (len < num_left + num_right) {
        raise_not_enough(num_left + num_right, len, true);
    }
    size_t total = num_left + 1 + num_right;
    // The middle list is made before any item is written: items may overlap
    // the stack slot that held seq (seq itself stays alive in this frame).
    mp_obj_t middle = mp_obj_new_list(len - num_left - num_right, seq_items + num_left);
    for (size_t i = 0; i < num_left; i++) {
        items[total - 1 - i] = seq_items[i];
    }
    items[num_right] = middle;
    for (size_t i = 0; i < num_right; i++) {
        items[num_right - 1 - i] = seq_items[len - num_right + i];
    }
}
