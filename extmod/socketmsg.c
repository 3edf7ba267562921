// The socket methods that move more than one plain buffer: sendmsg(),
// recvmsg() and recvmsg_into() (scatter/gather buffers and control messages
// such as SCM_RIGHTS) and CMSG_LEN()/CMSG_SPACE(); and the sendfile system
// call of os.sendfile(), which socket.sendfile() (lib/_socketsendfile.py)
// goes through. Rarely used, so kept apart from the hot send/recv paths of
// extmod/objsocket.c, whose wait/retry driver they go through
// (mp_socket_call_msg).
// macOS gives the RFC 3542 IPv6 socket options (IPV6_PKTINFO that matches
// the cmsg_type recvmsg reports after IPV6_RECVPKTINFO) only when asked for
// before any system header.
#if defined(__APPLE__)
#define __APPLE_USE_RFC_3542 (1)
#endif
#include "py/mpconfig.h"
#if MICROPY_PY_SOCKET

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#if defined(__linux__)
#include <sys/sendfile.h>
#endif

#include "py/runtime.h"
#include "extmod/modsocket.h"
#include "extmod/mpsyscall.h"

#if MP_SOCKET_HAS_SENDFILE
ssize_t mp_socket_sendfile_fd(int out_fd, int in_fd, off_t *offset, size_t count) {
#if defined(__APPLE__)
    // macOS puts the count sent in len, also when it fails after sending
    // some (EAGAIN from a full non-blocking socket, EINTR): that is a short
    // send, as Linux reports it. (len 0 there means "to the end of the file",
    // which CPython's os.sendfile passes on too.)
    off_t len = (off_t)count;
    if (sendfile(in_fd, out_fd, *offset, &len, NULL, 0) == -1 &&
        (len <= 0 || (errno != EAGAIN && errno != EINTR))) {
        return -1;
    }
    *offset += len;
    return (ssize_t)len;
#else
    return sendfile(out_fd, in_fd, offset, count);
#endif
}

#endif

// iov[i] = the memory of buffer object items[i] (flags: MP_BUFFER_READ or
// _WRITE). Called once every argument is converted: an __index__ may resize
// a bytearray, moving its memory.
static void sock_fill_iov(struct iovec *iov, const mp_obj_t *items, size_t n, mp_uint_t flags) {
    for (size_t i = 0; i < n; i++) {
        mp_buffer_info_t bufinfo;
        if (flags == MP_BUFFER_READ) {
            mp_socket_check_contiguous(items[i]);
        }
        if (!mp_get_buffer(items[i], &bufinfo, flags)) {
            // (Writable buffers are recvmsg_into's; sendmsg gets the usual message.)
            if (flags == MP_BUFFER_WRITE) {
                mp_raise_TypeError(MP_ERROR_TEXT("recvmsg_into() argument 1 must be an "
                                                 "iterable of single-segment read-write buffers"));
            }
            mp_get_buffer_raise(items[i], &bufinfo, flags);
        }
        iov[i].iov_base = bufinfo.buf;
        iov[i].iov_len = bufinfo.len;
    }
}

// sendmsg(buffers[, ancdata[, flags[, address]]]) -> count. buffers: an
// iterable of bytes-like objects, sent as one message; ancdata: an iterable
// of (level, type, data) control messages (SCM_RIGHTS passes fds).
static mp_obj_t socket_sendmsg(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 4, MP_QSTR_sendmsg));
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t bufs = mp_obj_new_list(0, NULL);
    mp_obj_t iter = mp_getiter(args[1]);
    for (mp_obj_t item; (item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION;) {
        // Bytes-like only, as CPython (a str sendmsg('abc') is a mistake).
        if (mp_obj_is_str(item)) {
            mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
        }
        mp_obj_list_append(bufs, item);
    }
    // Control messages, collected before any buffer's address is taken: the
    // iteration runs Python code, which might resize a bytearray given.
    mp_obj_t cmsgs = mp_obj_new_list(0, NULL);
    if (n_args > 2) {
        iter = mp_getiter(args[2]);
        for (mp_obj_t item; (item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION;) {
            size_t n_items = 0;
            mp_obj_t *lvl_type_data = NULL;
            if (mp_obj_is_type(item, &mp_type_tuple)) {
                mp_obj_tuple_get(item, &n_items, &lvl_type_data);
            }
            if (n_items != 3 || mp_obj_is_str(lvl_type_data[2])) {
                mp_raise_TypeError(MP_ERROR_TEXT(
                    "sendmsg() ancillary data items must be (level, type, bytes-like)"));
            }
            mp_obj_list_append(cmsgs, item);
        }
    }
    int flags = mp_socket_get_flags(n_args, args, 3);
    struct sockaddr_storage ss;
    socklen_t namelen = 0;
    if (n_args > 4 && args[4] != mp_const_none) {
        namelen = mp_socket_addr_from_obj(self->family, args[4], &ss, MP_QSTR_sendmsg);
    }

    // From here on no Python code runs (but for a finaliser in a collection
    // while allocating: the copy below checks the sizes measured first).
    size_t n_cmsgs;
    mp_obj_t *cmsg_items;
    mp_obj_list_get(cmsgs, &n_cmsgs, &cmsg_items);
    size_t control_len = 0;
    for (size_t i = 0; i < n_cmsgs; i++) {
        mp_buffer_info_t bufinfo;
        mp_obj_t data = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(cmsg_items[i]))->items[2];
        mp_socket_check_contiguous(data);
        mp_get_buffer_raise(data, &bufinfo, MP_BUFFER_READ);
        if (bufinfo.len > 0x10000) {
            mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("ancillary data item too large"));
        }
        control_len += CMSG_SPACE(bufinfo.len);
    }
    byte *control = NULL;
    if (control_len > 0) {
        control = m_new0(byte, control_len);
    }
    size_t n_bufs;
    mp_obj_t *buf_items;
    mp_obj_list_get(bufs, &n_bufs, &buf_items);
    struct iovec *iov = m_new(struct iovec, n_bufs > 0 ? n_bufs : 1);
    sock_fill_iov(iov, buf_items, n_bufs, MP_BUFFER_READ);
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = iov;
    msg.msg_iovlen = n_bufs;
    msg.msg_control = control;
    msg.msg_controllen = control_len;
    if (control_len > 0) {
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        for (size_t i = 0; i < n_cmsgs && c != NULL; i++) {
            size_t n_items;
            mp_obj_t *ltd;
            mp_obj_tuple_get(cmsg_items[i], &n_items, &ltd);
            mp_buffer_info_t bufinfo;
            mp_get_buffer_raise(ltd[2], &bufinfo, MP_BUFFER_READ);
            c->cmsg_level = mp_socket_get_c_int(ltd[0]);
            c->cmsg_type = mp_socket_get_c_int(ltd[1]);
            if ((byte *)CMSG_DATA(c) + bufinfo.len > control + control_len) {
                mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("ancillary data item too large"));
            }
            c->cmsg_len = CMSG_LEN(bufinfo.len);
            memcpy(CMSG_DATA(c), bufinfo.buf, bufinfo.len);
            c = CMSG_NXTHDR(&msg, c);
        }
    }
    if (namelen > 0) {
        msg.msg_namelen = namelen;
        msg.msg_name = &ss;
    }
    return mp_obj_new_int_from_uint(mp_socket_call_msg(self, false, &msg, flags, 0));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_sendmsg_obj, 1, socket_sendmsg);

// The receive of recvmsg/recvmsg_into into the niov buffers of iov, with
// args[2:] the optional ancbufsize and flags. Returns the 4-tuple both give,
// whose first item, the byte count, the caller replaces as it needs. With
// bufs, iov is filled here from those writable buffers, after the arguments
// are converted (an __index__ may resize a bytearray, moving its memory).
static mp_obj_tuple_t *sock_recvmsg_iov(
    size_t n_args, const mp_obj_t *args, struct iovec *iov, size_t niov, const mp_obj_t *bufs) {
    mp_obj_socket_t *self = MP_OBJ_TO_PTR(args[0]);
    size_t ancbufsize = 0;
    if (n_args > 2) {
        ancbufsize =
            mp_socket_get_bufsize(args[2], MP_ERROR_TEXT("invalid ancillary data buffer length"));
        if (ancbufsize > 0x100000) {
            mp_raise_ValueError(MP_ERROR_TEXT("ancillary data buffer too large"));
        }
    }
    int flags = mp_socket_get_flags(n_args, args, 3);
    mp_socket_fd(self);
    byte *control = ancbufsize > 0 ? m_new0(byte, ancbufsize) : NULL;
    if (bufs != NULL) {
        sock_fill_iov(iov, bufs, niov, MP_BUFFER_WRITE);
    }
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof(ss));
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_name = &ss;
    msg.msg_iov = iov;
    msg.msg_iovlen = niov;
    msg.msg_control = control;
    size_t n = mp_socket_call_msg(self, true, &msg, flags, (socklen_t)ancbufsize);

    mp_obj_t anc = mp_obj_new_list(0, NULL);
    if (msg.msg_controllen > 0 && control != NULL) {
        byte *end = control + (msg.msg_controllen < ancbufsize ? msg.msg_controllen : ancbufsize);
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
            byte *data = CMSG_DATA(c);
            if (data > end) {
                break;
            }
            // A message cut short (MSG_CTRUNC) keeps what fits, as CPython.
            size_t len = c->cmsg_len >= CMSG_LEN(0) ? c->cmsg_len - CMSG_LEN(0) : 0;
            if (len > (size_t)(end - data)) {
                len = (size_t)(end - data);
            }
            mp_obj_t t[3] = { MP_OBJ_NEW_SMALL_INT(c->cmsg_level), MP_OBJ_NEW_SMALL_INT(c->cmsg_type),
                mp_obj_new_bytes(data, len) };
            mp_obj_list_append(anc, mp_obj_new_tuple(3, t));
        }
    }
    mp_obj_t t[4] = {
        mp_obj_new_int_from_uint(n),
        anc,
        MP_OBJ_NEW_SMALL_INT(msg.msg_flags),
        mp_socket_addr_to_obj((struct sockaddr *)&ss, msg.msg_namelen),
    };
    return MP_OBJ_TO_PTR(mp_obj_new_tuple(4, t));
}

// recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags,
// address); ancdata is a list of (level, type, data).
static mp_obj_t socket_recvmsg(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 3, MP_QSTR_recvmsg));
    size_t bufsize =
        mp_socket_get_bufsize(args[1], MP_ERROR_TEXT("negative buffer size in recvmsg()"));
    vstr_t vstr;
    vstr_init_len(&vstr, bufsize);
    struct iovec iov = { .iov_base = vstr.buf, .iov_len = bufsize };
    mp_obj_tuple_t *t = sock_recvmsg_iov(n_args, args, &iov, 1, NULL);
    vstr.len = mp_obj_get_int(t->items[0]);
    t->items[0] = mp_obj_new_bytes_from_vstr(&vstr);
    return MP_OBJ_FROM_PTR(t);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_recvmsg_obj, 1, socket_recvmsg);

// recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata,
// msg_flags, address): scatter the data into an iterable of writable buffers.
__attribute__((cold)) static mp_obj_t socket_recvmsg_into(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args, MP_SOCKET_NARGS(1, 3, MP_QSTR_recvmsg_into));
    mp_obj_t bufs = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), args[1]);
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(bufs, &n, &items);
    struct iovec *iov = m_new(struct iovec, n);
    return MP_OBJ_FROM_PTR(sock_recvmsg_iov(n_args, args, iov, n, items));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_recvmsg_into_obj, 1, socket_recvmsg_into);

// CMSG_LEN(length) / CMSG_SPACE(length): sizes for sendmsg/recvmsg control
// messages carrying length bytes of data. As in CPython, a result that would
// not fit a socklen_t-sized int (or a negative length) is an OverflowError.
__attribute__((cold)) static mp_obj_t socket_cmsg_size(
    size_t n_args, const mp_obj_t *args, bool space) {
    qstr name = space ? MP_QSTR_CMSG_SPACE : MP_QSTR_CMSG_LEN;
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 1, name));
    mp_int_t n = mp_obj_get_int(args[0]);
    // CMSG_SPACE(1): the padding both before and after the data.
    if (n < 0 || (size_t)n > INT_MAX - (space ? CMSG_SPACE(1) : CMSG_LEN(0))) {
        mp_raise_msg_varg(
            &mp_type_OverflowError, MP_ERROR_TEXT("%q() argument out of range"), name);
    }
    return mp_obj_new_int_from_uint(space ? CMSG_SPACE((size_t)n) : CMSG_LEN((size_t)n));
}

static mp_obj_t socket_cmsg_len(size_t n_args, const mp_obj_t *args) {
    return socket_cmsg_size(n_args, args, false);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_cmsg_len_obj, 0, socket_cmsg_len);

static mp_obj_t socket_cmsg_space(size_t n_args, const mp_obj_t *args) {
    return socket_cmsg_size(n_args, args, true);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_cmsg_space_obj, 0, socket_cmsg_space);

#endif // MICROPY_PY_SOCKET
