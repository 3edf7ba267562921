#!/usr/bin/env python3
# Differential file and stream fuzzer (session 29): writes seeded random
# programs over io.BytesIO/StringIO, open() in its modes, file descriptors and
# the os/os.path functions on paths in a fresh temp directory, and compares
# what they print under ./micropython and CPython 3.11, step by step.
#
#   tools/fuzz/diffio.py [--seed N] [--count N] [--steps N] [--binary PATH]
#                        [--messages] [--keep DIR] [--no-min] [--show SEED:PROG]
#
# A program is a list of steps over named slots (f*: file objects and
# BytesIO/StringIO, d*: raw fds). Each step prints "K value" or
# "K E Class errno-name" (with --messages also the text), or "-" when the slot
# it needs was never filled, or "skip" when the harness refuses a step whose
# outcome we define differently on purpose (below). Every program runs in its
# own temp dir, which is also the cwd; values are normalised: the temp dir
# prints as $T, fds as "fd", stat results as (kind, size, nlink, mode bits),
# directory listings sorted, file objects as their slot name.
#
# Intended differences, normalised or never generated:
# - text files do not translate '\r\n' or '\r' when reading with newline=None
#   or '' (README: "as in MicroPython, \r\n is not translated when reading").
#   Only the files 'crlf' and 'nl' ever hold a '\r' (data never has one, and
#   only 'nl' is written with newline='\r'/'\r\n'); a native text read of
#   either is "skip", and neither is renamed or copied elsewhere.
# - a dropped file is not closed at once, and open()/os.stat first write out
#   every buffered file (README): the harness closes a slot's old object
#   before filling it again, and flushes every other open file before a step,
#   so only the step's own object keeps data in its buffer.
# - str accepted by binary stream writes, BytesIO(n) preallocating, and
#   write(buf, n): MicroPython forms, never generated.
# - BytesIO.getbuffer(): a view held while the BytesIO is resized is a
#   BufferError in CPython, which knows when a view dies by reference count;
#   the harness takes bytes() of it at once and never keeps one.
# - StringIO positions count UTF-8 bytes (modio.c): seek/tell/truncate on a
#   StringIO holding non-ASCII text, and a non-ASCII write before its end,
#   are "skip".
# - read1/readinto on text files and read1/readinto1 on raw (buffering=0)
#   binary files exist here (one type each), not in CPython: "skip".
# - pipes are unbuffered here: CPython's buffer takes a write to a pipe whose
#   reader is gone (or an fd opened for the other direction) and fails only
#   at the flush. An fd is opened by open(fd) only in its own direction.
# - a strict UTF-8 text file decodes what a read needs (CPython a whole
#   chunk): 'lat' and 'bad' are read natively only with an error handler;
#   after a UnicodeDecodeError a file's position is not compared.
# - not defined by CPython either, so not compared: a text write after a read
#   (or a read after a write) with no seek between, a read after a write in
#   append mode, truncate() after a text read (CPython cuts where its
#   read-ahead ended), tell() after next() on a text file (CPython refuses),
#   tell() of an appending file after a seek (CPython adds to the stale
#   position), read1() with no size (CPython: up to its buffer size), an fd
#   closed or replaced under open(fd, closefd=False), the depth a tree copied
#   into itself reaches.
# - whence 3 and 4 (SEEK_DATA/SEEK_HOLE) are ValueError on files here.
#
# A differing program is run again to confirm it, shrunk step by step while
# the first differing line stays the same, and printed with both outputs.

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diffsock import step_fuzzer_main  # noqa: E402 (the shared step driver)

PRELUDE = r'''
import io, os, errno, stat, sys
MSG = %(msg)r
for i in range(100):
    T = '/tmp/_dio_%%d_%%d' %% (os.getpid(), i)
    try:
        os.mkdir(T)
        break
    except OSError:
        pass
os.chdir(T)
def mk(p, data):
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)
os.mkdir('d')
mk('a', b'hello\nworld\n')
mk('d/e', b'e1\ne2')
mk('crlf', b'one\r\ntwo\rthree\n')
mk('lat', b'caf\xe9\nna\xefve\n')
mk('bad', b'ok\xff\xfe\nend\n')
mk('big', b'0123456789abcdef\n' * 600)
S = {}
FD = {}
RAW = set()
class Missing(Exception):
    pass
class Skip(Exception):
    pass
def G(n):
    v = S.get(n)
    if v is None:
        raise Missing()
    b = BORROW.get(n)
    if b and FDGEN.get(b[0], 0) != b[1]:
        # open(fd, closefd=False) whose fd was closed or replaced under it.
        raise Skip()
    return v
def D(n):
    v = FD.get(n)
    if v is None:
        raise Missing()
    return v
def name(x):
    for k in sorted(S):
        if S[k] is x:
            return k
    return None
def norm(v):
    if isinstance(v, bool) or v is None or isinstance(v, float):
        return v
    if isinstance(v, os.stat_result):
        return stt(v)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, str):
        return v.replace(T, '$T').replace(T[1:], '$T').replace(T.split('/')[-1], '$B')
    if isinstance(v, bytes):
        return v.replace(T.encode(), b'$T')
    if isinstance(v, (bytearray, memoryview)):
        return bytes(v)
    if isinstance(v, (list, tuple)):
        r = [norm(x) for x in v]
        return r if isinstance(v, list) else tuple(r)
    n = name(v)
    if n:
        return '<' + n + '>'
    return type(v).__name__
def stt(s):
    m = s.st_mode
    k = 'reg' if stat.S_ISREG(m) else 'dir' if stat.S_ISDIR(m) else 'fifo' if stat.S_ISFIFO(m) else 'other'
    return (k, s.st_size if k == 'reg' else None, s.st_nlink if k == 'reg' else None, oct(stat.S_IMODE(m)))
def ename(e):
    r = type(e).__name__
    en = getattr(e, 'errno', None)
    if isinstance(en, int):
        r += ' ' + errno.errorcode.get(en, str(en))
    if MSG:
        r += ' ' + repr(str(e).replace(T, '$T'))
    return r
def flush_others(own):
    for k in sorted(S):
        if k != own:
            try:
                S[k].flush()
            except Exception:
                pass
def st(k, own, f):
    flush_others(own)
    try:
        v = f()
        print(k, repr(norm(v)))
    except Missing:
        print(k, '-')
    except Skip:
        print(k, 'skip')
    except Exception as e:
        if isinstance(e, UnicodeDecodeError):
            # Where a text file stands after a decoding error is not defined.
            RAW.add(own)
        print(k, 'E', ename(e))
def drop(n):
    v = S.pop(n, None)
    RAW.discard(n)
    LR.discard(n)
    LW.discard(n)
    SEEKED.discard(n)
    NXT.discard(n)
    if v is not None:
        try:
            v.close()
        except Exception:
            pass
def put(n, v, raw=False):
    drop(n)
    S[n] = v
    if raw:
        RAW.add(n)
    return v
def op(n, p, *a, **kw):
    # Native text reading of a file that holds a '\r' differs on purpose.
    mode = a[0] if a else kw.get('mode', 'r')
    nl = kw.get('newline', a[4] if len(a) > 4 else None)
    tx = isinstance(mode, str) and 'b' not in mode and isinstance(p, str)
    base = p.split('/')[-1] if tx else ''
    raw = nl in (None, '') and base in ('crlf', 'nl')
    # A UTF-8 text file here decodes what a read needs, CPython a whole chunk:
    # bytes that do not decode fail later here. Read 'lat' and 'bad' so only
    # with an error handler or through the codec layer (other encodings).
    enc = kw.get('encoding', a[2] if len(a) > 2 else None)
    err = kw.get('errors', a[3] if len(a) > 3 else None)
    raw |= base in ('lat', 'bad') and enc in (None, 'utf-8', 'UTF8') and err in (None, 'strict')
    drop(n)
    f = open(p, *a, **kw)
    note(n, mode, kw.get('buffering', a[1] if len(a) > 1 else -1))
    return put(n, f, raw)
UNBUF = set()
APP = set()
BORROW = {}
FDGEN = {}
def note(n, mode, buf):
    # Raw binary files have no read1/readinto1 in CPython (ours do: one
    # FileIO type); an appending file's tell() after truncate() is stale there.
    UNBUF.discard(n)
    APP.discard(n)
    BORROW.pop(n, None)
    if buf == 0:
        UNBUF.add(n)
    if isinstance(mode, str) and 'a' in mode:
        APP.add(n)
LR = set()
LW = set()
SEEKED = set()
def rd(n):
    f = G(n)
    if n in RAW or n in LW and not isinstance(f, (io.StringIO, io.BytesIO)):
        # (a read after a write with no seek between: not defined either;
        # CPython may return what was there before the write, or read on
        # from before the end of an appending file)
        raise Skip()
    LR.add(n)
    return f
def sk(n):
    SEEKED.add(n)
    return ps(n)
def tl(n):
    # An appending file's tell() after a seek: CPython adds what was written
    # to the position sought, not to the end where the data went.
    f = ps(n)
    if n in APP and n in SEEKED or n in NXT:
        raise Skip()
    return f
NXT = set()
def rls(n):
    # (readlines() iterates: the same as next() for tell())
    f = rd(n)
    if text(f):
        NXT.add(n)
    return f
def nx(n):
    # CPython's text files refuse tell() after next() (until a seek); ours
    # tell. Not compared.
    f = rd(n)
    if text(f):
        NXT.add(n)
    return next(f)
def ps(n):
    # StringIO positions count UTF-8 bytes here (MicroPython), characters in
    # CPython: the same only while the text is ASCII.
    f = G(n)
    LR.discard(n)
    LW.discard(n)
    NXT.discard(n)
    if isinstance(f, io.StringIO):
        try:
            if not f.getvalue().isascii():
                raise Skip()
        except ValueError:
            pass
    return f
def text(f):
    return isinstance(f, io.StringIO) or hasattr(f, 'encoding')
def wr(n, d):
    # A str written to a binary stream is accepted on purpose (MicroPython).
    f = G(n)
    if isinstance(d, str) and not text(f):
        raise Skip()
    if n in LR and text(f) and not isinstance(f, io.StringIO):
        # A text write after a read, with no seek between: CPython writes
        # after its read-ahead (not a defined position).
        raise Skip()
    if isinstance(f, io.StringIO) and isinstance(d, str) and not f.closed:
        ps(n)
        if not d.isascii() and f.tell() != len(f.getvalue()):
            raise Skip()
    if isinstance(f, io.BytesIO) and not f.closed and f.tell() > 1 << 20:
        # (CPython's BytesIO is left unusable by the MemoryError of a write
        # far past its end)
        raise Skip()
    LW.add(n)
    return f
def wrl(n, a, b):
    wr(n, a)
    return wr(n, b).writelines([a, b])
def rdb(n, one=False):
    # read1/readinto on a text file: ours has them (MicroPython's text files
    # are the same stream type), CPython's TextIOWrapper does not.
    f = rd(n)
    if text(f) or one and n in UNBUF:
        raise Skip()
    return f
def tr(n):
    # truncate() after a text read: CPython cuts where its read-ahead ended.
    if n in APP or n in LR and text(G(n)):
        raise Skip()
    return ps(n)
def bio(n, *a):
    return put(n, io.BytesIO(*a))
def sio(n, *a, **kw):
    return put(n, io.StringIO(*a, **kw))
ACC = {}
PATHOF = {}
def fdgone(n):
    FDGEN[n] = FDGEN.get(n, 0) + 1
    old = FD.pop(n, None)
    if old is not None:
        try:
            os.close(old)
        except OSError:
            pass
def ofd(n, p, fl, *a):
    fdgone(n)
    FD[n] = os.open(p, fl, *a)
    ACC[n] = ('r', 'w', 'rw')[fl & os.O_ACCMODE]
    PATHOF[n] = p.split('/')[-1] if isinstance(p, str) else ''
    return 'fd'
def pipe(n, m):
    fdgone(n)
    fdgone(m)
    r, w = os.pipe()
    os.set_blocking(r, False)
    FD[n], FD[m] = r, w
    ACC[n], ACC[m] = 'r', 'w'
    PATHOF[n] = PATHOF[m] = '|'
    return 'fd'
def fdopen(n, d, mode, *a, **kw):
    fd = D(d)
    # A mode the fd was not opened for: CPython's buffer takes a write that
    # fails only at the flush; a pipe here is unbuffered and fails at once.
    m = set(mode.replace('a', 'w').replace('+', 'rw')) & {'r', 'w'}
    if not m <= set(ACC[d]):
        raise Skip()
    drop(n)
    f = open(fd, mode, *a, **kw)
    note(n, mode, a[0] if a else -1)
    if 'b' not in mode and PATHOF[d] in ('crlf', 'nl', 'lat', 'bad') or PATHOF[d] == '|':
        # (a file on the non-blocking pipe: a read with nothing there is None
        # in CPython's raw file and fails in its buffered ones)
        RAW.add(n)
    if kw.get('closefd', True):
        # The file owns the fd now.
        del FD[d]
        FDGEN[d] = FDGEN.get(d, 0) + 1
    else:
        BORROW[n] = (d, FDGEN.get(d, 0))
    return put(n, f)
def fdclose(d):
    os.close(D(d))
    del FD[d]
    FDGEN[d] = FDGEN.get(d, 0) + 1
def dup(n, d):
    fd = os.dup(D(d))
    acc, po = ACC[d], PATHOF[d]
    fdgone(n)
    FD[n] = fd
    ACC[n], PATHOF[n] = acc, po
    return 'fd'
def dup2(d, e):
    D(d), D(e)
    FDGEN[e] = FDGEN.get(e, 0) + 1
    ACC[e], PATHOF[e] = ACC[d], PATHOF[d]
    return os.dup2(FD[d], FD[e]) == FD[e]
def fno(n):
    r = G(n).fileno()
    return 'fd' if isinstance(r, int) and r > 2 else r
def into(n, k, m='readinto'):
    b = bytearray(k)
    r = getattr(rdb(n, m == 'readinto1'), m)(b)
    return r, b
def gbuf(n):
    return bytes(G(n).getbuffer())
def it(n, k):
    f = rd(n)
    if text(f):
        NXT.add(n)
    r = []
    for x in f:
        r.append(x)
        if len(r) >= k:
            break
    return r
def wth(n, how):
    f = rd(n)
    with f as g:
        r = g is f
        if how == 1:
            r = g.read(3)
        elif how == 2:
            raise KeyError('in with')
    return r, f.closed
def fmt(n):
    f = G(n)
    return f.name, f.mode, f.closed
def enc(n):
    f = G(n)
    return f.encoding, f.errors
def tcookie(n, k):
    # A tell() cookie read back with seek(): CPython defines only that.
    f = rd(n)
    f.read(k)
    c = tl(n).tell()
    a = f.read(4)
    f.seek(c)
    return a == f.read(4)
def lsd(p='.'):
    return sorted(os.listdir(p))
def scd(p='.'):
    with os.scandir(p) as s:
        return sorted((e.name, e.is_file(), e.is_dir(), e.path) for e in s)
def walk(p='.', td=True):
    return sorted((a, sorted(b), sorted(c)) for a, b, c in os.walk(p, td))
def cwd():
    return os.getcwd()
def cd(p):
    # Only inside the temp dir.
    os.chdir(T)
    os.chdir(p)
    return os.getcwd()
def fst(d):
    return os.fstat(D(d))
def rm(p):
    # (a rmtree of our own, on the functions under test only at the leaves)
    if os.path.isdir(p) and not os.path.islink(p):
        for x in os.listdir(p):
            rm(p + '/' + x)
        os.rmdir(p)
    else:
        os.remove(p)
'''

EPILOGUE = r'''
for k in sorted(S):
    try:
        S[k].close()
    except Exception:
        pass
for k in sorted(FD):
    try:
        os.close(FD[k])
    except OSError:
        pass
os.chdir('/')
try:
    rm(T)
except OSError:
    pass
print('end')
'''

FILES = ["f0", "f1", "f2", "f3"]
FDS = ["d0", "d1", "d2", "d3"]
# Paths: relative (the cwd is the temp dir unless a step moved it) and absolute.
PATHS = ["'a'", "'b'", "'c'", "'d'", "'d/e'", "'d/f'", "'d/f/g'", "'a/x'", "'nope/x'", "'lat'", "'bad'", "'big'",
    "T + '/a'", "T + '/d/e'", "T + '/n'", "'.'", "'d/'", "'nl'", "'crlf'"]
BADPATHS = ["''", "b'a'", "'x' * 300", "'a\\x00b'", "5", "None", "1.5", "b'd/e'"]
# Names that keep their '\r' (never the source of a rename or copy).
CRPATHS = ("'crlf'", "'nl'")
BDATA = ["b''", "b'abc'", "b'\\n'", "b'x\\ny\\n'", "b'\\x01\\x7f'", "b'\\xc3\\xa9\\n'", "b'hello world\\n' * 3",
    "bytes(5)", "bytearray(b'ba')", "memoryview(b'mv')", "b'q' * 9000"]
TDATA = ["''", "'abc'", "'x\\ny\\n'", "'\\xe9\\n'", "'\\u65e5\\u672c'", "'line1\\nline2\\nline3'", "'\\x00'",
    "'\\udcff'", "'\\xff'", "'\\n\\n'", "'w' * 9000", "'\\U0001f600'"]
BADDATA = ["None", "5", "[b'x']", "'s'", "b's'"]
MODES = ["'r'", "'w'", "'a'", "'x'", "'r+'", "'w+'", "'a+'", "'rb'", "'wb'", "'ab'", "'xb'", "'rb+'", "'wb+'", "'ab+'",
    "'br'", "'rt'", "'wt+'"]
BADMODES = ["'rw'", "'z'", "''", "'rr'", "'b'", "'t'", "'rbt'", "'U'", "'rU'", "5", "'+'", "'ra'"]
ENCODINGS = ["'utf-8'", "'latin-1'", "'ascii'", "'UTF8'"]
ERRORS = ["'strict'", "'replace'", "'ignore'", "'surrogateescape'"]
NEWLINES = ["None", "''", "'\\n'", "'\\r'", "'\\r\\n'"]
OFLAGS = ["os.O_RDONLY", "os.O_WRONLY", "os.O_RDWR", "os.O_WRONLY | os.O_CREAT", "os.O_RDWR | os.O_CREAT | os.O_TRUNC",
    "os.O_WRONLY | os.O_APPEND", "os.O_RDWR | os.O_CREAT | os.O_EXCL", "os.O_RDONLY | os.O_DIRECTORY",
    "os.O_WRONLY | os.O_CREAT | os.O_APPEND"]
SIZES = ["0", "1", "3", "5", "100", "-1", "None", "20000"]
BADSIZES = ["'x'", "1.5", "2**64", "-2", "[]", "True"]
# (whence 3 and 4, SEEK_DATA and SEEK_HOLE, are refused on files here)
WHENCE = ["", ", 0", ", 1", ", 2", ", io.SEEK_END", ", -1"]
OFFS = ["0", "1", "3", "-1", "-3", "100", "5", "2**62", "'x'"]
PATHFUNCS = ["exists", "isfile", "isdir", "islink", "getsize", "abspath", "basename", "dirname", "split", "splitext",
    "normpath", "isabs", "realpath", "lexists"]
PUREPATHS = ["''", "'.'", "'..'", "'/'", "'//x'", "'a/b/'", "'a//b'", "'a/./b/../c'", "'/a/b.tar.gz'", "'.bashrc'",
    "'a.'", "'../..'", "'x/..'", "b'a/b'", "'///a//b/'"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.live = set()
        self.kind = {}  # slot -> 'b' (binary) / 't' (text), as last opened

    def slot(self, pool, prefix):
        live = sorted(x for x in self.live if x.startswith(prefix))
        return self.r.choice(live if live and self.r.random() < 0.9 else pool)

    def path(self):
        r = self.r
        return r.choice(BADPATHS) if r.random() < 0.05 else r.choice(PATHS)

    def mpath(self):
        # A path that may be moved away or copied from: never one with '\r'.
        while True:
            p = self.path()
            if p not in CRPATHS:
                return p

    def data(self, f):
        r = self.r
        if r.random() < 0.05:
            return r.choice(BADDATA)
        return r.choice(TDATA if self.kind.get(f) == "t" else BDATA)

    def size(self):
        return self.r.choice(BADSIZES) if self.r.random() < 0.05 else self.r.choice(SIZES)

    def open_args(self):
        r = self.r
        mode = r.choice(BADMODES) if r.random() < 0.04 else r.choice(MODES)
        args = [mode]
        kw = []
        text = "b" not in mode
        if r.random() < 0.3:
            kw.append("buffering=%s" % r.choice(["0", "1", "-1", "2", "64", "'x'"]))
        if text and r.random() < 0.5 or r.random() < 0.03:
            kw.append("encoding=%s" % r.choice(ENCODINGS + ["'nope'"] if r.random() < 0.05 else ENCODINGS))
        if text and r.random() < 0.35 or r.random() < 0.03:
            kw.append("errors=%s" % r.choice(ERRORS))
        if text and r.random() < 0.3 or r.random() < 0.03:
            kw.append("newline=%s" % r.choice(NEWLINES + ["'x'"] if r.random() < 0.05 else NEWLINES))
        return args, kw, text

    def note(self, f, text):
        self.live.add(f)
        self.kind[f] = "t" if text else "b"

    def step(self):
        r = self.r
        f = self.slot(FILES, "f")
        d, e = self.slot(FDS, "d"), self.slot(FDS, "d")
        p, q = self.path(), self.mpath()
        n = self.size()
        dt = self.data(f)
        ops = [
            (10, self.opener),
            (2, lambda: self.mkbio(f)),
            (2, lambda: self.mksio(f)),
            (8, lambda: (f, "rd(%r).read(%s)" % (f, r.choice([n, ""])))),
            # (read1() with no size or a negative one: as much as CPython's buffer size)
            (2, lambda: (f, "rdb(%r, 1).read1(%s)" % (f, r.choice(["0", "1", "3", "100"])))),
            (3, lambda: (f, "into(%r, %s%s)" % (f, r.choice([0, 1, 4, 64]), r.choice(["", "", ", 'readinto1'"])))),
            (6, lambda: (f, "rd(%r).readline(%s)" % (f, r.choice([n, "", "-1"])))),
            (3, lambda: (f, "rls(%r).readlines(%s)" % (f, r.choice([n, "", "0", "-1", "4"])))),
            (9, lambda: (f, "wr(%r, %s).write(%s)" % (f, dt, dt))),
            (2, lambda: (f, "wrl(%r, %s, %s)" % (f, self.data(f), self.data(f)))),
            (6, lambda: (f, "sk(%r).seek(%s%s)" % (f, r.choice(OFFS), r.choice(WHENCE)))),
            (5, lambda: (f, "tl(%r).tell()" % f)),
            (3, lambda: (f, "tr(%r).truncate(%s)" % (f, r.choice(["", "0", "2", "50", "None", "-1", "'x'"])))),
            (2, lambda: (f, "G(%r).getvalue()" % f)),
            (1, lambda: (f, "gbuf(%r)" % f)),
            (2, lambda: (f, "G(%r).flush()" % f)),
            (2, lambda: (f, "fno(%r)" % f)),
            (2, lambda: (f, "(G(%r).readable(), G(%r).writable(), G(%r).seekable())" % (f, f, f))),
            (1, lambda: (f, "G(%r).isatty()" % f)),
            (2, lambda: (f, "fmt(%r)" % f)),
            (1, lambda: (f, "enc(%r)" % f)),
            (3, lambda: (f, "G(%r).close()" % f)),
            (2, lambda: (f, "it(%r, %d)" % (f, r.choice([1, 2, 100])))),
            (1, lambda: (f, "nx(%r)" % f)),
            (2, lambda: (f, "wth(%r, %d)" % (f, r.randint(0, 2)))),
            (2, lambda: (f, "tcookie(%r, %d)" % (f, r.choice([0, 1, 3, 7])))),
            (1, lambda: (f, "%s(%r).%s" % ("rdb" if "into" in x else "G", f, x)) if [x := r.choice(["read('x')", "read(1, 2)", "seek()", "seek(0, 0, 0)",
                "readline('x')", "write()", "truncate(1, 2)", "readlines('x')", "writelines(5)", "writelines([5])",
                "readinto(b'ab')", "readinto('x')", "seek(None)", "readline(1.5)", "write(b'a', 1, 2, 3)"])] else None),
            # raw fds
            (5, lambda: self.fdop(d, p)),
            (4, lambda: (None, "os.read(D(%r), %s)" % (d, r.choice(["0", "1", "5", "100", "-1", "'x'"])))),
            (4, lambda: (None, "os.write(D(%r), %s)" % (d, r.choice(BDATA[:9] + ["'s'", "None"])))),
            (3, lambda: (None, "os.lseek(D(%r), %s, %s)" % (d, r.choice(["0", "2", "-1", "100", "-100"]),
                r.choice(["0", "1", "2", "os.SEEK_END", "7"])))),
            (2, lambda: (None, "fdclose(%r)" % d)),
            (3, lambda: (None, "fst(%r)" % d)),
            (1, lambda: (None, "os.ftruncate(D(%r), %s)" % (d, r.choice(["0", "3", "100", "-1"])))),
            (1, lambda: self.note_fd(d, "dup(%r, %r)" % (d, e))),
            (1, lambda: (None, "dup2(%r, %r)" % (d, e))),
            (1, lambda: self.pipe(d, e)),
            (2, lambda: self.fdfile(f, d)),
            (1, lambda: (None, "os.isatty(D(%r))" % d)),
            # paths
            (4, lambda: (None, "os.stat(%s)" % p)),
            (1, lambda: (None, "os.lstat(%s)" % p)),
            (3, lambda: (None, "os.%s(%s, %s)" % (r.choice(["rename", "replace"]), q, self.path()))),
            (3, lambda: (None, "os.%s(%s)" % (r.choice(["remove", "unlink"]), q))),
            (3, lambda: (None, "os.mkdir(%s%s)" % (p, r.choice(["", ", 0o755", ", 0o700"])))),
            (2, lambda: (None, "os.makedirs(%s%s)" % (p, r.choice(["", ", exist_ok=True", ", 0o755, True"])))),
            (2, lambda: (None, "os.rmdir(%s)" % q)),
            (1, lambda: (None, "os.removedirs(%s)" % q)),
            (3, lambda: (None, "lsd(%s)" % r.choice(["", p]))),
            (2, lambda: (None, "scd(%s)" % r.choice(["", p]))),
            (1, lambda: (None, "walk(%s)" % r.choice(["", "'.'", "'d'", "T", p + ", False"]))),
            (1, lambda: (None, "cwd()")),
            (1, lambda: (None, "cd(%s)" % r.choice(["'d'", "'.'", "'d/f'", "'a'", "'nope'", "T"]))),
            (1, lambda: (None, "os.truncate(%s, %s)" % (p, r.choice(["0", "4", "30", "-1"])))),
            (4, lambda: (None, "os.path.%s(%s)" % (r.choice(PATHFUNCS), p))),
            (2, lambda: (None, "os.path.%s(%s)" % (r.choice(PATHFUNCS[5:12] + ["normcase", "relpath"]),
                r.choice(PUREPATHS)))),
            (1, lambda: (None, "os.path.join(%s, %s)" % (r.choice(PUREPATHS), r.choice(PUREPATHS)))),
            (1, lambda: (None, "os.path.%s([%s, %s])" % (r.choice(["commonpath", "commonprefix"]),
                r.choice(PUREPATHS), r.choice(PUREPATHS)))),
            (1, lambda: (None, "os.path.relpath(%s, %s)" % (p, r.choice(PUREPATHS[:4] + ["'d'", "T"])))),
            (1, lambda: (None, "os.path.samefile(%s, %s)" % (p, self.path()))),
            (1, lambda: (None, "os.access(%s, %s)" % (p, r.choice(["os.F_OK", "os.R_OK", "os.W_OK | os.X_OK"])))),
            (2, self.shutil_op),
            (1, lambda: (None, r.choice(["os.open()", "os.read(-1, 1)", "os.write(9999, b'x')", "os.close(9999)",
                "os.lseek(9999, 0, 0)", "os.fstat(-1)", "os.dup(9999)", "os.listdir(5)", "os.stat(9999)",
                "os.open('a', 'x')", "os.mkdir('')", "os.rename('a')", "os.fstat('a')", "os.read(0)",
                "os.truncate('a', 'x')", "os.ftruncate(9999, 0)", "open(9999)", "open(-1)", "open('a', 'r', -5)",
                "os.path.join('a', 5)", "os.path.join(b'a', 'b')", "os.listdir('')",
                "io.BytesIO('x')", "io.StringIO(b'x')", "open('a', 'rb', encoding='utf-8')",
                "open('a', 'rb', newline='')", "open('a', 'rb', errors='strict')", "open('a', 'r', 0)",
                "open('a', 'r', newline='x')", "open('a', 'r', closefd=False)", "open('a', 'r', opener=5)",
                "os.makedirs('')", "os.remove('d')", "os.rmdir('a')", "os.rmdir('.')", "os.rename('d', 'd/f')"]))),
        ]
        total = sum(w for w, _ in ops)
        x = r.uniform(0, total)
        for w, fn in ops:
            x -= w
            if x <= 0:
                return fn()
        return ops[-1][1]()

    def opener(self):
        r = self.r
        f = self.slot(FILES, "f")
        args, kw, text = self.open_args()
        p = self.path()
        if not text or "newline=" not in " ".join(kw) or "newline=None" in kw or "newline=''" in kw:
            pass
        elif r.random() < 0.6:
            # Writes with newline='\r' or '\r\n' put a '\r' on disk: only in 'nl'.
            p = "'nl'" if args[0].strip("'") not in ("r", "rt") else p
        self.note(f, text)
        return f, "op(%r, %s)" % (f, ", ".join([p] + args + kw))

    def mkbio(self, f):
        self.note(f, False)
        return f, "bio(%r%s)" % (f, self.r.choice(["", ", b'abc\\ndef\\n'", ", b''", ", bytearray(b'xy')",
            ", memoryview(b'mv\\n')", ", None", ", b'x' * 20"]))

    def mksio(self, f):
        self.note(f, True)
        return f, "sio(%r%s)" % (f, self.r.choice(["", ", 'abc\\ndef\\n'", ", ''", ", None", ", '\\xe9\\u65e5\\n'",
            ", 'a\\nb', newline=''", ", 'a\\nb', newline=None", ", 'a\\nb', newline='\\r\\n'", ", 'a\\r\\nb\\rc', newline=None",
            ", 'a\\r\\nb\\rc', newline=''", ", 'a\\r\\nb\\rc\\n', newline='\\r'", ", initial_value='kw'"]))

    def fdop(self, d, p):
        r = self.r
        self.live.add(d)
        mode = r.choice(["", "", ", 0o644", ", 0o600", ", 0o755"])
        return None, "ofd(%r, %s, %s%s)" % (d, p, r.choice(OFLAGS), mode)

    def note_fd(self, d, code):
        self.live.add(d)
        return None, code

    def pipe(self, d, e):
        if d == e:
            d, e = "d0", "d1"
        self.live.update((d, e))
        return None, "pipe(%r, %r)" % (d, e)

    def fdfile(self, f, d):
        r = self.r
        mode = r.choice(["'rb'", "'wb'", "'r'", "'w'", "'rb+'", "'ab'", "'r+'"])
        self.note(f, "b" not in mode)
        return f, "fdopen(%r, %r, %s%s%s)" % (f, d, mode, r.choice(["", ", 0", ", -1"]),
            r.choice(["", ", closefd=False", ", closefd=True"]))

    def shutil_op(self):
        r = self.r
        p, q = self.mpath(), self.path()
        if r.random() < 0.2:
            return None, "shutil.rmtree(%s)" % r.choice(["'d'", "'d/f'", "'a'", "'nope'", "'c'"])
        f = r.choice(["shutil.copyfile(%s, %s)", "shutil.copy(%s, %s)", "shutil.move(%s, %s)",
            "shutil.copytree(%s, %s)"])
        if "copytree" in f:
            # (a tree copied into itself grows until the path is too long:
            # how deep each gets is not compared)
            p, q = r.choice(["'d'", "'d/f'", "T + '/d'", "'a'", "'nope'"]), r.choice(["'c'", "'b'", "'a'", "'nope/x'"])
        return None, f % (p, q)

    def program(self, n):
        code = []
        for f in self.r.sample(FILES, 2):
            code.append(self.opener())
        while len(code) < n:
            code.append(self.step())
        return ["st(%d, %r, lambda: %s)" % (i, own, c) for i, (own, c) in enumerate(code)]


def source(steps, msg):
    return (PRELUDE % {"msg": msg}) + "import shutil\n" + "\n".join(steps) + "\n" + EPILOGUE


def brief_reporter(a):
    def brief(p, steps, d):
        k = re.match(r"(\d+) ", d[1] or d[2] or "")
        code = [x for x in steps if k and x.startswith("st(%s," % k.group(1))]
        print("=== %d:%d %s\n  mp: %s\n  py: %s" % (a.seed, p, code[0] if code else "?", (d[1] or "")[:300],
            (d[2] or "")[:300]))
    return brief


def main():
    return step_fuzzer_main(lambda rng, a: Gen(rng), lambda t, a: source(t, a.messages), "dio", brief_reporter)


if __name__ == "__main__":
    sys.exit(main())
