# Program generators for code changed in session 11:
#   meta      sys.meta_path finders that raise, return junk specs or loaders,
#             mutate sys.meta_path/sys.modules while an import runs, import
#             recursively (themselves or the module being imported), leave a
#             non-module object in sys.modules; find_module-only finders
#   modsub    ModuleType subclasses (__slots__, __getattr__ that raises or
#             recurses, properties) whose __class__ is switched during
#             attribute lookups; sys.__class__ = ...; ModuleType.__new__ and
#             __init__ re-run on live modules; PEP 562 module __getattr__
#   excdict   e.__dict__ = dict subclasses with odd __getitem__/__repr__,
#             then raising, printing, chaining and pickling the exception;
#             __suppress_context__ with odd values; BlockingIOError's
#             characters_written with odd numbers
#   structseq struct sequences (os.stat_result, time.struct_time...) as match
#             subjects and through n_fields/__match_args__; classes whose
#             __class__ becomes a metaclass (with __slots__, __getattr__)
#   codec     latin-9 and cp437 (and their aliases) encode/decode of random
#             text with every error handler, handlers registered by codecs
#   re        patterns with huge/nested repeats, lookbehinds of odd widths,
#             many groups and backreferences
#   union     X | Y unions of generic aliases and junk, subscripted with junk,
#             with typing imported, replaced in sys.modules or absent
# Every statement catches its own exception: the point is a crash, a
# sanitizer report or a hang. The codec and re parts print deterministic
# text, so `--diff N` compares them with CPython.
#   python3 tools/fuzz/gen_s11.py SEED > /tmp/c.py      one program
#   python3 tools/fuzz/gen_s11.py --run N [BINARY]      N seeds; prints failures
#   python3 tools/fuzz/gen_s11.py --diff N [BINARY]     N diffable seeds
#                                                       against python3
# strat_s11(rnd, corpus) has the signature of fuzz.py's strategies.
import random

PRELUDE = r"""import sys, gc, os, types
def _t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r)[:80] if isinstance(r, (int, str, bytes, bool, tuple, list)) else '')
    except BaseException as e:
        print(type(e).__name__)
"""


def pick(rnd, xs):
    return rnd.choice(xs)


def ops_lines(rnd, ops, lo, hi, n=3):
    out = []
    for _ in range(rnd.randint(lo, hi)):
        out.append("_t(lambda: %s)" % pick(rnd, ops).replace("%d", str(rnd.randint(0, n - 1))))
    return out


# --- sys.meta_path finders ---------------------------------------------------

FIND_BODIES = [
    "return None",
    "raise ValueError('finder')",
    "raise ImportError('finder')",
    "return 42",
    "return Spec(name, Loader())",
    "return Spec(name, None)",
    "return Spec(name, 5)",
    "return Spec(name, Loader()) if name.startswith('fz') else None",
    "sys.meta_path.clear(); return None",
    "len(sys.meta_path) < 9 and sys.meta_path.append(Finder()); return None",
    "len(sys.meta_path) < 9 and sys.meta_path.insert(0, 7); return None",
    "sys.modules.pop(name, None); return Spec(name, Loader())",
    "__import__(name); return None",
    "__import__('fz_other'); return None",
    "gc.collect(); return Spec(name, Loader())",
    "return Spec(name, OldLoader())",
    "return Spec(42, Loader())",
    "import json; return None",
    "sys.modules[name] = 5; return None",
    "del sys.meta_path; return None",
]
CREATE_BODIES = ["return None", "return types.ModuleType(spec.name)", "return 5", "return M(spec.name)",
                 "raise KeyError('c')", "return sys", "return M.__new__(M)", "return types.ModuleType.__new__(M)",
                 "return object()", "gc.collect(); return None"]
EXEC_BODIES = ["m.x = 1", "raise RuntimeError('exec')", "sys.modules[m.__name__] = 'str'",
               "sys.modules.pop(m.__name__, None)", "m.__class__ = M", "m.__getattr__ = lambda n: n",
               "__import__(m.__name__)", "m.__dict__.clear()", "sys.meta_path[:] = []",
               "del sys.modules[m.__name__]; sys.modules[m.__name__] = m",
               "exec('y = 2\\ndef __getattr__(n): raise AttributeError(n)', vars(m))",
               "sys.modules[m.__name__] = types.ModuleType('other')", "gc.collect()"]
LOAD_BODIES = ["sys.modules[name] = types.ModuleType(name)", "pass", "sys.modules[name] = 3",
               "raise ImportError(name)", "sys.modules[name] = M(name)", "__import__(name)"]
IMPORT_OPS = ["__import__('fz_a')", "__import__('fz_b').x", "__import__('fz_a.sub')", "__import__('fz_c', None, None, ['q'])",
              "__import__('json')", "__import__('nonexistent_fz')", "__import__('fz_a').__name__",
              "sys.modules.pop('fz_a', None)", "sys.modules.pop('fz_b', None)", "sys.meta_path.clear()",
              "sys.meta_path.append(Finder())", "sys.meta_path.insert(0, OldFinder())", "sys.meta_path.remove(7)",
              "sys.meta_path.append(None)", "setattr(sys, 'meta_path', (Finder(),))", "setattr(sys, 'meta_path', 5)",
              "setattr(sys, 'meta_path', [])", "exec('import fz_a.b.c')", "exec('from fz_b import x')",
              "exec('from fz_a import *')", "__import__('importlib').invalidate_caches()",
              "__import__('importlib').import_module('fz_d')", "__import__('importlib.util').util.find_spec('fz_e')",
              "sys.modules.setdefault('fz_f', 7) and __import__('fz_f')", "gc.collect()",
              "__import__('importlib').reload(sys.modules.get('fz_a'))"]


def gen_meta(rnd):
    out = ["class M(types.ModuleType):", "    pass",
           "class Spec:",
           "    def __init__(self, name, loader):",
           "        self.name = name; self.loader = loader; self.parent = None",
           "        self.submodule_search_locations = %s" % pick(rnd, ["None", "[]", "['/nonexistent']", "5"]),
           "        self.origin = None; self.has_location = False; self.cached = None",
           "class Loader:"]
    if rnd.random() < 0.8:
        out += ["    def create_module(self, spec):", "        " + pick(rnd, CREATE_BODIES)]
    if rnd.random() < 0.85:
        out += ["    def exec_module(self, m):", "        " + pick(rnd, EXEC_BODIES)]
    else:
        out += ["    pass"]
    out += ["class OldLoader:", "    def load_module(self, name):", "        " + pick(rnd, LOAD_BODIES),
            "class Finder:",
            "    depth = 0",
            "    def find_spec(self, name, path, target=None):",
            "        Finder.depth += 1",
            "        if Finder.depth > 3: raise RecursionError('deep')",
            "        try:",
            "            " + pick(rnd, FIND_BODIES),
            "        finally:",
            "            Finder.depth -= 1",
            "class OldFinder:", "    def find_module(self, name, path=None):",
            "        " + pick(rnd, ["return None", "return OldLoader()", "raise OSError", "return 1"])]
    out.append("_mp0 = list(sys.meta_path)")
    out.append("sys.meta_path[:0] = [%s]" % ", ".join(
        pick(rnd, ["Finder()", "OldFinder()", "Finder()", "object()"]) for _ in range(rnd.randint(1, 3))))
    out += ops_lines(rnd, IMPORT_OPS, 3, 12)
    out.append("sys.meta_path = _mp0")
    return out


# --- ModuleType subclasses ---------------------------------------------------

GETATTRS = ["return n", "raise AttributeError(n)", "return getattr(self, n + 'x') if len(n) < 12 else 0",
            "raise KeyError(n)", "self.__class__ = %s; return 1", "self.__class__ = %s; raise AttributeError(n)",
            "gc.collect(); return 1", "return super().__getattribute__(n)",
            "return getattr(sys.modules[__name__], n)", "del type(self).__getattr__; return 2"]


def gen_modsub(rnd):
    names = ["M0", "M1", "M2"]
    out = []
    for i, nm in enumerate(names):
        base = "types.ModuleType" if i == 0 else pick(rnd, ["types.ModuleType", "M0"])
        out.append("class %s(%s):" % (nm, base))
        body = False
        if rnd.random() < 0.25:
            out.append("    __slots__ = ('s',)")
            body = True
        if rnd.random() < 0.5:
            out += ["    def __getattr__(self, n):", "        " + pick(rnd, GETATTRS).replace("%s", pick(rnd, names + ["types.ModuleType", "int"]))]
            body = True
        if rnd.random() < 0.3:
            out += ["    @property", "    def p(self):",
                    "        " + pick(rnd, ["raise AttributeError('p')", "return self.__dict__", "self.__class__ = M0; return 3"])]
            body = True
        if rnd.random() < 0.3:
            out += ["    def __init__(self, *a):", "        " + pick(rnd, ["pass", "super().__init__(*a)", "self.q = 1",
                                                                          "super().__init__('x'); super().__init__(*a)"])]
            body = True
        if not body:
            out.append("    pass")
    out.append("ms = [types.ModuleType('m0')]")
    ctors = ["M0('a')", "M1('b', 'doc')", "M2('c')", "M0.__new__(M1)", "types.ModuleType.__new__(M2)",
             "types.ModuleType.__new__(types.ModuleType)", "M1()", "M0(5)", "types.ModuleType('q', doc=3)",
             "types.ModuleType.__new__(M0, 1, 2, x=3)", "sys"]
    for _ in range(rnd.randint(1, 4)):
        out.append("_t(lambda: ms.append(%s))" % pick(rnd, ctors))
    tgt = lambda: pick(rnd, names + ["types.ModuleType", "int", "type", "object"])
    ops = ["ms[%d].x", "ms[%d].p", "ms[%d].__name__", "getattr(ms[%d], 'zz', 'dflt')", "hasattr(ms[%d], 's')",
           "setattr(ms[%d], 's', 1)", "ms[%d].s", "repr(ms[%d])[:30]", "sorted(dir(ms[%d]))[:4]",
           "vars(ms[%d]).get('__name__')", "types.ModuleType.__init__(ms[%d], 'r')",
           "types.ModuleType.__init__(ms[%d], None)", "types.ModuleType.__init__(ms[%d])",
           "types.ModuleType.__init__(ms[%d], 'n', 'd', 'extra')", "types.ModuleType.__init__(5, 'n')",
           "setattr(ms[%d], '__getattr__', lambda n: n * 2)", "setattr(ms[%d], '__getattr__', lambda: 0)",
           "setattr(ms[%d], '__getattr__', 5)", "ms[%d].__dict__.pop('__getattr__', None)",
           "ms[%d].__dict__.clear()", "delattr(ms[%d], '__name__')", "gc.collect()",
           "[getattr(ms[%d], n, 0) for n in ('x', 'p', 's', '__name__', '__spec__')]",
           "sys.modules.__setitem__('fz_m', ms[%d]) or __import__('fz_m')",
           "exec('from fz_m import zz', {})", "type(ms[%d]).__name__",
           "ms[%d].__class__.__getattr__(ms[%d], 'w')"]
    for _ in range(rnd.randint(4, 16)):
        if rnd.random() < 0.3:
            out.append("_t(lambda: setattr(%s, '__class__', %s))" % (
                pick(rnd, ["ms[%d]" % rnd.randint(0, 3), "sys", "sys.modules['__main__']", "__builtins__"]), tgt()))
        else:
            out.append("_t(lambda: %s)" % pick(rnd, ops).replace("%d", str(rnd.randint(0, 3))))
    out += ["_t(lambda: setattr(sys, '__class__', types.ModuleType))",
            "_t(lambda: setattr(sys.modules['__main__'], '__class__', types.ModuleType))",
            "_t(lambda: sys.path)"]
    return out


# --- exception __dict__ ------------------------------------------------------

DGET = ["return 'g'", "raise KeyError(k)", "raise RuntimeError('g')", "self.clear(); return 1",
        "return dict.__getitem__(self, k)", "gc.collect(); return super().__getitem__(k)", "return self"]
EXC_TYPES = ["Exception", "ValueError", "OSError", "BlockingIOError", "KeyError", "StopIteration",
             "UnicodeDecodeError", "SyntaxError", "ExceptionGroup", "BaseException", "MyE"]
EXC_ARGS = {"UnicodeDecodeError": "('utf-8', b'ab', 0, 1, 'r')", "ExceptionGroup": "('g', [ValueError(1)])",
            "OSError": "(2, 'nf', 'f')", "BlockingIOError": "(11, 'b', %s)"}
WRITTEN = ["3", "-1", "2**70", "True", "1.5", "'s'", "None", "0"]


def gen_excdict(rnd):
    out = ["class D(dict):",
           "    def __getitem__(self, k):", "        " + pick(rnd, DGET),
           "    def __repr__(self):", "        " + pick(rnd, ["return 'D'", "raise ValueError", "return 5",
                                                                "return dict.__repr__(self)"]),
           "class MyE(Exception):", "    " + pick(rnd, ["pass", "__slots__ = ()", "def __str__(self): return str(self.__dict__)"]),
           "es = []"]
    for _ in range(rnd.randint(1, 3)):
        t = pick(rnd, EXC_TYPES)
        a = EXC_ARGS.get(t, pick(rnd, ["()", "(1,)", "('x', 2)"]))
        if "%s" in a:
            a = a % pick(rnd, WRITTEN)
        out.append("_t(lambda: es.append(%s%s))" % (t, a))
    dvals = ["D()", "D(a=1)", "D(__notes__=['n'])", "{}", "{'x': 1}", "5", "None", "[]", "types.MappingProxyType({})",
             "es[%d].__dict__", "D(args=3)", "D(__traceback__=1)"]
    ops = ["es[%d].x", "str(es[%d])", "repr(es[%d])", "es[%d].__dict__", "vars(es[%d])", "es[%d].args",
           "es[%d].add_note('n')", "es[%d].__notes__", "delattr(es[%d], '__dict__')",
           "__import__('traceback').format_exception(es[%d])[-1]", "__import__('pickle').loads(__import__('pickle').dumps(es[%d]))",
           "__import__('copy').copy(es[%d])", "es[%d].characters_written", "setattr(es[%d], 'characters_written', %w)",
           "delattr(es[%d], 'characters_written')", "setattr(es[%d], '__suppress_context__', %b)",
           "delattr(es[%d], '__suppress_context__')", "es[%d].__suppress_context__", "es[%d].filename",
           "es[%d].__reduce__()", "es[%d].with_traceback(None)", "gc.collect()", "es[%d].__dict__.clear()"]
    raise_ops = ["raise es[%d]", "raise es[%d] from es[%d]", "raise es[%d] from None"]
    for _ in range(rnd.randint(4, 14)):
        r = rnd.random()
        i = str(rnd.randint(0, 2))
        if r < 0.3:
            out.append("_t(lambda: setattr(es[%s], '__dict__', %s))" % (i, pick(rnd, dvals).replace("%d", i)))
        elif r < 0.45:
            out += ["try:", "    try:", "        " + pick(rnd, raise_ops).replace("%d", i),
                    "    except BaseException as e:", "        " + pick(rnd, ["raise ValueError('ctx')", "raise", "e.__dict__ = D(q=1); raise"]),
                    "except BaseException as e2:", "    _t(lambda: (e2.__context__, e2.__dict__, e2.__suppress_context__))",
                    "    _t(lambda: __import__('traceback').format_exception(e2)[-1])",
                    "except BaseException:", "    print('inner')"]
        else:
            op = pick(rnd, ops).replace("%d", i).replace("%w", pick(rnd, WRITTEN))
            op = op.replace("%b", pick(rnd, ["True", "False", "0", "1", "None", "'x'"]))
            out.append("_t(lambda: %s)" % op)
    if rnd.random() < 0.3:
        out.append("_t(lambda: sys.excepthook(type(es[0]), es[0], None))")
    return out


# --- struct sequences and class __class__ -----------------------------------

SUBJECTS = ["os.stat('.')", "time.localtime()", "time.gmtime(0)", "sys.version_info", "sys.flags",
            "os.times()", "sys.float_info", "sys.hash_info", "sys.thread_info", "sys.int_info",
            "(1, 2, 3)", "[1]", "5", "None", "os.terminal_size((3, 4))", "os.stat_result(tuple(range(10)))",
            "time.struct_time(tuple(range(9)))", "type(sys.version_info)", "type(os.stat('.'))"]
PATTERNS = ["case os.stat_result(st_mode=m): print('st', type(m).__name__)",
            "case time.struct_time(a, b, c): print('tm', a > 0)",
            "case time.struct_time(tm_year=y, tm_mon=1): print('y1')",
            "case os.terminal_size(c, l): print('ts', c, l)",
            "case VI(major=3): print('v3')",
            "case os.stat_result(a, b, c, d, e, f, g, h, i, j, k): print('too many')",
            "case (a, b, *r): print('seq', len(r) >= 0)",
            "case {'x': 1}: print('map')",
            "case os.times(): print('call?')",
            "case tuple(a): print('tuple', type(a).__name__)",
            "case _: print('other')"]


def gen_structseq(rnd):
    out = ["import time", "VI = type(sys.version_info)"]
    for _ in range(rnd.randint(1, 4)):
        pats = sorted(rnd.sample(PATTERNS, rnd.randint(1, 4)), key=lambda p: p.startswith("case _"))
        out += ["try:", "    match %s:" % pick(rnd, SUBJECTS)] + ["        " + p for p in pats] + \
               ["except BaseException as e:", "    print(type(e).__name__)"]
    ops = ["type(%s).n_fields", "type(%s).n_sequence_fields", "type(%s).n_unnamed_fields", "type(%s).__match_args__",
           "%s.n_fields", "%s.__match_args__", "%s.__reduce__()[0].__name__", "type(%s)(range(20))",
           "type(%s)([1] * type(%s).n_sequence_fields)[:2]", "len(%s)", "type(%s).__class__"]
    for _ in range(rnd.randint(2, 8)):
        s = pick(rnd, SUBJECTS[:10])
        out.append("_t(lambda: %s)" % pick(rnd, ops).replace("%s", s))
    # class.__class__ switched to a metaclass
    out += ["class Meta(type):", "    " + pick(rnd, ["pass", "__slots__ = ()", "def __getattr__(c, n): return n",
                                                      "def __getattr__(c, n): raise AttributeError(n)",
                                                      "def __call__(c, *a): return 7", "def __repr__(c): return 'M'"]),
            "class Meta2(Meta):", "    " + pick(rnd, ["pass", "def __instancecheck__(c, o): return True",
                                                       "def __getattribute__(c, n): return type.__getattribute__(c, n)"]),
            "class C:", "    " + pick(rnd, ["pass", "__slots__ = ('a',)", "x = 1"]),
            "class E(Exception): pass"]
    cops = ["setattr(C, '__class__', Meta)", "setattr(C, '__class__', Meta2)", "setattr(C, '__class__', type)",
            "setattr(C, '__class__', int)", "setattr(C, '__class__', C)", "delattr(C, '__class__')",
            "setattr(Meta, '__class__', Meta2)", "setattr(Meta2, '__class__', Meta2)", "setattr(E, '__class__', Meta)",
            "setattr(int, '__class__', Meta)", "C.zz", "C()", "repr(C)", "type(C).__name__", "isinstance(1, C)",
            "setattr(C, 'k', 3)", "C.k", "Meta.k", "type(C).__mro__", "gc.collect()", "E('x').args",
            "setattr(C, '__class__', type(sys.version_info))", "C.__dict__['x'] if 'x' in C.__dict__ else 0",
            "class_sub()", "type(C)('N', (C,), {})"]
    out += ["def class_sub():", "    class S(C): pass", "    return type(S).__name__"]
    out += ops_lines(rnd, cops, 3, 12)
    return out


# --- latin-9 / cp437 codecs ---------------------------------------------------

CODECS = ["latin-9", "latin9", "iso-8859-15", "iso8859_15", "L9", "cp437", "437", "IBM437", "ibm437",
          "latin-1", "ascii", "utf-8"]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
          "surrogateescape", "surrogatepass", "bogus"]
CHARS = ["a", "\u20ac", "\u00a4", "\u0160", "\u0161", "\u017d", "\u017e", "\u0152", "\u0153", "\u0178",
         "\u00e9", "\u00ff", "\u2591", "\u2500", "\u03b1", "\u00b5", "\u221e", "\u263a", "\u0000", "\x7f",
         "\udc80", "\udcff", "\ud800", "\U0001f600", "\u00a0", "\u00b4", "\u00b8", "\u00bc", "\u00be", "\u2302"]


def rand_text(rnd):
    return "".join(pick(rnd, CHARS) for _ in range(rnd.randint(0, 8)))


def rand_bytes(rnd):
    return bytes(rnd.choice([rnd.randint(0, 255), rnd.randint(0x80, 0xff), 0xa4, 0xa6, 0xbe, 0x00, 0x7f])
                 for _ in range(rnd.randint(0, 8)))


def gen_codec(rnd):
    out = ["import codecs",
           "def _h(e):",
           "    " + pick(rnd, ["return ('?', e.end)", "return ('', e.start + 1)", "return (b'X', e.end)",
                               "return ('?', -1)", "return ('?', 10**6)", "raise e", "return None",
                               "return ('\\u20ac', e.end)"]),
           "codecs.register_error('fz_handler', _h)"]
    for _ in range(rnd.randint(3, 12)):
        c = pick(rnd, CODECS)
        e = pick(rnd, ERRORS)
        if rnd.random() < 0.5:
            out.append("_t(lambda: %r.encode(%r, %r))" % (rand_text(rnd), c, e))
        elif rnd.random() < 0.7:
            out.append("_t(lambda: %r.decode(%r, %r))" % (rand_bytes(rnd), c, e))
        else:
            out.append("_t(lambda: %s)" % pick(rnd, [
                "codecs.lookup(%r).name" % c,
                "codecs.encode(%r, %r, %r)" % (rand_text(rnd), c, e),
                "codecs.decode(%r, %r, %r)" % (rand_bytes(rnd), c, e),
                "bytearray(%r).decode(%r, %r)" % (rand_bytes(rnd), c, e),
                "memoryview(%r).tobytes().decode(%r)" % (rand_bytes(rnd), c),
                "str(%r, %r, %r)" % (rand_bytes(rnd), c, e),
                "bytes(range(256)).decode(%r, %r).encode(%r, %r) == bytes(range(256))" % (c, e, c, e),
                "''.join(map(chr, range(0, 0x2600, 7))).encode(%r, %r)[:40]" % (c, e)]))
    return out


# --- re ------------------------------------------------------------------------

ATOMS = ["a", "b", ".", "[ab]", "\\d", "\\w", "(a)", "(?:ab)", "x*", "(?P<n%d>a)", "\\1", "(?:a|bc)", "\\b", "^", "$"]
REPEATS = ["*", "+", "?", "{2}", "{0,3}", "{1000}", "{65535}", "{65536}", "{4294967295}", "{2147483648}",
           "{99999999999999999999}", "{3,2}", "{,5}", "{5,}", "*?", "+?", "{1000,}?", "{200000}"]


def rand_re(rnd, depth=0):
    n = rnd.randint(1, 3)
    parts = []
    for i in range(n):
        r = rnd.random()
        if depth < 3 and r < 0.3:
            a = "(?:%s)" % rand_re(rnd, depth + 1)
        elif depth < 3 and r < 0.45:
            a = "(?<%s%s)" % (pick(rnd, ["=", "!"]), rand_re(rnd, depth + 1))
        elif depth < 3 and r < 0.5:
            a = "(?%s%s)" % (pick(rnd, ["=", "!"]), rand_re(rnd, depth + 1))
        else:
            a = pick(rnd, ATOMS).replace("%d", str(rnd.randint(0, 3)))
        if rnd.random() < 0.5:
            a += pick(rnd, REPEATS)
        parts.append(a)
    return pick(rnd, ["", "|"]).join(parts)


def gen_re(rnd):
    out = ["import re"]
    # (short subjects: nested repeats backtrack exponentially, in CPython too)
    subjects = ["''", "'ab' * 3", "'aaab12'", "'a' * 12", "'x' * 8 + 'ab'", "'\\u20ac' * 5"]
    for _ in range(rnd.randint(2, 8)):
        p = rand_re(rnd)
        s = pick(rnd, subjects)
        op = pick(rnd, ["bool(re.compile(%r))" % p, "(lambda m: m and m.span())(re.search(%r, %s))" % (p, s),
                        "len(re.findall(%r, %s))" % (p, s), "re.sub(%r, '-', %s)[:30]" % (p, s),
                        "(lambda m: m and m.groups()[:3])(re.match(%r, %s))" % (p, s),
                        "len(re.split(%r, %s))" % (p, s)])
        out.append("_t(lambda: %s)" % op)
    return out


# --- unions of generic aliases ----------------------------------------------

UNION_PARTS = ["int", "str", "list[T]", "dict[K, V]", "tuple[T, ...]", "list[int]", "None", "type(None)",
               "typing.List[T]", "typing.Optional[T]", "T", "K", "list", "Eq", "EqR", "set[tuple[T, K]]"]
SUBS = ["int", "(int, str)", "()", "5", "None", "T", "[int]", "(int,) * 40", "...", "Eq", "list[int]",
        "typing.Any", "EqR", "(K, V)", "'str'", "typing.Union[int, str]"]


def gen_union(rnd):
    out = ["import typing",
           "T = typing.TypeVar('T'); K = typing.TypeVar('K'); V = typing.TypeVar('V')",
           "class MEq(type):",
           "    def __eq__(c, o): " + pick(rnd, ["return True", "raise ValueError('eq')", "return NotImplemented",
                                                   "gc.collect(); return c is o", "return 'yes'"]),
           "    def __hash__(c): return 1",
           "class Eq(metaclass=MEq): pass",
           "class EqR(metaclass=MEq): pass",
           "us = []"]
    for _ in range(rnd.randint(1, 4)):
        parts = [pick(rnd, UNION_PARTS) for _ in range(rnd.randint(2, 4))]
        out.append("_t(lambda: us.append(%s))" % " | ".join(parts))
    ops = ["us[%d][%s]", "us[%d].__parameters__", "us[%d].__args__", "repr(us[%d])", "us[%d] == us[%d]",
           "hash(us[%d])", "us[%d] | int", "isinstance(1, us[%d])", "issubclass(int, us[%d])",
           "typing.get_args(us[%d])", "us[%d][%s][%s]", "typing.Union[us[%d], %s]",
           "sys.modules.__setitem__('typing', 5)", "sys.modules.__setitem__('typing', typing)",
           "sys.modules.pop('typing', None)", "setattr(typing, '_ga_getitem', None)",
           "setattr(typing, '_free_typevars', lambda a: 5)", "setattr(typing, '_ga_getitem', lambda s, i: None)",
           "setattr(typing, '_ga_getitem', lambda s, i: s[i])", "list[T][%s]", "dict[K, V][%s]", "gc.collect()",
           "(int | list[T])[%s]", "(Eq | int) == (int | EqR)", "us[%d].__origin__"]
    for _ in range(rnd.randint(3, 12)):
        op = pick(rnd, ops).replace("%d", str(rnd.randint(0, 3)))
        while "%s" in op:
            op = op.replace("%s", pick(rnd, SUBS), 1)
        out.append("_t(lambda: %s)" % op)
    out.append("sys.modules['typing'] = typing")
    return out


GENERATORS = [gen_meta, gen_meta, gen_meta, gen_modsub, gen_modsub, gen_modsub, gen_excdict, gen_excdict,
              gen_structseq, gen_structseq, gen_codec, gen_re, gen_re, gen_union, gen_union]
DIFFABLE = [gen_codec, gen_re]


def strat_s11(rnd, corpus):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    return PRELUDE + "\n".join(parts) + "\nprint('end')\n"


def diffable(rnd):
    return PRELUDE + "\n".join(rnd.choice(DIFFABLE)(rnd)) + "\nprint('end')\n"



if __name__ == "__main__":
    import sys
    import standalone
    standalone.diff_main(sys.argv, diffable, strat_s11, "s11")
