// The dict type (insertion-ordered, on mp_map_t), its iterators and the
// keys/values/items views with their set operations.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/map.h"
#include "py/objset.h"
#include "py/sequence.h"
#include "py/objtype_internal.h"

mp_obj_t mp_obj_new_dict(size_t n_args) {
    mp_obj_dict_t *o = m_new_obj(mp_obj_dict_t);
    o->base.type = &mp_type_dict;
    mp_map_init(&o->map, n_args);
    return MP_OBJ_FROM_PTR(o);
}

// The dict behind o: o itself or the native part of a dict subclass
// instance; NULL if o is not a dict.
static inline mp_obj_dict_t *dict_cast(mp_obj_t o) {
    return mp_seq_cast_native(o, &mp_type_dict);
}

// collections' OrderedDict, defaultdict and Counter (extmod/objdictsub.c)
// are native types with dict as parent that keep their items in a plain
// dict, the first field after the base; dict's own methods called on one
// (dict.update(od, ...), as subclasses do) work on that dict.
typedef struct _dict_wrapper_t {
    mp_obj_base_t base;
    mp_obj_t dict;
} dict_wrapper_t;

static mp_obj_dict_t *dict_self_slow(mp_obj_t o) {
    if (mp_obj_is_obj(o)) {
        mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_dict));
        const mp_obj_type_t *t = mp_obj_get_type(native);
        if (MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, parent) == &mp_type_dict && !mp_obj_is_instance_type(t)) {
            return MP_OBJ_TO_PTR(((dict_wrapper_t *)MP_OBJ_TO_PTR(native))->dict);
        }
    }
    return mp_seq_self_native_slow(o, &mp_type_dict);
}

static inline mp_obj_dict_t *dict_self(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict) ? MP_OBJ_TO_PTR(o) : dict_self_slow(o);
}

// Const ROM dicts cannot change.
MP_COLD MP_NORETURN static void raise_fixed(void) {
    mp_raise_TypeError(MP_ERROR_TEXT("'dict' object does not support item assignment"));
}

// A dict we are about to change. A call where it is rare; the store paths
// (item assignment, dict displays) test is_fixed themselves.
static mp_obj_dict_t *dict_self_mutable(mp_obj_t o) {
    mp_obj_dict_t *d = dict_self(o);
    if (d->map.is_fixed) {
        raise_fixed();
    }
    return d;
}

size_t mp_obj_dict_len(mp_obj_t self_in) {
    return dict_self(self_in)->map.used;
}

mp_map_t *mp_obj_dict_get_map(mp_obj_t self_in) {
    return &dict_self(self_in)->map;
}

mp_obj_t mp_obj_dict_get(mp_obj_t self_in, mp_obj_t index) {
    mp_map_elem_t *elem = mp_map_lookup(&dict_self(self_in)->map, index, MP_MAP_LOOKUP);
    if (elem == NULL) {
        mp_raise_KeyError(index);
    }
    return elem->value;
}

mp_obj_t mp_obj_dict_store(mp_obj_t self_in, mp_obj_t key, mp_obj_t value) {
    mp_obj_dict_t *self = dict_self(self_in);
    if (self->map.is_fixed) {
        raise_fixed();
    }
    mp_map_lookup(&self->map, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return self_in;
}

mp_obj_t mp_obj_dict_delete(mp_obj_t self_in, mp_obj_t key) {
    mp_obj_dict_t *self = dict_self_mutable(self_in);
    if (mp_map_lookup(&self->map, key, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mp_raise_KeyError(key);
    }
    return self_in;
}

// The value stored by `x.__dict__ = value` (MP_OBJ_NULL: del) on an object
// whose attributes are a dict: that dict (the items of a subclass).
MP_COLD mp_obj_t mp_obj_dict_attr_value(mp_obj_t value) {
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot delete __dict__"));
    }
    if (!mp_obj_is_instance_of(value, &mp_type_dict)) {
        mp_raise_TypeError_obj_unsupported(
            value, MP_ERROR_TEXT("__dict__ must be set to a dictionary, not a '%s'"));
    }
    return MP_OBJ_FROM_PTR(dict_self(value));
}

// The attribute dict of built-in objects that accept arbitrary attributes
// (functools.partial, OrderedDict ...), for their attr slot: created on first
// use. Loads fall through to the type's locals when the name is not in it.
MP_COLD void mp_obj_dict_attr_slot(mp_obj_dict_t **dict, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___dict__) {
            if (*dict == NULL) {
                *dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
            }
            dest[0] = MP_OBJ_FROM_PTR(*dict);
        } else if (*dict != NULL) {
            mp_map_elem_t *e = mp_map_lookup(&(*dict)->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = e->value;
            }
        }
        return;
    }
    if (dest[0] != MP_OBJ_SENTINEL) {
        return;
    }
    if (attr == MP_QSTR___dict__) {
        // Replaced by another dict, never deleted (as CPython's).
        if (dest[1] == MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("cannot delete __dict__"));
        }
        // (A dict, or the dict part of an instance of a Python subclass.)
        mp_obj_t d = mp_obj_cast_to_native_base(dest[1], MP_OBJ_FROM_PTR(&mp_type_dict));
        if (!mp_obj_is_exact_type(d, &mp_type_dict)) {
            mp_raise_TypeError_obj_unsupported(
                dest[1], MP_ERROR_TEXT("__dict__ must be set to a dictionary, not a '%s'"));
        }
        *dict = MP_OBJ_TO_PTR(d);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (dest[1] == MP_OBJ_NULL) {
        if (*dict != NULL
            && mp_map_lookup(&(*dict)->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (*dict == NULL) {
        *dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
    }
    mp_obj_dict_store(MP_OBJ_FROM_PTR(*dict), MP_OBJ_NEW_QSTR(attr), dest[1]);
    dest[0] = MP_OBJ_NULL;
}

mp_obj_t mp_obj_dict_copy(mp_obj_t self_in) {
    mp_obj_dict_t *self = dict_self(self_in);
    mp_obj_dict_t *o = m_new_obj(mp_obj_dict_t);
    o->base.type = &mp_type_dict;
    mp_map_copy(&o->map, &self->map);
    return MP_OBJ_FROM_PTR(o);
}

MP_COLD static void dict_print_items(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_dict_t *self = dict_self(self_in);
    mp_print_str(print, "{");
    size_t cur = 0;
    mp_map_elem_t *e;
    bool first = true;
    while ((e = mp_map_next(&self->map, &cur)) != NULL) {
        // Copy out: printing may run __repr__, which may change the dict.
        mp_obj_t key = e->key, value = e->value;
        if (!first) {
            mp_print_str(print, ", ");
        }
        first = false;
        mp_obj_print_helper(print, key, PRINT_REPR);
        mp_print_str(print, ": ");
        mp_obj_print_helper(print, value, PRINT_REPR);
    }
    mp_print_str(print, "}");
}

MP_COLD static void dict_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    if (dict_self(self_in)->map.used == 0) {
        mp_print_str(print, "{}");
    } else if (!mp_seq_print_guarded(print, self_in, kind, dict_print_items)) {
        mp_print_str(print, "{...}");
    }
}

// The dict whose stored items an update copies as they are: a dict, or the
// native dict of an instance of a Python dict subclass keeping dict's own
// __iter__ (as CPython, its keys() and __getitem__ are then not called).
// Else NULL.
mp_obj_dict_t *mp_obj_dict_plain(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_dict)) {
        return MP_OBJ_TO_PTR(o);
    }
    const mp_obj_type_t *t = mp_obj_get_type(o), *owner;
    if (!mp_obj_is_instance_type(t) || mp_obj_type_user(t)->native_base != &mp_type_dict
        || mp_obj_type_mro_find(t, MP_QSTR___iter__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP,
            NULL, MP_OBJ_NULL, &owner) != MP_OBJ_NULL) {
        return NULL;
    }
    return dict_self(o);
}

// dict.update semantics: a dict, anything with keys(), or an iterable of
// key/value pairs.
static void dict_update_from(mp_obj_t self_in, mp_obj_dict_t *self, mp_obj_t other) {
    mp_obj_dict_t *od = mp_obj_dict_plain(other);
    if (od != NULL) {
        if (self->map.used == 0 && od != self && !od->map.is_fixed) {
            mp_map_deinit(&self->map);
            mp_map_copy(&self->map, &od->map);
            return;
        }
        size_t cur = 0;
        size_t used = od->map.used;
        mp_map_elem_t *e;
        while ((e = mp_map_next(&od->map, &cur)) != NULL) {
            mp_obj_t key = e->key, value = e->value;
            size_t h = mp_map_entry_hash(&od->map, cur - 1);
            mp_map_lookup_hashed(&self->map, key, h, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
            // A key's __eq__ may have changed the source under us.
            if (od->map.used != used) {
                mp_raise_RuntimeError(MP_ERROR_TEXT("dict mutated during update"));
            }
        }
        return;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(other, MP_QSTR_keys, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t keys = mp_call_method_n_kw(0, 0, dest);
        mp_obj_t iter = mp_getiter(keys);
        mp_obj_t key;
        while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_t value = mp_obj_subscr(other, key, MP_OBJ_SENTINEL);
            mp_obj_dict_store(self_in, key, value);
        }
        return;
    }
    mp_obj_t iter = mp_getiter(other);
    mp_obj_t item;
    for (size_t n = 0; (item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION; n++) {
        mp_obj_t len_obj = mp_obj_len_maybe(item);
        if (len_obj == MP_OBJ_NULL && !MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(item), getiter)) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("cannot convert dictionary update sequence element #%u to a sequence"), (unsigned)n);
        }
        mp_obj_t pair_iter = mp_getiter(item);
        mp_obj_t kv[3];
        size_t k = 0;
        mp_obj_t x;
        while ((x = mp_iternext(pair_iter)) != MP_OBJ_STOP_ITERATION) {
            if (k < 3) {
                kv[k] = x;
            }
            k++;
        }
        if (k != 2) {
            mp_raise_ValueError_varg(
                MP_ERROR_TEXT("dictionary update sequence element #%u has length %u; 2 is required"),
                (unsigned)n, (unsigned)k);
        }
        mp_obj_dict_store(self_in, kv[0], kv[1]);
    }
}

MP_COLD static mp_obj_t dict_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t d = mp_obj_new_dict(0);
    if (type != &mp_type_dict) {
        // A subclass: as in CPython, dict.__new__ ignores the arguments and
        // __init__ (dict.__init__ unless overridden) fills the dict.
        return d;
    }
    if (n_args > 1) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("dict expected at most 1 argument, got %u"), (unsigned)n_args);
    }
    mp_obj_dict_t *self = MP_OBJ_TO_PTR(d);
    if (n_args == 1) {
        dict_update_from(d, self, args[0]);
    }
    for (size_t i = 0; i < n_kw; i++) {
        mp_map_lookup(&self->map, args[n_args + 2 * i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = args[n_args + 2 * i + 1];
    }
    return d;
}

static mp_obj_t dict_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_dict_t *self = dict_self(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->map.used != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->map.used);
        case MP_UNARY_OP_HASH:
            mp_raise_TypeError(MP_ERROR_TEXT("unhashable type: 'dict'"));
        default:
            return MP_OBJ_NULL;
    }
}

static bool dict_equal(mp_obj_dict_t *a, mp_obj_dict_t *b) {
    if (a == b) {
        return true;
    }
    if (a->map.used != b->map.used) {
        return false;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(&a->map, &cur)) != NULL) {
        mp_obj_t key = e->key, value = e->value;
        mp_map_elem_t *other = mp_map_lookup(&b->map, key, MP_MAP_LOOKUP);
        if (other == NULL) {
            return false;
        }
        mp_obj_t ov = other->value;
        if (ov != value) {
            // Values may be nested dicts: count the depth (undone by the VM
            // on a raise).
            mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded in comparison"));
            bool eq = mp_obj_equal(value, ov);
            MP_STATE_THREAD(recursion_depth)--;
            if (!eq) {
                return false;
            }
        }
    }
    return true;
}

// ==, != and | (rare): cold; `in` is dict_binary_op's own.
MP_COLD static mp_obj_t dict_binary_op_slow(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_dict_t *self = dict_self(lhs);
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            mp_obj_dict_t *other = dict_cast(rhs);
            if (other == NULL) {
                return MP_OBJ_NULL;
            }
            return mp_obj_new_bool(dict_equal(self, other) == (op == MP_BINARY_OP_EQUAL));
        }
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_REVERSE_OR: {
            mp_obj_dict_t *other = dict_cast(rhs);
            if (other == NULL) {
                return MP_OBJ_NULL;
            }
            // REVERSE_OR: rhs | self
            // (The right operand as given: a subclass's own __iter__ reads it.)
            mp_obj_t res = mp_obj_dict_copy(MP_OBJ_FROM_PTR(op == MP_BINARY_OP_OR ? self : other));
            dict_update_from(res, MP_OBJ_TO_PTR(res), op == MP_BINARY_OP_OR ? rhs : lhs);
            return res;
        }
        case MP_BINARY_OP_INPLACE_OR:
            dict_self_mutable(lhs);
            dict_update_from(lhs, self, rhs);
            return lhs;
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t dict_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(mp_map_lookup(&dict_self(lhs)->map, rhs, MP_MAP_LOOKUP) != NULL);
    }
    return dict_binary_op_slow(op, lhs, rhs);
}

static mp_obj_t dict_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_dict_t *self = dict_self(self_in);
    if (value == MP_OBJ_SENTINEL) {
        mp_map_elem_t *elem = mp_map_lookup(&self->map, index, MP_MAP_LOOKUP);
        if (elem != NULL) {
            return elem->value;
        }
        if (!mp_obj_is_type(self_in, &mp_type_dict)) {
            // An instance of a subclass: __missing__ (of its type, as CPython:
            // not through __getattr__) supplies the value.
            mp_obj_t dest[3];
            mp_load_special_method_maybe(self_in, MP_QSTR___missing__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                dest[2] = index;
                return mp_call_method_n_kw(1, 0, dest);
            }
        }
        mp_raise_KeyError(index);
    }
    if (value == MP_OBJ_NULL) {
        mp_obj_dict_delete(MP_OBJ_FROM_PTR(self), index);
    } else {
        // (mp_obj_dict_store written out: GCC does not always inline it here)
        mp_map_t *map = &self->map;
        if (map->is_fixed) {
            raise_fixed();
        }
        mp_map_lookup(map, index, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
    return mp_const_none;
}

// ---------------------------------------------------------------------------
// Iteration. One iterator type serves the dict and its three views, in
// both directions; it raises RuntimeError if the dict changes size.

typedef enum {
    DICT_KEYS,
    DICT_VALUES,
    DICT_ITEMS,
} dict_kind_t;

typedef struct _mp_obj_dict_it_t {
    mp_obj_base_t base;
    mp_obj_dict_t *dict;
    size_t cur;       // next table position (forward) or one past it (reverse)
    size_t used;      // the dict's size when iteration started
    size_t left;      // items not yet produced
    uint8_t kind;     // dict_kind_t
    bool reverse;
} mp_obj_dict_it_t;

// The next entry, or NULL at the end.
static mp_map_elem_t *dict_it_step(mp_obj_t self_in) {
    mp_obj_dict_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_t *map = &self->dict->map;
    if (map->used != self->used) {
        self->used = SIZE_MAX; // keep failing, as CPython does
        mp_raise_RuntimeError(MP_ERROR_TEXT("dictionary changed size during iteration"));
    }
    mp_map_elem_t *e = NULL;
    if (!self->reverse) {
        e = mp_map_next(map, &self->cur);
    } else {
        if (self->cur > map->filled) {
            self->cur = map->filled;
        }
        while (self->cur > 0) {
            mp_map_elem_t *cand = &map->table[--self->cur];
            if (cand->key != MP_OBJ_NULL && cand->key != MP_OBJ_SENTINEL) {
                e = cand;
                break;
            }
        }
    }
    if (e == NULL) {
        return NULL;
    }
    if (!self->reverse && self->left == 0) {
        // Same size but more entries than there were: a key was deleted
        // and another added behind the cursor.
        self->used = SIZE_MAX;
        mp_raise_RuntimeError(MP_ERROR_TEXT("dictionary keys changed during iteration"));
    }
    if (self->left > 0) {
        self->left--;
    }
    return e;
}

static mp_obj_t dict_it_iternext(mp_obj_t self_in) {
    mp_map_elem_t *e = dict_it_step(self_in);
    if (e == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    switch (((mp_obj_dict_it_t *)MP_OBJ_TO_PTR(self_in))->kind) {
        case DICT_KEYS:
            return e->key;
        case DICT_VALUES:
            return e->value;
        default:
            return mp_obj_new_tuple(2, &e->key);
    }
}

// An items iterator's next (key, value) (mp_pair_next_fun_t).
int mp_obj_dict_it_next_pair(mp_obj_t self_in, mp_obj_t *pair) {
    mp_map_elem_t *e = dict_it_step(self_in);
    if (e == NULL) {
        return 0;
    }
    pair[0] = e->key;
    pair[1] = e->value;
    return 1;
}

// __length_hint__(): the items left, 0 once the dict has changed size.
static mp_obj_t dict_it_length_hint(mp_obj_t self_in) {
    mp_obj_dict_it_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(self->used == self->dict->map.used ? self->left : 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_it_length_hint_obj, dict_it_length_hint);

static MP_COLD mp_obj_t dict_it_reduce(mp_obj_t self_in) {
    return mp_obj_iter_reduce_rest(self_in, sizeof(mp_obj_dict_it_t));
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_it_reduce_obj, dict_it_reduce);

static const mp_rom_map_elem_t dict_it_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&dict_it_length_hint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&dict_it_reduce_obj) },
};
static MP_DEFINE_CONST_DICT(dict_it_locals_dict, dict_it_locals_dict_table);

// The same iterator under CPython's six names (by kind and direction).
#define DICT_IT_TYPE(type_name, name_qstr, flags) \
    MP_DEFINE_CONST_OBJ_TYPE( \
        type_name, name_qstr, MP_TYPE_FLAG_ITER_IS_SELF | (flags), \
        unary_op, mp_generic_unary_op, \
        getiter, mp_obj_return_self, \
        iternext, dict_it_iternext, \
        locals_dict, (mp_obj_dict_t *)&dict_it_locals_dict \
        )
DICT_IT_TYPE(mp_type_dict_keyiterator, MP_QSTR_dict_keyiterator, 0);
DICT_IT_TYPE(mp_type_dict_valueiterator, MP_QSTR_dict_valueiterator, 0);
DICT_IT_TYPE(mp_type_dict_itemiterator, MP_QSTR_dict_itemiterator, MP_TYPE_FLAG_PAIR_ITER);
DICT_IT_TYPE(mp_type_dict_reversekeyiterator, MP_QSTR_dict_reversekeyiterator, 0);
DICT_IT_TYPE(mp_type_dict_reversevalueiterator, MP_QSTR_dict_reversevalueiterator, 0);
DICT_IT_TYPE(mp_type_dict_reverseitemiterator, MP_QSTR_dict_reverseitemiterator, 0);

static const mp_obj_type_t *const dict_it_types[2][3] = {
    { &mp_type_dict_keyiterator, &mp_type_dict_valueiterator, &mp_type_dict_itemiterator },
    { &mp_type_dict_reversekeyiterator, &mp_type_dict_reversevalueiterator, &mp_type_dict_reverseitemiterator },
};

static mp_obj_t dict_new_iter(mp_obj_dict_t *dict, dict_kind_t kind, bool reverse) {
    mp_obj_dict_it_t *it = m_new_obj(mp_obj_dict_it_t);
    it->base.type = dict_it_types[reverse][kind];
    it->dict = dict;
    it->cur = reverse ? dict->map.filled : 0;
    it->used = dict->map.used;
    it->left = dict->map.used;
    it->kind = kind;
    it->reverse = reverse;
    return MP_OBJ_FROM_PTR(it);
}

MP_COLD static mp_obj_t dict_getiter(mp_obj_t self_in) {
    return dict_new_iter(dict_self(self_in), DICT_KEYS, false);
}

// ---------------------------------------------------------------------------
// Views: dict.keys(), dict.values(), dict.items(). mp_type_dict_view is the
// keys view; values and items views have their own types.

typedef struct _mp_obj_dict_view_t {
    mp_obj_base_t base;
    mp_obj_t owner; // what keys() & co. were called on: a dict, a subclass, an OrderedDict...
} mp_obj_dict_view_t;

static const mp_obj_type_t dict_values_type;
static const mp_obj_type_t dict_items_type;

static dict_kind_t view_kind(mp_obj_t view) {
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(view))->type;
    return t == &mp_type_dict_view ? DICT_KEYS : t == &dict_values_type ? DICT_VALUES : DICT_ITEMS;
}

static bool is_set_like_view(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict_view) || mp_obj_is_type(o, &dict_items_type);
}

static mp_obj_t dict_new_view(mp_obj_t dict_in, dict_kind_t kind) {
    mp_obj_dict_view_t *v = m_new_obj(mp_obj_dict_view_t);
    v->base.type = kind == DICT_KEYS ? &mp_type_dict_view : kind == DICT_VALUES ? &dict_values_type : &dict_items_type;
    dict_self(dict_in); // (checks its type)
    v->owner = dict_in;
    return MP_OBJ_FROM_PTR(v);
}

static mp_obj_dict_t *view_dict(mp_obj_t view) {
    return dict_self(((mp_obj_dict_view_t *)MP_OBJ_TO_PTR(view))->owner);
}

MP_COLD static void view_print_items(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    // An OrderedDict's views print as odict_keys(...) & co. (its type lives
    // in extmod/, so it is known here by name).
    mp_obj_t owner = ((mp_obj_dict_view_t *)MP_OBJ_TO_PTR(self_in))->owner;
    owner = mp_obj_cast_to_native_base(owner, MP_OBJ_FROM_PTR(&mp_type_dict));
    if (mp_obj_get_type(owner)->name == MP_QSTR_OrderedDict) {
        mp_print_str(print, "o");
    }
    mp_printf(print, "%q([", ((mp_obj_base_t *)MP_OBJ_TO_PTR(self_in))->type->name);
    mp_obj_t iter = mp_getiter(self_in);
    mp_obj_t item;
    for (bool first = true; (item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION; first = false) {
        if (!first) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, item, PRINT_REPR);
    }
    mp_print_str(print, "])");
}

MP_COLD static void view_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    if (!mp_seq_print_guarded(print, self_in, kind, view_print_items)) {
        mp_print_str(print, "...");
    }
}

MP_COLD static mp_obj_t view_getiter(mp_obj_t self_in) {
    return dict_new_iter(view_dict(self_in), view_kind(self_in), false);
}

static bool view_contains(mp_obj_t self_in, mp_obj_t item) {
    mp_map_t *map = &view_dict(self_in)->map;
    switch (view_kind(self_in)) {
        case DICT_KEYS:
            return mp_map_lookup(map, item, MP_MAP_LOOKUP) != NULL;
        case DICT_VALUES: {
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_next(map, &cur)) != NULL) {
                mp_obj_t v = e->value;
                if (v == item || mp_obj_equal(v, item)) {
                    return true;
                }
            }
            return false;
        }
        default: {
            if (!mp_obj_is_type(item, &mp_type_tuple)) {
                return false;
            }
            size_t n;
            mp_obj_t *kv;
            mp_obj_tuple_get(item, &n, &kv);
            if (n != 2) {
                return false;
            }
            mp_map_elem_t *e = mp_map_lookup(map, kv[0], MP_MAP_LOOKUP);
            if (e == NULL) {
                return false;
            }
            mp_obj_t v = e->value;
            return v == kv[1] || mp_obj_equal(v, kv[1]);
        }
    }
}

static size_t obj_len(mp_obj_t o) {
    return MP_OBJ_SMALL_INT_VALUE(mp_obj_len(o));
}

// Every item of a (iterated) is in b (tested with `in`).
static bool all_contained_in(mp_obj_t a, mp_obj_t b) {
    mp_obj_t iter = mp_getiter(a);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (!mp_obj_is_true(mp_obj_contains(b, item))) {
            return false;
        }
    }
    return true;
}

static mp_obj_t view_intersect(mp_obj_t view, mp_obj_t other) {
    // Iterate the smaller side when both sides are sets or views.
    mp_obj_t iterate = other, probe = view;
    if ((mp_obj_is_set_or_frozenset(other) || is_set_like_view(other)) && obj_len(view) <= obj_len(other)) {
        iterate = view;
        probe = other;
    }
    mp_obj_t res = mp_obj_new_set(0, NULL);
    mp_obj_t iter = mp_getiter(iterate);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_true(mp_obj_contains(probe, item))) {
            mp_obj_set_store(res, item);
        }
    }
    return res;
}

// The set operations and comparisons of keys and items views (rare:
// noinline keeps them compiled for size, apart from `in`).
__attribute__((noinline)) MP_COLD static mp_obj_t view_set_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (view_kind(lhs) == DICT_VALUES) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_AND:
        case MP_BINARY_OP_REVERSE_AND:
            return view_intersect(lhs, rhs);
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_XOR:
        case MP_BINARY_OP_SUBTRACT:
        case MP_BINARY_OP_REVERSE_OR:
        case MP_BINARY_OP_REVERSE_XOR:
        case MP_BINARY_OP_REVERSE_SUBTRACT: {
            // a op b as set(a) op= b, with a the left operand.
            bool reflected = op >= MP_BINARY_OP_REVERSE_OR;
            mp_obj_t a = reflected ? rhs : lhs, b = reflected ? lhs : rhs;
            mp_obj_t res = mp_obj_new_set(0, NULL);
            mp_obj_set_update_iter(res, a);
            mp_binary_op_t base = reflected ? (mp_binary_op_t)(op - MP_BINARY_OP_REVERSE_OR + MP_BINARY_OP_OR) : op;
            if (base == MP_BINARY_OP_OR) {
                mp_obj_set_update_iter(res, b);
            } else if (base == MP_BINARY_OP_XOR) {
                mp_obj_set_symmetric_difference_update_iter(res, b);
            } else {
                mp_obj_set_difference_update_iter(res, b);
            }
            return res;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            if (!mp_obj_is_set_or_frozenset(rhs) && !is_set_like_view(rhs)) {
                return MP_OBJ_NULL;
            }
            size_t la = obj_len(lhs), lb = obj_len(rhs);
            bool r;
            switch (op) {
                case MP_BINARY_OP_EQUAL:
                case MP_BINARY_OP_NOT_EQUAL:
                    r = la == lb && all_contained_in(lhs, rhs);
                    if (op == MP_BINARY_OP_NOT_EQUAL) {
                        r = !r;
                    }
                    break;
                case MP_BINARY_OP_LESS:
                    r = la < lb && all_contained_in(lhs, rhs);
                    break;
                case MP_BINARY_OP_LESS_EQUAL:
                    r = la <= lb && all_contained_in(lhs, rhs);
                    break;
                case MP_BINARY_OP_MORE:
                    r = la > lb && all_contained_in(rhs, lhs);
                    break;
                default:
                    r = la >= lb && all_contained_in(rhs, lhs);
                    break;
            }
            return mp_obj_new_bool(r);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t view_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(view_contains(lhs, rhs));
    }
    return view_set_op(op, lhs, rhs);
}

MP_COLD static mp_obj_t view_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    size_t used = view_dict(self_in)->map.used;
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(used != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(used);
        case MP_UNARY_OP_HASH:
            if (view_kind(self_in) == DICT_VALUES) {
                return mp_generic_unary_op(op, self_in); // hashed by identity
            }
            mp_raise_TypeError_obj_unsupported(self_in, MP_ERROR_TEXT("unhashable type: '%s'"));
        default:
            return MP_OBJ_NULL;
    }
}

// view.isdisjoint(other)
MP_COLD static mp_obj_t view_isdisjoint(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_t iter = mp_getiter(other);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (view_contains(self_in, item)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_2(view_isdisjoint_obj, view_isdisjoint);

// view.__reversed__()
MP_COLD static mp_obj_t view___reversed__(mp_obj_t self_in) {
    return dict_new_iter(view_dict(self_in), view_kind(self_in), true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(view___reversed___obj, view___reversed__);

// ---------------------------------------------------------------------------
// A read-only proxy of a mapping (what CPython calls mappingproxy), given as
// view.mapping: lookups, iteration and comparisons go to the mapping, item
// assignment is refused.

typedef struct _mapping_proxy_t {
    mp_obj_base_t base;
    mp_obj_t mapping;
} mapping_proxy_t;

static const mp_obj_type_t mapping_proxy_type;

MP_COLD mp_obj_t mp_obj_new_mappingproxy(mp_obj_t mapping) {
    mapping_proxy_t *p = m_new_obj(mapping_proxy_t);
    p->base.type = &mapping_proxy_type;
    p->mapping = mapping;
    return MP_OBJ_FROM_PTR(p);
}

MP_COLD static void mapping_proxy_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mapping_proxy_t *self = MP_OBJ_TO_PTR(self_in);
    if (kind == PRINT_STR) {
        // str() is the mapping's own; only repr() names the proxy.
        mp_obj_print_helper(print, self->mapping, PRINT_STR);
        return;
    }
    mp_print_str(print, "mappingproxy(");
    mp_obj_print_helper(print, self->mapping, PRINT_REPR);
    mp_print_str(print, ")");
}

MP_COLD static mp_obj_t mapping_proxy_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mapping_proxy_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_LEN:
            return mp_obj_len(self->mapping);
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(mp_obj_is_true(self->mapping));
        default:
            return MP_OBJ_NULL;
    }
}

MP_COLD static mp_obj_t mapping_proxy_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mapping_proxy_t *self = MP_OBJ_TO_PTR(lhs);
    switch (op) {
        case MP_BINARY_OP_CONTAINS:
            return mp_obj_contains(self->mapping, rhs);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL:
        case MP_BINARY_OP_OR:
            return mp_binary_op(op, self->mapping, rhs);
        case MP_BINARY_OP_REVERSE_OR:
            // other | proxy: other | the mapping.
            return mp_binary_op(MP_BINARY_OP_OR, rhs, self->mapping);
        case MP_BINARY_OP_INPLACE_OR:
            // Not the fallback to |, which would rebind the name to a dict.
            mp_raise_TypeError(
                MP_ERROR_TEXT("'|=' is not supported by mappingproxy; use '|' instead"));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t mapping_proxy_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mapping_proxy_t *self = MP_OBJ_TO_PTR(self_in);
    if (value != MP_OBJ_SENTINEL) {
        mp_raise_TypeError(value == MP_OBJ_NULL
            ? MP_ERROR_TEXT("'mappingproxy' object does not support item deletion")
            : MP_ERROR_TEXT("'mappingproxy' object does not support item assignment"));
    }
    return mp_obj_subscr(self->mapping, index, MP_OBJ_SENTINEL);
}

MP_COLD static mp_obj_t mapping_proxy_getiter(mp_obj_t self_in) {
    mapping_proxy_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_getiter(self->mapping);
}

// The read-only methods are the mapping's own.
MP_COLD static void mapping_proxy_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mapping_proxy_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_keys:
        case MP_QSTR_values:
        case MP_QSTR_items:
        case MP_QSTR_get:
        case MP_QSTR_copy:
        case MP_QSTR___reversed__:
            mp_load_method(self->mapping, attr, dest);
            break;
        default:
            break;
    }
}

// mappingproxy(mapping): CPython takes anything with item access except
// lists and tuples.
MP_COLD static mp_obj_t mapping_proxy_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_named(MP_QSTR_mappingproxy, n_args, n_kw, 1, 1, false);
    const mp_obj_type_t *t = mp_obj_get_type(args[0]);
    if (!MP_OBJ_TYPE_HAS_SLOT(t, subscr) || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_list))
        || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_tuple))) {
        mp_raise_TypeError_obj_unsupported(
            args[0], MP_ERROR_TEXT("mappingproxy() argument must be a mapping, not %s"));
    }
    return mp_obj_new_mappingproxy(args[0]);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    mapping_proxy_type, MP_QSTR_mappingproxy, MP_TYPE_FLAG_NONE,
    make_new, mapping_proxy_make_new,
    print, mapping_proxy_print,
    unary_op, mapping_proxy_unary_op,
    binary_op, mapping_proxy_binary_op,
    subscr, mapping_proxy_subscr,
    getiter, mapping_proxy_getiter,
    attr, mapping_proxy_attr
    );

// view.mapping
MP_COLD static void view_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_mapping) {
        mp_obj_dict_view_t *self = MP_OBJ_TO_PTR(self_in);
        dest[0] = mp_obj_new_mappingproxy(self->owner);
    }
}

static const mp_rom_map_elem_t view_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&view_isdisjoint_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&view___reversed___obj) },
};
static MP_DEFINE_CONST_DICT(view_locals_dict, view_locals_dict_table);

static const mp_rom_map_elem_t values_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&view___reversed___obj) },
};
static MP_DEFINE_CONST_DICT(values_locals_dict, values_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_dict_view, MP_QSTR_dict_keys, MP_TYPE_FLAG_NONE,
    print, view_print,
    unary_op, view_unary_op,
    binary_op, view_binary_op,
    getiter, view_getiter,
    attr, view_attr,
    locals_dict, (mp_obj_dict_t *)&view_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    dict_values_type, MP_QSTR_dict_values, MP_TYPE_FLAG_NONE,
    print, view_print,
    unary_op, view_unary_op,
    binary_op, view_binary_op,
    getiter, view_getiter,
    attr, view_attr,
    locals_dict, (mp_obj_dict_t *)&values_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    dict_items_type, MP_QSTR_dict_items, MP_TYPE_FLAG_NONE,
    print, view_print,
    unary_op, view_unary_op,
    binary_op, view_binary_op,
    getiter, view_getiter,
    attr, view_attr,
    locals_dict, (mp_obj_dict_t *)&view_locals_dict
    );

// ---------------------------------------------------------------------------
// Methods.

// dict.keys()
static mp_obj_t dict_keys(mp_obj_t self_in) {
    return dict_new_view(self_in, DICT_KEYS);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_keys_obj, dict_keys);

// dict.values()
static mp_obj_t dict_values(mp_obj_t self_in) {
    return dict_new_view(self_in, DICT_VALUES);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_values_obj, dict_values);

// dict.items()
static mp_obj_t dict_items(mp_obj_t self_in) {
    return dict_new_view(self_in, DICT_ITEMS);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_items_obj, dict_items);

// dict.get(key[, default])
static mp_obj_t dict_get(size_t n_args, const mp_obj_t *args) {
    mp_map_elem_t *elem = mp_map_lookup(&dict_self(args[0])->map, args[1], MP_MAP_LOOKUP);
    if (elem != NULL) {
        return elem->value;
    }
    return n_args == 3 ? args[2] : mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_get_obj, 2, 3, dict_get);

// dict.setdefault(key[, default])
static mp_obj_t dict_setdefault(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *self = dict_self_mutable(args[0]);
    mp_map_elem_t *elem = mp_map_lookup(&self->map, args[1], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (elem->value == MP_OBJ_NULL) {
        elem->value = n_args == 3 ? args[2] : mp_const_none;
    }
    return elem->value;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_setdefault_obj, 2, 3, dict_setdefault);

// dict.pop(key[, default])
static mp_obj_t dict_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *self = dict_self_mutable(args[0]);
    // An empty dict does not hash the key: {}.pop([1], 5) is 5.
    mp_map_elem_t *elem = self->map.used == 0 ? NULL :
        mp_map_lookup(&self->map, args[1], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (elem != NULL) {
        return elem->value;
    }
    if (n_args == 3) {
        return args[2];
    }
    mp_raise_KeyError(args[1]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_pop_obj, 2, 3, dict_pop);

// dict.popitem()
MP_COLD static mp_obj_t dict_popitem(mp_obj_t self_in) {
    mp_obj_dict_t *self = dict_self_mutable(self_in);
    mp_map_t *map = &self->map;
    size_t pos = map->filled;
    while (pos > 0 && !mp_map_slot_is_filled(map, pos - 1)) {
        pos--;
    }
    if (pos == 0) {
        mp_raise_msg(&mp_type_KeyError, MP_ERROR_TEXT("popitem(): dictionary is empty"));
    }
    mp_obj_t kv[2] = { map->table[pos - 1].key, map->table[pos - 1].value };
    mp_map_lookup(map, kv[0], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    mp_map_trim_tail(map);
    return mp_obj_new_tuple(2, kv);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_popitem_obj, dict_popitem);

// dict.update([other], **kwargs)
static mp_obj_t dict_update(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    mp_obj_dict_t *self = dict_self_mutable(args[0]);
    if (n_args > 2) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("update expected at most 1 argument, got %u"), (unsigned)(n_args - 1));
    }
    if (n_args == 2) {
        dict_update_from(args[0], self, args[1]);
    }
    if (kwargs != NULL) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(kwargs, &cur)) != NULL) {
            mp_map_lookup(&self->map, e->key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(dict_update_obj, 1, dict_update);

// dict.clear()
MP_COLD static mp_obj_t dict_clear(mp_obj_t self_in) {
    mp_obj_dict_t *self = dict_self_mutable(self_in);
    mp_map_clear(&self->map);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict_clear_obj, dict_clear);

// dict.copy()
static MP_DEFINE_CONST_FUN_OBJ_1(dict_copy_obj, mp_obj_dict_copy);

// dict.fromkeys(iterable[, value]) (a classmethod)
MP_COLD static mp_obj_t dict_fromkeys(size_t n_args, const mp_obj_t *args) {
    mp_obj_t cls = args[0];
    mp_obj_t value = n_args == 3 ? args[2] : mp_const_none;
    mp_obj_t d = cls == MP_OBJ_FROM_PTR(&mp_type_dict) ? mp_obj_new_dict(0) : mp_call_function_0(cls);
    if (mp_obj_is_type(d, &mp_type_dict)) {
        // From a dict, set or frozenset: their stored hashes are reused, so
        // no key's __hash__ runs again (as in CPython).
        mp_map_t *dm = mp_obj_dict_get_map(d);
        mp_obj_t src = args[1];
        if (mp_obj_is_type(src, &mp_type_dict)) {
            mp_map_t *sm = mp_obj_dict_get_map(src);
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_next(sm, &cur)) != NULL) {
                mp_obj_t key = e->key;
                mp_map_lookup_hashed(dm, key, mp_map_entry_hash(sm, cur - 1), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
            }
            return d;
        }
        if (mp_obj_is_type(src, &mp_type_set) || mp_obj_is_type(src, &mp_type_frozenset)) {
            mp_set_t *ss = mp_obj_set_table(src);
            for (size_t pos = 0; pos < ss->alloc; pos++) {
                if (mp_set_slot_is_filled(ss, pos)) {
                    mp_map_lookup_hashed(dm, ss->table[pos], MP_SET_HASHES(ss)[pos], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
                }
            }
            return d;
        }
    }
    mp_obj_t iter = mp_getiter(args[1]);
    mp_obj_t key;
    bool plain = mp_obj_is_type(d, &mp_type_dict);
    while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        if (plain) {
            mp_obj_dict_store(d, key, value);
        } else {
            mp_obj_subscr(d, key, value);
        }
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dict_fromkeys_fun_obj, 2, 3, dict_fromkeys);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(dict_fromkeys_obj, MP_ROM_PTR(&dict_fromkeys_fun_obj));

// dict.__reversed__()
MP_COLD static mp_obj_t dict___reversed__(mp_obj_t self_in) {
    return dict_new_iter(dict_self(self_in), DICT_KEYS, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(dict___reversed___obj, dict___reversed__);

// Most used first: ROM tables are scanned linearly.
static const mp_rom_map_elem_t dict_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&dict_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&dict_items_obj) },
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&dict_keys_obj) },
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&dict_values_obj) },
    { MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&dict_setdefault_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&dict_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&dict_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&dict_popitem_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&dict_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&dict_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromkeys), MP_ROM_PTR(&dict_fromkeys_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dict___reversed___obj) },
};
static MP_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_dict, MP_QSTR_dict, MP_TYPE_FLAG_BASETYPE,
    print, dict_print,
    make_new, dict_make_new,
    unary_op, dict_unary_op,
    binary_op, dict_binary_op,
    subscr, dict_subscr,
    getiter, dict_getiter,
    locals_dict, (mp_obj_dict_t *)&dict_locals_dict
    );
