// Argument checking and parsing for functions written in C: arity checks and
// the one keyword-argument parser (mp_arg_parse_all and its array form).
#include "py/mpconfig.h"

#include "py/runtime.h"

void mp_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        mp_raise_TypeError(MP_ERROR_TEXT("function doesn't take keyword arguments"));
    }
    if (n_args_min == n_args_max) {
        if (n_args != n_args_min) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("function takes %d positional arguments but %d were given"),
                (int)n_args_min, (int)n_args);
        }
        return;
    }
    if (n_args < n_args_min) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("function missing %d required positional arguments"),
            (int)(n_args_min - n_args));
    }
    if (n_args > n_args_max) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("function expected at most %d arguments, got %d"),
            (int)n_args_max, (int)n_args);
    }
}

void mp_arg_check_named(qstr fun_name, size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), fun_name);
    }
    if (n_args_min == n_args_max && n_args_max == 1 && n_args != 1) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("%q() takes exactly one argument (%d given)"), fun_name, (int)n_args);
    }
    if (n_args < n_args_min || n_args > n_args_max) {
        bool few = n_args < n_args_min;
        size_t n = few ? n_args_min : n_args_max;
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q expected %s%d argument%s, got %d"), fun_name,
            n_args_min == n_args_max ? "" : few ? "at least " : "at most ", (int)n, n == 1 ? "" : "s", (int)n_args);
    }
}

static void convert_arg(const mp_arg_t *spec, mp_obj_t given, mp_arg_val_t *out) {
    switch (spec->flags & MP_ARG_KIND_MASK) {
        case MP_ARG_BOOL:
            out->u_bool = mp_obj_is_true(given);
            break;
        case MP_ARG_INT:
            out->u_int = mp_obj_get_int(given);
            break;
        default:
            out->u_obj = given;
            break;
    }
}

MP_NORETURN static void raise_too_many_positional(qstr fun_name, size_t n_allowed, const mp_arg_t *allowed, size_t n_pos) {
    size_t n_positional = 0;
    while (n_positional < n_allowed && !(allowed[n_positional].flags & MP_ARG_KW_ONLY)) {
        n_positional++;
    }
    if (fun_name != MP_QSTR_) {
        // A method whose table starts with self: CPython counts without it.
        size_t self = n_allowed > 0 && allowed[0].qst == MP_QSTR_self;
        n_positional -= self;
        n_pos -= self;
        mp_raise_TypeError_varg(n_positional == 0
            ? MP_ERROR_TEXT("%q() takes no positional arguments")
            : MP_ERROR_TEXT("%q() takes at most %d positional argument%s (%d given)"),
            fun_name, (int)n_positional, n_positional == 1 ? "" : "s", (int)n_pos);
    }
    mp_raise_TypeError_varg(
        MP_ERROR_TEXT("function takes %d positional arguments but %d were given"),
        (int)n_positional, (int)n_pos);
}

// Positional argument i fills table entry i (which must not be keyword-only);
// the other entries come from kws by name. Every keyword must be used.
// As in CPython, every count and name check comes before any conversion, so
// an int argument of the wrong type does not hide a bad call (to_bytes('x',
// foo=1) names foo), and no __index__/__bool__ runs for a call that fails.
static void arg_parse(qstr fun_name, size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    bool have_kws = kws != NULL && kws->used > 0;
    size_t n_given = n_pos + (have_kws ? kws->used : 0);
    // Messages count a method's self (a table's first entry) as CPython
    // does: not at all.
    size_t self = n_allowed > 0 && allowed[0].qst == MP_QSTR_self;
    if (n_given > n_allowed && fun_name != MP_QSTR_ && pos != NULL) {
        // CPython counts all the arguments first ("keyword" when all are).
        // (print passes its keywords alone, pos NULL: its positional
        // arguments are *args, not counted.)
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes at most %d %sargument%s (%d given)"),
            fun_name, (int)(n_allowed - self), n_pos == 0 ? "keyword " : "", n_allowed - self == 1 ? "" : "s",
            (int)(n_given - self));
    }
    // Keyword-only entries come last in a table, so the last one filled
    // by position tells whether there are too many.
    if (n_pos > n_allowed || (n_pos > 0 && (allowed[n_pos - 1].flags & MP_ARG_KW_ONLY))) {
        raise_too_many_positional(fun_name, n_allowed, allowed, n_pos);
    }
    size_t kws_used = 0;
    // Bit i: entry i holds an object still to be converted to bool or int.
    // (A table has at most one bit per entry: the largest has 9 entries.)
    MP_ASSERT(n_allowed <= sizeof(size_t) * 8);
    size_t to_convert = 0;
    for (size_t i = 0; i < n_allowed; i++) {
        const mp_arg_t *spec = &allowed[i];
        mp_obj_t given = MP_OBJ_NULL;
        if (i < n_pos) {
            given = pos[i];
        } else if (have_kws) {
            mp_map_elem_t *e = mp_map_lookup(kws, MP_OBJ_NEW_QSTR(spec->qst), MP_MAP_LOOKUP);
            if (e != NULL) {
                given = e->value;
                kws_used++;
            }
        }
        if (given == MP_OBJ_NULL && (spec->flags & MP_ARG_REQUIRED)) {
            if (fun_name != MP_QSTR_) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("%q() missing required argument '%q' (pos %d)"),
                    fun_name, (qstr)spec->qst, (int)(i + 1 - self));
            }
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("'%q' argument required"), (qstr)spec->qst);
        }
        if (given == MP_OBJ_NULL) {
            out_vals[i] = spec->defval;
        } else {
            out_vals[i].u_obj = given;
            if ((spec->flags & MP_ARG_KIND_MASK) != MP_ARG_OBJ) {
                to_convert |= (size_t)1 << i;
            }
        }
    }
    if (have_kws && kws_used < kws->used) {
        // A keyword naming an argument given by position is reported first.
        for (size_t i = 0; i < n_pos; i++) {
            qstr name = allowed[i].qst;
            if (mp_map_lookup(kws, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP) != NULL) {
                if (fun_name != MP_QSTR_) {
                    mp_raise_TypeError_varg(
                        MP_ERROR_TEXT("argument for %q() given by name ('%q') and position (%d)"),
                        fun_name, name, (int)(i + 1 - self));
                }
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("function got multiple values for argument '%q'"), name);
            }
        }
        // Find the first keyword that matched nothing, for the message.
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(kws, &cur)) != NULL) {
            bool known = false;
            for (size_t i = n_pos; i < n_allowed; i++) {
                if (mp_obj_is_qstr(e->key) && MP_OBJ_QSTR_VALUE(e->key) == allowed[i].qst) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                if (mp_obj_is_str(e->key)) {
                    if (fun_name != MP_QSTR_) {
                        mp_raise_TypeError_varg(
                            MP_ERROR_TEXT("'%s' is an invalid keyword argument for %q()"),
                            mp_obj_str_get_str(e->key), fun_name);
                    }
                    mp_raise_TypeError_varg(
                        MP_ERROR_TEXT("unexpected keyword argument '%s'"), mp_obj_str_get_str(e->key));
                }
                break;
            }
        }
        mp_raise_TypeError(MP_ERROR_TEXT("keywords must be strings"));
    }
    for (size_t i = 0; to_convert != 0; i++, to_convert >>= 1) {
        if (to_convert & 1) {
            convert_arg(&allowed[i], out_vals[i].u_obj, &out_vals[i]);
        }
    }
}

// n_allowed may carry the function's name (MP_ARG_NAMED): in one argument
// rather than a seventh, which most ABIs would pass on the stack at every call.
void mp_arg_parse_all(size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    qstr fun_name = (qstr)(n_allowed >> 8);
    arg_parse(fun_name == MP_QSTRnull ? MP_QSTR_ : fun_name, n_pos, pos, kws, n_allowed & 0xff, allowed, out_vals);
}

void mp_arg_parse_all_kw_array(size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    mp_map_t kw_args;
    // args is NULL when there are no arguments: NULL + 0 is undefined
    // behaviour (clang's UBSan reports it, as on macOS CI).
    mp_map_init_fixed_table(&kw_args, n_kw, args == NULL ? NULL : args + n_pos);
    mp_arg_parse_all(n_pos, args, &kw_args, n_allowed, allowed, out_vals);
}

MP_NORETURN void mp_arg_error_terse_mismatch(void) {
    mp_raise_TypeError(MP_ERROR_TEXT("argument num/types mismatch"));
}
