// The sys module, MicroPython style: argv, path, modules, exit, the stdio
// streams, version information, exc_info, print_exception, recursion limit
// and atexit, float_info/int_info/hash_info/flags, _getframe. gettrace
// answers None; settrace is left out on purpose: nothing could be traced, and
// code that needs tracing (MicroPython's sys_settrace tests too) checks for it
// and skips. getsizeof answers through __sizeof__.
//
// The module's name space is a heap dict built by mp_module_sys_init (it holds
// objects made at run time, and sys.stdout etc. may be reassigned); the ROM
// table below is its static part, also used as a fallback module before init.
#include "py/mpconfig.h"

#include <string.h>

#include "py/builtin.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/mphal.h"
#include "py/mpthread.h"
#include "py/objstructseq.h"
#include "py/objtype_internal.h"
#include "py/runtime.h"
#include "py/vm.h"

// .mpy format version reported in sys.implementation._mpy (no native code).
#define SYS_MPY_VERSION (6)

// ---------------------------------------------------------------------------
// The struct sequences: sys.implementation (printed as a bare
// (name=value, ...), as MicroPython does), float_info, int_info, hash_info,
// flags and version_info. As in CPython, Python code may build the *_info
// ones (type(sys.float_info)(seq)) but not the others.

static const uint16_t impl_fields[] = {
    MP_QSTR_name,
    MP_QSTR_version,
    MP_QSTR__machine,
    MP_QSTR__mpy,
    MP_QSTR__build,
};

// sys.float_info, int_info, hash_info and flags: CPython's values for an
// IEEE double, a 30-bit digit int and a 64-bit build; the flags of a plain
// `python3 script.py` run.
static const uint16_t float_info_fields[] = {
    MP_QSTR_max, MP_QSTR_max_exp, MP_QSTR_max_10_exp, MP_QSTR_min, MP_QSTR_min_exp, MP_QSTR_min_10_exp,
    MP_QSTR_dig, MP_QSTR_mant_dig, MP_QSTR_epsilon, MP_QSTR_radix, MP_QSTR_rounds,
};
static const uint16_t int_info_fields[] = {
    MP_QSTR_bits_per_digit, MP_QSTR_sizeof_digit, MP_QSTR_default_max_str_digits,
    MP_QSTR_str_digits_check_threshold,
};
static const uint16_t hash_info_fields[] = {
    MP_QSTR_width, MP_QSTR_modulus, MP_QSTR_inf, MP_QSTR_nan, MP_QSTR_imag, MP_QSTR_algorithm,
    MP_QSTR_hash_bits, MP_QSTR_seed_bits, MP_QSTR_cutoff,
};
static const uint16_t flags_fields[] = {
    MP_QSTR_debug, MP_QSTR_inspect, MP_QSTR_interactive, MP_QSTR_optimize, MP_QSTR_dont_write_bytecode,
    MP_QSTR_no_user_site, MP_QSTR_no_site, MP_QSTR_ignore_environment, MP_QSTR_verbose,
    MP_QSTR_bytes_warning, MP_QSTR_quiet, MP_QSTR_hash_randomization, MP_QSTR_isolated,
    MP_QSTR_dev_mode, MP_QSTR_utf8_mode, MP_QSTR_warn_default_encoding, MP_QSTR_safe_path,
    MP_QSTR_int_max_str_digits,
};

// sys.<name>, whose fields are <name>_fields.
#define SYS_STRUCTSEQ(name, constructible) \
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_##name, "sys." #name, MP_ARRAY_SIZE(name##_fields), name##_fields, constructible)

static const mp_obj_structseq_type_t sys_implementation_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_tuple, "", MP_ARRAY_SIZE(impl_fields), impl_fields, false);
static const mp_obj_structseq_type_t sys_float_info_type = SYS_STRUCTSEQ(float_info, true);
static const mp_obj_structseq_type_t sys_int_info_type = SYS_STRUCTSEQ(int_info, true);
static const mp_obj_structseq_type_t sys_hash_info_type = SYS_STRUCTSEQ(hash_info, true);
static const mp_obj_structseq_type_t sys_flags_type = SYS_STRUCTSEQ(flags, false);

static mp_obj_t make_implementation(void) {
    mp_obj_t version[4] = {
        MP_OBJ_NEW_SMALL_INT(MICROPY_VERSION_MAJOR),
        MP_OBJ_NEW_SMALL_INT(MICROPY_VERSION_MINOR),
        MP_OBJ_NEW_SMALL_INT(MICROPY_VERSION_MICRO),
        MP_OBJ_NEW_QSTR(MP_QSTR_),
    };
    vstr_t machine;
    vstr_init(&machine, 48);
    vstr_add_str(&machine, mp_hal_machine);
    vstr_add_str(&machine, " with " MICROPY_COMPILER_NAME);
    mp_obj_t items[5] = {
        MP_OBJ_NEW_QSTR(MP_QSTR_micropython),
        mp_obj_new_tuple(4, version),
        mp_obj_new_str_from_vstr(&machine),
        MP_OBJ_NEW_SMALL_INT(SYS_MPY_VERSION),
        MP_OBJ_NEW_QSTR(MP_QSTR_standard),
    };
    return mp_obj_structseq_new(&sys_implementation_type, items);
}

#define SMALL(v) MP_OBJ_NEW_SMALL_INT(v)

static void store_info_tuples(mp_obj_t dict) {
    mp_obj_t fi[] = {
        mp_obj_new_float(1.7976931348623157e+308), SMALL(1024), SMALL(308),
        mp_obj_new_float(2.2250738585072014e-308), SMALL(-1021), SMALL(-307),
        SMALL(15), SMALL(53), mp_obj_new_float(2.220446049250313e-16), SMALL(2), SMALL(1),
    };
    mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(MP_QSTR_float_info),
        mp_obj_structseq_new(&sys_float_info_type, fi));
    mp_obj_t ii[] = { SMALL(30), SMALL(4), SMALL(4300), SMALL(640) };
    mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(MP_QSTR_int_info),
        mp_obj_structseq_new(&sys_int_info_type, ii));
    mp_obj_t hi[] = {
        SMALL(8 * sizeof(mp_int_t)), mp_obj_new_int_from_ll(((long long)1 << 61) - 1), SMALL(314159), SMALL(0),
        SMALL(1000003), MP_OBJ_NEW_QSTR(MP_QSTR_siphash13), SMALL(64), SMALL(128), SMALL(0),
    };
    mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(MP_QSTR_hash_info),
        mp_obj_structseq_new(&sys_hash_info_type, hi));
    mp_obj_t fl[] = {
        SMALL(0), SMALL(0), SMALL(0), SMALL(0), SMALL(0), SMALL(0), SMALL(0), SMALL(0), SMALL(0),
        SMALL(0), SMALL(0), SMALL(1), SMALL(0), mp_const_false, SMALL(0), SMALL(0), mp_const_false, SMALL(-1),
    };
    mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(MP_QSTR_flags),
        mp_obj_structseq_new(&sys_flags_type, fl));
}

#undef SMALL

// The tuple behind sys.flags is changed in place: the command line is read
// before any Python code can hold the object.
void mp_sys_set_flag(qstr field, mp_int_t value) {
    mp_obj_structseq_t *flags = MP_OBJ_TO_PTR(mp_sys_get_attr(MP_QSTR_flags));
    mp_obj_tuple_t *items = MP_OBJ_TO_PTR(flags->tuple);
    for (size_t i = 0; i < MP_ARRAY_SIZE(flags_fields); i++) {
        if (flags_fields[i] == field) {
            items->items[i] = MP_OBJ_NEW_SMALL_INT(value);
        }
    }
}

// ---------------------------------------------------------------------------
// Frame objects (sys._getframe). Our frames live on the C stack and vanish
// when their call returns, so a frame object keeps a snapshot taken when
// _getframe runs: code, line, globals, a locals dict and the chain of
// callers, all copied at once. While the frame is still running (its
// address is still in the VM's chain, running the same code), f_lineno and
// f_locals are read from it afresh, as CPython's live frames give them.

typedef struct _sys_frame_t {
    mp_obj_base_t base;
    const mp_raw_code_t *rc;
    mp_obj_t globals;
    mp_obj_t locals;
    mp_obj_t back; // None for the outermost frame
    size_t lineno;
    mp_code_state_t *cs; // only dereferenced after frame_live has found it running
} sys_frame_t;

static mp_code_state_t *frame_live(sys_frame_t *self) {
    mp_code_state_t *cs;
    for (size_t d = 0; (cs = mp_vm_frame_at(d)) != NULL; d++) {
        if (cs == self->cs) {
            return cs->fun->rc == self->rc ? cs : NULL;
        }
    }
    return NULL;
}

static size_t frame_lineno(sys_frame_t *self) {
    mp_code_state_t *cs = frame_live(self);
    if (cs != NULL) {
        self->lineno = mp_bytecode_get_line(self->rc, cs->ip - self->rc->code);
    }
    return self->lineno;
}

static void frame_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    sys_frame_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<frame at %p, file '%q', line %u, code %q>", self, self->rc->source_file,
        (unsigned)frame_lineno(self), self->rc->name);
}

// clear(): drops the locals of a frame that has finished.
static mp_obj_t frame_clear(mp_obj_t self_in) {
    sys_frame_t *self = MP_OBJ_TO_PTR(self_in);
    if (frame_live(self) != NULL) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("cannot clear an executing frame"));
    }
    self->locals = mp_obj_new_dict(0);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(frame_clear_obj, frame_clear);

static void frame_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    sys_frame_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_f_code:
            dest[0] = MP_OBJ_FROM_PTR(self->rc);
            break;
        case MP_QSTR_f_back:
            dest[0] = self->back;
            break;
        case MP_QSTR_f_globals:
            dest[0] = self->globals;
            break;
        case MP_QSTR_f_locals: {
            mp_code_state_t *cs = frame_live(self);
            if (cs != NULL && !(self->rc->scope_flags & (MP_SCOPE_FLAG_MODULE | MP_SCOPE_FLAG_CLASS_BODY))) {
                self->locals = mp_vm_locals(self->rc, cs->state);
            }
            dest[0] = self->locals;
            break;
        }
        case MP_QSTR_f_lineno:
            dest[0] = mp_obj_new_int_from_uint(frame_lineno(self));
            break;
        case MP_QSTR_clear:
            dest[0] = MP_OBJ_FROM_PTR(&frame_clear_obj);
            dest[1] = self_in;
            break;
        case MP_QSTR_f_lasti:
            dest[0] = MP_OBJ_NEW_SMALL_INT(0);
            break;
        case MP_QSTR_f_trace:
            dest[0] = mp_const_none;
            break;
        case MP_QSTR_f_builtins:
            dest[0] = MP_OBJ_FROM_PTR(mp_module_builtins.globals);
            break;
        default:
            break;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_frame, MP_QSTR_frame, MP_TYPE_FLAG_NONE,
    print, frame_print,
    attr, frame_attr
    );

// Snapshot of running frame cs. Only the innermost frame's module or class
// body name space is known (MP_STATE_VM(dict_locals)); an outer module frame
// uses its globals, which is what its locals are unless exec() split them.
static sys_frame_t *frame_snapshot(mp_code_state_t *cs, bool innermost) {
    const mp_raw_code_t *rc = cs->fun->rc;
    sys_frame_t *f = m_new_obj(sys_frame_t);
    f->base.type = &mp_type_frame;
    f->rc = rc;
    f->globals = MP_OBJ_FROM_PTR(cs->fun->globals);
    if (!(rc->scope_flags & (MP_SCOPE_FLAG_MODULE | MP_SCOPE_FLAG_CLASS_BODY))) {
        f->locals = mp_vm_locals(rc, cs->state);
    } else if (innermost && MP_STATE_VM(dict_locals) != NULL) {
        f->locals = mp_locals_unwrap(MP_STATE_VM(dict_locals));
    } else {
        f->locals = f->globals;
    }
    f->back = mp_const_none;
    f->lineno = mp_bytecode_get_line(rc, cs->ip - rc->code);
    f->cs = cs;
    return f;
}

// A traceback's frame: its code and line survive, its name spaces do not.
mp_obj_t mp_sys_frame_from_code(const mp_raw_code_t *rc, size_t line) {
    sys_frame_t *f = m_new_obj(sys_frame_t);
    f->base.type = &mp_type_frame;
    f->rc = rc;
    f->globals = mp_obj_new_dict(0);
    f->locals = mp_obj_new_dict(0);
    f->back = mp_const_none;
    f->lineno = line;
    f->cs = NULL;
    return MP_OBJ_FROM_PTR(f);
}

mp_obj_t mp_sys_frame_from_entry(qstr file, qstr block, size_t line) {
    mp_raw_code_t *rc = m_new0(mp_raw_code_t, 1);
    rc->base.type = &mp_type_code;
    rc->name = block;
    rc->source_file = file;
    return mp_sys_frame_from_code(rc, line);
}

static mp_obj_t frame_at(size_t depth, mp_code_state_t *cs) {
    sys_frame_t *top = frame_snapshot(cs, depth == 0);
    sys_frame_t *f = top;
    for (size_t d = depth + 1; (cs = mp_vm_frame_at(d)) != NULL; d++) {
        sys_frame_t *outer = frame_snapshot(cs, false);
        f->back = MP_OBJ_FROM_PTR(outer);
        f = outer;
    }
    return MP_OBJ_FROM_PTR(top);
}

// The frame of the traceback entry an exception was caught in: the innermost
// running call of rc's code if any (so that it is live, as CPython's), else
// MP_OBJ_NULL.
mp_obj_t mp_sys_frame_running(const mp_raw_code_t *rc) {
    mp_code_state_t *cs;
    for (size_t d = 0; (cs = mp_vm_frame_at(d)) != NULL; d++) {
        if (cs->fun->rc == rc) {
            return frame_at(d, cs);
        }
    }
    return MP_OBJ_NULL;
}

// _getframe([depth])
static mp_obj_t sys_getframe(size_t n_args, const mp_obj_t *args) {
    mp_int_t depth = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    mp_code_state_t *cs = depth >= 0 ? mp_vm_frame_at(depth) : NULL;
    if (cs == NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("call stack is not deep enough"));
    }
    return frame_at(depth, cs);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_getframe_obj, 0, 1, sys_getframe);

// ---------------------------------------------------------------------------
// Functions.

// exit([code])
static mp_obj_t sys_exit(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        // CPython: sys.exit(None) raises SystemExit with no args, like sys.exit().
        mp_raise_type(&mp_type_SystemExit);
    }
    mp_raise_obj(mp_obj_new_exception_arg1(&mp_type_SystemExit, args[0]));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_exit_obj, 0, 1, sys_exit);

// exc_info(): (type, value, traceback) of the exception being handled.
static mp_obj_t sys_exc_info(void) {
    mp_obj_t cur = MP_STATE_VM(cur_exception);
    mp_obj_t items[3] = { mp_const_none, mp_const_none, mp_const_none };
    if (cur != MP_OBJ_NULL && cur != mp_const_none) {
        items[0] = MP_OBJ_FROM_PTR(mp_obj_get_type(cur));
        items[1] = cur;
        items[2] = mp_obj_exception_get_traceback_obj(cur);
    }
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_exc_info_obj, sys_exc_info);

// exception(): the exception being handled, or None (3.11's sys.exception).
static mp_obj_t sys_exception(void) {
    mp_obj_t cur = MP_STATE_VM(cur_exception);
    return cur == MP_OBJ_NULL ? mp_const_none : cur;
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_exception_obj, sys_exception);

// Where printing to *file (NULL: sys.stdout) goes: the standard streams
// straight to their fds, another file through its write method (obj_print,
// which keeps the pointer file).
static const mp_print_t *file_print(mp_obj_t *file, mp_print_t *obj_print) {
    if (*file == MP_OBJ_NULL || *file == MP_STATE_VM(sys_stdout)) {
        return &mp_plat_print;
    }
    if (*file == MP_STATE_VM(sys_stderr)) {
        return &mp_stderr_print;
    }
    // A file that is no stream is an OSError (EINVAL), as MicroPython.
    mp_obj_t dest[2];
    mp_load_method_maybe(*file, MP_QSTR_write, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_OSError(MP_EINVAL);
    }
    mp_print_init_obj(obj_print, file);
    return obj_print;
}

// exc with its traceback to file (None: sys.stdout); mp_style as
// MicroPython's sys.print_exception: "Type: " even for an empty message.
static mp_obj_t print_exception_to(mp_obj_t exc, mp_obj_t file, bool mp_style) {
    mp_print_t obj_print;
    mp_obj_print_exception_as(file_print(&file, &obj_print), exc, mp_style);
    return mp_const_none;
}

// print_exception(exc, file=sys.stdout, cpython=False, /): a true third
// argument (lib/traceback.py's) asks for CPython's message line.
static mp_obj_t sys_print_exception(size_t n_args, const mp_obj_t *args) {
    return print_exception_to(args[0], n_args > 1 ? args[1] : mp_sys_get_attr(MP_QSTR_stdout),
        n_args < 3 || !mp_obj_is_true(args[2]));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_print_exception_obj, 1, 3, sys_print_exception);

// excepthook(type, value, traceback): the default report of an uncaught
// exception, on the current sys.stderr (also kept as sys.__excepthook__).
static mp_obj_t sys_excepthook(mp_obj_t type_in, mp_obj_t value, mp_obj_t tb) {
    (void)tb;
    if (!mp_obj_is_exception_instance(value)) {
        // CPython reports a non-exception value as such.
        value = mp_obj_new_exception_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("print_exception(): Exception expected for value, %s found"),
            mp_obj_get_type_str(value));
    }
    (void)type_in;
    mp_obj_t file = mp_sys_get_attr(MP_QSTR_stderr);
    if (file == MP_OBJ_NULL || file == mp_const_none) {
        return mp_const_none;
    }
    if (mp_obj_exception_chain_has_group(value)) {
        // CPython's boxed layout of a group is lib/traceback.py's.
        mp_obj_t mod = mp_import_name(MP_QSTR_traceback, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t args[3] = { value, MP_OBJ_NEW_QSTR(MP_QSTR_file), file };
        return mp_call_function_n_kw(mp_load_attr(mod, MP_QSTR_print_exception), 1, 1, args);
    }
    return print_exception_to(value, file, false);
}
static MP_DEFINE_CONST_FUN_OBJ_3(sys_excepthook_obj, sys_excepthook);

// An uncaught exception's report (the port's main and REPL), through
// sys.excepthook(type, value, traceback) as CPython. The built-in hook's
// report of a chain with no group is printed straight to stderr:
// no heap needed (an uncaught MemoryError, or one under heap_lock). A hook
// that fails is reported, then the original exception.
// As in CPython, sys.last_type, last_value and last_traceback keep it
// first (for traceback.print_last), when there is room for them.
MP_COLD mp_obj_t mp_sys_report_exception(mp_obj_t exc) {
    const mp_print_t *print = &mp_stderr_print;
    mp_obj_t hook = mp_sys_get_attr(MP_QSTR_excepthook);
    mp_obj_t args[3] = { MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), exc, mp_obj_exception_get_traceback_obj(exc) };
    nlr_buf_t nlr;
    if (MP_STATE_SYS_DICT != MP_OBJ_NULL && nlr_push(&nlr) == 0) {
        static const uint16_t last[3] = { MP_QSTR_last_type, MP_QSTR_last_value, MP_QSTR_last_traceback };
        for (int i = 0; i < 3; i++) {
            mp_obj_dict_store(MP_STATE_SYS_DICT, MP_OBJ_NEW_QSTR(last[i]), args[i]);
        }
        nlr_pop();
    }
    if (hook == MP_OBJ_NULL) {
        mp_print_str(print, "sys.excepthook is missing\n");
    } else if (hook != MP_OBJ_FROM_PTR(&sys_excepthook_obj) || mp_obj_exception_chain_has_group(exc)) {
        if (nlr_push(&nlr) == 0) {
            mp_call_function_n_kw(hook, 3, 0, args);
            nlr_pop();
            return MP_OBJ_NULL;
        }
        if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_SystemExit)) {
            return MP_OBJ_FROM_PTR(nlr.ret_val); // the hook ends the program: silently, as CPython
        }
        mp_print_str(print, "Error in sys.excepthook:\n");
        mp_obj_print_exception(print, MP_OBJ_FROM_PTR(nlr.ret_val));
        mp_print_str(print, "\nOriginal exception was:\n");
    }
    mp_obj_print_exception(print, exc);
    return MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Exceptions nothing can catch (in __del__, a weak reference callback, a
// thread's function, a fork hook) go to sys.unraisablehook(args), args an
// UnraisableHookArgs, as in CPython.

static const uint16_t unraisable_fields[] = {
    MP_QSTR_exc_type, MP_QSTR_exc_value, MP_QSTR_exc_traceback, MP_QSTR_err_msg, MP_QSTR_object,
};
static const mp_obj_structseq_type_t sys_unraisable_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_UnraisableHookArgs, "UnraisableHookArgs", 5, unraisable_fields, false);

// The default report on sys.stderr: "<err_msg>: <repr(obj)>" (err_msg None:
// "Exception ignored in"), or "<err_msg>:" without obj, then exc with its
// traceback.
static void unraisable_print(mp_obj_t err_msg, mp_obj_t obj, mp_obj_t exc) {
    mp_obj_t file = mp_sys_get_attr(MP_QSTR_stderr);
    if (file == MP_OBJ_NULL || file == mp_const_none) {
        return;
    }
    mp_print_t obj_print;
    const mp_print_t *print = file_print(&file, &obj_print);
    if (obj != mp_const_none || err_msg != mp_const_none) {
        const char *head = err_msg == mp_const_none ? "Exception ignored in" : mp_obj_str_get_str(err_msg);
        mp_printf(print, obj == mp_const_none ? "%s:\n" : "%s: %r\n", head, obj);
    }
    if (mp_obj_is_exception_instance(exc)) {
        mp_obj_print_exception(print, exc);
    }
}

// unraisablehook(args): the default hook (also sys.__unraisablehook__).
static mp_obj_t sys_unraisablehook(mp_obj_t args) {
    if (mp_obj_get_type(args) != MP_OBJ_STRUCTSEQ_TYPE_OF(&sys_unraisable_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_structseq_get_items(args, &len, &items);
    unraisable_print(items[3], items[4], items[1]);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_unraisablehook_obj, sys_unraisablehook);

// Reports exc through hook (NULL: the default) with err_msg "Exception
// ignored in<in>" less the ": " (None for the plain ": "), object where.
// Returns what that raised, or MP_OBJ_NULL.
static mp_obj_t unraisable_call(mp_obj_t hook, const char *in, mp_obj_t where, mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        return MP_OBJ_FROM_PTR(nlr.ret_val);
    }
    mp_obj_t err_msg = mp_const_none;
    if (in[0] != ':') {
        vstr_t v;
        vstr_init(&v, 48);
        vstr_printf(&v, "Exception ignored in%.*s", (int)strlen(in) - 2, in);
        err_msg = mp_obj_new_str_from_vstr(&v);
    }
    if (hook == MP_OBJ_NULL) {
        unraisable_print(err_msg, where, exc);
    } else {
        mp_obj_t items[5] = {
            MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), exc, mp_obj_exception_get_traceback_obj(exc), err_msg, where,
        };
        mp_call_function_1(hook, mp_obj_structseq_new(&sys_unraisable_type, items));
    }
    nlr_pop();
    return MP_OBJ_NULL;
}

// A hook that raises is reported by the default one, as in CPython; when
// that fails too (no memory left, a sys.stderr that raises) a plain line
// naming what was ignored goes to the stderr fd.
MP_COLD void mp_print_exception_ignored(const char *in, mp_obj_t where, mp_obj_t exc) {
    mp_obj_t hook = mp_sys_get_attr(MP_QSTR_unraisablehook);
    if (hook == MP_OBJ_FROM_PTR(&sys_unraisablehook_obj)) {
        hook = MP_OBJ_NULL;
    }
    mp_obj_t failed = unraisable_call(hook, in, where, exc);
    if (failed != MP_OBJ_NULL && hook != MP_OBJ_NULL) {
        failed = unraisable_call(MP_OBJ_NULL, " sys.unraisablehook: ", hook, failed);
    }
    if (failed != MP_OBJ_NULL) {
        mp_printf(&mp_stderr_print, "Exception ignored in: <%s object at %p>\n%q\n",
            mp_obj_get_type_str(where), MP_OBJ_TO_PTR(where), mp_obj_get_type(exc)->name);
    }
}

#if MICROPY_PY_THREAD
// getswitchinterval(), setswitchinterval(s): how long a thread waits for the
// GIL before it asks the running one to let go (py/mpthread.h).
static mp_obj_t sys_getswitchinterval(void) {
    // Microseconds times 1e-6, as CPython computes it (10 us reads back as
    // 9.999999999999999e-06 there, too).
    return mp_obj_new_float((mp_float_t)(mp_thread_switch_interval_ns / 1000u) * 1e-6);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_getswitchinterval_obj, sys_getswitchinterval);

static mp_obj_t sys_setswitchinterval(mp_obj_t interval_in) {
    mp_float_t s = mp_obj_get_float(interval_in);
    if (!(s > 0)) {
        mp_raise_ValueError(MP_ERROR_TEXT("switch interval must be strictly positive"));
    }
    // Whole microseconds (truncated, so below one it reads back as 0.0), as
    // CPython keeps it. Past 1e9 s (32 years) it is capped: in nanoseconds the
    // value must fit 64 bits, and no thread would wait that long anyway.
    uint64_t us = s > 1e9 ? (uint64_t)1e15 : (uint64_t)(s * 1e6);
    mp_thread_switch_interval_ns = us * 1000u;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_setswitchinterval_obj, sys_setswitchinterval);
#endif

// getrecursionlimit()
static mp_obj_t sys_getrecursionlimit(void) {
    return mp_obj_new_int_from_uint(MP_STATE_THREAD(recursion_limit));
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_getrecursionlimit_obj, sys_getrecursionlimit);

// setrecursionlimit(limit): the C stack guard still applies on top of it.
static mp_obj_t sys_setrecursionlimit(mp_obj_t limit_in) {
    mp_int_t limit = mp_obj_get_int(limit_in);
    if (limit < 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("recursion limit must be greater or equal than 1"));
    }
    // CPython's depth also counts this call.
    size_t depth = MP_STATE_THREAD(recursion_depth) + 1;
    if ((size_t)limit <= depth) {
        mp_raise_msg_varg(&mp_type_RecursionError,
            MP_ERROR_TEXT("cannot set the recursion limit to %d at the recursion depth %u: the limit is too low"),
            (int)limit, (unsigned)depth);
    }
    MP_STATE_THREAD(recursion_limit) = (size_t)limit;
    mp_hal_stack_reserve((size_t)limit);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_setrecursionlimit_obj, sys_setrecursionlimit);

// atexit(func): MicroPython's single exit hook (None clears it); returns the
// previous one. Run by the port just before the interpreter exits.
static mp_obj_t sys_atexit(mp_obj_t func) {
    if (func != mp_const_none && !mp_obj_is_callable(func)) {
        mp_raise_TypeError(MP_ERROR_TEXT("atexit function must be callable"));
    }
    mp_obj_t old = MP_STATE_VM(sys_exitfunc);
    MP_STATE_VM(sys_exitfunc) = func == mp_const_none ? MP_OBJ_NULL : func;
    return old == MP_OBJ_NULL ? mp_const_none : old;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_atexit_obj, sys_atexit);

// intern(string)
static mp_obj_t sys_intern(mp_obj_t s) {
    if (!mp_obj_is_str(s)) {
        mp_raise_TypeError_obj_unsupported(
            s, MP_ERROR_TEXT("intern() argument must be str, not %s"));
    }
    size_t len;
    const char *data = mp_obj_str_get_data(s, &len);
    return mp_obj_new_str_via_qstr(data, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_intern_obj, sys_intern);

// get_int_max_str_digits()
static mp_obj_t sys_get_int_max_str_digits(void) {
    return mp_obj_new_int_from_uint(mp_obj_int_get_max_str_digits());
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_get_int_max_str_digits_obj, sys_get_int_max_str_digits);

// set_int_max_str_digits(maxdigits)
static mp_obj_t sys_set_int_max_str_digits(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_maxdigits };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_maxdigits, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_named(MP_QSTR_set_int_max_str_digits, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_int_t n = vals[ARG_maxdigits].u_int;
    // CPython's floor: smaller limits would refuse common values.
    if (n != 0 && n < 640) {
        mp_raise_ValueError(MP_ERROR_TEXT("maxdigits must be 0 or larger than 640"));
    }
    mp_obj_int_set_max_str_digits((size_t)n);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sys_set_int_max_str_digits_obj, 0, sys_set_int_max_str_digits);

// set_asyncgen_hooks([firstiter][, finalizer]): what an asynchronous
// generator calls on its first iteration (firstiter(agen)) and, collected
// while suspended, instead of being closed (finalizer(agen)); asyncio uses
// them to close the generators a loop leaves behind. An argument left out
// keeps its hook. One pair for the process (CPython: per thread).
static mp_obj_t sys_set_asyncgen_hooks(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_firstiter, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_finalizer, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_named(MP_QSTR_set_asyncgen_hooks, n_args, pos_args, kw_args, 2, allowed, vals);
    for (int i = 0; i < 2; i++) {
        mp_obj_t h = vals[i].u_obj;
        if (h != MP_OBJ_NULL && h != mp_const_none && !mp_obj_is_callable(h)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("callable %q expected, got %s"),
                (qstr)allowed[i].qst, mp_obj_get_type_str(h));
        }
    }
    for (int i = 0; i < 2; i++) {
        if (vals[i].u_obj != MP_OBJ_NULL) {
            // None is stored as NULL: "no hook" has one form for the readers.
            MP_STATE_VM(asyncgen_hooks)[i] = vals[i].u_obj == mp_const_none ? MP_OBJ_NULL : vals[i].u_obj;
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sys_set_asyncgen_hooks_obj, 0, sys_set_asyncgen_hooks);

static const uint16_t asyncgen_hooks_fields[] = { MP_QSTR_firstiter, MP_QSTR_finalizer };
static const mp_obj_structseq_type_t sys_asyncgen_hooks_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_asyncgen_hooks, "asyncgen_hooks", 2, asyncgen_hooks_fields, false);

// get_asyncgen_hooks()
static mp_obj_t sys_get_asyncgen_hooks(void) {
    mp_obj_t h[2];
    for (int i = 0; i < 2; i++) {
        h[i] = MP_STATE_VM(asyncgen_hooks)[i] ? MP_STATE_VM(asyncgen_hooks)[i] : mp_const_none;
    }
    return mp_obj_structseq_new(&sys_asyncgen_hooks_type, h);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_get_asyncgen_hooks_obj, sys_get_asyncgen_hooks);

// gettrace(): no trace function is ever installed.
static mp_obj_t sys_gettrace(void) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_gettrace_obj, sys_gettrace);

// is_finalizing(): Python code only runs before the interpreter shuts down
// (no finaliser runs at exit), so never.
static mp_obj_t sys_is_finalizing(void) {
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_is_finalizing_obj, sys_is_finalizing);

// displayhook(value): what 'single' code (the REPL) does with an expression
// statement's value: its repr on sys.stdout as it is now (doctest swaps in a
// StringIO), kept as builtins._ (also sys.__displayhook__).
static mp_obj_t sys_displayhook(mp_obj_t v) {
    if (v != mp_const_none) {
        mp_obj_t out = mp_sys_get_attr(MP_QSTR_stdout);
        mp_print_t out_print;
        const mp_print_t *print = &mp_plat_print;
        if (out != MP_STATE_VM(sys_stdout) && out != MP_OBJ_NULL && out != mp_const_none) {
            mp_print_init_obj(&out_print, &out);
            print = &out_print;
        }
        mp_obj_print_helper(print, v, PRINT_REPR);
        mp_print_str(print, "\n");
        mp_builtins_store(MP_QSTR__, v);
        MP_STATE_VM(repl_last_value) = v;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_displayhook_obj, sys_displayhook);

// getdefaultencoding()
static mp_obj_t sys_getdefaultencoding(void) {
    return MP_OBJ_NEW_QSTR(MP_QSTR_utf_dash_8);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_getdefaultencoding_obj, sys_getdefaultencoding);

// sys.getsizeof(obj[, default]): what obj.__sizeof__() answers (every object
// has one: the size of its heap block, or user code's own count), plus the
// per-object headers that CPython 3.11 adds (32 bytes) for instances of classes.
static mp_obj_t sys_getsizeof(size_t n_args, const mp_obj_t *args) {
    mp_obj_t res = MP_OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // Looked up on the type, as CPython's implicit calls do.
        mp_obj_t dest[2];
        mp_load_special_method_maybe(args[0], MP_QSTR___sizeof__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            // A built-in object, or a class (whose type is type): object's.
            dest[0] = mp_obj_slot_wrapper_synth(&mp_type_object, MP_QSTR___sizeof__, args[0]);
            dest[1] = args[0];
        }
        res = mp_call_method_n_kw(0, 0, dest);
        if (!mp_obj_is_int(res)) {
            mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
        }
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (n_args > 1 && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
            MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
            return args[1];
        }
        nlr_jump(nlr.ret_val);
    }
    if (mp_obj_int_sign(res) < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("__sizeof__() should return >= 0"));
    }
    if (mp_obj_is_instance_type(mp_obj_get_type(args[0]))) {
        res = mp_binary_op(MP_BINARY_OP_ADD, res, MP_OBJ_NEW_SMALL_INT(4 * sizeof(mp_obj_t)));
    }
    return res;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_getsizeof_obj, 1, 2, sys_getsizeof);

// ---------------------------------------------------------------------------
// The module.

static const mp_rom_obj_tuple_t sys_version_info_tuple = { { &mp_type_tuple }, 3,
    { MP_ROM_INT(3), MP_ROM_INT(4), MP_ROM_INT(0) } };

// version_info.major/.minor/.micro as in CPython (third-party code uses them);
// it prints as the plain tuple it used to be.
static const uint16_t sys_version_info_fields[] = { MP_QSTR_major, MP_QSTR_minor, MP_QSTR_micro };
static const mp_obj_structseq_type_t sys_version_info_type =
    MP_OBJ_STRUCTSEQ_TYPE(MP_QSTR_version_info, NULL, 3, sys_version_info_fields, false);
static const mp_obj_structseq_t sys_version_info_obj = { { MP_OBJ_STRUCTSEQ_TYPE_OF(&sys_version_info_type) },
    (mp_obj_t)(void *)&sys_version_info_tuple };

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define SYS_BYTEORDER MP_QSTR_big
#else
#define SYS_BYTEORDER MP_QSTR_little
#endif

// breakpointhook(*args, **kws): the frozen lib/_bphook.py reads
// $PYTHONBREAKPOINT (kept out of C: rarely used).
static mp_obj_t sys_breakpointhook(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t mod = mp_import_name(MP_QSTR__bphook, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_n_kw_map(mp_load_attr(mod, MP_QSTR_hook), n_args, args, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(sys_breakpointhook_obj, 0, sys_breakpointhook);

static const mp_rom_map_elem_t sys_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_sys) },
    { MP_ROM_QSTR(MP_QSTR__getframe), MP_ROM_PTR(&sys_getframe_obj) },
    { MP_ROM_QSTR(MP_QSTR_atexit), MP_ROM_PTR(&sys_atexit_obj) },
    { MP_ROM_QSTR(MP_QSTR_exc_info), MP_ROM_PTR(&sys_exc_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_exception), MP_ROM_PTR(&sys_exception_obj) },
    { MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&sys_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR_breakpointhook), MP_ROM_PTR(&sys_breakpointhook_obj) },
    { MP_ROM_QSTR(MP_QSTR___breakpointhook__), MP_ROM_PTR(&sys_breakpointhook_obj) },
    { MP_ROM_QSTR(MP_QSTR_displayhook), MP_ROM_PTR(&sys_displayhook_obj) },
    { MP_ROM_QSTR(MP_QSTR___displayhook__), MP_ROM_PTR(&sys_displayhook_obj) },
    { MP_ROM_QSTR(MP_QSTR_excepthook), MP_ROM_PTR(&sys_excepthook_obj) },
    { MP_ROM_QSTR(MP_QSTR___excepthook__), MP_ROM_PTR(&sys_excepthook_obj) },
    { MP_ROM_QSTR(MP_QSTR_unraisablehook), MP_ROM_PTR(&sys_unraisablehook_obj) },
    { MP_ROM_QSTR(MP_QSTR___unraisablehook__), MP_ROM_PTR(&sys_unraisablehook_obj) },
    { MP_ROM_QSTR(MP_QSTR_getdefaultencoding), MP_ROM_PTR(&sys_getdefaultencoding_obj) },
    // File names are UTF-8 too (the encoding CPython reports on Linux).
    { MP_ROM_QSTR(MP_QSTR_getfilesystemencoding), MP_ROM_PTR(&sys_getdefaultencoding_obj) },
    { MP_ROM_QSTR(MP_QSTR_getsizeof), MP_ROM_PTR(&sys_getsizeof_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_asyncgen_hooks), MP_ROM_PTR(&sys_get_asyncgen_hooks_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_asyncgen_hooks), MP_ROM_PTR(&sys_set_asyncgen_hooks_obj) },
    { MP_ROM_QSTR(MP_QSTR_maxunicode), MP_ROM_INT(0x10ffff) },
    { MP_ROM_QSTR(MP_QSTR_gettrace), MP_ROM_PTR(&sys_gettrace_obj) },
    { MP_ROM_QSTR(MP_QSTR_is_finalizing), MP_ROM_PTR(&sys_is_finalizing_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_int_max_str_digits), MP_ROM_PTR(&sys_get_int_max_str_digits_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_int_max_str_digits), MP_ROM_PTR(&sys_set_int_max_str_digits_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrecursionlimit), MP_ROM_PTR(&sys_getrecursionlimit_obj) },
#if MICROPY_PY_THREAD
    { MP_ROM_QSTR(MP_QSTR_getswitchinterval), MP_ROM_PTR(&sys_getswitchinterval_obj) },
    { MP_ROM_QSTR(MP_QSTR_setswitchinterval), MP_ROM_PTR(&sys_setswitchinterval_obj) },
#endif
    { MP_ROM_QSTR(MP_QSTR_intern), MP_ROM_PTR(&sys_intern_obj) },
    { MP_ROM_QSTR(MP_QSTR_print_exception), MP_ROM_PTR(&sys_print_exception_obj) },
    { MP_ROM_QSTR(MP_QSTR_setrecursionlimit), MP_ROM_PTR(&sys_setrecursionlimit_obj) },
    { MP_ROM_QSTR(MP_QSTR_byteorder), MP_ROM_QSTR(SYS_BYTEORDER) },
    { MP_ROM_QSTR(MP_QSTR_float_repr_style), MP_ROM_QSTR(MP_QSTR_short) },
    { MP_ROM_QSTR(MP_QSTR_version_info), MP_ROM_PTR(&sys_version_info_obj) },
    // version_info packed as CPython does (3.4.0 final), which libraries test
    { MP_ROM_QSTR(MP_QSTR_hexversion), MP_ROM_INT(0x030400f0) },
};

static MP_DEFINE_CONST_DICT(sys_globals, sys_globals_table);

const mp_obj_module_t mp_module_sys = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&sys_globals,
};

MP_REGISTER_MODULE(MP_QSTR_sys, mp_module_sys);

static void sys_store(mp_obj_t dict, qstr name, mp_obj_t value) {
    mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(name), value == MP_OBJ_NULL ? mp_const_none : value);
}

void mp_module_sys_init(void) {
    const mp_map_t *rom = &sys_globals.map;
    mp_obj_t dict = mp_obj_new_dict(rom->used + 15);
    for (size_t i = 0; i < rom->alloc; i++) {
        if (mp_map_slot_is_filled(rom, i)) {
            mp_obj_dict_store(dict, rom->table[i].key, rom->table[i].value);
        }
    }
    sys_store(dict, MP_QSTR_argv, MP_STATE_VM(sys_argv));
    sys_store(dict, MP_QSTR_path, MP_STATE_VM(sys_path));
    sys_store(dict, MP_QSTR_modules, MP_STATE_VM(modules));
    sys_store(dict, MP_QSTR_meta_path, mp_obj_new_list(0, NULL));
    sys_store(dict, MP_QSTR_warnoptions, mp_obj_new_list(0, NULL)); // (-W; read by warnings)
    sys_store(dict, MP_QSTR_stdin, MP_STATE_VM(sys_stdin));
    sys_store(dict, MP_QSTR_stdout, MP_STATE_VM(sys_stdout));
    sys_store(dict, MP_QSTR_stderr, MP_STATE_VM(sys_stderr));
    sys_store(dict, MP_QSTR___stdin__, MP_STATE_VM(sys_stdin));
    sys_store(dict, MP_QSTR___stdout__, MP_STATE_VM(sys_stdout));
    sys_store(dict, MP_QSTR___stderr__, MP_STATE_VM(sys_stderr));
    sys_store(dict, MP_QSTR_platform, mp_obj_new_str(mp_hal_platform, strlen(mp_hal_platform)));
    sys_store(dict, MP_QSTR_maxsize, mp_obj_new_int_from_ll(MP_INT_MAX));
    static const char version[] =
        MICROPY_PY_LANG_VERSION "; MicroPython v" MICROPY_VERSION_STRING " on " MICROPY_BUILD_DATE;
    sys_store(dict, MP_QSTR_version, mp_obj_new_str(version, strlen(version)));
    sys_store(dict, MP_QSTR_implementation, make_implementation());
    store_info_tuples(dict);
    sys_store(dict, MP_QSTR_executable, MP_OBJ_NEW_QSTR(MP_QSTR_));
    MP_STATE_SYS_DICT = dict;

    mp_obj_t mod = mp_obj_module_new_with_globals(dict);
    mp_obj_dict_store(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(MP_QSTR_sys), mod);
    mp_obj_dict_store(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(MP_QSTR_usys), mod); // MicroPython's name
}

mp_obj_t mp_sys_get_attr(qstr name) {
    if (MP_STATE_SYS_DICT == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *elem =
        mp_map_lookup(mp_obj_dict_get_map(MP_STATE_SYS_DICT), MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}
