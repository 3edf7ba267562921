// The set and frozenset types: every method and operator, comparisons,
// frozenset hashing and iteration. The hash table itself is in py/map.c.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/map.h"
#include "py/objset.h"
#include "py/sequence.h"

// The operations follow CPython's algorithms (which set is iterated, which
// is copied, when the table is resized) so that the results iterate, and
// therefore print, in the same order as CPython's for int elements.
typedef struct _mp_obj_set_t {
    mp_obj_base_t base;
    mp_set_t set;
    size_t hash; // frozenset: cached hash, 0 = not computed yet
} mp_obj_set_t;

static inline bool is_native_set(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_set) || mp_obj_is_type(o, &mp_type_frozenset);
}

// The set or frozenset behind o (o itself, or the native part of an
// instance of a subclass); NULL if o is neither.
static mp_obj_set_t *set_cast(mp_obj_t o) {
    if (is_native_set(o)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_set));
    if (!is_native_set(native)) {
        native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_frozenset));
    }
    return is_native_set(native) ? MP_OBJ_TO_PTR(native) : NULL;
}

static mp_obj_set_t *set_self(mp_obj_t o) {
    mp_obj_set_t *s = set_cast(o);
    if (s == NULL) {
        mp_raise_TypeError_obj_unsupported(
            o, MP_ERROR_TEXT("descriptor requires a 'set' object but received a '%s'"));
    }
    return s;
}

mp_set_t *mp_obj_set_table(mp_obj_t o) {
    return &((mp_obj_set_t *)MP_OBJ_TO_PTR(o))->set;
}

bool mp_obj_is_set_or_frozenset(mp_obj_t o) {
    return set_cast(o) != NULL;
}

static inline bool set_is_frozen(const mp_obj_set_t *s) {
    return s->base.type == &mp_type_frozenset;
}

static mp_obj_set_t *set_new_empty(const mp_obj_type_t *type) {
    mp_obj_set_t *o = m_new_obj(mp_obj_set_t);
    o->base.type = type;
    mp_set_init(&o->set, 0);
    o->hash = 0;
    return o;
}

// An empty result of the same base type (set or frozenset) as s.
static mp_obj_set_t *set_new_like(const mp_obj_set_t *s) {
    return set_new_empty(s->base.type);
}

size_t mp_obj_set_len(mp_obj_t set) {
    return set_self(set)->set.used;
}

// The slot mask a table of this set has or would have (empty sets have
// room for 8).
static inline size_t set_mask(const mp_set_t *set) {
    return set->alloc == 0 ? 7 : set->alloc - 1;
}

static inline size_t set_fill(const mp_set_t *set) {
    return set->alloc == 0 ? 0 : MP_SET_FILL(set);
}

// Add every key of src to dst.
static void set_merge(mp_obj_set_t *dst, const mp_obj_set_t *src) {
    if (dst == src || src->set.used == 0) {
        return;
    }
    if (set_fill(&dst->set) == 0) {
        mp_set_copy_into(&dst->set, &src->set);
        return;
    }
    if ((set_fill(&dst->set) + src->set.used) * 5 >= set_mask(&dst->set) * 3) {
        mp_set_resize(&dst->set, (dst->set.used + src->set.used) * 2);
    }
    // The table is read afresh for each key: an __eq__ run by a lookup may
    // have resized src (whose old table is then freed).
    const mp_set_t *s = &src->set;
    for (size_t pos = 0; pos < s->alloc; pos++) {
        if (mp_set_slot_is_filled(s, pos)) {
            mp_set_lookup_hashed(&dst->set, s->table[pos], MP_SET_HASHES(s)[pos],
                MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
    }
}

static void set_update_internal(mp_obj_set_t *self, mp_obj_t other) {
    mp_obj_set_t *os = set_cast(other);
    if (os != NULL) {
        set_merge(self, os);
        return;
    }
    if (mp_obj_is_type(other, &mp_type_dict)) {
        mp_map_t *map = mp_obj_dict_get_map(other);
        if ((set_fill(&self->set) + map->used) * 5 >= set_mask(&self->set) * 3) {
            mp_set_resize(&self->set, (self->set.used + map->used) * 2);
        }
        // The dict's stored hashes are reused: no key is hashed again.
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_set_lookup_hashed(&self->set, e->key, mp_map_entry_hash(map, cur - 1), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
        return;
    }
    mp_obj_t iter = mp_getiter(other);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_set_lookup(&self->set, item, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    }
}

static mp_obj_set_t *set_copy_of(const mp_obj_set_t *s) {
    mp_obj_set_t *res = set_new_like(s);
    set_merge(res, s);
    return res;
}

// A mutable set used as an element to look up is looked up as a frozenset
// (sets are unhashable; frozensets with the same items are equal).
// An instance of a set subclass too, unless its class made it hashable.
static mp_obj_t set_key_for_lookup(mp_obj_t key) {
    if (!mp_obj_is_type(key, &mp_type_set)) {
        if (!mp_obj_is_obj(key)
            || !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(key)), MP_OBJ_FROM_PTR(&mp_type_set))) {
            return key;
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_unary_op(MP_UNARY_OP_HASH, key);
            nlr_pop();
            return key;
        }
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type),
            MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
            nlr_jump(nlr.ret_val);
        }
    }
    mp_obj_set_t *fs = set_new_empty(&mp_type_frozenset);
    set_merge(fs, set_self(key));
    return MP_OBJ_FROM_PTR(fs);
}

static bool set_has(mp_obj_set_t *self, mp_obj_t key) {
    return mp_set_lookup(&self->set, set_key_for_lookup(key), MP_MAP_LOOKUP) != MP_OBJ_NULL;
}

bool mp_obj_set_contains(mp_obj_t set, mp_obj_t key) {
    return set_has(set_self(set), key);
}

void mp_obj_set_store(mp_obj_t self_in, mp_obj_t item) {
    mp_set_lookup(&set_self(self_in)->set, item, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
}

mp_obj_t mp_obj_new_set(size_t n_args, mp_obj_t *items) {
    mp_obj_set_t *s = set_new_empty(&mp_type_set);
    for (size_t i = 0; i < n_args; i++) {
        mp_set_lookup(&s->set, items[i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    }
    return MP_OBJ_FROM_PTR(s);
}

mp_obj_t mp_obj_new_frozenset(size_t n_args, mp_obj_t *items) {
    mp_obj_set_t *s = MP_OBJ_TO_PTR(mp_obj_new_set(n_args, items));
    s->base.type = &mp_type_frozenset;
    return MP_OBJ_FROM_PTR(s);
}

void mp_obj_set_update_iter(mp_obj_t set, mp_obj_t iterable) {
    set_update_internal(set_self(set), iterable);
}

// ---------------------------------------------------------------------------
// The algebra (CPython's choices of what to iterate).

static void set_difference_update_internal(mp_obj_set_t *self, mp_obj_t other) {
    mp_obj_set_t *os = set_cast(other);
    if (os == self) {
        mp_set_clear(&self->set);
        return;
    }
    if (os != NULL) {
        mp_set_t *s = &os->set;
        for (size_t pos = 0; pos < s->alloc; pos++) {
            if (mp_set_slot_is_filled(s, pos)) {
                mp_set_lookup_hashed(&self->set, s->table[pos], MP_SET_HASHES(s)[pos], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
            }
        }
    } else if (mp_obj_is_type(other, &mp_type_dict)) {
        mp_map_t *map = mp_obj_dict_get_map(other);
        size_t used = map->used;
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_set_lookup_hashed(&self->set, e->key, mp_map_entry_hash(map, cur - 1), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
            if (map->used != used) {
                mp_raise_RuntimeError(MP_ERROR_TEXT("dictionary changed size during iteration"));
            }
        }
    } else {
        mp_obj_t iter = mp_getiter(other);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_set_lookup(&self->set, set_key_for_lookup(item), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        }
    }
    mp_set_maybe_compact(&self->set);
}

void mp_obj_set_difference_update_iter(mp_obj_t set, mp_obj_t iterable) {
    set_difference_update_internal(set_self(set), iterable);
}

static mp_obj_set_t *set_difference(mp_obj_set_t *self, mp_obj_t other) {
    mp_obj_set_t *os = set_cast(other);
    size_t other_size;
    if (os != NULL) {
        other_size = os->set.used;
    } else if (mp_obj_is_type(other, &mp_type_dict)) {
        other_size = mp_obj_dict_len(other);
    } else {
        mp_obj_set_t *res = set_copy_of(self);
        set_difference_update_internal(res, other);
        return res;
    }
    if ((self->set.used >> 2) > other_size) {
        // Much bigger than other: copying and removing is cheaper.
        mp_obj_set_t *res = set_copy_of(self);
        set_difference_update_internal(res, other);
        return res;
    }
    mp_obj_set_t *res = set_new_like(self);
    mp_set_t *s = &self->set;
    for (size_t pos = 0; pos < s->alloc; pos++) {
        if (!mp_set_slot_is_filled(s, pos)) {
            continue;
        }
        mp_obj_t key = s->table[pos];
        size_t h = MP_SET_HASHES(s)[pos];
        bool in_other = os != NULL
            ? mp_set_lookup_hashed(&os->set, key, h, MP_MAP_LOOKUP) != MP_OBJ_NULL
            : mp_map_lookup_hashed(mp_obj_dict_get_map(other), key, h, MP_MAP_LOOKUP) != NULL;
        if (!in_other) {
            mp_set_lookup_hashed(&res->set, key, h, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
    }
    return res;
}

static mp_obj_set_t *set_intersection(mp_obj_set_t *self, mp_obj_t other) {
    mp_obj_set_t *os = set_cast(other);
    if (os == self) {
        return set_copy_of(self);
    }
    mp_obj_set_t *res = set_new_like(self);
    if (os != NULL) {
        // Iterate the smaller set, probe the bigger one.
        mp_obj_set_t *big = self, *small = os;
        if (os->set.used > self->set.used) {
            big = os;
            small = self;
        }
        mp_set_t *s = &small->set;
        for (size_t pos = 0; pos < s->alloc; pos++) {
            if (!mp_set_slot_is_filled(s, pos)) {
                continue;
            }
            mp_obj_t key = s->table[pos];
            size_t h = MP_SET_HASHES(s)[pos];
            if (mp_set_lookup_hashed(&big->set, key, h, MP_MAP_LOOKUP) != MP_OBJ_NULL) {
                mp_set_lookup_hashed(&res->set, key, h, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            }
        }
        return res;
    }
    mp_obj_t iter = mp_getiter(other);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        size_t h = mp_map_hash_key(item);
        if (mp_set_lookup_hashed(&self->set, item, h, MP_MAP_LOOKUP) != MP_OBJ_NULL) {
            mp_set_lookup_hashed(&res->set, item, h, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
    }
    return res;
}

// Give self the contents of other (which is then discarded).
static void set_take_contents(mp_obj_set_t *self, mp_obj_set_t *other) {
    size_t finger = self->set.alloc == 0 ? 0 : MP_SET_FINGER(&self->set);
    self->set = other->set;
    if (self->set.alloc != 0) {
        MP_SET_FINGER(&self->set) = finger; // pop() goes on from where it was
    }
    self->hash = 0;
    mp_set_init(&other->set, 0);
}

static void set_symmetric_difference_update_internal(mp_obj_set_t *self, mp_obj_t other) {
    mp_obj_set_t *os = set_cast(other);
    if (os == self) {
        mp_set_clear(&self->set);
        return;
    }
    if (os == NULL) {
        os = set_new_like(self);
        set_update_internal(os, other);
    }
    mp_set_t *s = &os->set;
    for (size_t pos = 0; pos < s->alloc; pos++) {
        if (!mp_set_slot_is_filled(s, pos)) {
            continue;
        }
        mp_obj_t key = s->table[pos];
        size_t h = MP_SET_HASHES(s)[pos];
        if (mp_set_lookup_hashed(&self->set, key, h, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == MP_OBJ_NULL) {
            mp_set_lookup_hashed(&self->set, key, h, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
    }
}

void mp_obj_set_symmetric_difference_update_iter(mp_obj_t set, mp_obj_t iterable) {
    set_symmetric_difference_update_internal(set_self(set), iterable);
}

static mp_obj_set_t *set_symmetric_difference(mp_obj_set_t *self, mp_obj_t other) {
    mp_obj_set_t *res = set_new_like(self);
    set_update_internal(res, other);
    set_symmetric_difference_update_internal(res, MP_OBJ_FROM_PTR(self));
    return res;
}

// Every key of a is in b.
static bool set_issubset_of(mp_obj_set_t *a, mp_obj_set_t *b) {
    if (a->set.used > b->set.used) {
        return false;
    }
    // The lookups compare items, which may be sets again: one level of the
    // recursion limit, as CPython counts each rich comparison (the VM
    // restores the depth if this raises).
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded in comparison"));
    mp_set_t *s = &a->set;
    bool all = true;
    for (size_t pos = 0; pos < s->alloc && all; pos++) {
        all = !mp_set_slot_is_filled(s, pos)
            || mp_set_lookup_hashed(&b->set, s->table[pos], MP_SET_HASHES(s)[pos], MP_MAP_LOOKUP) != MP_OBJ_NULL;
    }
    MP_STATE_THREAD(recursion_depth)--;
    return all;
}

// other as a set object (a temporary set if it is another iterable).
static mp_obj_set_t *as_set(mp_obj_t other) {
    mp_obj_set_t *os = set_cast(other);
    if (os == NULL) {
        os = set_new_empty(&mp_type_set);
        set_update_internal(os, other);
    }
    return os;
}

// ---------------------------------------------------------------------------
// Protocols.

static void set_print_items(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_set_t *self = set_self(self_in);
    bool exact_set = mp_obj_is_type(self_in, &mp_type_set);
    if (self->set.used == 0) {
        mp_printf(print, "%s()", mp_obj_get_type_str(self_in));
        return;
    }
    if (!exact_set) {
        mp_printf(print, "%s(", mp_obj_get_type_str(self_in));
    }
    mp_print_str(print, "{");
    // CPython prints a set through the repr of a list of its items, so each
    // level of nesting costs two levels of the recursion limit.
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded while getting the repr of an object"));
    bool first = true;
    for (size_t pos = 0; pos < self->set.alloc; pos++) {
        if (!mp_set_slot_is_filled(&self->set, pos)) {
            continue;
        }
        if (!first) {
            mp_print_str(print, ", ");
        }
        first = false;
        mp_obj_print_helper(print, self->set.table[pos], PRINT_REPR);
    }
    MP_STATE_THREAD(recursion_depth)--;
    mp_print_str(print, "}");
    if (!exact_set) {
        mp_print_str(print, ")");
    }
}

static void set_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    if (!mp_seq_print_guarded(print, self_in, kind, set_print_items)) {
        mp_printf(print, "%s(...)", mp_obj_get_type_str(self_in));
    }
}

static mp_obj_t set_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (type != &mp_type_set && type != &mp_type_frozenset) {
        // A subclass. set: as in CPython, __init__ fills it; frozenset:
        // immutable, so the argument is used now.
        bool frozen = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_frozenset));
        mp_obj_set_t *s = set_new_empty(frozen ? &mp_type_frozenset : &mp_type_set);
        if (frozen && n_args >= 1) {
            set_update_internal(s, args[0]);
        }
        return MP_OBJ_FROM_PTR(s);
    }
    if (n_kw != 0) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), type->name);
    }
    if (n_args > 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q expected at most 1 argument, got %u"),
            type->name, (unsigned)n_args);
    }
    if (n_args == 1 && type == &mp_type_frozenset && mp_obj_is_type(args[0], &mp_type_frozenset)) {
        return args[0]; // immutable: share it
    }
    mp_obj_set_t *s = set_new_empty(type);
    if (n_args == 1) {
        set_update_internal(s, args[0]);
    }
    return MP_OBJ_FROM_PTR(s);
}

// CPython's frozenset hash (its values are visible through hash() and
// decide where frozensets go in a set): the keys' hashes are each
// scrambled and xor-ed together, so the order does not matter; the size is
// folded in, then the bits are spread once more.
static size_t frozenset_scramble(size_t h) {
    return ((h ^ (size_t)89869747UL) ^ (h << 16)) * (size_t)3644798167UL;
}

size_t mp_obj_frozenset_hash_value(mp_obj_t self_in) {
    mp_obj_set_t *self = set_self(self_in);
    if (self->hash != 0) {
        return self->hash;
    }
    size_t acc = 0;
    mp_set_t *s = &self->set;
    for (size_t pos = 0; pos < s->alloc; pos++) {
        if (mp_set_slot_is_filled(s, pos)) {
            acc ^= frozenset_scramble(MP_SET_HASHES(s)[pos]);
        }
    }
    acc ^= ((size_t)s->used + 1) * (size_t)1927868237UL;
    acc ^= (acc >> 11) ^ (acc >> 25);
    acc = acc * 69069U + (size_t)907133923UL;
    if (acc == (size_t)-1) {
        acc = 590923713UL;
    }
    // 0 marks "not computed": that one value is simply recomputed each time.
    self->hash = acc;
    return acc;
}

static mp_obj_t frozenset_hash(mp_obj_set_t *self) {
    return mp_obj_new_int((mp_int_t)mp_obj_frozenset_hash_value(MP_OBJ_FROM_PTR(self)));
}

static mp_obj_t set_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_set_t *self = set_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->set.used != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->set.used);
        case MP_UNARY_OP_HASH:
            if (set_is_frozen(self)) {
                return frozenset_hash(self);
            }
            mp_raise_TypeError(MP_ERROR_TEXT("unhashable type: 'set'"));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t set_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_set_t *self = set_self(lhs);
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(set_has(self, rhs));
    }
    mp_obj_set_t *other = set_cast(rhs);
    if (other == NULL) {
        return MP_OBJ_NULL;
    }
    bool inplace = op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER && !set_is_frozen(self);
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op = (mp_binary_op_t)(op - MP_BINARY_OP_INPLACE_OR + MP_BINARY_OP_OR);
    }
    switch (op) {
        case MP_BINARY_OP_OR:
            if (inplace) {
                set_update_internal(self, rhs);
                return lhs;
            } else {
                mp_obj_set_t *res = set_copy_of(self);
                set_update_internal(res, rhs);
                return MP_OBJ_FROM_PTR(res);
            }
        case MP_BINARY_OP_AND: {
            mp_obj_set_t *res = set_intersection(self, rhs);
            if (inplace) {
                set_take_contents(self, res);
                return lhs;
            }
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_SUBTRACT:
            if (inplace) {
                set_difference_update_internal(self, rhs);
                return lhs;
            }
            return MP_OBJ_FROM_PTR(set_difference(self, rhs));
        case MP_BINARY_OP_XOR:
            if (inplace) {
                set_symmetric_difference_update_internal(self, rhs);
                return lhs;
            }
            return MP_OBJ_FROM_PTR(set_symmetric_difference(self, rhs));
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            bool eq = self->set.used == other->set.used;
            if (eq && set_is_frozen(self) && set_is_frozen(other) && self->hash != 0 && other->hash != 0) {
                eq = self->hash == other->hash;
            }
            eq = eq && set_issubset_of(self, other);
            return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
        }
        case MP_BINARY_OP_LESS_EQUAL:
            return mp_obj_new_bool(set_issubset_of(self, other));
        case MP_BINARY_OP_LESS:
            return mp_obj_new_bool(self->set.used < other->set.used && set_issubset_of(self, other));
        case MP_BINARY_OP_MORE_EQUAL:
            return mp_obj_new_bool(set_issubset_of(other, self));
        case MP_BINARY_OP_MORE:
            return mp_obj_new_bool(self->set.used > other->set.used && set_issubset_of(other, self));
        default:
            return MP_OBJ_NULL;
    }
}

// Iteration in table order; RuntimeError if the set changes size.
typedef struct _mp_obj_set_it_t {
    mp_obj_base_t base;
    mp_obj_set_t *set;
    size_t cur;
    size_t used;
    size_t given;     // items produced so far
} mp_obj_set_it_t;

static mp_obj_t set_it_iternext(mp_obj_t self_in) {
    mp_obj_set_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_set_t *s = &self->set->set;
    if (s->used != self->used) {
        self->used = SIZE_MAX;
        mp_raise_RuntimeError(MP_ERROR_TEXT("Set changed size during iteration"));
    }
    while (self->cur < s->alloc) {
        size_t pos = self->cur++;
        if (mp_set_slot_is_filled(s, pos)) {
            self->given++;
            return s->table[pos];
        }
    }
    return MP_OBJ_STOP_ITERATION;
}

// set_iterator.__length_hint__(): what is left (0 once the set has changed).
static mp_obj_t set_it_length_hint(mp_obj_t self_in) {
    mp_obj_set_it_t *self = MP_OBJ_TO_PTR(self_in);
    size_t used = self->set->set.used;
    if (used != self->used || self->given > used) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    return MP_OBJ_NEW_SMALL_INT(used - self->given);
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_it_length_hint_obj, set_it_length_hint);

static MP_COLD mp_obj_t set_it_reduce(mp_obj_t self_in) {
    return mp_obj_iter_reduce_rest(self_in, sizeof(mp_obj_set_it_t));
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_it_reduce_obj, set_it_reduce);

static const mp_rom_map_elem_t set_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&set_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&set_it_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(set_it_locals_dict, set_it_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    set_it_type, MP_QSTR_set_iterator, MP_TYPE_FLAG_ITER_IS_SELF,
    unary_op, mp_generic_unary_op,
    getiter, mp_obj_return_self,
    iternext, set_it_iternext,
    locals_dict, (mp_obj_dict_t *)&set_it_locals_dict
    );

static mp_obj_t set_getiter(mp_obj_t self_in) {
    mp_obj_set_it_t *it = m_new_obj(mp_obj_set_it_t);
    it->base.type = &set_it_type;
    it->set = set_self(self_in);
    it->cur = 0;
    it->used = it->set->set.used;
    it->given = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Methods.

// set.add(elem)
static mp_obj_t set_add(mp_obj_t self_in, mp_obj_t item) {
    mp_set_lookup(&set_self(self_in)->set, item, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_add_obj, set_add);

// set.discard(elem)
static mp_obj_t set_discard(mp_obj_t self_in, mp_obj_t item) {
    mp_set_lookup(&set_self(self_in)->set, set_key_for_lookup(item), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_discard_obj, set_discard);

// set.remove(elem)
static mp_obj_t set_remove(mp_obj_t self_in, mp_obj_t item) {
    if (mp_set_lookup(&set_self(self_in)->set, set_key_for_lookup(item), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == MP_OBJ_NULL) {
        mp_raise_KeyError(item);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_remove_obj, set_remove);

// set.pop()
static mp_obj_t set_pop(mp_obj_t self_in) {
    mp_obj_t key = mp_set_remove_first(&set_self(self_in)->set);
    if (key == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_KeyError, MP_ERROR_TEXT("pop from an empty set"));
    }
    return key;
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_pop_obj, set_pop);

// set.clear()
static mp_obj_t set_clear(mp_obj_t self_in) {
    mp_set_clear(&set_self(self_in)->set);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_clear_obj, set_clear);

// set.copy()
static mp_obj_t set_copy(mp_obj_t self_in) {
    mp_obj_set_t *self = set_self(self_in);
    if (mp_obj_is_type(self_in, &mp_type_frozenset)) {
        return self_in; // immutable: share it
    }
    return MP_OBJ_FROM_PTR(set_copy_of(self));
}
static MP_DEFINE_CONST_FUN_OBJ_1(set_copy_obj, set_copy);

// set.__init__(iterable=(), /): empties the set, then fills it again.
static mp_obj_t set___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_arg_check_named(MP_QSTR_set, n_args - 1, kw_args == NULL ? 0 : kw_args->used, 0, 1, false);
    mp_obj_set_t *self = set_self(args[0]);
    mp_set_clear(&self->set);
    if (n_args == 2) {
        set_update_internal(self, args[1]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(set___init___obj, 1, set___init__);

// set.update(*others)
static mp_obj_t set_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = set_self(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        set_update_internal(self, args[i]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_update_obj, 1, set_update);

// set.union(*others)
static mp_obj_t set_union(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *res = set_copy_of(set_self(args[0]));
    for (size_t i = 1; i < n_args; i++) {
        set_update_internal(res, args[i]);
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_union_obj, 1, set_union);

static mp_obj_set_t *set_intersection_multi(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = set_self(args[0]);
    if (n_args == 1) {
        return set_copy_of(self);
    }
    mp_obj_set_t *res = self;
    for (size_t i = 1; i < n_args; i++) {
        res = set_intersection(res, args[i]);
    }
    return res;
}

// set.intersection(*others)
static mp_obj_t set_intersection_meth(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(set_intersection_multi(n_args, args));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_intersection_obj, 1, set_intersection_meth);

// set.intersection_update(*others)
static mp_obj_t set_intersection_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = set_self(args[0]);
    if (n_args > 1) {
        set_take_contents(self, set_intersection_multi(n_args, args));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_intersection_update_obj, 1, set_intersection_update);

// set.difference(*others)
static mp_obj_t set_difference_meth(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = set_self(args[0]);
    if (n_args == 1) {
        return MP_OBJ_FROM_PTR(set_copy_of(self));
    }
    mp_obj_set_t *res = set_difference(self, args[1]);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update_internal(res, args[i]);
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_difference_obj, 1, set_difference_meth);

// set.difference_update(*others)
static mp_obj_t set_difference_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *self = set_self(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        set_difference_update_internal(self, args[i]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(set_difference_update_obj, 1, set_difference_update);

// set.symmetric_difference(other)
static mp_obj_t set_symmetric_difference_meth(mp_obj_t self_in, mp_obj_t other) {
    return MP_OBJ_FROM_PTR(set_symmetric_difference(set_self(self_in), other));
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_symmetric_difference_obj, set_symmetric_difference_meth);

// set.symmetric_difference_update(other)
static mp_obj_t set_symmetric_difference_update(mp_obj_t self_in, mp_obj_t other) {
    set_symmetric_difference_update_internal(set_self(self_in), other);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_symmetric_difference_update_obj, set_symmetric_difference_update);

// set.issubset(other)
static mp_obj_t set_issubset(mp_obj_t self_in, mp_obj_t other) {
    return mp_obj_new_bool(set_issubset_of(set_self(self_in), as_set(other)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_issubset_obj, set_issubset);

// set.issuperset(other)
static mp_obj_t set_issuperset(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_set_t *self = set_self(self_in);
    mp_obj_set_t *os = set_cast(other);
    if (os != NULL) {
        return mp_obj_new_bool(set_issubset_of(os, self));
    }
    mp_obj_t iter = mp_getiter(other);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (!set_has(self, item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_issuperset_obj, set_issuperset);

// set.isdisjoint(other)
static mp_obj_t set_isdisjoint(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_set_t *self = set_self(self_in);
    mp_obj_set_t *os = set_cast(other);
    if (os != NULL) {
        mp_obj_set_t *big = self, *small = os;
        if (os->set.used > self->set.used) {
            big = os;
            small = self;
        }
        mp_set_t *s = &small->set;
        for (size_t pos = 0; pos < s->alloc; pos++) {
            if (mp_set_slot_is_filled(s, pos)
                && mp_set_lookup_hashed(&big->set, s->table[pos], MP_SET_HASHES(s)[pos], MP_MAP_LOOKUP) != MP_OBJ_NULL) {
                return mp_const_false;
            }
        }
        return mp_const_true;
    }
    mp_obj_t iter = mp_getiter(other);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (set_has(self, item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_2(set_isdisjoint_obj, set_isdisjoint);

static const mp_rom_map_elem_t set_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_add), MP_ROM_PTR(&set_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_discard), MP_ROM_PTR(&set_discard_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&set_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&set_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&set_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_union), MP_ROM_PTR(&set_union_obj) },
    { MP_ROM_QSTR(MP_QSTR_intersection), MP_ROM_PTR(&set_intersection_obj) },
    { MP_ROM_QSTR(MP_QSTR_difference), MP_ROM_PTR(&set_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_symmetric_difference), MP_ROM_PTR(&set_symmetric_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_issubset), MP_ROM_PTR(&set_issubset_obj) },
    { MP_ROM_QSTR(MP_QSTR_issuperset), MP_ROM_PTR(&set_issuperset_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&set_isdisjoint_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&set_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&set_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_intersection_update), MP_ROM_PTR(&set_intersection_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_difference_update), MP_ROM_PTR(&set_difference_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_symmetric_difference_update), MP_ROM_PTR(&set_symmetric_difference_update_obj) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&set___init___obj) },
};
static MP_DEFINE_CONST_DICT(set_locals_dict, set_locals_dict_table);

static const mp_rom_map_elem_t frozenset_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_union), MP_ROM_PTR(&set_union_obj) },
    { MP_ROM_QSTR(MP_QSTR_intersection), MP_ROM_PTR(&set_intersection_obj) },
    { MP_ROM_QSTR(MP_QSTR_difference), MP_ROM_PTR(&set_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_symmetric_difference), MP_ROM_PTR(&set_symmetric_difference_obj) },
    { MP_ROM_QSTR(MP_QSTR_issubset), MP_ROM_PTR(&set_issubset_obj) },
    { MP_ROM_QSTR(MP_QSTR_issuperset), MP_ROM_PTR(&set_issuperset_obj) },
    { MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&set_isdisjoint_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&set_copy_obj) },
};
static MP_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_set, MP_QSTR_set, MP_TYPE_FLAG_BASETYPE,
    print, set_print,
    make_new, set_make_new,
    unary_op, set_unary_op,
    binary_op, set_binary_op,
    getiter, set_getiter,
    locals_dict, (mp_obj_dict_t *)&set_locals_dict
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_frozenset, MP_QSTR_frozenset, MP_TYPE_FLAG_BASETYPE,
    print, set_print,
    make_new, set_make_new,
    unary_op, set_unary_op,
    binary_op, set_binary_op,
    getiter, set_getiter,
    locals_dict, (mp_obj_dict_t *)&frozenset_locals_dict
    );
