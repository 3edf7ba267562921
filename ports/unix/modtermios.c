// The termios module: a terminal's attributes as CPython's termios gives
// them (tcgetattr/tcsetattr with the 7-item list, the tc* line controls,
// tcgetwinsize/tcsetwinsize) plus MicroPython's setraw(fd). Errors raise
// termios.error(errno, strerror); unlike CPython's (a plain Exception) it is
// an OSError, so that both CPython's `except termios.error` and MicroPython's
// `except OSError` catch it. Only the common constants are given: the
// flags of each field, the control characters and the usual line speeds.
#include "py/mpconfig.h"

#ifndef MICROPY_PY_TERMIOS
#define MICROPY_PY_TERMIOS (1)
#endif

#if MICROPY_PY_TERMIOS

#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "py/runtime.h"
#include "py/mpthread.h"
#include "extmod/mpsyscall.h"
#include "modos.h"

static MP_DEFINE_CONST_OBJ_TYPE(
    termios_error_type, MP_QSTR_error, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_OSError
    );

MP_NORETURN static void raise_error(int err) {
    const char *text = strerror(err);
    mp_obj_t args[2] = { MP_OBJ_NEW_SMALL_INT(err), mp_obj_new_str(text, strlen(text)) };
    nlr_raise(mp_obj_new_exception_args(&termios_error_type, 2, args));
}

static void check(int ret) {
    if (ret == -1) {
        raise_error(errno);
    }
}

static void get_attrs(int fd, struct termios *t) {
    // musl's tcgetattr() is the bare ioctl, which fills only the kernel's
    // 19 control characters of the 32: the rest would be stack garbage in
    // the list (glibc clears them).
    memset(t, 0, sizeof(*t));
    int ret;
    MP_SYSCALL_RETRY(ret, tcgetattr(fd, t));
    check(ret);
}

static void set_attrs(int fd, int when, const struct termios *t) {
    int ret;
    MP_SYSCALL_RETRY(ret, tcsetattr(fd, when, t));
    check(ret);
}

// tcgetattr(fd): [iflag, oflag, cflag, lflag, ispeed, ospeed, cc], cc a list
// of 1-byte bytes, except cc[VMIN] and cc[VTIME] which are ints when the
// terminal is not in canonical mode (there they are counts, not characters).
static mp_obj_t termios_tcgetattr(mp_obj_t fd_in) {
    struct termios t;
    get_attrs(os_fd_arg_nonneg(fd_in), &t);
    mp_obj_t cc = mp_obj_new_list(NCCS, NULL);
    mp_obj_t *chars = ((mp_obj_list_t *)MP_OBJ_TO_PTR(cc))->items;
    for (size_t i = 0; i < NCCS; i++) {
        chars[i] = mp_obj_new_bytes(&t.c_cc[i], 1);
    }
    if (!(t.c_lflag & ICANON)) {
        chars[VMIN] = MP_OBJ_NEW_SMALL_INT(t.c_cc[VMIN]);
        chars[VTIME] = MP_OBJ_NEW_SMALL_INT(t.c_cc[VTIME]);
    }
    mp_obj_t items[7] = {
        mp_obj_new_int_from_uint(t.c_iflag), mp_obj_new_int_from_uint(t.c_oflag),
        mp_obj_new_int_from_uint(t.c_cflag), mp_obj_new_int_from_uint(t.c_lflag),
        mp_obj_new_int_from_uint(cfgetispeed(&t)), mp_obj_new_int_from_uint(cfgetospeed(&t)), cc,
    };
    return mp_obj_new_list(7, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(termios_tcgetattr_obj, termios_tcgetattr);

// Item i of a list or tuple, read afresh: an __index__ run by the conversion
// of an earlier item may have changed the list (as CPython, which also reads
// each item when it gets to it; IndexError if the list became shorter).
static mp_obj_t seq_item(mp_obj_t seq, size_t i) {
    return mp_obj_subscr(seq, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL);
}

// tcsetattr(fd, when, attributes): the list tcgetattr returns, changed.
static mp_obj_t termios_tcsetattr(mp_obj_t fd_in, mp_obj_t when_in, mp_obj_t attrs_in) {
    int fd = os_fd_arg_nonneg(fd_in);
    int when = mp_obj_get_c_int(when_in);
    if (!mp_obj_is_type(attrs_in, &mp_type_list) || ((mp_obj_list_t *)MP_OBJ_TO_PTR(attrs_in))->len != 7) {
        mp_raise_TypeError(MP_ERROR_TEXT("tcsetattr, arg 3: must be 7 element list"));
    }
    struct termios t;
    get_attrs(fd, &t);
    t.c_iflag = (tcflag_t)mp_obj_get_int_truncated(seq_item(attrs_in, 0));
    t.c_oflag = (tcflag_t)mp_obj_get_int_truncated(seq_item(attrs_in, 1));
    t.c_cflag = (tcflag_t)mp_obj_get_int_truncated(seq_item(attrs_in, 2));
    t.c_lflag = (tcflag_t)mp_obj_get_int_truncated(seq_item(attrs_in, 3));
    speed_t ispeed = (speed_t)mp_obj_get_int_truncated(seq_item(attrs_in, 4));
    speed_t ospeed = (speed_t)mp_obj_get_int_truncated(seq_item(attrs_in, 5));
    mp_obj_t cc = seq_item(attrs_in, 6);
    if (!mp_obj_is_type(cc, &mp_type_list) || ((mp_obj_list_t *)MP_OBJ_TO_PTR(cc))->len != NCCS) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("tcsetattr: attributes[6] must be %d element list"), NCCS);
    }
    // (No user code runs from here on: only exact bytes and ints are taken.)
    mp_obj_t *chars = ((mp_obj_list_t *)MP_OBJ_TO_PTR(cc))->items;
    for (size_t i = 0; i < NCCS; i++) {
        size_t len = 0;
        const char *data = mp_obj_is_type(chars[i], &mp_type_bytes) ? mp_obj_str_get_data(chars[i], &len) : NULL;
        if (len == 1) {
            t.c_cc[i] = (cc_t)data[0];
        } else if (mp_obj_is_int(chars[i])) {
            t.c_cc[i] = (cc_t)mp_obj_get_int_truncated(chars[i]);
        } else {
            mp_raise_TypeError(MP_ERROR_TEXT("tcsetattr: elements of attributes must be characters or integers"));
        }
    }
    check(cfsetispeed(&t, ispeed));
    check(cfsetospeed(&t, ospeed));
    set_attrs(fd, when, &t);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(termios_tcsetattr_obj, termios_tcsetattr);

// The line controls; tcdrain waits for the output to be sent (seconds on a
// slow serial line), so the calls run without the GIL.
enum { LINE_DRAIN, LINE_FLUSH, LINE_FLOW, LINE_BREAK };

typedef struct _line_call_t {
    int kind;
    int fd;
    int arg;
    int ret;
    int err;
} line_call_t;

static void line_call_released(void *arg) {
    line_call_t *c = arg;
    switch (c->kind) {
        case LINE_DRAIN:
            c->ret = tcdrain(c->fd);
            break;
        case LINE_FLUSH:
            c->ret = tcflush(c->fd, c->arg);
            break;
        case LINE_FLOW:
            c->ret = tcflow(c->fd, c->arg);
            break;
        default:
            c->ret = tcsendbreak(c->fd, c->arg);
            break;
    }
    c->err = errno;
}

static int line_call_once(line_call_t *c) {
    mp_thread_call_released(line_call_released, c);
    errno = c->err;
    return c->ret;
}

static mp_obj_t line_call(int kind, mp_obj_t fd_in, mp_obj_t arg_in) {
    line_call_t c = { kind, os_fd_arg_nonneg(fd_in), arg_in == MP_OBJ_NULL ? 0 : mp_obj_get_c_int(arg_in), 0, 0 };
    int ret;
    MP_SYSCALL_RETRY(ret, line_call_once(&c));
    check(ret);
    return mp_const_none;
}

// tcdrain(fd)
static mp_obj_t termios_tcdrain(mp_obj_t fd_in) {
    return line_call(LINE_DRAIN, fd_in, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(termios_tcdrain_obj, termios_tcdrain);

// tcflush(fd, queue)
static mp_obj_t termios_tcflush(mp_obj_t fd_in, mp_obj_t queue) {
    return line_call(LINE_FLUSH, fd_in, queue);
}
static MP_DEFINE_CONST_FUN_OBJ_2(termios_tcflush_obj, termios_tcflush);

// tcflow(fd, action)
static mp_obj_t termios_tcflow(mp_obj_t fd_in, mp_obj_t action) {
    return line_call(LINE_FLOW, fd_in, action);
}
static MP_DEFINE_CONST_FUN_OBJ_2(termios_tcflow_obj, termios_tcflow);

// tcsendbreak(fd, duration)
static mp_obj_t termios_tcsendbreak(mp_obj_t fd_in, mp_obj_t duration) {
    return line_call(LINE_BREAK, fd_in, duration);
}
static MP_DEFINE_CONST_FUN_OBJ_2(termios_tcsendbreak_obj, termios_tcsendbreak);

static void get_winsize(int fd, struct winsize *w) {
    check(ioctl(fd, TIOCGWINSZ, w));
}

// tcgetwinsize(fd): (rows, columns).
static mp_obj_t termios_tcgetwinsize(mp_obj_t fd_in) {
    struct winsize w;
    get_winsize(os_fd_arg_nonneg(fd_in), &w);
    mp_obj_t items[2] = { MP_OBJ_NEW_SMALL_INT(w.ws_row), MP_OBJ_NEW_SMALL_INT(w.ws_col) };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(termios_tcgetwinsize_obj, termios_tcgetwinsize);

// tcsetwinsize(fd, (rows, columns)): the pixel sizes are kept.
static mp_obj_t termios_tcsetwinsize(mp_obj_t fd_in, mp_obj_t size_in) {
    int fd = os_fd_arg_nonneg(fd_in);
    if (!mp_obj_is_type(size_in, &mp_type_tuple) && !mp_obj_is_type(size_in, &mp_type_list)) {
        mp_raise_TypeError(MP_ERROR_TEXT("tcsetwinsize, arg 2: must be a two-item sequence"));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(size_in, &n, &items);
    if (n != 2) {
        mp_raise_TypeError(MP_ERROR_TEXT("tcsetwinsize, arg 2: must be a two-item sequence"));
    }
    mp_int_t rows = mp_obj_get_int(items[0]);
    mp_int_t cols = mp_obj_get_int(seq_item(size_in, 1));
    if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff) {
        mp_raise_OverflowError(MP_ERROR_TEXT("winsize value(s) out of range."));
    }
    struct winsize w;
    get_winsize(fd, &w);
    w.ws_row = (unsigned short)rows;
    w.ws_col = (unsigned short)cols;
    check(ioctl(fd, TIOCSWINSZ, &w));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(termios_tcsetwinsize_obj, termios_tcsetwinsize);

// setraw(fd, when=TCSAFLUSH) (MicroPython): no echo, no line editing, no
// signals from keys, 8-bit characters, output untouched, reads return as
// soon as one byte is there.
static mp_obj_t termios_setraw(size_t n_args, const mp_obj_t *args) {
    int fd = os_fd_arg_nonneg(args[0]);
    int when = n_args > 1 ? mp_obj_get_c_int(args[1]) : TCSAFLUSH;
    struct termios t;
    get_attrs(fd, &t);
    t.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    t.c_oflag &= ~(tcflag_t)OPOST;
    t.c_cflag = (t.c_cflag & ~(tcflag_t)(CSIZE | PARENB)) | CS8;
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    set_attrs(fd, when, &t);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(termios_setraw_obj, 1, 2, termios_setraw);

// clang-format off
// The integer constants packed (py/obj.h: 6 bytes each, not 16).
#define C(q, name) MP_ROM_INT_CONST(q, name)
static const mp_rom_int_const_t termios_consts[] MP_COLD_DATA = {
    C(MP_QSTR_TCSANOW, TCSANOW), C(MP_QSTR_TCSADRAIN, TCSADRAIN), C(MP_QSTR_TCSAFLUSH, TCSAFLUSH),
    C(MP_QSTR_TCIFLUSH, TCIFLUSH), C(MP_QSTR_TCOFLUSH, TCOFLUSH), C(MP_QSTR_TCIOFLUSH, TCIOFLUSH),
    C(MP_QSTR_TCOOFF, TCOOFF), C(MP_QSTR_TCOON, TCOON), C(MP_QSTR_TCIOFF, TCIOFF), C(MP_QSTR_TCION, TCION),
    C(MP_QSTR_IGNBRK, IGNBRK), C(MP_QSTR_BRKINT, BRKINT), C(MP_QSTR_IGNPAR, IGNPAR),
    C(MP_QSTR_PARMRK, PARMRK), C(MP_QSTR_INPCK, INPCK), C(MP_QSTR_ISTRIP, ISTRIP), C(MP_QSTR_INLCR, INLCR),
    C(MP_QSTR_IGNCR, IGNCR),
    C(MP_QSTR_ICRNL, ICRNL), C(MP_QSTR_IXON, IXON), C(MP_QSTR_IXANY, IXANY), C(MP_QSTR_IXOFF, IXOFF),
    C(MP_QSTR_IMAXBEL, IMAXBEL),
    C(MP_QSTR_OPOST, OPOST), C(MP_QSTR_ONLCR, ONLCR), C(MP_QSTR_OCRNL, OCRNL), C(MP_QSTR_ONOCR, ONOCR),
    C(MP_QSTR_ONLRET, ONLRET),
    C(MP_QSTR_CSIZE, CSIZE), C(MP_QSTR_CS5, CS5), C(MP_QSTR_CS6, CS6), C(MP_QSTR_CS7, CS7),
    C(MP_QSTR_CS8, CS8), C(MP_QSTR_CSTOPB, CSTOPB), C(MP_QSTR_CREAD, CREAD), C(MP_QSTR_PARENB, PARENB),
    C(MP_QSTR_PARODD, PARODD),
    C(MP_QSTR_HUPCL, HUPCL), C(MP_QSTR_CLOCAL, CLOCAL), C(MP_QSTR_CRTSCTS, CRTSCTS),
    C(MP_QSTR_ISIG, ISIG), C(MP_QSTR_ICANON, ICANON), C(MP_QSTR_ECHO, ECHO), C(MP_QSTR_ECHOE, ECHOE),
    C(MP_QSTR_ECHOK, ECHOK), C(MP_QSTR_ECHONL, ECHONL), C(MP_QSTR_NOFLSH, NOFLSH), C(MP_QSTR_TOSTOP, TOSTOP),
    C(MP_QSTR_IEXTEN, IEXTEN), C(MP_QSTR_ECHOCTL, ECHOCTL), C(MP_QSTR_ECHOKE, ECHOKE),
    C(MP_QSTR_ECHOPRT, ECHOPRT), C(MP_QSTR_FLUSHO, FLUSHO), C(MP_QSTR_PENDIN, PENDIN),
    C(MP_QSTR_VEOF, VEOF), C(MP_QSTR_VEOL, VEOL), C(MP_QSTR_VERASE, VERASE), C(MP_QSTR_VINTR, VINTR),
    C(MP_QSTR_VKILL, VKILL), C(MP_QSTR_VMIN, VMIN), C(MP_QSTR_VQUIT, VQUIT), C(MP_QSTR_VSTART, VSTART),
    C(MP_QSTR_VSTOP, VSTOP), C(MP_QSTR_VSUSP, VSUSP), C(MP_QSTR_VTIME, VTIME), C(MP_QSTR_VEOL2, VEOL2),
    C(MP_QSTR_VWERASE, VWERASE), C(MP_QSTR_VREPRINT, VREPRINT), C(MP_QSTR_VLNEXT, VLNEXT),
    C(MP_QSTR_VDISCARD, VDISCARD),
    C(MP_QSTR_NCCS, NCCS),
    C(MP_QSTR_B0, B0), C(MP_QSTR_B50, B50), C(MP_QSTR_B75, B75), C(MP_QSTR_B110, B110), C(MP_QSTR_B134, B134),
    C(MP_QSTR_B150, B150), C(MP_QSTR_B200, B200), C(MP_QSTR_B300, B300), C(MP_QSTR_B600, B600),
    C(MP_QSTR_B1200, B1200),
    C(MP_QSTR_B1800, B1800), C(MP_QSTR_B2400, B2400), C(MP_QSTR_B4800, B4800), C(MP_QSTR_B9600, B9600),
    C(MP_QSTR_B19200, B19200), C(MP_QSTR_B38400, B38400), C(MP_QSTR_B57600, B57600),
    C(MP_QSTR_B115200, B115200),
    C(MP_QSTR_B230400, B230400),
#if defined(__linux__)
    C(MP_QSTR_B460800, B460800), C(MP_QSTR_B500000, B500000), C(MP_QSTR_B576000, B576000),
    C(MP_QSTR_B921600, B921600), C(MP_QSTR_B1000000, B1000000), C(MP_QSTR_B1152000, B1152000),
    C(MP_QSTR_B1500000, B1500000),
    C(MP_QSTR_B2000000, B2000000), C(MP_QSTR_B2500000, B2500000), C(MP_QSTR_B3000000, B3000000),
    C(MP_QSTR_B3500000, B3500000), C(MP_QSTR_B4000000, B4000000), C(MP_QSTR_CBAUD, CBAUD),
    C(MP_QSTR_CBAUDEX, CBAUDEX),
#endif
    C(MP_QSTR_TIOCGWINSZ, TIOCGWINSZ), C(MP_QSTR_TIOCSWINSZ, TIOCSWINSZ),
    { 0 },
};
#undef C
static const mp_rom_map_elem_t termios_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_termios) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&termios_error_type) },
    { MP_ROM_QSTR(MP_QSTR_tcgetattr), MP_ROM_PTR(&termios_tcgetattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcsetattr), MP_ROM_PTR(&termios_tcsetattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcdrain), MP_ROM_PTR(&termios_tcdrain_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcflush), MP_ROM_PTR(&termios_tcflush_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcflow), MP_ROM_PTR(&termios_tcflow_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcsendbreak), MP_ROM_PTR(&termios_tcsendbreak_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcgetwinsize), MP_ROM_PTR(&termios_tcgetwinsize_obj) },
    { MP_ROM_QSTR(MP_QSTR_tcsetwinsize), MP_ROM_PTR(&termios_tcsetwinsize_obj) },
    { MP_ROM_QSTR(MP_QSTR_setraw), MP_ROM_PTR(&termios_setraw_obj) },
    MP_ROM_INT_CONSTS(termios_consts),
};
// clang-format on
static MP_DEFINE_CONST_DICT(termios_globals, termios_globals_table);

const mp_obj_module_t mp_module_termios = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&termios_globals,
};

MP_REGISTER_MODULE(MP_QSTR_termios, mp_module_termios);

#endif // MICROPY_PY_TERMIOS
