// Layout of bytearray and memoryview objects (py/objarray.c), shared with
// the str/bytes files that read their buffers directly.
#ifndef MICROPY_INCLUDED_PY_OBJARRAY_H
#define MICROPY_INCLUDED_PY_OBJARRAY_H

#include "py/obj.h"

// A growable array of fixed-size items; bytearray uses typecode 'B'.
// `items` is the start of its own GC block (raw bytes, never scanned) with
// room for len + free items; `free` is spare capacity at the end so that
// append/extend are amortised O(1). A by-ref array (mp_obj_new_bytearray_by_ref)
// points at memory it does not own and must not be resized.
typedef struct _mp_obj_array_t {
    mp_obj_base_t base;
    size_t typecode : 8;
    size_t is_by_ref : 1;
    size_t free : (8 * sizeof(size_t) - 9);
    size_t len; // in items
    void *items;
} mp_obj_array_t;

// A memoryview: a window of `len` items of `typecode` onto the buffer of
// `obj`, its first item `offset` bytes in and each next one `stride` bytes
// further (itemsize, unless sliced with a step; negative when reversed).
// The exporter's buffer is fetched again on every access (a bytearray may
// have been resized and moved since the view was made); `obj` also keeps
// that memory alive. When obj is MP_OBJ_NULL the view is over memory given
// by pointer (`raw`, the first item), which the creator keeps alive.
typedef struct _mp_obj_memoryview_t {
    mp_obj_base_t base;
    mp_obj_t obj;
    byte *raw;
    size_t offset; // in bytes
    size_t len; // in items
    mp_int_t stride; // in bytes
    byte typecode;
    byte itemsize;
    bool readonly;
    bool released;
    bool hashed; // hash() succeeded once; release() then keeps it in stride
    // Socket calls sleeping with the view as their buffer: release() refuses
    // meanwhile, as CPython's does while the view is exported.
    uint8_t exports;
    bool at_format; // cast('@B'): format keeps the '@'
} mp_obj_memoryview_t;

// Size in bytes of one item of a struct-module typecode (0 if unknown).
size_t mp_obj_array_itemsize(int typecode);

#endif // MICROPY_INCLUDED_PY_OBJARRAY_H
