// The gc module, MicroPython style: collect, enable/disable, mem_free,
// mem_alloc and threshold. collect() returns None (CPython returns a count
// of unreachable objects, which a mark-sweep collector does not have).
#include "py/mpconfig.h"

#include <string.h>

#include "py/gc.h"
#include "py/runtime.h"

// Zeroes the C stack just below the caller's frame. The collector's own
// frames land there, and the slots they leave unwritten would otherwise still
// hold pointers from calls that have returned: the conservative scan would
// keep those objects alive, and gc.collect() would not run their __del__.
__attribute__((noinline)) static void scrub_stack_below(void) {
    char buf[4096];
    memset(buf, 0, sizeof(buf));
    // Keeps the stores: buf is otherwise dead.
    __asm__ volatile ("" : : "r"(buf) : "memory");
}

// collect()
static mp_obj_t gc_collect_(void) {
    scrub_stack_below();
    gc_collect();
    // The __del__ methods of what was found unreachable run now, before
    // collect() returns, as they would in CPython.
    gc_run_pending_finalisers();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_collect_obj, gc_collect_);

// enable()
static mp_obj_t gc_enable_(void) {
    gc_enable();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_enable_obj, gc_enable_);

// disable()
static mp_obj_t gc_disable_(void) {
    gc_disable();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_disable_obj, gc_disable_);

// isenabled()
static mp_obj_t gc_isenabled_(void) {
    return mp_obj_new_bool(gc_is_enabled());
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_isenabled_obj, gc_isenabled_);

// mem_free(): bytes available on the heap.
static mp_obj_t gc_mem_free(void) {
    gc_info_t info;
    gc_info(&info);
    return mp_obj_new_int_from_uint(info.free);
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_mem_free_obj, gc_mem_free);

// mem_alloc(): bytes allocated on the heap.
static mp_obj_t gc_mem_alloc(void) {
    gc_info_t info;
    gc_info(&info);
    return mp_obj_new_int_from_uint(info.used);
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_mem_alloc_obj, gc_mem_alloc);

// threshold([amount]): with no argument the current threshold (-1 = the
// automatic policy); a negative amount returns to it. As in MicroPython the
// amount is kept in whole heap blocks, so threshold(1) then reads back 0.
static mp_obj_t gc_threshold(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return mp_obj_new_int(gc_get_threshold());
    }
    mp_int_t amount = mp_obj_get_int(args[0]);
    gc_set_threshold(amount < 0 ? -1 : amount & ~(mp_int_t)(GC_BYTES_PER_BLOCK - 1));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gc_threshold_obj, 0, 1, gc_threshold);

static const mp_rom_map_elem_t gc_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_gc) },
    { MP_ROM_QSTR(MP_QSTR_collect), MP_ROM_PTR(&gc_collect_obj) },
    { MP_ROM_QSTR(MP_QSTR_enable), MP_ROM_PTR(&gc_enable_obj) },
    { MP_ROM_QSTR(MP_QSTR_disable), MP_ROM_PTR(&gc_disable_obj) },
    { MP_ROM_QSTR(MP_QSTR_isenabled), MP_ROM_PTR(&gc_isenabled_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_free), MP_ROM_PTR(&gc_mem_free_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_alloc), MP_ROM_PTR(&gc_mem_alloc_obj) },
    { MP_ROM_QSTR(MP_QSTR_threshold), MP_ROM_PTR(&gc_threshold_obj) },
};
static MP_DEFINE_CONST_DICT(gc_globals, gc_globals_table);

const mp_obj_module_t mp_module_gc = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&gc_globals,
};

MP_REGISTER_MODULE(MP_QSTR_gc, mp_module_gc);
