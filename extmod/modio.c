// The io module: BytesIO and StringIO (in-memory streams implementing the
// stream protocol, so that read/readline/readinto/write/iteration come from
// py/stream.c), and io.open as the builtin open. Differences kept on
// purpose, as in MicroPython: BytesIO.write also takes a str (its UTF-8
// bytes), and StringIO positions (seek/tell) count bytes of the UTF-8 text.
// getbuffer() returns a view of a copy of the data. The IOBase class
// hierarchy, io.UnsupportedOperation, TextIOWrapper and the Buffered* types
// are Python classes in lib/_iobase.py, imported on first use.
#include "py/mpconfig.h"

#if MICROPY_PY_IO

#include <string.h>

#include "py/runtime.h"
#include "py/builtin.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/stream.h"
#include "extmod/modio.h"

extern const mp_obj_module_t mp_module_io;

// The buffer is a vstr on the GC heap: vstr.len is the data length and pos
// may lie beyond it (a later write pads the gap with zero bytes, as CPython).
typedef struct _mp_obj_stringio_t {
    mp_obj_base_t base;
    vstr_t vstr;
    size_t pos;
    bool closed;
    byte nl; // the newline argument of StringIO, one of NL_*
    mp_obj_dict_t *attrs; // names code stored on the object, made on first use
} mp_obj_stringio_t;

// NL_NONE: '\r\n' and '\r' are stored as '\n'. NL_ANY (newline=''): a lone
// '\r' or '\r\n' also ends a line. NL_CR, NL_CRLF: '\n' is stored as that
// ending, and only it ends a line.
enum { NL_LF, NL_NONE, NL_ANY, NL_CR, NL_CRLF };

static const mp_obj_type_t mp_type_bytesio;
static const mp_obj_type_t mp_type_stringio;

// How a method checks for a closed stream. CPython's StringIO words the
// error without a final period, except in the methods it inherits from
// IOBase (readlines, __iter__, __enter__, isatty); BytesIO always has one.
enum { CHECK_NONE, CHECK_OPEN, CHECK_OPEN_IOBASE };

// The native object behind self (instances of Python subclasses included),
// checked to be open (check: one of CHECK_*).
static mp_obj_stringio_t *stringio_get(mp_obj_t self_in, int check_open) {
    mp_obj_t native = mp_obj_cast_to_native_base(self_in, MP_OBJ_NULL);
    const mp_obj_type_t *t = mp_obj_get_type(native);
    if (t != &mp_type_bytesio && t != &mp_type_stringio) {
        mp_raise_TypeError_obj_unsupported(
            self_in, MP_ERROR_TEXT("descriptor requires a stream object but received a '%s'"));
    }
    mp_obj_stringio_t *self = MP_OBJ_TO_PTR(native);
    if (check_open && self->closed) {
        // CPython's two classes word it differently.
        if (t == &mp_type_stringio && check_open != CHECK_OPEN_IOBASE) {
            mp_raise_ValueError(MP_ERROR_TEXT("I/O operation on closed file"));
        }
        mp_raise_ValueError(MP_ERROR_TEXT("I/O operation on closed file."));
    }
    return self;
}

// ---------------------------------------------------------------------------
// Stream protocol.

static mp_uint_t stringio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mp_obj_stringio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closed) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    if (self->pos >= self->vstr.len) {
        return 0;
    }
    size_t avail = self->vstr.len - self->pos;
    if (size > avail) {
        size = avail;
    }
    memcpy(buf, self->vstr.buf + self->pos, size);
    self->pos += size;
    return size;
}

static void stringio_put(mp_obj_stringio_t *self, const void *buf, size_t size) {
    size_t end = m_size_add(self->pos, size);
    if (end > self->vstr.len) {
        size_t old_len = self->vstr.len;
        vstr_add_len(&self->vstr, end - old_len);
        if (self->pos > old_len) {
            memset(self->vstr.buf + old_len, 0, self->pos - old_len);
        }
    }
    memcpy(self->vstr.buf + self->pos, buf, size);
    self->pos = end;
}

static mp_uint_t stringio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    mp_obj_stringio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->closed) {
        *errcode = MP_EBADF;
        return MP_STREAM_ERROR;
    }
    // (Each write on its own, as CPython: "a\r" then "\nb" is "a\n\nb".)
    const byte *p = buf, *e = p + size;
    int find = self->nl == NL_NONE ? '\r' : self->nl >= NL_CR ? '\n' : -1;
    while (p < e) {
        const byte *hit = find >= 0 ? memchr(p, find, e - p) : NULL;
        const char *chunk = (const char *)p;
        size_t n = (hit ? hit : e) - p;
        p += n;
        if (hit && n == 0) {
            // The line ending as stored: "\n", "\r" or "\r\n".
            chunk = &"\r\n"[find == '\r'];
            n = 1 + (self->nl == NL_CRLF);
            p += 1 + (find == '\r' && p + 1 < e && p[1] == '\n');
        }
        stringio_put(self, chunk, n);
    }
    return size;
}

// New absolute position for seek(offset, whence); CPython clamps relative
// seeks at 0.
static size_t seek_target(mp_obj_stringio_t *self, mp_int_t offset, int whence) {
    mp_int_t base = 0;
    if (whence == 1) {
        base = (mp_int_t)self->pos;
    } else if (whence == 2) {
        base = (mp_int_t)self->vstr.len;
    }
    mp_int_t target;
    if (__builtin_add_overflow(base, offset, &target)) {
        // (CPython's check: a 2**62 step twice must not wrap to 0)
        mp_raise_OverflowError(MP_ERROR_TEXT("new position too large"));
    }
    return target < 0 ? 0 : (size_t)target;
}

static mp_uint_t stringio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_stringio_t *self = MP_OBJ_TO_PTR(self_in);
    switch (request) {
        case MP_STREAM_SEEK: {
            if (self->closed) {
                *errcode = MP_EBADF;
                return MP_STREAM_ERROR;
            }
            struct mp_stream_seek_t *s = (struct mp_stream_seek_t *)arg;
            self->pos = seek_target(self, s->offset, s->whence);
            s->offset = (mp_int_t)self->pos;
            return 0;
        }
        case MP_STREAM_FLUSH:
            return 0;
        case MP_STREAM_CLOSE:
            // Drop the data at once: a closed stream keeps no memory.
            self->closed = true;
            vstr_clear(&self->vstr);
            vstr_init(&self->vstr, 0);
            self->pos = 0;
            return 0;
        case MP_STREAM_POLL:
            return arg & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR);
        default:
            *errcode = MP_EINVAL;
            return MP_STREAM_ERROR;
    }
}

static const mp_stream_p_t bytesio_stream_p = {
    .read = stringio_read,
    .write = stringio_write,
    .ioctl = stringio_ioctl,
};

static const mp_stream_p_t stringio_stream_p = {
    .read = stringio_read,
    .write = stringio_write,
    .ioctl = stringio_ioctl,
    .is_text = true,
};

// ---------------------------------------------------------------------------
// Construction and printing.

static mp_obj_t stringio_make_new(
    const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    bool is_text = type == &mp_type_stringio;
    enum { ARG_initial, ARG_newline };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_initial_value, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_newline, MP_ARG_OBJ, { .u_rom_obj = MP_OBJ_NULL } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed_args)];
    // BytesIO's parameter is initial_bytes and it has no newline.
    static const mp_arg_t bytes_args[] = {
        { MP_QSTR_initial_bytes, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
    };
    if (is_text) {
        mp_arg_parse_all_kw_array(
            n_args, n_kw, args, MP_ARRAY_SIZE(allowed_args), allowed_args, vals);
    } else {
        mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(bytes_args), bytes_args, vals);
    }
    mp_obj_stringio_t *o = m_new_obj(mp_obj_stringio_t);
    o->base.type = type;
    o->pos = 0;
    o->closed = false;
    mp_obj_t nl = vals[ARG_newline].u_obj;
    o->nl = NL_LF;
    if (is_text && nl == mp_const_none) {
        o->nl = NL_NONE;
    } else if (is_text && nl) {
        if (!mp_obj_is_str(nl)) {
            mp_raise_TypeError_obj_unsupported(nl, MP_ERROR_TEXT("newline must be str or None, not %s"));
        }
        // (Up to a NUL byte, as CPython: it takes '\0' for ''.)
        const char *s = mp_obj_str_get_str(nl);
        // Offset of s in "\r\n\0\r", if it is one of the valid values.
        size_t at = !*s ? 2 : *s == '\n' ? 1 : s[1] == '\n' ? 0 : 3;
        if (strcmp(s, &"\r\n\0\r"[at]) != 0) {
            mp_raise_ValueError_varg(MP_ERROR_TEXT("illegal newline value: %r"), nl);
        }
        o->nl = (const byte[]){ NL_CRLF, NL_LF, NL_ANY, NL_CR }[at];
    }
    mp_obj_t init = vals[ARG_initial].u_obj;
    // MicroPython's BytesIO(n)/StringIO(n) preallocate n bytes: a size hint only.
    if (init == mp_const_none) {
        vstr_init(&o->vstr, 16);
    } else if (mp_obj_is_small_int(init)) {
        // (So that writes of up to n bytes need no allocation, as under
        // micropython.heap_lock().)
        mp_int_t n = MP_OBJ_SMALL_INT_VALUE(init);
        vstr_init(&o->vstr, n > 0 ? (size_t)n : 16);
    } else if (is_text) {
        mp_obj_t str = mp_obj_str_cast(init);
        if (str == MP_OBJ_NULL) {
            mp_raise_TypeError_obj_unsupported(
                init, MP_ERROR_TEXT("initial_value must be str or None, not %s"));
        }
        GET_STR_DATA_LEN(str, data, len);
        vstr_init(&o->vstr, len + 1);
        stringio_write(MP_OBJ_FROM_PTR(o), data, len, NULL); // (open: no error)
        o->pos = 0;
    } else {
        const byte *data;
        size_t len;
        if (!mp_obj_str_get_bytes_like(init, &data, &len)) {
            mp_raise_TypeError_obj_unsupported(
                init, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
        }
        vstr_init(&o->vstr, len + 1);
        vstr_add_strn(&o->vstr, (const char *)data, len);
    }
    return MP_OBJ_FROM_PTR(o);
}

static void stringio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_stringio_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<_io.%q object at %p>", self->base.type->name, self);
}

// As in CPython, the objects take attributes of their own (pyasn1's decoder
// marks a position on its BytesIO so); they shadow the methods, not closed.
static void stringio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_stringio_t *self = stringio_get(self_in, CHECK_NONE);
    mp_obj_t key = MP_OBJ_NEW_QSTR(attr);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR_closed) {
            dest[0] = mp_obj_new_bool(self->closed);
        } else if (self->attrs) {
            mp_map_elem_t *elem = mp_map_lookup(&self->attrs->map, key, MP_MAP_LOOKUP);
            if (elem) {
                dest[0] = elem->value;
            }
        }
    } else if (attr != MP_QSTR_closed) {
        if (!self->attrs) {
            self->attrs = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
        }
        mp_map_elem_t *elem = mp_map_lookup(&self->attrs->map, key,
            dest[1] == MP_OBJ_NULL ? MP_MAP_LOOKUP_REMOVE_IF_FOUND : MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (elem) {
            elem->value = dest[1];
            dest[0] = MP_OBJ_NULL;
        }
    }
}

// readline([size]): the generic one unless lines may end at '\r'.
static mp_obj_t stringio_readline_method(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *self = stringio_get(args[0], CHECK_OPEN);
    mp_obj_t a[2] = { MP_OBJ_FROM_PTR(self), n_args > 1 ? args[1] : mp_const_none };
    if (self->nl <= NL_NONE) {
        return mp_stream_unbuffered_readline_obj.fun.var(n_args, a);
    }
    size_t end = self->vstr.len;
    mp_int_t max = a[1] == mp_const_none ? -1 : mp_obj_get_int(a[1]);
    if (max >= 0 && self->pos + max < end) {
        end = self->pos + max;
    }
    const char *buf = self->vstr.buf;
    size_t start = self->pos, i = start;
    while (i < end) {
        char c = buf[i++];
        if (c == '\r' && self->nl != NL_CR && i < end && buf[i] == '\n') {
            i++;
            break;
        }
        if (c == '\n' ? self->nl == NL_ANY : c == '\r' && self->nl != NL_CRLF) {
            break;
        }
    }
    if (i <= start) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    self->pos = i;
    return mp_obj_new_str(buf + start, i - start);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_readline_obj, 1, 2, stringio_readline_method);

static mp_obj_t stringio_iternext(mp_obj_t self_in) {
    mp_obj_t line = stringio_readline_method(1, &self_in);
    return mp_obj_is_true(line) ? line : MP_OBJ_STOP_ITERATION;
}

// CPython checks for a closed stream in iter() of StringIO but only at the
// first next() of BytesIO; flush() is the other way round.
static mp_obj_t stringio_getiter(mp_obj_t self_in) {
    mp_obj_stringio_t *self = stringio_get(self_in, CHECK_NONE);
    stringio_get(self_in, self->base.type == &mp_type_stringio ? CHECK_OPEN_IOBASE : CHECK_NONE);
    return self_in;
}

// ---------------------------------------------------------------------------
// Methods. Each checks that the stream is open (CPython raises ValueError,
// where the generic methods would raise OSError) and passes the native
// object on to the generic stream method.

static mp_obj_t call_generic(
    const mp_obj_fun_builtin_var_t *fun, size_t n_args, const mp_obj_t *args) {
    mp_obj_t a[4];
    a[0] = MP_OBJ_FROM_PTR(stringio_get(args[0], CHECK_OPEN));
    for (size_t i = 1; i < n_args && i < MP_ARRAY_SIZE(a); i++) {
        a[i] = args[i];
    }
    return fun->fun.var(n_args, a);
}

// read([size])
static mp_obj_t stringio_read_method(size_t n_args, const mp_obj_t *args) {
    return call_generic(&mp_stream_read_obj, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_read_obj, 1, 2, stringio_read_method);


// readinto(buf[, nbytes])
static mp_obj_t stringio_readinto_method(size_t n_args, const mp_obj_t *args) {
    return call_generic(&mp_stream_readinto_obj, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_readinto_obj, 2, 3, stringio_readinto_method);

// readlines([hint])
// Lines are read until their total length reaches hint (None or <= 0: all).
static mp_obj_t stringio_readlines_method(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *self = stringio_get(args[0], CHECK_OPEN_IOBASE);
    mp_int_t hint = 0;
    if (n_args > 1 && args[1] != mp_const_none) {
        hint = mp_obj_get_int(args[1]);
    }
    mp_obj_t self_obj = MP_OBJ_FROM_PTR(self);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_int_t total = 0;
    for (;;) {
        mp_obj_t line = stringio_readline_method(1, &self_obj);
        size_t len = MP_OBJ_SMALL_INT_VALUE(mp_obj_len(line));
        if (len == 0) {
            break;
        }
        mp_obj_list_append(list, line);
        total += (mp_int_t)len;
        // StringIO stops once past the hint, BytesIO once it reaches it.
        if (hint > 0 && (self->base.type == &mp_type_stringio ? total > hint : total >= hint)) {
            break;
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_readlines_obj, 1, 2, stringio_readlines_method);

// write(b); BytesIO also takes MicroPython's write(b, n) and write(b, off, n)
// (StringIO not: a byte offset could split a character).
static mp_obj_t stringio_write_var(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *self = stringio_get(args[0], CHECK_OPEN);
    if (self->base.type == &mp_type_stringio && (n_args > 2 || !mp_obj_is_str(args[1]))) {
        if (n_args > 2) {
            mp_raise_TypeError(MP_ERROR_TEXT("StringIO.write() takes exactly one argument"));
        }
        mp_raise_TypeError_obj_unsupported(
            args[1], MP_ERROR_TEXT("string argument expected, got '%s'"));
    }
    return call_generic(&mp_stream_write_obj, n_args, args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_write_obj, 2, 4, stringio_write_var);

static mp_obj_t stringio_write_method(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_t args[2] = { self_in, data };
    return stringio_write_var(2, args);
}

// writelines(lines)
static mp_obj_t stringio_writelines(mp_obj_t self_in, mp_obj_t lines) {
    mp_obj_t it = mp_getiter(lines);
    mp_obj_t line;
    while ((line = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        stringio_write_method(self_in, line);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(stringio_writelines_obj, stringio_writelines);

// seek(pos[, whence])
static mp_obj_t stringio_seek(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *self = stringio_get(args[0], CHECK_OPEN);
    mp_int_t offset = mp_obj_get_int(args[1]);
    mp_int_t whence = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    bool is_text = self->base.type == &mp_type_stringio;
    // The two classes of CPython word these errors differently.
    if (whence < 0 || whence > 2) {
        mp_raise_ValueError_varg(
            is_text ? MP_ERROR_TEXT("Invalid whence (%d, should be 0, 1 or 2)")
                    : MP_ERROR_TEXT("invalid whence (%d, should be 0, 1 or 2)"),
            (int)whence);
    }
    if (whence == 0 && offset < 0) {
        mp_raise_ValueError_varg(
            is_text ? MP_ERROR_TEXT("Negative seek position %d")
                    : MP_ERROR_TEXT("negative seek value %d"),
            (int)offset);
    }
    if (is_text && whence != 0 && offset != 0) {
        // CPython's StringIO raises a plain OSError here (not its
        // io.UnsupportedOperation), with this text for whence 2 as well.
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("Can't do nonzero cur-relative seeks"));
    }
    self->pos = seek_target(self, offset, (int)whence);
    return mp_obj_new_int_from_uint(self->pos);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_seek_obj, 2, 3, stringio_seek);

// tell()
static mp_obj_t stringio_tell(mp_obj_t self_in) {
    return mp_obj_new_int_from_uint(stringio_get(self_in, CHECK_OPEN)->pos);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_tell_obj, stringio_tell);

// truncate([size]): the position does not move.
static mp_obj_t stringio_truncate(size_t n_args, const mp_obj_t *args) {
    mp_obj_stringio_t *self = stringio_get(args[0], CHECK_OPEN);
    size_t size = self->pos;
    if (n_args > 1 && args[1] != mp_const_none) {
        mp_int_t n = mp_obj_get_int(args[1]);
        if (n < 0) {
            mp_raise_ValueError_varg(
                self->base.type == &mp_type_stringio ? MP_ERROR_TEXT("Negative size value %d")
                                                     : MP_ERROR_TEXT("negative size value %d"),
                (int)n);
        }
        size = (size_t)n;
    }
    if (size < self->vstr.len) {
        self->vstr.len = size;
    }
    return mp_obj_new_int_from_uint(size);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_truncate_obj, 1, 2, stringio_truncate);

// getvalue()
static mp_obj_t stringio_getvalue(mp_obj_t self_in) {
    mp_obj_stringio_t *self = stringio_get(self_in, CHECK_OPEN);
    if (self->base.type == &mp_type_stringio) {
        return mp_obj_new_str(self->vstr.buf, self->vstr.len);
    }
    return mp_obj_new_bytes((const byte *)self->vstr.buf, self->vstr.len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_getvalue_obj, stringio_getvalue);

// getbuffer() (BytesIO): a memoryview of a copy of the data. CPython's view
// shares the buffer (and blocks resizing while it lives); a copy keeps a
// later write from leaving a view onto freed memory.
static mp_obj_t bytesio_getbuffer(mp_obj_t self_in) {
    mp_obj_stringio_t *self = stringio_get(self_in, CHECK_OPEN);
    mp_obj_t copy = mp_obj_new_bytearray(self->vstr.len, self->vstr.buf);
    return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_memoryview), copy);
}
static MP_DEFINE_CONST_FUN_OBJ_1(bytesio_getbuffer_obj, bytesio_getbuffer);

// close(): may be called more than once.
static mp_obj_t stringio_close(mp_obj_t self_in) {
    mp_obj_stringio_t *self = stringio_get(self_in, CHECK_NONE);
    int err;
    stringio_ioctl(MP_OBJ_FROM_PTR(self), MP_STREAM_CLOSE, 0, &err);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_close_obj, stringio_close);

// flush()
static mp_obj_t stringio_flush(mp_obj_t self_in) {
    mp_obj_stringio_t *self = stringio_get(self_in, CHECK_NONE);
    stringio_get(self_in, self->base.type == &mp_type_bytesio ? CHECK_OPEN : CHECK_NONE);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_flush_obj, stringio_flush);

// readable(), writable(), seekable()
static mp_obj_t stringio_true(mp_obj_t self_in) {
    stringio_get(self_in, CHECK_OPEN);
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_true_obj, stringio_true);

// fileno(): there is none (not even once closed).
static mp_obj_t stringio_fileno(mp_obj_t self_in) {
    (void)self_in;
    mp_io_raise_unsupported(MP_ERROR_TEXT("fileno"));
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_fileno_obj, stringio_fileno);

// isatty()
static mp_obj_t stringio_isatty(mp_obj_t self_in) {
    stringio_get(self_in, CHECK_OPEN_IOBASE);
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_isatty_obj, stringio_isatty);

// __enter__()
static mp_obj_t stringio_enter(mp_obj_t self_in) {
    stringio_get(self_in, CHECK_OPEN_IOBASE);
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stringio_enter_obj, stringio_enter);

// __exit__(*exc_info)
static mp_obj_t stringio_exit(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return stringio_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stringio_exit_obj, 1, 4, stringio_exit);

// The methods both classes have.
#define STRINGIO_COMMON_METHODS \
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&stringio_read_obj) }, \
    /* In memory, one transfer can be everything: read1() is read(). */ \
    { MP_ROM_QSTR(MP_QSTR_read1), MP_ROM_PTR(&stringio_read_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&stringio_readinto_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&stringio_readline_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&stringio_readlines_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&stringio_write_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&stringio_writelines_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&stringio_seek_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&stringio_tell_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&stringio_truncate_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_getvalue), MP_ROM_PTR(&stringio_getvalue_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&stringio_flush_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&stringio_close_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&stringio_true_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&stringio_true_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&stringio_true_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&stringio_isatty_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&stringio_fileno_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&stringio_enter_obj) }, \
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&stringio_exit_obj) },

static const mp_rom_map_elem_t stringio_locals_dict_table[] = {
    STRINGIO_COMMON_METHODS
};
static MP_DEFINE_CONST_DICT(stringio_locals_dict, stringio_locals_dict_table);

static const mp_rom_map_elem_t bytesio_locals_dict_table[] = {
    STRINGIO_COMMON_METHODS
    { MP_ROM_QSTR(MP_QSTR_getbuffer), MP_ROM_PTR(&bytesio_getbuffer_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto1), MP_ROM_PTR(&stringio_readinto_obj) },
};
static MP_DEFINE_CONST_DICT(bytesio_locals_dict, bytesio_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_bytesio, MP_QSTR_BytesIO, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_ITER_IS_SELF,
    print, stringio_print,
    make_new, stringio_make_new,
    attr, stringio_attr,
    getiter, stringio_getiter,
    iternext, stringio_iternext,
    protocol, &bytesio_stream_p,
    locals_dict, (mp_obj_dict_t *)&bytesio_locals_dict
    );

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_stringio, MP_QSTR_StringIO, MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_ITER_IS_SELF,
    print, stringio_print,
    make_new, stringio_make_new,
    attr, stringio_attr,
    getiter, stringio_getiter,
    iternext, stringio_iternext,
    protocol, &stringio_stream_p,
    locals_dict, (mp_obj_dict_t *)&stringio_locals_dict
    );

// io.__getattr__(name): the classes lib/_iobase.py defines.
static mp_obj_t io_getattr(mp_obj_t name) {
    static const uint16_t py_names[] = {
        MP_QSTR_IOBase, MP_QSTR_RawIOBase, MP_QSTR_BufferedIOBase, MP_QSTR_TextIOBase,
        MP_QSTR_UnsupportedOperation, MP_QSTR_FileIO, MP_QSTR_BufferedReader,
        MP_QSTR_BufferedWriter, MP_QSTR_BufferedRandom,
        MP_QSTR_TextIOWrapper, MP_QSTR_text_encoding,
    };
    return mp_obj_module_lazy_attr(MP_OBJ_FROM_PTR(&mp_module_io), name, MP_QSTR__iobase,
        py_names, MP_ARRAY_SIZE(py_names));
}
static MP_DEFINE_CONST_FUN_OBJ_1(io_getattr_obj, io_getattr);

MP_NORETURN void mp_io_raise_unsupported(mp_rom_error_text_t msg) {
    mp_obj_t cls = io_getattr(MP_OBJ_NEW_QSTR(MP_QSTR_UnsupportedOperation));
    mp_raise_obj(mp_call_function_1(cls, mp_obj_new_str(msg, strlen(msg))));
}

static const mp_rom_map_elem_t mp_module_io_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&io_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_io) },
    { MP_ROM_QSTR(MP_QSTR_BytesIO), MP_ROM_PTR(&mp_type_bytesio) },
    { MP_ROM_QSTR(MP_QSTR_StringIO), MP_ROM_PTR(&mp_type_stringio) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&mp_builtin_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_SEEK_SET), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_SEEK_CUR), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_SEEK_END), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_DEFAULT_BUFFER_SIZE), MP_ROM_INT(8192) },
    { MP_ROM_QSTR(MP_QSTR_BlockingIOError), MP_ROM_PTR(&mp_type_BlockingIOError) }, // (the built-in, as CPython's)
};
static MP_DEFINE_CONST_DICT(mp_module_io_globals, mp_module_io_globals_table);

const mp_obj_module_t mp_module_io = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_io_globals,
};

MP_REGISTER_MODULE(MP_QSTR_io, mp_module_io);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uio, mp_module_io);

#endif // MICROPY_PY_IO
