// The dict variants of the collections module: OrderedDict (move_to_end,
// popitem(last=), order-sensitive ==), defaultdict (default_factory and
// __missing__) and Counter (counting constructor and update/subtract,
// most_common, elements, total, + - | &), with CPython's reprs.
//
// Representation: each object wraps a plain dict that holds the items (a
// built-in dict subclass cannot share dict's layout here: dict's methods
// accept only dicts and instances of Python subclasses). The wrapper
// forwards every dict method and slot to that dict, and the types list dict
// as their base, so isinstance(x, dict) holds.
#include "py/mpconfig.h"

#include "extmod/modcollections.h"

#if MICROPY_PY_COLLECTIONS

#include <string.h>

#include "py/runtime.h"
#include "py/objtype_internal.h"
#include "py/map.h"
#include "py/sequence.h"

typedef struct _mp_obj_dictsub_t {
    mp_obj_base_t base;
    mp_obj_t dict; // the items; first after base: py/objdict.c finds it there
    mp_obj_t default_factory; // defaultdict only; None elsewhere
    mp_obj_dict_t *attrs; // OrderedDict and Counter: __dict__, NULL until used
    size_t moves; // OrderedDict: reorderings by move_to_end, for its iterators
} mp_obj_dictsub_t;

static bool is_dictsub_type(const mp_obj_type_t *t) {
    return t == &mp_type_ordereddict || t == &mp_type_defaultdict || t == &mp_type_counter;
}

// The wrapper behind o (o itself or the native part of a Python subclass
// instance), or NULL.
static mp_obj_dictsub_t *dictsub_cast(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_NULL);
    if (!mp_obj_is_obj(native) || !is_dictsub_type(mp_obj_get_type(native))) {
        return NULL;
    }
    return MP_OBJ_TO_PTR(native);
}

static mp_obj_dictsub_t *dictsub_self(mp_obj_t o) {
    mp_obj_dictsub_t *d = dictsub_cast(o);
    if (d == NULL) {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("descriptor requires a 'dict' subclass object but received a '%s'"));
    }
    return d;
}

// The plain dict behind a dict-like argument: a wrapper's dict, else o.
static mp_obj_t inner_of(mp_obj_t o) {
    mp_obj_dictsub_t *d = dictsub_cast(o);
    return d != NULL ? d->dict : o;
}

static mp_obj_dictsub_t *dictsub_alloc(const mp_obj_type_t *type, mp_obj_t dict) {
    mp_obj_dictsub_t *o = m_new_obj(mp_obj_dictsub_t);
    o->base.type = type;
    o->dict = dict;
    o->default_factory = mp_const_none;
    o->attrs = NULL;
    o->moves = 0;
    return o;
}

static mp_obj_t new_plain_dict(size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return MP_OBJ_TYPE_GET_SLOT(&mp_type_dict, make_new)(&mp_type_dict, n_args, n_kw, args);
}

static mp_obj_t dict_get_or(mp_obj_t dict, mp_obj_t key, mp_obj_t dflt) {
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(dict), key, MP_MAP_LOOKUP);
    return e == NULL ? dflt : e->value;
}

// ---------------------------------------------------------------------------
// Counter helpers.

// Count the elements of an iterable, or add a mapping's counts, into dict
// (sign -1 subtracts: Counter.subtract).
static void counter_add_from(mp_obj_t dict, mp_obj_t src, int sign) {
    mp_obj_t dest[2];
    mp_load_method_maybe(src, MP_QSTR_items, dest);
    mp_binary_op_t op = sign > 0 ? MP_BINARY_OP_ADD : MP_BINARY_OP_SUBTRACT;
    if (dest[0] != MP_OBJ_NULL && !mp_obj_is_str_or_bytes(src)) {
        // A mapping added to an empty Counter is copied as it is (counts
        // of any type, even None), as CPython does; otherwise counts add.
        bool copy = sign > 0 && mp_obj_dict_get_map(dict)->used == 0;
        mp_obj_t it = mp_getiter(mp_call_method_n_kw(0, 0, dest));
        mp_obj_t kv;
        while ((kv = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_t *item;
            mp_obj_get_array_fixed_n(kv, 2, &item);
            if (copy) {
                mp_obj_dict_store(dict, item[0], item[1]);
                continue;
            }
            mp_obj_t old = dict_get_or(dict, item[0], MP_OBJ_NEW_SMALL_INT(0));
            mp_obj_dict_store(dict, item[0], mp_binary_op(op, old, item[1]));
        }
        return;
    }
    mp_obj_t it = mp_getiter(src);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t old = dict_get_or(dict, x, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_dict_store(dict, x, mp_binary_op(op, old, MP_OBJ_NEW_SMALL_INT(1)));
    }
}

static void counter_add_kw(mp_obj_t dict, mp_map_t *kw_args, int sign) {
    if (kw_args == NULL) {
        return;
    }
    mp_binary_op_t op = sign > 0 ? MP_BINARY_OP_ADD : MP_BINARY_OP_SUBTRACT;
    // Keywords form one more mapping: copied into an empty Counter.
    bool copy = sign > 0 && mp_obj_dict_get_map(dict)->used == 0;
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(kw_args, &cur)) != NULL) {
        if (copy) {
            mp_obj_dict_store(dict, e->key, e->value);
            continue;
        }
        mp_obj_t old = dict_get_or(dict, e->key, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_dict_store(dict, e->key, mp_binary_op(op, old, e->value));
    }
}

// Item (key, count) -> count: the sort key of most_common.
static mp_obj_t counter_count_key(mp_obj_t item) {
    return mp_obj_subscr(item, MP_OBJ_NEW_SMALL_INT(1), MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(counter_count_key_obj, counter_count_key);

// The items as a list of (key, count) tuples, most common first (stable).
static mp_obj_t counter_sorted_items(mp_obj_t dict) {
    mp_map_t *map = mp_obj_dict_get_map(dict);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        mp_obj_t kv[2] = { e->key, e->value };
        mp_obj_list_append(list, mp_obj_new_tuple(2, kv));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    mp_obj_list_sort_items(items, n, MP_OBJ_FROM_PTR(&counter_count_key_obj), true);
    return list;
}

// ---------------------------------------------------------------------------
// Construction (also used by __init__ and copy()).

static mp_obj_dictsub_t *dictsub_build(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (type == &mp_type_defaultdict) {
        mp_obj_t factory = mp_const_none;
        if (n_args > 0) {
            factory = args[0];
            if (factory != mp_const_none && !mp_obj_is_callable(factory)) {
                mp_raise_TypeError(MP_ERROR_TEXT("first argument must be callable or None"));
            }
            n_args--;
            args++;
        }
        mp_obj_dictsub_t *o = dictsub_alloc(type, new_plain_dict(n_args, n_kw, args));
        o->default_factory = factory;
        return o;
    }
    if (type == &mp_type_counter) {
        if (n_args > 1) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("expected at most 1 argument, got %d"), (int)n_args);
        }
        mp_obj_dictsub_t *o = dictsub_alloc(type, mp_obj_new_dict(0));
        if (n_args == 1 && args[0] != mp_const_none) {
            counter_add_from(o->dict, args[0], 1);
        }
        bool copy = mp_obj_dict_get_map(o->dict)->used == 0;
        for (size_t i = 0; i < n_kw; i++) {
            mp_obj_t key = args[n_args + 2 * i];
            mp_obj_t value = args[n_args + 2 * i + 1];
            if (!copy) {
                mp_obj_t old = dict_get_or(o->dict, key, MP_OBJ_NEW_SMALL_INT(0));
                value = mp_binary_op(MP_BINARY_OP_ADD, old, value);
            }
            mp_obj_dict_store(o->dict, key, value);
        }
        return o;
    }
    return dictsub_alloc(type, new_plain_dict(n_args, n_kw, args));
}

static mp_obj_t dictsub_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(dictsub_build(type, n_args, n_kw, args));
}

// ---------------------------------------------------------------------------
// Slots.

// The items of a dict as a list of (key, value) tuples, in order.
static mp_obj_t items_list(mp_obj_t dict) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_map_t *map = mp_obj_dict_get_map(dict);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        mp_obj_t kv[2] = { e->key, e->value };
        mp_obj_list_append(list, mp_obj_new_tuple(2, kv));
    }
    return list;
}

static void defaultdict_print_factory(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_print_helper(print, dictsub_self(self_in)->default_factory, PRINT_REPR);
}

// The items a Counter's repr shows: most common first, or in insertion
// order when the counts do not compare (None, strings and ints mixed...).
static mp_obj_t counter_repr_items(mp_obj_t dict) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t sorted = counter_sorted_items(dict);
        nlr_pop();
        return sorted;
    }
    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
        nlr_jump(nlr.ret_val);
    }
    return items_list(dict);
}

// OrderedDict([(key, value), ...]) as CPython 3.11 prints it, from a
// snapshot of the items: a key's __repr__ may grow the dict, which frees
// the table being walked.
static void odict_print_items(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "%q([", mp_obj_get_type(self_in)->name);
    size_t len;
    mp_obj_t *items;
    mp_obj_list_get(items_list(dictsub_self(self_in)->dict), &len, &items);
    for (size_t i = 0; i < len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, items[i], PRINT_REPR);
    }
    mp_print_str(print, "])");
}

static void dictsub_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    qstr name = mp_obj_get_type(self_in)->name;
    size_t n = mp_obj_dict_len(self->dict);
    if (self->base.type == &mp_type_defaultdict) {
        mp_printf(print, "%q(", name);
        // A factory whose repr shows this dict again (a bound method of it)
        // prints as "...".
        if (!mp_seq_print_guarded(print, self_in, kind, defaultdict_print_factory)) {
            mp_print_str(print, "...");
        }
        mp_print_str(print, ", ");
        mp_obj_print_helper(print, self->dict, PRINT_REPR);
        mp_print_str(print, ")");
        return;
    }
    if (n == 0) {
        mp_printf(print, "%q()", name);
        return;
    }
    if (self->base.type == &mp_type_counter) {
        // Counter({key: count, ...}) with the most common first.
        mp_printf(print, "%q({", name);
        size_t len;
        mp_obj_t *items;
        mp_obj_list_get(counter_repr_items(self->dict), &len, &items);
        for (size_t i = 0; i < len; i++) {
            mp_obj_t *kv;
            mp_obj_get_array_fixed_n(items[i], 2, &kv);
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, kv[0], PRINT_REPR);
            mp_print_str(print, ": ");
            mp_obj_print_helper(print, kv[1], PRINT_REPR);
        }
        mp_print_str(print, "})");
        return;
    }
    // An OrderedDict met again inside itself prints as "...".
    if (!mp_seq_print_guarded(print, self_in, kind, odict_print_items)) {
        mp_print_str(print, "...");
    }
}

static mp_obj_t dictsub_copy_of(mp_obj_dictsub_t *self) {
    mp_obj_dictsub_t *c = dictsub_alloc(self->base.type, mp_obj_dict_copy(self->dict));
    c->default_factory = self->default_factory;
    return MP_OBJ_FROM_PTR(c);
}

// copy() of self_in, a wrapper or an instance of a Python subclass of one:
// a subclass copies through its own constructor, as CPython's copy()
// methods do (type(self)(self), and type(self)(default_factory, self) for
// defaultdict), so the copy is of the subclass.
static mp_obj_t dictsub_copy_any(mp_obj_t self_in) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    if (MP_OBJ_FROM_PTR(self) == self_in) {
        return dictsub_copy_of(self);
    }
    mp_obj_t cls = MP_OBJ_FROM_PTR(mp_obj_get_type(self_in));
    if (self->base.type == &mp_type_defaultdict) {
        return mp_call_function_2(cls, self->default_factory, self_in);
    }
    return mp_call_function_1(cls, self_in);
}

// Counter arithmetic: the keys of both with op applied to the counts,
// keeping only positive results (CPython's multiset semantics).
static mp_obj_t counter_combine(mp_obj_dictsub_t *a, mp_obj_t b_dict, mp_binary_op_t op) {
    mp_obj_dictsub_t *res = dictsub_alloc(&mp_type_counter, mp_obj_new_dict(0));
    mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
    for (int pass = 0; pass < 2; pass++) {
        mp_obj_t src = pass == 0 ? a->dict : b_dict;
        mp_map_t *map = mp_obj_dict_get_map(src);
        size_t used = map->used;
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            // The counts' + and < may run code that changes either dict
            // (freeing the table e points into): keep the key itself, and
            // stop as CPython's loop over items() does.
            if (map->used != used) {
                mp_raise_RuntimeError(MP_ERROR_TEXT("dictionary changed size during iteration"));
            }
            mp_obj_t key = e->key;
            if (pass == 1 &&
                mp_map_lookup(mp_obj_dict_get_map(a->dict), key, MP_MAP_LOOKUP) != NULL) {
                continue;
            }
            mp_obj_t x = dict_get_or(a->dict, key, zero);
            mp_obj_t y = dict_get_or(b_dict, key, zero);
            mp_obj_t v;
            switch (op) {
                case MP_BINARY_OP_ADD:
                    v = mp_binary_op(MP_BINARY_OP_ADD, x, y);
                    break;
                case MP_BINARY_OP_SUBTRACT:
                    v = mp_binary_op(MP_BINARY_OP_SUBTRACT, x, y);
                    break;
                case MP_BINARY_OP_OR:
                    v = mp_obj_less(x, y) ? y : x;
                    break;
                default: // AND
                    v = mp_obj_less(x, y) ? x : y;
                    break;
            }
            if (mp_obj_less(zero, v)) {
                mp_obj_dict_store(res->dict, key, v);
            }
        }
    }
    return MP_OBJ_FROM_PTR(res);
}

// Counter += -= &= |= other: the combined counts replace self's own
// (self's keys keep their places, new keys follow, as CPython updates in
// place), and self itself is the result. other is any dict.
static mp_obj_t counter_combine_in_place(
    mp_obj_dictsub_t *self, mp_obj_t self_in, mp_obj_t other, mp_binary_op_t op) {
    if (!mp_obj_is_instance_of(other, &mp_type_dict)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t res = counter_combine(self, other, op);
    mp_obj_t dest[3];
    mp_load_method(self->dict, MP_QSTR_clear, dest);
    mp_call_method_n_kw(0, 0, dest);
    mp_load_method(self->dict, MP_QSTR_update, dest);
    dest[2] = dictsub_self(res)->dict;
    mp_call_method_n_kw(1, 0, dest);
    return self_in;
}

// For every key of either Counter, a's count (0 if missing) is == b's
// (equal) or <= b's (not equal); both sides are walked so keys found in
// only one of them count too.
static bool counter_includes(mp_obj_dictsub_t *a, mp_obj_dictsub_t *b, bool equal) {
    mp_obj_t zero = MP_OBJ_NEW_SMALL_INT(0);
    for (int pass = 0; pass < 2; pass++) {
        mp_map_t *map = mp_obj_dict_get_map(pass == 0 ? a->dict : b->dict);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_obj_t x = dict_get_or(a->dict, e->key, zero);
            mp_obj_t y = dict_get_or(b->dict, e->key, zero);
            bool ok = equal ? mp_obj_equal(x, y)
                            : mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS_EQUAL, x, y));
            if (!ok) {
                return false;
            }
        }
    }
    return true;
}

static mp_obj_t dictsub_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    if (self->base.type == &mp_type_counter
        && (op == MP_UNARY_OP_POSITIVE || op == MP_UNARY_OP_NEGATIVE)) {
        // +c keeps the positive counts, -c negates the negative ones (both
        // as adding to an empty Counter, in CPython's key order).
        if (op == MP_UNARY_OP_POSITIVE) {
            return counter_combine(self, mp_obj_new_dict(0), MP_BINARY_OP_ADD);
        }
        mp_obj_dictsub_t *empty = dictsub_alloc(&mp_type_counter, mp_obj_new_dict(0));
        return counter_combine(empty, self->dict, MP_BINARY_OP_SUBTRACT);
    }
    if (op == MP_UNARY_OP_HASH) {
        // (a Python subclass's instance gets its own name from mp_obj_hash)
        mp_raise_TypeError_varg(MP_ERROR_TEXT("unhashable type: '%s'"),
            mp_obj_type_tp_name(self->base.type));
    }
    return MP_OBJ_TYPE_GET_SLOT(&mp_type_dict, unary_op)(op, self->dict);
}

static mp_obj_t dictsub_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_dictsub_t *self = dictsub_self(lhs_in);
    mp_obj_t rhs = inner_of(rhs_in);
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            mp_obj_dictsub_t *other = dictsub_cast(rhs_in);
            if (self->base.type == &mp_type_ordereddict && other != NULL &&
                other->base.type == &mp_type_ordereddict) {
                // Two OrderedDicts are equal only with the same order.
                bool eq = mp_obj_equal(items_list(self->dict), items_list(other->dict));
                return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
            }
            if (self->base.type == &mp_type_counter && other != NULL &&
                other->base.type == &mp_type_counter) {
                // Missing counts are zero (CPython 3.10 on).
                bool eq = counter_includes(self, other, true) && counter_includes(other, self, true);
                return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
            }
            if (!mp_obj_is_instance_of(rhs, &mp_type_dict)) {
                return MP_OBJ_NULL;
            }
            bool eq = mp_obj_equal(self->dict, rhs);
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            // Counters order as multisets: a <= b when every count of a is
            // at most b's; < and > also need them to differ.
            mp_obj_dictsub_t *other = dictsub_cast(rhs_in);
            if (self->base.type != &mp_type_counter || other == NULL ||
                other->base.type != &mp_type_counter) {
                return MP_OBJ_NULL;
            }
            bool less = op == MP_BINARY_OP_LESS || op == MP_BINARY_OP_LESS_EQUAL;
            mp_obj_dictsub_t *small = less ? self : other;
            mp_obj_dictsub_t *big = less ? other : self;
            bool res = counter_includes(small, big, false);
            if (res && (op == MP_BINARY_OP_LESS || op == MP_BINARY_OP_MORE)) {
                res = !counter_includes(big, small, false);
            }
            return mp_obj_new_bool(res);
        }
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_INPLACE_OR:
            if (self->base.type == &mp_type_counter && op == MP_BINARY_OP_OR) {
                if (dictsub_cast(rhs_in) == NULL ||
                    dictsub_cast(rhs_in)->base.type != &mp_type_counter) {
                    return MP_OBJ_NULL;
                }
                return counter_combine(self, rhs, op);
            }
            if (self->base.type == &mp_type_counter) {
                // Counter |= other: the larger count of each key, in place.
                return counter_combine_in_place(self, lhs_in, rhs, MP_BINARY_OP_OR);
            }
            // (|= takes anything update() takes, as dict's does.)
            if (op == MP_BINARY_OP_OR && !mp_obj_is_instance_of(rhs, &mp_type_dict)) {
                return MP_OBJ_NULL;
            }
            if (op == MP_BINARY_OP_OR) {
                mp_obj_t res = dictsub_copy_any(lhs_in);
                mp_obj_dictsub_t *r = dictsub_self(res);
                mp_obj_t dest[3];
                mp_load_method(r->dict, MP_QSTR_update, dest);
                dest[2] = rhs;
                mp_call_method_n_kw(1, 0, dest);
                return res;
            } else {
                mp_obj_t dest[3];
                mp_load_method(self->dict, MP_QSTR_update, dest);
                dest[2] = rhs;
                mp_call_method_n_kw(1, 0, dest);
                return lhs_in;
            }
        case MP_BINARY_OP_REVERSE_OR: {
            // plain_dict | self: the dict's items first, then self's; the
            // result is of self's kind (a plain dict for a Counter).
            if (dictsub_cast(rhs_in) != NULL || !mp_obj_is_instance_of(rhs_in, &mp_type_dict)) {
                return MP_OBJ_NULL;
            }
            mp_obj_t res, target;
            if (self->base.type == &mp_type_counter) {
                res = target = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), rhs_in);
            } else {
                res = dictsub_copy_any(lhs_in);
                target = dictsub_self(res)->dict;
                mp_obj_t dest[3];
                mp_load_method(target, MP_QSTR_clear, dest);
                mp_call_method_n_kw(0, 0, dest);
                mp_load_method(target, MP_QSTR_update, dest);
                dest[2] = rhs_in;
                mp_call_method_n_kw(1, 0, dest);
            }
            mp_obj_t dest[3];
            mp_load_method(target, MP_QSTR_update, dest);
            dest[2] = self->dict;
            mp_call_method_n_kw(1, 0, dest);
            return res;
        }
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_SUBTRACT:
        case MP_BINARY_OP_AND: {
            mp_obj_dictsub_t *other = dictsub_cast(rhs_in);
            if (self->base.type != &mp_type_counter || other == NULL ||
                other->base.type != &mp_type_counter) {
                return MP_OBJ_NULL;
            }
            return counter_combine(self, other->dict, op);
        }
        case MP_BINARY_OP_INPLACE_ADD:
        case MP_BINARY_OP_INPLACE_SUBTRACT:
        case MP_BINARY_OP_INPLACE_AND:
            if (self->base.type != &mp_type_counter) {
                return MP_OBJ_NULL;
            }
            return counter_combine_in_place(self, lhs_in, rhs,
                op == MP_BINARY_OP_INPLACE_ADD ? MP_BINARY_OP_ADD
                : op == MP_BINARY_OP_INPLACE_SUBTRACT ? MP_BINARY_OP_SUBTRACT
                : MP_BINARY_OP_AND);
        case MP_BINARY_OP_CONTAINS:
            return MP_OBJ_TYPE_GET_SLOT(&mp_type_dict, binary_op)(op, self->dict, rhs_in);
        default:
            return MP_OBJ_NULL;
    }
}

static const mp_obj_fun_builtin_fixed_t ddict___missing___obj;

// d[key] when key is missing.
static mp_obj_t dictsub_missing(mp_obj_dictsub_t *self, mp_obj_t key) {
    if (self->base.type == &mp_type_counter) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (self->base.type == &mp_type_defaultdict && self->default_factory != mp_const_none) {
        mp_obj_t v = mp_call_function_0(self->default_factory);
        mp_obj_dict_store(self->dict, key, v);
        return v;
    }
    mp_raise_KeyError(key);
}

static mp_obj_t dictsub_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    if (value == MP_OBJ_SENTINEL) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(self->dict), index, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
        if (mp_obj_get_type(self_in) != self->base.type) {
            // A Python subclass: its own __missing__ (if any) decides, as dict's do.
            mp_obj_t dest[3];
            mp_load_method_maybe(self_in, MP_QSTR___missing__, dest);
            if (dest[0] != MP_OBJ_NULL && dest[0] != MP_OBJ_FROM_PTR(&ddict___missing___obj)) {
                dest[2] = index;
                return mp_call_method_n_kw(1, 0, dest);
            }
        }
        return dictsub_missing(self, index);
    }
    if (value == MP_OBJ_NULL && self->base.type == &mp_type_counter) {
        // Counter ignores deleting a missing key.
        mp_map_lookup(mp_obj_dict_get_map(self->dict), index, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        return mp_const_none;
    }
    return MP_OBJ_TYPE_GET_SLOT(&mp_type_dict, subscr)(self->dict, index, value);
}

// Iterating an OrderedDict: the plain dict's iterator, which catches a
// change of size, and a reordering by move_to_end is refused as well, as
// CPython's OrderedDict does.
typedef struct _odict_it_t {
    mp_obj_base_t base;
    mp_obj_dictsub_t *od;
    mp_obj_t it;
    size_t moves;
} odict_it_t;

static mp_obj_t odict_it_iternext(mp_obj_t self_in) {
    odict_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->od->moves != self->moves) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("OrderedDict mutated during iteration"));
    }
    return mp_iternext(self->it);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    odict_it_type, MP_QSTR_odict_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, odict_it_iternext
    );

static mp_obj_t dictsub_getiter(mp_obj_t self_in) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    mp_obj_t it = mp_getiter(self->dict);
    if (self->base.type != &mp_type_ordereddict) {
        return it;
    }
    odict_it_t *o = m_new_obj(odict_it_t);
    o->base.type = &odict_it_type;
    o->od = self;
    o->it = it;
    o->moves = self->moves;
    return MP_OBJ_FROM_PTR(o);
}

static void dictsub_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    if (self->base.type != &mp_type_defaultdict) {
        // OrderedDict and Counter instances take attributes, as CPython's.
        mp_obj_dict_attr_slot(&self->attrs, attr, dest);
        return;
    }
    if (attr != MP_QSTR_default_factory) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        dest[0] = self->default_factory;
    } else if (dest[1] != MP_OBJ_NULL) {
        self->default_factory = dest[1];
        dest[0] = MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Methods shared by the three types: dict's, applied to the inner dict.

static mp_obj_t forward(qstr name, size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_dictsub_t *self = dictsub_self(args[0]);
    mp_obj_t meth = mp_load_attr(self->dict, name);
    // OrderedDict's pop and setdefault (its own methods in CPython, not
    // dict's) also take default= by name.
    mp_map_elem_t *def;
    if ((name == MP_QSTR_pop || name == MP_QSTR_setdefault) && n_args == 2 && kw_args != NULL &&
        kw_args->used == 1 && self->base.type == &mp_type_ordereddict &&
        (def = mp_map_lookup(kw_args, MP_OBJ_NEW_QSTR(MP_QSTR_default), MP_MAP_LOOKUP)) != NULL) {
        return mp_call_function_2(meth, args[1], def->value);
    }
    return mp_call_function_n_kw_map(meth, n_args - 1, args + 1, kw_args);
}

#define DICTSUB_FORWARD(name)                                                                      \
    static mp_obj_t dictsub_##name(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {       \
        return forward(MP_QSTR_##name, n_args, args, kw_args);                                     \
    }                                                                                              \
    static MP_DEFINE_CONST_FUN_OBJ_KW(dictsub_##name##_obj, 1, dictsub_##name);

// keys(), values(), items(): dict's views of self (not of the inner dict),
// so that they print as CPython's (odict_keys([...])) and their .mapping is self.
static mp_obj_t dictsub_view(qstr name, mp_obj_t self_in) {
    dictsub_self(self_in);
    // (dict's function itself: dict.keys would pass the native part of a subclass instance)
    mp_map_t *dict_methods = &MP_OBJ_TYPE_GET_SLOT(&mp_type_dict, locals_dict)->map;
    mp_map_elem_t *fun = mp_map_lookup(dict_methods, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return mp_call_function_1(fun->value, self_in);
}

#define DICTSUB_VIEW(name)                                 \
    static mp_obj_t dictsub_##name(mp_obj_t self_in) {     \
        return dictsub_view(MP_QSTR_##name, self_in);      \
    }                                                      \
    static MP_DEFINE_CONST_FUN_OBJ_1(dictsub_##name##_obj, dictsub_##name);

DICTSUB_VIEW(keys)
DICTSUB_VIEW(values)
DICTSUB_VIEW(items)
DICTSUB_FORWARD(get)
DICTSUB_FORWARD(setdefault)
DICTSUB_FORWARD(pop)
DICTSUB_FORWARD(update)
DICTSUB_FORWARD(popitem)
DICTSUB_FORWARD(clear)
DICTSUB_FORWARD(__setitem__)
DICTSUB_FORWARD(__contains__)
DICTSUB_FORWARD(__len__)
DICTSUB_FORWARD(__reversed__)

// __iter__(): an OrderedDict's refuses a move_to_end while iterating.
static mp_obj_t dictsub___iter__(mp_obj_t self_in) {
    return dictsub_getiter(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dictsub___iter___obj, dictsub___iter__);

// __getitem__(key): with the type's missing-key rule.
static mp_obj_t dictsub___getitem__(mp_obj_t self_in, mp_obj_t key) {
    return dictsub_subscr(self_in, key, MP_OBJ_SENTINEL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(dictsub___getitem___obj, dictsub___getitem__);

// __delitem__(key): as del self[key] (Counter's ignores a missing key).
static mp_obj_t dictsub___delitem__(mp_obj_t self_in, mp_obj_t key) {
    dictsub_subscr(self_in, key, MP_OBJ_NULL);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(dictsub___delitem___obj, dictsub___delitem__);

// copy()
static mp_obj_t dictsub_copy(mp_obj_t self_in) {
    return dictsub_copy_any(self_in);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dictsub_copy_obj, dictsub_copy);

static bool counter_count_via_instance(mp_obj_t self_obj, mp_obj_t src);

// __init__(*args, **kwargs): (re)initialise, as the constructor does.
static mp_obj_t dictsub___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_dictsub_t *self = dictsub_self(args[0]);
    if (self->base.type == &mp_type_counter) {
        // Counter's is self.update(iterable=None, **kwds): counts add to
        // those already there.
        mp_obj_t none = mp_const_none;
        mp_call_function_n_kw_map(mp_load_attr(args[0], MP_QSTR_update),
            n_args > 1 ? n_args - 1 : 1, n_args > 1 ? args + 1 : &none, kw_args);
        return mp_const_none;
    }
    size_t n_kw = kw_args == NULL ? 0 : kw_args->used;
    mp_obj_t *a = m_new(mp_obj_t, n_args - 1 + 2 * n_kw + 1);
    memcpy(a, args + 1, (n_args - 1) * sizeof(mp_obj_t));
    size_t cur = 0;
    size_t k = n_args - 1;
    mp_map_elem_t *e;
    while (kw_args != NULL && (e = mp_map_next(kw_args, &cur)) != NULL) {
        a[k++] = e->key;
        a[k++] = e->value;
    }
    mp_obj_dictsub_t *fresh = dictsub_build(self->base.type, n_args - 1, n_kw, a);
    // The items of the arguments are added to what is there, as dict.__init__ does.
    mp_obj_t dest[3];
    mp_load_method(self->dict, MP_QSTR_update, dest);
    dest[2] = fresh->dict;
    mp_call_method_n_kw(1, 0, dest);
    if (self->base.type == &mp_type_defaultdict) {
        self->default_factory = fresh->default_factory;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(dictsub___init___obj, 1, dictsub___init__);

// fromkeys(iterable, value=None): a classmethod.
static mp_obj_t dictsub_fromkeys(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_cls, ARG_iterable, ARG_value };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_cls, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_value, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    mp_obj_t args[3] = { vals[ARG_cls].u_obj, vals[ARG_iterable].u_obj, vals[ARG_value].u_obj };
    if (mp_obj_is_subclass_fast(args[0], MP_OBJ_FROM_PTR(&mp_type_counter))) {
        // A count of one per key is ambiguous (CPython refuses it too).
        mp_raise_NotImplementedError(
            MP_ERROR_TEXT("Counter.fromkeys() is undefined.  Use Counter(iterable) instead."));
    }
    mp_obj_t obj = mp_call_function_0(args[0]);
    mp_obj_t value = args[2];
    mp_obj_t it = mp_getiter(args[1]);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_subscr(obj, k, value);
    }
    return obj;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(dictsub_fromkeys_fun_obj, 2, dictsub_fromkeys);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(dictsub_fromkeys_obj, MP_ROM_PTR(&dictsub_fromkeys_fun_obj));

// clang-format off
#define DICTSUB_COMMON_METHODS \
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&dictsub_keys_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&dictsub_values_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&dictsub_items_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&dictsub_get_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&dictsub_setdefault_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&dictsub_pop_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&dictsub_clear_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&dictsub_copy_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_fromkeys), MP_ROM_PTR(&dictsub_fromkeys_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&dictsub___init___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&dictsub___getitem___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&dictsub___setitem___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&dictsub___delitem___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&dictsub___contains___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&dictsub___len___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&dictsub___iter___obj) }, \
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dictsub___reversed___obj) }
// clang-format on

// ---------------------------------------------------------------------------
// OrderedDict.

// move_to_end(key, last=True)
static mp_obj_t odict_move_to_end(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_self, ARG_key, ARG_last };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_key, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_last, MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_move_to_end, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    mp_obj_dictsub_t *self = dictsub_self(args[ARG_self].u_obj);
    mp_obj_t key = args[ARG_key].u_obj;
    mp_map_t *map = mp_obj_dict_get_map(self->dict);
    mp_map_elem_t *e = mp_map_lookup(map, key, MP_MAP_LOOKUP);
    if (e == NULL) {
        mp_raise_KeyError(key);
    }
    mp_obj_t k = e->key;
    mp_obj_t v = e->value;
    size_t cur = 0;
    mp_map_elem_t *first = mp_map_next(map, &cur);
    if (args[ARG_last].u_bool) {
        size_t pos = map->filled;
        while (!mp_map_slot_is_filled(map, pos - 1)) {
            pos--;
        }
        if (e == &map->table[pos - 1]) {
            return mp_const_none; // already last
        }
        // Removing and re-adding appends at the end of the insertion order.
        mp_map_lookup(map, key, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        mp_map_lookup(map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
    } else {
        if (e == first) {
            return mp_const_none; // already first
        }
        mp_obj_t d = mp_obj_new_dict(mp_obj_dict_len(self->dict));
        mp_obj_dict_store(d, k, v);
        cur = 0;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            if (e->key != k) {
                mp_obj_dict_store(d, e->key, e->value);
            }
        }
        // The new order goes into the same dict object, so that views
        // (od.keys() ...) taken before see it.
        *map = *mp_obj_dict_get_map(d);
    }
    self->moves++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(odict_move_to_end_obj, 2, odict_move_to_end);

// popitem(last=True)
static mp_obj_t odict_popitem(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_self, ARG_last };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_last, MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_popitem, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    mp_obj_dictsub_t *self = dictsub_self(args[ARG_self].u_obj);
    mp_map_t *map = mp_obj_dict_get_map(self->dict);
    if (map->used == 0) {
        mp_raise_msg(&mp_type_KeyError, MP_ERROR_TEXT("dictionary is empty"));
    }
    // The last live slot is found from the end, so emptying an OrderedDict
    // with popitem() stays linear.
    mp_map_elem_t *pick;
    if (args[ARG_last].u_bool) {
        size_t pos = map->filled;
        while (!mp_map_slot_is_filled(map, pos - 1)) {
            pos--;
        }
        pick = &map->table[pos - 1];
    } else {
        size_t cur = 0;
        pick = mp_map_next(map, &cur);
    }
    mp_obj_t kv[2] = { pick->key, pick->value };
    mp_map_lookup(map, kv[0], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    mp_map_trim_tail(map);
    return mp_obj_new_tuple(2, kv);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(odict_popitem_obj, 1, odict_popitem);

static const mp_rom_map_elem_t odict_locals_dict_table[] = {
    DICTSUB_COMMON_METHODS,
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&dictsub_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&odict_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_move_to_end), MP_ROM_PTR(&odict_move_to_end_obj) },
};
static MP_DEFINE_CONST_DICT(odict_locals_dict, odict_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_ordereddict, MP_QSTR_OrderedDict, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, dictsub_print,
    make_new, dictsub_make_new,
    unary_op, dictsub_unary_op,
    binary_op, dictsub_binary_op,
    attr, dictsub_attr,
    subscr, dictsub_subscr,
    getiter, dictsub_getiter,
    parent, &mp_type_dict,
    locals_dict, (mp_obj_dict_t *)&odict_locals_dict
    );

// ---------------------------------------------------------------------------
// defaultdict.

// __missing__(key)
static mp_obj_t ddict___missing__(mp_obj_t self_in, mp_obj_t key) {
    return dictsub_missing(dictsub_self(self_in), key);
}
static MP_DEFINE_CONST_FUN_OBJ_2(ddict___missing___obj, ddict___missing__);

static const mp_rom_map_elem_t ddict_locals_dict_table[] = {
    DICTSUB_COMMON_METHODS,
    // defaultdict and Counter copy as type(self)(...); copy.copy of an
    // OrderedDict goes the generic way, which keeps a subclass's attributes.
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&dictsub_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&dictsub_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&dictsub_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___missing__), MP_ROM_PTR(&ddict___missing___obj) },
};
static MP_DEFINE_CONST_DICT(ddict_locals_dict, ddict_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_defaultdict, MP_QSTR_defaultdict, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, dictsub_print,
    make_new, dictsub_make_new,
    unary_op, dictsub_unary_op,
    binary_op, dictsub_binary_op,
    attr, dictsub_attr,
    subscr, dictsub_subscr,
    getiter, dictsub_getiter,
    parent, &mp_type_dict,
    locals_dict, (mp_obj_dict_t *)&ddict_locals_dict
    );

// ---------------------------------------------------------------------------
// Counter.

// A Python subclass of Counter counts the elements of an iterable through
// its own get() and __setitem__ (which it may override), as CPython's
// counting loop does; false if self_obj is a plain Counter or src a mapping.
static bool counter_count_via_instance(mp_obj_t self_obj, mp_obj_t src) {
    if (!mp_obj_is_instance_type(mp_obj_get_type(self_obj))) {
        return false;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(src, MP_QSTR_items, dest);
    if (dest[0] != MP_OBJ_NULL && !mp_obj_is_str_or_bytes(src)) {
        return false;
    }
    mp_collections_count_elements(self_obj, src);
    return true;
}

// update(iterable=None, /, **kwds): adds counts.
static mp_obj_t counter_update(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_dictsub_t *self = dictsub_self(args[0]);
    if (n_args > 2) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("expected at most 1 argument, got %d"),
            (int)n_args - 1);
    }
    if (n_args == 2 && args[1] != mp_const_none && !counter_count_via_instance(args[0], args[1])) {
        counter_add_from(self->dict, inner_of(args[1]), 1);
    }
    counter_add_kw(self->dict, kw_args, 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(counter_update_obj, 1, counter_update);

// subtract(iterable=None, /, **kwds)
static mp_obj_t counter_subtract(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_dictsub_t *self = dictsub_self(args[0]);
    if (n_args > 2) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("expected at most 1 argument, got %d"),
            (int)n_args - 1);
    }
    if (n_args == 2 && args[1] != mp_const_none) {
        counter_add_from(self->dict, inner_of(args[1]), -1);
    }
    counter_add_kw(self->dict, kw_args, -1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(counter_subtract_obj, 1, counter_subtract);

// most_common(n=None)
static mp_obj_t counter_most_common(size_t n_args, const mp_obj_t *args) {
    mp_obj_dictsub_t *self = dictsub_self(args[0]);
    mp_obj_t list = counter_sorted_items(self->dict);
    if (n_args > 1 && args[1] != mp_const_none) {
        // An int beyond a machine word means all (or none), as in CPython.
        mp_int_t n;
        if (!mp_obj_get_int_maybe(args[1], &n)) {
            if (mp_obj_is_int(args[1])) {
                n = mp_obj_int_sign(args[1]) > 0 ? MP_SMALL_INT_MAX : 0;
            } else {
                n = mp_obj_get_int(args[1]);
            }
        }
        size_t len;
        mp_obj_t *items;
        mp_obj_list_get(list, &len, &items);
        if (n < 0) {
            n = 0;
        }
        if ((size_t)n < len) {
            mp_obj_list_set_len(list, (size_t)n);
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(counter_most_common_obj, 1, 2, counter_most_common);

// elements(): each key repeated by its count (counts below one give nothing).
static mp_obj_t counter_elements(mp_obj_t self_in) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_map_t *map = mp_obj_dict_get_map(self->dict);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        // A count's __index__ may change the dict: keep the key first.
        mp_obj_t key = e->key;
        mp_int_t n = mp_obj_get_int(e->value);
        for (mp_int_t i = 0; i < n; i++) {
            mp_obj_list_append(list, key);
        }
    }
    return mp_getiter(list);
}
static MP_DEFINE_CONST_FUN_OBJ_1(counter_elements_obj, counter_elements);

// total()
static mp_obj_t counter_total(mp_obj_t self_in) {
    mp_obj_dictsub_t *self = dictsub_self(self_in);
    mp_obj_t sum = MP_OBJ_NEW_SMALL_INT(0);
    mp_map_t *map = mp_obj_dict_get_map(self->dict);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        sum = mp_binary_op(MP_BINARY_OP_ADD, sum, e->value);
    }
    return sum;
}
static MP_DEFINE_CONST_FUN_OBJ_1(counter_total_obj, counter_total);

static const mp_rom_map_elem_t counter_locals_dict_table[] = {
    DICTSUB_COMMON_METHODS,
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&dictsub_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&counter_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&dictsub_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_subtract), MP_ROM_PTR(&counter_subtract_obj) },
    { MP_ROM_QSTR(MP_QSTR_most_common), MP_ROM_PTR(&counter_most_common_obj) },
    { MP_ROM_QSTR(MP_QSTR_elements), MP_ROM_PTR(&counter_elements_obj) },
    { MP_ROM_QSTR(MP_QSTR_total), MP_ROM_PTR(&counter_total_obj) },
};
static MP_DEFINE_CONST_DICT(counter_locals_dict, counter_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_counter, MP_QSTR_Counter, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, dictsub_print,
    make_new, dictsub_make_new,
    unary_op, dictsub_unary_op,
    binary_op, dictsub_binary_op,
    attr, dictsub_attr,
    subscr, dictsub_subscr,
    getiter, dictsub_getiter,
    parent, &mp_type_dict,
    locals_dict, (mp_obj_dict_t *)&counter_locals_dict
    );

#endif // MICROPY_PY_COLLECTIONS
