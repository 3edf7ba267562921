// m_malloc and friends: the allocation entry points used by the whole core.
// They are thin wrappers over py/gc.c that turn failure into MemoryError.
#include "py/mpconfig.h"

#include "py/misc.h"
#include "py/gc.h"
#include "py/runtime.h"

// mp_raise_memory_error_for_alloc (py/runtime.h) raises a preallocated
// MemoryError: the heap is full.

MP_NORETURN void m_malloc_fail(size_t num_bytes) {
    mp_raise_memory_error_for_alloc(num_bytes);
}

void *m_malloc(size_t num_bytes) {
    void *ptr = gc_alloc(num_bytes, 0);
    if (ptr == NULL) {
        m_malloc_fail(num_bytes);
    }
    return ptr;
}

void *m_malloc_maybe(size_t num_bytes) {
    return gc_alloc(num_bytes, 0);
}

void *m_malloc_atomic(size_t num_bytes) {
    void *ptr = gc_alloc(num_bytes, GC_ALLOC_FLAG_ATOMIC);
    if (ptr == NULL) {
        m_malloc_fail(num_bytes);
    }
    return ptr;
}

void *m_malloc_atomic_zeroed(size_t num_bytes) {
    void *ptr = gc_alloc_atomic_zeroed(num_bytes);
    if (ptr == NULL) {
        m_malloc_fail(num_bytes);
    }
    return ptr;
}

void *m_malloc_with_finaliser(size_t num_bytes) {
    void *ptr = gc_alloc(num_bytes, GC_ALLOC_FLAG_HAS_FINALISER);
    if (ptr == NULL) {
        m_malloc_fail(num_bytes);
    }
    return ptr;
}

void *m_realloc(void *ptr, size_t new_num_bytes) {
    void *new_ptr = gc_realloc(ptr, new_num_bytes, true);
    if (new_ptr == NULL) {
        m_malloc_fail(new_num_bytes);
    }
    return new_ptr;
}

void *m_realloc_maybe(void *ptr, size_t new_num_bytes, bool allow_move) {
    return gc_realloc(ptr, new_num_bytes, allow_move);
}

void m_free(void *ptr) {
    gc_free(ptr);
}

size_t m_size_mul(size_t a, size_t b) {
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) {
        m_malloc_fail(SIZE_MAX);
    }
    return r;
}

size_t m_size_add(size_t a, size_t b) {
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) {
        m_malloc_fail(SIZE_MAX);
    }
    return r;
}
