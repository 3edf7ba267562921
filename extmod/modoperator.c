// The operator module: Python's operators as functions (add, lt, getitem,
// iadd ...), their __dunder__ aliases, and the callables itemgetter,
// attrgetter and methodcaller.
//
// Every function goes through the runtime's generic operations
// (mp_binary_op, mp_unary_op, mp_obj_subscr ...), so user classes with
// special methods behave as with the operators themselves. Left out on
// purpose: pickling support of the three callable types.
#include "py/mpconfig.h"

#if MICROPY_PY_OPERATOR

#include "py/runtime.h"
#include "py/builtin.h"
#include "py/sequence.h"

// ---------------------------------------------------------------------------
// The operators. Each function below is the Python operator named in its
// comment, through the runtime.

// clang-format off
#define OPERATOR_BINARY(name, op) \
    static mp_obj_t operator_##name(mp_obj_t a, mp_obj_t b) { \
        return mp_binary_op(op, a, b); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_2(operator_##name##_obj, operator_##name)
#define OPERATOR_UNARY(name, op) \
    static mp_obj_t operator_##name(mp_obj_t a) { \
        return mp_unary_op(op, a); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_1(operator_##name##_obj, operator_##name)

OPERATOR_BINARY(lt, MP_BINARY_OP_LESS);                        // a < b
OPERATOR_BINARY(le, MP_BINARY_OP_LESS_EQUAL);                  // a <= b
OPERATOR_BINARY(eq, MP_BINARY_OP_EQUAL);                       // a == b
OPERATOR_BINARY(ne, MP_BINARY_OP_NOT_EQUAL);                   // a != b
OPERATOR_BINARY(ge, MP_BINARY_OP_MORE_EQUAL);                  // a >= b
OPERATOR_BINARY(gt, MP_BINARY_OP_MORE);                        // a > b
OPERATOR_BINARY(add, MP_BINARY_OP_ADD);                        // a + b
OPERATOR_BINARY(sub, MP_BINARY_OP_SUBTRACT);                   // a - b
OPERATOR_BINARY(mul, MP_BINARY_OP_MULTIPLY);                   // a * b
OPERATOR_BINARY(matmul, MP_BINARY_OP_MAT_MULTIPLY);            // a @ b
OPERATOR_BINARY(truediv, MP_BINARY_OP_TRUE_DIVIDE);            // a / b
OPERATOR_BINARY(floordiv, MP_BINARY_OP_FLOOR_DIVIDE);          // a // b
OPERATOR_BINARY(mod, MP_BINARY_OP_MODULO);                     // a % b
OPERATOR_BINARY(pow, MP_BINARY_OP_POWER);                      // a ** b
OPERATOR_BINARY(lshift, MP_BINARY_OP_LSHIFT);                  // a << b
OPERATOR_BINARY(rshift, MP_BINARY_OP_RSHIFT);                  // a >> b
OPERATOR_BINARY(and_, MP_BINARY_OP_AND);                       // a & b
OPERATOR_BINARY(or_, MP_BINARY_OP_OR);                         // a | b
OPERATOR_BINARY(xor, MP_BINARY_OP_XOR);                        // a ^ b
OPERATOR_BINARY(iadd, MP_BINARY_OP_INPLACE_ADD);               // a += b
OPERATOR_BINARY(isub, MP_BINARY_OP_INPLACE_SUBTRACT);          // a -= b
OPERATOR_BINARY(imul, MP_BINARY_OP_INPLACE_MULTIPLY);          // a *= b
OPERATOR_BINARY(imatmul, MP_BINARY_OP_INPLACE_MAT_MULTIPLY);   // a @= b
OPERATOR_BINARY(itruediv, MP_BINARY_OP_INPLACE_TRUE_DIVIDE);   // a /= b
OPERATOR_BINARY(ifloordiv, MP_BINARY_OP_INPLACE_FLOOR_DIVIDE); // a //= b
OPERATOR_BINARY(imod, MP_BINARY_OP_INPLACE_MODULO);            // a %= b
OPERATOR_BINARY(ipow, MP_BINARY_OP_INPLACE_POWER);             // a **= b
OPERATOR_BINARY(ilshift, MP_BINARY_OP_INPLACE_LSHIFT);         // a <<= b
OPERATOR_BINARY(irshift, MP_BINARY_OP_INPLACE_RSHIFT);         // a >>= b
OPERATOR_BINARY(iand, MP_BINARY_OP_INPLACE_AND);               // a &= b
OPERATOR_BINARY(ior, MP_BINARY_OP_INPLACE_OR);                 // a |= b
OPERATOR_BINARY(ixor, MP_BINARY_OP_INPLACE_XOR);               // a ^= b
OPERATOR_BINARY(is_, MP_BINARY_OP_IS);                         // a is b
OPERATOR_UNARY(neg, MP_UNARY_OP_NEGATIVE);                     // -a
OPERATOR_UNARY(pos, MP_UNARY_OP_POSITIVE);                     // +a
OPERATOR_UNARY(invert, MP_UNARY_OP_INVERT);                    // ~a
static MP_DEFINE_CONST_FUN_OBJ_1(operator_abs_obj, mp_builtin_abs);   // abs(a)
// clang-format on

// is_not(a, b): a is not b
static mp_obj_t operator_is_not(mp_obj_t a, mp_obj_t b) {
    return mp_obj_new_bool(mp_binary_op(MP_BINARY_OP_IS, a, b) == mp_const_false);
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_is_not_obj, operator_is_not);

// not_(a): not a
static mp_obj_t operator_not_(mp_obj_t a) {
    return mp_obj_new_bool(!mp_obj_is_true(a));
}
static MP_DEFINE_CONST_FUN_OBJ_1(operator_not__obj, operator_not_);

// truth(a): bool(a)
static mp_obj_t operator_truth(mp_obj_t a) {
    return mp_obj_new_bool(mp_obj_is_true(a));
}
static MP_DEFINE_CONST_FUN_OBJ_1(operator_truth_obj, operator_truth);

// index(a): a.__index__()
static MP_DEFINE_CONST_FUN_OBJ_1(operator_index_obj, mp_seq_index_as_int_raise);

// contains(a, b): b in a
static mp_obj_t operator_contains(mp_obj_t a, mp_obj_t b) {
    return mp_obj_contains(a, b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_contains_obj, operator_contains);

// CPython's concat accepts only sequences (types with item access) on the
// left, so that 1 + 2 is not a concatenation.
static void operator_check_sequence(mp_obj_t a) {
    const mp_obj_type_t *type = mp_obj_get_type(a);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, subscr) || mp_obj_is_type(a, &mp_type_dict)) {
        mp_raise_TypeError_obj_unsupported(a, MP_ERROR_TEXT("'%s' object can't be concatenated"));
    }
}

// concat(a, b): a + b for sequences
static mp_obj_t operator_concat(mp_obj_t a, mp_obj_t b) {
    operator_check_sequence(a);
    return mp_binary_op(MP_BINARY_OP_ADD, a, b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_concat_obj, operator_concat);

// iconcat(a, b): a += b for sequences
static mp_obj_t operator_iconcat(mp_obj_t a, mp_obj_t b) {
    operator_check_sequence(a);
    return mp_binary_op(MP_BINARY_OP_INPLACE_ADD, a, b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_iconcat_obj, operator_iconcat);

// getitem(a, b): a[b]
static mp_obj_t operator_getitem(mp_obj_t a, mp_obj_t b) {
    return mp_obj_subscr(a, b, MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_getitem_obj, operator_getitem);

// setitem(a, b, c): a[b] = c
static mp_obj_t operator_setitem(mp_obj_t a, mp_obj_t b, mp_obj_t c) {
    mp_obj_subscr(a, b, c);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(operator_setitem_obj, operator_setitem);

// delitem(a, b): del a[b]
static mp_obj_t operator_delitem(mp_obj_t a, mp_obj_t b) {
    mp_obj_subscr_delete(a, b);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_delitem_obj, operator_delitem);

// item is b or item == b: how CPython's countOf and indexOf match.
static bool operator_same(mp_obj_t item, mp_obj_t b) {
    return item == b || mp_obj_equal(item, b);
}

// countOf(a, b): how many items of a are b
static mp_obj_t operator_countOf(mp_obj_t a, mp_obj_t b) {
    mp_obj_t iter = mp_getiter(a);
    mp_obj_t item;
    mp_int_t n = 0;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        n += operator_same(item, b);
    }
    return mp_obj_new_int(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_countOf_obj, operator_countOf);

// indexOf(a, b): the position of the first b in a
static mp_obj_t operator_indexOf(mp_obj_t a, mp_obj_t b) {
    mp_obj_t iter = mp_getiter(a);
    mp_obj_t item;
    mp_int_t i = 0;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (operator_same(item, b)) {
            return mp_obj_new_int(i);
        }
        i++;
    }
    mp_raise_ValueError(MP_ERROR_TEXT("sequence.index(x): x not in sequence"));
}
static MP_DEFINE_CONST_FUN_OBJ_2(operator_indexOf_obj, operator_indexOf);

// obj.__length_hint__() (dest: the loaded method), or MP_OBJ_NULL when it
// raises TypeError: that means no hint (repeat(x) without times says "len()
// of unsized object"), as in CPython.
static mp_obj_t operator_call_hint(mp_obj_t *dest) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t hint = mp_call_method_n_kw(0, 0, dest);
        nlr_pop();
        return hint;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
        return MP_OBJ_NULL;
    }
    nlr_jump(nlr.ret_val);
}

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else
// default.
static mp_obj_t operator_length_hint(size_t n_args, const mp_obj_t *args) {
    mp_obj_t obj = args[0];
    mp_obj_t dflt = MP_OBJ_NEW_SMALL_INT(0);
    if (n_args > 1) {
        dflt = mp_seq_index_as_int_raise(args[1]);
    }
    mp_obj_t len = mp_obj_len_maybe(obj);
    if (len != MP_OBJ_NULL) {
        return len;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___length_hint__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return dflt;
    }
    mp_obj_t hint = operator_call_hint(dest);
    if (hint == MP_OBJ_NULL) {
        return dflt;
    }
    if (hint == mp_const_notimplemented) {
        return dflt;
    }
    if (!mp_obj_is_int(hint)) {
        mp_raise_TypeError_obj_unsupported(
            hint, MP_ERROR_TEXT("__length_hint__ must be an integer, not %s"));
    }
    if (mp_obj_int_sign(hint) < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("__length_hint__() should return >= 0"));
    }
    return hint;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(operator_length_hint_obj, 1, 2, operator_length_hint);

// call(obj, /, *args, **kwargs): obj(*args, **kwargs)
static mp_obj_t operator_call(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return mp_call_function_n_kw_map(args[0], n_args - 1, args + 1, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(operator_call_obj, 1, operator_call);

// ---------------------------------------------------------------------------
// itemgetter(item, ...), attrgetter(attr, ...), methodcaller(name, ...)
//
// One layout for the three: a tuple of what they apply (items; attribute
// paths, each a tuple of qstrs; or the method's positional arguments), and
// for methodcaller the name and the keyword arguments.

typedef struct _operator_getter_t {
    mp_obj_base_t base;
    mp_obj_t items; // a tuple
    mp_obj_t reprs; // attrgetter: the attribute strings as given, for repr
    qstr name; // methodcaller
    mp_obj_t kwargs; // methodcaller: a dict
} operator_getter_t;

static operator_getter_t *operator_getter_new(const mp_obj_type_t *type, size_t n, const mp_obj_t *items) {
    operator_getter_t *self = m_new_obj(operator_getter_t);
    self->base.type = type;
    self->items = mp_obj_new_tuple(n, items);
    self->reprs = mp_const_empty_tuple;
    self->name = MP_QSTRnull;
    self->kwargs = MP_OBJ_NULL;
    return self;
}

// The one positional argument of a call to a getter.
static mp_obj_t operator_getter_arg(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), type->name);
    }
    if (n_args != 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q expected 1 argument, got %d"),
            type->name, (int)n_args);
    }
    return args[0];
}

static void operator_print_args(const mp_print_t *print, mp_obj_t tuple, bool first) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(tuple, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (!first || i > 0) {
            mp_printf(print, ", ");
        }
        mp_obj_print_helper(print, items[i], PRINT_REPR);
    }
}

static void operator_getter_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    operator_getter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "operator.%q(", self->base.type->name);
    if (self->name != MP_QSTRnull) {
        mp_obj_print_helper(print, MP_OBJ_NEW_QSTR(self->name), PRINT_REPR);
        operator_print_args(print, self->items, false);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(mp_obj_dict_get_map(self->kwargs), &cur)) != NULL) {
            mp_printf(print, ", ");
            mp_obj_print_helper(print, e->key, PRINT_STR);
            mp_printf(print, "=");
            mp_obj_print_helper(print, e->value, PRINT_REPR);
        }
    } else if (self->reprs != mp_const_empty_tuple) {
        operator_print_args(print, self->reprs, true);
    } else {
        operator_print_args(print, self->items, true);
    }
    mp_printf(print, ")");
}

// __reduce__(): the class and its arguments, for pickle and copy. A
// methodcaller's keyword arguments travel in a functools.partial of the
// class, as CPython's do.
static mp_obj_t operator_getter_reduce(mp_obj_t self_in) {
    operator_getter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t res[2] = { MP_OBJ_FROM_PTR(self->base.type), self->reprs };
    if (self->name == MP_QSTRnull) {
        if (self->reprs == mp_const_empty_tuple) {
            res[1] = self->items;
        }
        return mp_obj_new_tuple(2, res);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->items, &n, &items);
    mp_map_t *kw = mp_obj_dict_get_map(self->kwargs);
    // The arguments of the class (name, *args), or of the partial (class,
    // name, then the keyword pairs).
    mp_obj_t *a = m_new(mp_obj_t, 2 + n + 2 * kw->used);
    a[0] = res[0];
    a[1] = MP_OBJ_NEW_QSTR(self->name);
    if (kw->used == 0) {
        memcpy(a + 2, items, n * sizeof(mp_obj_t));
        res[1] = mp_obj_new_tuple(n + 1, a + 1);
    } else {
        size_t k = 2;
        for (size_t cur = 0, i = 0; i < kw->used; i++) {
            mp_map_elem_t *e = mp_map_next(kw, &cur);
            a[k++] = e->key;
            a[k++] = e->value;
        }
        mp_obj_t functools =
            mp_import_name(MP_QSTR_functools, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        res[0] = mp_call_function_n_kw(mp_load_attr(functools, MP_QSTR_partial), 2, kw->used, a);
        res[1] = self->items;
    }
    return mp_obj_new_tuple(2, res);
}
static MP_DEFINE_CONST_FUN_OBJ_1(operator_getter_reduce_obj, operator_getter_reduce);

static const mp_rom_map_elem_t operator_getter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&operator_getter_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(operator_getter_locals_dict, operator_getter_locals_dict_table);

// itemgetter(item, ...)
static mp_obj_t operator_itemgetter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("itemgetter() takes no keyword arguments"));
    }
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("itemgetter expected 1 argument, got 0"));
    }
    return MP_OBJ_FROM_PTR(operator_getter_new(type, n_args, args));
}

static mp_obj_t operator_itemgetter_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    operator_getter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t obj = operator_getter_arg(self->base.type, n_args, n_kw, args);
    mp_obj_tuple_t *items = MP_OBJ_TO_PTR(self->items);
    if (items->len == 1) {
        return mp_obj_subscr(obj, items->items[0], MP_OBJ_SENTINEL);
    }
    mp_obj_t result = mp_obj_new_tuple(items->len, NULL);
    mp_obj_tuple_t *out = MP_OBJ_TO_PTR(result);
    for (size_t i = 0; i < items->len; i++) {
        out->items[i] = mp_obj_subscr(obj, items->items[i], MP_OBJ_SENTINEL);
    }
    return result;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    operator_itemgetter_type, MP_QSTR_itemgetter, MP_TYPE_FLAG_NONE,
    print, operator_getter_print,
    make_new, operator_itemgetter_make_new,
    call, operator_itemgetter_call,
    unary_op, mp_generic_unary_op,
    locals_dict, (mp_obj_dict_t *)&operator_getter_locals_dict
    );

// attrgetter(attr, ...): each attr is a dotted path, kept as a tuple of
// the qstrs of its parts.
static mp_obj_t operator_attrgetter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("attrgetter() takes no keyword arguments"));
    }
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("attrgetter expected 1 argument, got 0"));
    }
    operator_getter_t *self = operator_getter_new(type, n_args, args);
    self->reprs = self->items;
    self->items = mp_obj_new_tuple(n_args, NULL);
    mp_obj_tuple_t *paths = MP_OBJ_TO_PTR(self->items);
    for (size_t i = 0; i < n_args; i++) {
        if (!mp_obj_is_str(args[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("attribute name must be a string"));
        }
        size_t len;
        const char *s = mp_obj_str_get_data(args[i], &len);
        size_t n_parts = 1;
        for (size_t j = 0; j < len; j++) {
            n_parts += s[j] == '.';
        }
        mp_obj_t path = mp_obj_new_tuple(n_parts, NULL);
        mp_obj_tuple_t *parts = MP_OBJ_TO_PTR(path);
        size_t start = 0;
        size_t k = 0;
        for (size_t j = 0; j <= len; j++) {
            if (j == len || s[j] == '.') {
                parts->items[k++] = MP_OBJ_NEW_QSTR(qstr_from_strn(s + start, j - start));
                start = j + 1;
            }
        }
        paths->items[i] = path;
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t operator_attrgetter_resolve(mp_obj_t obj, mp_obj_t path) {
    mp_obj_tuple_t *parts = MP_OBJ_TO_PTR(path);
    for (size_t i = 0; i < parts->len; i++) {
        obj = mp_load_attr(obj, MP_OBJ_QSTR_VALUE(parts->items[i]));
    }
    return obj;
}

static mp_obj_t operator_attrgetter_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    operator_getter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t obj = operator_getter_arg(self->base.type, n_args, n_kw, args);
    mp_obj_tuple_t *paths = MP_OBJ_TO_PTR(self->items);
    if (paths->len == 1) {
        return operator_attrgetter_resolve(obj, paths->items[0]);
    }
    mp_obj_t result = mp_obj_new_tuple(paths->len, NULL);
    mp_obj_tuple_t *out = MP_OBJ_TO_PTR(result);
    for (size_t i = 0; i < paths->len; i++) {
        out->items[i] = operator_attrgetter_resolve(obj, paths->items[i]);
    }
    return result;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    operator_attrgetter_type, MP_QSTR_attrgetter, MP_TYPE_FLAG_NONE,
    print, operator_getter_print,
    make_new, operator_attrgetter_make_new,
    call, operator_attrgetter_call,
    unary_op, mp_generic_unary_op,
    locals_dict, (mp_obj_dict_t *)&operator_getter_locals_dict
    );

// methodcaller(name, /, *args, **kwargs)
static mp_obj_t operator_methodcaller_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("methodcaller needs at least one argument, the method name"));
    }
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError(MP_ERROR_TEXT("method name must be a string"));
    }
    operator_getter_t *self = operator_getter_new(type, n_args - 1, args + 1);
    self->name = mp_obj_str_get_qstr(args[0]);
    self->kwargs = mp_obj_new_dict(n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_dict_store(self->kwargs, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t operator_methodcaller_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    operator_getter_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t obj = operator_getter_arg(self->base.type, n_args, n_kw, args);
    mp_obj_tuple_t *call_args = MP_OBJ_TO_PTR(self->items);
    mp_obj_t method = mp_load_attr(obj, self->name);
    return mp_call_function_n_kw_map(method, call_args->len, call_args->items, mp_obj_dict_get_map(self->kwargs));
}

static MP_DEFINE_CONST_OBJ_TYPE(
    operator_methodcaller_type, MP_QSTR_methodcaller, MP_TYPE_FLAG_NONE,
    print, operator_getter_print,
    make_new, operator_methodcaller_make_new,
    call, operator_methodcaller_call,
    unary_op, mp_generic_unary_op,
    locals_dict, (mp_obj_dict_t *)&operator_getter_locals_dict
    );

// ---------------------------------------------------------------------------
// The module. Each operator is also reachable by its dunder name
// (operator.__add__), as in CPython.

// __all__: the public names, in CPython's order (from operator import *).
// clang-format off
static const mp_rom_obj_tuple_t operator_all_obj = {
    { &mp_type_tuple }, 55, {
        MP_ROM_QSTR(MP_QSTR_abs), MP_ROM_QSTR(MP_QSTR_add), MP_ROM_QSTR(MP_QSTR_and_),
        MP_ROM_QSTR(MP_QSTR_attrgetter), MP_ROM_QSTR(MP_QSTR_call), MP_ROM_QSTR(MP_QSTR_concat),
        MP_ROM_QSTR(MP_QSTR_contains), MP_ROM_QSTR(MP_QSTR_countOf), MP_ROM_QSTR(MP_QSTR_delitem),
        MP_ROM_QSTR(MP_QSTR_eq), MP_ROM_QSTR(MP_QSTR_floordiv), MP_ROM_QSTR(MP_QSTR_ge),
        MP_ROM_QSTR(MP_QSTR_getitem), MP_ROM_QSTR(MP_QSTR_gt), MP_ROM_QSTR(MP_QSTR_iadd),
        MP_ROM_QSTR(MP_QSTR_iand), MP_ROM_QSTR(MP_QSTR_iconcat), MP_ROM_QSTR(MP_QSTR_ifloordiv),
        MP_ROM_QSTR(MP_QSTR_ilshift), MP_ROM_QSTR(MP_QSTR_imatmul), MP_ROM_QSTR(MP_QSTR_imod),
        MP_ROM_QSTR(MP_QSTR_imul), MP_ROM_QSTR(MP_QSTR_index), MP_ROM_QSTR(MP_QSTR_indexOf),
        MP_ROM_QSTR(MP_QSTR_inv), MP_ROM_QSTR(MP_QSTR_invert), MP_ROM_QSTR(MP_QSTR_ior),
        MP_ROM_QSTR(MP_QSTR_ipow), MP_ROM_QSTR(MP_QSTR_irshift), MP_ROM_QSTR(MP_QSTR_is_),
        MP_ROM_QSTR(MP_QSTR_is_not), MP_ROM_QSTR(MP_QSTR_isub), MP_ROM_QSTR(MP_QSTR_itemgetter),
        MP_ROM_QSTR(MP_QSTR_itruediv), MP_ROM_QSTR(MP_QSTR_ixor), MP_ROM_QSTR(MP_QSTR_le),
        MP_ROM_QSTR(MP_QSTR_length_hint), MP_ROM_QSTR(MP_QSTR_lshift), MP_ROM_QSTR(MP_QSTR_lt),
        MP_ROM_QSTR(MP_QSTR_matmul), MP_ROM_QSTR(MP_QSTR_methodcaller), MP_ROM_QSTR(MP_QSTR_mod),
        MP_ROM_QSTR(MP_QSTR_mul), MP_ROM_QSTR(MP_QSTR_ne), MP_ROM_QSTR(MP_QSTR_neg),
        MP_ROM_QSTR(MP_QSTR_not_), MP_ROM_QSTR(MP_QSTR_or_), MP_ROM_QSTR(MP_QSTR_pos),
        MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_QSTR(MP_QSTR_rshift), MP_ROM_QSTR(MP_QSTR_setitem),
        MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_QSTR(MP_QSTR_truediv), MP_ROM_QSTR(MP_QSTR_truth),
        MP_ROM_QSTR(MP_QSTR_xor),
    }
};
// clang-format on

static const mp_rom_map_elem_t mp_module_operator_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_operator) },
    { MP_ROM_QSTR(MP_QSTR_itemgetter), MP_ROM_PTR(&operator_itemgetter_type) },
    { MP_ROM_QSTR(MP_QSTR_attrgetter), MP_ROM_PTR(&operator_attrgetter_type) },
    { MP_ROM_QSTR(MP_QSTR_methodcaller), MP_ROM_PTR(&operator_methodcaller_type) },
    { MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&operator_all_obj) },
    { MP_ROM_QSTR(MP_QSTR_lt), MP_ROM_PTR(&operator_lt_obj) },
    { MP_ROM_QSTR(MP_QSTR_le), MP_ROM_PTR(&operator_le_obj) },
    { MP_ROM_QSTR(MP_QSTR_eq), MP_ROM_PTR(&operator_eq_obj) },
    { MP_ROM_QSTR(MP_QSTR_ne), MP_ROM_PTR(&operator_ne_obj) },
    { MP_ROM_QSTR(MP_QSTR_ge), MP_ROM_PTR(&operator_ge_obj) },
    { MP_ROM_QSTR(MP_QSTR_gt), MP_ROM_PTR(&operator_gt_obj) },
    { MP_ROM_QSTR(MP_QSTR_not_), MP_ROM_PTR(&operator_not__obj) },
    { MP_ROM_QSTR(MP_QSTR_truth), MP_ROM_PTR(&operator_truth_obj) },
    { MP_ROM_QSTR(MP_QSTR_is_), MP_ROM_PTR(&operator_is__obj) },
    { MP_ROM_QSTR(MP_QSTR_is_not), MP_ROM_PTR(&operator_is_not_obj) },
    { MP_ROM_QSTR(MP_QSTR_abs), MP_ROM_PTR(&operator_abs_obj) },
    { MP_ROM_QSTR(MP_QSTR_add), MP_ROM_PTR(&operator_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_and_), MP_ROM_PTR(&operator_and__obj) },
    { MP_ROM_QSTR(MP_QSTR_floordiv), MP_ROM_PTR(&operator_floordiv_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&operator_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_inv), MP_ROM_PTR(&operator_invert_obj) },
    { MP_ROM_QSTR(MP_QSTR_invert), MP_ROM_PTR(&operator_invert_obj) },
    { MP_ROM_QSTR(MP_QSTR_lshift), MP_ROM_PTR(&operator_lshift_obj) },
    { MP_ROM_QSTR(MP_QSTR_mod), MP_ROM_PTR(&operator_mod_obj) },
    { MP_ROM_QSTR(MP_QSTR_mul), MP_ROM_PTR(&operator_mul_obj) },
    { MP_ROM_QSTR(MP_QSTR_matmul), MP_ROM_PTR(&operator_matmul_obj) },
    { MP_ROM_QSTR(MP_QSTR_neg), MP_ROM_PTR(&operator_neg_obj) },
    { MP_ROM_QSTR(MP_QSTR_or_), MP_ROM_PTR(&operator_or__obj) },
    { MP_ROM_QSTR(MP_QSTR_pos), MP_ROM_PTR(&operator_pos_obj) },
    { MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&operator_pow_obj) },
    { MP_ROM_QSTR(MP_QSTR_rshift), MP_ROM_PTR(&operator_rshift_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&operator_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR_truediv), MP_ROM_PTR(&operator_truediv_obj) },
    { MP_ROM_QSTR(MP_QSTR_xor), MP_ROM_PTR(&operator_xor_obj) },
    { MP_ROM_QSTR(MP_QSTR_concat), MP_ROM_PTR(&operator_concat_obj) },
    { MP_ROM_QSTR(MP_QSTR_contains), MP_ROM_PTR(&operator_contains_obj) },
    { MP_ROM_QSTR(MP_QSTR_countOf), MP_ROM_PTR(&operator_countOf_obj) },
    { MP_ROM_QSTR(MP_QSTR_delitem), MP_ROM_PTR(&operator_delitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_getitem), MP_ROM_PTR(&operator_getitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_indexOf), MP_ROM_PTR(&operator_indexOf_obj) },
    { MP_ROM_QSTR(MP_QSTR_setitem), MP_ROM_PTR(&operator_setitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_length_hint), MP_ROM_PTR(&operator_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR_call), MP_ROM_PTR(&operator_call_obj) },
    { MP_ROM_QSTR(MP_QSTR_iadd), MP_ROM_PTR(&operator_iadd_obj) },
    { MP_ROM_QSTR(MP_QSTR_iand), MP_ROM_PTR(&operator_iand_obj) },
    { MP_ROM_QSTR(MP_QSTR_iconcat), MP_ROM_PTR(&operator_iconcat_obj) },
    { MP_ROM_QSTR(MP_QSTR_ifloordiv), MP_ROM_PTR(&operator_ifloordiv_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilshift), MP_ROM_PTR(&operator_ilshift_obj) },
    { MP_ROM_QSTR(MP_QSTR_imod), MP_ROM_PTR(&operator_imod_obj) },
    { MP_ROM_QSTR(MP_QSTR_imul), MP_ROM_PTR(&operator_imul_obj) },
    { MP_ROM_QSTR(MP_QSTR_imatmul), MP_ROM_PTR(&operator_imatmul_obj) },
    { MP_ROM_QSTR(MP_QSTR_ior), MP_ROM_PTR(&operator_ior_obj) },
    { MP_ROM_QSTR(MP_QSTR_ipow), MP_ROM_PTR(&operator_ipow_obj) },
    { MP_ROM_QSTR(MP_QSTR_irshift), MP_ROM_PTR(&operator_irshift_obj) },
    { MP_ROM_QSTR(MP_QSTR_isub), MP_ROM_PTR(&operator_isub_obj) },
    { MP_ROM_QSTR(MP_QSTR_itruediv), MP_ROM_PTR(&operator_itruediv_obj) },
    { MP_ROM_QSTR(MP_QSTR_ixor), MP_ROM_PTR(&operator_ixor_obj) },
    // The dunder aliases.
    { MP_ROM_QSTR(MP_QSTR___lt__), MP_ROM_PTR(&operator_lt_obj) },
    { MP_ROM_QSTR(MP_QSTR___le__), MP_ROM_PTR(&operator_le_obj) },
    { MP_ROM_QSTR(MP_QSTR___eq__), MP_ROM_PTR(&operator_eq_obj) },
    { MP_ROM_QSTR(MP_QSTR___ne__), MP_ROM_PTR(&operator_ne_obj) },
    { MP_ROM_QSTR(MP_QSTR___ge__), MP_ROM_PTR(&operator_ge_obj) },
    { MP_ROM_QSTR(MP_QSTR___gt__), MP_ROM_PTR(&operator_gt_obj) },
    { MP_ROM_QSTR(MP_QSTR___not__), MP_ROM_PTR(&operator_not__obj) },
    { MP_ROM_QSTR(MP_QSTR___abs__), MP_ROM_PTR(&operator_abs_obj) },
    { MP_ROM_QSTR(MP_QSTR___add__), MP_ROM_PTR(&operator_add_obj) },
    { MP_ROM_QSTR(MP_QSTR___and__), MP_ROM_PTR(&operator_and__obj) },
    { MP_ROM_QSTR(MP_QSTR___floordiv__), MP_ROM_PTR(&operator_floordiv_obj) },
    { MP_ROM_QSTR(MP_QSTR___index__), MP_ROM_PTR(&operator_index_obj) },
    { MP_ROM_QSTR(MP_QSTR___inv__), MP_ROM_PTR(&operator_invert_obj) },
    { MP_ROM_QSTR(MP_QSTR___invert__), MP_ROM_PTR(&operator_invert_obj) },
    { MP_ROM_QSTR(MP_QSTR___lshift__), MP_ROM_PTR(&operator_lshift_obj) },
    { MP_ROM_QSTR(MP_QSTR___mod__), MP_ROM_PTR(&operator_mod_obj) },
    { MP_ROM_QSTR(MP_QSTR___mul__), MP_ROM_PTR(&operator_mul_obj) },
    { MP_ROM_QSTR(MP_QSTR___matmul__), MP_ROM_PTR(&operator_matmul_obj) },
    { MP_ROM_QSTR(MP_QSTR___neg__), MP_ROM_PTR(&operator_neg_obj) },
    { MP_ROM_QSTR(MP_QSTR___or__), MP_ROM_PTR(&operator_or__obj) },
    { MP_ROM_QSTR(MP_QSTR___pos__), MP_ROM_PTR(&operator_pos_obj) },
    { MP_ROM_QSTR(MP_QSTR___pow__), MP_ROM_PTR(&operator_pow_obj) },
    { MP_ROM_QSTR(MP_QSTR___rshift__), MP_ROM_PTR(&operator_rshift_obj) },
    { MP_ROM_QSTR(MP_QSTR___sub__), MP_ROM_PTR(&operator_sub_obj) },
    { MP_ROM_QSTR(MP_QSTR___truediv__), MP_ROM_PTR(&operator_truediv_obj) },
    { MP_ROM_QSTR(MP_QSTR___xor__), MP_ROM_PTR(&operator_xor_obj) },
    { MP_ROM_QSTR(MP_QSTR___concat__), MP_ROM_PTR(&operator_concat_obj) },
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&operator_contains_obj) },
    { MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&operator_delitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&operator_getitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&operator_setitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___call__), MP_ROM_PTR(&operator_call_obj) },
    { MP_ROM_QSTR(MP_QSTR___iadd__), MP_ROM_PTR(&operator_iadd_obj) },
    { MP_ROM_QSTR(MP_QSTR___iand__), MP_ROM_PTR(&operator_iand_obj) },
    { MP_ROM_QSTR(MP_QSTR___iconcat__), MP_ROM_PTR(&operator_iconcat_obj) },
    { MP_ROM_QSTR(MP_QSTR___ifloordiv__), MP_ROM_PTR(&operator_ifloordiv_obj) },
    { MP_ROM_QSTR(MP_QSTR___ilshift__), MP_ROM_PTR(&operator_ilshift_obj) },
    { MP_ROM_QSTR(MP_QSTR___imod__), MP_ROM_PTR(&operator_imod_obj) },
    { MP_ROM_QSTR(MP_QSTR___imul__), MP_ROM_PTR(&operator_imul_obj) },
    { MP_ROM_QSTR(MP_QSTR___imatmul__), MP_ROM_PTR(&operator_imatmul_obj) },
    { MP_ROM_QSTR(MP_QSTR___ior__), MP_ROM_PTR(&operator_ior_obj) },
    { MP_ROM_QSTR(MP_QSTR___ipow__), MP_ROM_PTR(&operator_ipow_obj) },
    { MP_ROM_QSTR(MP_QSTR___irshift__), MP_ROM_PTR(&operator_irshift_obj) },
    { MP_ROM_QSTR(MP_QSTR___isub__), MP_ROM_PTR(&operator_isub_obj) },
    { MP_ROM_QSTR(MP_QSTR___itruediv__), MP_ROM_PTR(&operator_itruediv_obj) },
    { MP_ROM_QSTR(MP_QSTR___ixor__), MP_ROM_PTR(&operator_ixor_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_operator_globals, mp_module_operator_globals_table);

const mp_obj_module_t mp_module_operator = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_operator_globals,
};

MP_REGISTER_MODULE(MP_QSTR_operator, mp_module_operator);

#endif // MICROPY_PY_OPERATOR
