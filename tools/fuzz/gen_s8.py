# Program generators for code added in session 8: micropython.RingIO,
# generator.pend_throw, exceptions raised under micropython.heap_lock (the
# emergency exception), const() folding, exec/eval with odd __builtins__ and
# closure=, open() with encodings/error handlers, and paths holding lone
# surrogates or NULs. Each statement catches its own exception and prints the
# type: the point is a crash, a sanitizer report or a hang, not the output.
#   python3 tools/fuzz/gen_s8.py SEED > /tmp/c.py       one program
#   python3 tools/fuzz/gen_s8.py --run N [BINARY]       N seeds; prints failures
# strat_s8(rnd, corpus) has the signature of fuzz.py's strategies.
import os, random

PRELUDE = r"""import micropython, sys, gc
def _t(f):
    try:
        r = f()
        try:
            s = repr(r)
        except Exception as e:
            s = 'repr ' + type(e).__name__
        print(type(r).__name__, s[:60])
    except BaseException as e:
        print(type(e).__name__)
_B = [bytearray(b'0123456789abcdef'), bytearray(3), bytearray(0)]
def _gen():
    try:
        yield 1
        yield 2
    except Exception as e:
        print('in gen', type(e).__name__)
        yield 3
    finally:
        print('fin')
async def _co():
    return 1
"""

SIZES = ["0", "1", "2", "3", "7", "255", "-1", "2**31", "2**62", "2**64", "'x'", "None", "1.5"]
BUFS = ["_B[0]", "_B[1]", "_B[2]", "memoryview(_B[0])[3:9]", "memoryview(_B[0])[::2]",
        "memoryview(bytearray(100))[50:]", "b'abc'", "'abc'", "bytearray(2)", "array_b()"]
DATA = ["b''", "b'xyz'", "b'q' * 1000", "'str'", "memoryview(b'hello')[1:4]", "_B[0]", "None", "5",
        "bytearray(b'\\n\\nab\\n')", "'\\u00e9' * 50"]
MUTATE = ["_B[0].extend(b'z' * {n})", "_B[0].__delitem__(slice(0, {n}))", "_B[0].clear()",
          "_B.__setitem__(0, bytearray({n}))",
          "gc.collect()", "[bytearray(64) for i in range({n})]"]


def gen_ringio(rnd):
    out = ["def array_b():", "    import array", "    return array.array('b', [1, 2, 3, 4])",
           "r = None", "_t(lambda: micropython.RingIO(%s))" % rnd.choice(SIZES + BUFS)]
    out.append("try:\n    r = micropython.RingIO(%s)\nexcept Exception as e:\n    print(type(e).__name__)"
               % rnd.choice(SIZES[:6] + BUFS))
    ops = ["r.write(%s)" % rnd.choice(DATA), "r.read(%s)" % rnd.choice(SIZES + [""]),
           "r.readinto(%s)" % rnd.choice(BUFS), "r.readinto(%s, %s)" % (rnd.choice(BUFS), rnd.choice(SIZES)),
           "r.readline(%s)" % rnd.choice(["", "1", "-1", "100"]), "r.any()", "r.close()",
           "__import__('select').select([r], [r], [], 0)[0] != []"]
    for _ in range(rnd.randint(2, 12)):
        if rnd.random() < 0.25:
            out.append("_t(lambda: %s)" % rnd.choice(MUTATE).format(n=rnd.choice([1, 5, 100, 10000])))
        else:
            out.append("_t(lambda: %s)" % rnd.choice(ops))
    return out


EXCS = ["ValueError('p')", "ValueError", "42", "None", "StopIteration(3)", "GeneratorExit()",
        "KeyboardInterrupt()", "SystemExit(2)", "object()", "RuntimeError"]


def gen_pend_throw(rnd):
    mk = rnd.choice(["_gen()", "(x for x in range(3))", "_co()", "iter([1])"])
    out = ["g = %s" % mk]
    ops = ["next(g)", "g.send(None)", "g.send(1)", "g.close()", "g.throw(%s)" % rnd.choice(EXCS),
           "g.pend_throw(%s)" % rnd.choice(EXCS), "list(g)", "g.pend_throw(g.pend_throw(%s))" % rnd.choice(EXCS)]
    for _ in range(rnd.randint(2, 10)):
        out.append("_t(lambda: %s)" % rnd.choice(ops))
    out.append("del g\ngc.collect()")
    return out


LOCKED = ["1/0", "None.x", "[].pop()", "(1,)[9]", "{}['k']", "undefined_zz", "int('zz')", "'a' + 1",
          "ValueError(1, 2, 3)", "ValueError('x' * 10)", "OSError(2, 'no', 'f')", "KeyError('k')",
          "raise_(TypeError)", "bytearray(10)", "rec(12)", "getattr(None, 'y' * 300)",
          "next(iter([]))", "micropython.alloc_emergency_exception_buf(%s)"]


def gen_heap_lock(rnd):
    out = ["e = r = None", "def raise_(t):\n    raise t",
           "def rec(n):\n    if n == 0:\n        1/0\n    rec(n - 1)"]
    if rnd.random() < 0.5:
        out.append("micropython.alloc_emergency_exception_buf(%s)" % rnd.choice(["0", "1", "200", "10000", "-5"]))
    for _ in range(rnd.randint(1, 5)):
        body = rnd.choice(LOCKED).replace("%s", rnd.choice(SIZES[:8]))
        nested = rnd.random() < 0.4
        out.append("micropython.heap_lock()")
        out.append("try:")
        if nested:
            out.append("    try:\n        %s\n    except Exception as e:\n        r = e\n        %s"
                       % (body, rnd.choice(LOCKED).replace("%s", "5")))
        else:
            out.append("    %s" % body)
        out.append("except BaseException as e:\n    r = e")
        out.append("micropython.heap_unlock()")
        out.append("_t(lambda: (type(r).__name__, r.args[:1], repr(r)[:40]))")
        if rnd.random() < 0.3:
            out.append("_t(lambda: sys.print_exception(r))")
    return out


CONST_VALS = ["1", "-1", "1 << 100", "2 * 3 + X0", "'s'", "b'b'", "(1, 2)", "[1]", "x", "1/0", "None",
              "X0 if X0 else 2", "~X0", "X0 ** 200", ""]
CONST_USE = ["print({n})", "del {n}", "{n} = 5", "{n} += 1", "global {n}", "for {n} in range(2): pass",
             "print([{n} for {n} in range(2)])", "import os as {n}", "def {n}(): pass",
             "print(eval('{n}'))", "print((lambda {n}={n}: {n})())", "class {n}: pass",
             "match 1:\n    case {n}: print('m')"]


def gen_const(rnd):
    lines = ["from micropython import const", "X0 = const(3)"]
    names = ["X1", "_Y", "X0", "_Z"]
    for _ in range(rnd.randint(1, 6)):
        n = rnd.choice(names)
        if rnd.random() < 0.5:
            lines.append("%s = const(%s)" % (n, rnd.choice(CONST_VALS)))
        else:
            lines.append(rnd.choice(CONST_USE).format(n=n))
    src = "\n".join(lines)
    wrap = rnd.choice(["mod", "def", "class", "exec"])
    if wrap == "def":
        src = "def f():\n" + "\n".join("    " + l for l in src.split("\n")) + "\nf()"
    elif wrap == "class":
        src = "class C:\n" + "\n".join("    " + l for l in src.split("\n"))
    return ["_t(lambda: exec(compile(%r, 'c', 'exec'), {}))" % src]


BUILTINS = ["{}", "None", "5", "[]", "__import__('builtins')", "_M()", "_Bad()", "_Mut({})", "{'len': print}",
            "{'__import__': 5}", "{'__build_class__': None}"]


def gen_exec_builtins(rnd):
    out = ["class _M:\n    def __getitem__(self, k):\n        if k == 'len':\n            return lambda x: 42\n        raise KeyError(k)",
           "class _Bad:\n    def __getitem__(self, k):\n        raise ValueError(k)",
           "class _Mut:\n    def __init__(self, g):\n        self.g = g\n    def __getitem__(self, k):\n        self.g.clear()\n        self.g.update({'v%d' % i: i for i in range(50)})\n        return print",
           "def _cl():\n    x = 1\n    def h():\n        return x\n    return h"]
    srcs = ["len('ab')", "abs(-1)", "x", "[i for i in range(3)]", "__import__('os')", "print",
            "exec('len(1)')", "eval('abs')", "globals()", "dir()"]
    for _ in range(rnd.randint(1, 6)):
        k = rnd.random()
        if k < 0.6:
            out.append("g = {'__builtins__': %s}" % rnd.choice(BUILTINS))
            fn = rnd.choice(["eval", "exec"])
            out.append("_t(lambda: %s(%r, g%s))" % (fn, rnd.choice(srcs), rnd.choice(["", ", _M()", ", {}", ", g"])))
        elif k < 0.8:
            out.append("_t(lambda: exec(%s, {}, closure=%s))" % (
                rnd.choice(["_cl().__code__", "compile('1', 's', 'exec')", "'1'", "(lambda: 0).__code__"]),
                rnd.choice(["None", "()", "(1,)", "_cl().__closure__", "_cl().__closure__ * 2", "[1]", "5"])))
        else:
            out.append("_t(lambda: compile('1', 's', %r, flags=%s, optimize=%s))" % (
                rnd.choice(["exec", "eval", "single", "x"]), rnd.choice(["0", "-1", "2**40", "0x400", "'a'"]),
                rnd.choice(["-1", "0", "2", "3", "-9", "2**70"])))
    return out


NAMES = ["'\\udc80'", "'\\ud800'", "'\\udfff'", "'a\\x00b'", "'x' * 300", "'y' * 5000", "('z' * 255 + '/') * 20",
         "'\\U0001f600'", "'\\udced\\udcb2\\udc80'", "b'\\xff\\xfe'", "''", "'.'", "'/'", "5", "None"]
ENCS = ["None", "'utf-8'", "'UTF8'", "'latin-1'", "'ascii'", "'utf-16'", "'utf-32'", "'utf-8-sig'", "'bogus'",
        "''", "'\\udc80'", "'utf\\x008'", "5"]
ERRS = ["None", "'strict'", "'ignore'", "'replace'", "'surrogateescape'", "'backslashreplace'",
        "'xmlcharrefreplace'", "'bogus'", "''", "5"]


def gen_paths(rnd):
    out = ["import os", "D = '/tmp/_fz_s8_%d/'" % os.getpid(), "_t(lambda: os.mkdir(D))",
           "def _p(s):\n    return (D + s) if isinstance(s, str) else (D.encode() + s) if isinstance(s, bytes) else s"]
    calls = ["open(_p({n}), 'w').close()", "os.stat(_p({n}))", "os.listdir(_p({n}))", "os.remove(_p({n}))",
             "os.mkdir(_p({n}))", "os.rmdir(_p({n}))", "os.rename(_p({n}), _p({m}))", "os.path.exists(_p({n}))",
             "os.fsencode({n})", "os.fsdecode({n})", "os.symlink(_p({n}), _p({m}))", "os.readlink(_p({n}))",
             "os.environ.__setitem__('K' + str({n}), str({m}))", "sorted(os.listdir(D))",
             "[e.name for e in os.scandir(D)]"]
    for _ in range(rnd.randint(2, 8)):
        if rnd.random() < 0.6:
            out.append("_t(lambda: %s)" % rnd.choice(calls).format(n=rnd.choice(NAMES), m=rnd.choice(NAMES)))
        else:
            mode = rnd.choice(["'w'", "'r'", "'a+'", "'rb'", "'wb'", "'x'", "'rw'"])
            data = rnd.choice(["'a\\xe9\\u20ac\\udc80\\U0001f600z\\n'", "'plain\\n' * 100", "b'\\xff\\xfe\\x00'", "''"])
            out.append("def _f():\n    with open(D + 'e', %s, encoding=%s, errors=%s, newline=%s) as f:\n"
                       "        f.write(%s)\n    with open(D + 'e', 'r', encoding=%s, errors=%s) as f:\n"
                       "        return [f.read(%s), f.readline(), f.tell()]" % (
                           mode, rnd.choice(ENCS), rnd.choice(ERRS), rnd.choice(["None", "''", "'\\n'", "'\\r\\n'", "'x'"]),
                           data, rnd.choice(ENCS), rnd.choice(ERRS), rnd.choice(["", "1", "3", "-1"])))
            out.append("_t(_f)")
    out.append("import shutil\n_t(lambda: shutil.rmtree(D))")
    return out


GENERATORS = [gen_ringio, gen_pend_throw, gen_heap_lock, gen_const, gen_exec_builtins, gen_paths]


def strat_s8(rnd, corpus):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    return PRELUDE + "\n".join(parts) + "\nprint('end')\n"


if __name__ == "__main__":
    import standalone
    standalone.main(strat_s8, "s8")
