// Socket addresses for the socket module: Python tuples/paths <-> struct
// sockaddr, the resolver (getaddrinfo) with its one error helper, and
// inet_pton/inet_ntop/gethostname. Host names inside address tuples are not
// resolved (spec/socket.md): only getaddrinfo() talks to the resolver.
#include "py/mpconfig.h"
#if MICROPY_PY_SOCKET

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "py/runtime.h"
#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/mpthread.h"
#include "extmod/fdwait.h"
#include "extmod/modsocket.h"

MP_NORETURN void mp_socket_raise_gai_error(int rc) {
    if (rc == EAI_SYSTEM) {
        mp_raise_OSError_errno();
    }
    const char *text = gai_strerror(rc);
    mp_raise_OSError_with_msg(MP_SOCKET_EAI_CODE(rc), mp_obj_new_str(text, strlen(text)));
}

typedef struct _resolve_t {
    const char *host;
    const char *port;
    const struct addrinfo *hints;
    struct addrinfo **res;
    int rc;
    int err;
} resolve_t;

static void resolve_released(void *arg) {
    resolve_t *r = arg;
    errno = 0;
    r->rc = getaddrinfo(r->host, r->port, r->hints, r->res);
    r->err = errno;
}

// A lookup may wait on a DNS server for seconds: other threads run meanwhile
// (the strings are immutable data the caller keeps alive).
static int resolve(const char *host, const char *port, const struct addrinfo *hints, struct addrinfo **res) {
    resolve_t r = { host, port, hints, res, 0, 0 };
    mp_thread_call_released(resolve_released, &r);
    errno = r.err;
    return r.rc;
}

int mp_socket_getaddrinfo(
    const char *host, const char *port, const struct addrinfo *hints, struct addrinfo **res) {
    int rc = resolve(host, port, hints, res);
    // Out of fds, glibc says EAI_SYSTEM, but macOS's resolver may report
    // another code: errno (cleared before the call) tells.
    if (rc != 0 && mp_fd_reclaimed(errno)) {
        rc = resolve(host, port, hints, res);
    }
    return rc;
}

int mp_socket_get_c_int(mp_obj_t obj) {
    mp_int_t v;
    if (!mp_obj_is_int(obj)) {
        // __index__ objects count as ints (as in CPython); others raise.
        v = mp_obj_get_int(obj);
    } else if (!mp_obj_get_int_maybe(obj, &v)) {
        // CPython reads it as a C long first.
        mp_raise_OverflowError(MP_ERROR_TEXT("Python int too large to convert to C long"));
    }
    if (v > INT_MAX) {
        mp_raise_OverflowError(MP_ERROR_TEXT("signed integer is greater than maximum"));
    }
    if (v < INT_MIN) {
        mp_raise_OverflowError(MP_ERROR_TEXT("signed integer is less than minimum"));
    }
    return (int)v;
}

// The bytes of a str or bytes-like object; *is_text tells which it was.
static const char *get_text_or_bytes(mp_obj_t obj, size_t *len, bool *is_text) {
    if (mp_obj_is_str(obj)) {
        *is_text = true;
        return mp_obj_str_get_data(obj, len);
    }
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str_or_bytes(obj) || mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        *is_text = false;
        if (mp_obj_is_str_or_bytes(obj)) {
            return mp_obj_str_get_data(obj, len);
        }
        *len = bufinfo.len;
        return bufinfo.buf;
    }
    return NULL;
}

// An int field of an address (port, flowinfo, scope_id), its range checked
// by the caller: an int past a word is MP_INT_MIN, out of every range.
static mp_int_t get_addr_int(mp_obj_t obj) {
    mp_int_t v;
    if (!mp_obj_get_int_maybe(obj, &v)) {
        v = mp_obj_is_int(obj) ? MP_INT_MIN : mp_obj_get_int(obj); // (TypeError for a non-int)
    }
    return v;
}

// The range checks of address fields: OverflowError as CPython.
static void check_addr_range(mp_int_t v, uint32_t max, qstr caller, mp_rom_error_text_t msg) {
    if (v < 0 || (uint64_t)v > max) {
        mp_raise_msg_varg(&mp_type_OverflowError, msg, caller);
    }
}

static void check_port(mp_int_t port, qstr caller) {
    check_addr_range(port, 0xffff, caller, MP_ERROR_TEXT("%q(): port must be 0-65535."));
}

// A numeric host for `family` into *dst (a sockaddr_in or sockaddr_in6).
// Names are refused: getaddrinfo() with AI_NUMERICHOST parses the forms
// inet_pton does not (IPv6 "%scope", IPv4 "127.1") and reports anything else
// as EAI_NONAME without a DNS query.
static void parse_host(int family, const char *name, struct sockaddr_storage *dst) {
    void *dst_addr;
    if (family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)dst;
        dst_addr = &sin->sin_addr;
        // CPython's two special names.
        if (name[0] == '\0') {
            sin->sin_addr.s_addr = htonl(INADDR_ANY);
            return;
        }
        if (strcmp(name, "<broadcast>") == 0) {
            sin->sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return;
        }
    } else {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)dst;
        dst_addr = &sin6->sin6_addr;
        if (name[0] == '\0') {
            sin6->sin6_addr = in6addr_any;
            return;
        }
    }
    if (inet_pton(family, name, dst_addr) == 1) {
        return;
    }
    struct addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_flags = AI_NUMERICHOST;
    struct addrinfo *res = NULL;
    int rc = mp_socket_getaddrinfo(name, NULL, &hints, &res);
    if (rc != 0) {
        mp_socket_raise_gai_error(rc);
    }
    // Copy out and free before anything else can raise.
    if (res->ai_addrlen <= sizeof(*dst)) {
        memcpy(dst, res->ai_addr, res->ai_addrlen);
    }
    freeaddrinfo(res);
}

// An AF_INET or AF_INET6 tuple of n items (2 to 4) into *ss, checked in
// CPython's order: the host's type, the types of the ints (a port past a C
// int fails with them), the host's address, then the ranges of the ints.
// Returns the address's length.
static socklen_t addr_from_tuple(
    int family, size_t n, mp_obj_t *items, struct sockaddr_storage *ss, qstr caller) {
    size_t len;
    bool is_text;
    const char *text = get_text_or_bytes(items[0], &len, &is_text);
    if (text == NULL) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("str, bytes or bytearray expected, not %s"),
            mp_obj_get_type_str(items[0]));
    }
    if (memchr(text, '\0', len) != NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("host name must not contain null character"));
    }
    // NUL-terminated copy: on the GC heap, so nothing leaks if we raise.
    char *name = m_new_atomic(char, len + 1);
    memcpy(name, text, len);
    name[len] = '\0';
    // port, flowinfo, scope_id; CPython converts the port to a C int with
    // the others' types: past that range it fails before the host is looked at.
    mp_int_t v[3] = { 0, 0, 0 };
    for (size_t i = 1; i < n; i++) {
        v[i - 1] = get_addr_int(items[i]);
        if (v[0] != (int)v[0]) {
            check_port(-1, caller);
        }
    }
    parse_host(family, name, ss);
    check_port(v[0], caller);
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
    if (family == AF_INET) {
        ss->ss_family = AF_INET;
        ((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)v[0]);
        return sizeof(struct sockaddr_in);
    }
    check_addr_range(v[1], 0xfffff, caller, MP_ERROR_TEXT("%q(): flowinfo must be 0-1048575."));
    check_addr_range(
        v[2], 0xffffffff, caller, MP_ERROR_TEXT("%q(): scope_id must be 0-4294967295."));
    sin6->sin6_family = AF_INET6;
    sin6->sin6_port = htons((uint16_t)v[0]);
    sin6->sin6_flowinfo = htonl((uint32_t)v[1]);
    // A scope given in the tuple wins over one in the text ("fe80::1%lo").
    if (v[2] != 0) {
        sin6->sin6_scope_id = (uint32_t)v[2];
    }
    return sizeof(struct sockaddr_in6);
}

socklen_t mp_socket_addr_from_obj(
    int family, mp_obj_t addr, struct sockaddr_storage *ss, qstr caller) {
    memset(ss, 0, sizeof(*ss));
    if (family == AF_UNIX) {
        size_t len;
        bool is_text = false;
        const char *path = get_text_or_bytes(addr, &len, &is_text);
        if (is_text) {
            // A name that came from the OS keeps its non-UTF-8 bytes as
            // surrogates: give the kernel those bytes back, as open() does.
            path = mp_obj_str_get_os_data(addr, &len);
        }
        if (path == NULL) {
            // (raises CPython 3.11's TypeError for what is not bytes-like)
            mp_buffer_info_t bufinfo;
            mp_get_buffer_raise(addr, &bufinfo, MP_BUFFER_READ);
        }
        struct sockaddr_un *sun = (struct sockaddr_un *)ss;
        // A path must leave room for a terminating NUL (CPython's rule, 107
        // bytes on Linux, 103 on macOS); a Linux abstract name needs none.
        bool abstract = MP_SOCKET_HAS_ABSTRACT_UNIX && len > 0 && path[0] == '\0';
        if (len + !abstract > sizeof(sun->sun_path)) {
            mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("AF_UNIX path too long"));
        }
        sun->sun_family = AF_UNIX;
        memcpy(sun->sun_path, path, len);
        // No terminating NUL is counted: the kernel takes the length as given,
        // which is also what a Linux abstract name (leading NUL) needs.
        return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
    }

    // Older MicroPython code passes the raw sockaddr that its getaddrinfo
    // returned: take it as it is and let the kernel judge it.
    if (mp_obj_is_type(addr, &mp_type_bytes) || mp_obj_is_type(addr, &mp_type_bytearray)) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(addr, &bufinfo, MP_BUFFER_READ);
        if (bufinfo.len > sizeof(*ss)) {
            mp_raise_ValueError(MP_ERROR_TEXT("raw socket address too long"));
        }
        memcpy(ss, bufinfo.buf, bufinfo.len);
        return (socklen_t)bufinfo.len;
    }

    if (family == AF_INET || family == AF_INET6) {
        if (!mp_obj_is_type(addr, &mp_type_tuple)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q(): %q address must be tuple, not %s"),
                caller, family == AF_INET ? MP_QSTR_AF_INET : MP_QSTR_AF_INET6,
                mp_obj_get_type_str(addr));
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(addr, &n, &items);
        if (family == AF_INET && n != 2) {
            mp_raise_TypeError(MP_ERROR_TEXT("AF_INET address must be a pair (host, port)"));
        }
        if (n < 2 || n > 4) {
            mp_raise_TypeError(MP_ERROR_TEXT(
                "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
        }
        return addr_from_tuple(family, n, items, ss, caller);
    }

    mp_raise_msg_varg(&mp_type_OSError, MP_ERROR_TEXT("%q(): bad family"), caller);
}

mp_obj_t mp_socket_addr_to_obj(const struct sockaddr *sa, socklen_t len) {
    if (len == 0) {
        return mp_const_none;
    }
    switch (sa->sa_family) {
        case AF_INET: {
            const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
            char buf[INET_ADDRSTRLEN];
            inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof(buf));
            mp_obj_t t[2] = {
                mp_obj_new_str(buf, strlen(buf)),
                MP_OBJ_NEW_SMALL_INT(ntohs(sin->sin_port)),
            };
            return mp_obj_new_tuple(2, t);
        }
        case AF_INET6: {
            const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
            // The bare address, as CPython (3.7 on) shows it: the scope is
            // the tuple's fourth item, not a "%lo" suffix on the text.
            char buf[INET6_ADDRSTRLEN];
            inet_ntop(AF_INET6, &sin6->sin6_addr, buf, sizeof(buf));
            mp_obj_t t[4] = {
                mp_obj_new_str(buf, strlen(buf)),
                MP_OBJ_NEW_SMALL_INT(ntohs(sin6->sin6_port)),
                mp_obj_new_int_from_uint(ntohl(sin6->sin6_flowinfo)),
                mp_obj_new_int_from_uint(sin6->sin6_scope_id),
            };
            return mp_obj_new_tuple(4, t);
        }
        case AF_UNIX: {
            const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
            size_t off = offsetof(struct sockaddr_un, sun_path);
            size_t n = len > off ? len - off : 0;
            if (n > sizeof(sun->sun_path)) {
                n = sizeof(sun->sun_path);
            }
            if (MP_SOCKET_HAS_ABSTRACT_UNIX && n > 0 && sun->sun_path[0] == '\0') {
                // Linux abstract name: every byte counts, NULs included.
                return mp_obj_new_bytes((const byte *)sun->sun_path, n);
            }
            // A str as CPython gives it: bytes that are not UTF-8 become
            // surrogates, so the name can be passed back to bind()/open().
            return mp_obj_new_str_from_os(sun->sun_path, strnlen(sun->sun_path, n));
        }
        default: {
            size_t off = offsetof(struct sockaddr, sa_data);
            size_t n = len > off ? len - off : 0;
            mp_obj_t t[2] = {
                MP_OBJ_NEW_SMALL_INT(sa->sa_family),
                mp_obj_new_bytes((const byte *)sa->sa_data, n),
            };
            return mp_obj_new_tuple(2, t);
        }
    }
}

// A getaddrinfo host or service argument as a NUL-terminated GC copy in
// *out (NULL for None). Returns false if obj is not str, bytes or None.
// Embedded NULs would silently cut the name short, so they fail the way an
// unknown name does (error code nul_error).
static bool gai_arg(mp_obj_t obj, int nul_error, const char **out) {
    if (obj == mp_const_none) {
        *out = NULL;
        return true;
    }
    size_t len;
    bool is_text;
    const char *data = get_text_or_bytes(obj, &len, &is_text);
    if (data == NULL) {
        return false;
    }
    if (memchr(data, '\0', len) != NULL) {
        mp_socket_raise_gai_error(nul_error);
    }
    if (is_text && memchr(data, 0xed, len) != NULL) {
        // 0xED leads the internal form of a lone surrogate, which has no
        // UTF-8 encoding: str.encode() raises UnicodeEncodeError for it (as
        // CPython's encoding of the name does) instead of a lookup of bytes
        // that no resolver could match.
        mp_obj_t dest[2];
        mp_load_method(obj, MP_QSTR_encode, dest);
        mp_call_method_n_kw(0, 0, dest);
    }
    char *copy = m_new_atomic(char, len + 1);
    memcpy(copy, data, len);
    copy[len] = '\0';
    *out = copy;
    return true;
}

// Build the result list; called between nlr_push/nlr_pop so that the
// addrinfo chain is freed even if an allocation here raises MemoryError.
static mp_obj_t gai_result_list(const struct addrinfo *res) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
        mp_obj_t canon = MP_OBJ_NEW_QSTR(MP_QSTR_);
        if (ai->ai_canonname != NULL) {
            canon = mp_obj_new_str(ai->ai_canonname, strlen(ai->ai_canonname));
        }
        mp_obj_t t[5] = {
            MP_OBJ_NEW_SMALL_INT(ai->ai_family),
            MP_OBJ_NEW_SMALL_INT(ai->ai_socktype),
            MP_OBJ_NEW_SMALL_INT(ai->ai_protocol),
            canon,
            mp_socket_addr_to_obj(ai->ai_addr, ai->ai_addrlen),
        };
        mp_obj_list_append(list, mp_obj_new_tuple(5, t));
    }
    return list;
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
static mp_obj_t socket_getaddrinfo(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_host, ARG_port, ARG_family, ARG_type, ARG_proto, ARG_flags };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_host, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_port, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_family, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(0) } },
        { MP_QSTR_type, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(0) } },
        { MP_QSTR_proto, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(0) } },
        { MP_QSTR_flags, MP_ARG_OBJ, { .u_obj = MP_OBJ_NEW_SMALL_INT(0) } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_named(MP_QSTR_getaddrinfo, n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    // The numbers are C ints: out of range is an OverflowError (as CPython),
    // not a value cut to 32 bits.
    struct addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = mp_socket_get_c_int(args[ARG_family].u_obj);
    hints.ai_socktype = mp_socket_get_c_int(args[ARG_type].u_obj);
    hints.ai_protocol = mp_socket_get_c_int(args[ARG_proto].u_obj);
    hints.ai_flags = mp_socket_get_c_int(args[ARG_flags].u_obj);

    const char *host;
    if (!gai_arg(args[ARG_host].u_obj, EAI_NONAME, &host)) {
        mp_raise_TypeError(MP_ERROR_TEXT("getaddrinfo() argument 1 must be string or None"));
    }

    mp_obj_t port_in = args[ARG_port].u_obj;
    const char *port;
    char port_buf[8];
    if (mp_obj_is_int(port_in)) {
        // The range is checked here: passed on as text, 70000 would be
        // silently taken modulo 65536 by some resolvers.
        mp_int_t p = get_addr_int(port_in);
        check_port(p, MP_QSTR_getaddrinfo);
        size_t i = sizeof(port_buf) - 1;
        port_buf[i] = '\0';
        do {
            port_buf[--i] = (char)('0' + p % 10);
            p /= 10;
        } while (p != 0);
        port = port_buf + i;
    } else {
        if (!gai_arg(port_in, EAI_SERVICE, &port)) {
            mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("Int or String expected"));
        }
    }

#if defined(__APPLE__)
    // Some macOS resolvers crash on AI_NUMERICSERV with no service or "0":
    // "00" names the same port (CPython passes that too).
    if ((hints.ai_flags & AI_NUMERICSERV) && (port == NULL || strcmp(port, "0") == 0)) {
        port = "00";
    }
#endif

    struct addrinfo *res = NULL;
    int rc = mp_socket_getaddrinfo(host, port, &hints, &res);
    if (rc != 0) {
        mp_socket_raise_gai_error(rc);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t list = gai_result_list(res);
        nlr_pop();
        freeaddrinfo(res);
        return list;
    } else {
        freeaddrinfo(res);
        nlr_jump(nlr.ret_val);
    }
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_socket_getaddrinfo_obj, 0, socket_getaddrinfo);

// The size of a packed address of family af, or -1 if af is unknown.
static int packed_addr_len(int af) {
    if (af == AF_INET) {
        return 4;
    }
    if (af == AF_INET6) {
        return 16;
    }
    return -1;
}

// inet_pton(af, ip_string)
static mp_obj_t socket_inet_pton(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(2, 2, MP_QSTR_inet_pton));
    int af = mp_socket_get_c_int(args[0]);
    mp_obj_t txt_in = args[1];
    if (!mp_obj_is_str(txt_in)) {
        mp_raise_TypeError_arg_unsupported(
            txt_in, MP_ERROR_TEXT("inet_pton() argument 2 must be str, not %s"));
    }
    size_t len;
    const char *txt = mp_obj_str_get_data(txt_in, &len);
    int n = packed_addr_len(af);
    if (n < 0) {
        mp_raise_OSError(MP_EAFNOSUPPORT);
    }
    if (memchr(txt, '\0', len) != NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null character"));
    }
    // The longest valid text is an IPv6 address with an IPv4 tail.
    char buf[INET6_ADDRSTRLEN + 1];
    byte bin[16];
    if (len >= sizeof(buf)) {
        goto illegal;
    }
    memcpy(buf, txt, len);
    buf[len] = '\0';
    if (inet_pton(af, buf, bin) != 1) {
        goto illegal;
    }
    return mp_obj_new_bytes(bin, (size_t)n);
illegal:
    mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("illegal IP address string passed to inet_pton"));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_inet_pton_obj, 0, socket_inet_pton);

// inet_ntop(af, packed_ip)
static mp_obj_t socket_inet_ntop(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(2, 2, MP_QSTR_inet_ntop));
    int af = mp_socket_get_c_int(args[0]);
    mp_obj_t bin_in = args[1];
    if (mp_obj_is_str(bin_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
    }
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(bin_in, &bufinfo, MP_BUFFER_READ);
    int n = packed_addr_len(af);
    if (n < 0) {
        mp_raise_OSError(MP_EAFNOSUPPORT);
    }
    if (bufinfo.len != (size_t)n) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid length of packed IP address string"));
    }
    char buf[INET6_ADDRSTRLEN];
    if (inet_ntop(af, bufinfo.buf, buf, sizeof(buf)) == NULL) {
        mp_raise_OSError_errno();
    }
    return mp_obj_new_str(buf, strlen(buf));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_inet_ntop_obj, 0, socket_inet_ntop);

// gethostname()
static mp_obj_t socket_gethostname(void) {
    // POSIX caps host names at HOST_NAME_MAX (255 on Linux and macOS).
    char buf[257];
    if (gethostname(buf, sizeof(buf) - 1) != 0) {
        mp_raise_OSError_errno();
    }
    buf[sizeof(buf) - 1] = '\0';
    return mp_obj_new_str(buf, strlen(buf));
}
MP_DEFINE_CONST_FUN_OBJ_0(mp_socket_gethostname_obj, socket_gethostname);

// ---------------------------------------------------------------------------
// CPython's other name and number helpers, built on getaddrinfo/getnameinfo
// (the thread-safe calls that exist on every host): gethostbyname,
// gethostbyname_ex, gethostbyaddr, getfqdn, getnameinfo, the service and
// protocol databases, inet_aton/inet_ntoa, byte order and interface names.

// A host name argument (str or bytes) as a NUL-terminated GC copy.
static const char *get_host_arg(mp_obj_t obj, qstr caller) {
    const char *host;
    size_t len;
    bool is_text;
    const char *data = obj == mp_const_none ? NULL : get_text_or_bytes(obj, &len, &is_text);
    if (data != NULL && memchr(data, '\0', len) != NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("host name must not contain null character"));
    }
    if (data == NULL || !gai_arg(obj, EAI_NONAME, &host)) {
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() argument 1 must be str, bytes or bytearray, not %s"),
            caller, mp_obj_get_arg_type_str(obj));
    }
    return host;
}

// The one argument of gethostbyname, gethostbyname_ex and gethostbyaddr,
// whose count CPython words "takes exactly 1 argument (N given)".
static const char *host_fn_arg(size_t n_args, const mp_obj_t *args, qstr caller) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 1, caller));
    return get_host_arg(args[0], caller);
}

// Whether list (a list of str) holds text already.
static bool list_has(mp_obj_t list, mp_obj_t text) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_equal(items[i], text)) {
            return true;
        }
    }
    return false;
}

// getaddrinfo(host, NULL) for one family, as the list of numeric address
// texts (one per address: getaddrinfo repeats each for every socket type).
// *canon gets the canonical name (AI_CANONNAME in flags) or None; *first
// the first address as a sockaddr, if first is not NULL.
static mp_obj_t resolve_host(const char *host, int family, int flags, mp_obj_t *canon,
    struct sockaddr_storage *first, socklen_t *first_len) {
    struct addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_flags = flags;
    struct addrinfo *res = NULL;
    int rc = mp_socket_getaddrinfo(host, NULL, &hints, &res);
    if (rc != 0) {
        mp_socket_raise_gai_error(rc);
    }
    // Built between nlr_push/nlr_pop so that the chain is freed even if an
    // allocation raises MemoryError.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t list = mp_obj_new_list(0, NULL);
        for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
            char buf[INET6_ADDRSTRLEN + 1 + 64];
            if (getnameinfo(ai->ai_addr, ai->ai_addrlen, buf, sizeof(buf), NULL, 0,
                NI_NUMERICHOST) != 0) {
                continue;
            }
            mp_obj_t text = mp_obj_new_str(buf, strlen(buf));
            if (list_has(list, text)) {
                continue;
            }
            if (first != NULL && *first_len == 0 && ai->ai_addrlen <= sizeof(*first)) {
                memcpy(first, ai->ai_addr, ai->ai_addrlen);
                *first_len = ai->ai_addrlen;
            }
            mp_obj_list_append(list, text);
        }
        if (canon != NULL) {
            *canon = mp_const_none;
            if (res->ai_canonname != NULL) {
                *canon = mp_obj_new_str(res->ai_canonname, strlen(res->ai_canonname));
            }
        }
        nlr_pop();
        freeaddrinfo(res);
        return list;
    } else {
        freeaddrinfo(res);
        nlr_jump(nlr.ret_val);
    }
}

// gethostbyname(hostname) -> IPv4 address text
static mp_obj_t socket_gethostbyname(size_t n_args, const mp_obj_t *args) {
    const char *host = host_fn_arg(n_args, args, MP_QSTR_gethostbyname);
    if (*host == '\0') {
        // The empty name is INADDR_ANY, as in CPython (no lookup).
        return mp_obj_new_str("0.0.0.0", 7);
    }
    size_t n;
    mp_obj_t *ips;
    mp_obj_list_get(resolve_host(host, AF_INET, 0, NULL, NULL, NULL), &n, &ips);
    if (n == 0) {
        mp_socket_raise_gai_error(EAI_NONAME);
    }
    return ips[0];
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_gethostbyname_obj, 0, socket_gethostbyname);

// gethostbyname_ex(hostname) -> (name, aliaslist, ipaddrlist), IPv4 only.
// getaddrinfo knows no aliases: the list is empty.
static mp_obj_t socket_gethostbyname_ex(size_t n_args, const mp_obj_t *args) {
    const char *host = host_fn_arg(n_args, args, MP_QSTR_gethostbyname_ex);
    mp_obj_t name;
    mp_obj_t ips = resolve_host(host, AF_INET, AI_CANONNAME, &name, NULL, NULL);
    if (name == mp_const_none) {
        name = mp_obj_new_str(host, strlen(host));
    }
    mp_obj_t t[3] = { name, mp_obj_new_list(0, NULL), ips };
    return mp_obj_new_tuple(3, t);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_gethostbyname_ex_obj, 0, socket_gethostbyname_ex);

// The name of a host address (getnameinfo with NI_NAMEREQD); false if it
// has none.
static bool host_name_of(const struct sockaddr_storage *ss, socklen_t len, char *buf, size_t size) {
    return getnameinfo((const struct sockaddr *)ss, len, buf, (socklen_t)size, NULL, 0,
        NI_NAMEREQD) == 0;
}

// gethostbyaddr(ip_address) -> (name, aliaslist, ipaddrlist). A name is
// taken too (resolved first), as CPython does; an address with no name
// raises socket.herror(1, 'Unknown host'), as CPython.
static mp_obj_t socket_gethostbyaddr(size_t n_args, const mp_obj_t *args) {
    const char *host = host_fn_arg(n_args, args, MP_QSTR_gethostbyaddr);
    struct sockaddr_storage ss;
    socklen_t len = 0;
    size_t n;
    mp_obj_t *ips;
    mp_obj_list_get(resolve_host(host, AF_UNSPEC, 0, NULL, &ss, &len), &n, &ips);
    char name[NI_MAXHOST];
    if (n == 0 || !host_name_of(&ss, len, name, sizeof(name))) {
        mp_obj_t a[2] = { MP_OBJ_NEW_SMALL_INT(1), mp_obj_new_str("Unknown host", 12) };
        nlr_raise(mp_obj_new_exception_args(&mp_socket_type_herror, 2, a));
    }
    mp_obj_t t[3] = { mp_obj_new_str(name, strlen(name)), mp_obj_new_list(0, NULL),
        mp_obj_new_list(1, ips) };
    return mp_obj_new_tuple(3, t);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_gethostbyaddr_obj, 0, socket_gethostbyaddr);

// getfqdn(name='') -> the fully qualified name of name (this host if
// empty): the name its address has, or name itself if it has none.
static mp_obj_t socket_getfqdn(size_t n_args, const mp_obj_t *args) {
    size_t len = 0;
    const char *text = n_args > 0 ? mp_obj_str_get_data(args[0], &len) : "";
    // Surrounding blanks do not count (CPython strips the name).
    while (len > 0 && unichar_isspace((unichar)text[0])) {
        text++;
        len--;
    }
    while (len > 0 && unichar_isspace((unichar)text[len - 1])) {
        len--;
    }
    mp_obj_t name = mp_obj_new_str(text, len);
    if (len == 0 || (len == 7 && memcmp(text, "0.0.0.0", 7) == 0) ||
        (len == 2 && memcmp(text, "::", 2) == 0)) {
        name = socket_gethostname();
    }
    const char *host = get_host_arg(name, MP_QSTR_getfqdn);
    struct addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    struct addrinfo *res = NULL;
    if (getaddrinfo(host, NULL, &hints, &res) != 0) {
        return name;
    }
    struct sockaddr_storage ss;
    socklen_t sl = res->ai_addrlen <= sizeof(ss) ? res->ai_addrlen : 0;
    memcpy(&ss, res->ai_addr, sl);
    freeaddrinfo(res);
    char fq[NI_MAXHOST];
    if (sl == 0 || !host_name_of(&ss, sl, fq, sizeof(fq))) {
        return name;
    }
    return mp_obj_new_str(fq, strlen(fq));
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_socket_getfqdn_obj, 0, 1, socket_getfqdn);

// getnameinfo(sockaddr, flags) -> (host, port). The host in sockaddr must be
// numeric, as in CPython.
static mp_obj_t socket_getnameinfo(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(2, 2, MP_QSTR_getnameinfo));
    mp_obj_t addr_in = args[0];
    int flags = mp_socket_get_c_int(args[1]);
    size_t n = 0;
    mp_obj_t *items = NULL;
    if (mp_obj_is_type(addr_in, &mp_type_tuple)) {
        mp_obj_tuple_get(addr_in, &n, &items);
    }
    if (n < 2 || n > 4) {
        mp_raise_TypeError(items == NULL
            ? MP_ERROR_TEXT("getnameinfo() argument 1 must be a tuple")
            : MP_ERROR_TEXT("getnameinfo(): illegal sockaddr argument"));
    }
    // The family follows from the address text.
    int family = AF_INET;
    if (n > 2) {
        family = AF_INET6;
    } else if (mp_obj_is_str(items[0])) {
        size_t len;
        const char *text = mp_obj_str_get_data(items[0], &len);
        if (memchr(text, ':', len) != NULL) {
            family = AF_INET6;
        }
    }
    struct sockaddr_storage ss;
    socklen_t len = mp_socket_addr_from_obj(family, addr_in, &ss, MP_QSTR_getnameinfo);
    char host[NI_MAXHOST];
    char serv[NI_MAXSERV];
    int rc = getnameinfo((struct sockaddr *)&ss, len, host, sizeof(host), serv, sizeof(serv), flags);
    if (rc != 0) {
        mp_socket_raise_gai_error(rc);
    }
    mp_obj_t t[2] = { mp_obj_new_str(host, strlen(host)), mp_obj_new_str(serv, strlen(serv)) };
    return mp_obj_new_tuple(2, t);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_getnameinfo_obj, 0, socket_getnameinfo);

// Argument argno of caller, a name, as a C string: a str (bytes too for
// if_nametoindex, an os path there). An embedded NUL would cut the name
// short: ValueError, as CPython.
static const char *get_c_name(mp_obj_t obj, qstr caller, int argno) {
    if (mp_obj_str_cast(obj) == MP_OBJ_NULL) {
        if (caller != MP_QSTR_if_nametoindex) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("%q() argument %d must be str, not %s"),
                caller, argno, mp_obj_get_arg_type_str(obj));
        }
        if (!mp_obj_is_type(obj, &mp_type_bytes)) {
            mp_raise_TypeError_varg(MP_ERROR_TEXT("expected str, bytes or os.PathLike object, not %s"),
                mp_obj_get_type_str(obj));
        }
    }
    size_t len;
    const char *s = mp_obj_str_get_data(obj, &len);
    if (memchr(s, '\0', len) != NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("embedded null character"));
    }
    return s;
}

// An optional protocol name argument (left out: any; None is a TypeError,
// as in CPython).
static const char *get_proto_arg(size_t n_args, const mp_obj_t *args, qstr caller) {
    return n_args <= 1 ? NULL : get_c_name(args[1], caller, 2);
}

// getservbyname(servicename[, protocolname]) -> port
static mp_obj_t socket_getservbyname(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 2, MP_QSTR_getservbyname));
    const char *name = get_c_name(args[0], MP_QSTR_getservbyname, 1);
    const char *proto = get_proto_arg(n_args, args, MP_QSTR_getservbyname);
    struct servent *se = getservbyname(name, proto);
    if (se == NULL) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("service/proto not found"));
    }
    return MP_OBJ_NEW_SMALL_INT(ntohs((uint16_t)se->s_port));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_getservbyname_obj, 0, socket_getservbyname);

// getservbyport(port[, protocolname]) -> service name
static mp_obj_t socket_getservbyport(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 2, MP_QSTR_getservbyport));
    int port = mp_socket_get_c_int(args[0]);
    const char *proto = get_proto_arg(n_args, args, MP_QSTR_getservbyport);
    if (port < 0 || port > 0xffff) {
        mp_raise_OverflowError(MP_ERROR_TEXT("getservbyport: port must be 0-65535."));
    }
    struct servent *se = getservbyport(htons((uint16_t)port), proto);
    if (se == NULL) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("port/proto not found"));
    }
    return mp_obj_new_str(se->s_name, strlen(se->s_name));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_getservbyport_obj, 0, socket_getservbyport);

// getprotobyname(name) -> protocol number
static mp_obj_t socket_getprotobyname(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 1, MP_QSTR_getprotobyname));
    struct protoent *pe = getprotobyname(get_c_name(args[0], MP_QSTR_getprotobyname, 1));
    if (pe == NULL) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("protocol not found"));
    }
    return MP_OBJ_NEW_SMALL_INT(pe->p_proto);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_getprotobyname_obj, 0, socket_getprotobyname);

// inet_aton(text) -> 4 bytes; the classic forms ("127.1", "0x7f.1") too.
static mp_obj_t socket_inet_aton(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 1, MP_QSTR_inet_aton));
    const char *txt = get_c_name(args[0], MP_QSTR_inet_aton, 1);
    struct in_addr a;
    if (inet_aton(txt, &a) == 0) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("illegal IP address string passed to inet_aton"));
    }
    return mp_obj_new_bytes((const byte *)&a, 4);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_inet_aton_obj, 0, socket_inet_aton);

// inet_ntoa(packed) -> dotted text
static mp_obj_t socket_inet_ntoa(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 1, MP_QSTR_inet_ntoa));
    mp_obj_t bin_in = args[0];
    if (mp_obj_is_str(bin_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("a bytes-like object is required, not 'str'"));
    }
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(bin_in, &bufinfo, MP_BUFFER_READ);
    if (bufinfo.len != 4) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("packed IP wrong length for inet_ntoa"));
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, bufinfo.buf, buf, sizeof(buf));
    return mp_obj_new_str(buf, strlen(buf));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_inet_ntoa_obj, 0, socket_inet_ntoa);

// Byte order: htons/ntohs take 0..0xffff, htonl/ntohl 0..0xffffffff.
static mp_uint_t get_unsigned(mp_obj_t obj, mp_uint_t max, qstr caller) {
    mp_int_t v;
    bool fits = mp_obj_get_int_maybe(obj, &v);
    if (!fits && !mp_obj_is_int(obj)) {
        // htons/ntohs take __index__ objects, the others only ints (as
        // CPython, which words the two refusals differently).
        if (max == 0xffff) {
            v = mp_obj_get_int(obj); // the TypeError for a non-int
        } else if (caller == MP_QSTR_if_indextoname) {
            mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
        } else {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("expected int, %s found"), mp_obj_get_type_str(obj));
        }
        fits = true;
    }
    bool negative = fits ? v < 0
        : mp_binary_op(MP_BINARY_OP_LESS, obj, MP_OBJ_NEW_SMALL_INT(0)) == mp_const_true;
    if (fits && !negative && (mp_uint_t)v <= max) {
        return (mp_uint_t)v;
    }
    // Out of range: CPython's texts, which differ between the two widths; an
    // int beyond a C long fails its first conversion (for htonl, one that is
    // not negative).
    if (!fits && (!negative || max == 0xffff)) {
        mp_raise_OverflowError(max == 0xffff
            ? MP_ERROR_TEXT("Python int too large to convert to C long")
            : MP_ERROR_TEXT("Python int too large to convert to C unsigned long"));
    }
    if (max == 0xffff) {
        mp_raise_msg_varg(&mp_type_OverflowError, negative
            ? MP_ERROR_TEXT("%q: can't convert negative Python int to C 16-bit unsigned integer")
            : MP_ERROR_TEXT("%q: Python int too large to convert to C 16-bit unsigned integer"),
            caller);
    }
    mp_raise_OverflowError(negative
        ? MP_ERROR_TEXT("can't convert negative value to unsigned int")
        : MP_ERROR_TEXT("int larger than 32 bits"));
}

// Host to network order and back is the same swap (or none), so the four
// functions share one body: the 'l' ones work on 32 bits, the 's' ones on 16.
// spec is the count check's: the 'l' ones are worded as _socket's.
static mp_obj_t byte_order_swap(size_t n_args, const mp_obj_t *args, size_t spec) {
    mp_socket_check_nargs(n_args + 1, spec);
    qstr caller = spec >> 8;
    if (spec & MP_SOCKET_NARGS_C_WORDING) {
        return mp_obj_new_int_from_uint(htonl((uint32_t)get_unsigned(args[0], 0xffffffff, caller)));
    }
    return MP_OBJ_NEW_SMALL_INT(htons((uint16_t)get_unsigned(args[0], 0xffff, caller)));
}

#define SOCKET_BYTE_ORDER_FUN(name, wording) \
    static mp_obj_t socket_##name(size_t n_args, const mp_obj_t *args) { \
        return byte_order_swap(n_args, args, MP_SOCKET_NARGS(1, 1, MP_QSTR_##name) | (wording)); \
    } \
    MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_##name##_obj, 0, socket_##name)
SOCKET_BYTE_ORDER_FUN(htons, 0);
SOCKET_BYTE_ORDER_FUN(ntohs, 0);
SOCKET_BYTE_ORDER_FUN(htonl, MP_SOCKET_NARGS_C_WORDING);
SOCKET_BYTE_ORDER_FUN(ntohl, MP_SOCKET_NARGS_C_WORDING);
#undef SOCKET_BYTE_ORDER_FUN

// if_nametoindex(name) -> index
static mp_obj_t socket_if_nametoindex(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1, MP_SOCKET_NARGS(1, 1, MP_QSTR_if_nametoindex));
    mp_obj_t name_in = args[0];
    size_t len;
    const char *name = get_c_name(name_in, MP_QSTR_if_nametoindex, 1);
    mp_obj_str_get_data(name_in, &len);
    char buf[IF_NAMESIZE + 1];
    unsigned idx = 0;
    if (len < sizeof(buf)) {
        memcpy(buf, name, len);
        buf[len] = '\0';
        idx = if_nametoindex(buf);
    }
    if (idx == 0) {
        mp_raise_msg(&mp_type_OSError, MP_ERROR_TEXT("no interface with this name"));
    }
    return mp_obj_new_int_from_uint(idx);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_if_nametoindex_obj, 0, socket_if_nametoindex);

// if_indextoname(index) -> name
static mp_obj_t socket_if_indextoname(size_t n_args, const mp_obj_t *args) {
    mp_socket_check_nargs(n_args + 1,
        MP_SOCKET_NARGS(1, 1, MP_QSTR_if_indextoname) | MP_SOCKET_NARGS_C_WORDING);
    mp_uint_t idx = get_unsigned(args[0], MP_UINT_MAX, MP_QSTR_if_indextoname);
    char buf[IF_NAMESIZE + 1];
    // An index beyond 32 bits names no interface: ENXIO, as CPython 3.11.
    if (idx > 0xffffffff || if_indextoname((unsigned)idx, buf) == NULL) {
        mp_raise_OSError(idx > 0xffffffff ? MP_ENXIO : errno);
    }
    return mp_obj_new_str(buf, strlen(buf));
}
MP_DEFINE_CONST_FUN_OBJ_VAR(mp_socket_if_indextoname_obj, 0, socket_if_indextoname);

// if_nameindex() -> [(index, name), ...]
static mp_obj_t socket_if_nameindex(void) {
    struct if_nameindex *ni = if_nameindex();
    if (ni == NULL) {
        mp_raise_OSError_errno();
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t list = mp_obj_new_list(0, NULL);
        for (struct if_nameindex *p = ni; p->if_index != 0; p++) {
            mp_obj_t t[2] = { mp_obj_new_int_from_uint(p->if_index),
                mp_obj_new_str(p->if_name, strlen(p->if_name)) };
            mp_obj_list_append(list, mp_obj_new_tuple(2, t));
        }
        nlr_pop();
        if_freenameindex(ni);
        return list;
    } else {
        if_freenameindex(ni);
        nlr_jump(nlr.ret_val);
    }
}
MP_DEFINE_CONST_FUN_OBJ_0(mp_socket_if_nameindex_obj, socket_if_nameindex);

#endif // MICROPY_PY_SOCKET
