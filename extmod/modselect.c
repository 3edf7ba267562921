// The select module: poll objects (register/modify/unregister/poll/ipoll, as
// MicroPython: results carry the registered object) and select.select(),
// both on poll() through extmod/fdwait.c. Any object can be waited on that
// is an fd number, has fileno(), or implements the stream poll ioctl (in C,
// or as a Python ioctl(req, arg) method). Left out on purpose: epoll/kqueue
// objects and select()'s FD_SETSIZE limit (poll() has none).
#include "py/mpconfig.h"
#if MICROPY_PY_SELECT

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <string.h>

#include "py/runtime.h"
#include "py/mperrno.h"
#include "py/stream.h"
#include "py/mpthread.h"
#include "extmod/fdwait.h"
#include "extmod/modsocket.h"

// glibc shows these only to _GNU_SOURCE builds; the numbers are the kernel's.
#if defined(__linux__) && !defined(POLLRDHUP)
#define POLLRDHUP (0x2000)
#define POLLMSG (0x400)
#endif

// How an entry is polled.
enum {
    // An fd fixed at registration: an int, or a Python object's fileno().
    POLL_KIND_FD,
    // A native stream (socket, file): its fd is fetched again before every
    // poll, so a closed socket shows as POLLNVAL instead of as whatever file
    // got its old fd number; one without an fd is polled with its ioctl.
    POLL_KIND_STREAM,
    // A Python object with an ioctl(MP_STREAM_POLL, mask) method.
    POLL_KIND_PYIOCTL,
};

// One waited-for object. `fds[i]` of the set belongs to `entries[i]`.
typedef struct _poll_entry_t {
    mp_obj_t obj;
    uint16_t events; // the registered mask
    uint8_t kind;
    uint8_t tag; // select(): which list the object came from
    uint16_t own_revents; // events found without poll(): ioctl-polled or closed
} poll_entry_t;

// A growable set of entries with the parallel pollfd array poll() takes.
// No fixed table: thousands of objects are fine. Both arrays are on the GC
// heap, found through the owner (a poll object or select()'s C stack).
typedef struct _poll_set_t {
    size_t len;
    size_t alloc;
    poll_entry_t *entries;
    struct pollfd *fds; // atomic: holds no pointers
    bool busy; // a thread sleeps in poll() on a copy of fds (GIL released)
} poll_set_t;

// While only ioctl-polled objects can become ready, poll() is asked for this
// long at a time (they cannot wake it up).
#define POLL_IOCTL_INTERVAL_NS (1000000u)

#define POLL_ALWAYS (POLLERR | POLLHUP | POLLNVAL)

static void poll_set_init(poll_set_t *set, size_t n) {
    set->len = 0;
    set->alloc = n < 4 ? 4 : n;
    set->entries = m_new(poll_entry_t, set->alloc);
    set->fds = m_new_atomic(struct pollfd, set->alloc);
    set->busy = false;
}

static size_t poll_set_add(poll_set_t *set) {
    // One spare pollfd: a sleeping poll() puts the wake pipe after the set.
    if (set->len + 1 == set->alloc) {
        size_t n = m_size_mul(set->alloc, 2);
        set->entries = m_renew(poll_entry_t, set->entries, set->alloc, n);
        set->fds = m_renew(struct pollfd, set->fds, set->alloc, n);
        set->alloc = n;
    }
    return set->len++;
}

// A native stream type's protocol, or NULL. User classes never have one
// here (py/stream.c refuses them too).
static const mp_stream_p_t *native_stream(mp_obj_t obj) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (mp_obj_is_instance_type(type)) {
        return NULL;
    }
    const mp_stream_p_t *s = mp_get_stream(obj);
    return s != NULL && s->ioctl != NULL ? s : NULL;
}

static int checked_fd(mp_obj_t fd_in) {
    mp_int_t fd = mp_obj_get_int(fd_in);
    // Outside a C int first (OverflowError), as CPython.
    if (fd > INT_MAX || fd < INT_MIN) {
        mp_raise_OverflowError(MP_ERROR_TEXT("file descriptor too large"));
    }
    if (fd < 0) {
        mp_raise_ValueError_varg(
            MP_ERROR_TEXT("file descriptor cannot be a negative integer (%d)"), (int)fd);
    }
    return (int)fd;
}

// Make the entry for obj: how to poll it and, for a fixed fd, the fd. Made
// in the caller's temporaries and only then added, so that an object that
// cannot be polled (TypeError) leaves the set as it was.
MP_COLD static void entry_make(poll_entry_t *e, struct pollfd *p, mp_obj_t obj, mp_uint_t events) {
    e->obj = obj;
    e->events = (uint16_t)events;
    e->tag = 0;
    e->own_revents = 0;
    p->fd = -1;
    p->events = (short)events;
    p->revents = 0;
    // A bool is an int (True is fd 1), as in CPython.
    if (mp_obj_is_int(obj) || mp_obj_is_bool(obj)) {
        e->kind = POLL_KIND_FD;
        p->fd = checked_fd(obj);
        return;
    }
    const mp_stream_p_t *s = native_stream(obj);
    if (s != NULL) {
        // Already closed: its fileno() would be -1, which CPython refuses.
        // Its fd now is kept (poll_lookup); each wait looks at it afresh.
        int err = 0;
        mp_uint_t fd = s->ioctl(obj, MP_STREAM_GET_FILENO, 0, &err);
        if (fd == MP_STREAM_ERROR) {
            if (err == MP_EBADF) {
                checked_fd(MP_OBJ_NEW_SMALL_INT(-1));
            }
        } else {
            p->fd = (int)fd;
        }
        e->kind = POLL_KIND_STREAM;
        return;
    }
    // ioctl() first, as MicroPython: an io.IOBase subclass that defines it
    // also inherits a fileno() that raises.
    mp_obj_t dest[2];
    mp_load_method_protected(obj, MP_QSTR_ioctl, dest, false);
    if (dest[0] != MP_OBJ_NULL) {
        e->kind = POLL_KIND_PYIOCTL;
        return;
    }
    mp_load_method_protected(obj, MP_QSTR_fileno, dest, false);
    if (dest[0] != MP_OBJ_NULL) {
        e->kind = POLL_KIND_FD;
        p->fd = checked_fd(mp_call_method_n_kw(0, 0, dest));
        return;
    }
    mp_raise_TypeError(MP_ERROR_TEXT("argument must be an int, or have a fileno() method."));
}

MP_COLD static void poll_set_append(poll_set_t *set, mp_obj_t obj, mp_uint_t events, uint8_t tag) {
    poll_entry_t e;
    struct pollfd p;
    entry_make(&e, &p, obj, events);
    e.tag = tag;
    size_t i = poll_set_add(set);
    set->entries[i] = e;
    set->fds[i] = p;
}

// The fd an entry is polled through now, or -1 (ioctl-polled, or closed:
// then *closed is set).
static int entry_current_fd(poll_set_t *set, size_t i, bool *closed) {
    poll_entry_t *e = &set->entries[i];
    *closed = false;
    if (e->kind == POLL_KIND_FD) {
        return set->fds[i].fd;
    }
    if (e->kind == POLL_KIND_STREAM) {
        const mp_stream_p_t *s = mp_get_stream(e->obj);
        int err = 0;
        mp_uint_t fd = s->ioctl(e->obj, MP_STREAM_GET_FILENO, 0, &err);
        if (fd != MP_STREAM_ERROR) {
            return (int)fd;
        }
        *closed = err == MP_EBADF;
    }
    return -1;
}

// Poll an ioctl-polled entry: its ready events (plus ERR/HUP/NVAL).
static mp_uint_t entry_ioctl_poll(poll_entry_t *e) {
    mp_uint_t events = e->events;
    mp_uint_t ret;
    if (e->kind == POLL_KIND_STREAM) {
        int err = 0;
        ret = mp_get_stream(e->obj)->ioctl(e->obj, MP_STREAM_POLL, events, &err);
        if (ret == MP_STREAM_ERROR) {
            return POLLERR;
        }
    } else {
        mp_obj_t dest[4];
        mp_load_method(e->obj, MP_QSTR_ioctl, dest);
        dest[2] = MP_OBJ_NEW_SMALL_INT(MP_STREAM_POLL);
        dest[3] = mp_obj_new_int_from_uint(events);
        mp_obj_t res = mp_call_method_n_kw(2, 0, dest);
        // None: nothing ready; negative: -errno, raised as MicroPython does.
        mp_int_t v = res == mp_const_none ? 0 : mp_obj_get_int(res);
        if (v < 0) {
            mp_raise_OSError((int)(0 - (mp_uint_t)v)); // (the most negative: no overflow)
        }
        ret = (mp_uint_t)v;
    }
    return ret & (events | POLL_ALWAYS);
}

#if MICROPY_PY_THREAD
// poll() of the set while other threads run. One of them may register() on
// this set, moving its arrays: so a copy is polled, and its answers are kept
// only if the set is unchanged afterwards (else 0: the caller polls again, and
// a ready fd is still ready). Meanwhile set->busy is true. A function of its
// own: the nlr_push would keep the single-threaded path from being inlined.
static size_t poll_set_poll_copy(poll_set_t *set, uint64_t wait_until) {
    size_t len = set->len;
    struct pollfd *orig = set->fds;
    struct pollfd *copy = m_new_atomic(struct pollfd, len + 1);
    memcpy(copy, orig, len * sizeof(struct pollfd));
    set->busy = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        set->busy = false;
        nlr_jump(nlr.ret_val);
    }
    size_t n = (size_t)mp_fdwait_poll_once(copy, len, wait_until);
    nlr_pop();
    set->busy = false;
    bool same = set->fds == orig && set->len == len;
    for (size_t i = 0; same && i < len; i++) {
        same = orig[i].fd == copy[i].fd;
    }
    for (size_t i = 0; same && i < len; i++) {
        orig[i].revents = copy[i].revents;
    }
    m_del(struct pollfd, copy, len + 1);
    return same ? n : 0;
}
#endif

// One poll() of the set.
static size_t poll_set_poll_once(poll_set_t *set, uint64_t wait_until) {
#if MICROPY_PY_THREAD
    if (MP_THREAD_ACTIVE() && wait_until != MP_FDWAIT_NOW) {
        return poll_set_poll_copy(set, wait_until);
    }
#endif
    return (size_t)mp_fdwait_poll_once(set->fds, set->len, wait_until);
}

// Wait until an entry is ready or the deadline passes; afterwards fds[i].revents
// holds each entry's events. Returns the number of ready entries.
static size_t poll_set_wait(poll_set_t *set, uint64_t deadline) {
    for (;;) {
        // Signal handlers, scheduled callbacks and Ctrl-C, here rather than
        // inside the wait: they may register() on this set, moving its arrays.
        mp_handle_pending_fast();
        // Entries found ready without poll(): ioctl-polled ones and closed
        // streams. A Python ioctl may change the set, so nothing is cached
        // across calls of it.
        size_t found = 0;
        bool has_ioctl = false;
        for (size_t i = 0; i < set->len; i++) {
            bool closed;
            int fd = entry_current_fd(set, i, &closed);
            if (i >= set->len) {
                break;
            }
            poll_entry_t *e = &set->entries[i];
            set->fds[i].fd = fd;
            set->fds[i].events = (short)e->events;
            e->own_revents = 0;
            if (closed) {
                e->own_revents = POLLNVAL;
            } else if (fd < 0) {
                has_ioctl = true;
                // A Python ioctl may register objects (moving the arrays) or
                // unregister them: e is not used after the call.
                uint16_t revents = (uint16_t)entry_ioctl_poll(e);
                if (i >= set->len) {
                    break;
                }
                set->entries[i].own_revents = revents;
            }
            if (set->entries[i].own_revents != 0) {
                found++;
            }
        }
        uint64_t wait_until = deadline;
        if (found > 0) {
            wait_until = MP_FDWAIT_NOW;
        } else if (has_ioctl && !mp_fdwait_expired(deadline)) {
            uint64_t soon = mp_fdwait_deadline_ms(0) + POLL_IOCTL_INTERVAL_NS;
            if (soon < wait_until) {
                wait_until = soon;
            }
        }
        size_t n = poll_set_poll_once(set, wait_until);
        if (found > 0) {
            for (size_t i = 0; i < set->len; i++) {
                if (set->entries[i].own_revents != 0) {
                    set->fds[i].revents = (short)set->entries[i].own_revents;
                }
            }
            n += found;
        }
        if (n > 0 || mp_fdwait_expired(deadline)) {
            return n;
        }
    }
}

// A timeout in ms (None or negative: forever; a float is rounded away from
// zero, as CPython does) as a deadline. Outside the C int range of poll()'s own
// argument it is an OverflowError, as in CPython, not "forever".
static uint64_t poll_deadline_ms(mp_obj_t timeout) {
    if (timeout == mp_const_none) {
        return MP_FDWAIT_FOREVER;
    }
    mp_int_t ms;
    if (!mp_obj_get_int_maybe(timeout, &ms)) {
        mp_float_t f;
        if (!mp_obj_get_float_maybe(timeout, &f)) {
            mp_raise_TypeError(MP_ERROR_TEXT("timeout must be an integer or None"));
        }
        if (isnan(f)) {
            mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        // Rounded away from zero: then any negative value, however
        // small (-1e-100), waits forever, as in CPython.
        if (f > INT_MAX || f < INT_MIN) {
            mp_raise_OverflowError(MP_ERROR_TEXT("timeout is too large"));
        }
        if (f < 0) {
            return MP_FDWAIT_FOREVER;
        }
        return mp_fdwait_deadline_s(ceil(f) / 1000);
    }
    if (ms > INT_MAX || ms < INT_MIN) {
        mp_raise_OverflowError(MP_ERROR_TEXT("timeout is too large"));
    }
    return mp_fdwait_deadline_ms(ms);
}

// ---------------------------------------------------------------------------
// The poll object.

typedef struct _mp_obj_poll_t {
    mp_obj_base_t base;
    poll_set_t set;
    // Registered object -> its index in set. Keyed on the object's identity
    // (its word as a small int), not its hash: any object can be
    // registered, even one with __eq__ and no __hash__. Registered ints are
    // fds >= 0, whose words never equal an object pointer's.
    mp_map_t index;
    // ipoll(): the one result tuple it reuses, and where iteration stands.
    mp_obj_tuple_t *ret_tuple;
    size_t iter_pos;
    int iter_flags;
    // Bit fd % 64 of each fd registered as an int or through fileno() (never
    // cleared): a socket or file can share its fd only with such an entry.
    uint64_t fd_bits;
} mp_obj_poll_t;

// ipoll flag: leave an object that fired registered with an empty mask.
#define POLL_FLAG_ONE_SHOT (1)

static mp_obj_t poll_key(mp_obj_t obj) {
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)(mp_uint_t)obj);
}

// The index of the entry for obj (made into *e and *p by entry_make when it
// is not registered as such), or -1. As CPython keys everything on fds, an
// object not registered itself finds an entry polled through the same fd
// (an int finds the socket registered for it, a socket the int). An object
// that cannot be registered at all raises as register() does.
static mp_int_t poll_lookup(mp_obj_poll_t *self, mp_obj_t obj, poll_entry_t *e, struct pollfd *p) {
    mp_map_elem_t *elem = mp_map_lookup(&self->index, poll_key(obj), MP_MAP_LOOKUP);
    if (elem != NULL) {
        return MP_OBJ_SMALL_INT_VALUE(elem->value);
    }
    if (e->obj != obj) {
        entry_make(e, p, obj, 0);
    }
    // fds[i].fd is each entry's fd when it was registered or last polled:
    // the cheap test; its current fd decides.
    bool closed;
    int fd = p->fd;
    if (e->kind == POLL_KIND_STREAM && !((self->fd_bits >> (fd & 63)) & 1)) {
        return -1; // surely no entry shares its fd: no scan (asyncio's case)
    }
    for (size_t i = 0; fd >= 0 && i < self->set.len; i++) {
        if (self->set.fds[i].fd == fd && entry_current_fd(&self->set, i, &closed) == fd) {
            return (mp_int_t)i;
        }
    }
    return -1;
}

static mp_int_t poll_find(mp_obj_poll_t *self, mp_obj_t obj) {
    poll_entry_t e = { .obj = MP_OBJ_NULL };
    struct pollfd p;
    return poll_lookup(self, obj, &e, &p);
}

// An event mask: 0..0xffff (poll()'s events field), checked as CPython
// does rather than silently cut to 16 bits.
static mp_uint_t poll_get_mask(mp_obj_t mask_in) {
    mp_int_t m;
    if (!mp_obj_get_int_maybe(mask_in, &m)) {
        // A big int, or not an int at all (CPython's TypeError: no __index__
        // here, as its unsigned short converter takes none).
        m = mp_obj_int_sign(mask_in) < 0 ? -1 : 0x10000;
    }
    if (m < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("value must be positive"));
    }
    if (m > 0xffff) {
        mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large for C unsigned short"));
    }
    return (mp_uint_t)m;
}

// Checks that a poll method got lo..hi arguments (spec (name << 8 | lo << 4
// | hi), self not counted), else raises CPython's TypeError for them
// ("modify expected 2 arguments, got 1"). py/ cannot word it: it finds a
// method's name through the types that modules export, and select does not
// export the poll type. (noinline: each caller pays only for the call.)
#define POLL_NARGS(lo, hi, name) ((size_t)(name) << 8 | (lo) << 4 | (hi))
__attribute__((noinline)) static void poll_check_nargs(size_t n_args, const mp_obj_t *args, size_t spec) {
    size_t n = n_args - 1, lo = spec >> 4 & 15, hi = spec & 15;
    if (n - lo > hi - lo) {
        mp_obj_fun_raise_arity(mp_obj_get_type(args[0]), MP_QSTR_select, spec >> 8, n, 0, lo, hi);
    }
}

// register(obj[, eventmask]): registering again modifies the mask.
static mp_obj_t poll_register(size_t n_args, const mp_obj_t *args) {
    poll_check_nargs(n_args, args, POLL_NARGS(1, 2, MP_QSTR_register));
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    // The object is checked before the mask, as CPython converts them; the
    // set is looked at only after both (either may run Python code).
    poll_entry_t e;
    struct pollfd p;
    entry_make(&e, &p, args[1], 0);
    mp_uint_t events = n_args > 2 ? poll_get_mask(args[2]) : (POLLIN | POLLOUT);
    mp_int_t i = poll_lookup(self, args[1], &e, &p);
    if (i < 0) {
        i = poll_set_add(&self->set);
        self->set.entries[i] = e;
        self->set.fds[i] = p;
        if (e.kind == POLL_KIND_FD) {
            self->fd_bits |= (uint64_t)1 << (p.fd & 63);
        }
        mp_map_lookup(&self->index, poll_key(args[1]), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            MP_OBJ_NEW_SMALL_INT(i);
    }
    self->set.entries[i].events = (uint16_t)events;
    self->set.fds[i].events = (short)events;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(poll_register_obj, 1, poll_register);

// Move entry `from` of self's set to slot `to`, which is free.
static void poll_move(mp_obj_poll_t *self, size_t from, size_t to) {
    if (from != to) {
        poll_set_t *set = &self->set;
        set->entries[to] = set->entries[from];
        set->fds[to] = set->fds[from];
        mp_map_lookup(&self->index, poll_key(set->entries[to].obj), MP_MAP_LOOKUP)->value =
            MP_OBJ_NEW_SMALL_INT(to);
    }
}

// unregister(obj)
static mp_obj_t poll_unregister(size_t n_args, const mp_obj_t *args) {
    poll_check_nargs(n_args, args, POLL_NARGS(1, 1, MP_QSTR_unregister));
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t obj = args[1];
    poll_entry_t e = { .obj = MP_OBJ_NULL };
    struct pollfd p;
    mp_int_t i = poll_lookup(self, obj, &e, &p);
    if (i < 0) {
        // (Not in the index, so entry_make gave p its fd: CPython's key.)
        mp_raise_KeyError(MP_OBJ_NEW_SMALL_INT(p.fd));
    }
    mp_map_lookup(&self->index, poll_key(self->set.entries[i].obj), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    size_t hole = (size_t)i;
    if (hole < self->iter_pos) {
        // An ipoll() iteration has visited the entries before iter_pos and
        // not the others: the last visited one fills the hole, so that the
        // entry moved down from the end is still to come (the common
        // unregister-and-close of each object as it is reported).
        poll_move(self, --self->iter_pos, hole);
        hole = self->iter_pos;
    }
    size_t last = --self->set.len;
    poll_move(self, last, hole);
    self->set.entries[last].obj = MP_OBJ_NULL; // let the collector have it
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(poll_unregister_obj, 1, poll_unregister);

// modify(obj, eventmask)
static mp_obj_t poll_modify(size_t n_args, const mp_obj_t *args) {
    poll_check_nargs(n_args, args, POLL_NARGS(2, 2, MP_QSTR_modify));
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t i = poll_find(self, args[1]);
    mp_uint_t events = poll_get_mask(args[2]);
    if (i < 0) {
        mp_raise_OSError(MP_ENOENT);
    }
    self->set.entries[i].events = (uint16_t)events;
    self->set.fds[i].events = (short)events;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(poll_modify_obj, 1, poll_modify);

// poll([timeout_ms]) -> [(obj, events), ...]
static mp_obj_t poll_poll(size_t n_args, const mp_obj_t *args) {
    poll_check_nargs(n_args, args, POLL_NARGS(0, 1, MP_QSTR_poll));
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    uint64_t deadline = poll_deadline_ms(n_args > 1 ? args[1] : mp_const_none);
    if (self->set.busy) {
        // As in CPython: the other thread's answers would be mixed with ours.
        mp_raise_RuntimeError(MP_ERROR_TEXT("concurrent poll() invocation"));
    }
    size_t n = poll_set_wait(&self->set, deadline);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < self->set.len && n > 0; i++) {
        short revents = self->set.fds[i].revents;
        if (revents != 0) {
            mp_obj_t t[2] = { self->set.entries[i].obj, MP_OBJ_NEW_SMALL_INT((uint16_t)revents) };
            mp_obj_list_append(list, mp_obj_new_tuple(2, t));
            n--; // the rest need not be looked at
        }
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(poll_poll_obj, 1, poll_poll);

// ipoll([timeout_ms[, flags]]) -> iterator over (obj, events), one tuple reused
static mp_obj_t poll_ipoll(size_t n_args, const mp_obj_t *args) {
    poll_check_nargs(n_args, args, POLL_NARGS(0, 2, MP_QSTR_ipoll));
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(args[0]);
    uint64_t deadline = poll_deadline_ms(n_args > 1 ? args[1] : mp_const_none);
    self->iter_flags = n_args > 2 ? (int)mp_obj_get_int(args[2]) : 0;
    if (self->ret_tuple == NULL) {
        self->ret_tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(2, NULL));
    }
    // Until the wait is over (it may raise) there is nothing to iterate over.
    self->iter_pos = self->set.len;
    poll_set_wait(&self->set, deadline);
    self->iter_pos = 0;
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(poll_ipoll_obj, 1, poll_ipoll);

static mp_obj_t poll_iternext(mp_obj_t self_in) {
    mp_obj_poll_t *self = MP_OBJ_TO_PTR(self_in);
    // The set may have changed since ipoll(): positions are re-checked.
    while (self->iter_pos < self->set.len) {
        size_t i = self->iter_pos++;
        short revents = self->set.fds[i].revents;
        if (revents == 0) {
            continue;
        }
        self->set.fds[i].revents = 0; // reported once per ipoll()
        if (self->iter_flags & POLL_FLAG_ONE_SHOT) {
            self->set.entries[i].events = 0;
            self->set.fds[i].events = 0;
        }
        self->ret_tuple->items[0] = self->set.entries[i].obj;
        self->ret_tuple->items[1] = MP_OBJ_NEW_SMALL_INT((uint16_t)revents);
        return MP_OBJ_FROM_PTR(self->ret_tuple);
    }
    return MP_OBJ_STOP_ITERATION;
}

static const mp_rom_map_elem_t poll_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&poll_register_obj) },
    { MP_ROM_QSTR(MP_QSTR_unregister), MP_ROM_PTR(&poll_unregister_obj) },
    { MP_ROM_QSTR(MP_QSTR_modify), MP_ROM_PTR(&poll_modify_obj) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&poll_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_ipoll), MP_ROM_PTR(&poll_ipoll_obj) },
};
static MP_DEFINE_CONST_DICT(poll_locals_dict, poll_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_poll, MP_QSTR_poll, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, poll_iternext,
    locals_dict, (mp_obj_dict_t *)&poll_locals_dict
    );

// ---------------------------------------------------------------------------
// Module functions.

// poll()
static mp_obj_t select_poll(void) {
    mp_obj_poll_t *self = m_new_obj(mp_obj_poll_t);
    self->base.type = &mp_type_poll;
    poll_set_init(&self->set, 4);
    mp_map_init(&self->index, 0);
    self->ret_tuple = NULL;
    self->iter_pos = 0;
    self->iter_flags = 0;
    self->fd_bits = 0;
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_0(select_poll_obj, select_poll);

// Add every object of an iterable to set, tagged with the list it came from.
// A closed socket or file is refused at once with the ValueError CPython's
// select() gives for its fd of -1 (poll objects instead report POLLNVAL).
// A socket (iterable by lines here) or a poll object (an ipoll iterator) is
// not a list: CPython's TypeError, rather than reading lines from the socket
// (a blocking read) or iterating the poll object.
static void select_add_list(poll_set_t *set, mp_obj_t list, uint8_t tag, mp_uint_t events) {
    if (mp_obj_is_type(list, &mp_type_poll)
        #if MICROPY_PY_SOCKET
        || mp_obj_is_instance_of(list, &mp_type_socket)
        #endif
        ) {
        mp_raise_TypeError(MP_ERROR_TEXT("arguments 1-3 must be sequences"));
    }
    mp_obj_t iter = mp_getiter(list);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        const mp_stream_p_t *s = native_stream(item);
        int err = 0;
        if (s != NULL && s->ioctl(item, MP_STREAM_GET_FILENO, 0, &err) == MP_STREAM_ERROR &&
            err == MP_EBADF) {
            checked_fd(MP_OBJ_NEW_SMALL_INT(-1));
        }
        poll_set_append(set, item, events, tag);
    }
}

// select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)
MP_COLD static mp_obj_t select_select(size_t n_args, const mp_obj_t *args) {
    uint64_t deadline = MP_FDWAIT_FOREVER;
    if (n_args > 3 && args[3] != mp_const_none) {
        mp_float_t t;
        if (!mp_obj_get_float_maybe(args[3], &t)) {
            mp_raise_TypeError(MP_ERROR_TEXT("timeout must be a float or None"));
        }
        if (isnan(t)) {
            mp_raise_ValueError(MP_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        if (t < 0) {
            mp_raise_ValueError(MP_ERROR_TEXT("timeout must be non-negative"));
        }
        // CPython's limit (int64 nanoseconds), so a huge timeout is refused
        // in the same way instead of meaning "forever".
        if (t > 9.2e9) {
            mp_raise_OverflowError(
                MP_ERROR_TEXT("timestamp out of range for platform time_t"));
        }
        deadline = mp_fdwait_deadline_s(t);
    }
    static const mp_uint_t list_events[3] = { POLLIN, POLLOUT, POLLPRI };
    poll_set_t set;
    poll_set_init(&set, 8);
    for (uint8_t k = 0; k < 3; k++) {
        select_add_list(&set, args[k], k, list_events[k]);
    }
    poll_set_wait(&set, deadline);
#if MP_FDWAIT_DEVICE_SELECT
    mp_fdwait_devices(set.fds, set.len, deadline);
#endif
    // What select() reports for each list: readable includes EOF and errors,
    // writable includes errors (the next call then reports them).
    static const short list_ready[3] = { POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI };
    mp_obj_t out[3];
    for (int k = 0; k < 3; k++) {
        out[k] = mp_obj_new_list(0, NULL);
    }
    for (size_t i = 0; i < set.len; i++) {
        short revents = set.fds[i].revents;
        uint8_t k = set.entries[i].tag;
        if (revents & POLLNVAL) {
            // An fd that is open but that poll() cannot wait on (macOS:
            // a device that mp_fdwait_devices could not take) is ready.
            int fd = set.fds[i].fd;
            if (fd < 0 || fcntl(fd, F_GETFD) == -1) {
                mp_raise_OSError(MP_EBADF); // as select() says of a closed fd
            }
            revents = list_ready[k];
        }
        if (revents & list_ready[k]) {
            mp_obj_list_append(out[k], set.entries[i].obj);
        }
    }
    return mp_obj_new_tuple(3, out);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(select_select_obj, 3, 4, select_select);

// clang-format off
#define C(q, name) { MP_ROM_QSTR(q), MP_ROM_INT(name) }
static const mp_rom_map_elem_t mp_module_select_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_select) },
    { MP_ROM_QSTR(MP_QSTR_poll), MP_ROM_PTR(&select_poll_obj) },
    { MP_ROM_QSTR(MP_QSTR_select), MP_ROM_PTR(&select_select_obj) },
    C(MP_QSTR_POLLIN, POLLIN), C(MP_QSTR_POLLPRI, POLLPRI), C(MP_QSTR_POLLOUT, POLLOUT),
    C(MP_QSTR_POLLERR, POLLERR), C(MP_QSTR_POLLHUP, POLLHUP), C(MP_QSTR_POLLNVAL, POLLNVAL),
    C(MP_QSTR_POLLRDNORM, POLLRDNORM), C(MP_QSTR_POLLRDBAND, POLLRDBAND),
    C(MP_QSTR_POLLWRNORM, POLLWRNORM), C(MP_QSTR_POLLWRBAND, POLLWRBAND),
    // Linux-only, as in CPython's select on each host.
    #ifdef POLLRDHUP
    C(MP_QSTR_POLLRDHUP, POLLRDHUP),
    #endif
    #ifdef POLLMSG
    C(MP_QSTR_POLLMSG, POLLMSG),
    #endif
    C(MP_QSTR_PIPE_BUF, PIPE_BUF),
};
#undef C
// clang-format on
static MP_DEFINE_CONST_DICT(mp_module_select_globals, mp_module_select_globals_table);

const mp_obj_module_t mp_module_select = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_select_globals,
};

MP_REGISTER_MODULE(MP_QSTR_select, mp_module_select);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uselect, mp_module_select);

#endif // MICROPY_PY_SELECT
