// The _weakref module: weak references (ref, with callbacks), proxies,
// getweakrefcount and getweakrefs; lib/weakref.py builds the rest on it.
// Left out: the ref object a subclass callback receives is the built-in part
// of the subclass instance, not the instance itself.
#include "py/mpconfig.h"

#include <string.h>

#include "py/gc.h"
#include "py/mpstate.h"
#include "py/runtime.h"
#include "py/objtype_internal.h"

// A weak reference keeps the address of its object bit-inverted: the
// collector's conservative scan reads every word of a live object, and the
// inverted address never points into the heap, so it does not keep the
// object alive. 0 means the object is gone.
typedef struct _mp_obj_weakref_t {
    mp_obj_base_t base;
    uintptr_t hidden;
    mp_obj_t callback; // None, or called with the reference once cleared
    mp_obj_t hash; // hash of the object, MP_OBJ_NULL until asked for
} mp_obj_weakref_t;

// The registry: every weak reference to a heap object, in an open-addressing
// table (linear probing) keyed by the object's address, so that the
// references to one object sit in one probe run (reuse of a plain ref,
// getweakrefs). The table is atomic memory, never scanned, so it keeps
// nothing alive; MP_STATE_VM(weakref_table) keeps the table itself. Each
// collection walks it once or twice (registry_sweep, O(slots)); removed
// entries become tombstones until the next rebuild, done on an insert.
// Inserts never reuse a tombstone, and walks start at an empty slot, so the
// references to one object stay in creation order (their callbacks run
// newest first, as in CPython).
// References to static objects (built-in functions, types) never die and
// are not registered.
typedef struct _wr_table_t {
    size_t alloc; // slots, a power of two
    size_t used; // live entries
    size_t filled; // live entries and tombstones
    uintptr_t slot[];
} wr_table_t;

#define SLOT_EMPTY ((uintptr_t)0)
#define SLOT_GONE ((uintptr_t)1) // tombstone (real entries are aligned)

static const mp_obj_type_t weakref_ref_type;
static const mp_obj_type_t weakref_proxy_type;
static const mp_obj_type_t weakref_callable_proxy_type;

static inline void *target_of(const mp_obj_weakref_t *wr) {
    return (void *)~wr->hidden;
}

static size_t slot_hash(const void *obj, size_t mask) {
    uintptr_t h = (uintptr_t)obj >> 4;
    h ^= h >> 9;
    h *= (uintptr_t)2654435761u;
    return (size_t)(h ^ (h >> 15)) & mask;
}

static void table_put(wr_table_t *t, mp_obj_weakref_t *wr) {
    size_t mask = t->alloc - 1;
    size_t i = slot_hash(target_of(wr), mask);
    while (t->slot[i] != SLOT_EMPTY) {
        i = (i + 1) & mask;
    }
    t->slot[i] = (uintptr_t)wr;
    t->filled++;
    t->used++;
}

// An empty slot (the table is never full): a walk of all slots from there,
// forwards or backwards, meets each probe run whole.
static size_t empty_slot(const wr_table_t *t) {
    size_t i = 0;
    while (t->slot[i] != SLOT_EMPTY) {
        i++;
    }
    return i;
}

// The collector's hook (see gc.h). Before deferred finalisers keep their
// garbage alive: references to unreached objects are cleared, and those
// that are themselves reachable and have a callback are queued to run it.
// After: references that are garbage themselves are forgotten.
static void registry_sweep(bool after_finalisers) {
    wr_table_t *t = MP_STATE_VM(weakref_table);
    if (t == NULL) {
        return;
    }
    // Backwards, so that the callbacks of one object are queued newest first.
    size_t e = empty_slot(t);
    for (size_t n = 1; n <= t->alloc; n++) {
        size_t i = (e - n) & (t->alloc - 1);
        mp_obj_weakref_t *wr = (mp_obj_weakref_t *)t->slot[i];
        if ((uintptr_t)wr <= SLOT_GONE) {
            continue;
        }
        if (after_finalisers) {
            if (gc_is_marked(wr)) {
                continue;
            }
        } else {
            if (gc_is_marked(target_of(wr))) {
                continue;
            }
            wr->hidden = 0;
            // (A full queue loses the callback: 16k callbacks still waiting.)
            if (wr->callback != mp_const_none && gc_is_marked(wr)) {
                gc_queue_finaliser(wr);
            }
        }
        t->slot[i] = SLOT_GONE;
        t->used--;
    }
}

static void registry_add(mp_obj_weakref_t *wr) {
    wr_table_t *t = MP_STATE_VM(weakref_table);
    if (t == NULL || (t->filled + 1) * 4 > t->alloc * 3) {
        size_t alloc = 16;
        while (t != NULL && alloc < (t->used + 1) * 2) {
            alloc *= 2;
        }
        size_t nbytes = sizeof(wr_table_t) + alloc * sizeof(uintptr_t);
        wr_table_t *fresh = m_malloc_atomic(nbytes);
        memset(fresh, 0, nbytes);
        fresh->alloc = alloc;
        // Read again: the allocation may have collected, emptying slots.
        t = MP_STATE_VM(weakref_table);
        for (size_t n = 1, start = t ? empty_slot(t) : 0; t != NULL && n <= t->alloc; n++) {
            uintptr_t e = t->slot[(start + n) & (t->alloc - 1)];
            if (e > SLOT_GONE) {
                table_put(fresh, (mp_obj_weakref_t *)e);
            }
        }
        MP_STATE_VM(weakref_table) = fresh;
        m_free(t);
        t = fresh;
        gc_set_weak_hook(registry_sweep);
    }
    table_put(t, wr);
}

// Calls fn(wr, arg) for each live reference to obj; stops when it returns true.
static mp_obj_weakref_t *registry_find(void *obj, bool (*fn)(mp_obj_weakref_t *, void *), void *arg) {
    wr_table_t *t = MP_STATE_VM(weakref_table);
    if (t == NULL || !gc_is_heap_ptr(obj)) {
        return NULL;
    }
    size_t mask = t->alloc - 1;
    for (size_t i = slot_hash(obj, mask); t->slot[i] != SLOT_EMPTY; i = (i + 1) & mask) {
        mp_obj_weakref_t *wr = (mp_obj_weakref_t *)t->slot[i];
        if ((uintptr_t)wr > SLOT_GONE && target_of(wr) == obj && fn(wr, arg)) {
            return wr;
        }
    }
    return NULL;
}

// Types CPython gives weak reference support besides user classes, the
// core ones by address and the library ones by name.
static bool type_takes_weakrefs(const mp_obj_type_t *t) {
    static const mp_obj_type_t *const core[] = {
        &mp_type_type, &mp_type_set, &mp_type_frozenset, &mp_type_fun_bc,
        &mp_type_bound_meth, &mp_type_gen_instance, &mp_type_coro_instance,
        &mp_type_module, &mp_type_code, &mp_type_memoryview, &weakref_ref_type,
    };
    static const uint16_t names[] = {
        MP_QSTR_deque, MP_QSTR_partial, MP_QSTR_array, MP_QSTR_Pattern, MP_QSTR_BytesIO,
        MP_QSTR_StringIO, MP_QSTR_OrderedDict, MP_QSTR_Counter, MP_QSTR_socket,
        MP_QSTR_TextIOWrapper, MP_QSTR_FileIO, MP_QSTR__lru_cache_wrapper, MP_QSTR_Struct,
        MP_QSTR_Random, MP_QSTR_SystemRandom, MP_QSTR_partialmethod, MP_QSTR_cached_property,
        MP_QSTR_singledispatchmethod, MP_QSTR__Environ, MP_QSTR_async_generator, MP_QSTR_lock,
        MP_QSTR__tee, MP_QSTR_GenericAlias,
    };
    if (mp_obj_is_instance_type(t)) {
        if (mp_obj_type_is_metaclass(t)) {
            return true; // the object is a class
        }
        // (class C(Plain, int) inherits a __weakref__ entry it cannot use)
        if (mp_obj_type_itemsize(MP_OBJ_FROM_PTR(t)) != 0) {
            return false;
        }
        // The first class of a hierarchy whose instances take weak
        // references gets a __weakref__ entry (py/objtype.c).
        for (size_t i = 0; i < MP_OBJ_TYPE_GET_SLOT(t, mro)->len; i++) {
            const mp_obj_type_t *c = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(t, mro)->items[i]);
            if (mp_obj_is_instance_type(c) &&
                mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(c, locals_dict)->map, MP_OBJ_NEW_QSTR(MP_QSTR___weakref__),
                    MP_MAP_LOOKUP) != NULL) {
                return true;
            }
        }
        // Or the built-in base does (class S(set) adds no __weakref__).
        t = mp_obj_type_user(t)->native_base;
        if (t == NULL) {
            return false;
        }
    }
    if (t->flags & MP_TYPE_FLAG_BUILTIN_FUN) {
        return true;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(core); i++) {
        if (t == core[i]) {
            return true;
        }
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (t->name == names[i]) {
            return true;
        }
    }
    return false;
}

static bool is_plain(mp_obj_weakref_t *wr, void *type) {
    return wr->base.type == type && wr->callback == mp_const_none;
}

// A new reference of type (ref or one of the proxies) to obj; references
// without a callback are shared, as in CPython.
static mp_obj_t weakref_new(const mp_obj_type_t *type, mp_obj_t obj, mp_obj_t callback) {
    if (!mp_obj_is_obj(obj) || !type_takes_weakrefs(mp_obj_get_type(obj))) {
        mp_raise_TypeError_obj_unsupported(
            obj, MP_ERROR_TEXT("cannot create weak reference to '%s' object"));
    }
    if (type != &weakref_ref_type && mp_obj_is_callable(obj)) {
        type = &weakref_callable_proxy_type;
    }
    void *ptr = MP_OBJ_TO_PTR(obj);
    if (callback == mp_const_none) {
        mp_obj_weakref_t *old = registry_find(ptr, is_plain, (void *)type);
        if (old != NULL) {
            return MP_OBJ_FROM_PTR(old);
        }
    }
    mp_obj_weakref_t *wr = m_new_obj(mp_obj_weakref_t);
    wr->base.type = type;
    wr->hidden = ~(uintptr_t)ptr;
    wr->callback = callback;
    if (gc_is_heap_ptr(ptr)) {
        registry_add(wr);
    }
    return MP_OBJ_FROM_PTR(wr);
}

// The object, or MP_OBJ_NULL once it is gone.
static mp_obj_t weakref_get(mp_obj_t self_in) {
    mp_obj_weakref_t *self = MP_OBJ_TO_PTR(self_in);
    return self->hidden == 0 ? MP_OBJ_NULL : MP_OBJ_FROM_PTR(target_of(self));
}

// Called by the finaliser machinery (py/gcfinaliser.c) for a queued object:
// the callback of a cleared weak reference (taken, it runs once), or
// MP_OBJ_NULL if ptr is something else.
mp_obj_t mp_obj_weakref_take_callback(void *ptr) {
    mp_obj_weakref_t *wr = ptr;
    const mp_obj_type_t *t = wr->base.type;
    if (t != &weakref_ref_type && t != &weakref_proxy_type && t != &weakref_callable_proxy_type) {
        return MP_OBJ_NULL;
    }
    mp_obj_t cb = wr->callback;
    wr->callback = mp_const_none;
    return cb;
}

// ref(object[, callback])
static mp_obj_t weakref_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    return weakref_new(&weakref_ref_type, args[0], n_args > 1 ? args[1] : mp_const_none);
}

static void weakref_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_t obj = weakref_get(self_in);
    if (obj == MP_OBJ_NULL) {
        mp_printf(print, "<weakref at %p; dead>", MP_OBJ_TO_PTR(self_in));
        return;
    }
    mp_printf(print, "<weakref at %p; to '%s' at %p", MP_OBJ_TO_PTR(self_in),
        mp_obj_get_type_str(obj), MP_OBJ_TO_PTR(obj));
    // The object's __name__, if it has one (a failing lookup just leaves it out).
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[2];
        mp_load_method_maybe(obj, MP_QSTR___name__, dest);
        if (dest[0] != MP_OBJ_NULL && mp_obj_is_str(dest[0])) {
            mp_printf(print, " (%s)", mp_obj_str_get_str(dest[0]));
        }
        nlr_pop();
    }
    mp_print_str(print, ">");
}

// r(): the object, or None once it is gone.
static mp_obj_t weakref_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    mp_arg_check_num(n_args, n_kw, 0, 0, false);
    mp_obj_t obj = weakref_get(self_in);
    return obj == MP_OBJ_NULL ? mp_const_none : obj;
}

static mp_obj_t weakref_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_weakref_t *self = MP_OBJ_TO_PTR(self_in);
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    if (self->hash == MP_OBJ_NULL) {
        mp_obj_t obj = weakref_get(self_in);
        if (obj == MP_OBJ_NULL) {
            mp_raise_TypeError(MP_ERROR_TEXT("weak object has gone away"));
        }
        self->hash = mp_obj_hash(obj);
    }
    return self->hash;
}

// Two live references compare as their objects; otherwise by identity.
static mp_obj_t weakref_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t rhs = mp_obj_cast_to_native_base(rhs_in, MP_OBJ_FROM_PTR(&weakref_ref_type));
    if (!mp_obj_is_type(rhs, &weakref_ref_type)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t a = weakref_get(lhs_in);
    mp_obj_t b = weakref_get(rhs);
    if (a == MP_OBJ_NULL || b == MP_OBJ_NULL) {
        return mp_obj_new_bool((lhs_in == rhs) == (op == MP_BINARY_OP_EQUAL));
    }
    return mp_binary_op(op, a, b);
}

static void weakref_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (attr == MP_QSTR___callback__ && dest[0] == MP_OBJ_NULL) {
        dest[0] = ((mp_obj_weakref_t *)MP_OBJ_TO_PTR(self_in))->callback;
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    weakref_ref_type, MP_QSTR_ReferenceType, MP_TYPE_FLAG_BASETYPE,
    print, weakref_print,
    make_new, weakref_make_new,
    call, weakref_call,
    unary_op, weakref_unary_op,
    binary_op, weakref_binary_op,
    attr, weakref_attr
    );

// Proxies: every operation goes to the object, or raises ReferenceError.

static mp_obj_t proxy_target(mp_obj_t self_in) {
    mp_obj_t obj = weakref_get(self_in);
    if (obj == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_ReferenceError,
            MP_ERROR_TEXT("weakly-referenced object no longer exists"));
    }
    return obj;
}

bool mp_obj_weakref_is_proxy(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    return t == &weakref_proxy_type || t == &weakref_callable_proxy_type;
}

mp_obj_t mp_obj_weakref_unwrap(mp_obj_t o) {
    return mp_obj_weakref_is_proxy(o) ? proxy_target(o) : o;
}

static void proxy_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_t obj = proxy_target(self_in);
    if (kind == PRINT_REPR) {
        mp_printf(print, "<weakproxy at %p to %s at %p>", MP_OBJ_TO_PTR(self_in),
            mp_obj_get_type_str(obj), MP_OBJ_TO_PTR(obj));
    } else {
        mp_obj_print_helper(print, obj, kind);
    }
}

static mp_obj_t proxy_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return mp_call_function_n_kw(proxy_target(self_in), n_args, n_kw, args);
}

static mp_obj_t proxy_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_t obj = proxy_target(self_in);
    switch (op) {
        case MP_UNARY_OP_HASH:
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NULL; // unhashable, as in CPython
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(mp_obj_is_true(obj));
        case MP_UNARY_OP_LEN:
            return mp_obj_len_maybe(obj);
        default: {
            const mp_obj_type_t *t = mp_obj_get_type(obj);
            return MP_OBJ_TYPE_HAS_SLOT(t, unary_op) ? MP_OBJ_TYPE_GET_SLOT(t, unary_op)(op, obj) : MP_OBJ_NULL;
        }
    }
}

// For a reflected op the runtime calls us with the operands swapped.
static mp_obj_t proxy_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op == MP_BINARY_OP_IS || op == MP_BINARY_OP_EXCEPTION_MATCH) {
        return MP_OBJ_NULL;
    }
    mp_obj_t a = proxy_target(lhs_in);
    mp_obj_t b = mp_obj_weakref_unwrap(rhs_in);
    if (op >= MP_BINARY_OP_REVERSE_OR) {
        return mp_binary_op(op - MP_BINARY_OP_REVERSE_OR + MP_BINARY_OP_OR, b, a);
    }
    return mp_binary_op(op, a, b);
}

static void proxy_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_t obj = proxy_target(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        mp_load_method(obj, attr, dest);
        return;
    }
    if (dest[1] == MP_OBJ_NULL) {
        mp_delete_attr(obj, attr);
    } else {
        mp_store_attr(obj, attr, dest[1]);
    }
    dest[0] = MP_OBJ_NULL;
}

static mp_obj_t proxy_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_t res = mp_obj_subscr(proxy_target(self_in), index, value);
    return value == MP_OBJ_SENTINEL ? res : mp_const_none;
}

static mp_obj_t proxy_getiter(mp_obj_t self_in) {
    return mp_getiter(proxy_target(self_in));
}

static mp_obj_t proxy_iternext(mp_obj_t self_in) {
    mp_obj_t obj = proxy_target(self_in);
    if (!MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(obj), iternext)) {
        mp_raise_TypeError_obj_unsupported(
            obj, MP_ERROR_TEXT("Weakref proxy referenced a non-iterator '%s' object"));
    }
    return mp_iternext(obj);
}

// clang-format off
#define PROXY_SLOTS \
    print, proxy_print, \
    unary_op, proxy_unary_op, \
    binary_op, proxy_binary_op, \
    attr, proxy_attr, \
    subscr, proxy_subscr, \
    getiter, proxy_getiter, \
    iternext, proxy_iternext
// clang-format on

static MP_DEFINE_CONST_OBJ_TYPE(
    weakref_proxy_type, MP_QSTR_ProxyType, MP_TYPE_FLAG_NONE,
    PROXY_SLOTS
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    weakref_callable_proxy_type, MP_QSTR_CallableProxyType, MP_TYPE_FLAG_NONE,
    call, proxy_call,
    PROXY_SLOTS
    );

// proxy(object[, callback])
static mp_obj_t weakref_proxy(size_t n_args, const mp_obj_t *args) {
    return weakref_new(&weakref_proxy_type, args[0], n_args > 1 ? args[1] : mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(weakref_proxy_obj, 1, 2, weakref_proxy);

static bool count_one(mp_obj_weakref_t *wr, void *arg) {
    (void)wr;
    ++*(size_t *)arg;
    return false;
}

static bool append_one(mp_obj_weakref_t *wr, void *list) {
    mp_obj_list_append(MP_OBJ_FROM_PTR(list), MP_OBJ_FROM_PTR(wr));
    return false;
}

// getweakrefcount(object)
static mp_obj_t weakref_getweakrefcount(mp_obj_t obj) {
    size_t n = 0;
    registry_find(MP_OBJ_TO_PTR(obj), count_one, &n);
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(weakref_getweakrefcount_obj, weakref_getweakrefcount);

// getweakrefs(object)
static mp_obj_t weakref_getweakrefs(mp_obj_t obj) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    registry_find(MP_OBJ_TO_PTR(obj), append_one, MP_OBJ_TO_PTR(list));
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_1(weakref_getweakrefs_obj, weakref_getweakrefs);

static const mp_rom_map_elem_t weakref_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__weakref) },
    { MP_ROM_QSTR(MP_QSTR_ref), MP_ROM_PTR(&weakref_ref_type) },
    { MP_ROM_QSTR(MP_QSTR_ReferenceType), MP_ROM_PTR(&weakref_ref_type) },
    { MP_ROM_QSTR(MP_QSTR_ProxyType), MP_ROM_PTR(&weakref_proxy_type) },
    { MP_ROM_QSTR(MP_QSTR_CallableProxyType), MP_ROM_PTR(&weakref_callable_proxy_type) },
    { MP_ROM_QSTR(MP_QSTR_proxy), MP_ROM_PTR(&weakref_proxy_obj) },
    { MP_ROM_QSTR(MP_QSTR_getweakrefcount), MP_ROM_PTR(&weakref_getweakrefcount_obj) },
    { MP_ROM_QSTR(MP_QSTR_getweakrefs), MP_ROM_PTR(&weakref_getweakrefs_obj) },
};
static MP_DEFINE_CONST_DICT(weakref_module_globals, weakref_module_globals_table);

const mp_obj_module_t mp_module_weakref = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&weakref_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__weakref, mp_module_weakref);
