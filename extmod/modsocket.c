// The socket module: its functions (socketpair, create_connection,
// create_server, fromfd, dup, close, the default timeout; create_connection and
// create_server are Python: lib/_socketcreate.py) and its table of
// names and host constants. The socket type is in extmod/objsocket.c,
// addresses and the resolver in extmod/socketaddr.c.
// macOS defines the RFC 3542 IPv6 option names of the table (IPV6_RECVPKTINFO
// and its kin) only when asked for before any system header.
#if defined(__APPLE__)
#define __APPLE_USE_RFC_3542 (1)
#endif
#include "py/mpconfig.h"
#if MICROPY_PY_SOCKET

#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "py/frozen.h"
#include "py/runtime.h"
#include "py/mperrno.h"
#include "extmod/fdwait.h"
#include "extmod/modsocket.h"
#include "extmod/mpsyscall.h"

extern const mp_obj_module_t mp_module_socket;

// ---------------------------------------------------------------------------
// Module functions.

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) -> (socket, socket)
MP_COLD static mp_obj_t socket_socketpair(size_t n_args, const mp_obj_t *args) {
    // (family=None means AF_UNIX, as in CPython; type=None is a TypeError)
    int family = n_args > 0 && args[0] != mp_const_none ? mp_socket_get_c_int(args[0]) : AF_UNIX;
    int stype = n_args > 1 ? mp_socket_get_c_int(args[1]) : SOCK_STREAM;
    int proto = n_args > 2 ? mp_socket_get_c_int(args[2]) : 0;
    mp_obj_socket_t *a = mp_socket_new_obj(family, stype, proto);
    mp_obj_socket_t *b = mp_socket_new_obj(family, stype, proto);
    int fds[2];
    int ret;
    MP_FD_NEW_RETRY(ret, socketpair(family, stype, proto, fds));
    if (ret < 0) {
        mp_raise_OSError_errno();
    }
    a->fd = fds[0];
    b->fd = fds[1];
    mp_socket_prepare_fd(a);
    mp_socket_prepare_fd(b);
    mp_obj_t t[2] = { MP_OBJ_FROM_PTR(a), MP_OBJ_FROM_PTR(b) };
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_socketpair_obj, 0, 3, socket_socketpair);

// socket.herror: what gethostbyaddr() raises for an address with no name,
// an OSError subclass as in CPython. (The spec leaves out gaierror and
// error: resolver errors are plain OSError.) Attributes are OSError's.
MP_DEFINE_CONST_OBJ_TYPE(
    mp_socket_type_herror, MP_QSTR_herror, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_OSError
    );

// socket._GiveupOnSendfile(reason): how _sendfile_use_sendfile() says that
// the file cannot be sent without copying (CPython's name, which its tests
// use); sendfile() then reads and send()s instead. The reason is the errno
// of the failed fstat() or sendfile(), or fileno()'s exception. The
// attributes are those every exception has (exc_attr, through OSError).
MP_DEFINE_CONST_OBJ_TYPE(
    mp_socket_type_giveup_on_sendfile, MP_QSTR__GiveupOnSendfile, MP_TYPE_FLAG_BASETYPE,
    print, mp_obj_exception_print,
    make_new, mp_obj_exception_make_new,
    attr, mp_obj_exception_attr,
    parent, &mp_type_Exception
    );

// __getattr__(name) (PEP 562): send_fds and recv_fds are written in Python
// on top of sendmsg/recvmsg (frozen lib/_socketfds.py), imported on first use.
MP_COLD static mp_obj_t socket_getattr(mp_obj_t name) {
    static const uint16_t py_names[] = { MP_QSTR_send_fds, MP_QSTR_recv_fds };
    return mp_obj_module_lazy_attr(MP_OBJ_FROM_PTR(&mp_module_socket), name, MP_QSTR__socketfds,
        py_names, MP_ARRAY_SIZE(py_names));
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getattr_obj, socket_getattr);

// getdefaulttimeout() -> None or seconds
MP_COLD static mp_obj_t socket_getdefaulttimeout(void) {
    mp_obj_t t = MP_STATE_VM(socket_timeout);
    return t == MP_OBJ_NULL ? mp_const_none : t;
}
static MP_DEFINE_CONST_FUN_OBJ_0(socket_getdefaulttimeout_obj, socket_getdefaulttimeout);

// setdefaulttimeout(value): the timeout of sockets made from now on
// (socket(), accept(), socketpair(), dup(fd) ...), as CPython.
MP_COLD static mp_obj_t socket_setdefaulttimeout(mp_obj_t value) {
    mp_float_t t = mp_socket_get_timeout(value);
    MP_STATE_VM(socket_timeout) = t < 0 ? MP_OBJ_NULL : mp_obj_new_float(t);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_setdefaulttimeout_obj, socket_setdefaulttimeout);

// socket._GLOBAL_DEFAULT_TIMEOUT: the "no timeout given" marker that
// http.client, smtplib and urllib3 pass on to create_connection().
static const mp_obj_base_t socket_default_timeout_marker = { &mp_type_object };

// create_connection(address, timeout=<default>, source_address=None, *,
// all_errors=False), create_server(address, *, family=AF_INET, backlog=None,
// reuse_port=False, dualstack_ipv6=False) and has_dualstack_ipv6(): written
// in Python (lib/_socketcreate.py), imported on the first call.
MP_DEFINE_CONST_FUN_FROZEN(
    socket_create_connection_obj, MP_QSTR__socketcreate, MP_QSTR_create_connection);
MP_DEFINE_CONST_FUN_FROZEN(socket_create_server_obj, MP_QSTR__socketcreate, MP_QSTR_create_server);
MP_DEFINE_CONST_FUN_FROZEN(
    socket_has_dualstack_ipv6_obj, MP_QSTR__socketcreate, MP_QSTR_has_dualstack_ipv6);

// fromfd(fd, family, type, proto=0) -> a socket on a duplicate of fd.
MP_COLD static mp_obj_t socket_fromfd(size_t n_args, const mp_obj_t *args) {
    mp_int_t fd = mp_obj_get_int(args[0]);
    if (fd < 0 || fd > INT_MAX) {
        mp_raise_OSError(MP_EBADF);
    }
    int family = mp_socket_get_c_int(args[1]);
    int stype = mp_socket_get_c_int(args[2]);
    int proto = n_args > 3 ? mp_socket_get_c_int(args[3]) : 0;
    // Only a socket will do (ENOTSOCK, as CPython's socket(fileno=...)).
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    if (getsockname((int)fd, (struct sockaddr *)&ss, &len) < 0) {
        mp_raise_OSError_errno();
    }
    mp_obj_socket_t *self = mp_socket_new_obj(family, stype, proto);
    self->fd = mp_socket_dup_fd((int)fd);
    mp_socket_prepare_fd(self);
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(socket_fromfd_obj, 3, 4, socket_fromfd);

// dup(fd) -> a duplicate of the socket fd (closed on exec).
MP_COLD static mp_obj_t socket_dup_fn(mp_obj_t fd_in) {
    mp_int_t fd = mp_obj_get_int(fd_in);
    if (fd < 0 || fd > INT_MAX) {
        mp_raise_OSError(MP_EBADF);
    }
    return MP_OBJ_NEW_SMALL_INT(mp_socket_dup_fd((int)fd));
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_dup_fn_obj, socket_dup_fn);

// close(fd): close a socket fd given as an int.
static mp_obj_t socket_close_fn(mp_obj_t fd_in) {
    mp_int_t fd = mp_obj_get_int(fd_in);
    if (fd < 0 || fd > INT_MAX) {
        mp_raise_OSError(MP_EBADF);
    }
    // As CPython: a reset peer is no failure of close().
    if (close((int)fd) < 0 && errno != ECONNRESET && errno != EINTR) {
        mp_raise_OSError_errno();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_close_fn_obj, socket_close_fn);

// clang-format off
// C(name): the host constant `name` under its own name (the qstr must be
// spelt out: tools/makeqstrdefs.py finds MP_QSTR_ names textually).
#define C(q, name) { MP_ROM_QSTR(q), MP_ROM_INT(name) }
static const mp_rom_map_elem_t mp_module_socket_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_socket) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&socket_getattr_obj) },
    { MP_ROM_QSTR(MP_QSTR_socket), MP_ROM_PTR(&mp_type_socket) },
    { MP_ROM_QSTR(MP_QSTR_timeout), MP_ROM_PTR(&mp_type_TimeoutError) },
    { MP_ROM_QSTR(MP_QSTR_getaddrinfo), MP_ROM_PTR(&mp_socket_getaddrinfo_obj) },
    { MP_ROM_QSTR(MP_QSTR_inet_pton), MP_ROM_PTR(&mp_socket_inet_pton_obj) },
    { MP_ROM_QSTR(MP_QSTR_inet_ntop), MP_ROM_PTR(&mp_socket_inet_ntop_obj) },
    { MP_ROM_QSTR(MP_QSTR_gethostname), MP_ROM_PTR(&mp_socket_gethostname_obj) },
    { MP_ROM_QSTR(MP_QSTR_socketpair), MP_ROM_PTR(&socket_socketpair_obj) },
    { MP_ROM_QSTR(MP_QSTR_SocketType), MP_ROM_PTR(&mp_type_socket) },
    { MP_ROM_QSTR(MP_QSTR_herror), MP_ROM_PTR(&mp_socket_type_herror) },
    { MP_ROM_QSTR(MP_QSTR_CMSG_LEN), MP_ROM_PTR(&mp_socket_cmsg_len_obj) },
    { MP_ROM_QSTR(MP_QSTR_CMSG_SPACE), MP_ROM_PTR(&mp_socket_cmsg_space_obj) },
    { MP_ROM_QSTR(MP_QSTR__GiveupOnSendfile), MP_ROM_PTR(&mp_socket_type_giveup_on_sendfile) },
    C(MP_QSTR_SCM_RIGHTS, SCM_RIGHTS),
    { MP_ROM_QSTR(MP_QSTR_create_connection), MP_ROM_PTR(&socket_create_connection_obj) },
    { MP_ROM_QSTR(MP_QSTR_create_server), MP_ROM_PTR(&socket_create_server_obj) },
    { MP_ROM_QSTR(MP_QSTR_has_dualstack_ipv6), MP_ROM_PTR(&socket_has_dualstack_ipv6_obj) },
    { MP_ROM_QSTR(MP_QSTR_getdefaulttimeout), MP_ROM_PTR(&socket_getdefaulttimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_setdefaulttimeout), MP_ROM_PTR(&socket_setdefaulttimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_fromfd), MP_ROM_PTR(&socket_fromfd_obj) },
    { MP_ROM_QSTR(MP_QSTR_dup), MP_ROM_PTR(&socket_dup_fn_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&socket_close_fn_obj) },
    { MP_ROM_QSTR(MP_QSTR_gethostbyname), MP_ROM_PTR(&mp_socket_gethostbyname_obj) },
    { MP_ROM_QSTR(MP_QSTR_gethostbyname_ex), MP_ROM_PTR(&mp_socket_gethostbyname_ex_obj) },
    { MP_ROM_QSTR(MP_QSTR_gethostbyaddr), MP_ROM_PTR(&mp_socket_gethostbyaddr_obj) },
    { MP_ROM_QSTR(MP_QSTR_getfqdn), MP_ROM_PTR(&mp_socket_getfqdn_obj) },
    { MP_ROM_QSTR(MP_QSTR_getnameinfo), MP_ROM_PTR(&mp_socket_getnameinfo_obj) },
    { MP_ROM_QSTR(MP_QSTR_getservbyname), MP_ROM_PTR(&mp_socket_getservbyname_obj) },
    { MP_ROM_QSTR(MP_QSTR_getservbyport), MP_ROM_PTR(&mp_socket_getservbyport_obj) },
    { MP_ROM_QSTR(MP_QSTR_getprotobyname), MP_ROM_PTR(&mp_socket_getprotobyname_obj) },
    { MP_ROM_QSTR(MP_QSTR_inet_aton), MP_ROM_PTR(&mp_socket_inet_aton_obj) },
    { MP_ROM_QSTR(MP_QSTR_inet_ntoa), MP_ROM_PTR(&mp_socket_inet_ntoa_obj) },
    { MP_ROM_QSTR(MP_QSTR_htons), MP_ROM_PTR(&mp_socket_htons_obj) },
    { MP_ROM_QSTR(MP_QSTR_ntohs), MP_ROM_PTR(&mp_socket_ntohs_obj) },
    { MP_ROM_QSTR(MP_QSTR_htonl), MP_ROM_PTR(&mp_socket_htonl_obj) },
    { MP_ROM_QSTR(MP_QSTR_ntohl), MP_ROM_PTR(&mp_socket_ntohl_obj) },
    { MP_ROM_QSTR(MP_QSTR_if_nametoindex), MP_ROM_PTR(&mp_socket_if_nametoindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_if_indextoname), MP_ROM_PTR(&mp_socket_if_indextoname_obj) },
    { MP_ROM_QSTR(MP_QSTR_if_nameindex), MP_ROM_PTR(&mp_socket_if_nameindex_obj) },
    { MP_ROM_QSTR(MP_QSTR_has_ipv6), MP_ROM_TRUE },
    { MP_ROM_QSTR(MP_QSTR__GLOBAL_DEFAULT_TIMEOUT), MP_ROM_PTR(&socket_default_timeout_marker) },

    C(MP_QSTR_AF_INET, AF_INET), C(MP_QSTR_AF_INET6, AF_INET6), C(MP_QSTR_AF_UNIX, AF_UNIX),
    C(MP_QSTR_AF_UNSPEC, AF_UNSPEC),
    C(MP_QSTR_SOCK_STREAM, SOCK_STREAM), C(MP_QSTR_SOCK_DGRAM, SOCK_DGRAM),
    C(MP_QSTR_SOCK_RAW, SOCK_RAW),
    C(MP_QSTR_IPPROTO_IP, IPPROTO_IP), C(MP_QSTR_IPPROTO_TCP, IPPROTO_TCP),
    C(MP_QSTR_IPPROTO_UDP, IPPROTO_UDP), C(MP_QSTR_IPPROTO_IPV6, IPPROTO_IPV6),
    C(MP_QSTR_IPPROTO_ICMP, IPPROTO_ICMP), C(MP_QSTR_IPPROTO_RAW, IPPROTO_RAW),
    { MP_ROM_QSTR(MP_QSTR_IPPROTO_SEC), MP_ROM_INT(MP_SOCKET_IPPROTO_SEC) },
    C(MP_QSTR_SOL_SOCKET, SOL_SOCKET), C(MP_QSTR_SOMAXCONN, SOMAXCONN),
    C(MP_QSTR_SO_REUSEADDR, SO_REUSEADDR), C(MP_QSTR_SO_REUSEPORT, SO_REUSEPORT),
    C(MP_QSTR_SO_KEEPALIVE, SO_KEEPALIVE), C(MP_QSTR_SO_BROADCAST, SO_BROADCAST),
    C(MP_QSTR_SO_RCVBUF, SO_RCVBUF), C(MP_QSTR_SO_SNDBUF, SO_SNDBUF),
    C(MP_QSTR_SO_ERROR, SO_ERROR), C(MP_QSTR_SO_LINGER, SO_LINGER),
    C(MP_QSTR_SO_RCVTIMEO, SO_RCVTIMEO), C(MP_QSTR_SO_SNDTIMEO, SO_SNDTIMEO),
    C(MP_QSTR_SO_TYPE, SO_TYPE), C(MP_QSTR_SO_RCVLOWAT, SO_RCVLOWAT),
    C(MP_QSTR_SO_SNDLOWAT, SO_SNDLOWAT), C(MP_QSTR_SO_DEBUG, SO_DEBUG),
    C(MP_QSTR_SO_DONTROUTE, SO_DONTROUTE), C(MP_QSTR_SO_OOBINLINE, SO_OOBINLINE),
    C(MP_QSTR_SO_ACCEPTCONN, SO_ACCEPTCONN),
    C(MP_QSTR_TCP_NODELAY, TCP_NODELAY),
    C(MP_QSTR_IP_ADD_MEMBERSHIP, IP_ADD_MEMBERSHIP),
    C(MP_QSTR_IP_DROP_MEMBERSHIP, IP_DROP_MEMBERSHIP),
    C(MP_QSTR_IP_MULTICAST_TTL, IP_MULTICAST_TTL), C(MP_QSTR_IP_MULTICAST_LOOP, IP_MULTICAST_LOOP),
    C(MP_QSTR_IP_MULTICAST_IF, IP_MULTICAST_IF), C(MP_QSTR_IP_TTL, IP_TTL),
    C(MP_QSTR_IP_TOS, IP_TOS),
    C(MP_QSTR_IPV6_V6ONLY, IPV6_V6ONLY), C(MP_QSTR_IPV6_JOIN_GROUP, IPV6_JOIN_GROUP),
    C(MP_QSTR_IPV6_LEAVE_GROUP, IPV6_LEAVE_GROUP),
    C(MP_QSTR_IPV6_MULTICAST_HOPS, IPV6_MULTICAST_HOPS),
    C(MP_QSTR_IPV6_MULTICAST_LOOP, IPV6_MULTICAST_LOOP),
    C(MP_QSTR_IPV6_MULTICAST_IF, IPV6_MULTICAST_IF),
    C(MP_QSTR_IPV6_UNICAST_HOPS, IPV6_UNICAST_HOPS),
    C(MP_QSTR_MSG_PEEK, MSG_PEEK), C(MP_QSTR_MSG_DONTWAIT, MSG_DONTWAIT),
    C(MP_QSTR_MSG_WAITALL, MSG_WAITALL), C(MP_QSTR_MSG_OOB, MSG_OOB),
    C(MP_QSTR_MSG_TRUNC, MSG_TRUNC), C(MP_QSTR_MSG_DONTROUTE, MSG_DONTROUTE),
    C(MP_QSTR_MSG_CTRUNC, MSG_CTRUNC), C(MP_QSTR_MSG_EOR, MSG_EOR),
    C(MP_QSTR_AI_PASSIVE, AI_PASSIVE), C(MP_QSTR_AI_CANONNAME, AI_CANONNAME),
    C(MP_QSTR_AI_NUMERICHOST, AI_NUMERICHOST), C(MP_QSTR_AI_NUMERICSERV, AI_NUMERICSERV),
    C(MP_QSTR_AI_ADDRCONFIG, AI_ADDRCONFIG),
    C(MP_QSTR_AI_V4MAPPED, AI_V4MAPPED), C(MP_QSTR_AI_ALL, AI_ALL),
    C(MP_QSTR_NI_NUMERICHOST, NI_NUMERICHOST), C(MP_QSTR_NI_NUMERICSERV, NI_NUMERICSERV),
    C(MP_QSTR_NI_NAMEREQD, NI_NAMEREQD), C(MP_QSTR_NI_DGRAM, NI_DGRAM),
    C(MP_QSTR_NI_NOFQDN, NI_NOFQDN),
    C(MP_QSTR_SHUT_RD, SHUT_RD), C(MP_QSTR_SHUT_WR, SHUT_WR), C(MP_QSTR_SHUT_RDWR, SHUT_RDWR),
    C(MP_QSTR_INADDR_ANY, INADDR_ANY), C(MP_QSTR_INADDR_LOOPBACK, INADDR_LOOPBACK),
    C(MP_QSTR_INADDR_BROADCAST, INADDR_BROADCAST), C(MP_QSTR_INADDR_NONE, INADDR_NONE),

    // Options that only some hosts have, under the name CPython gives them
    // where the host defines them.
#define O(q, name) C(q, name),
#ifdef SOCK_NONBLOCK
    O(MP_QSTR_SOCK_NONBLOCK, SOCK_NONBLOCK) O(MP_QSTR_SOCK_CLOEXEC, SOCK_CLOEXEC)
#endif
#ifdef SOCK_SEQPACKET
    O(MP_QSTR_SOCK_SEQPACKET, SOCK_SEQPACKET)
#endif
#ifdef SOCK_RDM
    O(MP_QSTR_SOCK_RDM, SOCK_RDM)
#endif
    // The option level of a protocol is its number on every BSD-sockets
    // host (glibc's headers name only some; CPython has all three).
    O(MP_QSTR_SOL_IP, IPPROTO_IP) O(MP_QSTR_SOL_TCP, IPPROTO_TCP) O(MP_QSTR_SOL_UDP, IPPROTO_UDP)
#ifdef TCP_KEEPIDLE
    O(MP_QSTR_TCP_KEEPIDLE, TCP_KEEPIDLE)
#endif
#ifdef TCP_KEEPALIVE
    O(MP_QSTR_TCP_KEEPALIVE, TCP_KEEPALIVE)
#endif
#ifdef TCP_KEEPINTVL
    O(MP_QSTR_TCP_KEEPINTVL, TCP_KEEPINTVL) O(MP_QSTR_TCP_KEEPCNT, TCP_KEEPCNT)
#endif
#ifdef TCP_MAXSEG
    O(MP_QSTR_TCP_MAXSEG, TCP_MAXSEG)
#endif
#ifdef TCP_FASTOPEN
    O(MP_QSTR_TCP_FASTOPEN, TCP_FASTOPEN)
#endif
#ifdef TCP_USER_TIMEOUT
    O(MP_QSTR_TCP_USER_TIMEOUT, TCP_USER_TIMEOUT)
#endif
#ifdef TCP_QUICKACK
    O(MP_QSTR_TCP_QUICKACK, TCP_QUICKACK)
#endif
#ifdef TCP_CORK
    O(MP_QSTR_TCP_CORK, TCP_CORK)
#endif
#ifdef SO_PEERCRED
    O(MP_QSTR_SO_PEERCRED, SO_PEERCRED)
#endif
#ifdef SO_PROTOCOL
    O(MP_QSTR_SO_PROTOCOL, SO_PROTOCOL)
#endif
#ifdef SO_DOMAIN
    O(MP_QSTR_SO_DOMAIN, SO_DOMAIN)
#endif
#ifdef SO_BINDTODEVICE
    O(MP_QSTR_SO_BINDTODEVICE, SO_BINDTODEVICE)
#endif
#ifdef SO_PRIORITY
    O(MP_QSTR_SO_PRIORITY, SO_PRIORITY)
#endif
#ifdef MSG_NOSIGNAL
    O(MP_QSTR_MSG_NOSIGNAL, MSG_NOSIGNAL)
#endif
#ifdef MSG_MORE
    O(MP_QSTR_MSG_MORE, MSG_MORE)
#endif
#ifdef IPPROTO_ICMPV6
    O(MP_QSTR_IPPROTO_ICMPV6, IPPROTO_ICMPV6)
#endif
#ifdef IPPROTO_IGMP
    O(MP_QSTR_IPPROTO_IGMP, IPPROTO_IGMP)
#endif
#ifdef IPPROTO_SCTP
    O(MP_QSTR_IPPROTO_SCTP, IPPROTO_SCTP)
#endif
#ifdef IPPROTO_UDPLITE
    O(MP_QSTR_IPPROTO_UDPLITE, IPPROTO_UDPLITE)
#endif
#ifdef IP_HDRINCL
    O(MP_QSTR_IP_HDRINCL, IP_HDRINCL)
#endif
#ifdef IP_OPTIONS
    O(MP_QSTR_IP_OPTIONS, IP_OPTIONS)
#endif
#ifdef IP_RECVTOS
    O(MP_QSTR_IP_RECVTOS, IP_RECVTOS)
#endif
#ifdef IPV6_TCLASS
    O(MP_QSTR_IPV6_TCLASS, IPV6_TCLASS)
#endif
#ifdef IPV6_RECVPKTINFO
    O(MP_QSTR_IPV6_RECVPKTINFO, IPV6_RECVPKTINFO) O(MP_QSTR_IPV6_PKTINFO, IPV6_PKTINFO)
#endif
#ifdef IPV6_RECVHOPLIMIT
    O(MP_QSTR_IPV6_RECVHOPLIMIT, IPV6_RECVHOPLIMIT) O(MP_QSTR_IPV6_HOPLIMIT, IPV6_HOPLIMIT)
#endif
#ifdef IPV6_RECVTCLASS
    O(MP_QSTR_IPV6_RECVTCLASS, IPV6_RECVTCLASS)
#endif
#ifdef NI_MAXHOST
    O(MP_QSTR_NI_MAXHOST, NI_MAXHOST) O(MP_QSTR_NI_MAXSERV, NI_MAXSERV)
#endif
#undef O

    // Resolver errors, negative as they appear in e.errno (see spec).
#define E(q, name) { MP_ROM_QSTR(q), MP_ROM_INT(MP_SOCKET_EAI_CODE(name)) }
    E(MP_QSTR_EAI_AGAIN, EAI_AGAIN), E(MP_QSTR_EAI_BADFLAGS, EAI_BADFLAGS),
    E(MP_QSTR_EAI_FAIL, EAI_FAIL), E(MP_QSTR_EAI_FAMILY, EAI_FAMILY),
    E(MP_QSTR_EAI_MEMORY, EAI_MEMORY), E(MP_QSTR_EAI_NONAME, EAI_NONAME),
    E(MP_QSTR_EAI_SERVICE, EAI_SERVICE), E(MP_QSTR_EAI_SOCKTYPE, EAI_SOCKTYPE),
    E(MP_QSTR_EAI_SYSTEM, EAI_SYSTEM), E(MP_QSTR_EAI_OVERFLOW, EAI_OVERFLOW),
#undef E
};
#undef C
// clang-format on
static MP_DEFINE_CONST_DICT(mp_module_socket_globals, mp_module_socket_globals_table);

const mp_obj_module_t mp_module_socket = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_socket_globals,
};

MP_REGISTER_MODULE(MP_QSTR_socket, mp_module_socket);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_usocket, mp_module_socket);

#endif // MICROPY_PY_SOCKET
