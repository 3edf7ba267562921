// Exceptions: BaseException and CPython's whole built-in hierarchy, their
// str()/repr(), attributes (args, errno, value, code, ...), tracebacks and
// the constructors used by C code to raise.
#include "py/mpconfig.h"

#include <limits.h>
#include <string.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/objtype_internal.h"
#include "py/vm.h"

// Layout. Exceptions made here are allocated as exc_ext_t: the mp_obj_exception_t
// of py/obj.h followed by a dict for attributes that have no field of their
// own (OSError's filename/filename2, ImportError's name/path, __notes__,
// overrides such as `e.errno = 5`, and anything a program stores on the
// exception, which CPython allows). The dict is created on first use.
// Static exceptions (mp_const_GeneratorExit_obj) and ones another file might
// allocate with the plain layout have no such dict; gc_nbytes tells the two
// apart (a plain mp_obj_exception_t fits in fewer heap blocks, a static one
// is not on the heap at all), so every access to the dict is checked.
// Nothing here may write to a non-heap exception: static ones live in
// read-only memory.
typedef struct _exc_ext_t {
    mp_obj_exception_t base;
    mp_obj_t dict; // MP_OBJ_NULL or a dict
    // The last __traceback__ object handed out, so that repeated reads give
    // the same object while no frame has been added (MP_OBJ_NULL: none yet).
    mp_obj_t tb;
    // For a NameError raised by a name lookup: the function object of the
    // frame that looked it up (or the globals dict when there was none), so
    // that a printed traceback can suggest a similar name. Not visible to
    // Python code.
    mp_obj_t name_scope;
    // OSError: errno and strerror are args[0] and args[1], as parsed when the
    // exception was made (or by OSError.__init__), until args is replaced.
    bool oserror_parsed;
} exc_ext_t;

// A traceback entry is 4 words: file qstr, line, block (function) qstr, and
// the frame's raw code (NULL when not known) for tb_frame.f_code: a plain
// pointer, which keeps the code alive (the collector scans these words). On
// 64-bit hosts the line word's bits 32-47 are the line the frame left at by
// a re-raise (0: where the entry is), its frame's f_lineno as in CPython, and
// bits 48-63 the frame's call depth, which tells the entries of one frame
// apart.
#define TRACEBACK_ENTRY_LEN (4)
#define TB_LINE(w) ((unsigned int)(w))
#define TB_RC(w) ((const mp_raw_code_t *)(w))
#define TB_DEPTH(w) ((size_t)((uint64_t)(w) >> 48))
#define TB_EXIT_LINE(w) ((size_t)((uint64_t)(w) >> 32 & 0xffff))
// The frame's f_lineno: its exit line if one was recorded, else the entry's.
#define TB_FRAME_LINE(w) (TB_EXIT_LINE(w) != 0 ? TB_EXIT_LINE(w) : TB_LINE(w))
// Set in traceback_alloc (otherwise a multiple of the entry length) once the
// entries could not grow: a deep unwinding on a full heap would otherwise run
// two collections per frame, each scanning that deep stack.
#define TRACEBACK_FULL (1)

static void exc_set_traceback(mp_obj_exception_t *e, mp_obj_t value);

static exc_ext_t *exc_get_ext(mp_obj_exception_t *e) {
    if (gc_nbytes(e) >= sizeof(exc_ext_t)) {
        return (exc_ext_t *)e;
    }
    return NULL;
}

static bool exc_is_writable(mp_obj_exception_t *e) {
    return gc_is_heap_ptr(e);
}

// The native exception object behind o: o itself or the native base of an
// instance of a user subclass. NULL if o is not an exception.
static mp_obj_exception_t *exc_native(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, make_new) == mp_obj_exception_make_new) {
        return MP_OBJ_TO_PTR(o);
    }
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_BaseException))) {
        return NULL;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_BaseException));
    if (native == o || !mp_obj_is_obj(native)
        || MP_OBJ_TYPE_GET_SLOT_OR_NULL(mp_obj_get_type(native), make_new) != mp_obj_exception_make_new) {
        return NULL;
    }
    return MP_OBJ_TO_PTR(native);
}

static bool exc_is_kind(mp_obj_exception_t *e, const mp_obj_type_t *kind) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(e->base.type), MP_OBJ_FROM_PTR(kind));
}

static mp_obj_t exc_dict_get(mp_obj_exception_t *e, qstr attr) {
    exc_ext_t *ext = exc_get_ext(e);
    if (ext == NULL || ext->dict == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(ext->dict), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

void mp_obj_exception_set_name_scope(mp_obj_t exc, mp_obj_t scope) {
    mp_obj_exception_t *e = exc_native(exc);
    exc_ext_t *ext = e != NULL && exc_is_writable(e) ? exc_get_ext(e) : NULL;
    if (ext != NULL) {
        ext->name_scope = scope;
    }
}

mp_obj_t mp_obj_exception_get_name_scope(mp_obj_t exc) {
    mp_obj_exception_t *e = exc_native(exc);
    exc_ext_t *ext = e != NULL && exc_is_writable(e) ? exc_get_ext(e) : NULL;
    return ext != NULL ? ext->name_scope : MP_OBJ_NULL;
}

static bool exc_is_emergency(mp_obj_exception_t *e);

// Returns false if e cannot hold extra attributes.
static bool exc_dict_store(mp_obj_exception_t *e, qstr attr, mp_obj_t value) {
    exc_ext_t *ext = exc_get_ext(e);
    if (ext == NULL) {
        return false;
    }
    if (ext->dict == MP_OBJ_NULL) {
        if (value == MP_OBJ_NULL) {
            return false;
        }
        if (MP_UNLIKELY(gc_is_locked()) && exc_is_emergency(e)) {
            // (Such as NameError's name: dropped, there is no room.)
            return true;
        }
        ext->dict = mp_obj_new_dict(0);
    }
    mp_map_t *map = mp_obj_dict_get_map(ext->dict);
    if (value == MP_OBJ_NULL) {
        return mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL;
    }
    mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return true;
}

static size_t exc_n_args(mp_obj_exception_t *e) {
    return e->args == NULL ? 0 : e->args->len;
}

static mp_obj_t exc_arg(mp_obj_exception_t *e, size_t i) {
    return i < exc_n_args(e) ? e->args->items[i] : mp_const_none;
}

// ---------------------------------------------------------------------------
// OSError. As in CPython, errno, strerror, filename and filename2 are fields
// filled when the exception is made from 2..5 arguments (by OSError.__new__,
// or by OSError.__init__ for a class that overrides __init__ but not __new__),
// and later changes to args leave them alone. CPython keeps only (errno,
// strerror) in args when a filename is given. Here errno and strerror stay in
// args[0..1] while oserror_parsed holds; everything else set or overridden
// lives in the attribute dict. A field that is absent reads as None, but
// str() tells absent from None.

// CPython's errno -> OSError subclass table (EWOULDBLOCK and EAGAIN may
// share a value, hence comparisons rather than a switch).
static const mp_obj_type_t *oserror_subtype_for_errno(mp_int_t err) {
    if (err == MP_EAGAIN || err == MP_EWOULDBLOCK || err == MP_EALREADY || err == MP_EINPROGRESS) {
        return &mp_type_BlockingIOError;
    }
    if (err == MP_ECHILD) {
        return &mp_type_ChildProcessError;
    }
    if (err == MP_EPIPE || err == MP_ESHUTDOWN) {
        return &mp_type_BrokenPipeError;
    }
    if (err == MP_ECONNABORTED) {
        return &mp_type_ConnectionAbortedError;
    }
    if (err == MP_ECONNREFUSED) {
        return &mp_type_ConnectionRefusedError;
    }
    if (err == MP_ECONNRESET) {
        return &mp_type_ConnectionResetError;
    }
    if (err == MP_EEXIST) {
        return &mp_type_FileExistsError;
    }
    if (err == MP_ENOENT) {
        return &mp_type_FileNotFoundError;
    }
    if (err == MP_EISDIR) {
        return &mp_type_IsADirectoryError;
    }
    if (err == MP_ENOTDIR) {
        return &mp_type_NotADirectoryError;
    }
    if (err == MP_EINTR) {
        return &mp_type_InterruptedError;
    }
    if (err == MP_EACCES || err == MP_EPERM) {
        return &mp_type_PermissionError;
    }
    if (err == MP_ESRCH) {
        return &mp_type_ProcessLookupError;
    }
    if (err == MP_ETIMEDOUT) {
        return &mp_type_TimeoutError;
    }
    return &mp_type_OSError;
}

// Whether errno and strerror are still args[0] and args[1] (OSErrors are
// all made here, with the flag).
static bool oserror_parsed(mp_obj_exception_t *e) {
    exc_ext_t *ext = exc_get_ext(e);
    return ext != NULL && ext->oserror_parsed;
}

// BlockingIOError(errno, strerror, characters_written): a number there is no
// filename (CPython's exact type only).
static bool oserror_arg_is_written(const mp_obj_type_t *type, mp_obj_t arg) {
    return type == &mp_type_BlockingIOError && (mp_obj_is_int(arg) || mp_obj_is_bool(arg) || mp_obj_is_float(arg));
}

// The field attr (errno, strerror, filename, filename2), MP_OBJ_NULL if unset.
static mp_obj_t oserror_field(mp_obj_exception_t *e, qstr attr) {
    mp_obj_t v = exc_dict_get(e, attr);
    if (v == MP_OBJ_NULL && oserror_parsed(e) && (attr == MP_QSTR_errno || attr == MP_QSTR_strerror)) {
        v = e->args->items[attr != MP_QSTR_errno];
    }
    return v;
}

// Before args is replaced or errno/strerror deleted: the two fields move to
// the dict, so that they no longer follow args.
MP_COLD static void oserror_detach(mp_obj_exception_t *e) {
    if (oserror_parsed(e)) {
        exc_dict_store(e, MP_QSTR_errno, oserror_field(e, MP_QSTR_errno));
        exc_dict_store(e, MP_QSTR_strerror, oserror_field(e, MP_QSTR_strerror));
        exc_get_ext(e)->oserror_parsed = false;
    }
}

// ---------------------------------------------------------------------------
// Construction.

static mp_obj_t eg_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);

// SyntaxError(msg, details): details is (filename, lineno, offset, text)
// optionally followed by end_lineno and end_offset, so 4 or 6 items.
static void syntaxerror_check_details(mp_obj_t details) {
    size_t len;
    if (mp_obj_is_type(details, &mp_type_tuple) || mp_obj_is_type(details, &mp_type_list)) {
        mp_obj_t *items;
        mp_obj_get_array(details, &len, &items);
    } else {
        // Any other iterable is accepted too; counting it raises for non-iterables.
        mp_obj_t tup = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), details);
        len = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tup))->len;
    }
    if (len < 4) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("function takes at least 4 arguments (%d given)"), (int)len);
    }
    if (len > 6) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("function takes at most 6 arguments (%d given)"), (int)len);
    }
    if (len == 5) {
        mp_raise_TypeError(MP_ERROR_TEXT("end_offset must be provided when end_lineno is provided"));
    }
}

// OSError's filename (not None) and filename2 arguments (3 to 5 arguments).
static void oserror_store_filenames(mp_obj_exception_t *e, size_t n_args, const mp_obj_t *args) {
    exc_dict_store(e, MP_QSTR_filename, args[2]);
    exc_dict_store(e, MP_QSTR_filename2, n_args < 5 || args[4] == mp_const_none ? MP_OBJ_NULL : args[4]);
}

// ---------------------------------------------------------------------------
// The emergency exception. While the heap is locked (micropython.heap_lock(),
// as in interrupt-like callbacks) no exception can be allocated, so, as in
// MicroPython, one made beforehand stands in for any built-in exception: it
// takes the type, up to EMG_MAX_ARGS arguments (more give empty args), a C
// message formatted into its own str (cut to fit) and up to EMG_TB_ENTRIES
// traceback frames. There is one: each raise under the lock reuses it.
// Without one (heap_lock never called) the raise is a MemoryError.

// The root is a 4-tuple: the exception, its args tuple, its message str and
// the bytes of message it has room for.
#define EMG_ROOT MP_STATE_VM(emergency_exc)
#define EMG_MAX_ARGS (2)
#define EMG_TB_ENTRIES (8)
#define EMG_MSG_MIN (128)


static size_t emg_msg_room(void) {
    return MP_OBJ_SMALL_INT_VALUE(((mp_obj_tuple_t *)MP_OBJ_TO_PTR(EMG_ROOT))->items[3]);
}

// Makes the emergency exception (again, if its message room is below
// msg_size bytes); with the heap locked it keeps what there is.
void mp_obj_exception_emergency_init(size_t msg_size) {
    if (msg_size < EMG_MSG_MIN) {
        msg_size = EMG_MSG_MIN;
    }
    if (gc_is_locked() || (EMG_ROOT != MP_OBJ_NULL
        && emg_msg_room() >= msg_size)) {
        return;
    }
    exc_ext_t *ext = m_malloc0(sizeof(exc_ext_t));
    ext->base.traceback_data = m_new(size_t, EMG_TB_ENTRIES * TRACEBACK_ENTRY_LEN);
    ext->base.traceback_alloc = EMG_TB_ENTRIES * TRACEBACK_ENTRY_LEN;
    byte *data;
    mp_obj_t items[4] = {
        MP_OBJ_FROM_PTR(ext),
        mp_obj_new_tuple(EMG_MAX_ARGS, NULL),
        mp_obj_str_new_uninit(&mp_type_str, msg_size, MP_OBJ_STR_CHARLEN_UNKNOWN, &data),
        MP_OBJ_NEW_SMALL_INT(msg_size),
    };
    EMG_ROOT = mp_obj_new_tuple(4, items);
}

static bool exc_is_emergency(mp_obj_exception_t *e) {
    return EMG_ROOT != MP_OBJ_NULL && ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(EMG_ROOT))->items[0] == MP_OBJ_FROM_PTR(e);
}

// The emergency exception set up as type(*args), or the MemoryError.
static mp_obj_t exc_emergency(const mp_obj_type_t *type, size_t n_args, const mp_obj_t *args) {
    if (EMG_ROOT == MP_OBJ_NULL) {
        mp_raise_memory_error_for_alloc(0);
    }
    mp_obj_t *emg = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(EMG_ROOT))->items;
    exc_ext_t *ext = MP_OBJ_TO_PTR(emg[0]);
    mp_obj_exception_t *e = &ext->base;
    e->base.type = type;
    e->traceback_len = 0;
    e->traceback_alloc &= ~(size_t)TRACEBACK_FULL;
    e->cause = MP_OBJ_NULL;
    e->context = MP_OBJ_NULL;
    e->suppress_context = false;
    ext->dict = MP_OBJ_NULL;
    ext->tb = MP_OBJ_NULL;
    ext->name_scope = MP_OBJ_NULL;
    ext->oserror_parsed = n_args == 2;
    e->args = (mp_obj_tuple_t *)&mp_const_empty_tuple_obj;
    if (n_args != 0 && n_args <= EMG_MAX_ARGS) {
        e->args = MP_OBJ_TO_PTR(emg[1]);
        e->args->len = n_args;
        memcpy(e->args->items, args, n_args * sizeof(mp_obj_t));
    }
    return emg[0];
}

typedef struct _emg_buf_t {
    byte *buf;
    size_t len;
    size_t room;
} emg_buf_t;

static void emg_print_strn(void *data, const char *str, size_t len) {
    emg_buf_t *b = data;
    if (len > b->room - b->len) {
        len = b->room - b->len;
    }
    memcpy(b->buf + b->len, str, len);
    b->len += len;
}

// The emergency exception with the message fmt % ap as its one argument.
static mp_obj_t exc_emergency_vmsg(const mp_obj_type_t *type, const char *fmt, va_list ap) {
    exc_emergency(type, 0, NULL);
    mp_obj_t msg = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(EMG_ROOT))->items[2];
    mp_obj_str_ext_t *s = MP_OBJ_TO_PTR(msg);
    emg_buf_t b = { (byte *)s->s.data, 0, emg_msg_room() };
    mp_print_t print = { &b, emg_print_strn };
    char buf[MP_ERRTEXT_BUF_SIZE];
    mp_vprintf(&print, mp_errtext_expand(fmt, buf), ap);
    if (b.len == b.room) {
        // Cut: drop a UTF-8 sequence that may be incomplete.
        while (b.len > 0 && (b.buf[b.len - 1] & 0xc0) == 0x80) {
            b.len--;
        }
        if (b.len > 0 && (b.buf[b.len - 1] & 0x80)) {
            b.len--;
        }
    }
    b.buf[b.len] = '\0';
    s->s.len = b.len;
    s->s.hash = 0;
    s->charlen = MP_OBJ_STR_CHARLEN_UNKNOWN;
    return exc_emergency(type, 1, &msg);
}

mp_obj_t mp_obj_exception_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (type == &mp_type_ExceptionGroup || type == &mp_type_BaseExceptionGroup) {
        return eg_make_new(type, n_args, n_kw, args);
    }
    if (MP_UNLIKELY(gc_is_locked())) {
        return exc_emergency(type, n_args, args);
    }
    mp_obj_t import_name = mp_const_none;
    mp_obj_t import_path = mp_const_none;
    if (n_kw != 0) {
        // Only ImportError (name=, path=), AttributeError (name=, obj=) and
        // NameError (name=) take keywords; the second one is kept in import_path.
        qstr second = MP_QSTRnull;
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_ImportError))) {
            second = MP_QSTR_path;
        } else if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
            second = MP_QSTR_obj;
        } else if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_NameError))) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), type->name);
        }
        for (size_t i = 0; i < n_kw; i++) {
            mp_obj_t key = args[n_args + 2 * i];
            mp_obj_t value = args[n_args + 2 * i + 1];
            qstr q = mp_obj_str_get_qstr(key);
            if (q == MP_QSTR_name) {
                import_name = value;
            } else if (q == second && second != MP_QSTRnull) {
                import_path = value;
            } else {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("'%q' is an invalid keyword argument for %q()"), q, type->name);
            }
        }
    }

    if (n_args == 2 && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_SyntaxError))) {
        syntaxerror_check_details(args[1]);
    }

    size_t n_keep = n_args;
    mp_obj_t written = MP_OBJ_NULL;
    bool parsed = false;
    if (type == &mp_type_OSError || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_OSError))) {
        parsed = n_args - 2 <= 3; // 2..5 arguments
        // OSError(errno, strerror, ...) picks the subclass for the errno, as
        // CPython does, but only when OSError itself is being constructed.
        if (type == &mp_type_OSError && parsed && mp_obj_is_small_int(args[0])) {
            type = oserror_subtype_for_errno(MP_OBJ_SMALL_INT_VALUE(args[0]));
        }
        if (parsed && n_args >= 3 && args[2] != mp_const_none) {
            n_keep = 2;
            // BlockingIOError(errno, strerror, characters_written): a number
            // there is no filename, and args stay whole (CPython's exact type only).
            if (oserror_arg_is_written(type, args[2])) {
                written = mp_obj_new_int(mp_obj_get_int(args[2]));
                n_keep = n_args;
            }
        }
    }

    exc_ext_t *ext = m_malloc0(sizeof(exc_ext_t));
    mp_obj_exception_t *e = &ext->base;
    e->base.type = type;
    e->cause = MP_OBJ_NULL;
    e->context = MP_OBJ_NULL;
    ext->oserror_parsed = parsed;
    if (n_keep == 0) {
        e->args = (mp_obj_tuple_t *)&mp_const_empty_tuple_obj;
    } else {
        e->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_keep, args));
    }
    if (n_keep != n_args) {
        oserror_store_filenames(e, n_args, args);
    }
    if (written != MP_OBJ_NULL) {
        exc_dict_store(e, MP_QSTR_characters_written, written);
    }
    if (n_args == 5 && !mp_obj_is_type(args[1], &mp_type_bytes)
        && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_UnicodeDecodeError))) {
        // .object is a bytes copy of any buffer given (args keep the original).
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(args[1], &bufinfo, MP_BUFFER_READ);
        exc_dict_store(e, MP_QSTR_object, mp_obj_new_bytes(bufinfo.buf, bufinfo.len));
    }
    if (import_name != mp_const_none) {
        exc_dict_store(e, MP_QSTR_name, import_name);
    }
    if (import_path != mp_const_none) {
        bool is_attr = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_AttributeError));
        exc_dict_store(e, is_attr ? MP_QSTR_obj : MP_QSTR_path, import_path);
    }
    return MP_OBJ_FROM_PTR(e);
}

mp_obj_t mp_obj_new_exception(const mp_obj_type_t *exc_type) {
    return mp_obj_new_exception_args(exc_type, 0, NULL);
}

mp_obj_t mp_obj_new_exception_arg1(const mp_obj_type_t *exc_type, mp_obj_t arg) {
    return mp_obj_new_exception_args(exc_type, 1, &arg);
}

mp_obj_t mp_obj_new_exception_args(const mp_obj_type_t *exc_type, size_t n_args, const mp_obj_t *args) {
    MP_ASSERT(MP_OBJ_TYPE_GET_SLOT_OR_NULL(exc_type, make_new) == mp_obj_exception_make_new);
    return mp_obj_exception_make_new(exc_type, n_args, 0, args);
}

mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *exc_type, const char *msg) {
    char buf[MP_ERRTEXT_BUF_SIZE];
    msg = mp_errtext_expand(msg, buf);
    if (MP_UNLIKELY(gc_is_locked())) {
        return mp_obj_new_exception_msg_varg(exc_type, "%s", msg);
    }
    mp_obj_t arg = mp_obj_new_str(msg, strlen(msg));
    return mp_obj_new_exception_args(exc_type, 1, &arg);
}

// exc_type(fmt % ap); mp_raise_msg_varg (py/runtime.c) raises through it.
mp_obj_t mp_obj_new_exception_msg_vlist(const mp_obj_type_t *exc_type, const char *fmt, va_list ap) {
    if (MP_UNLIKELY(gc_is_locked())) {
        return exc_emergency_vmsg(exc_type, fmt, ap);
    }
    vstr_t vstr;
    vstr_init(&vstr, 32);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    char buf[MP_ERRTEXT_BUF_SIZE];
    mp_vprintf(&print, mp_errtext_expand(fmt, buf), ap);
    mp_obj_t arg = mp_obj_new_str_from_vstr(&vstr);
    return mp_obj_new_exception_args(exc_type, 1, &arg);
}

mp_obj_t mp_obj_new_exception_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t exc = mp_obj_new_exception_msg_vlist(exc_type, fmt, ap);
    va_end(ap);
    return exc;
}

// ---------------------------------------------------------------------------
// Printing: str() and repr() as CPython gives them.

static void print_basename(const mp_print_t *print, mp_obj_t path) {
    size_t len;
    const char *s = mp_obj_str_get_data(path, &len);
    size_t start = len;
    while (start > 0 && s[start - 1] != '/') {
        start--;
    }
    mp_print_strn(print, s + start, len - start, 0, ' ', 0);
}

// str() of a SyntaxError(msg, (filename, lineno, offset, text, ...)).
static bool syntaxerror_print(const mp_print_t *print, mp_obj_exception_t *e) {
    if (exc_n_args(e) != 2 || !mp_obj_is_type(e->args->items[1], &mp_type_tuple)) {
        // Otherwise str() is str(msg), msg being args[0] or None.
        mp_obj_print_helper(print, exc_arg(e, 0), PRINT_STR);
        return true;
    }
    mp_obj_tuple_t *details = MP_OBJ_TO_PTR(e->args->items[1]);
    mp_obj_t filename = details->len > 0 ? details->items[0] : mp_const_none;
    mp_obj_t lineno = details->len > 1 ? details->items[1] : mp_const_none;
    mp_obj_print_helper(print, e->args->items[0], PRINT_STR);
    bool have_file = mp_obj_is_str(filename);
    bool have_line = mp_obj_is_int(lineno);
    if (have_file && have_line) {
        mp_print_str(print, " (");
        print_basename(print, filename);
        mp_print_str(print, ", line ");
        mp_obj_print_helper(print, lineno, PRINT_STR);
        mp_print_str(print, ")");
    } else if (have_file) {
        mp_print_str(print, " (");
        print_basename(print, filename);
        mp_print_str(print, ")");
    } else if (have_line) {
        mp_print_str(print, " (line ");
        mp_obj_print_helper(print, lineno, PRINT_STR);
        mp_print_str(print, ")");
    }
    return true;
}

static const uint16_t unicodeerror_fields[] = {
    MP_QSTR_encoding, MP_QSTR_object, MP_QSTR_start, MP_QSTR_end, MP_QSTR_reason,
};

// Field i (encoding, object, start, end, reason) of a UnicodeError made with
// all its arguments (UnicodeTranslateError has no encoding): the attribute as
// it is now (it starts as the argument); MP_OBJ_NULL if there is none.
static mp_obj_t unicodeerror_field(mp_obj_exception_t *e, size_t i) {
    size_t skip = exc_is_kind(e, &mp_type_UnicodeTranslateError) ? 1 : 0;
    if (exc_n_args(e) != 5 - skip || i < skip) {
        return MP_OBJ_NULL;
    }
    mp_obj_t v = exc_dict_get(e, unicodeerror_fields[i]);
    return v != MP_OBJ_NULL ? v : e->args->items[i - skip];
}

// str() of UnicodeDecodeError/UnicodeEncodeError/UnicodeTranslateError.
static bool unicodeerror_print(const mp_print_t *print, mp_obj_exception_t *e) {
    mp_obj_t a[5];
    for (size_t i = 0; i < 5; i++) {
        a[i] = unicodeerror_field(e, i);
    }
    if (a[1] == MP_OBJ_NULL || !mp_obj_is_int(a[2]) || !mp_obj_is_int(a[3])) {
        return false;
    }
    mp_int_t start = mp_obj_get_int(a[2]);
    mp_int_t end = mp_obj_get_int(a[3]);
    bool decode = exc_is_kind(e, &mp_type_UnicodeDecodeError);
    if (a[0] == MP_OBJ_NULL) {
        mp_print_str(print, "can't translate ");
    } else if (decode || exc_is_kind(e, &mp_type_UnicodeEncodeError)) {
        mp_print_str(print, "'");
        mp_obj_print_helper(print, a[0], PRINT_STR);
        mp_printf(print, "' codec can't %s ", decode ? "decode" : "encode");
    } else {
        return false;
    }
    mp_obj_t olen = mp_obj_len_maybe(a[1]);
    if (end == start + 1 && start >= 0 && olen != MP_OBJ_NULL && start < mp_obj_get_int(olen)) {
        if (decode) {
            mp_buffer_info_t bufinfo;
            mp_get_buffer_raise(a[1], &bufinfo, MP_BUFFER_READ);
            mp_printf(print, "byte 0x%02x", ((const byte *)bufinfo.buf)[start]);
        } else {
            mp_obj_t ch = mp_obj_subscr(a[1], a[2], MP_OBJ_SENTINEL);
            size_t len;
            const char *s = mp_obj_str_get_data(ch, &len);
            unichar c = utf8_get_char((const byte *)s);
            if (c < 0x100) {
                mp_printf(print, "character '\\x%02x'", (unsigned int)c);
            } else if (c < 0x10000) {
                mp_printf(print, "character '\\u%04x'", (unsigned int)c);
            } else {
                mp_printf(print, "character '\\U%08x'", (unsigned int)c);
            }
        }
        mp_printf(print, " in position %d: ", (int)start);
    } else {
        mp_printf(print, "%s in position %d-%d: ", decode ? "bytes" : "characters", (int)start, (int)(end - 1));
    }
    mp_obj_print_helper(print, a[4], PRINT_STR);
    return true;
}

static void exc_print_str(const mp_print_t *print, mp_obj_exception_t *e) {
    size_t n = exc_n_args(e);
    if (exc_is_kind(e, &mp_type_OSError)) {
        // "[Errno e] s: 'f' -> 'f2'" as far as the fields are set; a filename
        // (even None) shows them all, with None for unset ones.
        mp_obj_t f[4];
        static const uint16_t names[4] = { MP_QSTR_errno, MP_QSTR_strerror, MP_QSTR_filename, MP_QSTR_filename2 };
        for (size_t i = 0; i < 4; i++) {
            f[i] = oserror_field(e, names[i]);
        }
        if (f[2] != MP_OBJ_NULL || (f[0] != MP_OBJ_NULL && f[1] != MP_OBJ_NULL)) {
            mp_print_str(print, "[Errno ");
            mp_obj_print_helper(print, f[0] != MP_OBJ_NULL ? f[0] : mp_const_none, PRINT_STR);
            mp_print_str(print, "] ");
            mp_obj_print_helper(print, f[1] != MP_OBJ_NULL ? f[1] : mp_const_none, PRINT_STR);
            for (size_t i = 2; i < 4 && f[i] != MP_OBJ_NULL; i++) {
                mp_print_str(print, i == 2 ? ": " : " -> ");
                mp_obj_print_helper(print, f[i], PRINT_REPR);
            }
            return;
        }
    }
    if (n == 1 && exc_is_kind(e, &mp_type_KeyError)) {
        // str(KeyError(k)) is repr(k), so that KeyError('') is visible.
        mp_obj_print_helper(print, e->args->items[0], PRINT_REPR);
        return;
    }
    if (exc_is_kind(e, &mp_type_SyntaxError) && syntaxerror_print(print, e)) {
        return;
    }
    if (n == 2 && exc_is_kind(e, &mp_type_BaseExceptionGroup)) {
        // "message (3 sub-exceptions)"
        mp_obj_t excs = exc_dict_get(e, MP_QSTR_exceptions);
        size_t k = excs != MP_OBJ_NULL ? mp_obj_get_int(mp_obj_len(excs)) : 0;
        mp_obj_print_helper(print, e->args->items[0], PRINT_STR);
        mp_printf(print, " (%u sub-exception%s)", (unsigned)k, k == 1 ? "" : "s");
        return;
    }
    if (exc_is_kind(e, &mp_type_UnicodeError) && unicodeerror_print(print, e)) {
        return;
    }
    if (n == 0) {
        return;
    }
    if (n == 1) {
        mp_obj_print_helper(print, e->args->items[0], PRINT_STR);
        return;
    }
    mp_obj_print_helper(print, MP_OBJ_FROM_PTR(e->args), PRINT_REPR);
}

void mp_obj_exception_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    mp_obj_exception_t *e = exc_native(o_in);
    if (e == NULL) {
        mp_obj_print_helper(print, o_in, kind);
        return;
    }
    if (kind != PRINT_REPR) {
        exc_print_str(print, e);
        return;
    }
    // repr: Name(arg, ...) with the args' reprs; one argument has no trailing comma.
    mp_printf(print, "%q", mp_obj_get_type(o_in)->name);
    size_t n = exc_n_args(e);
    if (n == 1) {
        mp_print_str(print, "(");
        mp_obj_print_helper(print, e->args->items[0], PRINT_REPR);
        mp_print_str(print, ")");
    } else if (n == 0) {
        mp_print_str(print, "()");
    } else {
        mp_obj_print_helper(print, MP_OBJ_FROM_PTR(e->args), PRINT_REPR);
    }
}

// ---------------------------------------------------------------------------
// Attributes.

static mp_obj_t opt_obj(mp_obj_t o) {
    return o == MP_OBJ_NULL ? mp_const_none : o;
}

static mp_obj_t syntaxerror_detail(mp_obj_exception_t *e, size_t i) {
    if (exc_n_args(e) == 2) {
        mp_obj_t d = e->args->items[1];
        if (mp_obj_is_type(d, &mp_type_tuple) || mp_obj_is_type(d, &mp_type_list)) {
            size_t len;
            mp_obj_t *items;
            mp_obj_get_array(d, &len, &items);
            if (i < len) {
                return items[i];
            }
        }
    }
    return mp_const_none;
}

static void exc_attr_load(mp_obj_exception_t *e, qstr attr, mp_obj_t *dest) {
    switch (attr) {
        case MP_QSTR_args:
            dest[0] = MP_OBJ_FROM_PTR(e->args);
            return;
        case MP_QSTR___cause__:
            dest[0] = opt_obj(e->cause);
            return;
        case MP_QSTR___context__:
            dest[0] = opt_obj(e->context);
            return;
        case MP_QSTR___suppress_context__:
            dest[0] = mp_obj_new_bool(e->suppress_context);
            return;
        case MP_QSTR___traceback__:
            dest[0] = mp_obj_exception_get_traceback_obj(MP_OBJ_FROM_PTR(e));
            return;
        case MP_QSTR___dict__: {
            exc_ext_t *ext = exc_get_ext(e);
            if (ext != NULL) {
                if (ext->dict == MP_OBJ_NULL) {
                    ext->dict = mp_obj_new_dict(0);
                }
                dest[0] = ext->dict;
            }
            return;
        }
        default:
            break;
    }
    mp_obj_t stored = exc_dict_get(e, attr);
    if (stored != MP_OBJ_NULL) {
        dest[0] = stored;
        return;
    }
    if (exc_is_kind(e, &mp_type_OSError)) {
        if (attr == MP_QSTR_errno || attr == MP_QSTR_strerror || attr == MP_QSTR_filename || attr == MP_QSTR_filename2) {
            dest[0] = oserror_field(e, attr);
            if (dest[0] == MP_OBJ_NULL) {
                dest[0] = mp_const_none;
            }
        } else if (attr == MP_QSTR_characters_written) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("characters_written"));
        }
        return;
    }
    if (attr == MP_QSTR_value && (exc_is_kind(e, &mp_type_StopIteration) || exc_is_kind(e, &mp_type_StopAsyncIteration))) {
        dest[0] = exc_arg(e, 0);
        return;
    }
    if (attr == MP_QSTR_code && exc_is_kind(e, &mp_type_SystemExit)) {
        size_t n = exc_n_args(e);
        dest[0] = n == 0 ? mp_const_none : n == 1 ? e->args->items[0] : MP_OBJ_FROM_PTR(e->args);
        return;
    }
    if (exc_is_kind(e, &mp_type_ImportError)) {
        if (attr == MP_QSTR_name || attr == MP_QSTR_path) {
            dest[0] = mp_const_none;
        } else if (attr == MP_QSTR_msg) {
            dest[0] = exc_n_args(e) == 1 ? e->args->items[0] : mp_const_none;
        }
        return;
    }
    if ((attr == MP_QSTR_message || attr == MP_QSTR_exceptions) && exc_is_kind(e, &mp_type_BaseExceptionGroup)) {
        dest[0] = attr == MP_QSTR_message ? exc_arg(e, 0) : exc_dict_get(e, MP_QSTR_exceptions);
        if (dest[0] == MP_OBJ_NULL) {
            dest[0] = mp_const_none;
        }
        return;
    }
    if ((attr == MP_QSTR_name && exc_is_kind(e, &mp_type_NameError))
        || ((attr == MP_QSTR_name || attr == MP_QSTR_obj) && exc_is_kind(e, &mp_type_AttributeError))) {
        dest[0] = mp_const_none;
        return;
    }
    if (exc_is_kind(e, &mp_type_SyntaxError)) {
        static const uint16_t fields[] = {
            MP_QSTR_filename, MP_QSTR_lineno, MP_QSTR_offset, MP_QSTR_text, MP_QSTR_end_lineno, MP_QSTR_end_offset,
        };
        if (attr == MP_QSTR_msg) {
            dest[0] = exc_arg(e, 0);
            return;
        }
        for (size_t i = 0; i < MP_ARRAY_SIZE(fields); i++) {
            if (attr == fields[i]) {
                dest[0] = syntaxerror_detail(e, i);
                return;
            }
        }
        if (attr == MP_QSTR_print_file_and_line) {
            dest[0] = mp_const_none;
        }
        return;
    }
    if (exc_is_kind(e, &mp_type_UnicodeError)) {
        for (size_t i = 0; i < MP_ARRAY_SIZE(unicodeerror_fields); i++) {
            if (attr == unicodeerror_fields[i]) {
                dest[0] = unicodeerror_field(e, i);
                return;
            }
        }
    }
}

static mp_obj_t exc_check_chain_value(mp_obj_t value, mp_rom_error_text_t msg) {
    if (value == mp_const_none) {
        return MP_OBJ_NULL;
    }
    if (!mp_obj_is_exception_instance(value)) {
        mp_raise_TypeError(msg);
    }
    return value;
}

static void exc_attr_store(mp_obj_exception_t *e, qstr attr, mp_obj_t *dest) {
    mp_obj_t value = dest[1];
    if (!exc_is_writable(e)) {
        return;
    }
    if ((attr == MP_QSTR_message || attr == MP_QSTR_exceptions) && exc_is_kind(e, &mp_type_BaseExceptionGroup)) {
        // Member descriptors in CPython: read-only.
        mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
    }
    switch (attr) {
        case MP_QSTR_args:
            if (value == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("args may not be deleted"));
            }
            if (!mp_obj_is_type(value, &mp_type_tuple)) {
                value = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), value);
            }
            oserror_detach(e);
            e->args = MP_OBJ_TO_PTR(value);
            dest[0] = MP_OBJ_NULL;
            return;
        case MP_QSTR___cause__:
            if (value == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("__cause__ may not be deleted"));
            }
            e->cause = exc_check_chain_value(value, MP_ERROR_TEXT("exception cause must be None or derive from BaseException"));
            e->suppress_context = true;
            dest[0] = MP_OBJ_NULL;
            return;
        case MP_QSTR___context__:
            if (value == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("__context__ may not be deleted"));
            }
            e->context = exc_check_chain_value(value, MP_ERROR_TEXT("exception context must be None or derive from BaseException"));
            dest[0] = MP_OBJ_NULL;
            return;
        case MP_QSTR___suppress_context__:
            // (a bool member in CPython)
            if (value == MP_OBJ_NULL) {
                mp_raise_TypeError(MP_ERROR_TEXT("can't delete numeric/char attribute"));
            }
            if (!mp_obj_is_bool(value)) {
                mp_raise_TypeError(MP_ERROR_TEXT("attribute value type must be bool"));
            }
            e->suppress_context = value == mp_const_true;
            dest[0] = MP_OBJ_NULL;
            return;
        case MP_QSTR___traceback__:
            exc_set_traceback(e, value);
            dest[0] = MP_OBJ_NULL;
            return;
        case MP_QSTR___dict__: {
            exc_ext_t *ext = exc_get_ext(e);
            if (ext != NULL) {
                // (a dict subclass is kept as it is: CPython shows it)
                mp_obj_dict_attr_value(value);
                ext->dict = value;
                dest[0] = MP_OBJ_NULL;
            }
            return;
        }
        default:
            break;
    }
    if (attr == MP_QSTR_characters_written && exc_is_kind(e, &mp_type_OSError)) {
        // An index-sized integer in CPython; AttributeError when absent.
        if (value != MP_OBJ_NULL) {
            value = mp_obj_new_int(mp_obj_get_int(value));
        } else if (exc_dict_get(e, attr) == MP_OBJ_NULL) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("characters_written"));
        }
    }
    if (value == MP_OBJ_NULL) {
        // Deleting an OSError field unsets it (it reads as None).
        bool field = exc_is_kind(e, &mp_type_OSError) && (attr == MP_QSTR_errno || attr == MP_QSTR_strerror
            || attr == MP_QSTR_filename || attr == MP_QSTR_filename2);
        if (field) {
            oserror_detach(e);
        }
        if (exc_dict_store(e, attr, MP_OBJ_NULL) || field) {
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (exc_dict_store(e, attr, value)) {
        dest[0] = MP_OBJ_NULL;
    }
}

void mp_obj_exception_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e == NULL) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        exc_attr_load(e, attr, dest);
    } else {
        exc_attr_store(e, attr, dest);
    }
}

// BaseException.__init__(self, *args): replaces args (keywords are refused).
static mp_obj_t exc___init__(size_t n_args, const mp_obj_t *args) {
    mp_obj_exception_t *e = exc_native(args[0]);
    if (e != NULL && exc_is_writable(e)) {
        if (exc_is_kind(e, &mp_type_OSError)) {
            // As CPython's OSError.__init__: it acts only for a class that
            // overrides __init__ but not __new__ (else OSError.__new__ did
            // the work), and keeps (errno, strerror) of 3 to 5 arguments.
            const mp_obj_type_t *cls = mp_obj_get_type(args[0]), *owner;
            unsigned mode = MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP;
            if (!mp_obj_is_instance_type(cls)
                || mp_obj_type_mro_find(cls, MP_QSTR___init__, mode, NULL, MP_OBJ_NULL, &owner) == MP_OBJ_NULL
                || mp_obj_type_mro_find(cls, MP_QSTR___new__, mode, NULL, MP_OBJ_NULL, &owner) != MP_OBJ_NULL) {
                return mp_const_none;
            }
            exc_ext_t *ext = exc_get_ext(e);
            if (ext != NULL) {
                ext->oserror_parsed = n_args >= 3 && n_args <= 6;
            }
            if (n_args >= 4 && n_args <= 6 && args[3] != mp_const_none) {
                oserror_store_filenames(e, n_args - 1, args + 1);
                n_args = 3;
            }
        }
        if (n_args == 1) {
            e->args = (mp_obj_tuple_t *)&mp_const_empty_tuple_obj;
        } else {
            e->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, args + 1));
        }
        if (exc_is_kind(e, &mp_type_ImportError)) {
            // ImportError.__init__ without name=/path= resets them.
            exc_dict_store(e, MP_QSTR_name, MP_OBJ_NULL);
            exc_dict_store(e, MP_QSTR_path, MP_OBJ_NULL);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(exc___init___obj, 1, exc___init__);

// with_traceback(tb): tracebacks are not objects here; returns self.
static mp_obj_t exc_with_traceback(mp_obj_t self_in, mp_obj_t tb) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e != NULL && exc_is_writable(e)) {
        exc_set_traceback(e, tb);
    }
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exc_with_traceback_obj, exc_with_traceback);

// add_note(note): appends to __notes__, printed after the message.
static mp_obj_t exc_add_note(mp_obj_t self_in, mp_obj_t note) {
    if (!mp_obj_is_str(note)) {
        mp_raise_TypeError_obj_unsupported(note, MP_ERROR_TEXT("note must be a str, not '%s'"));
    }
    mp_obj_exception_t *e = exc_native(self_in);
    if (e == NULL) {
        return mp_const_none;
    }
    mp_obj_t notes = exc_dict_get(e, MP_QSTR___notes__);
    if (notes == MP_OBJ_NULL) {
        notes = mp_obj_new_list(0, NULL);
        if (!exc_dict_store(e, MP_QSTR___notes__, notes)) {
            return mp_const_none;
        }
    } else if (!mp_obj_is_instance_of(notes, &mp_type_list)) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot add note: __notes__ is not a list"));
    }
    mp_call_method_n_kw(1, 0, (mp_obj_t[]) { mp_load_attr(notes, MP_QSTR_append), MP_OBJ_NULL, note });
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exc_add_note_obj, exc_add_note);

// __reduce__(): (type, args) and the attribute dict when it has items, so
// that copies and pickles are remade from the arguments. (The methods get
// an instance of a user subclass itself: MP_TYPE_FLAG_SUBCLASS_RECEIVER.)
mp_obj_t mp_obj_exception_reduce(mp_obj_t self_in) {
    mp_obj_t parts[3] = { MP_OBJ_FROM_PTR(mp_obj_get_type(self_in)), mp_load_attr(self_in, MP_QSTR_args), MP_OBJ_NULL };
    mp_obj_t dest[2];
    mp_load_method_maybe(self_in, MP_QSTR___dict__, dest);
    parts[2] = dest[0];
    bool has_dict = dest[0] != MP_OBJ_NULL && mp_obj_is_type(dest[0], &mp_type_dict) && mp_obj_dict_len(dest[0]) != 0;
    return mp_obj_new_tuple(has_dict ? 3 : 2, parts);
}
static MP_DEFINE_CONST_FUN_OBJ_1(exc___reduce___obj, mp_obj_exception_reduce);

// __setstate__(state): the attributes of a dict (None: nothing), as unpickling sets them.
static mp_obj_t exc___setstate__(mp_obj_t self_in, mp_obj_t state) {
    if (state != mp_const_none) {
        if (!mp_obj_is_instance_of(state, &mp_type_dict)) {
            mp_raise_TypeError(MP_ERROR_TEXT("state is not a dictionary"));
        }
        mp_map_t *map = mp_obj_dict_get_map(mp_obj_cast_to_native_base(state, MP_OBJ_FROM_PTR(&mp_type_dict)));
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                mp_store_attr(self_in, mp_obj_str_get_qstr(map->table[i].key), map->table[i].value);
            }
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exc___setstate___obj, exc___setstate__);

static const mp_rom_map_elem_t exc_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&exc___init___obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&exc___reduce___obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&exc___setstate___obj) },
    { MP_ROM_QSTR(MP_QSTR_with_traceback), MP_ROM_PTR(&exc_with_traceback_obj) },
    { MP_ROM_QSTR(MP_QSTR_add_note), MP_ROM_PTR(&exc_add_note_obj) },
};
static MP_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_dict_table);

// ---------------------------------------------------------------------------
// Tracebacks.

// A traceback object is a view of one entry of an exception's traceback data:
// e.__traceback__ is the outermost frame (the last entry added) and tb_next
// goes one frame inwards, as in CPython.
typedef struct _tb_obj_t {
    mp_obj_base_t base;
    mp_obj_exception_t *exc;
    size_t index; // entry number, 0 = innermost
    mp_obj_t next; // tb_next once built (kept so that it is the same object)
    mp_obj_t frame; // tb_frame once built (the same)
    mp_int_t lasti; // tb_lasti: 0 but for one made by TracebackType()
} tb_obj_t;

static mp_obj_t tb_new(mp_obj_exception_t *e, size_t index) {
    tb_obj_t *tb = m_new_obj(tb_obj_t);
    tb->base.type = &mp_type_traceback;
    tb->exc = e;
    tb->index = index;
    tb->next = MP_OBJ_NULL;
    tb->frame = MP_OBJ_NULL;
    tb->lasti = 0;
    return MP_OBJ_FROM_PTR(tb);
}

// tb.tb_next = tb2 or None, with CPython's checks: a chain that would come
// back to tb would make every walk over it endless.
MP_COLD static void tb_set_next(mp_obj_t self_in, mp_obj_t next) {
    if (next == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't delete tb_next attribute"));
    }
    for (mp_obj_t t = next; t != mp_const_none; t = mp_load_attr(t, MP_QSTR_tb_next)) {
        if (!mp_obj_is_type(t, &mp_type_traceback)) {
            mp_raise_TypeError_obj_unsupported(
                t, MP_ERROR_TEXT("expected traceback object or None, got '%s'"));
        }
        if (t == self_in) {
            mp_raise_ValueError(MP_ERROR_TEXT("traceback loop detected"));
        }
    }
    ((tb_obj_t *)MP_OBJ_TO_PTR(self_in))->next = next;
}

// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): a traceback that
// views the top entry of a new exception holding tb_next's entries and its
// own, so that an exception given it (with_traceback) prints the chain as
// CPython does.
MP_COLD static mp_obj_t tb_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    enum { ARG_tb_next, ARG_tb_frame, ARG_tb_lasti, ARG_tb_lineno };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_tb_next, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_tb_frame, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_tb_lasti, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_tb_lineno, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_t frame = vals[ARG_tb_frame].u_obj;
    if (!mp_obj_is_instance_of(frame, &mp_type_frame)) {
        mp_raise_TypeError_arg_unsupported(
            frame, MP_ERROR_TEXT("TracebackType() argument 'tb_frame' must be frame, not %s"));
    }
    // C ints, as CPython's fields (OverflowError beyond them).
    int lasti = mp_obj_get_c_int(vals[ARG_tb_lasti].u_obj);
    int lineno = mp_obj_get_c_int(vals[ARG_tb_lineno].u_obj);
    const mp_raw_code_t *rc = MP_OBJ_TO_PTR(mp_load_attr(frame, MP_QSTR_f_code));
    mp_obj_t exc = mp_obj_new_exception(&mp_type_Exception);
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(exc);
    tb_obj_t *tb = MP_OBJ_TO_PTR(tb_new(e, 0));
    tb_set_next(MP_OBJ_FROM_PTR(tb), vals[ARG_tb_next].u_obj);
    // The entries of tb_next (the frames further in), then this one's.
    exc_set_traceback(e, tb->next);
    mp_obj_exception_add_traceback(exc, rc->source_file, 0, rc->name);
    size_t *entry = &e->traceback_data[e->traceback_len - TRACEBACK_ENTRY_LEN];
    // (a line alone: not the code, whose frame is tb_frame, nor a depth)
    entry[1] = (unsigned int)lineno;
    entry[3] = 0;
    tb->index = e->traceback_len / TRACEBACK_ENTRY_LEN - 1;
    tb->frame = frame;
    tb->lasti = lasti;
    return MP_OBJ_FROM_PTR(tb);
}

static void tb_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    tb_obj_t *tb = MP_OBJ_TO_PTR(self_in);
    size_t n = tb->exc->traceback_len / TRACEBACK_ENTRY_LEN;
    if (dest[0] != MP_OBJ_NULL) {
        // tb.tb_next = tb2 or None relinks the chain, as CPython allows
        // (jinja2 and pytest rewrite tracebacks so); it changes what
        // tb_next gives, not the entries an exception prints.
        if (attr == MP_QSTR_tb_next) {
            tb_set_next(self_in, dest[1]);
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    const size_t *entry = tb->index < n ? &tb->exc->traceback_data[tb->index * TRACEBACK_ENTRY_LEN] : NULL;
    switch (attr) {
        case MP_QSTR_tb_lineno:
            // (signed: TracebackType() may be given a negative line)
            dest[0] = MP_OBJ_NEW_SMALL_INT(entry != NULL ? (mp_int_t)(int)TB_LINE(entry[1]) : 0);
            break;
        case MP_QSTR_tb_next:
            if (tb->next == MP_OBJ_NULL) {
                tb->next = tb->index > 0 && tb->index <= n ? tb_new(tb->exc, tb->index - 1) : mp_const_none;
            }
            dest[0] = tb->next;
            break;
        case MP_QSTR_tb_lasti:
            dest[0] = mp_obj_new_int(tb->lasti);
            break;
        case MP_QSTR_tb_frame:
            // Frames are gone once the exception has left them: a summary
            // frame with the entry's code name, file and line stands in. The
            // outermost entry's frame may still run (it caught e).
            if (tb->frame == MP_OBJ_NULL) {
                tb->frame = entry == NULL ? mp_const_none : MP_OBJ_NULL;
                if (entry != NULL && entry[3] != 0 && tb->index + 1 == n) {
                    tb->frame = mp_sys_frame_running(TB_RC(entry[3]));
                }
                if (tb->frame == MP_OBJ_NULL) {
                    size_t line = TB_FRAME_LINE(entry[1]);
                    tb->frame = entry[3] != 0 ? mp_sys_frame_from_code(TB_RC(entry[3]), line)
                        : mp_sys_frame_from_entry((qstr)entry[0], (qstr)entry[2], line);
                }
            }
            dest[0] = tb->frame;
            break;
        default:
            break;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_traceback, MP_QSTR_traceback, MP_TYPE_FLAG_NONE,
    make_new, tb_make_new,
    attr, tb_attr
    );

// e.__traceback__ = tb: e takes a copy of the entries tb views (its frame and
// those further in), and tb itself is what e.__traceback__ then gives.
static void exc_set_traceback(mp_obj_exception_t *e, mp_obj_t value) {
    if (value == mp_const_none) {
        e->traceback_len = 0;
        e->traceback_alloc &= ~(size_t)TRACEBACK_FULL;
        return;
    }
    if (value == MP_OBJ_NULL || !mp_obj_is_type(value, &mp_type_traceback)) {
        mp_raise_TypeError(MP_ERROR_TEXT("__traceback__ must be a traceback or None"));
    }
    tb_obj_t *tb = MP_OBJ_TO_PTR(value);
    size_t len = (tb->index + 1) * TRACEBACK_ENTRY_LEN;
    if (len > tb->exc->traceback_len) {
        return;
    }
    if (tb->exc != e) {
        size_t *data = m_new(size_t, len);
        memcpy(data, tb->exc->traceback_data, len * sizeof(size_t));
        e->traceback_data = data;
        e->traceback_alloc = len;
    }
    // (One of e's own: entries are only appended, so its first ones are
    // still the frames it views.)
    e->traceback_len = len;
    exc_ext_t *ext = exc_get_ext(e);
    if (ext != NULL) {
        ext->tb = value;
    }
}

// Whether exc, or one it is chained to as printed (its cause, else its
// context unless suppressed; at most 32 deep, as py/obj.c's printer), is an
// exception group: the report of such a chain is lib/traceback.py's.
MP_COLD bool mp_obj_exception_chain_has_group(mp_obj_t exc) {
    for (size_t i = 0; i < 32 && exc != MP_OBJ_NULL; i++) {
        mp_obj_exception_t *e = exc_native(exc);
        if (e == NULL) {
            break;
        }
        if (exc_is_kind(e, &mp_type_BaseExceptionGroup)) {
            return true;
        }
        exc = e->cause != MP_OBJ_NULL || e->suppress_context ? e->cause : e->context;
    }
    return false;
}

mp_obj_t mp_obj_exception_get_traceback_obj(mp_obj_t self_in) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e == NULL || e->traceback_data == NULL || e->traceback_len == 0) {
        return mp_const_none;
    }
    size_t top = e->traceback_len / TRACEBACK_ENTRY_LEN - 1;
    exc_ext_t *ext = exc_is_writable(e) ? exc_get_ext(e) : NULL;
    if (ext != NULL && ext->tb != MP_OBJ_NULL && ((tb_obj_t *)MP_OBJ_TO_PTR(ext->tb))->index == top) {
        return ext->tb;
    }
    mp_obj_t tb = tb_new(e, top);
    if (ext != NULL) {
        // An entry was added on top of the one the old object was given
        // for: it stays the new one's tb_next, as in CPython's linked tbs.
        if (ext->tb != MP_OBJ_NULL && ((tb_obj_t *)MP_OBJ_TO_PTR(ext->tb))->index + 1 == top) {
            ((tb_obj_t *)MP_OBJ_TO_PTR(tb))->next = ext->tb;
        }
        ext->tb = tb;
    }
    return tb;
}

void mp_obj_exception_clear_traceback(mp_obj_t self_in) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e != NULL && exc_is_writable(e)) {
        e->traceback_len = 0;
        e->traceback_alloc &= ~(size_t)TRACEBACK_FULL;
    }
}

// The running frame (code `code` at depth `depth`) is at line: its entries
// before index `end` show it as their frame's f_lineno. Going back, an entry
// of a shallower frame means the exception had left this depth, so older
// entries there are another frame's. Only the last TB_SAME_FRAME_SCAN
// entries are looked at: a deep recursion unwinding adds an entry per frame.
// A line past 16 bits is not recorded (f_lineno is then the entry's line).
#define TB_SAME_FRAME_SCAN (16)
MP_COLD static void tb_set_frame_line(mp_obj_exception_t *e, size_t end, size_t code, size_t depth, size_t line) {
    size_t stop = end > TB_SAME_FRAME_SCAN * TRACEBACK_ENTRY_LEN ? end - TB_SAME_FRAME_SCAN * TRACEBACK_ENTRY_LEN : 0;
    while (end > stop && line <= 0xffff) {
        end -= TRACEBACK_ENTRY_LEN;
        size_t *entry = &e->traceback_data[end];
        if (entry[3] != 0 && TB_DEPTH(entry[1]) < depth) {
            break;
        }
        if (entry[3] == code && TB_DEPTH(entry[1]) == depth) {
            entry[1] = (size_t)(((uint64_t)entry[1] & ~(0xffffULL << 32)) | (uint64_t)line << 32);
        }
    }
}

// Must work when the heap is full (the exception may be a MemoryError): a new
// entry that cannot be stored is dropped, earlier entries are kept.
void mp_obj_exception_add_traceback(mp_obj_t self_in, qstr file, size_t line, qstr block) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e == NULL || !exc_is_writable(e)) {
        return;
    }
    if (e->traceback_len + TRACEBACK_ENTRY_LEN > e->traceback_alloc) {
        if (e->traceback_alloc & TRACEBACK_FULL) {
            return;
        }
        size_t new_alloc = e->traceback_alloc == 0 ? 4 * TRACEBACK_ENTRY_LEN : 2 * e->traceback_alloc;
        size_t *data = m_realloc_maybe(e->traceback_data, new_alloc * sizeof(size_t), true);
        size_t full = 0;
        if (data == NULL) {
            // The heap is (nearly) full: this entry if it fits, then no more.
            new_alloc = e->traceback_alloc + TRACEBACK_ENTRY_LEN;
            data = m_realloc_maybe(e->traceback_data, new_alloc * sizeof(size_t), true);
            if (data == NULL) {
                e->traceback_alloc |= TRACEBACK_FULL;
                return;
            }
            full = TRACEBACK_FULL;
        }
        e->traceback_data = data;
        e->traceback_alloc = new_alloc | full;
    }
    size_t *entry = &e->traceback_data[e->traceback_len];
    entry[0] = file;
    entry[1] = line;
    entry[2] = block;
    // Only the VM adds entries, for its innermost frame: keep that frame's
    // code when it is the one named (so co_firstlineno etc. are right).
    mp_code_state_t *cs = mp_vm_frame_at(0);
    const mp_raw_code_t *rc = cs != NULL ? cs->fun->rc : NULL;
    entry[3] = rc != NULL && rc->name == block && rc->source_file == file ? (size_t)rc : 0;
    if (sizeof(size_t) >= 8 && entry[3] != 0) {
        size_t depth = MP_STATE_THREAD(recursion_depth) & 0xffff;
        entry[1] = (size_t)((uint64_t)line | (uint64_t)depth << 48);
        // Earlier entries of this same frame now show the line it is at.
        tb_set_frame_line(e, e->traceback_len, entry[3], depth, line);
    }
    e->traceback_len += TRACEBACK_ENTRY_LEN;
}

// The running frame (rc's) is re-raising at code offset: it stops at that
// line (line 0: an exception passed on from elsewhere in it).
void mp_obj_exception_set_exit_line(mp_obj_t self_in, const void *rc, size_t offset) {
    mp_obj_exception_t *e = exc_native(self_in);
    size_t line = mp_bytecode_get_line(rc, offset);
    if (sizeof(size_t) < 8 || e == NULL || !exc_is_writable(e) || line == 0) {
        return;
    }
    tb_set_frame_line(e, e->traceback_len, (size_t)rc, MP_STATE_THREAD(recursion_depth) & 0xffff, line);
}

void mp_obj_exception_get_traceback(mp_obj_t self_in, size_t *n, size_t **values) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e == NULL || e->traceback_data == NULL) {
        *n = 0;
        *values = NULL;
        return;
    }
    *n = e->traceback_len;
    *values = e->traceback_data;
}

mp_obj_t mp_obj_exception_get_value(mp_obj_t self_in) {
    mp_obj_exception_t *e = exc_native(self_in);
    if (e == NULL) {
        return mp_const_none;
    }
    return exc_arg(e, 0);
}

// ---------------------------------------------------------------------------
// The hierarchy. Every built-in exception shares print, make_new, attr and
// the BaseException methods; only the name and the parent differ.

// clang-format off
#define EXC_TYPE(c_name, qst, parent_type) \
    MP_DEFINE_CONST_OBJ_TYPE( \
        mp_type_##c_name, qst, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER, \
        print, mp_obj_exception_print, \
        make_new, mp_obj_exception_make_new, \
        attr, mp_obj_exception_attr, \
        parent, parent_type, \
        locals_dict, (mp_obj_dict_t *)&exc_locals_dict \
        )

// The root: the same slots but no parent.
MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_BaseException, MP_QSTR_BaseException, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    locals_dict, (mp_obj_dict_t *)&exc_locals_dict
    );
EXC_TYPE(SystemExit, MP_QSTR_SystemExit, &mp_type_BaseException);
EXC_TYPE(KeyboardInterrupt, MP_QSTR_KeyboardInterrupt, &mp_type_BaseException);
EXC_TYPE(GeneratorExit, MP_QSTR_GeneratorExit, &mp_type_BaseException);
EXC_TYPE(Exception, MP_QSTR_Exception, &mp_type_BaseException);
EXC_TYPE(StopIteration, MP_QSTR_StopIteration, &mp_type_Exception);
EXC_TYPE(StopAsyncIteration, MP_QSTR_StopAsyncIteration, &mp_type_Exception);
EXC_TYPE(ArithmeticError, MP_QSTR_ArithmeticError, &mp_type_Exception);
EXC_TYPE(FloatingPointError, MP_QSTR_FloatingPointError, &mp_type_ArithmeticError);
EXC_TYPE(OverflowError, MP_QSTR_OverflowError, &mp_type_ArithmeticError);
EXC_TYPE(ZeroDivisionError, MP_QSTR_ZeroDivisionError, &mp_type_ArithmeticError);
EXC_TYPE(AssertionError, MP_QSTR_AssertionError, &mp_type_Exception);
EXC_TYPE(AttributeError, MP_QSTR_AttributeError, &mp_type_Exception);
EXC_TYPE(BufferError, MP_QSTR_BufferError, &mp_type_Exception);
EXC_TYPE(EOFError, MP_QSTR_EOFError, &mp_type_Exception);
EXC_TYPE(ImportError, MP_QSTR_ImportError, &mp_type_Exception);
EXC_TYPE(ModuleNotFoundError, MP_QSTR_ModuleNotFoundError, &mp_type_ImportError);
EXC_TYPE(LookupError, MP_QSTR_LookupError, &mp_type_Exception);
EXC_TYPE(IndexError, MP_QSTR_IndexError, &mp_type_LookupError);
EXC_TYPE(KeyError, MP_QSTR_KeyError, &mp_type_LookupError);
EXC_TYPE(MemoryError, MP_QSTR_MemoryError, &mp_type_Exception);
EXC_TYPE(NameError, MP_QSTR_NameError, &mp_type_Exception);
EXC_TYPE(UnboundLocalError, MP_QSTR_UnboundLocalError, &mp_type_NameError);
EXC_TYPE(OSError, MP_QSTR_OSError, &mp_type_Exception);
EXC_TYPE(BlockingIOError, MP_QSTR_BlockingIOError, &mp_type_OSError);
EXC_TYPE(ChildProcessError, MP_QSTR_ChildProcessError, &mp_type_OSError);
EXC_TYPE(ConnectionError, MP_QSTR_ConnectionError, &mp_type_OSError);
EXC_TYPE(BrokenPipeError, MP_QSTR_BrokenPipeError, &mp_type_ConnectionError);
EXC_TYPE(ConnectionAbortedError, MP_QSTR_ConnectionAbortedError, &mp_type_ConnectionError);
EXC_TYPE(ConnectionRefusedError, MP_QSTR_ConnectionRefusedError, &mp_type_ConnectionError);
EXC_TYPE(ConnectionResetError, MP_QSTR_ConnectionResetError, &mp_type_ConnectionError);
EXC_TYPE(FileExistsError, MP_QSTR_FileExistsError, &mp_type_OSError);
EXC_TYPE(FileNotFoundError, MP_QSTR_FileNotFoundError, &mp_type_OSError);
EXC_TYPE(InterruptedError, MP_QSTR_InterruptedError, &mp_type_OSError);
EXC_TYPE(IsADirectoryError, MP_QSTR_IsADirectoryError, &mp_type_OSError);
EXC_TYPE(NotADirectoryError, MP_QSTR_NotADirectoryError, &mp_type_OSError);
EXC_TYPE(PermissionError, MP_QSTR_PermissionError, &mp_type_OSError);
EXC_TYPE(ProcessLookupError, MP_QSTR_ProcessLookupError, &mp_type_OSError);
EXC_TYPE(TimeoutError, MP_QSTR_TimeoutError, &mp_type_OSError);
EXC_TYPE(ReferenceError, MP_QSTR_ReferenceError, &mp_type_Exception);
EXC_TYPE(RuntimeError, MP_QSTR_RuntimeError, &mp_type_Exception);
EXC_TYPE(NotImplementedError, MP_QSTR_NotImplementedError, &mp_type_RuntimeError);
EXC_TYPE(RecursionError, MP_QSTR_RecursionError, &mp_type_RuntimeError);
EXC_TYPE(SyntaxError, MP_QSTR_SyntaxError, &mp_type_Exception);
EXC_TYPE(IndentationError, MP_QSTR_IndentationError, &mp_type_SyntaxError);
EXC_TYPE(TabError, MP_QSTR_TabError, &mp_type_IndentationError);
EXC_TYPE(SystemError, MP_QSTR_SystemError, &mp_type_Exception);
EXC_TYPE(TypeError, MP_QSTR_TypeError, &mp_type_Exception);
EXC_TYPE(ValueError, MP_QSTR_ValueError, &mp_type_Exception);
EXC_TYPE(UnicodeError, MP_QSTR_UnicodeError, &mp_type_ValueError);
EXC_TYPE(UnicodeDecodeError, MP_QSTR_UnicodeDecodeError, &mp_type_UnicodeError);
EXC_TYPE(UnicodeEncodeError, MP_QSTR_UnicodeEncodeError, &mp_type_UnicodeError);
EXC_TYPE(Warning, MP_QSTR_Warning, &mp_type_Exception);
EXC_TYPE(UserWarning, MP_QSTR_UserWarning, &mp_type_Warning);
EXC_TYPE(DeprecationWarning, MP_QSTR_DeprecationWarning, &mp_type_Warning);
EXC_TYPE(RuntimeWarning, MP_QSTR_RuntimeWarning, &mp_type_Warning);
EXC_TYPE(BytesWarning, MP_QSTR_BytesWarning, &mp_type_Warning);
EXC_TYPE(EncodingWarning, MP_QSTR_EncodingWarning, &mp_type_Warning);
EXC_TYPE(FutureWarning, MP_QSTR_FutureWarning, &mp_type_Warning);
EXC_TYPE(ImportWarning, MP_QSTR_ImportWarning, &mp_type_Warning);
EXC_TYPE(PendingDeprecationWarning, MP_QSTR_PendingDeprecationWarning, &mp_type_Warning);
EXC_TYPE(ResourceWarning, MP_QSTR_ResourceWarning, &mp_type_Warning);
EXC_TYPE(SyntaxWarning, MP_QSTR_SyntaxWarning, &mp_type_Warning);
EXC_TYPE(UnicodeWarning, MP_QSTR_UnicodeWarning, &mp_type_Warning);
EXC_TYPE(UnicodeTranslateError, MP_QSTR_UnicodeTranslateError, &mp_type_UnicodeError);
// clang-format on

// Thrown into generators by close(); shared, so it carries no traceback and
// must never be written to (it is in read-only memory).
const mp_obj_exception_t mp_const_GeneratorExit_obj = {
    .base = { &mp_type_GeneratorExit },
    .traceback_alloc = 0,
    .traceback_len = 0,
    .traceback_data = NULL,
    .args = (mp_obj_tuple_t *)&mp_const_empty_tuple_obj,
    .cause = MP_OBJ_NULL,
    .context = MP_OBJ_NULL,
    .suppress_context = false,
};

// ---------------------------------------------------------------------------
// Exception groups (3.11): BaseExceptionGroup(message, exceptions) and
// ExceptionGroup, which is also an Exception. The exceptions tuple is kept
// in the exception's attribute dict; args are (message, the sequence given).

static mp_obj_t eg_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() takes no keyword arguments"), type->name);
    }
    if (n_args != 2) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("BaseExceptionGroup.__new__() takes exactly 2 arguments (%u given)"),
            (unsigned)n_args);
    }
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError_obj_unsupported(args[0], MP_ERROR_TEXT("BaseExceptionGroup.__new__() argument 1 must be str, not %s"));
    }
    if (!mp_obj_is_type(args[1], &mp_type_list) && !mp_obj_is_type(args[1], &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("second argument (exceptions) must be a sequence"));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(args[1], &n, &items);
    if (n == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("second argument (exceptions) must be a non-empty sequence"));
    }
    bool all_exceptions = true;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_exception_instance(items[i])) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("Item %u of second argument (exceptions) is not an exception"),
                (unsigned)i);
        }
        if (!mp_obj_is_instance_of(items[i], &mp_type_Exception)) {
            all_exceptions = false;
        }
    }
    if (type == &mp_type_BaseExceptionGroup && all_exceptions) {
        type = &mp_type_ExceptionGroup;
    } else if (type == &mp_type_ExceptionGroup && !all_exceptions) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    // The plain constructor with a type it does not divert.
    mp_obj_t eg = mp_obj_exception_make_new(&mp_type_Exception, 2, 0, args);
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(eg);
    e->base.type = type;
    exc_dict_store(e, MP_QSTR_exceptions, mp_obj_new_tuple(n, items));
    return eg;
}

static mp_obj_t eg_exceptions(mp_obj_t eg) {
    return mp_load_attr(eg, MP_QSTR_exceptions);
}

// cond: an exception type, a tuple of them, or a predicate.
static bool eg_cond_match(mp_obj_t cond, mp_obj_t exc) {
    if (mp_obj_is_type(cond, &mp_type_tuple) || mp_obj_is_exception_type(cond)) {
        size_t n = 1;
        mp_obj_t *types = &cond;
        if (mp_obj_is_type(cond, &mp_type_tuple)) {
            mp_obj_tuple_get(cond, &n, &types);
        }
        for (size_t i = 0; i < n; i++) {
            if (!mp_obj_is_exception_type(types[i])) {
                mp_raise_TypeError(MP_ERROR_TEXT("expected an exception type, a tuple of exception types, or a callable (other than a class)"));
            }
            if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), types[i])) {
                return true;
            }
        }
        return false;
    }
    if (mp_obj_is_type_obj(cond) || !mp_obj_is_callable(cond)) {
        mp_raise_TypeError(MP_ERROR_TEXT("expected an exception type, a tuple of exception types, or a callable (other than a class)"));
    }
    return mp_obj_is_true(mp_call_function_1(cond, exc));
}

// eg.derive(excs), with the group's traceback (the same object), cause,
// context (suppressed) and a copy of its notes (when they are a list or tuple).
static mp_obj_t eg_derive_like(mp_obj_t eg, mp_obj_t list) {
    mp_obj_t dest[3];
    mp_load_method(eg, MP_QSTR_derive, dest);
    dest[2] = list;
    mp_obj_t res = mp_call_method_n_kw(1, 0, dest);
    if (!mp_obj_is_instance_of(res, &mp_type_BaseExceptionGroup)) {
        mp_raise_TypeError(MP_ERROR_TEXT("derive must return an instance of BaseExceptionGroup"));
    }
    mp_obj_exception_t *src = exc_native(eg);
    mp_obj_exception_t *dst = exc_native(res);
    if (src != NULL && dst != NULL && exc_is_writable(dst)) {
        dst->cause = src->cause;
        dst->context = src->context;
        // (CPython sets the cause through its setter, which also sets
        // __suppress_context__: the parts never show the context.)
        dst->suppress_context = true;
        mp_obj_t notes = exc_dict_get(src, MP_QSTR___notes__);
        if (notes != MP_OBJ_NULL && (mp_obj_is_type(notes, &mp_type_list) || mp_obj_is_type(notes, &mp_type_tuple))) {
            exc_dict_store(dst, MP_QSTR___notes__, mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), notes));
        }
        if (src->traceback_len > 0) {
            mp_obj_t tb = mp_obj_exception_get_traceback_obj(eg);
            dst->traceback_data = m_new(size_t, src->traceback_len);
            memcpy(dst->traceback_data, src->traceback_data, src->traceback_len * sizeof(size_t));
            dst->traceback_len = src->traceback_len;
            dst->traceback_alloc = src->traceback_len;
            exc_ext_t *ext = exc_get_ext(dst);
            if (ext != NULL) {
                ext->tb = tb;
            }
        }
    }
    return res;
}

// Splits eg by cond (keep: a list of leaf exceptions to keep, by identity,
// used instead of cond when cond is MP_OBJ_NULL).
static void eg_split_rec(mp_obj_t eg, mp_obj_t cond, mp_obj_t keep, mp_obj_t *match, mp_obj_t *rest) {
    // Nested groups count against the recursion limit (the VM restores the
    // depth if this raises).
    mp_recursion_enter(MP_ERROR_TEXT("maximum recursion depth exceeded"));
    bool is_group = mp_obj_is_instance_of(eg, &mp_type_BaseExceptionGroup);
    bool hit;
    if (cond != MP_OBJ_NULL) {
        hit = eg_cond_match(cond, eg);
    } else {
        hit = false;
        if (!is_group) {
            size_t n;
            mp_obj_t *items;
            mp_obj_list_get(keep, &n, &items);
            for (size_t i = 0; i < n && !hit; i++) {
                hit = items[i] == eg;
            }
        }
    }
    if (hit || !is_group) {
        *match = hit ? eg : mp_const_none;
        *rest = hit ? mp_const_none : eg;
        MP_STATE_THREAD(recursion_depth)--;
        return;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(eg_exceptions(eg), &n, &items);
    mp_obj_t m_list = mp_obj_new_list(0, NULL);
    mp_obj_t r_list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < n; i++) {
        mp_obj_t m, r;
        eg_split_rec(items[i], cond, keep, &m, &r);
        if (m != mp_const_none) {
            mp_obj_list_append(m_list, m);
        }
        if (r != mp_const_none) {
            mp_obj_list_append(r_list, r);
        }
    }
    size_t n_m = mp_obj_get_int(mp_obj_len(m_list));
    size_t n_r = mp_obj_get_int(mp_obj_len(r_list));
    *match = n_m == 0 ? mp_const_none : eg_derive_like(eg, m_list);
    *rest = n_r == 0 ? mp_const_none : eg_derive_like(eg, r_list);
    MP_STATE_THREAD(recursion_depth)--;
}

static mp_obj_t eg_split(mp_obj_t self_in, mp_obj_t cond) {
    mp_obj_t parts[2];
    eg_split_rec(self_in, cond, MP_OBJ_NULL, &parts[0], &parts[1]);
    return mp_obj_new_tuple(2, parts);
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_split_obj, eg_split);

static mp_obj_t eg_subgroup(mp_obj_t self_in, mp_obj_t cond) {
    mp_obj_t m, r;
    eg_split_rec(self_in, cond, MP_OBJ_NULL, &m, &r);
    return m;
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_subgroup_obj, eg_subgroup);

// derive(excs): a group of the same message (plain BaseExceptionGroup rules).
static mp_obj_t eg_derive(mp_obj_t self_in, mp_obj_t excs) {
    mp_obj_t args[2] = { mp_load_attr(self_in, MP_QSTR_message), excs };
    return eg_make_new(&mp_type_BaseExceptionGroup, 2, 0, args);
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_derive_obj, eg_derive);

// __class_getitem__(item): ExceptionGroup[ValueError] is a GenericAlias.
static mp_obj_t eg_class_getitem(mp_obj_t cls, mp_obj_t item) {
    return mp_obj_generic_alias_new(cls, item);
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_class_getitem_fun_obj, eg_class_getitem);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(eg_class_getitem_obj, MP_ROM_PTR(&eg_class_getitem_fun_obj));

static const mp_rom_map_elem_t eg_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___class_getitem__), MP_ROM_PTR(&eg_class_getitem_obj) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&exc___init___obj) },
    { MP_ROM_QSTR(MP_QSTR___reduce__), MP_ROM_PTR(&exc___reduce___obj) },
    { MP_ROM_QSTR(MP_QSTR___setstate__), MP_ROM_PTR(&exc___setstate___obj) },
    { MP_ROM_QSTR(MP_QSTR_with_traceback), MP_ROM_PTR(&exc_with_traceback_obj) },
    { MP_ROM_QSTR(MP_QSTR_add_note), MP_ROM_PTR(&exc_add_note_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&eg_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_subgroup), MP_ROM_PTR(&eg_subgroup_obj) },
    { MP_ROM_QSTR(MP_QSTR_derive), MP_ROM_PTR(&eg_derive_obj) },
};
static MP_DEFINE_CONST_DICT(eg_locals_dict, eg_locals_dict_table);

// (Methods get a subclass instance itself, so that split() calls its derive().)
MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_BaseExceptionGroup, MP_QSTR_BaseExceptionGroup, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_BaseException,
    locals_dict, (mp_obj_dict_t *)&eg_locals_dict
    );

static const mp_rom_obj_tuple_t eg_bases = {
    { &mp_type_tuple }, 2, { MP_ROM_PTR(&mp_type_BaseExceptionGroup), MP_ROM_PTR(&mp_type_Exception) }
};

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_ExceptionGroup, MP_QSTR_ExceptionGroup, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_MULTI_BASES | MP_TYPE_FLAG_SUBCLASS_RECEIVER,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &eg_bases,
    locals_dict, (mp_obj_dict_t *)&eg_locals_dict
    );

// ---------------------------------------------------------------------------
// except*: the parser turns
//     try: BODY
//     except* T as n: H
// into a plain try whose catch-all handler calls these (py/parse_stmt.c):
//     s = begin(exc)
//     if match(s, T): n = value(s); try: H  except all as y: raised(s, y)
//     if end(s): raise  # what is left, if anything, re-raised bare
// The state s is a list: [original, unmatched rest, raised list,
// re-raised leaves, last match, original was not a group].
enum { XS_ORIG, XS_REST, XS_RAISED, XS_RERAISED, XS_MATCH, XS_NAKED, XS_LEN };

static mp_obj_t *xs_items(mp_obj_t state) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(state, &n, &items);
    return items;
}

static mp_obj_t exstar_begin(mp_obj_t exc) {
    mp_obj_t st[XS_LEN];
    st[XS_ORIG] = exc;
    st[XS_NAKED] = mp_obj_new_bool(!mp_obj_is_instance_of(exc, &mp_type_BaseExceptionGroup));
    if (st[XS_NAKED] == mp_const_true) {
        mp_obj_t args[2] = { MP_OBJ_NEW_QSTR(MP_QSTR_), mp_obj_new_tuple(1, &exc) };
        exc = eg_make_new(&mp_type_BaseExceptionGroup, 2, 0, args);
    }
    st[XS_REST] = exc;
    st[XS_RAISED] = mp_obj_new_list(0, NULL);
    st[XS_RERAISED] = mp_obj_new_list(0, NULL);
    st[XS_MATCH] = mp_const_none;
    return mp_obj_new_list(XS_LEN, st);
}
static MP_DEFINE_CONST_FUN_OBJ_1(exstar_begin_obj, exstar_begin);

static mp_obj_t exstar_match(mp_obj_t state, mp_obj_t cond) {
    size_t n = 1;
    mp_obj_t *types = &cond;
    if (mp_obj_is_type(cond, &mp_type_tuple)) {
        mp_obj_tuple_get(cond, &n, &types);
    }
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_exception_type(types[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("catching classes that do not inherit from BaseException is not allowed"));
        }
        if (mp_obj_is_subclass_fast(types[i], MP_OBJ_FROM_PTR(&mp_type_BaseExceptionGroup))) {
            mp_raise_TypeError(MP_ERROR_TEXT("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    mp_obj_t *st = xs_items(state);
    if (st[XS_REST] == mp_const_none) {
        return mp_const_false;
    }
    mp_obj_t m, r;
    if (st[XS_NAKED] == mp_const_true) {
        // A plain exception is matched as the group ('', (exc,)) made for it.
        bool hit = eg_cond_match(cond, st[XS_ORIG]);
        m = hit ? st[XS_REST] : mp_const_none;
        r = hit ? mp_const_none : st[XS_REST];
    } else {
        eg_split_rec(st[XS_REST], cond, MP_OBJ_NULL, &m, &r);
    }
    st[XS_REST] = r;
    st[XS_MATCH] = m;
    // The clause's body handles the matched part: sys.exception() and a
    // bare raise see it (POP_EXCEPT at the end of the whole handler restores
    // the outer exception).
    MP_STATE_VM(cur_exception) = m != mp_const_none ? m : st[XS_ORIG];
    return mp_obj_new_bool(m != mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_2(exstar_match_obj, exstar_match);

static mp_obj_t exstar_value(mp_obj_t state) {
    return xs_items(state)[XS_MATCH];
}
static MP_DEFINE_CONST_FUN_OBJ_1(exstar_value_obj, exstar_value);

static void eg_collect_leaves(mp_obj_t exc, mp_obj_t list) {
    if (!mp_obj_is_instance_of(exc, &mp_type_BaseExceptionGroup)) {
        mp_obj_list_append(list, exc);
        return;
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(eg_exceptions(exc), &n, &items);
    for (size_t i = 0; i < n; i++) {
        eg_collect_leaves(items[i], list);
    }
}

// Whether part still has the traceback, cause and context it was given from
// group: a bare raise keeps them, `raise part` adds this frame to its
// traceback. CPython tells a new raise of a part from a re-raise this way.
static bool same_metadata(mp_obj_t part, mp_obj_t group) {
    mp_obj_exception_t *p = exc_native(part);
    mp_obj_exception_t *g = exc_native(group);
    return p == NULL || g == NULL
           || (p->traceback_len == g->traceback_len && p->cause == g->cause && p->context == g->context);
}

// An exception escaped a handler: the matched group (or the original) raised
// again is put back; anything else is new.
static mp_obj_t exstar_raised(mp_obj_t state, mp_obj_t exc) {
    mp_obj_t *st = xs_items(state);
    // A plain exception raised again by name (`raise e.exceptions[0]`) is
    // a new raise, as in CPython: it now has the clause's group as context.
    bool orig_again = exc == st[XS_ORIG] && st[XS_NAKED] == mp_const_false;
    if ((exc == st[XS_MATCH] && (st[XS_NAKED] == mp_const_true || same_metadata(exc, st[XS_ORIG])))
        || orig_again) {
        eg_collect_leaves(st[XS_MATCH], st[XS_RERAISED]);
    } else {
        // It was raised while the matched group was being handled.
        mp_obj_exception_t *e = exc_native(exc);
        if (e != NULL && exc_is_writable(e) && e->context == st[XS_ORIG]) {
            e->context = st[XS_MATCH];
        }
        mp_obj_list_append(st[XS_RAISED], exc);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exstar_raised_obj, exstar_raised);

static mp_obj_t exstar_end(mp_obj_t state) {
    mp_obj_t *st = xs_items(state);
    MP_STATE_VM(cur_exception) = st[XS_ORIG];
    mp_obj_t keep = mp_const_none;
    size_t n_reraised = mp_obj_get_int(mp_obj_len(st[XS_RERAISED]));
    if (n_reraised == 0) {
        keep = st[XS_REST];
        if (keep != mp_const_none && st[XS_NAKED] == mp_const_true) {
            // Nothing of a plain exception was handled: it goes on as it was.
            keep = st[XS_ORIG];
        }
    } else {
        mp_obj_t leaves = st[XS_RERAISED];
        if (st[XS_REST] != mp_const_none) {
            eg_collect_leaves(st[XS_REST], leaves);
        }
        mp_obj_t r;
        if (st[XS_NAKED] == mp_const_true) {
            // A plain exception re-raised from a clause comes out in the
            // group ('', [exc]) the clause was given.
            mp_obj_t args[2] = { MP_OBJ_NEW_QSTR(MP_QSTR_), mp_obj_new_tuple(1, &st[XS_ORIG]) };
            keep = eg_make_new(&mp_type_BaseExceptionGroup, 2, 0, args);
        } else {
            eg_split_rec(st[XS_ORIG], MP_OBJ_NULL, leaves, &keep, &r);
        }
    }
    // What goes on: the exceptions raised in the clauses, then what is left
    // of the original group; a single one as itself, several in a new group.
    size_t n_raised;
    mp_obj_t *raised;
    mp_obj_list_get(st[XS_RAISED], &n_raised, &raised);
    mp_obj_t list = mp_obj_new_list(n_raised, raised);
    if (keep != mp_const_none) {
        mp_obj_list_append(list, keep);
    }
    size_t n_out;
    mp_obj_t *out;
    mp_obj_list_get(list, &n_out, &out);
    if (n_out == 0) {
        return mp_const_false;
    }
    mp_obj_t result = out[0];
    if (n_out > 1) {
        mp_obj_t args[2] = { MP_OBJ_NEW_QSTR(MP_QSTR_), list };
        result = eg_make_new(&mp_type_BaseExceptionGroup, 2, 0, args);
    }
    // The handler re-raises the result with a bare raise: no new __context__
    // and no new traceback entry for this frame (CPython's RERAISE).
    MP_STATE_VM(cur_exception) = result;
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(exstar_end_obj, exstar_end);

// The hidden except* helpers above, reached through mp_load_builtin's
// fallback so that they stay out of dir(builtins). Looked up only when a
// name is not found among the builtins.
mp_obj_t mp_obj_exception_extra_builtin(qstr name) {
    switch (name) {
        case MP_QSTR__dollar_exstar_begin:
            return MP_OBJ_FROM_PTR(&exstar_begin_obj);
        case MP_QSTR__dollar_exstar_match:
            return MP_OBJ_FROM_PTR(&exstar_match_obj);
        case MP_QSTR__dollar_exstar_value:
            return MP_OBJ_FROM_PTR(&exstar_value_obj);
        case MP_QSTR__dollar_exstar_raised:
            return MP_OBJ_FROM_PTR(&exstar_raised_obj);
        case MP_QSTR__dollar_exstar_end:
            return MP_OBJ_FROM_PTR(&exstar_end_obj);
        case MP_QSTR__dollar_exstar_catchall:
            return MP_OBJ_FROM_PTR(&mp_type_BaseException);
        default:
            return MP_OBJ_NULL;
    }
}
