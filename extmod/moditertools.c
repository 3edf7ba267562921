// The itertools module: the lazy iterator building blocks of CPython's
// itertools (count, cycle, repeat, accumulate, chain, compress, dropwhile,
// takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
// pairwise) and the combinatoric iterators (product, permutations,
// combinations, combinations_with_replacement).
//
// Left out on purpose: batched (3.12), pickling support (__reduce__,
// __setstate__) and subclassing the iterator types from Python.
//
// Every iterator keeps its state consistent across a call that raises (a
// failing __next__, key or predicate function): the state is only updated
// after the call returns, so the next call resumes as CPython's does. The
// combinatoric iterators consume their inputs into tuples when they are
// made (as CPython does), the others pull one item at a time.
#include "py/mpconfig.h"

#if MICROPY_PY_ITERTOOLS

#include "py/runtime.h"
#include "py/sequence.h"

// ---------------------------------------------------------------------------
// Shared helpers.

// CPython's arity check of the itertools constructors that take only
// positional arguments: "cycle expected 1 argument, got 0" and its
// "at least" / "at most" forms, and "cycle() takes no keyword arguments".
static void itertools_check_args(qstr name, size_t n_args, size_t n_kw, size_t min, size_t max) {
    if (n_kw != 0) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), name);
    }
    if (n_args >= min && n_args <= max) {
        return;
    }
    const char *which = min == max ? "" : n_args < min ? "at least " : "at most ";
    size_t expected = n_args < min ? min : max;
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q expected %s%d argument%s, got %d"),
        name, which, (int)expected, expected == 1 ? "" : "s", (int)n_args);
}

// Every iterator type here is its own iterator and differs from the others
// only in name, printer, constructor, step and (a few) a locals dict.
// The public iterator types can be subclassed (as in CPython); the helper
// types _tee and _grouper use ITERTOOLS_TYPE_FINAL and cannot.
#define ITERTOOLS_TYPE(id, qname, printer, ctor, step, ...) \
    ITERTOOLS_TYPE_WITH_FLAGS(id, MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE, \
    qname, printer, ctor, step, ##__VA_ARGS__)
#define ITERTOOLS_TYPE_FINAL(id, qname, printer, ctor, step, ...) \
    ITERTOOLS_TYPE_WITH_FLAGS(id, MP_TYPE_FLAG_ITER_IS_SELF, qname, printer, ctor, step, ##__VA_ARGS__)
// The trailing arguments are further (slot, value) pairs.
#define ITERTOOLS_TYPE_WITH_FLAGS(id, type_flags, qname, printer, ctor, step, ...) \
    static MP_DEFINE_CONST_OBJ_TYPE(id, qname, type_flags, \
        print, printer, \
        make_new, ctor, \
        unary_op, mp_generic_unary_op, \
        getiter, mp_obj_return_self, \
        iternext, step, ##__VA_ARGS__)

// A locals dict with one method.
#define ITERTOOLS_ONE_METHOD_DICT(id, qname, fun_obj) \
    static const mp_rom_map_elem_t id##_table[] = { \
        { MP_ROM_QSTR(qname), MP_ROM_PTR(&fun_obj) }, \
    }; \
    static MP_DEFINE_CONST_DICT(id, id##_table)

// An int-like argument as a machine int, with CPython's TypeError for
// anything else; OverflowError if it does not fit.
static mp_int_t itertools_get_int(mp_obj_t o) {
    mp_obj_t v = mp_seq_index_as_int_raise(o);
    return mp_obj_get_int(v);
}

// A tuple of n NULL items to fill in. n comes from the caller (tee's n,
// combinations' r): n * sizeof(mp_obj_t) must not wrap to a small block.
static mp_obj_tuple_t *itertools_new_tuple(size_t n) {
    m_size_add(m_size_mul(n, sizeof(mp_obj_t)), sizeof(mp_obj_tuple_t));
    return MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
}

// The two arguments of compress, groupby, permutations and combinations,
// by position or keyword, into out[0] and out[1]. second_default is
// MP_OBJ_NULL when the second one is required too; a missing required
// argument is CPython's TypeError, which names it.
static void itertools_parse_two(const mp_obj_type_t *type, qstr first, qstr second, mp_obj_t second_default,
    size_t n_args, size_t n_kw, const mp_obj_t *args, mp_obj_t *out) {
    const mp_arg_t allowed[2] = {
        { first, MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { second, MP_ARG_OBJ, { .u_rom_obj = second_default } },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 2, allowed, vals);
    for (size_t i = 0; i < 2; i++) {
        if (vals[i].u_obj == MP_OBJ_NULL) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() missing required argument '%q' (pos %d)"),
                type->name, (qstr)allowed[i].qst, (int)i + 1);
        }
        out[i] = vals[i].u_obj;
    }
}

// The items of an iterable as a tuple (the iterable itself if it is one).
static mp_obj_tuple_t *itertools_to_tuple(mp_obj_t iterable) {
    if (mp_obj_is_type(iterable, &mp_type_tuple)) {
        return MP_OBJ_TO_PTR(iterable);
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t iter = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, item);
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(list, &len, &items);
    return MP_OBJ_TO_PTR(mp_obj_new_tuple(len, items));
}

// x + 1-style addition with a small-int fast path.
static mp_obj_t itertools_add(mp_obj_t a, mp_obj_t b) {
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        mp_int_t sum = MP_OBJ_SMALL_INT_VALUE(a) + MP_OBJ_SMALL_INT_VALUE(b);
        if (MP_SMALL_INT_FITS(sum)) {
            return MP_OBJ_NEW_SMALL_INT(sum);
        }
    }
    return mp_binary_op(MP_BINARY_OP_ADD, a, b);
}

// "<itertools.chain object at 0x...>": the repr of the iterator types
// other than count and repeat.
static void itertools_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<itertools.%q object at %p>", mp_obj_get_type(self_in)->name, MP_OBJ_TO_PTR(self_in));
}

// ---------------------------------------------------------------------------
// count(start=0, step=1)

typedef struct _itertools_count_t {
    mp_obj_base_t base;
    mp_obj_t cur;
    mp_obj_t step;
} itertools_count_t;

// CPython's test for "a number": the built-in numeric types, and objects
// of user classes with __index__, __int__, __float__ or __complex__.
static void itertools_check_number(mp_obj_t o) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (mp_obj_is_int(o) || mp_obj_is_bool(o) || type == &mp_type_float || type == &mp_type_complex) {
        return;
    }
    if (mp_obj_is_instance_type(type)) {
        static const uint16_t number_methods[] = {
            MP_QSTR___index__, MP_QSTR___int__, MP_QSTR___float__, MP_QSTR___complex__,
        };
        for (size_t i = 0; i < MP_ARRAY_SIZE(number_methods); i++) {
            mp_obj_t dest[2];
            mp_load_method_maybe(o, number_methods[i], dest);
            if (dest[0] != MP_OBJ_NULL) {
                return;
            }
        }
    }
    mp_raise_TypeError(MP_ERROR_TEXT("a number is required"));
}

// CPython counts with a machine int when the step is the int 1
static bool itertools_is_int_one(mp_obj_t o) {
    return (mp_obj_is_int(o) || mp_obj_is_bool(o)) && mp_obj_equal(o, MP_OBJ_NEW_SMALL_INT(1));
}

static mp_obj_t itertools_count_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_start, ARG_step };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_start, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(0) } },
        { MP_QSTR_step, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_INT(1) } },
    };
    if (n_args > 2) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("count() takes at most 2 arguments (%d given)"), (int)n_args);
    }
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_count, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    itertools_check_number(vals[ARG_start].u_obj);
    itertools_check_number(vals[ARG_step].u_obj);
    itertools_count_t *self = m_new_obj(itertools_count_t);
    self->base.type = type;
    self->cur = vals[ARG_start].u_obj;
    self->step = vals[ARG_step].u_obj;
    // so a bool start becomes an int there: count(True) gives 1, 2, ...
    if (mp_obj_is_bool(self->cur) && itertools_is_int_one(self->step)) {
        self->cur = MP_OBJ_NEW_SMALL_INT(self->cur == mp_const_true);
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_count_iternext(mp_obj_t self_in) {
    itertools_count_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t value = self->cur;
    self->cur = itertools_add(value, self->step);
    return value;
}

// "count(5)", or "count(5, 2)" unless the step is the int 1.
static void itertools_count_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    itertools_count_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "count(");
    mp_obj_print_helper(print, self->cur, PRINT_REPR);
    if (!itertools_is_int_one(self->step)) {
        mp_printf(print, ", ");
        mp_obj_print_helper(print, self->step, PRINT_REPR);
    }
    mp_printf(print, ")");
}

ITERTOOLS_TYPE(itertools_count_type, MP_QSTR_count,
    itertools_count_print, itertools_count_make_new, itertools_count_iternext);

// ---------------------------------------------------------------------------
// cycle(iterable): the first pass saves the items, later passes replay them.

typedef struct _itertools_cycle_t {
    mp_obj_base_t base;
    mp_obj_t iter; // MP_OBJ_NULL once the first pass is over
    mp_obj_t saved; // a list
    size_t index;
} itertools_cycle_t;

static mp_obj_t itertools_cycle_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    itertools_check_args(MP_QSTR_cycle, n_args, n_kw, 1, 1);
    mp_obj_t iter = mp_getiter(args[0]);
    itertools_cycle_t *self = m_new_obj(itertools_cycle_t);
    self->base.type = type;
    self->iter = iter;
    self->saved = mp_obj_new_list(0, NULL);
    self->index = 0;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_cycle_iternext(mp_obj_t self_in) {
    itertools_cycle_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->iter != MP_OBJ_NULL) {
        mp_obj_t item = mp_iternext(self->iter);
        if (item != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(self->saved, item);
            return item;
        }
        self->iter = MP_OBJ_NULL;
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(self->saved, &len, &items);
    if (len == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (self->index >= len) {
        self->index = 0;
    }
    return items[self->index++];
}

ITERTOOLS_TYPE(itertools_cycle_type, MP_QSTR_cycle,
    itertools_print, itertools_cycle_make_new, itertools_cycle_iternext);

// ---------------------------------------------------------------------------
// repeat(object[, times])

typedef struct _itertools_repeat_t {
    mp_obj_base_t base;
    mp_obj_t value;
    mp_int_t times; // -1: forever
} itertools_repeat_t;

static mp_obj_t itertools_repeat_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_object, ARG_times };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_object, MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_times, MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
    };
    if (n_args > 2) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("repeat() takes at most 2 arguments (%d given)"), (int)n_args);
    }
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_repeat, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    if (vals[ARG_object].u_obj == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("repeat() missing required argument 'object' (pos 1)"));
    }
    itertools_repeat_t *self = m_new_obj(itertools_repeat_t);
    self->base.type = type;
    self->value = vals[ARG_object].u_obj;
    self->times = -1;
    if (vals[ARG_times].u_obj != MP_OBJ_NULL) {
        mp_int_t times = itertools_get_int(vals[ARG_times].u_obj);
        self->times = times < 0 ? 0 : times;
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_repeat_iternext(mp_obj_t self_in) {
    itertools_repeat_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->times == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (self->times > 0) {
        self->times--;
    }
    return self->value;
}

static void itertools_repeat_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    itertools_repeat_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "repeat(");
    mp_obj_print_helper(print, self->value, PRINT_REPR);
    if (self->times >= 0) {
        mp_printf(print, ", %d", (int)self->times);
    }
    mp_printf(print, ")");
}

// repeat.__length_hint__(): the items left; TypeError when unbounded.
static mp_obj_t itertools_repeat_length_hint(mp_obj_t self_in) {
    itertools_repeat_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->times < 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("len() of unsized object"));
    }
    return MP_OBJ_NEW_SMALL_INT(self->times);
}
static MP_DEFINE_CONST_FUN_OBJ_1(itertools_repeat_length_hint_obj, itertools_repeat_length_hint);

ITERTOOLS_ONE_METHOD_DICT(itertools_repeat_locals_dict, MP_QSTR___length_hint__, itertools_repeat_length_hint_obj);

ITERTOOLS_TYPE(itertools_repeat_type, MP_QSTR_repeat,
    itertools_repeat_print, itertools_repeat_make_new, itertools_repeat_iternext,
    locals_dict, (mp_obj_dict_t *)&itertools_repeat_locals_dict);

// ---------------------------------------------------------------------------
// accumulate(iterable[, func, *, initial=None])

typedef struct _itertools_accumulate_t {
    mp_obj_base_t base;
    mp_obj_t iter;
    mp_obj_t func; // None: addition
    mp_obj_t total; // MP_OBJ_NULL before the first item
    mp_obj_t initial; // MP_OBJ_NULL once yielded (or if not given)
} itertools_accumulate_t;

static mp_obj_t itertools_accumulate_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_iterable, ARG_func, ARG_initial };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_iterable, MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
        { MP_QSTR_func, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_initial, MP_ARG_OBJ | MP_ARG_KW_ONLY, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named_kw_array(MP_QSTR_accumulate, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    if (vals[ARG_iterable].u_obj == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("accumulate() missing required argument 'iterable' (pos 1)"));
    }
    mp_obj_t iter = mp_getiter(vals[ARG_iterable].u_obj);
    itertools_accumulate_t *self = m_new_obj(itertools_accumulate_t);
    self->base.type = type;
    self->iter = iter;
    self->func = vals[ARG_func].u_obj;
    self->total = MP_OBJ_NULL;
    self->initial = vals[ARG_initial].u_obj == mp_const_none ? MP_OBJ_NULL : vals[ARG_initial].u_obj;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_accumulate_iternext(mp_obj_t self_in) {
    itertools_accumulate_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->initial != MP_OBJ_NULL) {
        self->total = self->initial;
        self->initial = MP_OBJ_NULL;
        return self->total;
    }
    mp_obj_t item = mp_iternext(self->iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (self->total == MP_OBJ_NULL) {
        self->total = item;
    } else if (self->func == mp_const_none) {
        self->total = mp_binary_op(MP_BINARY_OP_ADD, self->total, item);
    } else {
        self->total = mp_call_function_2(self->func, self->total, item);
    }
    return self->total;
}

ITERTOOLS_TYPE(itertools_accumulate_type, MP_QSTR_accumulate,
    itertools_print, itertools_accumulate_make_new, itertools_accumulate_iternext);

// ---------------------------------------------------------------------------
// chain(*iterables), chain.from_iterable(iterable)

typedef struct _itertools_chain_t {
    mp_obj_base_t base;
    mp_obj_t source; // iterator over the iterables; MP_OBJ_NULL when done
    mp_obj_t active; // iterator of the current iterable, or MP_OBJ_NULL
} itertools_chain_t;

static const mp_obj_type_t itertools_chain_type;

static mp_obj_t itertools_chain_new(const mp_obj_type_t *type, mp_obj_t source) {
    itertools_chain_t *self = m_new_obj(itertools_chain_t);
    self->base.type = type;
    self->source = source;
    self->active = MP_OBJ_NULL;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_chain_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    itertools_check_args(MP_QSTR_chain, n_args, n_kw, 0, (size_t)-1);
    // The iterables are turned into iterators one at a time, when reached.
    return itertools_chain_new(type, mp_getiter(mp_obj_new_tuple(n_args, args)));
}

static mp_obj_t itertools_chain_iternext(mp_obj_t self_in) {
    itertools_chain_t *self = MP_OBJ_TO_PTR(self_in);
    for (;;) {
        if (self->active == MP_OBJ_NULL) {
            if (self->source == MP_OBJ_NULL) {
                return MP_OBJ_STOP_ITERATION;
            }
            mp_obj_t next_iterable = mp_iternext(self->source);
            if (next_iterable == MP_OBJ_STOP_ITERATION) {
                self->source = MP_OBJ_NULL;
                return MP_OBJ_STOP_ITERATION;
            }
            // Cleared while getiter runs: if it raises, the chain is over,
            // as in CPython.
            mp_obj_t source = self->source;
            self->source = MP_OBJ_NULL;
            self->active = mp_getiter(next_iterable);
            self->source = source;
        }
        mp_obj_t item = mp_iternext(self->active);
        if (item != MP_OBJ_STOP_ITERATION) {
            return item;
        }
        self->active = MP_OBJ_NULL;
    }
}

// chain.from_iterable(iterable) (a classmethod)
static mp_obj_t itertools_chain_from_iterable(mp_obj_t cls, mp_obj_t iterable) {
    (void)cls;
    return itertools_chain_new(&itertools_chain_type, mp_getiter(iterable));
}
static MP_DEFINE_CONST_FUN_OBJ_2(itertools_chain_from_iterable_fun_obj, itertools_chain_from_iterable);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(itertools_chain_from_iterable_obj, MP_ROM_PTR(&itertools_chain_from_iterable_fun_obj));

ITERTOOLS_ONE_METHOD_DICT(itertools_chain_locals_dict, MP_QSTR_from_iterable, itertools_chain_from_iterable_obj);

ITERTOOLS_TYPE(itertools_chain_type, MP_QSTR_chain,
    itertools_print, itertools_chain_make_new, itertools_chain_iternext,
    locals_dict, (mp_obj_dict_t *)&itertools_chain_locals_dict);

// ---------------------------------------------------------------------------
// compress(data, selectors)

typedef struct _itertools_compress_t {
    mp_obj_base_t base;
    mp_obj_t data;
    mp_obj_t selectors;
} itertools_compress_t;

static mp_obj_t itertools_compress_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t vals[2];
    itertools_parse_two(type, MP_QSTR_data, MP_QSTR_selectors, MP_OBJ_NULL, n_args, n_kw, args, vals);
    mp_obj_t data = mp_getiter(vals[0]);
    mp_obj_t selectors = mp_getiter(vals[1]);
    itertools_compress_t *self = m_new_obj(itertools_compress_t);
    self->base.type = type;
    self->data = data;
    self->selectors = selectors;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_compress_iternext(mp_obj_t self_in) {
    itertools_compress_t *self = MP_OBJ_TO_PTR(self_in);
    for (;;) {
        mp_obj_t item = mp_iternext(self->data);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        mp_obj_t selector = mp_iternext(self->selectors);
        if (selector == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        if (mp_obj_is_true(selector)) {
            return item;
        }
    }
}

ITERTOOLS_TYPE(itertools_compress_type, MP_QSTR_compress,
    itertools_print, itertools_compress_make_new, itertools_compress_iternext);

// ---------------------------------------------------------------------------
// dropwhile(predicate, iterable), takewhile(predicate, iterable) and
// filterfalse(predicate, iterable) share one layout; `done` means "the
// predicate failed once" for the first two.

typedef struct _itertools_predicate_t {
    mp_obj_base_t base;
    mp_obj_t predicate;
    mp_obj_t iter;
    bool done;
} itertools_predicate_t;

static mp_obj_t itertools_predicate_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    itertools_check_args(type->name, n_args, n_kw, 2, 2);
    mp_obj_t iter = mp_getiter(args[1]);
    itertools_predicate_t *self = m_new_obj(itertools_predicate_t);
    self->base.type = type;
    self->predicate = args[0];
    self->iter = iter;
    self->done = false;
    return MP_OBJ_FROM_PTR(self);
}

// predicate(item) as a truth value; a None predicate (filterfalse) is bool.
static bool itertools_predicate_test(itertools_predicate_t *self, mp_obj_t item) {
    if (self->predicate == mp_const_none) {
        return mp_obj_is_true(item);
    }
    return mp_obj_is_true(mp_call_function_1(self->predicate, item));
}

static mp_obj_t itertools_dropwhile_iternext(mp_obj_t self_in) {
    itertools_predicate_t *self = MP_OBJ_TO_PTR(self_in);
    for (;;) {
        mp_obj_t item = mp_iternext(self->iter);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        if (self->done || !mp_obj_is_true(mp_call_function_1(self->predicate, item))) {
            self->done = true;
            return item;
        }
    }
}

static mp_obj_t itertools_takewhile_iternext(mp_obj_t self_in) {
    itertools_predicate_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t item = mp_iternext(self->iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (mp_obj_is_true(mp_call_function_1(self->predicate, item))) {
        return item;
    }
    self->done = true;
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t itertools_filterfalse_iternext(mp_obj_t self_in) {
    itertools_predicate_t *self = MP_OBJ_TO_PTR(self_in);
    for (;;) {
        mp_obj_t item = mp_iternext(self->iter);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        if (!itertools_predicate_test(self, item)) {
            return item;
        }
    }
}

ITERTOOLS_TYPE(itertools_dropwhile_type, MP_QSTR_dropwhile,
    itertools_print, itertools_predicate_make_new, itertools_dropwhile_iternext);

ITERTOOLS_TYPE(itertools_takewhile_type, MP_QSTR_takewhile,
    itertools_print, itertools_predicate_make_new, itertools_takewhile_iternext);

ITERTOOLS_TYPE(itertools_filterfalse_type, MP_QSTR_filterfalse,
    itertools_print, itertools_predicate_make_new, itertools_filterfalse_iternext);

// ---------------------------------------------------------------------------
// groupby(iterable, key=None)
//
// The groups share the underlying iterator with the groupby object: at most
// one item is held (current_value, with its key current_key). The newest
// group is the only live one; advancing the groupby object replaces
// `current_group`, which makes every older group iterator stop.

typedef struct _itertools_groupby_t {
    mp_obj_base_t base;
    mp_obj_t iter;
    mp_obj_t key_fn; // None: the items are their own keys
    mp_obj_t target_key; // key of the group last handed out; MP_OBJ_NULL before the first
    mp_obj_t current_key; // key of the item last read; MP_OBJ_NULL before the first
    mp_obj_t current_value; // the item last read, not yet consumed; or MP_OBJ_NULL
    mp_obj_t current_group; // the live group iterator, or MP_OBJ_NULL
} itertools_groupby_t;

typedef struct _itertools_grouper_t {
    mp_obj_base_t base;
    itertools_groupby_t *parent;
    mp_obj_t key;
} itertools_grouper_t;

static const mp_obj_type_t itertools_grouper_type;

// Read the next item and its key; false at the end of the input. The state
// changes only once both the item and its key are known.
static bool itertools_groupby_step(itertools_groupby_t *self) {
    mp_obj_t value = mp_iternext(self->iter);
    if (value == MP_OBJ_STOP_ITERATION) {
        return false;
    }
    mp_obj_t key = self->key_fn == mp_const_none ? value : mp_call_function_1(self->key_fn, value);
    self->current_value = value;
    self->current_key = key;
    return true;
}

static mp_obj_t itertools_groupby_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t vals[2];
    itertools_parse_two(type, MP_QSTR_iterable, MP_QSTR_key, mp_const_none, n_args, n_kw, args, vals);
    mp_obj_t iter = mp_getiter(vals[0]);
    itertools_groupby_t *self = m_new_obj(itertools_groupby_t);
    self->base.type = type;
    self->iter = iter;
    self->key_fn = vals[1];
    self->target_key = MP_OBJ_NULL;
    self->current_key = MP_OBJ_NULL;
    self->current_value = MP_OBJ_NULL;
    self->current_group = MP_OBJ_NULL;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_groupby_iternext(mp_obj_t self_in) {
    itertools_groupby_t *self = MP_OBJ_TO_PTR(self_in);
    self->current_group = MP_OBJ_NULL;
    // Skip what is left of the current group.
    for (;;) {
        if (self->current_key != MP_OBJ_NULL) {
            if (self->target_key == MP_OBJ_NULL || !mp_obj_equal(self->target_key, self->current_key)) {
                break;
            }
        }
        if (!itertools_groupby_step(self)) {
            return MP_OBJ_STOP_ITERATION;
        }
    }
    self->target_key = self->current_key;
    itertools_grouper_t *group = m_new_obj(itertools_grouper_t);
    group->base.type = &itertools_grouper_type;
    group->parent = self;
    group->key = self->target_key;
    self->current_group = MP_OBJ_FROM_PTR(group);
    mp_obj_t pair[2] = { self->target_key, MP_OBJ_FROM_PTR(group) };
    return mp_obj_new_tuple(2, pair);
}

static mp_obj_t itertools_grouper_iternext(mp_obj_t self_in) {
    itertools_grouper_t *self = MP_OBJ_TO_PTR(self_in);
    itertools_groupby_t *parent = self->parent;
    if (parent->current_group != self_in) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (parent->current_value == MP_OBJ_NULL && !itertools_groupby_step(parent)) {
        return MP_OBJ_STOP_ITERATION;
    }
    // The key comparison may run user code that advances the groupby
    // object; as in CPython, the item current after it is taken (if any).
    if (!mp_obj_equal(self->key, parent->current_key) || parent->current_value == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t value = parent->current_value;
    parent->current_value = MP_OBJ_NULL;
    return value;
}

ITERTOOLS_TYPE(itertools_groupby_type, MP_QSTR_groupby,
    itertools_print, itertools_groupby_make_new, itertools_groupby_iternext);

// (no constructor: only groupby makes these)
static MP_DEFINE_CONST_OBJ_TYPE(itertools_grouper_type, MP_QSTR__grouper, MP_TYPE_FLAG_ITER_IS_SELF,
    print, itertools_print,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, itertools_grouper_iternext);

// ---------------------------------------------------------------------------
// islice(iterable, stop), islice(iterable, start, stop[, step])

typedef struct _itertools_islice_t {
    mp_obj_base_t base;
    mp_obj_t iter; // MP_OBJ_NULL once exhausted (or after an error, as in CPython)
    mp_int_t next; // position of the next item to yield
    mp_int_t stop; // -1: no limit
    mp_int_t step;
    mp_int_t count; // items read so far
} itertools_islice_t;

// A start/stop/step argument: None gives dflt, an index its value, anything
// else (or an int too large) -1, as CPython's conversion that clears errors.
static mp_int_t itertools_islice_arg(mp_obj_t o, mp_int_t dflt) {
    if (o == mp_const_none) {
        return dflt;
    }
    mp_obj_t v = mp_seq_index_as_int(o);
    mp_int_t value;
    if (v == MP_OBJ_NULL || !mp_obj_get_int_maybe(v, &value)) {
        return -1;
    }
    return value;
}

// CPython's order and messages: a stop that is no index (or is -1) has its
// own message; other negative stops and bad starts share "Indices".
static mp_obj_t itertools_islice_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    itertools_check_args(MP_QSTR_islice, n_args, n_kw, 2, 4);
    mp_obj_t stop_in = args[n_args == 2 ? 1 : 2];
    mp_int_t stop = itertools_islice_arg(stop_in, -1);
    if (stop == -1 && stop_in != mp_const_none) {
        mp_raise_ValueError(
            MP_ERROR_TEXT("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    mp_int_t start = n_args == 2 ? 0 : itertools_islice_arg(args[1], 0);
    if (start < 0 || stop < -1) {
        mp_raise_ValueError(
            MP_ERROR_TEXT("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    mp_int_t step = n_args == 4 ? itertools_islice_arg(args[3], 1) : 1;
    if (step < 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("Step for islice() must be a positive integer or None."));
    }
    mp_obj_t iter = mp_getiter(args[0]);
    itertools_islice_t *self = m_new_obj(itertools_islice_t);
    self->base.type = type;
    self->iter = iter;
    self->next = start;
    self->stop = stop;
    self->step = step;
    self->count = 0;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_islice_iternext(mp_obj_t self_in) {
    itertools_islice_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t iter = self->iter;
    if (iter == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    // Cleared while the underlying iterator runs: if it raises, the islice
    // stays exhausted, as CPython's does.
    self->iter = MP_OBJ_NULL;
    // As in CPython, items up to start are read even when stop < start.
    while (self->count < self->next) {
        if (mp_iternext(iter) == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        self->count++;
    }
    if (self->stop >= 0 && self->count >= self->stop) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t item = mp_iternext(iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        return MP_OBJ_STOP_ITERATION;
    }
    self->iter = iter;
    self->count++;
    mp_int_t old_next = self->next;
    // Past stop (or overflowing), the next position is stop itself.
    if (self->step > MP_SMALL_INT_MAX - old_next) {
        self->next = self->stop >= 0 ? self->stop : MP_SMALL_INT_MAX;
    } else {
        self->next = old_next + self->step;
        if (self->stop >= 0 && self->next > self->stop) {
            self->next = self->stop;
        }
    }
    return item;
}

ITERTOOLS_TYPE(itertools_islice_type, MP_QSTR_islice,
    itertools_print, itertools_islice_make_new, itertools_islice_iternext);

// ---------------------------------------------------------------------------
// starmap(function, iterable)

typedef struct _itertools_starmap_t {
    mp_obj_base_t base;
    mp_obj_t func;
    mp_obj_t iter;
} itertools_starmap_t;

static mp_obj_t itertools_starmap_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    itertools_check_args(MP_QSTR_starmap, n_args, n_kw, 2, 2);
    mp_obj_t iter = mp_getiter(args[1]);
    itertools_starmap_t *self = m_new_obj(itertools_starmap_t);
    self->base.type = type;
    self->func = args[0];
    self->iter = iter;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_starmap_iternext(mp_obj_t self_in) {
    itertools_starmap_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t item = mp_iternext(self->iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_type(item, &mp_type_list)) {
        mp_obj_list_get(item, &n, &items);
        // A copy: the call may change the list.
        item = mp_obj_new_tuple(n, items);
    }
    mp_obj_tuple_t *call_args = itertools_to_tuple(item);
    return mp_call_function_n_kw(self->func, call_args->len, 0, call_args->items);
}

ITERTOOLS_TYPE(itertools_starmap_type, MP_QSTR_starmap,
    itertools_print, itertools_starmap_make_new, itertools_starmap_iternext);

// ---------------------------------------------------------------------------
// tee(iterable, n=2)
//
// The tee iterators of one tee() call share a singly linked chain of blocks
// holding the items read from the input so far. Each tee iterator points at
// a block and a position in it; blocks that every iterator has passed are
// no longer referenced and the GC takes them, so memory is bounded by the
// distance between the slowest and the fastest iterator.

#define ITERTOOLS_TEE_BLOCK_LEN (32)

// The input shared by the tee iterators of one tee() call. `running` is set
// while its __next__ runs: reading it again from there (through one of the
// tee iterators) raises RuntimeError, as in CPython.
typedef struct _itertools_tee_source_t {
    mp_obj_t iter;
    bool running;
} itertools_tee_source_t;

typedef struct _itertools_tee_block_t {
    struct _itertools_tee_block_t *next; // NULL: not yet read
    itertools_tee_source_t *source;
    size_t len; // items filled in
    mp_obj_t items[ITERTOOLS_TEE_BLOCK_LEN];
} itertools_tee_block_t;

typedef struct _itertools_tee_t {
    mp_obj_base_t base;
    itertools_tee_block_t *block;
    size_t index; // position in block
} itertools_tee_t;

static const mp_obj_type_t itertools_tee_type;

static itertools_tee_block_t *itertools_tee_block_new(itertools_tee_source_t *source) {
    itertools_tee_block_t *block = m_new_obj(itertools_tee_block_t);
    block->next = NULL;
    block->source = source;
    block->len = 0;
    return block;
}

static mp_obj_t itertools_tee_new(itertools_tee_block_t *block, size_t index) {
    itertools_tee_t *self = m_new_obj(itertools_tee_t);
    self->base.type = &itertools_tee_type;
    self->block = block;
    self->index = index;
    return MP_OBJ_FROM_PTR(self);
}

// The next item of the shared input, with `running` set meanwhile (and
// cleared again if it raises).
static mp_obj_t itertools_tee_fetch(itertools_tee_source_t *source) {
    if (source->running) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("cannot re-enter the tee iterator"));
    }
    source->running = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        source->running = false;
        nlr_jump(nlr.ret_val);
    }
    mp_obj_t item = mp_iternext(source->iter);
    nlr_pop();
    source->running = false;
    return item;
}

static mp_obj_t itertools_tee_iternext(mp_obj_t self_in) {
    itertools_tee_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->index == ITERTOOLS_TEE_BLOCK_LEN) {
        itertools_tee_block_t *full = self->block;
        if (full->next == NULL) {
            full->next = itertools_tee_block_new(full->source);
        }
        self->block = full->next;
        self->index = 0;
    }
    itertools_tee_block_t *block = self->block;
    if (self->index == block->len) {
        // At the newest item: read one more. No other read can happen
        // meanwhile, so this block is still the last one and not full.
        mp_obj_t item = itertools_tee_fetch(block->source);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        block->items[block->len++] = item;
    }
    return block->items[self->index++];
}

// tee.__copy__(): a new tee iterator at the same position.
static mp_obj_t itertools_tee_copy(mp_obj_t self_in) {
    itertools_tee_t *self = MP_OBJ_TO_PTR(self_in);
    return itertools_tee_new(self->block, self->index);
}
static MP_DEFINE_CONST_FUN_OBJ_1(itertools_tee_copy_obj, itertools_tee_copy);

ITERTOOLS_ONE_METHOD_DICT(itertools_tee_locals_dict, MP_QSTR___copy__, itertools_tee_copy_obj);

// A tee iterator over iter (a new chain of blocks).
static mp_obj_t itertools_tee_over(mp_obj_t iter) {
    itertools_tee_source_t *source = m_new_obj(itertools_tee_source_t);
    source->iter = iter;
    source->running = false;
    return itertools_tee_new(itertools_tee_block_new(source), 0);
}

// _tee(iterable): one tee iterator; from a tee iterator, a copy of it.
static mp_obj_t itertools_tee_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    itertools_check_args(MP_QSTR__tee, n_args, n_kw, 1, 1);
    mp_obj_t iter = mp_getiter(args[0]);
    if (mp_obj_is_type(iter, &itertools_tee_type)) {
        return itertools_tee_copy(iter);
    }
    return itertools_tee_over(iter);
}

ITERTOOLS_TYPE_FINAL(itertools_tee_type, MP_QSTR__tee, itertools_print, itertools_tee_make_new, itertools_tee_iternext,
    locals_dict, (mp_obj_dict_t *)&itertools_tee_locals_dict);

// tee(iterable, n=2): a tuple of n independent iterators. When the input is
// itself a tee iterator it is the first of them (as in CPython), the
// others are copies of it.
static mp_obj_t itertools_tee(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("tee expected at least 1 argument, got 0"));
    }
    mp_int_t n = n_args > 1 ? itertools_get_int(args[1]) : 2;
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("n must be >= 0"));
    }
    mp_obj_t iter = mp_getiter(args[0]);
    mp_obj_tuple_t *tuple = itertools_new_tuple(n);
    mp_obj_t result = MP_OBJ_FROM_PTR(tuple);
    if (n == 0) {
        return result;
    }
    mp_obj_t first;
    if (mp_obj_is_type(iter, &itertools_tee_type)) {
        first = iter;
    } else {
        first = itertools_tee_over(iter);
    }
    tuple->items[0] = first;
    for (mp_int_t i = 1; i < n; i++) {
        tuple->items[i] = itertools_tee_copy(first);
    }
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(itertools_tee_obj, 0, 2, itertools_tee);

// ---------------------------------------------------------------------------
// zip_longest(*iterables, fillvalue=None)

typedef struct _itertools_zip_longest_t {
    mp_obj_base_t base;
    mp_obj_t fillvalue;
    size_t n_active; // 0: exhausted
    size_t n;
    mp_obj_t iters[]; // MP_OBJ_NULL once exhausted
} itertools_zip_longest_t;

static mp_obj_t itertools_zip_longest_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t fillvalue = mp_const_none;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        if (!mp_obj_is_qstr(key) || MP_OBJ_QSTR_VALUE(key) != MP_QSTR_fillvalue) {
            mp_raise_TypeError(MP_ERROR_TEXT("zip_longest() got an unexpected keyword argument"));
        }
        fillvalue = args[n_args + 2 * i + 1];
    }
    itertools_zip_longest_t *self = m_new_obj_var(itertools_zip_longest_t, mp_obj_t, n_args);
    self->base.type = type;
    self->fillvalue = fillvalue;
    self->n = n_args;
    self->n_active = 0;
    for (size_t i = 0; i < n_args; i++) {
        self->iters[i] = mp_getiter(args[i]);
        self->n_active++;
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_zip_longest_iternext(mp_obj_t self_in) {
    itertools_zip_longest_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->n_active == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t result = mp_obj_new_tuple(self->n, NULL);
    mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(result);
    for (size_t i = 0; i < self->n; i++) {
        mp_obj_t item = MP_OBJ_STOP_ITERATION;
        if (self->iters[i] != MP_OBJ_NULL) {
            item = mp_iternext(self->iters[i]);
            if (item == MP_OBJ_STOP_ITERATION) {
                self->iters[i] = MP_OBJ_NULL;
                if (--self->n_active == 0) {
                    return MP_OBJ_STOP_ITERATION;
                }
            }
        }
        tuple->items[i] = item == MP_OBJ_STOP_ITERATION ? self->fillvalue : item;
    }
    return result;
}

ITERTOOLS_TYPE(itertools_zip_longest_type, MP_QSTR_zip_longest,
    itertools_print, itertools_zip_longest_make_new, itertools_zip_longest_iternext);

// ---------------------------------------------------------------------------
// pairwise(iterable)

typedef struct _itertools_pairwise_t {
    mp_obj_base_t base;
    mp_obj_t iter; // MP_OBJ_NULL once exhausted
    mp_obj_t last; // MP_OBJ_NULL before the first item
} itertools_pairwise_t;

static mp_obj_t itertools_pairwise_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    itertools_check_args(MP_QSTR_pairwise, n_args, n_kw, 1, 1);
    mp_obj_t iter = mp_getiter(args[0]);
    itertools_pairwise_t *self = m_new_obj(itertools_pairwise_t);
    self->base.type = type;
    self->iter = iter;
    self->last = MP_OBJ_NULL;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t itertools_pairwise_iternext(mp_obj_t self_in) {
    itertools_pairwise_t *self = MP_OBJ_TO_PTR(self_in);
    // The source may call back into this pairwise (re-entry), which can
    // clear or move self->iter and self->last under us: work on local copies
    // so that the pair is built from what this call itself fetched.
    mp_obj_t iter = self->iter;
    if (iter == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t prev = self->last;
    if (prev == MP_OBJ_NULL) {
        prev = mp_iternext(iter);
        if (prev == MP_OBJ_STOP_ITERATION) {
            self->iter = MP_OBJ_NULL;
            self->last = MP_OBJ_NULL;
            return MP_OBJ_STOP_ITERATION;
        }
        self->last = prev;
    }
    mp_obj_t item = mp_iternext(iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        self->iter = MP_OBJ_NULL;
        self->last = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t pair[2] = { prev, item };
    self->last = item;
    return mp_obj_new_tuple(2, pair);
}

ITERTOOLS_TYPE(itertools_pairwise_type, MP_QSTR_pairwise,
    itertools_print, itertools_pairwise_make_new, itertools_pairwise_iternext);

// ---------------------------------------------------------------------------
// The combinatoric iterators: product, permutations, combinations,
// combinations_with_replacement. They share one layout: the input pool(s),
// an index vector, and for permutations a countdown vector. `started` is
// false until the first result; `done` is set when they run out.

typedef struct _itertools_comb_t {
    mp_obj_base_t base;
    mp_obj_tuple_t *pool; // combinatorics over one pool
    mp_obj_tuple_t **pools; // product: one pool per position
    size_t n; // len(pool)
    size_t r; // length of each result
    size_t *indices; // r entries (n for permutations)
    size_t *cycles; // permutations only: r entries
    bool started;
    bool done;
} itertools_comb_t;

static itertools_comb_t *itertools_comb_new(const mp_obj_type_t *type, size_t r, size_t n_indices) {
    itertools_comb_t *self = m_new_obj(itertools_comb_t);
    self->base.type = type;
    self->pool = NULL;
    self->pools = NULL;
    self->n = 0;
    self->r = r;
    self->indices = m_malloc_atomic(m_size_mul(n_indices == 0 ? 1 : n_indices, sizeof(size_t)));
    self->cycles = NULL;
    self->started = false;
    self->done = false;
    return self;
}

// The r argument of permutations: an int >= 0.
static size_t itertools_permutations_get_r(mp_obj_t r_in) {
    mp_obj_t v = mp_seq_index_as_int(r_in);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("Expected int as r"));
    }
    mp_int_t r = mp_obj_get_int(v);
    if (r < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("r must be non-negative"));
    }
    return (size_t)r;
}

// product(*iterables, repeat=1)
static mp_obj_t itertools_product_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_int_t repeat = 1;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_t key = args[n_args + 2 * i];
        if (!mp_obj_is_qstr(key) || MP_OBJ_QSTR_VALUE(key) != MP_QSTR_repeat) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("'%s' is an invalid keyword argument for product()"),
                mp_obj_is_str(key) ? mp_obj_str_get_str(key) : "?");
        }
        repeat = itertools_get_int(args[n_args + 2 * i + 1]);
    }
    if (repeat < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("repeat argument cannot be negative"));
    }
    if (n_args != 0 && (size_t)repeat > ((size_t)-1 / sizeof(size_t)) / n_args) {
        mp_raise_OverflowError(MP_ERROR_TEXT("repeat argument too large"));
    }
    if (repeat == 0) {
        // One empty tuple; as in CPython, the iterables are not read.
        n_args = 0;
    }
    size_t r = n_args * (size_t)repeat;
    itertools_comb_t *self = itertools_comb_new(type, r, r);
    self->pools = m_new(mp_obj_tuple_t *, r == 0 ? 1 : r);
    for (size_t i = 0; i < n_args; i++) {
        self->pools[i] = itertools_to_tuple(args[i]);
    }
    for (size_t i = n_args; i < r; i++) {
        self->pools[i] = self->pools[i % n_args];
    }
    for (size_t i = 0; i < r; i++) {
        self->indices[i] = 0;
        if (self->pools[i]->len == 0) {
            self->done = true;
        }
    }
    return MP_OBJ_FROM_PTR(self);
}

// permutations(iterable, r=None)
static mp_obj_t itertools_permutations_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t vals[2];
    itertools_parse_two(type, MP_QSTR_iterable, MP_QSTR_r, mp_const_none, n_args, n_kw, args, vals);
    mp_obj_tuple_t *pool = itertools_to_tuple(vals[0]);
    size_t n = pool->len;
    size_t r = vals[1] == mp_const_none ? n : itertools_permutations_get_r(vals[1]);
    itertools_comb_t *self = itertools_comb_new(type, r, n);
    self->pool = pool;
    self->n = n;
    // Allocated before the r > n test: a huge r is a MemoryError, as in CPython.
    self->cycles = m_malloc_atomic(m_size_mul(r == 0 ? 1 : r, sizeof(size_t)));
    if (r > n) {
        self->done = true;
        return MP_OBJ_FROM_PTR(self);
    }
    for (size_t i = 0; i < n; i++) {
        self->indices[i] = i;
    }
    for (size_t i = 0; i < r; i++) {
        self->cycles[i] = n - i;
    }
    return MP_OBJ_FROM_PTR(self);
}

// combinations(iterable, r) and combinations_with_replacement(iterable, r)
static mp_obj_t itertools_combinations_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t vals[2];
    itertools_parse_two(type, MP_QSTR_iterable, MP_QSTR_r, MP_OBJ_NULL, n_args, n_kw, args, vals);
    mp_obj_tuple_t *pool = itertools_to_tuple(vals[0]);
    mp_int_t r_arg = itertools_get_int(vals[1]);
    if (r_arg < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("r must be non-negative"));
    }
    size_t r = r_arg;
    bool with_replacement = type->name == MP_QSTR_combinations_with_replacement;
    // The index vector is allocated even when nothing will come out (as
    // CPython does): a huge r is a MemoryError either way.
    itertools_comb_t *self = itertools_comb_new(type, r, r);
    self->pool = pool;
    self->n = pool->len;
    self->done = with_replacement ? (pool->len == 0 && r > 0) : r > pool->len;
    for (size_t i = 0; i < r; i++) {
        self->indices[i] = with_replacement ? 0 : i;
    }
    return MP_OBJ_FROM_PTR(self);
}

// Advance position i of the index vector; false when it wrapped, so that
// the position before it must advance.
static bool itertools_comb_step(itertools_comb_t *self, size_t i) {
    size_t n = self->n;
    size_t r = self->r;
    size_t *idx = self->indices;
    if (self->pools != NULL) {
        // product: an odometer, each position counting through its own pool.
        if (++idx[i] < self->pools[i]->len) {
            return true;
        }
        idx[i] = 0;
        return false;
    }
    if (self->cycles != NULL) {
        // permutations, in lexicographic order of positions: idx holds a
        // permutation of range(n) whose first r entries are the result;
        // cycles[i] counts how many more choices position i has.
        if (--self->cycles[i] == 0) {
            // Rotate idx[i:] left by one and restart this position.
            size_t first = idx[i];
            memmove(idx + i, idx + i + 1, (n - 1 - i) * sizeof(size_t));
            idx[n - 1] = first;
            self->cycles[i] = n - i;
            return false;
        }
        size_t j = n - self->cycles[i];
        size_t tmp = idx[i];
        idx[i] = idx[j];
        idx[j] = tmp;
        return true;
    }
    // combinations: without replacement the indices are strictly increasing,
    // so position i can be at most i + n - r; with replacement they never
    // decrease and every position can reach n - 1.
    bool with_replacement = self->base.type->name == MP_QSTR_combinations_with_replacement;
    if (idx[i] == (with_replacement ? n - 1 : i + n - r)) {
        return false;
    }
    idx[i]++;
    for (size_t j = i + 1; j < r; j++) {
        idx[j] = with_replacement ? idx[i] : idx[j - 1] + 1;
    }
    return true;
}

// The next of product, permutations and the combinations: step the index
// vector from the right, then the tuple of the items it points at.
static mp_obj_t itertools_comb_iternext(mp_obj_t self_in) {
    itertools_comb_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (self->started) {
        size_t i = self->r;
        do {
            if (i == 0) {
                self->done = true;
                return MP_OBJ_STOP_ITERATION;
            }
            i--;
        } while (!itertools_comb_step(self, i));
    }
    self->started = true;
    // No size check: the r indices fitted, so r items do too.
    mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(self->r, NULL));
    mp_obj_t *items = tuple->items;
    const size_t *idx = self->indices;
    // Two loops: testing for product once per item costs 3% of a bare loop.
    if (self->pools != NULL) {
        for (size_t i = 0; i < self->r; i++) {
            items[i] = self->pools[i]->items[idx[i]];
        }
    } else {
        const mp_obj_t *src = self->pool->items;
        for (size_t i = 0; i < self->r; i++) {
            items[i] = src[idx[i]];
        }
    }
    return MP_OBJ_FROM_PTR(tuple);
}

ITERTOOLS_TYPE(itertools_product_type, MP_QSTR_product,
    itertools_print, itertools_product_make_new, itertools_comb_iternext);

ITERTOOLS_TYPE(itertools_permutations_type, MP_QSTR_permutations,
    itertools_print, itertools_permutations_make_new, itertools_comb_iternext);

ITERTOOLS_TYPE(itertools_combinations_type, MP_QSTR_combinations,
    itertools_print, itertools_combinations_make_new, itertools_comb_iternext);

ITERTOOLS_TYPE(itertools_combinations_with_replacement_type, MP_QSTR_combinations_with_replacement,
    itertools_print, itertools_combinations_make_new, itertools_comb_iternext);

// ---------------------------------------------------------------------------
// The module.

static const mp_rom_map_elem_t mp_module_itertools_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_itertools) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&itertools_count_type) },
    { MP_ROM_QSTR(MP_QSTR_cycle), MP_ROM_PTR(&itertools_cycle_type) },
    { MP_ROM_QSTR(MP_QSTR_repeat), MP_ROM_PTR(&itertools_repeat_type) },
    { MP_ROM_QSTR(MP_QSTR_accumulate), MP_ROM_PTR(&itertools_accumulate_type) },
    { MP_ROM_QSTR(MP_QSTR_chain), MP_ROM_PTR(&itertools_chain_type) },
    { MP_ROM_QSTR(MP_QSTR_compress), MP_ROM_PTR(&itertools_compress_type) },
    { MP_ROM_QSTR(MP_QSTR_dropwhile), MP_ROM_PTR(&itertools_dropwhile_type) },
    { MP_ROM_QSTR(MP_QSTR_takewhile), MP_ROM_PTR(&itertools_takewhile_type) },
    { MP_ROM_QSTR(MP_QSTR_filterfalse), MP_ROM_PTR(&itertools_filterfalse_type) },
    { MP_ROM_QSTR(MP_QSTR_groupby), MP_ROM_PTR(&itertools_groupby_type) },
    { MP_ROM_QSTR(MP_QSTR_islice), MP_ROM_PTR(&itertools_islice_type) },
    { MP_ROM_QSTR(MP_QSTR_starmap), MP_ROM_PTR(&itertools_starmap_type) },
    { MP_ROM_QSTR(MP_QSTR_zip_longest), MP_ROM_PTR(&itertools_zip_longest_type) },
    { MP_ROM_QSTR(MP_QSTR_pairwise), MP_ROM_PTR(&itertools_pairwise_type) },
    { MP_ROM_QSTR(MP_QSTR_product), MP_ROM_PTR(&itertools_product_type) },
    { MP_ROM_QSTR(MP_QSTR_permutations), MP_ROM_PTR(&itertools_permutations_type) },
    { MP_ROM_QSTR(MP_QSTR_combinations), MP_ROM_PTR(&itertools_combinations_type) },
    { MP_ROM_QSTR(MP_QSTR_combinations_with_replacement), MP_ROM_PTR(&itertools_combinations_with_replacement_type) },
    { MP_ROM_QSTR(MP_QSTR__tee), MP_ROM_PTR(&itertools_tee_type) },
    { MP_ROM_QSTR(MP_QSTR__grouper), MP_ROM_PTR(&itertools_grouper_type) },
    { MP_ROM_QSTR(MP_QSTR_tee), MP_ROM_PTR(&itertools_tee_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_itertools_globals, mp_module_itertools_globals_table);

const mp_obj_module_t mp_module_itertools = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_itertools_globals,
};

MP_REGISTER_MODULE(MP_QSTR_itertools, mp_module_itertools);

#endif // MICROPY_PY_ITERTOOLS
