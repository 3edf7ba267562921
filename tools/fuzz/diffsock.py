#!/usr/bin/env python3
# Differential socket fuzzer (session 28): writes seeded random single-process
# programs over the common socket/select API and compares what they print
# under ./micropython and CPython 3.11, step by step.
#
#   tools/fuzz/diffsock.py [--seed N] [--count N] [--steps N] [--binary PATH]
#                          [--messages] [--keep DIR] [--no-min] [--show SEED:PROG]
#                          [--pair]
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
# - makefile().write() of a memoryview that is not C-contiguous: CPython's
#   SocketIO refuses it (BufferError, as send does), py/stream.c's write, the
#   one of every stream, writes a copy. Left (py/); skipped.
# - makefile modes: text modes and bad modes are a ValueError as in CPython,
#   with our own text (CPython says "unbuffered streams must be binary" for
#   'r'/'w' with buffering 0, "invalid mode ... (only r, w, b allowed)").
#   A message difference only; the spec allows only the binary modes.
# - raw sockaddr bytes, write(buf, n) / write(buf, off, n), read() returning
#   None, ipoll: MicroPython forms, never generated. (A bytes AF_UNIX path is
#   tried on AF_UNIX sockets only: elsewhere bytes are a raw sockaddr here.)
# - closing or detaching a socket unregisters it from the poller first:
#   CPython's poll() holds the fd number, ours the object.
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
    # A strided memoryview: CPython's SocketIO refuses it (BufferError, as
    # send does), py/stream.c's write (every stream's) takes a copy (left).
    if isinstance(d, memoryview) and not d.c_contiguous:
        raise Block()
    return fmode(n, 'w').write(d)
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
    "memoryview(b'0123456789')[::3]",
    "array.array('b', [65, 10, 66])", "array.array('i', [1])", "b'line\\n' * 3"]
BADDATA = ["None", "5", "[1]"]
BUFS = ["bytearray(%d)", "memoryview(bytearray(%d))", "array.array('b', bytes(%d))", "memoryview(bytearray(%d))[1:]"]
SIZES = [0, 1, 3, 5, 64, 1024]
FLAGS = ["0", "socket.MSG_PEEK", "socket.MSG_DONTWAIT", "socket.MSG_PEEK | socket.MSG_DONTWAIT"]
TIMEOUTS = ["0", "0.0", "0.05", "None", "-1", "'x'", "1", "float('nan')", "2**70"]
ADDRS = ["('127.0.0.1', 0)", "('::1', 0)", "('::1', 0, 0, 0)", "T + '/u%d'", "('', 70000)", "('127.0.0.1',)",
    "('', 'x')", "'::1'", "None", "('0.0.0.0', 0)", "('', 0)", "('1.2.3.400', 0)", "(b'127.0.0.1', 0)",
    "('', -1)", "('::1', 0, 0, 0, 0)", "T + '/' + 'x' * 120", "('127.0.0.1', 70000)", "('::1', -1)",
    "('::1', 70000, 2**21)", "(None, 70000)"]
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



# ---------------------------------------------------------------------------
# --pair: states that need both endpoints and the kernel's answers (session
# 29). A program is a few scenarios on loopback, each over its own slots
# (listener l<i>, clients c<i>/b<i>.., accepted a<i>.., dups d<i>, adopted
# x<i>), with probes between the steps: poll masks of either end (pm: all the
# bits the kernel gives, by name), select.select (sm), SO_ERROR (soe),
# non-blocking recv and send. Scenarios: non-blocking connect (EINPROGRESS,
# POLLOUT, SO_ERROR, connect again: 0, EISCONN, EALREADY), connect to a port
# that is bound but not listening (refused through connect, connect_ex and
# later calls; the port stays ours, so no other process takes it), RST from
# the peer (SO_LINGER (1, 0), then close), half-close (SHUT_WR: the peer
# reads b'' and still sends), timed recv and accept on idle sockets (and that
# the socket works afterwards), sendall under a timeout to a peer that does
# not read (small buffers; what was sent is only "some"), accept on a
# non-blocking listener with nothing pending, the listen backlog (which
# non-blocking connects complete), poll() timeout forms, select.select with
# objects whose fileno() is good or bad, closed fds in a poll set (POLLNVAL),
# socket(fileno=...) adoption, a dup that outlives the original, selectors
# (PollSelector, SelectSelector, DefaultSelector: CPython's is epoll, ours
# poll), datagrams to a port nobody listens on (ICMP: ECONNREFUSED on a
# connected socket; the port is free for those moments only, which a second
# run of a differing program would show), socketpair() ends closed, shut
# down or reset, MSG_OOB (POLLPRI), a connect with a timeout to a full
# backlog, create_server/create_connection (all_errors, source_address,
# dual stack), sendfile (modes, offsets, counts, socket kinds), and
# sendmsg/recvmsg with SCM_RIGHTS and send_fds/recv_fds (received fds are
# closed and counted, never printed), setdefaulttimeout() and the sockets
# made after it, and listeners shut down or listening again. Determinism: the kernel answers on loopback inside the
# syscall that causes the answer; every step that depends on the peer first
# waits for it with poll (wt: up to 1 s, printing nothing), and a step that
# must find nothing polls 20 ms. Blocking calls are only made where they
# cannot wait (the harness's rd/wr), so every program stops by itself.
#
# Intended differences in this mode, normalised or never generated:
# - poll() by a registered object returns the object (ours) or the fd
#   (CPython): probes print slot names for both.
# - select.poll().register(obj) without a mask: POLLIN | POLLOUT by the
#   spec, CPython adds POLLPRI (pm() leaves POLLPRI out of CPython's answer
#   then; OOB data is sent, so it would show).
# - selectors.DefaultSelector is EpollSelector in CPython, PollSelector here
#   (no epoll in the spec): only sockets are registered with it, and a
#   closed socket is unregistered before its selector selects (epoll drops
#   a closed fd by itself, poll reports POLLNVAL).
# - a backlog probe waits for each connect in turn: whether the kernel took
#   a connection is what is compared, never how long it took.
# - socket(family, fileno=fd) with another family than the fd's: CPython
#   then reads getsockname()'s answer past the given family's length
#   (uninitialised memory: a different address each run). Not generated.
# - sendfile(f, None): CPython sends from the file's position, then fails
#   (TypeError: None + count) seeking; ours fails before sending. Not
#   generated (CPython's accident).

PAIR_PRELUDE = r'''
import struct, selectors
NB = [0]
def here(fam, tag):
    NB[0] += 1
    return {socket.AF_INET: ('127.0.0.1', 0), socket.AF_INET6: ('::1', 0)}.get(fam, T + '/%s%d' % (tag, NB[0]))
def lst(n, fam, *backlog):
    drop(n)
    s = S[n] = socket.socket(fam)
    s.bind(here(fam, n))
    s.listen(*backlog)
def dead(n, fam):
    # Bound but not listening: a connect to it is refused, and no other
    # process can take its port meanwhile.
    drop(n)
    s = S[n] = socket.socket(fam)
    s.bind(here(fam, n))
def cli(n, fam):
    drop(n)
    S[n] = socket.socket(fam)
def wt(n, ev, ms=1000):
    # Wait for the kernel (the peer's answer), printing nothing.
    s = S.get(n)
    try:
        if s is None or s.fileno() < 0:
            return
    except OSError:
        return
    p = select.poll()
    p.register(s, ev)
    p.poll(ms)
BITS = [(select.POLLIN, 'IN'), (select.POLLPRI, 'PRI'), (select.POLLOUT, 'OUT'), (select.POLLERR, 'ERR'),
    (select.POLLHUP, 'HUP'), (select.POLLNVAL, 'NVAL'), (select.POLLRDHUP, 'RDHUP')]
def bits(m):
    r = [k for b, k in BITS if m & b]
    rest = m & ~sum(b for b, k in BITS)
    if rest:
        r.append(hex(rest))
    return '|'.join(r) or '0'
def pm(n, *ev):
    # (Registered without a mask CPython asks for POLLPRI too, the spec's
    # default is POLLIN | POLLOUT: POLLPRI is then left out of CPython's.)
    p = select.poll()
    p.register(G(n), *ev)
    return [(name(o), bits(e if ev else e & ~select.POLLPRI)) for o, e in p.poll(0)]
def sm(n):
    s = G(n)
    r, w, x = select.select([s], [s], [s], 0)
    return len(r), len(w), len(x)
def en(v):
    return errno.errorcode.get(v, v)
def soe(n):
    return en(G(n).getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
def cx(n, m):
    return en(G(n).connect_ex(A(m)))
def cn(n, m):
    return G(n).connect(A(m))
def gone(n, fam):
    # A datagram address nobody listens on (a socket bound then closed;
    # the port is free only for the moments the program needs it).
    drop(n)
    s = socket.socket(fam, socket.SOCK_DGRAM)
    s.bind(here(fam, n))
    a = s.getsockname()
    s.close()
    PEER[n] = a
    return a
PEER = {}
def ucli(n, fam):
    drop(n)
    s = S[n] = socket.socket(fam, socket.SOCK_DGRAM)
    s.bind(here(fam, n + 'c'))
def ucn(n, m):
    return G(n).connect(PEER[m])
def usendto(n, m, d):
    return G(n).sendto(d, PEER[m])
def crs(n, addr, **kw):
    # socket.create_server
    drop(n)
    S[n] = socket.create_server(addr, **kw)
    s = S[n]
    v6 = s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY) if s.family == socket.AF_INET6 else None
    return s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, v6, A(n)
def crc(n, m, host=None, **kw):
    # socket.create_connection to m's port (on host, default m's address)
    a = A(m)
    drop(n)
    try:
        S[n] = socket.create_connection((a[0] if host is None else host, a[1]), **kw)
    except BaseException as e:
        if type(e).__name__ == 'ExceptionGroup':
            return 'group', [ename(x) for x in e.exceptions]
        raise
    return info(n), G(n).getpeername()
def mkfile(k, size):
    with open(T + '/sf%d' % k, 'wb') as f:
        f.write(bytes(range(48, 58)) * (size // 10) + b'!' * (size % 10))
def sf(n, k, mode, *a):
    with open(T + '/sf%d' % k, mode) as f:
        try:
            r = G(n).sendfile(f, *a)
        finally:
            pos = f.tell()
    return r, pos
def smsg(n, m, *extra):
    # sendmsg with an fd (m's) passed along
    anc = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array('i', [G(x).fileno() for x in m]))] if m else []
    return G(n).sendmsg([b'ab', b'cde'], anc, *extra)
def shut_fds(fds):
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
def rmsg(n, size, anc, *fl):
    s = rd(n, *fl)
    data, ancdata, flags, addr = s.recvmsg(size, anc, *fl)
    out = []
    for lvl, typ, d in ancdata:
        if lvl == socket.SOL_SOCKET and typ == socket.SCM_RIGHTS:
            a = array.array('i')
            a.frombytes(d[:len(d) - len(d) % a.itemsize])
            shut_fds(a)
        out.append((lvl, typ, len(d)))
    return data, out, flags, addr
def rfds(n, size, maxfds):
    s = rd(n)
    msg, fds, flags, addr = socket.recv_fds(s, size, maxfds)
    shut_fds(fds)
    return msg, len(fds), flags, addr
def rst(n):
    s = G(n)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    cl(s)
def small(n, k):
    s = G(n)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, k)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, k)
def fill(n, size):
    # sendall to a peer that does not read, under a timeout: the buffers
    # are small, so it must time out (the harness checks the timeout).
    s = G(n)
    t = s.gettimeout()
    if not t or t > 0.5:
        raise Block()
    return s.sendall(b'x' * size)
def drain(n):
    # Read whatever comes (the sender's queue flows in as it is read) until
    # nothing more does: only whether something came is compared.
    s = G(n)
    tot = 0
    p = select.poll()
    p.register(s, select.POLLIN)
    while p.poll(200):
        d = s.recv(65536, socket.MSG_DONTWAIT)
        if not d:
            return ('eof', tot > 0)
        tot += len(d)
    return tot > 0
def acct(n, l):
    # accept with the listener's timeout; blocking only when one is pending.
    s = G(l)
    t = s.gettimeout()
    if t is None and not select.select([s], [], [], 0.02)[0]:
        raise Block()
    if t and not s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN):
        # (CPython polls first and times out; we see the call's EINVAL)
        raise Block()
    c, a = s.accept()
    drop(n)
    S[n] = c
    return a
def info(n):
    s = G(n)
    return s.family, s.type, s.proto, s.gettimeout()
def adopt2(n, *a):
    drop(n)
    S[n] = socket.socket(*a, fileno=FDS.pop())
class W:
    # An object with a fileno() method, good or bad.
    def __init__(self, n, how):
        self.n, self.how = n, how
    def fileno(self):
        h = self.how
        if h == 'ok':
            return G(self.n).fileno()
        if h == 'neg':
            return -1
        if h == 'str':
            return '3'
        if h == 'raise':
            raise ValueError('no fileno')
        if h == 'big':
            return 2**40
        if h == 'float':
            return 3.0
        return True
def wn(o):
    if isinstance(o, W):
        return o.n
    if isinstance(o, int):
        return name(o)
    return name(o)
def selw(r, w, t=0):
    a, b, c = select.select(r, w, [], t)
    return sorted(wn(x) for x in a), sorted(wn(x) for x in b)
def pwait(n, t):
    # poll() timeout forms, on a set where n is writable (or nothing is
    # registered: then only short waits are made).
    p = select.poll()
    if n is not None:
        p.register(G(n), select.POLLOUT)
        if not p.poll(0):
            raise Block()
    return [(wn(o), bits(e)) for o, e in p.poll(t)]
def pwo(objs):
    # (CPython gives the fd back, ours the object: both map to its label.)
    p = select.poll()
    lab = {}
    for o in objs:
        p.register(o, select.POLLIN | select.POLLOUT)
        # (Two objects with one fd: CPython keeps the fd, ours the first
        # object with the second's mask.)
        lab.setdefault(int(o if isinstance(o, int) else o.fileno()), wn(o))
    return sorted((lab.get(o, '?') if isinstance(o, int) else wn(o), bits(e)) for o, e in p.poll(0))
def nbr(n, k, fl=0):
    # recv with MSG_DONTWAIT: with a timeout CPython polls first (and times
    # out), ours honours the flag at once (EAGAIN): made only when data is
    # there or no timeout is set.
    # (Readable is not enough: an AF_UNIX OOB byte polls readable while the
    # call says EAGAIN, so data must be there to peek at.)
    s = G(n)
    try:
        t = s.gettimeout()
    except OSError:
        t = None
    if t and (fl & socket.MSG_OOB or not select.select([s], [], [], 0.02)[0] or peek(s) is None):
        raise Block()
    return s.recv(k, fl | socket.MSG_DONTWAIT)
def nbs(n, fl=0):
    # The same for a send with MSG_DONTWAIT (waits for room with a timeout).
    s = G(n)
    try:
        t = s.gettimeout()
    except OSError:
        t = None
    if t and not select.select([], [s], [], 0.02)[1]:
        raise Block()
    return s.send(b'ping', fl | socket.MSG_DONTWAIT)
def pnval(n, closer):
    # A poll set holding the fd of a socket that is then closed: POLLNVAL.
    s = G(n)
    fd = s.fileno()
    p = select.poll()
    p.register(fd, select.POLLIN | select.POLLOUT)
    unreg(s)
    closer(s)
    return [('fd' if o == fd else wn(o), bits(e)) for o, e in p.poll(0)]
def osclose(s):
    # The fd closed behind the object's back, then the object let go of it.
    os.close(s.detach())
SEL = {}
def mksel(k, kind):
    s = SEL.pop(k, None)
    if s is not None:
        s.close()
    SEL[k] = getattr(selectors, kind)()
def fo(x):
    # A file object for a selector: a slot's socket, its fd, or a W.
    if isinstance(x, tuple):
        return x[0](G(x[1]))
    return G(x)
def sk(key):
    o = key.fileobj
    ok = key.fd == (o if isinstance(o, int) else o.fileno())
    return (wn(o), ok, key.events, key.data)
def sreg(k, x, ev, *data):
    return sk(SEL[k].register(fo(x), ev, *data))
def smod(k, x, ev, *data):
    return sk(SEL[k].modify(fo(x), ev, *data))
def sunreg(k, x):
    return sk(SEL[k].unregister(fo(x)))
def sget(k, x):
    return sk(SEL[k].get_key(fo(x)))
def smap(k):
    m = SEL[k].get_map()
    if m is None:
        return None
    return len(m), sorted(sk(m[fd]) for fd in m), fo(MAPX[0]) in m if MAPX else None
MAPX = []
def mapx(n):
    MAPX[:] = [n]
def ssel(k, t=0):
    s = SEL[k]
    if t is None:
        m = s.get_map()
        if m is None or not m:
            raise Block()
        p = select.poll()
        for fd in m:
            p.register(fd)
        if not p.poll(0):
            raise Block()
    return sorted((sk(key), ev) for key, ev in s.select(t))
def sclose(k):
    return SEL[k].close()
def sdrop(n):
    # Unregister n from every selector (what a program must do before
    # closing it; epoll forgets a closed fd by itself, poll does not).
    s = G(n)
    for v in SEL.values():
        try:
            v.unregister(s)
        except Exception:
            pass
def closeall(n):
    sdrop(n)
    close(n)
'''

PAIR_EPILOGUE = r'''
for k in list(SEL):
    try:
        SEL[k].close()
    except Exception:
        pass
'''

PFAMS = ["socket.AF_INET", "socket.AF_INET6", "socket.AF_UNIX"]
PMASKS = ["", "select.POLLIN", "select.POLLOUT", "select.POLLIN | select.POLLOUT | select.POLLPRI",
    "select.POLLIN | select.POLLRDHUP", "0"]
PTIMEOUTS = ["None", "-1", "0", "1", "0.5", "1.5", "-1.5", "True", "2**31 - 1", "2**31", "2**63", "-2**63", "2**64",
    "-2**64", "'x'", "1e300", "float('nan')", "float('inf')", "-0.0", "b'1'", "[]"]
STIMEOUTS = ["0", "0.0", "0.001", "-1", "-0.0", "'x'", "float('nan')", "float('inf')", "2**64", "1e300", "True",
    "None", "[]"]


class PairGen:
    def __init__(self, rnd):
        self.r = rnd
        self.k = 0
        self.live = []  # slots of the scenarios so far
        self.data = []  # connected stream ends
        self.out = []

    def emit(self, *code):
        self.out.extend(code)

    def slots(self, *names):
        i = self.k
        self.k += 1
        return ["%s%d" % (n, i) for n in names]

    def fam(self, unix=True):
        return self.r.choice(PFAMS if unix else PFAMS[:2])

    def probe(self, n, m=None):
        # One or two random looks at the state of n (and its peer m).
        r = self.r
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            x = n if m is None or r.random() < 0.6 else m
            c = r.choice([
                "pm(%r%s)" % (x, ", " + r.choice(PMASKS[1:]) if r.random() < 0.5 else ""),
                "pm(%r)" % x, "sm(%r)" % x, "soe(%r)" % x,
                "nbr(%r, %s)" % (x, r.choice(["1", "100"])),
                "nbr(%r, 5, socket.MSG_PEEK)" % x,
                "nbs(%r)" % x,
                "G(%r).getpeername()" % x, "A(%r)" % x, "info(%r)" % x,
                "rd(%r).recv(100)" % x, "wr(%r).send(b'data')" % x,
                "nbs(%r, socket.MSG_OOB)" % x, "nbr(%r, 1, socket.MSG_OOB)" % x,
            ])
            self.emit(c)

    def conn(self, fam):
        # A connected pair over a listener that stays open.
        l, c, a = self.slots("l", "c", "a")
        self.emit("lst(%r, %s)" % (l, fam), "cli(%r, %s)" % (c, fam), "cn(%r, %r)" % (c, l),
            "acct(%r, %r)" % (a, l))
        self.data += [c, a]
        return l, c, a

    # -- scenarios ---------------------------------------------------------

    def sc_nbconnect(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.slots("l", "c", "a")
        self.emit("lst(%r, %s)" % (l, fam), "cli(%r, %s)" % (c, fam))
        if r.random() < 0.3:
            self.emit("G(%r).setblocking(False)" % l)
        self.emit("G(%r).setblocking(False)" % c)
        self.emit(r.choice(["cn(%r, %r)", "cx(%r, %r)"]) % (c, l))
        self.probe(c)
        self.emit("wt(%r, select.POLLOUT)" % c)
        self.probe(c)
        for _ in range(r.randint(1, 3)):
            self.emit(r.choice(["cn(%r, %r)" % (c, l), "cx(%r, %r)" % (c, l), "soe(%r)" % c, "pm(%r)" % c]))
        self.emit("wt(%r, select.POLLIN)" % l, "acct(%r, %r)" % (a, l))
        self.probe(a, c)
        self.data += [c, a]
        self.live += [l, c, a]

    def sc_refused(self):
        r = self.r
        fam = self.fam()
        d, c = self.slots("z", "c")
        self.emit("dead(%r, %s)" % (d, fam), "cli(%r, %s)" % (c, fam))
        how = r.choice(["block", "nb", "timeout"])
        if how == "nb":
            self.emit("G(%r).setblocking(False)" % c)
        elif how == "timeout":
            self.emit("G(%r).settimeout(%s)" % (c, r.choice(["0.5", "2"])))
        self.emit(r.choice(["cn(%r, %r)", "cx(%r, %r)"]) % (c, d))
        if how == "nb":
            self.emit("wt(%r, select.POLLOUT)" % c)
        for _ in range(r.randint(1, 4)):
            self.emit(r.choice(["pm(%r)" % c, "sm(%r)" % c, "soe(%r)" % c, "cx(%r, %r)" % (c, d), "cn(%r, %r)" % (c, d),
                "G(%r).send(b'x')" % c, "nbr(%r, 10)" % c, "G(%r).getpeername()" % c,
                "G(%r).sendall(b'abc')" % c, "G(%r).shutdown(socket.SHUT_RDWR)" % c]))
            if r.random() < 0.3:
                self.emit("wt(%r, select.POLLOUT)" % c)
        if r.random() < 0.5:
            # The port listens after all: a new connect works.
            self.emit("G(%r).listen()" % d, "cli(%r, %s)" % (c, fam), "cn(%r, %r)" % (c, d), "pm(%r)" % d)
        self.live += [d, c]

    def sc_reset(self):
        r = self.r
        fam = self.fam()
        if r.random() < 0.25:
            # Reset before the accept: accept() still hands the connection out.
            l, c, a = self.slots("l", "c", "a")
            self.emit("lst(%r, %s)" % (l, fam), "cli(%r, %s)" % (c, fam), "cn(%r, %r)" % (c, l),
                "wt(%r, select.POLLIN)" % l, r.choice(["rst(%r)", "close(%r)"]) % c, "pm(%r)" % l,
                "acct(%r, %r)" % (a, l), "pm(%r)" % a, "nbr(%r, 10)" % a, "soe(%r)" % a, "nbr(%r, 10)" % a)
            self.live += [l, a]
            return
        l, c, a = self.conn(fam)
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        if r.random() < 0.5:
            self.emit("wr(%r).send(b'unread')" % y)
            self.emit("wt(%r, select.POLLIN)" % x)
        if r.random() < 0.3:
            self.emit("wr(%r).send(b'inflight')" % x)
        self.emit(r.choice(["rst(%r)" % x, "rst(%r)" % x, "close(%r)" % x]))
        self.emit("wt(%r, select.POLLIN)" % y)
        for _ in range(r.randint(2, 6)):
            self.emit(r.choice(["pm(%r)" % y, "pm(%r, select.POLLOUT)" % y, "pm(%r, select.POLLIN | select.POLLRDHUP)" % y,
                "sm(%r)" % y, "soe(%r)" % y, "nbr(%r, 10)" % y, "rd(%r).recv(10)" % y,
                "G(%r).send(b'x')" % y, "G(%r).sendall(b'x' * 10)" % y, "G(%r).getpeername()" % y,
                "G(%r).shutdown(socket.SHUT_WR)" % y, "G(%r).recv_into(bytearray(4))" % y]))
        self.live += [l, y]

    def sc_halfclose(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        if r.random() < 0.5:
            self.emit("wr(%r).send(b'before')" % x)
        self.emit("G(%r).shutdown(%s)" % (x, r.choice(["socket.SHUT_WR", "socket.SHUT_WR", "socket.SHUT_RD", "socket.SHUT_RDWR"])))
        self.emit("wt(%r, select.POLLIN)" % y)
        for _ in range(r.randint(2, 7)):
            z = r.choice([x, y])
            self.emit(r.choice(["pm(%r)" % z, "pm(%r, select.POLLIN | select.POLLRDHUP)" % z, "sm(%r)" % z,
                "rd(%r).recv(100)" % z, "nbr(%r, 100)" % z, "wr(%r).send(b'after')" % z,
                "G(%r).send(b'x')" % z, "G(%r).shutdown(socket.SHUT_WR)" % z, "G(%r).shutdown(socket.SHUT_RD)" % z,
                "soe(%r)" % z, "wt(%r, select.POLLIN)" % z]))
        self.data += [c, a]
        self.live += [l, c, a]

    def sc_timeout(self):
        r = self.r
        fam = self.fam()
        if r.random() < 0.3:
            l, = self.slots("l")
            self.emit("lst(%r, %s)" % (l, fam), "G(%r).settimeout(%s)" % (l, r.choice(["0.01", "0.02", "0"])))
            n, = self.slots("a")
            self.emit("acct(%r, %r)" % (n, l), "pm(%r)" % l)
            c, = self.slots("c")
            self.emit("cli(%r, %s)" % (c, fam), "cn(%r, %r)" % (c, l), "wt(%r, select.POLLIN)" % l,
                "acct(%r, %r)" % (n, l), "info(%r)" % n)
            self.live += [l, n, c]
            return
        l, c, a = self.conn(fam)
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        self.emit("G(%r).settimeout(%s)" % (x, r.choice(["0.01", "0.02", "0.01"])))
        for _ in range(r.randint(1, 3)):
            self.emit(r.choice(["rd(%r).recv(10)" % x, "into(%r, bytearray(5))" % x, "rd(%r).recvfrom(10)" % x,
                "G(%r).gettimeout()" % x, "pm(%r)" % x]))
        self.emit("wr(%r).send(b'late')" % y, "wt(%r, select.POLLIN)" % x, "rd(%r).recv(10)" % x,
            "wr(%r).send(b'back')" % x, "wt(%r, select.POLLIN)" % y, "rd(%r).recv(10)" % y)
        self.live += [l, x, y]

    def sc_fill(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.slots("l", "c", "a")
        self.emit("lst(%r, %s)" % (l, fam), "cli(%r, %s)" % (c, fam), "small(%r, 4096)" % c, "small(%r, 4096)" % l,
            "cn(%r, %r)" % (c, l), "acct(%r, %r)" % (a, l))
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        self.emit("small(%r, 4096)" % x)
        if r.random() < 0.5:
            self.emit("G(%r).setblocking(False)" % x)
            self.emit("big(%r, 3000000)" % x)
            self.emit(r.choice(["G(%r).send(b'x' * 100000)" % x, "G(%r).sendall(b'x' * 100000)" % x,
                "G(%r).send(b'x')" % x]))
            self.emit("pm(%r)" % x, "pm(%r, select.POLLOUT)" % x, "sm(%r)" % x)
        else:
            self.emit("G(%r).settimeout(%s)" % (x, r.choice(["0.05", "0.1"])))
            self.emit("fill(%r, 2000000)" % x, "pm(%r, select.POLLOUT)" % x)
        self.emit("drain(%r)" % y, "wt(%r, select.POLLOUT)" % x, "wr(%r).send(b'again')" % x,
            "wt(%r, select.POLLIN)" % y, "rd(%r).recv(100)" % y)
        self.data += [c, a]
        self.live += [l, c, a]

    def sc_backlog(self):
        r = self.r
        fam = self.fam()
        l, = self.slots("l")
        self.emit("lst(%r, %s, %s)" % (l, fam, r.choice(["0", "1", "2", "-1"])))
        bs = self.slots(*["b%d_" % i for i in range(r.randint(1, 4))])
        for b in bs:
            self.emit("cli(%r, %s)" % (b, fam), "G(%r).setblocking(False)" % b, "cx(%r, %r)" % (b, l),
                "wt(%r, select.POLLOUT, 300)" % b, "wt(%r, select.POLLIN, 100)" % l, "pm(%r, select.POLLOUT)" % b)
            if r.random() < 0.5:
                # Still connecting (its SYN dropped: EALREADY) or done (0, then EISCONN).
                self.emit(r.choice(["cx(%r, %r)" % (b, l), "cn(%r, %r)" % (b, l), "soe(%r)" % b]))
        if r.random() < 0.5:
            # A connect with a timeout to the (maybe full) listener: done, or
            # timed out with its SYN dropped, and then still connecting.
            t, = self.slots("t")
            self.emit("cli(%r, %s)" % (t, fam), "G(%r).settimeout(0.05)" % t, "cn(%r, %r)" % (t, l),
                "pm(%r, select.POLLOUT)" % t, r.choice(["cx(%r, %r)" % (t, l), "soe(%r)" % t, "G(%r).getpeername()" % t]))
            bs.append(t)
        self.emit("G(%r).setblocking(False)" % l)
        a = self.slots("a")[0]
        for _ in range(len(bs) + 1):
            self.emit("acct(%r, %r)" % (a, l))
        for b in bs:
            self.emit("close(%r)" % b)
        self.live += [l]

    def sc_dup(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        d, = self.slots("d")
        self.emit("dup(%r, %r)" % (d, x), "close(%r)" % x, "pm(%r)" % d, "wr(%r).send(b'via dup')" % d,
            "wt(%r, select.POLLIN)" % y, "rd(%r).recv(100)" % y, "pm(%r)" % y, "A(%r)" % d, "G(%r).getpeername()" % d,
            "info(%r)" % d)
        if r.random() < 0.5:
            self.emit("G(%r).send(b'x')" % x, "G(%r).fileno()" % x)
        self.emit(r.choice(["close(%r)" % d, "rst(%r)" % d, "G(%r).shutdown(socket.SHUT_WR)" % d]),
            "wt(%r, select.POLLIN)" % y, "pm(%r)" % y, "rd(%r).recv(100)" % y)
        self.live += [l, y, d]

    def sc_adopt(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        if r.random() < 0.3:
            self.emit("G(%r).settimeout(0.5)" % x)
        n, = self.slots("x")
        self.emit("det(%r)" % x)
        self.emit(r.choice(["adopt(%r)" % n, "adopt(%r)" % n, "adopt2(%r, %s, socket.SOCK_STREAM)" % (n, fam),
            "adopt2(%r, %s, socket.SOCK_DGRAM)" % (n, fam), "adopt2(%r, %s)" % (n, fam)]))
        self.emit("info(%r)" % n, "A(%r)" % n, "G(%r).getpeername()" % n, "pm(%r)" % n, "wr(%r).send(b'adopted')" % n,
            "wt(%r, select.POLLIN)" % y, "rd(%r).recv(100)" % y, "wr(%r).send(b'reply')" % y, "wt(%r, select.POLLIN)" % n,
            "rd(%r).recv(100)" % n)
        if r.random() < 0.3:
            self.emit("adopt(%r)" % self.slots("x")[0])
        self.data += [n, y]
        self.live += [l, n, y]

    def sc_pollforms(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        for _ in range(r.randint(1, 4)):
            self.emit("pwait(%r, %s)" % (r.choice([c, a]), r.choice(PTIMEOUTS)))
        if r.random() < 0.3:
            self.emit("pwait(None, %s)" % r.choice(["0", "1", "0.5", "-0.0", "'x'", "float('nan')"]))
        for _ in range(r.randint(0, 2)):
            self.emit("select.select([G(%r)], [G(%r)], [], %s)" % (c, a, r.choice(STIMEOUTS)) if r.random() < 0.5
                else "selw([G(%r)], [G(%r)], %s)" % (c, a, r.choice(STIMEOUTS)))
        self.live += [l, c, a]

    def wobj(self, n):
        return "W(%r, %r)" % (n, self.r.choice(["ok", "ok", "ok", "neg", "str", "raise", "big", "float", "bool"]))

    def sc_fileno(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        if r.random() < 0.5:
            self.emit("wr(%r).send(b'ready')" % c, "wt(%r, select.POLLIN)" % a)
        objs = [c, a, l]
        for _ in range(r.randint(1, 3)):
            rl = ", ".join(self.wobj(x) if r.random() < 0.7 else "G(%r)" % x for x in r.sample(objs, r.randint(0, 3)))
            wl = ", ".join(self.wobj(x) if r.random() < 0.7 else "G(%r)" % x for x in r.sample(objs, r.randint(0, 2)))
            self.emit(r.choice(["selw([%s], [%s])" % (rl, wl), "selw((%s,), [%s])" % (rl, wl) if rl else "selw([], [%s])" % wl,
                "pwo([%s])" % rl, "selw([%s, %s], [])" % (rl, rl) if rl else "selw([], [])"]))
        self.live += [l, c, a]

    def sc_nval(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        x = r.choice([c, a, l])
        self.emit("pnval(%r, %s)" % (x, r.choice(["cl", "osclose", "lambda s: s.detach()"])))
        self.emit("pm(%r)" % x if r.random() < 0.5 else "sm(%r)" % x)
        self.live += [l]

    def sc_selectors(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        k, = self.slots("k")
        kind = r.choice(["PollSelector", "SelectSelector", "DefaultSelector"])
        self.emit("mksel(%r, %r)" % (k, kind))
        objs = [c, a, l]
        if kind != "DefaultSelector":
            objs += ["(lambda s: s.fileno(), %r)" % x for x in (c, a)]
        self.emit("mapx(%r)" % c)
        regs = []
        for _ in range(r.randint(2, 9)):
            x = r.choice(objs)
            xs = x if x.startswith("(") else repr(x)
            ev = r.choice(["selectors.EVENT_READ", "selectors.EVENT_WRITE", "3", "3", "0", "4", "'x'"])
            data = r.choice(["", ", None", ", 'd'", ", 5"])
            c2 = r.choice([
                "sreg(%r, %s, %s%s)" % (k, xs, ev, data), "sreg(%r, %s, %s%s)" % (k, xs, ev, data),
                "smod(%r, %s, %s%s)" % (k, xs, ev, data), "sunreg(%r, %s)" % (k, xs), "sget(%r, %s)" % (k, xs),
                "smap(%r)" % k, "ssel(%r, %s)" % (k, r.choice(["0", "0", "0.01", "-1", "None"])),
                "wr(%r).send(b'hi')" % r.choice([c, a]), "rd(%r).recv(10)" % r.choice([c, a]),
                "cli(%r, %s)" % (self.slots("c")[0], fam)])
            self.emit(c2)
            if "send" in c2:
                self.emit("wt(%r, select.POLLIN)" % (a if ("%r" % c) in c2 else c))
        if r.random() < 0.3:
            x = r.choice([c, a])
            self.emit("sdrop(%r)" % x, "close(%r)" % x, "ssel(%r)" % k)
        if r.random() < 0.3:
            self.emit("sclose(%r)" % k, "smap(%r)" % k, "sget(%r, %r)" % (k, c))
        self.live += [l, c, a]

    def sc_udp(self):
        # Datagrams to a port nobody listens on: ICMP port unreachable comes
        # back inside the send on loopback; a connected socket reports it.
        r = self.r
        fam = self.fam(unix=False)
        z, u = self.slots("g", "u")
        self.emit("gone(%r, %s)" % (z, fam), "ucli(%r, %s)" % (u, fam))
        if r.random() < 0.7:
            self.emit("ucn(%r, %r)" % (u, z))
        for _ in range(r.randint(2, 6)):
            self.emit(r.choice(["G(%r).send(b'dg')" % u, "usendto(%r, %r, b'dg')" % (u, z), "pm(%r)" % u,
                "pm(%r, select.POLLIN)" % u, "sm(%r)" % u, "soe(%r)" % u, "nbr(%r, 10)" % u,
                "rd(%r, socket.MSG_DONTWAIT).recvfrom(10, socket.MSG_DONTWAIT)" % u, "G(%r).getpeername()" % u,
                "wt(%r, select.POLLIN)" % u, "G(%r).settimeout(0.01)" % u, "rd(%r).recv(10)" % u,
                "G(%r).connect_ex(('127.0.0.1' if G(%r).family == socket.AF_INET else '::1', 0))" % (u, u)]))
        self.live += [u]

    def sc_pair(self):
        # socketpair(): one end closed, shut down or reset.
        r = self.r
        x, y = self.slots("p", "q")
        self.emit("pair(%r, %r%s)" % (x, y, r.choice(["", ", socket.AF_UNIX, socket.SOCK_DGRAM",
            ", socket.AF_UNIX, socket.SOCK_SEQPACKET", ", socket.AF_INET"])))
        if r.random() < 0.5:
            self.emit("wr(%r).send(b'queued')" % r.choice([x, y]))
        self.emit(r.choice(["close(%r)" % x, "G(%r).shutdown(socket.SHUT_WR)" % x, "G(%r).shutdown(socket.SHUT_RD)" % x,
            "G(%r).shutdown(socket.SHUT_RDWR)" % x, "rst(%r)" % x]))
        for _ in range(r.randint(2, 6)):
            z = y if r.random() < 0.7 else x
            self.emit(r.choice(["pm(%r)" % z, "pm(%r, select.POLLIN | select.POLLRDHUP)" % z, "sm(%r)" % z,
                "nbr(%r, 100)" % z, "rd(%r).recv(100)" % z, "G(%r).send(b'x')" % z, "soe(%r)" % z,
                "G(%r).sendall(b'y' * 3)" % z]))
        self.live += [x, y]

    def sc_create(self):
        r = self.r
        v, w = self.slots("v", "w")
        form = r.choice([("('127.0.0.1', 0)", ""), ("('::1', 0)", ", family=socket.AF_INET6"),
            ("('', 0)", ", family=socket.AF_INET6, dualstack_ipv6=True"), ("('', 0)", ", dualstack_ipv6=True"),
            ("('localhost', 0)", ""), ("('127.0.0.1', 0)", ", reuse_port=True"), ("T + '/srv'", ", family=socket.AF_UNIX")])
        self.emit("crs(%r, %s%s%s)" % (v, form[0], form[1], r.choice(["", ", backlog=0", ", backlog=5", ", backlog=None"])))
        for _ in range(r.randint(1, 3)):
            self.emit("crc(%r, %r%s%s)" % (w, v, r.choice(["", ", 'localhost'", ", '127.0.0.1'", ", '::1'"]),
                r.choice(["", ", timeout=0.5", ", timeout=None", ", timeout=0", ", source_address=('127.0.0.1', 0)",
                    ", all_errors=True"])))
            self.emit("wt(%r, select.POLLIN)" % v)
            a, = self.slots("a")
            self.emit("acct(%r, %r)" % (a, v))
            self.probe(w, a)
        if r.random() < 0.4:
            z, = self.slots("z")
            self.emit("dead(%r, socket.AF_INET)" % z, "crc(%r, %r%s)" % (w, z, r.choice(["", ", all_errors=True",
                ", 'localhost', all_errors=True", ", 'localhost'", ", timeout=0.5"])))
        self.live += [v, w]

    def sc_sendfile(self):
        r = self.r
        fam = self.fam()
        l, c, a = self.conn(fam)
        k = self.k
        self.emit("mkfile(%d, %d)" % (k, r.choice([0, 5, 100, 5000])))
        x, y = (c, a) if r.random() < 0.5 else (a, c)
        if r.random() < 0.3:
            self.emit(r.choice(["G(%r).settimeout(0)" % x, "G(%r).settimeout(0.5)" % x]))
        for _ in range(r.randint(1, 3)):
            args = r.choice(["", ", 0", ", 3", ", 3, 4", ", 0, 0", ", 0, None", ", -1", ", 10000", ", 2, -1", ", 0, 'x'",
                ", 'x'", ", 1.5"])
            self.emit("sf(%r, %d, %r%s)" % (x, k, r.choice(["rb", "rb", "rb", "r"]), args),
                "wt(%r, select.POLLIN, 200)" % y, "nbr(%r, 100000)" % y)
        if r.random() < 0.3:
            u, = self.slots("u")
            self.emit("new(%r, %s, socket.SOCK_DGRAM)" % (u, fam), "sf(%r, %d, 'rb')" % (u, k))
        self.live += [l, x, y]

    def sc_msg(self):
        r = self.r
        x, y = self.slots("p", "q")
        self.emit("pair(%r, %r%s)" % (x, y, r.choice(["", ", socket.AF_UNIX, socket.SOCK_DGRAM",
            ", socket.AF_UNIX, socket.SOCK_SEQPACKET"])))
        for _ in range(r.randint(1, 4)):
            m = r.choice(["[]", "[%r]" % x, "[%r, %r]" % (x, y)])
            self.emit(r.choice(["smsg(%r, %s)" % (x, m), "smsg(%r, %s, socket.MSG_DONTWAIT)" % (x, m),
                "socket.send_fds(G(%r), [b'fds'], [G(%r).fileno()])" % (x, y)]))
            self.emit(r.choice(["rmsg(%r, %s, %s)" % (y, r.choice(["1", "10", "100"]), r.choice(["0", "socket.CMSG_SPACE(4)",
                "socket.CMSG_SPACE(8)", "socket.CMSG_LEN(4)", "100"])),
                "rmsg(%r, 10, 100, socket.MSG_PEEK)" % y, "rfds(%r, 10, %s)" % (y, r.choice(["0", "1", "2"])),
                "nbr(%r, 100)" % y, "pm(%r)" % y]))
        self.live += [x, y]

    def sc_default(self):
        # socket.setdefaulttimeout(): what new, accepted, adopted and
        # create_connection sockets get.
        r = self.r
        fam = self.fam()
        self.emit("socket.setdefaulttimeout(%s)" % r.choice(["0.01", "0", "None", "0.02", "-1", "'x'"]),
            "socket.getdefaulttimeout()")
        l, c, a = self.slots("l", "c", "a")
        self.emit("lst(%r, %s)" % (l, fam), "info(%r)" % l, "cli(%r, %s)" % (c, fam), "info(%r)" % c,
            "cx(%r, %r)" % (c, l), "wt(%r, select.POLLIN)" % l, "acct(%r, %r)" % (a, l), "info(%r)" % a,
            "rd(%r).recv(10)" % a, "wr(%r).send(b'x')" % c, "wt(%r, select.POLLIN)" % a, "rd(%r).recv(10)" % a)
        if r.random() < 0.4:
            d, = self.slots("d")
            self.emit("dup(%r, %r)" % (d, a), "info(%r)" % d)
        if r.random() < 0.4:
            x, = self.slots("x")
            self.emit("det(%r)" % c, "adopt(%r)" % x, "info(%r)" % x)
        if r.random() < 0.3:
            w, = self.slots("w")
            self.emit("crc(%r, %r)" % (w, l), "info(%r)" % w)
        self.emit("socket.setdefaulttimeout(None)")
        self.live += [l, a]

    def sc_listener(self):
        # A listener shut down, or listening again.
        r = self.r
        fam = self.fam()
        l, c = self.slots("l", "c")
        self.emit("lst(%r, %s, %s)" % (l, fam, r.choice(["", "1"])))
        if r.random() < 0.5:
            self.emit("cli(%r, %s)" % (c, fam), "cx(%r, %r)" % (c, l), "wt(%r, select.POLLIN)" % l)
        self.emit(r.choice(["G(%r).shutdown(socket.SHUT_RD)", "G(%r).shutdown(socket.SHUT_RDWR)",
            "G(%r).shutdown(socket.SHUT_WR)", "G(%r).listen(5)", "G(%r).listen(0)"]) % l)
        a, c2 = self.slots("a", "c")
        for _ in range(r.randint(2, 5)):
            self.emit(r.choice(["pm(%r)" % l, "sm(%r)" % l, "soe(%r)" % l, "G(%r).setblocking(False)" % l,
                "acct(%r, %r)" % (a, l), "cli(%r, %s)" % (c2, fam), "cx(%r, %r)" % (c2, l), "pm(%r)" % c2,
                "G(%r).listen()" % l, "G(%r).getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)" % l]))
        self.live += [l]

    def program(self, n):
        r = self.r
        scen = [(3, self.sc_nbconnect), (3, self.sc_refused), (3, self.sc_reset), (3, self.sc_halfclose),
            (2, self.sc_timeout), (1, self.sc_fill), (1, self.sc_backlog), (2, self.sc_dup), (2, self.sc_adopt),
            (2, self.sc_pollforms), (2, self.sc_fileno), (2, self.sc_nval), (3, self.sc_selectors),
            (2, self.sc_udp), (2, self.sc_pair), (2, self.sc_create), (2, self.sc_sendfile), (2, self.sc_msg),
            (2, self.sc_default), (2, self.sc_listener)]
        total = sum(w for w, _ in scen)
        while len(self.out) < n:
            x = r.uniform(0, total)
            for w, f in scen:
                x -= w
                if x <= 0:
                    f()
                    break
            # Between scenarios: a few looks at the older slots.
            for _ in range(r.randint(0, 2)):
                if self.live:
                    self.probe(r.choice(self.live))
        return ["st(%d, lambda: %s)" % (i, c) for i, c in enumerate(self.out)]


def source(steps, msg, pair=False):
    pre, post = (PAIR_PRELUDE, PAIR_EPILOGUE) if pair else ("", "")
    return (PRELUDE % {"msg": msg}) + pre + "\n".join(steps) + "\n" + post + EPILOGUE


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


def shrink(binary, steps, build, want):
    # Drops runs of steps (halves, quarters... then single steps) while the
    # same line still differs in the same way; build(steps) is the program.
    # (Shared with diffio.py, with run, first_diff and key.)
    def same(trial):
        src = build(trial)
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
    return step_fuzzer_main(
        lambda rng, a: (PairGen if a.pair else Gen)(rng), lambda t, a: source(t, a.messages, a.pair), "dsock",
        extra_args=lambda ap: ap.add_argument("--pair", action="store_true",
            help="two-endpoint scenarios (see PairGen)"))


def fuzz_programs(binary, programs, build, a, tag, brief=None):
    # Runs each (number, steps) program under both interpreters, confirms a
    # first difference on a second run, shrinks it (unless a.no_min) and
    # prints it once. brief(p, steps, d), if given, reports instead of
    # shrinking. Shared with diffio.py.
    seen, n_bad, count = set(), 0, 0
    for p, steps in programs:
        count += 1
        src = build(steps)
        if a.keep:
            with open(os.path.join(a.keep, "%s_%d_%d.py" % (tag, a.seed, p)), "w") as f:
                f.write(src)
        d = first_diff(run(binary, src), run(CPYTHON, src))
        if d is None:
            continue
        # Confirm: the same first difference on a second run.
        d2 = first_diff(run(binary, src), run(CPYTHON, src))
        if key(d2) != key(d):
            print("=== unstable (seed %d, program %d): %r / %r" % (a.seed, p, d[1:], d2 and d2[1:]))
            continue
        if brief is not None:
            n_bad += 1
            brief(p, steps, d)
            continue
        small = steps if a.no_min else shrink(binary, steps, build, key(d))
        sig = "\n".join(small)
        if sig in seen:
            continue
        seen.add(sig)
        n_bad += 1
        print("=== mismatch (seed %d, program %d)" % (a.seed, p))
        print("\n".join(small))
        print("--- micropython: %s\n--- cpython:     %s" % (d[1], d[2]))
        sys.stdout.flush()
    print("%d programs, %d mismatches" % (count, n_bad))
    return 1 if n_bad else 0


def keyed_fuzzer_args(description, gens, steps):
    # The shared options of the fuzzers whose programs print "k.j value"
    # lines (diffpymods.py, diffthread.py).
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=5, help="programs to run")
    ap.add_argument("--steps", type=int, default=steps, help="steps a program")
    ap.add_argument("--binary", default=os.path.join(REPO, "micropython"))
    ap.add_argument("--cpython", default=CPYTHON)
    ap.add_argument("--messages", action="store_true", help="compare exception messages too")
    ap.add_argument("--only", type=lambda s: s.split(","), help=",".join(gens))
    ap.add_argument("--show", type=int, default=60, help="differences to print at most")
    ap.add_argument("--print", action="store_true", help="print the first program and exit")
    return ap


def keyed_differences(mine, ref, seen, confirm, a, with_end=True, first_only=False):
    # Compares two {"k.j": line} maps (and their "end"): each differing step
    # k (None for the end) is confirmed by confirm(key, k) -> (text, ours,
    # cpython) or None and reported once per way of differing (step numbers
    # aside). Returns the number of new reports.
    found = 0
    keys = sorted(set(mine) | set(ref), key=lambda x: [int(p) for p in x.split(".")] if x != "end" else [1 << 30])
    done = set()
    for key in keys:
        if mine.get(key) == ref.get(key) or (key == "end" and not with_end):
            continue
        k = int(key.split(".")[0]) if key != "end" else None
        if k in done:
            continue
        done.add(k)
        d = confirm(key, k)
        if d is None:
            continue
        text, m1, r1 = d
        sig = tuple(re.sub(r"^[\d.]+ ", "", x or "") for x in (m1, r1))
        if sig in seen:
            continue
        seen.add(sig)
        found += 1
        if len(seen) <= a.show:
            print("=== %s\n--- micropython: %s\n--- cpython:     %s" % (text, m1, r1))
            sys.stdout.flush()
        if first_only:
            break
    return found


def step_fuzzer_main(make_gen, source, tag, brief=None, extra_args=None):
    # The command line of a step fuzzer built on fuzz_programs (this file,
    # diffio.py, diffclass.py): make_gen(rng, args) has .program(steps),
    # source(steps, args) makes the program's text, brief(args) returns the
    # --brief reporter, extra_args(parser) adds a fuzzer's own options.
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=20, help="programs to run")
    ap.add_argument("--steps", type=int, default=60, help="steps per program")
    ap.add_argument("--binary", default=os.path.join(REPO, "micropython"),
        help="(a copy is run, so that the tree can be rebuilt meanwhile)")
    ap.add_argument("--messages", action="store_true", help="compare exception texts too")
    ap.add_argument("--keep", default="")
    ap.add_argument("--no-min", action="store_true")
    ap.add_argument("--first", type=int, default=0, help="the first program number")
    if brief is not None:
        ap.add_argument("--brief", action="store_true", help="only the first differing step of each program")
    ap.add_argument("--show", default="", help="SEED:PROG: print that program and exit")
    if extra_args is not None:
        extra_args(ap)
    a = ap.parse_args()

    def program(seed, p):
        return make_gen(random.Random(seed * 100003 + p), a).program(a.steps)
    if a.show:
        sd, pg = map(int, a.show.split(":"))
        print(source(program(sd, pg), a))
        return 0
    tmpdir = tempfile.mkdtemp()
    binary = os.path.join(tmpdir, "micropython")
    shutil.copy(a.binary, binary)
    try:
        programs = ((p, program(a.seed, p)) for p in range(a.first, a.first + a.count))
        return fuzz_programs(binary, programs, lambda t: source(t, a), a, tag,
            brief(a) if brief is not None and a.brief else None)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    sys.exit(main())
