# Program generators for the newer statements (strategy "lang" of fuzz.py):
# the match statement, except* with ExceptionGroup, and generators that are
# closed, thrown into or re-entered while they run.
#
# Each case is run through exec() of a source string, so that a pattern or
# handler the compiler must refuse (SyntaxError) ends only its own case, and
# the compiler meets odd shapes too. Every case prints what it reached, so
# with --diff the output can be compared with CPython's.

LANG_PRELUDE = r"""import sys
def _x(src):
    # Runs one case; a raised exception is a result like any other.
    try:
        exec(src, {'__name__': 'case', 'S': S})
    except BaseException as e:
        print('exc', type(e).__name__)
class S:
    # Subject helpers, shared by all cases.
    class Seq:
        # A sequence whose __len__/__getitem__ misbehave or mutate.
        def __init__(self, items, how=0):
            self.items = list(items)
            self.how = how
        def __len__(self):
            if self.how == 1:
                raise ValueError('len')
            if self.how == 2:
                return -1
            if self.how == 3:
                return 2**70
            return len(self.items)
        def __getitem__(self, i):
            if self.how == 4:
                self.items.clear()
            if self.how == 5:
                raise KeyError(i)
            return self.items[i]
        def __iter__(self):
            return iter(self.items)
    class Map(dict):
        # A mapping whose get() misbehaves.
        def get(self, k, d=None):
            if k == 'boom':
                raise RuntimeError('get')
            self.pop('x', None)
            return dict.get(self, k, d)
    class Pt:
        __match_args__ = ('x', 'y')
        def __init__(self, x=0, y=0):
            self.x = x
            self.y = y
    class Odd:
        __match_args__ = ('a', 'a', 5)
        a = 1
    class Lie:
        __match_args__ = 'xy'
        x = 1
    class Many:
        __match_args__ = tuple('a%d' % i for i in range(300))
    class Prop:
        @property
        def x(self):
            raise AttributeError('x')
        @property
        def y(self):
            raise ValueError('y')
    class Eq:
        def __eq__(self, o):
            raise TypeError('eq')
        __hash__ = None
"""


SUBJECTS = ["0", "1", "-1", "2**70", "1.0", "float('nan')", "True", "None", "''", "'ab'", "b'ab'",
            "bytearray(b'a')", "[]", "[1]", "[1, 2]", "[1, 2, 3, 4, 5]", "(1, [2, (3,)])", "list(range(100))",
            "{}", "{'k': 1}", "{'k': 1, 'x': 2, 0: 3}", "{1, 2}", "range(3)", "range(10**20)",
            "memoryview(b'ab')", "iter([1, 2])", "(x for x in [1])", "S.Seq([1, 2], 0)", "S.Seq([1, 2], 1)",
            "S.Seq([1, 2], 2)", "S.Seq([1, 2], 3)", "S.Seq([1, 2, 3], 4)", "S.Seq([1, 2], 5)",
            "S.Map(k=1, x=2)", "S.Map(boom=1)", "S.Pt(1, 2)", "S.Pt([1], {'k': 2})", "S.Odd()", "S.Lie()",
            "S.Many()", "S.Prop()", "S.Eq()", "object()", "ValueError(1)", "int", "type", "S.Pt",
            "[[[[[]]]]]", "{'k': {'k': {'k': 1}}}", "1j", "NotImplemented", "...", "'\\x00'"]

CLASSES = ["int", "str", "bytes", "list", "tuple", "dict", "float", "bool", "object", "type", "S.Pt", "S.Odd",
           "S.Lie", "S.Many", "S.Prop", "S.Eq", "S.Seq", "S.Map", "ValueError", "BaseException", "frozenset",
           "bytearray", "set", "complex", "range", "memoryview", "sys", "len", "S", "S.Pt.x"]


def compiles(src):
    # Judged by the CPython running the fuzzer.
    try:
        compile(src, "case", "exec")
        return True
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def paren_as(p):
    # An as-pattern inside an or-pattern or another as-pattern needs
    # parentheses (only rarely left out, for the SyntaxError path).
    return "(%s)" % p if " as " in p and hash(p) % 20 else p


def pattern(rnd, depth, names):
    # A random pattern; names collects capture names so that some are reused
    # (a duplicate capture must be a SyntaxError, not a crash).
    if depth > rnd.choice((2, 3, 5, 8)):
        k = rnd.randrange(4)
    else:
        k = rnd.randrange(14)
    if k == 0:
        return rnd.choice(("0", "1", "-1", "1.5", "-0.0", "1j", "1 + 2j", "-1 - 1j", "'ab'", "b'ab'", "None",
                           "True", "False", "0x10", "'a' 'b'", "-2", "-9223372036854775809",
                           "1e400", "-1e400j", "2**3" if rnd.random() < 0.1 else "3"))
    if k == 1:
        if names and rnd.random() < 0.15:
            return rnd.choice(names)
        n = "v%d" % rnd.randrange(6)
        names.append(n)
        return n
    if k == 2:
        return "_"
    if k == 3:
        return rnd.choice(("S.Pt.x", "sys.maxsize", "S.Odd.a", "sys.nope", "S.Pt"))
    if k == 4:
        return "(%s)" % pattern(rnd, depth + 1, names)
    if k in (5, 6):
        n = rnd.randint(0, 4)
        items = [pattern(rnd, depth + 1, names) for _ in range(n)]
        if rnd.random() < 0.4:
            star = rnd.choice(("*_", "*rest", "*v0", "*r%d" % rnd.randrange(3)))
            items.insert(rnd.randint(0, len(items)), star)
            if rnd.random() < 0.1:
                items.append("*more")
        open_, close = rnd.choice((("[", "]"), ("(", ")")) + ((("", ""),) if depth == 0 else ()))
        body = ", ".join(items)
        if open_ == "(" and len(items) == 1:
            body += ","
        if open_ == "" and not items:
            open_, close = "[", "]"
        if open_ == "" and len(items) == 1:
            body += ","
        return open_ + body + close
    if k == 7:
        n = rnd.randint(0, 3)
        items = ["%s: %s" % (rnd.choice(("'k'", "'x'", "0", "1.5", "None", "b'k'", "'boom'", "S.Pt.x", "-1",
                                         "'k'")), pattern(rnd, depth + 1, names)) for _ in range(n)]
        if rnd.random() < 0.3:
            items.append("**" + rnd.choice(("rest", "rest", "v1", "_" if rnd.random() < 0.1 else "rest")))
        return "{%s}" % ", ".join(items)
    if k in (8, 9):
        cls = rnd.choice(CLASSES)
        pos = [pattern(rnd, depth + 1, names) for _ in range(rnd.choice((0, 0, 1, 2, 3)))]
        kw = ["%s=%s" % (rnd.choice(("x", "y", "a", "real", "imag", "a0", "a299", "__class__", "nope")),
                         pattern(rnd, depth + 1, names)) for _ in range(rnd.choice((0, 0, 1, 2)))]
        if rnd.random() < 0.05:
            kw = kw + kw[:1]
        return "%s(%s)" % (cls, ", ".join(pos + kw))
    if k in (10, 11):
        alts = [paren_as(pattern(rnd, depth + 1, list(names))) for _ in range(rnd.randint(2, 4))]
        return " | ".join(alts)
    if k == 12:
        n = rnd.choice(("v%d" % rnd.randrange(6), "x", "_" if rnd.random() < 0.1 else "v9"))
        names.append(n)
        return "%s as %s" % (paren_as(pattern(rnd, depth + 1, names)), n)
    return rnd.choice(("[*_]", "{**rest}", "(_)", "()", "[]", "{}", "[[]]", "-0", "- 1" if rnd.random() < 0.1 else "-1"))


def gen_match(rnd):
    out = []
    for _ in range(rnd.randint(2, 8)):
        subj = rnd.choice(SUBJECTS)
        if rnd.random() < 0.2:
            subj = "%s, %s" % (subj, rnd.choice(SUBJECTS))
        lines = ["def f(s):", "    match s:"]
        for c in range(rnd.randint(1, 6)):
            names = []
            p = pattern(rnd, 0, names)
            guard = ""
            if rnd.random() < 0.3:
                guard = " if " + rnd.choice(("1 // 0", "s.clear() or True" if subj.startswith("[") else "True",
                                             "len(str(s)) > 2", "v0", "(yield_ := 0)", "False",
                                             "s.pop('k', 0) if isinstance(s, dict) else 0", "not s"))
            lines.append("        case %s%s:" % (p, guard))
            body = ["print(%d, sorted(k for k in locals() if k != 's'))" % c]
            if rnd.random() < 0.2:
                body.append(rnd.choice(("return 'r'", "s = None", "match s:\n                case _: pass",
                                        "raise ValueError", "del s")))
            for b in body:
                lines.append("            " + b)
        lines.append("    return 'end'")
        lines.append("print(f(%s))" % subj)
        src = "\n".join(lines)
        out.append("_x(%r)" % src)
        if not compiles(src) and rnd.random() < 0.8:
            out.pop()  # mostly valid code: it goes further than the compiler
    if rnd.random() < 0.3:
        # Deep or wide patterns, for the compiler's recursion and the
        # pattern matcher's stack.
        d = rnd.choice((10, 100, 1000))
        kind = rnd.randrange(4)
        if kind == 0:
            p = "[" * d + "x" + "]" * d
            s = "[" * d + "1" + "]" * d
        elif kind == 1:
            p = " | ".join(str(i) for i in range(d)) + " | x"
            s = str(d - 1)
        elif kind == 2:
            p = "{'k': " * d + "x" + "}" * d
            s = "{'k': " * d + "1" + "}" * d
        else:
            p = "S.Pt(" * d + "x" + ")" * d
            s = "S.Pt(" * d + "1" + ")" * d
        out.append("_x(%r)" % ("match %s:\n    case %s: print('deep', x)\n    case _: print('no')" % (s, p)))
    if rnd.random() < 0.2:
        out.append("_x(%r)" % ("match 0:\n" + "".join("    case %d: pass\n" % i for i in range(rnd.choice((100, 3000))))
                               + "    case _: print('many')"))
    return out


# --- except* -------------------------------------------------------------------------

LEAVES = ["ValueError(1)", "TypeError('t')", "KeyError('k')", "OSError(2, 'x')", "StopIteration(3)",
          "KeyboardInterrupt()", "SystemExit(0)", "GeneratorExit()", "ZeroDivisionError()", "Exception()",
          "RecursionError()", "MyErr()", "MyGroup('m', [ValueError(5)])"]
EXC_TYPES = ["ValueError", "TypeError", "KeyError", "LookupError", "OSError", "Exception", "BaseException",
             "(ValueError, TypeError)", "()", "ExceptionGroup", "BaseExceptionGroup", "(ValueError, ExceptionGroup)",
             "MyErr", "MyGroup", "int", "5", "None", "'ValueError'", "(ValueError, 5)", "StopIteration",
             "KeyboardInterrupt", "ZeroDivisionError", "(ZeroDivisionError, KeyError)", "type"]


def group(rnd, depth=0):
    n = rnd.choice((0, 1, 1, 2, 3, 5))
    items = []
    for _ in range(n):
        if depth < 4 and rnd.random() < 0.3:
            items.append(group(rnd, depth + 1))
        else:
            items.append(rnd.choice(LEAVES))
    kind = rnd.choice(("ExceptionGroup", "ExceptionGroup", "BaseExceptionGroup", "MyGroup"))
    msg = rnd.choice(("'g'", "''", "5", "None", "'m' * 100"))
    seq = "[%s]" % ", ".join(items)
    if rnd.random() < 0.1:
        seq = rnd.choice(("()", "None", "ValueError()", "[1, 2]", "(x for x in [ValueError()])", "{ValueError()}"))
    return "%s(%s, %s)" % (kind, msg, seq)


EXC_PRELUDE = ("class MyErr(Exception): pass\n"
               "class MyGroup(ExceptionGroup):\n"
               "    def derive(self, excs):\n"
               "        %s\n")
DERIVES = ["return MyGroup(self.message, excs)", "return None", "return 5", "raise ValueError('derive')",
           "return ExceptionGroup('d', excs)", "return self", "return MyGroup('x', [self])"]


def gen_exceptstar(rnd):
    out = []
    for _ in range(rnd.randint(1, 5)):
        lines = [EXC_PRELUDE % rnd.choice(DERIVES).strip()]
        raised = group(rnd) if rnd.random() < 0.8 else rnd.choice(LEAVES + ["5", "ValueError"])
        lines.append("def f():")
        lines.append("    try:")
        lines.append("        " + rnd.choice(("raise %s", "raise %s from ValueError()", "raise %s from None",
                                              "x = %s; raise x")) % raised)
        for h in range(rnd.randint(1, 4)):
            t = rnd.choice(EXC_TYPES)
            name = rnd.choice(("", " as e"))
            lines.append("    except* %s%s:" % (t, name))
            body = rnd.choice(("print(%d, repr(e)[:80] if 'e' in dir() else '-')" % h, "print(%d)" % h,
                               "raise", "raise ValueError('in handler')", "pass",
                               "raise e" if name else "pass", "raise e.exceptions[0]" if name else "pass",
                               "return 1" if rnd.random() < 0.1 else "pass", "break" if rnd.random() < 0.1 else "pass",
                               "print(%d, e.split(ValueError))" % h if name else "pass",
                               "print(%d, e.subgroup(lambda x: 1 // 0))" % h if name else "pass",
                               "e.__traceback__ = None" if name else "pass"))
            lines.append("        " + body)
        if rnd.random() < 0.03:
            lines.append("    except ValueError:\n        pass")
        if rnd.random() < 0.3:
            lines.append("    else:\n        print('else')")
        if rnd.random() < 0.3:
            lines.append("    finally:\n        print('finally')%s" % rnd.choice(("", "\n        return 2")))
        lines.append("    return 0")
        lines.append("print(f())")
        if rnd.random() < 0.2:
            lines.insert(1, "for _ in range(2):")
            lines = lines[:2] + ["    " + ln for ln in "\n".join(lines[2:]).split("\n")]
        out.append("_x(%r)" % "\n".join(lines))
    k = rnd.randrange(6)
    if k == 0:
        d = rnd.choice((10, 100, 1000, 10000))
        out.append("_x(%r)" % ("g = ValueError(0)\nfor i in range(%d): g = ExceptionGroup('g', [g, KeyError(i)])\n"
                               "print(len(repr(g)) > 0)\n"
                               "try:\n    raise g\nexcept* KeyError as e:\n    print('k', len(e.exceptions))\n"
                               "except* ValueError as e:\n    print('v', len(e.exceptions))\n"
                               "print(g.split(KeyError)[0] is not None)\nprint(g.subgroup(ValueError) is not None)") % d)
    elif k == 1:
        # A group that contains itself.
        out.append("_x(%r)" % ("l = [ValueError()]\ng = ExceptionGroup('g', l)\ng.exceptions\n"
                               "e = ExceptionGroup('e', [g])\ng.__context__ = e\n"
                               "print(repr(g.split(ValueError))[:40])\n"
                               "try:\n    raise e\nexcept* ValueError:\n    print('caught')"))
    elif k == 2:
        # Uncaught group: the top-level traceback printer.
        out.append("_x(%r)" % ("import traceback\ng = ValueError(0)\nfor i in range(%d): g = ExceptionGroup('g%%d' %% i, [g, KeyError(i)])\n"
                               "try:\n    raise g\nexcept BaseException as e:\n    print(len(traceback.format_exception(e)) > 0)"
                               % rnd.choice((2, 20, 500))))
    elif k == 3:
        out.append("_x(%r)" % ("async def a():\n    try:\n        raise %s\n    except* ValueError:\n        await b()\n"
                               "async def b(): pass\nc = a()\ntry:\n    c.send(None)\nexcept StopIteration:\n    print('done')" % group(rnd)))
    elif k == 4:
        out.append("_x(%r)" % ("def g():\n    try:\n        yield 1\n        raise %s\n    except* ValueError:\n        yield 2\n"
                               "    except* TypeError:\n        return 3\n"
                               "x = g()\nprint(next(x))\nprint(list(x))" % group(rnd)))
    else:
        out.append("_x(%r)" % ("try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass"))
    return out


# --- generators ------------------------------------------------------------------------

GEN_BODIES = [
    "yield 1\nyield 2",
    "try:\n    yield 1\nfinally:\n    yield 2",
    "try:\n    yield 1\nexcept GeneratorExit:\n    yield 'ignored'",
    "try:\n    yield 1\nexcept BaseException as e:\n    print('caught', type(e).__name__)\n    yield 3",
    "yield from G[1]",
    "yield from G[0]",
    "yield G[0].send(None)",
    "yield next(G[0])",
    "G[0].close()\nyield 1",
    "G[0].throw(ValueError)\nyield 1",
    "yield G[0].throw(ValueError)",
    "return (yield)",
    "raise StopIteration(1)\nyield",
    "x = yield 1\nprint('got', x)\nyield x",
    "yield from [1, 2]\nyield from Sub()",
    "yield from Sub()",
    "try:\n    yield from Sub()\nfinally:\n    print('fin')",
    "while True:\n    try:\n        yield 1\n    except ValueError:\n        print('v')\n        break",
    "for i in range(3):\n    yield G[0].gi_running",
    "yield G[0].gi_frame is not None\nyield G[0].gi_code.co_name",
    "await_ = 1\nyield from (lambda: (yield 5))()",
    "with Ctx():\n    yield 1",
    "yield 1\nreturn 2",
]
GEN_ACTIONS = [
    "next(g)", "g.send(None)", "g.send(5)", "g.close()", "g.throw(ValueError)", "g.throw(ValueError('v'))",
    "g.throw(ValueError, ValueError('x'))", "g.throw(ValueError, 5)", "g.throw(ValueError, None, None)",
    "g.throw(GeneratorExit)", "g.throw(StopIteration)", "g.throw(5)", "g.throw(ValueError())",
    "g.throw(KeyboardInterrupt)", "g.throw(ExceptionGroup('g', [ValueError()]))", "g.throw(int)",
    "g.throw(ValueError, ValueError(), 5)", "list(g)", "g.gi_running", "g.gi_yieldfrom", "g.__next__()",
    "g.send()", "g.close(1)", "g.throw()", "next(g, 'dflt')", "g.gi_frame",
]


def gen_generators(rnd):
    out = []
    for _ in range(rnd.randint(1, 4)):
        lines = ["class Sub:",
                 "    # A sub-iterator for yield from, with odd throw/close.",
                 "    def __iter__(self): return self",
                 "    n = 0",
                 "    def __next__(self):",
                 "        self.n += 1",
                 "        if self.n > 5: raise StopIteration(self.n)",
                 "        return 7",
                 "    throw = %s" % rnd.choice(("None", "5", "lambda *a: 1 // 0", "lambda *a: 8",
                                                 "lambda *a: G[0].throw(*a)")),
                 "    close = %s" % rnd.choice(("None", "lambda: 1 // 0", "lambda: G[0].close()", "lambda: None")),
                 "class Ctx:",
                 "    def __enter__(s): return s",
                 "    def __exit__(s, *a): return %s" % rnd.choice(("False", "True", "G[0].close()")),
                 "G = [None, None]"]
        for i in (0, 1):
            body = rnd.choice(GEN_BODIES)
            lines.append("def gen%d():" % i)
            lines += ["    " + ln for ln in body.split("\n")]
        lines.append("G[0] = gen0()\nG[1] = gen1()\ng = G[0]")
        for _ in range(rnd.randint(1, 6)):
            act = rnd.choice(GEN_ACTIONS)
            if rnd.random() < 0.2:
                act = act.replace("g.", "G[1].").replace("(g", "(G[1]")
            lines.append("try:\n    r = %s\n    print('r', repr(r)[:40])\n"
                         "except BaseException as e:\n    print(type(e).__name__)" % act)
        out.append("_x(%r)" % "\n".join(lines))
    k = rnd.randrange(5)
    if k == 0:
        d = rnd.choice((10, 100, 500, 2000))
        out.append("_x(%r)" % ("def g(n):\n    if n:\n        yield from g(n - 1)\n    else:\n        yield 1\n"
                               "        yield 2\nx = g(%d)\nprint(next(x))\nprint(%s)" % (
                                   d, rnd.choice(("x.throw(ValueError)", "x.close()", "list(x)", "x.send(1)")))))
    elif k == 1:
        out.append("_x(%r)" % ("def g():\n    yield from x\nx = g()\nprint(next(x))"))
    elif k == 2:
        out.append("_x(%r)" % ("x = (i for i in range(3))\nprint(next(x))\n"
                               "y = (x.send(None) for _ in range(2))\nprint(list(y))\nprint(x.throw(ValueError))"))
    elif k == 3:
        # A coroutine awaiting itself, and one driven after it finished.
        out.append("_x(%r)" % ("async def c():\n    await C[0]\nC = [None]\nC[0] = c()\n"
                               "try:\n    C[0].send(None)\nexcept BaseException as e:\n    print(type(e).__name__)\n"
                               "try:\n    C[0].send(None)\nexcept BaseException as e:\n    print(type(e).__name__)"))
    else:
        out.append("_x(%r)" % ("def g():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n"
                               "            print('exit')\n            %s\nx = g()\nnext(x)\nx.close()\ndel x\nprint('ok')" % (
                                   rnd.choice(("return", "raise", "yield", "raise ValueError", "pass")))))
    return out


GENERATORS = [gen_match, gen_match, gen_exceptstar, gen_exceptstar, gen_generators]


def strat_lang(rnd, corpus):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    return LANG_PRELUDE + "\n".join(parts) + "\nprint('end')\n"
