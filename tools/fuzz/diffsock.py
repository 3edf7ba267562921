#!/usr/bin/env python3
# Differential socket fuzzer (session 28): writes seeded random single-process
# programs over the common socket/select API and compares what they print
# under ./micropython and CPython 3.11, step by step.
#
#   tools/fuzz/diffsock.py [--seed N] [--count N] [--steps N] [--binary PATH]
#                          [--messages] [--keep DIR] [--no-min] [--show SEED:PROG]
#
# A program is a list of steps over named slots (sockets, makefile objects, a
# poller). Each step prints "K value" or "K E Class errno-name" (with
# --messages also the text), or one of the harness verdicts:
#   -      the slot the step needs was never filled (an earlier step failed)
#   block  the call could wait for ever (blocking socket, nothing to read or no
#          room to write; or the data a full read needs is not there yet)
#   hang   the 2 s alarm fired (a safety net: should not happen)
# Determinism: everything runs on loopback in one process. Loopback delivers
# a send into the peer's queue before send returns, and the harness polls the
# socket (20 ms) before anything that could wait, so a step's outcome never
# depends on timing; a timeout is only ever reached when nothing can arrive.
# Values are normalised: ports become P0, P1... in order of first sight, the
# temp dir of AF_UNIX paths becomes $T, sockets print as their slot name,
# file descriptors as "fd", IntEnum/IntFlag values as ints.
#
# Intended differences, normalised or never generated (shared/spec/socket.md):
# - socket.timeout (TimeoutError, errno None) vs OSError(ETIMEDOUT): both
#   print "E timeout" ("settimeout ... raises OSError(ETIMEDOUT)").
# - socket.gaierror vs OSError with the negative EAI code: the class prints as
#   OSError ("There is no socket.gaierror").
# - poll() returns the registered object, CPython the fd: both map to the
#   slot name ("poll(timeout_ms=-1) returning ... the registered object").
# - str accepted by send/sendall/sendto/write: never generated.
# - makefile: ours returns the socket, CPython a SocketIO (buffering 0, the
#   only mode generated); closing the file closes the socket here, so the
#   harness closes both. Raw SocketIO.read(n) may return short while blocking
#   where ours waits ("no short reads while blocking"): the harness reads
#   only what is certainly complete (MSG_PEEK first) and prints "block" else.
#   A read on a socket with a timeout that reached it is refused by CPython
#   ("cannot read from timed out object"): the harness never times out a
#   makefile read.
# - inet_ntop with an unknown family: OSError(EAFNOSUPPORT) by the spec,
#   ValueError in CPython. Never generated.
# - getaddrinfo with a port outside 0..65535: OverflowError by the spec
#   ("Port outside 0..65535 -> OverflowError"); CPython hands str(port) to
#   glibc, which wraps 70000 to 4464. A host with a NUL: CPython cuts the text
#   at the NUL, we refuse the name. Neither generated.
# - recv(2**31): CPython allocates 2 GB, our fixed heap says MemoryError.
#   Sizes up to 1 MB are generated.
# - a non-contiguous memoryview sent: we send its bytes, CPython raises
#   BufferError (py/'s buffer protocol; left). Never generated.
# - a send with a timeout and a full buffer: CPython waits for room first
#   and times out (poll() reports room only once a third of the buffer is
#   free), we try the call first: b'' or a few bytes go at once. Made only
#   when poll() reports room.
# - readline() on a non-blocking makefile with nothing to read: CPython's
#   RawIOBase.readline fails on the None from read() (OSError), ours
#   returns None. Made only when data is there.
# - a dup shares the fd's O_NONBLOCK, which CPython's setblocking() sets:
#   settimeout/setblocking on a dup'ed socket is skipped ("block").
# - MSG_DONTWAIT on a socket with a timeout: CPython polls first and times
#   out, we honour the flag (EAGAIN at once). Skipped unless data is there.
# - recv(0) / recv_into of nothing on a closed socket: CPython returns at
#   once, the spec says EBADF for every call on a closed socket. Skipped.
# - with a timeout CPython polls before the call, we call first: on a socket
#   that is not connected it times out where we raise the call's error.
#   Skipped (a timed wait is only made on a connected socket).
# - a step that finds a slot filled closes the old socket first, and close()
#   closes the socket's makefile objects first: CPython closes on the last
#   reference and keeps the fd while a makefile object is open.
# - makefile().write(b'') on a socket that is not connected: CPython's
#   SocketIO sends (ENOTCONN), py/stream.c's write makes no call and returns
#   0. Left (py/stream.c); skipped.
# - makefile modes: text modes and bad modes are a ValueError as in CPython,
#   with our own text (CPython says "unbuffered streams must be binary" for
#   'r'/'w' with buffering 0, "invalid mode ... (only r, w, b allowed)").
#   A message difference only; the spec allows only the binary modes.
# - raw sockaddr bytes, write(buf, n) / write(buf, off, n), read() returning
#   None, ipoll: MicroPython forms, never generated. (A bytes AF_UNIX path is
#   tried on AF_UNIX sockets only: elsewhere bytes are a raw sockaddr here.)
# - closing or detaching a socket unregisters it from the poller first:
#   CPython's poll() holds the fd number, ours the object.
# - a bad port with a host of the other family (('127.0.0.1', 70000) on
#   AF_INET6): CPython resolves the host first (EAI error), we check the port
#   first (OverflowError). Left; bad ports go with host '' (valid for both).
#
# A differing program is run again to confirm it, shrunk step by step while
# the first differing line stays the same, and printed with both outputs.

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

CPYTHON = "/root/.pyenv/versions/3.11.7/bin/python3"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PRELUDE = r'''
import socket, select, errno, os, signal, array
MSG = %(msg)r
for i in range(100):
    # (a directory left by a killed run may have this pid's name)
    T = '/tmp/_dsock_%%d_%%d' %% (os.getpid(), i)
    try:
        os.mkdir(T)
        break
    except OSError:
        pass
S = {}
PORTS = {}
P = None
class Missing(Exception):
    pass
class Block(Exception):
    pass
class Hang(Exception):
    pass
def _alarm(*a):
    raise Hang()
signal.signal(signal.SIGALRM, _alarm)
def G(n):
    v = S.get(n)
    if v is None:
        raise Missing()
    return v
def pt(p):
    if p not in PORTS:
        PORTS[p] = 'P%%d' %% len(PORTS)
    return PORTS[p]
def name(x):
    for k in sorted(S, key=lambda k: (k[0] != 's', k)):
        v = S[k]
        if v is x or (type(x) is int and isinstance(v, socket.socket) and v.fileno() == x):
            return k
    return '?'
def norm(v):
    if isinstance(v, (socket.socket, select.poll().__class__)) or hasattr(v, 'readinto'):
        return '<' + name(v) + '>'
    if isinstance(v, bool) or v is None or isinstance(v, float):
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, str):
        return v.replace(T, '$T')
    if isinstance(v, (bytes, bytearray, memoryview, array.array)):
        return bytes(v)
    if isinstance(v, tuple) and len(v) in (2, 4) and isinstance(v[0], str) and type(v[1]) is int and (':' in v[0] or v[0][:1].isdigit()):
        return (v[0], pt(v[1])) + tuple(v[2:])
    if isinstance(v, (list, tuple)):
        r = [norm(x) for x in v]
        return r if isinstance(v, list) else tuple(r)
    return type(v).__name__
def ename(e):
    n = type(e).__name__
    en = getattr(e, 'errno', None)
    if isinstance(e, OSError) and (en == errno.ETIMEDOUT or (isinstance(e, TimeoutError) and en is None)):
        n, en = 'timeout', None
    if n == 'gaierror':
        n = 'OSError'
    r = n
    if isinstance(en, int):
        r += ' ' + errno.errorcode.get(en, str(en))
    if MSG:
        r += ' ' + repr(str(e).replace(T, '$T'))
    return r
def st(k, f):
    signal.alarm(2)
    try:
        v = f()
        signal.alarm(0)
        print(k, norm(v))
    except Missing:
        print(k, '-')
    except Block:
        print(k, 'block')
    except Hang:
        print(k, 'hang')
    except Exception as e:
        signal.alarm(0)
        print(k, 'E', ename(e))
    signal.alarm(0)
def ready(s, ev):
    try:
        t = s.gettimeout()
        if s.fileno() < 0 or t == 0:
            return
    except OSError:
        return
    p = select.poll()
    p.register(s, ev)
    if p.poll(20):
        return
    if t is None or ev == select.POLLOUT:
        raise Block()
    # With a timeout CPython polls before the call, we call first: on a
    # socket that is not connected, it times out where we see the error; a
    # send may find room that poll() does not report yet (the kernel wakes
    # writers only once a third of the buffer is free).
    try:
        s.getpeername()
    except OSError:
        raise Block()
def peek(s):
    try:
        return s.recv(65536, socket.MSG_PEEK | socket.MSG_DONTWAIT)
    except OSError:
        return None
def full(s, n, line=False):
    # A makefile read that must not wait for more than what is queued.
    try:
        if s.fileno() < 0:
            return
    except OSError:
        return
    d = peek(s)
    if d is None:
        # Non-blocking with nothing there: read() and readinto() give None
        # in both; CPython's readline() fails on the None (OSError "read()
        # should have returned a bytes object"), ours returns None.
        if s.gettimeout() == 0 and not line:
            return
        raise Block()
    if d == b'' or (line and b'\n' in d) or (n is not None and 0 <= n <= len(d)):
        return
    raise Block()
def rd0(n, flags=0):
    # recv of nothing: CPython returns at once even on a closed socket, the
    # spec says EBADF for every call on one.
    s = G(n)
    if s.fileno() < 0:
        raise Block()
    return rd(n, flags)
def rd(n, flags=0):
    s = G(n)
    ready(s, select.POLLIN)
    if flags & socket.MSG_DONTWAIT and s.gettimeout():
        # With a timeout CPython waits before a MSG_DONTWAIT call, which
        # we honour at once (spec: "MSG_DONTWAIT honoured").
        if not select.select([s], [], [], 0.02)[0]:
            raise Block()
    return s
def wr(n):
    s = G(n)
    ready(s, select.POLLOUT)
    return s
def drop(*ns):
    # CPython closes a socket that loses its last reference at once, we only
    # when the GC runs: a slot that is filled again is closed first.
    for n in ns:
        v = S.pop(n, None)
        if isinstance(v, socket.socket):
            cl(v)
def cl(s):
    unreg(s)
    # CPython's close() leaves the fd open while a makefile object of the
    # socket is open (ours is the socket itself): close those first.
    for k in list(FS):
        if FS[k] is s:
            S.pop(k, None).close()
            del FS[k]
    s.close()
def close(n):
    cl(G(n))
def new(n, *a):
    drop(n)
    S[n] = socket.socket(*a)
def pair(n, m, *a):
    drop(n, m)
    S[n], S[m] = socket.socketpair(*a)
NCONN = [0]
def conn(n, m, fam):
    # A connected stream pair over a listener that is closed at once.
    l = socket.socket(fam)
    try:
        NCONN[0] += 1
        l.bind({socket.AF_INET: ('127.0.0.1', 0), socket.AF_INET6: ('::1', 0)}.get(fam, T + '/c%%d' %% NCONN[0]))
        l.listen()
        c = socket.socket(fam)
        c.connect(l.getsockname())
        a = l.accept()[0]
    finally:
        l.close()
    drop(n, m)
    S[n], S[m] = c, a
def acc(n, l):
    s = rd(l)
    if s.gettimeout() and not select.select([s], [], [], 0.02)[0]:
        # With a timeout CPython polls first (timeout), we call first: the
        # call's error (EINVAL: not listening) or the same timeout.
        raise Block()
    s, a = s.accept()
    drop(n)
    S[n] = s
    return a
DUPED = []
def dup(n, m):
    d = G(m).dup()
    drop(n)
    S[n] = d
    DUPED.extend((d, S[m]))
def tmo(n, how, v):
    # CPython keeps a blocking socket's fd blocking, and a dup shares the
    # fd's O_NONBLOCK: making one non-blocking changes the other's calls.
    # Ours are always O_NONBLOCK inside: no such effect.
    s = G(n)
    if any(s is x for x in DUPED):
        raise Block()
    return getattr(s, how)(v)
FDS = []
def unreg(s):
    # CPython's poll() holds the fd number, ours the object: once the object
    # lets go of its fd (close, detach) the two would report different things
    # (POLLNVAL here; there whatever the fd is or becomes). Unregister first.
    for x in (s, s.fileno()):
        try:
            P.unregister(x)
        except Exception:
            pass
def det(m):
    unreg(G(m))
    fd = G(m).detach()
    if fd >= 0:
        FDS.append(fd)
        return 'fd'
    return fd
def adopt(n):
    drop(n)
    S[n] = socket.socket(fileno=FDS.pop())
FS = {}
FM = {}
def mkf(n, m, mode):
    f = G(m).makefile(mode, 0)
    # (An old file in the slot is only dropped: closing ours closes the socket.)
    FS.pop(n, None)
    S[n], FS[n], FM[n] = f, S[m], mode
def fmode(n, c):
    # Ours is the socket itself, which reads and writes whatever the mode.
    f = G(n)
    if c not in FM[n]:
        raise Block()
    return f
def big(n, size):
    # A large non-blocking send: how much the kernel takes is its business;
    # whether it took some is ours.
    r = wr(n).send(b'x' * size, socket.MSG_DONTWAIT)
    return r > 0
def waitall(n, k):
    s = rd(n)
    full(s, k)
    return s.recv(k, socket.MSG_WAITALL)
def fw(n, d):
    # write(b'') on the file: CPython's SocketIO calls send() (ENOTCONN on a
    # socket that is not connected), py/stream.c makes no call (left).
    f = fmode(n, 'w')
    if len(d) == 0:
        raise Block()
    return f.write(d)
def fread(n, k):
    f = fmode(n, 'r')
    full(sk_of(n), k)
    return f.read(k)
def fline(n):
    f = fmode(n, 'r')
    full(sk_of(n), None, True)
    return f.readline()
def finto(n, b):
    f = fmode(n, 'r')
    full(sk_of(n), len(b))
    r = f.readinto(b)
    return r, b
def sk_of(n):
    G(n)
    return FS[n]
def fclose(n):
    # Closing the file closes the socket here, not in CPython: close both.
    f = G(n)
    unreg(FS[n])
    f.close()
    cl(FS.pop(n))
    del S[n]
def ub(n, k):
    # A bytes AF_UNIX path: on another family ours takes bytes as a raw
    # sockaddr (the spec), CPython refuses them.
    if G(n).family != socket.AF_UNIX:
        raise Block()
    return (T + '/u%%d' %% k).encode()
def A(n):
    return G(n).getsockname()
def into(n, buf, *a):
    fl = a[1] if len(a) > 1 else 0
    r = (rd0(n, fl) if len(buf) == 0 else rd(n, fl)).recv_into(buf, *a)
    return r, buf
def fromi(n, buf, *a):
    r = rd(n, a[1] if len(a) > 1 else 0).recvfrom_into(buf, *a)
    return r, buf
def newpoll():
    global P
    P = select.poll()
def pl(t=0):
    if P is None:
        raise Missing()
    return sorted([(name(o), e) for o, e in P.poll(t)])
def sel(r, w):
    a, b, c = select.select([G(x) for x in r if S.get(x)], [G(x) for x in w if S.get(x)], [], 0)
    return sorted(name(x) for x in a), sorted(name(x) for x in b)
'''

EPILOGUE = r'''
for k in sorted(S):
    try:
        S[k].close()
    except Exception:
        pass
for fd in FDS:
    try:
        os.close(fd)
    except OSError:
        pass
for f in os.listdir(T):
    os.remove(T + '/' + f)
os.rmdir(T)
print('end')
'''

SOCKS = ["s0", "s1", "s2", "s3", "s4", "s5", "s0p", "s1p", "s2p"]
FILES = ["f0", "f1"]

FAMS = [("socket.AF_INET", "socket.SOCK_STREAM"), ("socket.AF_INET", "socket.SOCK_DGRAM"),
    ("socket.AF_INET6", "socket.SOCK_STREAM"), ("socket.AF_INET6", "socket.SOCK_DGRAM"),
    ("socket.AF_UNIX", "socket.SOCK_STREAM"), ("socket.AF_UNIX", "socket.SOCK_DGRAM")]

DATA = ["b'hello'", "b'a\\nbc\\n'", "b''", "b'x' * 300", "bytearray(b'ab\\ncd')", "memoryview(b'0123456789')[2:7]",
    "array.array('b', [65, 10, 66])", "array.array('i', [1])", "b'line\\n' * 3"]
BADDATA = ["None", "5", "[1]"]
BUFS = ["bytearray(%d)", "memoryview(bytearray(%d))", "array.array('b', bytes(%d))", "memoryview(bytearray(%d))[1:]"]
SIZES = [0, 1, 3, 5, 64, 1024]
FLAGS = ["0", "socket.MSG_PEEK", "socket.MSG_DONTWAIT", "socket.MSG_PEEK | socket.MSG_DONTWAIT"]
TIMEOUTS = ["0", "0.0", "0.05", "None", "-1", "'x'", "1", "float('nan')", "2**70"]
ADDRS = ["('127.0.0.1', 0)", "('::1', 0)", "('::1', 0, 0, 0)", "T + '/u%d'", "('', 70000)", "('127.0.0.1',)",
    "('', 'x')", "'::1'", "None", "('0.0.0.0', 0)", "('', 0)", "('1.2.3.400', 0)", "(b'127.0.0.1', 0)",
    "('', -1)", "('::1', 0, 0, 0, 0)", "T + '/' + 'x' * 120"]
OPTS = [("socket.SOL_SOCKET", "socket.SO_REUSEADDR", ["1", "0", "b'\\x01\\x00\\x00\\x00'", "'x'", "None", "2**40",
        "1.5", "-1", "2**31", "bytearray(4)", "memoryview(b'\\x01\\x00\\x00\\x00')", "b''", "bytes(2000)", "True"]),
    ("socket.SOL_SOCKET", "socket.SO_KEEPALIVE", ["1", "0"]),
    ("socket.SOL_SOCKET", "socket.SO_LINGER", ["b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00'", "b'\\x00' * 8", "b'\\x01'"]),
    ("socket.SOL_SOCKET", "socket.SO_BROADCAST", ["1"]),
    ("socket.SOL_SOCKET", "socket.SO_RCVBUF", ["8192", "-1"]),
    ("socket.IPPROTO_TCP", "socket.TCP_NODELAY", ["1", "0", "True"]),
    ("socket.IPPROTO_IPV6", "socket.IPV6_V6ONLY", ["1"]),
    ("socket.IPPROTO_IP", "socket.IP_MULTICAST_TTL", ["2", "b'\\x02'"]),
    ("12345", "1", ["1"])]
GETOPTS = ["socket.SOL_SOCKET, socket.SO_TYPE", "socket.SOL_SOCKET, socket.SO_ERROR", "socket.SOL_SOCKET, socket.SO_REUSEADDR",
    "socket.SOL_SOCKET, socket.SO_LINGER, 8", "socket.SOL_SOCKET, socket.SO_REUSEADDR, 4", "socket.SOL_SOCKET, socket.SO_REUSEADDR, 0",
    "socket.SOL_SOCKET, socket.SO_REUSEADDR, -1", "socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000",
    "socket.IPPROTO_TCP, socket.TCP_NODELAY", "socket.SOL_SOCKET, socket.SO_KEEPALIVE", "socket.SOL_SOCKET, socket.SO_ACCEPTCONN",
    "socket.SOL_SOCKET", "socket.SOL_SOCKET, 'x'", "socket.SOL_SOCKET, socket.SO_TYPE, 2"]
MODULE = ["socket.inet_pton(socket.AF_INET, '10.1.2.3')", "socket.inet_pton(socket.AF_INET6, '::ffff:1.2.3.4')",
    "socket.inet_pton(socket.AF_INET, '1.2.3')", "socket.inet_pton(socket.AF_INET, '1.2.3.256')",
    "socket.inet_pton(socket.AF_INET6, '1::2::3')", "socket.inet_pton(socket.AF_INET6, 'fe80::1%1')",
    "socket.inet_pton(socket.AF_UNIX, '1.2.3.4')", "socket.inet_pton(socket.AF_INET, b'1.2.3.4')",
    "socket.inet_pton(socket.AF_INET, 5)", "socket.inet_pton(socket.AF_INET)", "socket.inet_pton(999, '::')",
    "socket.inet_ntop(socket.AF_INET, b'\\x7f\\x00\\x00\\x01')", "socket.inet_ntop(socket.AF_INET, b'\\x7f\\x00\\x01')",
    "socket.inet_ntop(socket.AF_INET6, bytes(16))", "socket.inet_ntop(socket.AF_INET6, bytes(15))",
    "socket.inet_ntop(socket.AF_INET6, bytes(10) + b'\\xff\\xff\\x01\\x02\\x03\\x04')",
    "socket.inet_ntop(socket.AF_INET, bytearray(4))", "socket.inet_ntop(socket.AF_INET, memoryview(b'abcd'))",
    "socket.inet_ntop(socket.AF_INET, 'abcd')",
    "socket.getaddrinfo('127.0.0.1', 80)", "socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)",
    "socket.getaddrinfo('::1', 0, socket.AF_INET6, socket.SOCK_DGRAM)", "socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)",
    "socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM)", "socket.getaddrinfo(b'127.0.0.1', '80', socket.AF_INET, socket.SOCK_STREAM)",
    "socket.getaddrinfo('127.0.0.1', 'x', 0, 0, 0, socket.AI_NUMERICSERV)",
    "socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_STREAM)",
    "socket.getaddrinfo('1.2.3.4.5', 0, 0, 0, 0, socket.AI_NUMERICHOST)", "socket.getaddrinfo('::1', 0, socket.AF_INET, 0, 0, socket.AI_NUMERICHOST)",
    "socket.getaddrinfo('127.0.0.1', 80, 999)", "socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, 999)",
    "socket.getaddrinfo('127.0.0.1', 1.5)", "socket.getaddrinfo(5, 80)", "socket.getaddrinfo('127.0.0.1')",
    "socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_UDP)",
    "socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, socket.AI_CANONNAME | socket.AI_NUMERICHOST)",
    "socket.getaddrinfo('', 0, socket.AF_INET, socket.SOCK_STREAM)",
    "socket.socket(socket.AF_INET, 999)", "socket.socket(999)", "socket.socket(socket.AF_INET, socket.SOCK_STREAM, 999)",
    "socket.socket('x')", "socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_TCP)",
    "socket.socketpair(socket.AF_INET)", "socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)",
    "socket.socket(fileno=-5)", "socket.socket(fileno=99999)", "select.select([], [], [], 0)",
    "select.select([1.5], [], [], 0)", "select.select([], [], [], -1)", "select.select([-1], [], [], 0)",
    "select.poll().poll(0)", "select.poll().register(-1)", "select.poll().unregister(1000)", "select.poll().modify(1000, 1)",
    "select.poll().poll('x')", "select.poll().poll(1.5)"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.lines = []
        self.upath = 0
        self.live = set()  # slot names some earlier step fills
        self.conns = set()  # ... with a connected stream or a pair

    def sock(self, data=False):
        # data: mostly one that can carry data (a pair's or a connection's end).
        if data and self.conns and self.r.random() < 0.7:
            return self.r.choice(sorted(self.conns))
        live = sorted(x for x in self.live if x.startswith("s"))
        return self.r.choice(live if live and self.r.random() < 0.85 else SOCKS)

    def file(self):
        live = sorted(x for x in self.live if x.startswith("f"))
        return self.r.choice(live if live and self.r.random() < 0.9 else FILES)

    def note(self, code):
        m = re.match(r"(new|pair|acc|dup|adopt|mkf|conn)\('(\w+)'(?:, '(\w+)')?", code)
        if m:
            names = [m.group(2)] + ([m.group(3)] if m.group(1) in ("pair", "conn") else [])
            self.live.update(names)
            if m.group(1) in ("pair", "conn", "acc"):
                self.conns.update(names)
            else:
                self.conns.difference_update(names)
        return code

    def addr(self):
        a = self.r.choice(ADDRS)
        if "%d" in a:
            self.upath += 1
            a = a % self.r.randint(0, 3)
        return a

    def peer_addr(self):
        # Mostly the name of another slot (what a real program connects to).
        if self.r.random() < 0.75:
            return "A(%r)" % self.sock()
        return self.addr()

    def step(self):
        r = self.r
        s, t = self.sock(), self.sock()
        ds = self.sock(True)
        f = self.file()
        d = r.choice(DATA if r.random() < 0.9 else BADDATA)
        n = r.choice(SIZES + [-1, "'x'", 2**20, "2**64"] if r.random() < 0.1 else SIZES)
        fl = r.choice(FLAGS)
        buf = r.choice(BUFS) % r.choice([0, 1, 4, 16, 64])
        ops = [
            (6, "new(%r, *%s)" % (s, "(%s, %s)" % r.choice(FAMS))),
            (1, "new(%r)" % s),
            (3, "pair(%r, %r)" % (s, t) if s != t else "pair('s0', 's1')"),
            (3, "conn(%r, %r, %s)" % (s, t, r.choice(FAMS[::2])[0]) if s != t else "conn('s2', 's3', socket.AF_INET)"),
            (1, "pair(%r, %r, socket.AF_UNIX, socket.SOCK_DGRAM)" % (s, t) if s != t else "pair('s2', 's3')"),
            (5, "G(%r).bind(%s)" % (s, self.addr())),
            (1, "G(%r).%s(ub(%r, %d))" % (s, r.choice(["bind", "connect", "connect_ex"]), s, r.randint(0, 3))),
            (4, "G(%r).listen(%s)" % (s, r.choice(["", "0", "1", "5", "-1", "'x'"]))),
            (6, "G(%r).connect(%s)" % (s, self.peer_addr())),
            (2, "G(%r).connect_ex(%s)" % (s, self.peer_addr())),
            (4, "acc(%r, %r)" % (s, t)),
            (8, "wr(%r).send(%s%s)" % (ds, d, r.choice(["", ", 0", ", socket.MSG_DONTWAIT"]))),
            (3, "wr(%r).sendall(%s)" % (ds, d)),
            (1, "big(%r, %d)" % (ds, r.choice([100000, 3000000]))),
            (1, "waitall(%r, %d)" % (ds, r.choice([1, 5, 20]))),
            (4, "wr(%r).sendto(%s, %s)" % (s, d, self.peer_addr())),
            (1, "wr(%r).sendto(%s, 0, %s)" % (s, d, self.peer_addr())),
            (10, "%s(%r, %s).recv(%s, %s)" % ("rd0" if n == 0 else "rd", ds, fl, n, fl)),
            (3, "into(%r, %s%s)" % (ds, buf, r.choice(["", ", 0", ", 2", ", 0, " + fl, ", 100"]))),
            (3, "rd(%r, %s).recvfrom(%s, %s)" % (s, fl, n, fl)),
            (2, "fromi(%r, %s%s)" % (s, buf, r.choice(["", ", 0", ", 3, " + fl]))),
            (4, "tmo(%r, 'settimeout', %s)" % (s, r.choice(TIMEOUTS))),
            (2, "tmo(%r, 'setblocking', %s)" % (s, r.choice(["True", "False", "0", "1", "None"]))),
            (2, "G(%r).gettimeout()" % s),
            (3, "G(%r).setsockopt(%s, %s, %s)" % ((s,) + self.opt())),
            (1, "G(%r).setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None, %s)" % (s, r.choice(["0", "4"]))),
            (3, "G(%r).getsockopt(%s)" % (s, r.choice(GETOPTS))),
            (3, "G(%r).shutdown(%s)" % (ds, r.choice(["0", "1", "2", "5", "-1", "'x'", "socket.SHUT_RDWR"]))),
            (3, "close(%r)" % s),
            (2, "G(%r).fileno() >= 0" % s),
            (1, "det(%r)" % s),
            (1, "adopt(%r)" % s),
            (2, "dup(%r, %r)" % (s, t)),
            (4, "A(%r)" % s),
            (3, "G(%r).getpeername()" % s),
            (1, "(G(%r).family, G(%r).type, G(%r).proto)" % (s, s, s)),
            (3, "mkf(%r, %r, %r)" % (f, ds, r.choice(["rb", "wb", "rwb"] * 3 + ["r", "w", "rb+", "x"]))),
            (3, "fread(%r, %s)" % (f, r.choice(["1", "5", "100", "0"]))),
            (3, "fline(%r)" % f),
            (2, "finto(%r, %s)" % (f, buf)),
            (3, "fw(%r, %s)" % (f, d)),
            (1, "fmode(%r, 'w').flush()" % f),
            (1, "fclose(%r)" % f),
            (1, "newpoll()"),
            (3, "P.register(G(%r)%s)" % (s, r.choice(["", ", select.POLLIN", ", select.POLLOUT", ", select.POLLIN | select.POLLPRI", ", 0"]))),
            (2, "P.modify(G(%r), %s)" % (s, r.choice(["select.POLLIN", "select.POLLOUT", "0", "'x'"]))),
            (2, "P.unregister(G(%r))" % s),
            (1, "P.register(G(%r).fileno())" % s),
            (4, "pl()"),
            (3, "sel(%r, %r)" % (r.sample(SOCKS, 3), r.sample(SOCKS, 2))),
            (4, r.choice(MODULE)),
            (3, self.bad(s)),
        ]
        total = sum(w for w, _ in ops)
        x = r.uniform(0, total)
        for w, code in ops:
            x -= w
            if x <= 0:
                return self.note(code)
        return ops[-1][1]

    def opt(self):
        lvl, opt, vals = self.r.choice(OPTS)
        return lvl, opt, self.r.choice(vals)

    def bad(self, s):
        # Wrong arity and wrong types on a live socket.
        return "G(%r).%s" % (s, self.r.choice(["recv()", "recv('x')", "recv(1, 'x')", "recv(1, 0, 0)", "send()",
            "send(b'x', 'y')", "bind()", "bind(1, 2)", "connect(5)", "connect(())", "settimeout()", "setblocking()",
            "getsockopt()", "setsockopt(1, 2)", "shutdown()", "listen(1, 2)", "recv_into(b'abc')",
            "recv_into(bytearray(2), -1)", "recv_into(bytearray(2), 5)", "recvfrom_into(bytearray(2), 9)",
            "sendto(b'x')", "sendto(b'x', 0, 1, 2)", "makefile('rb', 0, 1, 2, 3, 4)", "accept(1)", "fileno(1)",
            "dup(1)", "close(1)", "gettimeout(1)", "recv(2**64)", "recv_into(bytearray(2), 2**64)", "sendto(b'x', None)"]))

    def setup(self):
        # A few filled slots first, so that most steps act on a live socket.
        r = self.r
        out = []
        for s in r.sample(SOCKS, r.randint(2, 5)):
            fam = r.choice(FAMS + [None, None])
            out.append(self.note("pair(%r, %r)" % (s, s + "p") if fam is None else "new(%r, %s, %s)" % ((s,) + fam)))
            if fam and r.random() < 0.7:
                out.append("G(%r).bind(%s)" % (s, {"socket.AF_INET": "('127.0.0.1', 0)", "socket.AF_INET6": "('::1', 0)",
                    "socket.AF_UNIX": "T + '/%s'" % s}[fam[0]]))
                if fam[1] == "socket.SOCK_STREAM" and r.random() < 0.6:
                    out.append("G(%r).listen()" % s)
        return out

    def program(self, n):
        code = self.setup()
        fam = self.r.choice(["socket.AF_INET", "socket.AF_INET6", "socket.AF_UNIX"])
        code.append(self.note("conn('s4', 's5', %s)" % fam))
        code += [self.step() for _ in range(n - len(code))]
        return ["st(%d, lambda: %s)" % (i, c) for i, c in enumerate(code)]


def source(steps, msg):
    return (PRELUDE % {"msg": msg}) + "\n".join(steps) + "\n" + EPILOGUE


def run(binary, src, timeout=60):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        p = subprocess.run([binary, path], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        out = p.stdout.decode("utf-8", "replace")
        if p.returncode != 0:
            out += "<rc %d> %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-600:])
    except subprocess.TimeoutExpired:
        out = "<timeout>"
    finally:
        os.unlink(path)
    return out


def first_diff(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else None
        y = lb[i] if i < len(lb) else None
        if x != y:
            return i, x, y
    return None


def key(d):
    # The step that differs, told by its text on both sides (the shrinker
    # renumbers nothing: step numbers are kept, so the line itself matches).
    return d and (d[1], d[2])


def shrink(binary, steps, msg, want):
    # Drops runs of steps (halves, quarters... then single steps) while the
    # same line still differs in the same way.
    def same(trial):
        src = source(trial, msg)
        return key(first_diff(run(binary, src, 20), run(CPYTHON, src, 20))) == want
    size = max(1, len(steps) // 2)
    while True:
        i = len(steps) - size
        while i >= 0:
            trial = steps[:i] + steps[i + size:]
            if trial and same(trial):
                steps = trial
            i -= size
        if size == 1:
            return steps
        size //= 2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=20, help="programs to run")
    ap.add_argument("--steps", type=int, default=60, help="steps per program")
    ap.add_argument("--binary", default=os.path.join(REPO, "micropython"),
        help="(a copy is run, so that the tree can be rebuilt meanwhile)")
    ap.add_argument("--messages", action="store_true", help="compare exception texts too")
    ap.add_argument("--keep", default="")
    ap.add_argument("--no-min", action="store_true")
    ap.add_argument("--show", default="", help="SEED:PROG: print that program and exit")
    a = ap.parse_args()
    if a.show:
        sd, pg = map(int, a.show.split(":"))
        print(source(Gen(random.Random(sd * 100003 + pg)).program(a.steps), a.messages))
        return 0
    tmpdir = tempfile.mkdtemp()
    binary = os.path.join(tmpdir, "micropython")
    shutil.copy(a.binary, binary)
    try:
        return fuzz(a, binary)
    finally:
        shutil.rmtree(tmpdir)


def fuzz(a, binary):
    seen, n_bad = set(), 0
    for p in range(a.count):
        steps = Gen(random.Random(a.seed * 100003 + p)).program(a.steps)
        src = source(steps, a.messages)
        if a.keep:
            with open(os.path.join(a.keep, "dsock_%d_%d.py" % (a.seed, p)), "w") as f:
                f.write(src)
        d = first_diff(run(binary, src), run(CPYTHON, src))
        if d is None:
            continue
        # Confirm: the same first difference on a second run.
        d2 = first_diff(run(binary, src), run(CPYTHON, src))
        if key(d2) != key(d):
            print("=== unstable (seed %d, program %d): %r / %r" % (a.seed, p, d[1:], d2 and d2[1:]))
            continue
        small = steps if a.no_min else shrink(binary, steps, a.messages, key(d))
        sig = "\n".join(small)
        if sig in seen:
            continue
        seen.add(sig)
        n_bad += 1
        print("=== mismatch (seed %d, program %d)" % (a.seed, p))
        print("\n".join(small))
        print("--- micropython: %s\n--- cpython:     %s" % (d[1], d[2]))
        sys.stdout.flush()
    print("%d programs, %d mismatches" % (a.count, n_bad))
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main())
