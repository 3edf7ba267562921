# Program generators for code changed in session 10:
#   getattr    descriptors (property, user __get__) that raise AttributeError
#              or others, in classes whose __getattr__ is added, replaced,
#              deleted (also from inside __get__), inherited or recursive
#   module     types.ModuleType subclasses: attributes stored before/after
#              super().__init__, __slots__, __dict__ swaps, __class__ changes,
#              dir()/vars()/repr of half-made modules
#   pathlike   os.PathLike/os.fspath/open()/os.stat with odd __fspath__
#   codec      str.encode/bytes.decode over random text (surrogates, astral,
#              NUL, Latin-1) with every codec and error handler, str and
#              bytes subclasses, memoryview/bytearray sources, heap_lock
#   unix       AF_UNIX bind/connect/sendto with surrogate, NUL, long, bytes
#              names; getsockname/recvfrom of them
#   poll       poll/select registering objects whose fileno/__getattr__
#              raise, return odd values or close the socket
#   stream     asyncio.StreamReader fed by feed_data/feed_eof/set_exception
#              while read/readline/readuntil/readexactly wait
#   modclass   module.__class__ = ModuleType subclass (and back, and bad
#              targets) under live bound methods, frames, weakrefs, sys.modules
#   itstate    iterator __setstate__/__reduce__ with odd indexes, on exhausted
#              iterators and sequences that shrank, copy/pickle of them
#   cold       traceback printing of chained/cyclic exceptions, dict view set
#              operations with hostile __eq__/__hash__, match statements with
#              odd __match_args__ and mappings (code marked MP_COLD)
# Each statement catches its own exception: the point is a crash, a
# sanitizer report or a hang. The codec and stream parts print only
# deterministic text, so `--diff N` can compare them with CPython.
#   python3 tools/fuzz/gen_s10.py SEED > /tmp/c.py      one program
#   python3 tools/fuzz/gen_s10.py --run N [BINARY]      N seeds; prints failures
#   python3 tools/fuzz/gen_s10.py --diff N [BINARY]     N diffable seeds
#                                                       against python3
# strat_s10(rnd, corpus) has the signature of fuzz.py's strategies.
import random

PRELUDE = r"""import sys, gc, os, types
try:
    import micropython
except ImportError:
    micropython = None
def _t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r)[:80] if isinstance(r, (int, str, bytes, bool, tuple, list)) else '')
    except BaseException as e:
        print(type(e).__name__)
"""


def pick(rnd, xs):
    return rnd.choice(xs)


# --- getattr ---------------------------------------------------------------

RAISES = ["raise AttributeError('x')", "raise AttributeError", "raise KeyError('k')", "return 7",
          "return self", "gc.collect(); raise AttributeError", "return o.__dict__.get('z', 0) if o else 0",
          "type(o).__getattr__ = lambda s, n: 9 if o else 0; raise AttributeError",
          "(delattr(type(o), '__getattr__') if o and '__getattr__' in type(o).__dict__ else 0); raise AttributeError",
          "return getattr(o, 'other', 1) if o else 1", "raise StopIteration", "return [][1]"]
GETATTRS = ["return n", "raise AttributeError(n)", "return getattr(self, n + 'x')",
            "return self.__dict__[n]", "return type(self).d", "gc.collect(); return 1",
            "raise KeyError(n)", "return super().__getattribute__(n)"]


def gen_getattr(rnd):
    out = ["class D:",
           "    def __get__(self, o, t=None):",
           "        " + pick(rnd, RAISES)]
    if rnd.random() < 0.5:
        out += ["    def __set__(self, o, v):", "        o.__dict__['d'] = v"]
    base = pick(rnd, ["object", "dict", "list", "Exception", "int"])
    out += ["class A(%s):" % base, "    d = D()",
            "    @property",
            "    def p(self):", "        o = self", "        " + pick(rnd, RAISES)]
    if rnd.random() < 0.7:
        out += ["    def __getattr__(self, n):", "        if len(n) > 30: raise AttributeError(n)",
                "        " + pick(rnd, GETATTRS)]
    out += ["class B(A):", "    pass", "objs = [A(), B()]"]
    ops = ["objs[%d].d", "objs[%d].p", "getattr(objs[%d], 'd', 'dflt')", "hasattr(objs[%d], 'p')",
           "objs[%d].missing", "setattr(objs[%d], 'd', 3)", "delattr(A, '__getattr__')",
           "setattr(A, '__getattr__', lambda s, n: n)", "setattr(B, '__getattr__', None)",
           "setattr(A, 'd', property(lambda s: s.q))", "setattr(A, 'q', D())", "delattr(objs[%d], 'd')",
           "gc.collect()", "vars(objs[%d]) if hasattr(objs[%d], '__dict__') else 0",
           "[getattr(objs[%d], n, 0) for n in ('d', 'p', 'q', 'zz')]", "setattr(B, 'd', 5)",
           "delattr(B, 'd')", "setattr(A, '__getattribute__', lambda s, n: object.__getattribute__(s, n))",
           "super(B, objs[1]).d", "type(objs[%d]).__dict__.get('d')"]
    for _ in range(rnd.randint(3, 14)):
        op = pick(rnd, ops).replace("%d", str(rnd.randint(0, 1)))
        out.append("_t(lambda: %s)" % op)
    return out


# --- module subclasses -----------------------------------------------------

INIT_BODIES = ["self.a = 1\n        super().__init__(name)", "super().__init__(name)\n        self.a = 2",
               "pass", "self.__dict__['a'] = 3\n        super().__init__(name)",
               "super().__init__(name)\n        super().__init__(name + 'x')\n        self.b = 4",
               "self.a = self\n        super().__init__(name, 'doc')",
               "gc.collect()\n        super().__init__(*name)" ,
               "del self.a\n        super().__init__(name)",
               "super().__init__(name)\n        del self.__name__"]


def gen_module(rnd):
    slots = rnd.random() < 0.2
    out = ["class M(types.ModuleType):"]
    if slots:
        out.append("    __slots__ = ('s',)")
    out += ["    def __init__(self, name='m'):", "        " + pick(rnd, INIT_BODIES)]
    if rnd.random() < 0.4:
        out += ["    def __getattr__(self, n):", "        " + pick(rnd, GETATTRS)]
    if rnd.random() < 0.3:
        out += ["    @property", "    def pr(self):", "        raise AttributeError('pr')"]
    out += ["class N(M):", "    pass"]
    out.append("ms = []")
    ctors = ["M()", "M('q')", "N('n')", "M(123)", "M.__new__(M)", "M(('a', 'b'))", "types.ModuleType('plain')"]
    for _ in range(rnd.randint(1, 3)):
        out.append("_t(lambda: ms.append(%s))" % pick(rnd, ctors))
    ops = ["ms[%d].__dict__", "sorted(ms[%d].__dict__)", "dir(ms[%d])[:5]", "vars(ms[%d])", "repr(ms[%d])",
           "setattr(ms[%d], 'z', ms)", "ms[%d].z", "delattr(ms[%d], '__dict__')",
           "setattr(ms[%d], '__dict__', {})", "setattr(ms[%d], '__class__', N)",
           "setattr(ms[%d], '__class__', types.ModuleType)", "setattr(ms[%d], '__class__', M)",
           "ms[%d].__dict__.clear()", "ms[%d].__name__", "ms[%d].pr", "ms[%d].s",
           "setattr(ms[%d], 's', 1)", "ms[%d].__init__('again')", "ms.append(ms[%d])", "gc.collect()",
           "exec('x = 1\\ndef f(): return x', ms[%d].__dict__)", "ms[%d].f()",
           "sys.modules.__setitem__('fz_s10mod', ms[%d])", "__import__('fz_s10mod')",
           "sys.modules.pop('fz_s10mod', None)", "ms[%d].__dict__.update(zip('abc', range(3)))",
           "[getattr(ms[%d], k, None) for k in 'abc']", "type(ms[%d]).__dict__.get('__dict__')",
           "sys.modules['__main__'].__class__", "ms[%d] == ms[0]", "hash(ms[%d]) is not None",
           "__import__('copy').copy(ms[%d])", "ms[%d].__spec__", "ms[%d].__loader__"]
    for _ in range(rnd.randint(3, 15)):
        op = pick(rnd, ops).replace("%d", str(rnd.randint(0, 3)))
        out.append("_t(lambda: %s)" % op)
    return out


# --- os.PathLike -----------------------------------------------------------

FSPATHS = ["'/tmp'", "b'/tmp'", "None", "10**30", "self", "'a\\0b'", "'\\udcff'", "'/tmp/' + 'x' * 5000",
           "bytearray(b'/tmp')", "P('/tmp')", "memoryview(b'/tmp')", "type('S', (str,), {})('/tmp')"]


def gen_pathlike(rnd):
    out = ["class P:", "    def __init__(self, v): self.v = v",
           "    def __fspath__(self):",
           "        return %s" % (pick(rnd, FSPATHS).replace("P('/tmp')", "P(self.v)") if rnd.random() < 0.2
                                 else "self.v"),
           "class Q:", "    __fspath__ = None", "class R:", "    def __getattr__(self, n):",
           "        if n == '__fspath__': return lambda: '/tmp'", "        raise AttributeError(n)"]
    vals = FSPATHS + ["Q()", "R()", "P(P('/tmp'))", "__import__('pathlib').Path('/tmp')", "object()"]
    ops = ["isinstance(%s, os.PathLike)", "os.fspath(%s)", "os.stat(%s).st_mode > 0", "os.path.exists(%s)",
           "os.path.join(%s, 'a')", "os.path.basename(%s)", "open(%s).close()", "os.listdir(%s)[:0]",
           "issubclass(type(%s), os.PathLike)", "os.path.isdir(%s)", "os.fsencode(%s)", "os.fsdecode(%s)",
           "__import__('pathlib').Path(%s).name"]
    for _ in range(rnd.randint(3, 12)):
        v = pick(rnd, vals)
        if v.startswith("'") or v.startswith("b'") or v in ("None", "10**30"):
            v = "P(%s)" % v if rnd.random() < 0.6 else v
        out.append("_t(lambda: %s)" % (pick(rnd, ops) % v))
    return out


# --- codecs (diffable) -----------------------------------------------------

CODECS = ["utf-8", "UTF_8", "utf8", "ascii", "latin-1", "latin1", "iso-8859-1", "utf-16", "utf-16-le",
          "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "unicode-escape",
          "raw-unicode-escape", "u8", "us-ascii"]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
          "surrogatepass"]
CHARS = ["a", "\\x00", "\\x7f", "\\x80", "\\xe9", "\\xff", "\\u0100", "\\u20ac", "\\ud800", "\\udc80",
         "\\udcff", "\\udfff", "\\U0001f600", "\\U0010ffff", "\\\\", "\\n", "\\ufeff", "\\ud7ff", "\\ue000"]
BYTES = ["\\x00", "\\x41", "\\x7f", "\\x80", "\\xbf", "\\xc0", "\\xc2", "\\xdf", "\\xe0", "\\xed", "\\xa0",
         "\\xef", "\\xbb", "\\xf0", "\\xf4", "\\x90", "\\xf5", "\\xff", "\\xfe", "\\\\", "u", "N", "{", "}",
         "x", "1", "d"]


def rstr(rnd):
    return "'" + "".join(rnd.choice(CHARS) for _ in range(rnd.randint(0, 8))) + "'"


def rbytes(rnd):
    return "b'" + "".join(rnd.choice(BYTES) for _ in range(rnd.randint(0, 10))) + "'"


def gen_codec(rnd):
    out = ["class S(str): pass", "class Bs(bytes): pass"]
    for _ in range(rnd.randint(4, 20)):
        c = pick(rnd, CODECS)
        e = pick(rnd, ERRORS)
        r = rnd.random()
        if r < 0.4:
            s = rstr(rnd)
            if rnd.random() < 0.2:
                s = "S(%s)" % s
            if rnd.random() < 0.1:
                s = "(%s * %d)" % (s, rnd.choice([50, 1000]))
            out.append("_t(lambda: %s.encode(%r, %r))" % (s, c, e))
        elif r < 0.8:
            b = rbytes(rnd)
            wrap = rnd.random()
            if wrap < 0.1:
                b = "bytearray(%s)" % b
            elif wrap < 0.2:
                b = "Bs(%s)" % b
            out.append("_t(lambda: %s.decode(%r, %r))" % (b, c, e))
        elif r < 0.9:
            s = rstr(rnd)
            c2 = pick(rnd, ["utf-8", "utf-16", "utf-32-be", "latin-1", "unicode-escape"])
            out.append("_t(lambda: %s.encode(%r, 'surrogatepass').decode(%r, %r))" % (s, c2, c2, e))
        else:
            b = rbytes(rnd)
            out.append("_t(lambda: str(%s, %r, %r))" % (b, c, e))
    out.append("_t(lambda: [e.start for e in [None] if 0])")
    return out


# --- AF_UNIX names ---------------------------------------------------------

UNIXNAMES = ["'/tmp/fz_s10_%d'", "'/tmp/fz_s10_\\udcff%d'", "b'/tmp/fz_s10_\\xff%d'", "'\\0fz_s10_%d'",
             "b'\\0fz_s10_%d'", "'/tmp/fz\\0_%d'", "'/tmp/' + 'x' * 100 + '%d'", "'/tmp/' + 'x' * 200 + '%d'",
             "'/tmp/fz_s10_\\ud800%d'", "'/tmp/fz_s10_\\U0001f600%d'", "''", "b''", "bytearray(b'/tmp/fz_b%d')",
             "memoryview(b'/tmp/fz_m%d')", "('/tmp/x',)", "None", "'/tmp/fz_s10_\\udc80' * 40 + '%d'"]


def gen_unix(rnd):
    out = ["import socket", "SS = []", "def mk(t=socket.SOCK_DGRAM):",
           "    s = socket.socket(socket.AF_UNIX, t); SS.append(s); s.settimeout(0.02); return s",
           "def nm(x):", "    return x.replace('%d', str(os.getpid())) if isinstance(x, str) else x",
           "def cleanup():",
           "    for s in SS:", "        try:", "            n = s.getsockname()",
           "            if n and isinstance(n, (str, bytes)) and n[:1] not in ('\\0', b'\\0'): os.unlink(n)",
           "        except BaseException: pass", "        s.close()"]
    ops = ["mk().bind(nm(%s))", "mk(socket.SOCK_STREAM).bind(nm(%s))", "SS[-1].getsockname()",
           "SS[-1].connect(nm(%s))", "SS[-1].sendto(b'hi', nm(%s))", "SS[-1].recvfrom(10)" if 0 else "SS[-1].setblocking(False)",
           "SS[-1].recvfrom(10)", "SS[-1].listen(1)", "SS[-1].getpeername()", "SS[-1].close()",
           "SS[-1].connect_ex(nm(%s))", "socket.socketpair(socket.AF_UNIX)[0].getsockname()",
           "SS[-1].sendmsg([b'x'], [], 0, nm(%s))", "SS[-1].recvmsg(10, 100)", "gc.collect()"]
    for _ in range(rnd.randint(3, 12)):
        op = pick(rnd, ops)
        if "%s" in op:
            name = pick(rnd, UNIXNAMES)
            op = op % name.replace("%d", "' + str(os.getpid()) + '" if name.startswith("'") else "%d")
        out.append("_t(lambda: %s)" % op)
    out.append("cleanup()")
    return out


# --- poll registration -----------------------------------------------------

FILENOS = ["return self.s.fileno()", "raise AttributeError", "raise ValueError", "return -1", "return 2**40",
           "return 'x'", "return None", "self.s.close(); return 0", "gc.collect(); return self.s.fileno()",
           "return True", "return 1.5", "return -2**70"]


def gen_poll(rnd):
    out = ["import socket, select", "a, b = socket.socketpair()", "a.settimeout(0.02); b.settimeout(0.02)", "class F:",
           "    def __init__(self, s): self.s = s", "    def fileno(self):", "        " + pick(rnd, FILENOS),
           "class G:", "    def __init__(self, s): self.s = s", "    def __getattr__(self, n):",
           "        if n == 'fileno': return lambda: self.s.fileno()" if rnd.random() < 0.5 else
           "        gc.collect()", "        raise AttributeError(n)", "p = select.poll()", "objs = [a, b, F(a), F(b), G(a), G(b), 0, -1, 2**31, 'x']"]
    ops = ["p.register(objs[%d])", "p.register(objs[%d], select.POLLIN | select.POLLOUT)",
           "p.register(objs[%d], -1)", "p.register(objs[%d], 2**16)", "p.modify(objs[%d], select.POLLIN)",
           "p.unregister(objs[%d])", "len(p.poll(0))", "[e for fd, e in p.poll(0)][:0]", "b.send(b'x')",
           "a.recv(1)", "b.close()", "a.close()", "gc.collect()", "list(p.ipoll(0))[:0] if hasattr(p, 'ipoll') else 0",
           "select.select([objs[%d]], [], [], 0)", "select.select([], [objs[%d]], [objs[%d]], 0)",
           "p.poll(1)"]
    for _ in range(rnd.randint(4, 16)):
        op = pick(rnd, ops).replace("%d", str(rnd.randint(0, 9)))
        out.append("_t(lambda: %s)" % op)
    out.append("a.close(); b.close()")
    return out


# --- asyncio StreamReader (diffable) ---------------------------------------

def gen_stream(rnd):
    out = ["import asyncio", "async def main():", "    r = asyncio.StreamReader(limit=%d)" % rnd.choice([4, 16, 64, 2**16]),
           "    res = []", "    async def feeder():"]
    for _ in range(rnd.randint(1, 8)):
        f = rnd.random()
        if f < 0.6:
            data = rnd.choice([b"ab\n", b"x" * 20, b"\n", b"", b"a\r\nb", b"--", b"line\nmore", b"y" * 70 + b"\n"])
            out.append("        r.feed_data(%r)" % data)
        elif f < 0.8:
            out.append("        await asyncio.sleep(0)")
        else:
            out.append("        r.set_exception(ValueError('boom'))")
    out.append("        r.feed_eof()")
    out.append("    t = asyncio.ensure_future(feeder())")
    reads = ["r.read(%d)" % rnd.choice([-1, 0, 1, 3, 100]), "r.readline()", "r.readuntil(b'--')",
             "r.readuntil(b'\\n')", "r.readexactly(%d)" % rnd.choice([0, 1, 2, 5, 30]), "r.read()"]
    for _ in range(rnd.randint(1, 6)):
        out += ["    try:", "        res.append(await %s)" % pick(rnd, reads),
                "    except Exception as e:",
                "        res.append((type(e).__name__, getattr(e, 'partial', None), getattr(e, 'consumed', None)))"]
    out += ["    res.append(r.at_eof())", "    await t", "    print(res)", "asyncio.run(main())"]
    return out


# --- MP_COLD code: tracebacks, view set operations, match ------------------

def gen_cold(rnd):
    out = ["import io", "class H:", "    def __init__(self, v): self.v = v",
           "    def __hash__(self):", "        " + pick(rnd, ["return hash(self.v)", "return 0",
                                                               "d.clear(); return 1", "raise KeyError",
                                                               "gc.collect(); return 2"]),
           "    def __eq__(self, o):", "        " + pick(rnd, ["return True", "d.clear(); return False",
                                                            "raise TypeError", "return NotImplemented",
                                                            "d[H(9)] = 1; return False"]),
           "d = {}", "e = {}",
           "try:\n    d = {H(i): i for i in range(%d)}\n    e = {H(1): 0, 2: 2}\nexcept Exception:\n    pass"
           % rnd.randint(0, 6),
           "def deep(n):", "    if n == 0: raise ValueError('deep')", "    return deep(n - 1)",
           "class MA:", "    __match_args__ = %s" % pick(rnd, ["('a', 'b')", "('a', 'a')", "(1,)", "'ab'",
                                                             "None", "('zz',)", "[]", "('a',) * 100"]),
           "    def __init__(self): self.a = 1; self.b = 2",
           "def m(x):", "    match x:", "        case MA(p, q): return ('MA', p, q)", "        case MA(p): return p",
           "        case {'k': v, **rest}: return ('map', v, len(rest))", "        case [a, *b, c]: return (a, c)",
           "        case str() | bytes(): return 's'", "        case _: return '_'"]
    ops = ["d.keys() & e.keys()", "d.keys() | e.keys()", "d.keys() ^ e.keys()", "d.keys() - e.keys()",
           "d.items() & e.items()", "d.items() - {(1, 2)}", "d.keys() & [H(1), H(2)]", "d.keys() | 5",
           "d.keys() <= e.keys()", "d.keys().isdisjoint(e)", "e.keys() ^ d", "d.items() | e.items()",
           "m(MA())", "m({'k': 1, 'j': 2})", "m([1, 2, 3])", "m('s')", "m(d)", "m(e.keys())",
           "sys.print_exception(E, io.StringIO()) if hasattr(sys, 'print_exception') else 0",
           "__import__('traceback').format_exception(E)[-1:]", "deep(%d)" % rnd.choice([1, 50, 500]),
           "exec('raise ValueError(1) from KeyError(2)')", "gc.collect()"]
    chain = pick(rnd, ["E.__cause__ = E", "E.__context__ = E2; E2.__context__ = E",
                       "E.__cause__ = E2; E2.__cause__ = E2", "E.__context__ = E2", "pass"])
    out += ["E = ValueError('e'); E2 = KeyError('k')", chain,
            "try:\n    deep(%d)\nexcept ValueError as x:\n    E.__traceback__ = x.__traceback__" % rnd.randint(0, 30)]
    for _ in range(rnd.randint(3, 12)):
        out.append("_t(lambda: %s)" % pick(rnd, ops))
    return out



# --- module.__class__ assignment (round 4) ---------------------------------
# The module is rebuilt in place as a ModuleType subclass instance while
# bound methods, frames running its code, sys.modules and weakrefs hold it.

MCLS = ["Sub", "Sub2", "types.ModuleType", "Sl", "Plain", "int", "None", "type", "Sub if 0 else Meta"]


def gen_modclass(rnd):
    out = ["import weakref", "class Meta(type): pass",
           "class Sub(types.ModuleType):",
           "    @property", "    def p(self):", "        " + pick(rnd, RAISES).replace("o.", "self.").replace("(o)", "(self)").replace(" o ", " self "),
           "    def __getattr__(self, n):", "        " + pick(rnd, GETATTRS)]
    if rnd.random() < 0.4:
        out += ["    def __setattr__(self, n, v):", "        " + pick(rnd, [
            "super().__setattr__(n, v)", "self.__dict__[n] = v", "raise AttributeError(n)",
            "self.__class__ = types.ModuleType; super().__setattr__(n, v)", "gc.collect()"])]
    if rnd.random() < 0.3:
        out += ["    def __del__(self):", "        " + pick(rnd, ["print('del')", "self.__class__ = types.ModuleType",
                                                                "MS.append(self)", "gc.collect()"])]
    out += ["class Sub2(Sub):", "    __slots__ = ()", "class Sl(types.ModuleType):", "    __slots__ = ('a',)",
            "class Plain: pass", "MS = [types.ModuleType('a'), Sub('b'), types.ModuleType('c')]",
            "src = 'g = 1\\ndef f():\\n    global g\\n    g += 1\\n    return g\\n'",
            "for _m in list(MS): exec(src, _m.__dict__)", "BM = [MS[0].f, MS[1].f]", "WR = []"]
    ops = ["setattr(MS[%d], '__class__', %s)", "MS[%d].__class__ = %s", "type(MS[%d]).__name__",
           "MS[%d].f()", "BM[%d % 2]()", "MS[%d].p", "MS[%d].zz", "MS[%d].g", "setattr(MS[%d], 'g', MS)",
           "delattr(MS[%d], 'g')", "MS[%d].__dict__", "vars(MS[%d]) is MS[%d].__dict__", "dir(MS[%d])[:3]",
           "repr(MS[%d])", "WR.append(weakref.ref(MS[%d]))", "[w() is None for w in WR]", "gc.collect()",
           "MS.append(Sub.__new__(Sub, 'n'))", "MS.append(types.ModuleType('d'))", "MS.pop(0)",
           "sys.modules.__setitem__('fz_mc', MS[%d])", "__import__('fz_mc') is MS[%d]",
           "exec('from fz_mc import *', {})", "exec('from fz_mc import f, g', {})", "sys.modules.pop('fz_mc', None)",
           "setattr(MS[%d], '__dict__', {})", "delattr(MS[%d], '__class__')", "MS[%d].__dict__.clear()",
           "exec(src + 'import sys\\nsys.modules[__name__].__class__ = Sub\\nf()', MS[%d].__dict__)",
           "MS[%d].__init__('again')", "copy_mod(MS[%d])", "hash(MS[%d]) == hash(MS[%d])",
           "isinstance(MS[%d], types.ModuleType)", "exec('x = [f() for _ in range(3)]', MS[%d].__dict__)",
           "setattr(sys.modules['__main__'], '__class__', %s)", "type(sys.modules['__main__'])"]
    out.append("def copy_mod(m):\n    n = types.ModuleType('cp'); n.__dict__.update(m.__dict__); return n")
    for _ in range(rnd.randint(4, 18)):
        op = pick(rnd, ops).replace("%d", str(rnd.randint(0, 4)))
        if "%s" in op:
            op = op % pick(rnd, MCLS)
        if " = " in op:
            out.append("try:\n    %s\nexcept BaseException as e:\n    print(type(e).__name__)" % op)
        else:
            out.append("_t(lambda: %s)" % op)
    out.append("_t(lambda: setattr(sys.modules['__main__'], '__class__', types.ModuleType))")
    return out


# --- iterator __reduce__/__setstate__ (round 3) ----------------------------

ITMAKERS = ["iter(L)", "reversed(L)", "iter(T)", "reversed(T)", "iter(range(%d))", "reversed(range(%d))",
            "iter(range(2**70, 2**70 + %d))", "enumerate(L)", "enumerate(L, 2**63 - 2)", "iter(GI(%d))",
            "iter(bytearray(b'abcdef'))", "iter(ML)", "reversed(ML)", "enumerate(iter(L), -5)",
            "reversed(GR(%d))", "iter(array.array('i', range(%d)))"]
STATES = ["-1", "0", "1", "2", "5", "2**31", "2**62 - 1", "2**62", "2**63 - 1", "2**63", "2**64", "-2**63",
          "-2**64", "1.5", "None", "'x'", "True", "10**30", "SI()", "len(L)", "len(L) - 1"]


def gen_itstate(rnd):
    out = ["import array, copy", "L = list(range(%d))" % rnd.randint(0, 6), "T = tuple(L)",
           "class ML(list): pass", "ML = ML(L)",
           "class GI:", "    def __init__(self, n): self.n = n", "    def __getitem__(self, i):",
           "        " + pick(rnd, ["if i >= self.n or i < 0: raise IndexError\n        return i",
                                 "if i > 5: raise StopIteration\n        L.append(i); return i",
                                 "if i > 4: raise IndexError\n        del L[:1]; return i",
                                 "gc.collect()\n        raise IndexError"]),
           "class GR(GI):", "    def __len__(self): return self.n",
           "class SI:", "    def __index__(self): " + pick(rnd, ["return 2", "L.clear(); return 1",
                                                            "raise ValueError", "return 2**70"]),
           "its = []"]
    for _ in range(rnd.randint(1, 4)):
        out.append("_t(lambda: its.append(%s))" % pick(rnd, ITMAKERS).replace("%d", str(rnd.randint(0, 6))))
    ops = ["its[%d].__setstate__(%s)", "next(its[%d])", "list(its[%d])[:8]", "its[%d].__reduce__()",
           "its[%d].__length_hint__()", "L.clear()", "L.extend(range(4))", "L.__delitem__(slice(1, None))", "ML.clear()",
           "copy.copy(its[%d])", "list(copy.copy(its[%d]))[:8]", "__import__('pickle').loads(__import__('pickle').dumps(its[%d]))",
           "(lambda r: r[0](*r[1]))(its[%d].__reduce__())", "gc.collect()", "its.append(iter(its[%d]))",
           "[x for x, _ in zip(its[%d], range(4))]", "operator_lh(its[%d])"]
    out.append("def operator_lh(i):\n    return __import__('operator').length_hint(i, -7)")
    for _ in range(rnd.randint(4, 16)):
        op = pick(rnd, ops).replace("%d", str(rnd.randint(0, 3)))
        if "%s" in op:
            op = op % pick(rnd, STATES)
        out.append("_t(lambda: %s)" % op)
    return out

GENERATORS = [gen_getattr, gen_getattr, gen_module, gen_module, gen_pathlike, gen_codec, gen_unix, gen_poll,
              gen_stream, gen_cold, gen_cold, gen_modclass, gen_modclass, gen_itstate, gen_itstate]
DIFFABLE = [gen_codec, gen_stream]


def strat_s10(rnd, corpus):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    if rnd.random() < 0.1:
        # (the lambdas are made first: making one allocates)
        calls = [c[len("_t("):-1] for c in gen_codec(rnd)[2:-1]]
        parts += ["_L = [%s]" % ", ".join(calls), "_R = [None] * len(_L)", "_i = _e = None  # (made before the lock: new globals allocate)",
                  "micropython.heap_lock() if micropython else 0", "for _i in range(len(_L)):",
                  "    try:\n        _R[_i] = _L[_i]()\n    except BaseException as _e:\n        _R[_i] = _e",
                  "micropython.heap_unlock() if micropython else 0", "print([type(r).__name__ for r in _R])"]
    return PRELUDE + "\n".join(parts) + "\nprint('end')\n"


def diffable(rnd):
    return PRELUDE + "\n".join(rnd.choice(DIFFABLE)(rnd)) + "\nprint('end')\n"



if __name__ == "__main__":
    import sys
    import standalone
    standalone.diff_main(sys.argv, diffable, strat_s10, "s10")
