// The heapq module: a binary min-heap kept in a plain list (heappush,
// heappop, heapify, heapreplace, heappushpop) plus nsmallest, nlargest
// and merge.
//
// The sift steps compare with the runtime's `<` only, in the same order and
// with the same operands as CPython's heapq, so items that compare equal end
// up in the same places and the lists printed by programs match.
//
// A user __lt__ may run arbitrary code, including code that shrinks or
// grows the heap list. After every comparison the list's length is checked
// again and a change raises RuntimeError (as CPython does), and the item
// array is re-read, since it may have been reallocated.
#include "py/mpconfig.h"

#if MICROPY_PY_HEAPQ

#include "py/runtime.h"
#include "py/sequence.h"

// The list behind a heap argument (a list or an instance of a list
// subclass); raises CPython's TypeError otherwise.
// fun_name carries CPython's wording: "heappop() argument" for the
// one-argument functions, "heappush() argument 1" for the others.
static mp_obj_list_t *heapq_get_list(mp_obj_t heap, const char *fun_name) {
    if (mp_obj_is_type(heap, &mp_type_list)) {
        return MP_OBJ_TO_PTR(heap);
    }
    if (mp_obj_is_obj(heap)) {
        mp_obj_t native = mp_obj_cast_to_native_base(heap, MP_OBJ_FROM_PTR(&mp_type_list));
        if (mp_obj_is_type(native, &mp_type_list)) {
            return MP_OBJ_TO_PTR(native);
        }
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%s must be list, not %s"), fun_name,
        heap == mp_const_none ? "None" : mp_obj_get_type_str(heap));
}

// a < b (a > b for a max-heap), then make sure the comparison did not
// resize the heap.
static bool heapq_less(mp_obj_list_t *heap, bool max_heap, size_t expected_len, mp_obj_t a, mp_obj_t b) {
    bool lt = max_heap ? mp_obj_less(b, a) : mp_obj_less(a, b);
    if (heap->len != expected_len) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("list changed size during iteration"));
    }
    return lt;
}

// Move the item at pos up towards start until its parent is not greater.
// Only positions below the length are touched, and every comparison is
// followed by a length check, so no access can go out of bounds.
static void heapq_sift_towards_root(mp_obj_list_t *heap, bool max_heap, size_t start, size_t pos) {
    size_t len = heap->len;
    mp_obj_t item = heap->items[pos];
    while (pos > start) {
        size_t parent_pos = (pos - 1) >> 1;
        mp_obj_t parent = heap->items[parent_pos];
        if (!heapq_less(heap, max_heap, len, item, parent)) {
            break;
        }
        // The comparison may have reordered the list (same length): take the
        // current occupants of the two slots, as CPython does.
        parent = heap->items[parent_pos];
        item = heap->items[pos];
        heap->items[parent_pos] = item;
        heap->items[pos] = parent;
        pos = parent_pos;
    }
}

// Restore the heap below pos: walk the smaller child down to a leaf, moving
// children up, then sift the displaced item back up from that leaf. This
// takes fewer comparisons than stopping early (Knuth's bottom-up variant).
static void heapq_sift_towards_leaves(mp_obj_list_t *heap, bool max_heap, size_t pos) {
    size_t len = heap->len;
    size_t start = pos;
    size_t child = 2 * pos + 1;
    while (child < len) {
        size_t right = child + 1;
        if (right < len && !heapq_less(heap, max_heap, len, heap->items[child], heap->items[right])) {
            child = right;
        }
        mp_obj_t tmp = heap->items[child];
        heap->items[child] = heap->items[pos];
        heap->items[pos] = tmp;
        pos = child;
        child = 2 * pos + 1;
    }
    heapq_sift_towards_root(heap, max_heap, start, pos);
}

// heappush(heap, item)
static mp_obj_t heapq_heappush(mp_obj_t heap_in, mp_obj_t item) {
    mp_obj_list_t *heap = heapq_get_list(heap_in, "heappush() argument 1");
    mp_obj_list_append(MP_OBJ_FROM_PTR(heap), item);
    heapq_sift_towards_root(heap, false, 0, heap->len - 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heappush_obj, heapq_heappush);

// heappop(heap): the smallest item (_heappop_max: the largest of a max-heap).
static mp_obj_t heapq_pop(mp_obj_t heap_in, bool max_heap) {
    mp_obj_list_t *heap = heapq_get_list(heap_in, "heappop() argument");
    if (heap->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("index out of range"));
    }
    size_t last = heap->len - 1;
    mp_obj_t last_item = heap->items[last];
    heap->items[last] = MP_OBJ_NULL; // do not keep it alive from the spare slot
    mp_obj_list_set_len(MP_OBJ_FROM_PTR(heap), last);
    if (last == 0) {
        return last_item;
    }
    mp_obj_t result = heap->items[0];
    heap->items[0] = last_item;
    heapq_sift_towards_leaves(heap, max_heap, 0);
    return result;
}

static mp_obj_t heapq_heappop(mp_obj_t heap_in) {
    return heapq_pop(heap_in, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(heapq_heappop_obj, heapq_heappop);

static mp_obj_t heapq_heappop_max(mp_obj_t heap_in) {
    return heapq_pop(heap_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(heapq_heappop_max_obj, heapq_heappop_max);

// heapreplace(heap, item): pop then push, in one sift; the heap must not be empty.
static mp_obj_t heapq_replace(mp_obj_t heap_in, mp_obj_t item, bool max_heap) {
    mp_obj_list_t *heap = heapq_get_list(heap_in, "heapreplace() argument 1");
    if (heap->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("index out of range"));
    }
    mp_obj_t result = heap->items[0];
    heap->items[0] = item;
    heapq_sift_towards_leaves(heap, max_heap, 0);
    return result;
}

static mp_obj_t heapq_heapreplace(mp_obj_t heap_in, mp_obj_t item) {
    return heapq_replace(heap_in, item, false);
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heapreplace_obj, heapq_heapreplace);

static mp_obj_t heapq_heapreplace_max(mp_obj_t heap_in, mp_obj_t item) {
    return heapq_replace(heap_in, item, true);
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heapreplace_max_obj, heapq_heapreplace_max);

// heappushpop(heap, item): push then pop, returning item itself when it is
// not greater than the smallest.
static mp_obj_t heapq_heappushpop(mp_obj_t heap_in, mp_obj_t item) {
    mp_obj_list_t *heap = heapq_get_list(heap_in, "heappushpop() argument 1");
    if (heap->len == 0) {
        return item;
    }
    mp_obj_t top = heap->items[0];
    bool top_smaller = mp_obj_less(top, item);
    if (!top_smaller) {
        return item;
    }
    // The comparison may have emptied the list.
    if (heap->len == 0) {
        mp_raise_IndexError(MP_ERROR_TEXT("index out of range"));
    }
    top = heap->items[0];
    heap->items[0] = item;
    heapq_sift_towards_leaves(heap, false, 0);
    return top;
}
static MP_DEFINE_CONST_FUN_OBJ_2(heapq_heappushpop_obj, heapq_heappushpop);

// heapify(x): make the list a heap in place, in linear time.
static mp_obj_t heapq_make_heap(mp_obj_t heap_in, bool max_heap) {
    mp_obj_list_t *heap = heapq_get_list(heap_in, "heapify() argument");
    for (size_t i = heap->len / 2; i-- > 0;) {
        heapq_sift_towards_leaves(heap, max_heap, i);
    }
    return mp_const_none;
}

static mp_obj_t heapq_heapify_max(mp_obj_t heap_in) {
    return heapq_make_heap(heap_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(heapq_heapify_max_obj, heapq_heapify_max);

static mp_obj_t heapq_heapify(mp_obj_t heap_in) {
    return heapq_make_heap(heap_in, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(heapq_heapify_obj, heapq_heapify);

// nsmallest/nlargest(n, iterable, key=None): documented by CPython as equal
// to sorted(iterable, key=key[, reverse=True])[:n], which a stable sort of
// the whole input gives exactly (ties keep their input order).
static mp_obj_t heapq_select(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args, bool largest) {
    enum { ARG_n, ARG_iterable, ARG_key };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_n, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_key, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    // An int too big for a machine word means "all" or "none", as in CPython.
    mp_int_t n;
    if (!mp_obj_get_int_maybe(args[ARG_n].u_obj, &n)) {
        if (mp_obj_is_int(args[ARG_n].u_obj)) {
            n = mp_obj_int_sign(args[ARG_n].u_obj) > 0 ? MP_SMALL_INT_MAX : 0;
        } else {
            n = mp_obj_get_int(args[ARG_n].u_obj);
        }
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t iter = mp_getiter(args[ARG_iterable].u_obj);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, item);
    }
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    if (n <= 0) {
        mp_obj_list_set_len(list, 0);
        return list;
    }
    mp_obj_t key = args[ARG_key].u_obj;
    mp_obj_list_sort_items(l->items, l->len, key == mp_const_none ? MP_OBJ_NULL : key, largest);
    if ((size_t)n < l->len) {
        mp_obj_list_set_len(list, (size_t)n);
    }
    return list;
}

static mp_obj_t heapq_nsmallest(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return heapq_select(n_args, pos_args, kw_args, false);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(heapq_nsmallest_obj, 2, heapq_nsmallest);

static mp_obj_t heapq_nlargest(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    return heapq_select(n_args, pos_args, kw_args, true);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(heapq_nlargest_obj, 2, heapq_nlargest);

// merge(*iterables, key=None, reverse=False): one sorted stream from
// sorted inputs, lazily. Each step takes the smallest (largest with
// reverse) head among the inputs, by a scan: the number of inputs is
// small in practice. Ties go to the earliest input, as in CPython, which
// keeps the merge stable.
typedef struct _heapq_merge_t {
    mp_obj_base_t base;
    mp_obj_t key_fn;      // None or a callable
    bool reverse;
    bool started;         // the heads are fetched on the first next()
    bool running;         // inside next(): a key or input calling next() again
    size_t pending;       // input whose head was returned last, SIZE_MAX if none
    size_t n;             // inputs not yet exhausted
    mp_obj_t *iters;      // per input: its iterator
    mp_obj_t *heads;      // its next value
    mp_obj_t *keys;       // key_fn(head), or head itself
} heapq_merge_t;

// Fetch input i's next value; drop the input (keeping the order of the
// others) when it is exhausted.
static bool heapq_merge_advance(heapq_merge_t *m, size_t i) {
    mp_obj_t v = mp_iternext(m->iters[i]);
    if (v == MP_OBJ_STOP_ITERATION) {
        for (size_t j = i + 1; j < m->n; j++) {
            m->iters[j - 1] = m->iters[j];
            m->heads[j - 1] = m->heads[j];
            m->keys[j - 1] = m->keys[j];
        }
        m->n--;
        m->iters[m->n] = m->heads[m->n] = m->keys[m->n] = MP_OBJ_NULL;
        return false;
    }
    m->heads[i] = v;
    m->keys[i] = m->key_fn == mp_const_none ? v : mp_call_function_1(m->key_fn, v);
    return true;
}

static mp_obj_t heapq_merge_step(heapq_merge_t *m) {
    // The input whose value was returned moves on only now, when the next
    // value is asked for (CPython's generator reads inputs just as late).
    if (m->pending != SIZE_MAX) {
        size_t i = m->pending;
        m->pending = SIZE_MAX;
        heapq_merge_advance(m, i);
    }
    if (!m->started) {
        m->started = true;
        for (size_t i = 0; i < m->n;) {
            if (heapq_merge_advance(m, i)) {
                i++;
            }
        }
    }
    if (m->n == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t best = 0;
    for (size_t i = 1; i < m->n; i++) {
        bool better = m->reverse ? mp_obj_less(m->keys[best], m->keys[i])
                                 : mp_obj_less(m->keys[i], m->keys[best]);
        if (better) {
            best = i;
        }
    }
    m->pending = best;
    return m->heads[best];
}

// Like a generator, a merge that raised (from an input or from key) is
// finished: later next() calls stop instead of seeing half-updated heads.
// Also like a generator, it cannot be resumed from inside itself (an input
// or key function calling next() on it): the inner call would move the
// arrays under the outer one.
static mp_obj_t heapq_merge_iternext(mp_obj_t self_in) {
    heapq_merge_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->running) {
        mp_raise_ValueError(MP_ERROR_TEXT("generator already executing"));
    }
    m->running = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t result = heapq_merge_step(m);
        nlr_pop();
        m->running = false;
        return result;
    }
    m->running = false;
    m->started = true;
    m->n = 0;
    m->pending = SIZE_MAX;
    nlr_jump(nlr.ret_val);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    heapq_merge_type, MP_QSTR_generator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, heapq_merge_iternext
    );

static mp_obj_t heapq_merge(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    heapq_merge_t *m = m_new_obj(heapq_merge_t);
    m->base.type = &heapq_merge_type;
    m->key_fn = mp_const_none;
    m->reverse = false;
    m->started = false;
    m->running = false;
    m->pending = SIZE_MAX;
    size_t n_kw = kw_args == NULL ? 0 : kw_args->used;
    for (size_t i = 0; n_kw > 0 && i < kw_args->alloc; i++) {
        if (!mp_map_slot_is_filled(kw_args, i)) {
            continue;
        }
        qstr k = mp_obj_str_get_qstr(kw_args->table[i].key);
        if (k == MP_QSTR_key) {
            m->key_fn = kw_args->table[i].value;
        } else if (k == MP_QSTR_reverse) {
            m->reverse = mp_obj_is_true(kw_args->table[i].value);
        } else {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("merge() got an unexpected keyword argument '%q'"), k);
        }
    }
    m->n = n_args;
    m->iters = m_new(mp_obj_t, n_args == 0 ? 1 : 3 * n_args);
    m->heads = m->iters + n_args;
    m->keys = m->heads + n_args;
    for (size_t i = 0; i < n_args; i++) {
        m->iters[i] = mp_getiter(args[i]);
        m->heads[i] = m->keys[i] = MP_OBJ_NULL;
    }
    return MP_OBJ_FROM_PTR(m);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(heapq_merge_obj, 0, heapq_merge);

static const mp_rom_map_elem_t mp_module_heapq_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_heapq) },
    { MP_ROM_QSTR(MP_QSTR_heappush), MP_ROM_PTR(&heapq_heappush_obj) },
    { MP_ROM_QSTR(MP_QSTR_heappop), MP_ROM_PTR(&heapq_heappop_obj) },
    { MP_ROM_QSTR(MP_QSTR_heapify), MP_ROM_PTR(&heapq_heapify_obj) },
    { MP_ROM_QSTR(MP_QSTR_heapreplace), MP_ROM_PTR(&heapq_heapreplace_obj) },
    { MP_ROM_QSTR(MP_QSTR_heappushpop), MP_ROM_PTR(&heapq_heappushpop_obj) },
    { MP_ROM_QSTR(MP_QSTR_nsmallest), MP_ROM_PTR(&heapq_nsmallest_obj) },
    { MP_ROM_QSTR(MP_QSTR_nlargest), MP_ROM_PTR(&heapq_nlargest_obj) },
    { MP_ROM_QSTR(MP_QSTR_merge), MP_ROM_PTR(&heapq_merge_obj) },
    // The max-heap helpers CPython keeps private (used by its merge/nlargest).
    { MP_ROM_QSTR(MP_QSTR__heappop_max), MP_ROM_PTR(&heapq_heappop_max_obj) },
    { MP_ROM_QSTR(MP_QSTR__heapify_max), MP_ROM_PTR(&heapq_heapify_max_obj) },
    { MP_ROM_QSTR(MP_QSTR__heapreplace_max), MP_ROM_PTR(&heapq_heapreplace_max_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_heapq_globals, mp_module_heapq_globals_table);

const mp_obj_module_t mp_module_heapq = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_heapq_globals,
};

MP_REGISTER_MODULE(MP_QSTR_heapq, mp_module_heapq);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uheapq, mp_module_heapq);

#endif // MICROPY_PY_HEAPQ
