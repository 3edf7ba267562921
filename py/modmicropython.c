// The micropython module: const(), optimisation level, memory and qstr
// statistics, heap locking, the Ctrl-C character, schedule() (on the queue
// of py/scheduler.c) and the RingIO type (py/objringio.c). Left out on
// purpose: the native/viper decorators and stack_use on hosts where the C
// stack is not measured. @micropython.bytecode is a compiler directive
// (py/parse_stmt.c), not an attribute.
#include "py/mpconfig.h"

#include "py/gc.h"
#include "py/mphal.h"
#include "py/runtime.h"

// const(expr): the compiler folds uses of names bound to const(); at run time
// it is the identity.
static MP_DEFINE_CONST_FUN_OBJ_1(micropython_const_obj, mp_obj_return_self);

// opt_level([level])
static mp_obj_t micropython_opt_level(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(MP_STATE_CTX(opt_level));
    }
    MP_STATE_CTX(opt_level) = (int)mp_obj_get_int(args[0]);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(micropython_opt_level_obj, 0, 1, micropython_opt_level);

static void print_strn_adaptor(void *data, const char *str, size_t len) {
    const mp_print_t *print = data;
    print->print_strn(print->data, str, len);
}

// mem_info([verbose])
static mp_obj_t micropython_mem_info(size_t n_args, const mp_obj_t *args) {
    char *sp = (char *)__builtin_frame_address(0);
    char *top = MP_STATE_CTX(stack_top);
    size_t used = top != NULL && top > sp ? (size_t)(top - sp) : 0;
    mp_printf(&mp_plat_print, "stack: %u out of %u\n", (unsigned int)used,
        (unsigned int)MP_STATE_CTX(stack_limit));
    gc_info_t info;
    gc_info(&info);
    mp_printf(&mp_plat_print, "GC: total: %u, used: %u, free: %u\n", (unsigned int)info.total,
        (unsigned int)info.used, (unsigned int)info.free);
    mp_printf(&mp_plat_print,
        " No. of 1-blocks: %u, 2-blocks: %u, max blk sz: %u, max free sz: %u\n",
        (unsigned int)info.num_1block, (unsigned int)info.num_2block, (unsigned int)info.max_block,
        (unsigned int)info.max_free);
    if (n_args == 1 && mp_obj_is_true(args[0])) {
        gc_dump_alloc_table(print_strn_adaptor, (void *)&mp_plat_print);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(micropython_mem_info_obj, 0, 1, micropython_mem_info);

// qstr_info([verbose])
static mp_obj_t micropython_qstr_info(size_t n_args, const mp_obj_t *args) {
    (void)args;
    size_t n_pool, n_qstr, n_str_data_bytes, n_total_bytes;
    qstr_pool_info(&n_pool, &n_qstr, &n_str_data_bytes, &n_total_bytes);
    mp_printf(&mp_plat_print,
        "qstr pool: n_pool=%u, n_qstr=%u, n_str_data_bytes=%u, n_total_bytes=%u\n",
        (unsigned int)n_pool, (unsigned int)n_qstr, (unsigned int)n_str_data_bytes,
        (unsigned int)n_total_bytes);
    if (n_args == 1 && mp_obj_is_true(args[0])) {
        for (size_t q = MP_STATE_CTX(n_qstr_static); q < MP_STATE_CTX(n_qstr_static) + n_qstr;
             q++) {
            mp_printf(&mp_plat_print, "Q(%s)\n", qstr_str(q));
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(micropython_qstr_info_obj, 0, 1, micropython_qstr_info);

// stack_use(): bytes of C stack in use at this point.
static mp_obj_t micropython_stack_use(void) {
    char *sp = (char *)__builtin_frame_address(0);
    char *top = MP_STATE_CTX(stack_top);
    return MP_OBJ_NEW_SMALL_INT(top != NULL && top > sp ? top - sp : 0);
}
static MP_DEFINE_CONST_FUN_OBJ_0(micropython_stack_use_obj, micropython_stack_use);

// heap_lock(), heap_unlock(), heap_locked(): while locked, allocating raises
// MemoryError, and a built-in exception raised is the emergency one of
// py/objexcept.c (made here, before locking). Locks nest; unlock and locked
// return the depth left.
static mp_obj_t micropython_heap_lock(void) {
    mp_obj_exception_emergency_init(0);
    gc_lock();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(micropython_heap_lock_obj, micropython_heap_lock);

static mp_obj_t micropython_heap_unlock(void) {
    if (gc_is_locked()) {
        gc_unlock();
    }
    return MP_OBJ_NEW_SMALL_INT(gc_is_locked());
}
static MP_DEFINE_CONST_FUN_OBJ_0(micropython_heap_unlock_obj, micropython_heap_unlock);

static mp_obj_t micropython_heap_locked(void) {
    return MP_OBJ_NEW_SMALL_INT(gc_is_locked());
}
static MP_DEFINE_CONST_FUN_OBJ_0(micropython_heap_locked_obj, micropython_heap_locked);

// kbd_intr(chr): -1 disables Ctrl-C (KeyboardInterrupt); the Unix port only
// knows SIGINT, so any other value enables it.
static mp_obj_t micropython_kbd_intr(mp_obj_t chr_in) {
    mp_hal_set_interrupt_char((int)mp_obj_get_int(chr_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(micropython_kbd_intr_obj, micropython_kbd_intr);

// alloc_emergency_exception_buf(size): room for messages of up to size bytes
// in exceptions raised while the heap is locked.
static mp_obj_t micropython_alloc_emergency_exception_buf(mp_obj_t size_in) {
    mp_int_t size = mp_obj_get_int(size_in);
    mp_obj_exception_emergency_init(size > 0 ? (size_t)size : 0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(
    micropython_alloc_emergency_exception_buf_obj, micropython_alloc_emergency_exception_buf);

// schedule(func, arg): func(arg) runs soon, at the next pending check of the
// VM (between bytecodes), after the code that scheduled it has moved on.
static mp_obj_t micropython_schedule(mp_obj_t func, mp_obj_t arg) {
    mp_sched_init_root();
    if (!mp_sched_schedule(func, arg)) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("schedule queue full"));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(micropython_schedule_obj, micropython_schedule);

static const mp_rom_map_elem_t micropython_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_micropython) },
    { MP_ROM_QSTR(MP_QSTR_const), MP_ROM_PTR(&micropython_const_obj) },
    { MP_ROM_QSTR(MP_QSTR_opt_level), MP_ROM_PTR(&micropython_opt_level_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_info), MP_ROM_PTR(&micropython_mem_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_qstr_info), MP_ROM_PTR(&micropython_qstr_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_stack_use), MP_ROM_PTR(&micropython_stack_use_obj) },
    { MP_ROM_QSTR(MP_QSTR_heap_lock), MP_ROM_PTR(&micropython_heap_lock_obj) },
    { MP_ROM_QSTR(MP_QSTR_heap_unlock), MP_ROM_PTR(&micropython_heap_unlock_obj) },
    { MP_ROM_QSTR(MP_QSTR_heap_locked), MP_ROM_PTR(&micropython_heap_locked_obj) },
    { MP_ROM_QSTR(MP_QSTR_kbd_intr), MP_ROM_PTR(&micropython_kbd_intr_obj) },
    { MP_ROM_QSTR(MP_QSTR_alloc_emergency_exception_buf),
        MP_ROM_PTR(&micropython_alloc_emergency_exception_buf_obj) },
    { MP_ROM_QSTR(MP_QSTR_schedule), MP_ROM_PTR(&micropython_schedule_obj) },
    { MP_ROM_QSTR(MP_QSTR_RingIO), MP_ROM_PTR(&mp_type_ringio) },
};
static MP_DEFINE_CONST_DICT(micropython_globals, micropython_globals_table);

const mp_obj_module_t mp_module_micropython = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&micropython_globals,
};

MP_REGISTER_MODULE(MP_QSTR_micropython, mp_module_micropython);
