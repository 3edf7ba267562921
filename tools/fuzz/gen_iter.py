# Program generators for the iteration and functional modules (strategy
# "iter" of fuzz.py): itertools, functools, operator, array, random and the
# frozen Python modules of lib/ (copy, bisect, textwrap, string, enum...).
#
# Every case starts with gen_modules.PRELUDE (its _t, _Lt, _Ix helpers) and
# ITER_PRELUDE below, then runs independent statements, each catching its own
# exception. Iterators are always consumed through _take(), which stops after
# a bounded number of items: itertools objects are often endless, and a
# mutation strategy must not turn every case into a "hang".
#
# The corners aimed at: counts near the word limits and negative, iterators
# that raise at the n-th item or return themselves, callbacks (key=, func,
# predicate, __eq__, __hash__, __lt__, __index__, __length_hint__) that mutate
# the list being iterated or re-enter the very object that called them.

from gen_modules import HUGE_INTS, ODD_MISC, pick

ITER_PRELUDE = r"""
def _take(it, n=40):
    # At most n items of any iterable, so that endless ones end.
    out = []
    try:
        it = iter(it)
    except Exception as e:
        return 'iter ' + type(e).__name__
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
L = list(range(8))
class _Bad:
    # An iterator that misbehaves from item number n on (a few times only,
    # then it ends, so that consumers of the whole input stop).
    def __init__(self, n, how=0):
        self.n = n
        self.how = how
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n >= 0:
            return self.n
        if self.n < -3:
            raise StopIteration
        if self.how == 0:
            raise ValueError('bad')
        if self.how == 1:
            raise StopIteration
        if self.how == 2:
            L.clear()
            return 0
        if self.how == 3:
            return next(RE[0]) if RE else 0
        if self.how == 4:
            raise KeyboardInterrupt
        return self
class _Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
    def __iter__(self):
        return iter(())
class _Key:
    # A hashable whose __eq__/__hash__ run an action (mutating a cache).
    def __init__(self, v, act=None):
        self.v = v
        self.act = act
    def __hash__(self):
        if self.act:
            self.act()
        return self.v % 3
    def __eq__(self, o):
        if self.act:
            self.act()
        return isinstance(o, _Key) and o.v == self.v
    def __repr__(self):
        return 'K%r' % self.v
RE = []
"""

# Iterables to feed to itertools: finite, endless, raising, mutating.
ITERABLES = ["L", "[]", "range(5)", "'abc'", "b'xy'", "(1, 2, 3)", "{1: 2, 3: 4}", "{5, 6}",
             "_Bad(3)", "_Bad(0)", "_Bad(2, 1)", "_Bad(3, 2)", "_Bad(2, 3)", "_Bad(1, 5)",
             "iter(L)", "(x for x in L)", "(L.append(x) or x for x in range(3))",
             "(L.clear() or x for x in range(3))", "map(lambda x: 1 // x, [1, 0])",
             "RE[0] if RE else []", "5", "None", "object()", "range(10**20)",
             "itertools.count()", "itertools.repeat(1)", "itertools.cycle('ab')",
             "[[1, 2], [3]]", "[(1, 2), (3, 4)]", "[_Lt(2), _Lt(1)]", "_Hint(3)"]
COUNTS = ["0", "1", "2", "3", "-1", "-5", "2**31", "2**63-1", "2**63", "2**64", "-2**63",
          "10**20", "sys.maxsize", "None", "1.5", "'2'", "_Ix(2)", "_Ix(-1)", "_Ix(2**70)",
          "_Ix(2, lambda: L.clear())", "True"]
FUNCS = ["lambda *a: a", "lambda x: x", "lambda x, y: x + y", "lambda x, y=0: x",
         "lambda x: L.append(x) if len(L) < 50 else None", "lambda *a: L.clear()",
         "lambda *a: L.pop() if L else 0", "lambda *a: next(RE[0]) if RE else 0",
         "lambda *a: 1 // 0", "lambda *a: (_ for _ in ()).throw(StopIteration)",
         "len", "str", "int", "None", "5", "abs", "max", "operator.add", "operator.itemgetter(0)",
         "lambda x: [] if x else ()", "lambda *a: RE.clear()"]


ENDLESS = ("itertools.count()", "itertools.repeat(1)", "itertools.cycle('ab')", "range(10**20)",
           "RE[0] if RE else []")


def iterable(rnd, finite=False):
    # finite: for consumers that read their whole input first.
    while True:
        it = rnd.choice(ITERABLES)
        if not finite or it not in ENDLESS:
            return it


def arglist(*parts):
    return ", ".join(p for p in parts if p)


def count(rnd):
    return rnd.choice(COUNTS)


def func(rnd):
    return rnd.choice(FUNCS)


# --- itertools ------------------------------------------------------------------

def itertools_call(rnd):
    f = rnd.randrange(22)
    a, b, c = iterable(rnd), iterable(rnd), iterable(rnd)
    if f == 0:
        return "itertools.count(%s, %s)" % (rnd.choice(HUGE_INTS + ["1.5", "1j", "'a'", "_Ix(1)"]),
                                             rnd.choice(HUGE_INTS + ["0.5", "-0.0", "float('nan')", "None"]))
    if f == 1:
        return "itertools.cycle(%s)" % a
    if f == 2:
        return "itertools.repeat(%s%s)" % (a, rnd.choice(("", ", " + count(rnd), ", times=" + count(rnd))))
    if f == 3:
        return "itertools.accumulate(%s%s%s)" % (a, rnd.choice(("", ", " + func(rnd), ", func=" + func(rnd))),
                                                  rnd.choice(("", ", initial=None", ", initial=" + a)))
    if f == 4:
        return "itertools.chain(%s)" % ", ".join(iterable(rnd) for _ in range(rnd.randint(0, 4)))
    if f == 5:
        return "itertools.chain.from_iterable(%s)" % rnd.choice((a, "[%s, %s]" % (a, b), "itertools.repeat(%s, 3)" % a))
    if f == 6:
        return "itertools.compress(%s, %s)" % (a, b)
    if f == 7:
        return "itertools.%s(%s, %s)" % (rnd.choice(("dropwhile", "takewhile", "filterfalse")), func(rnd), a)
    if f == 8:
        return "itertools.groupby(%s%s)" % (a, rnd.choice(("", ", " + func(rnd), ", key=" + func(rnd))))
    if f == 9:
        args = [a] + [count(rnd) for _ in range(rnd.randint(0, 3))]
        return "itertools.islice(%s)" % ", ".join(args)
    if f == 10:
        return "itertools.pairwise(%s)" % a
    if f == 11:
        return "itertools.starmap(%s, %s)" % (func(rnd), a)
    if f == 12:
        return "itertools.tee(%s%s)" % (a, rnd.choice(("", ", " + count(rnd))))
    if f == 13:
        return "itertools.zip_longest(%s)" % arglist(*[iterable(rnd) for _ in range(rnd.randint(0, 3))],
                                                     rnd.choice(("", "fillvalue=" + a, "bogus=1")))
    if f == 14:
        return "itertools.product(%s)" % arglist(*[iterable(rnd, True) for _ in range(rnd.randint(0, 3))],
                                                 rnd.choice(("", "repeat=" + count(rnd))))
    if f == 15:
        a = iterable(rnd, True)
        return "itertools.permutations(%s%s)" % (a, rnd.choice(("", ", " + count(rnd), ", r=" + count(rnd))))
    if f == 16:
        return "itertools.%s(%s, %s)" % (rnd.choice(("combinations", "combinations_with_replacement")),
                                          iterable(rnd, True), count(rnd))
    if f == 17:
        # A groupby whose groups are used after the outer iterator moved on.
        return "[(k, _take(g)) for k, g in list(itertools.groupby(%s))]" % iterable(rnd, True)
    if f == 18:
        return "[_take(t) for t in itertools.tee(%s, %s)]" % (a, rnd.choice(("2", "3", "0", "1")))
    if f == 19:
        # Pass an itertools object to itself, or to another one.
        return "(lambda x: (RE.append(x), x)[1])(itertools.%s)" % rnd.choice((
            "pairwise(_Bad(4, 3))", "islice(_Bad(5, 3), 3)", "chain(_Bad(3, 3))", "tee(_Bad(4, 3))[0]",
            "cycle(_Bad(3, 3))", "accumulate(_Bad(4, 3))", "groupby(_Bad(5, 3))", "zip_longest(_Bad(3, 3), L)",
            "dropwhile(lambda x: 0, _Bad(3, 3))", "starmap(lambda *a: next(RE[0]), [(1,), (2,)])",
            "product(_Bad(3, 3))", "compress(_Bad(3, 3), itertools.repeat(1))"))
    if f == 20:
        return "copy.copy(itertools.%s)" % rnd.choice(("count(5)", "repeat(1, 3)", "tee(L)[0]", "cycle(L)"))
    return "(%s).__reduce__()" % rnd.choice(("itertools.count(1)", "itertools.repeat(1)", "itertools.tee(L)[0]"))


def gen_itertools(rnd):
    out = ["import itertools, operator, copy"]
    for _ in range(rnd.randint(3, 12)):
        call = itertools_call(rnd)
        how = rnd.randrange(6)
        if how == 0:
            out.append("_t(lambda: _take(%s, %d))" % (call, rnd.choice((0, 1, 5, 40))))
        elif how == 1:
            out.append("_t(lambda: repr(%s)[:30])" % call)
        elif how == 2:
            out.append("_t(lambda: operator.length_hint(%s, %s))" % (call, rnd.choice(("0", "-1", "2**70"))))
        elif how == 3:
            out.append("RE[:] = [iter(%s)]\n_t(lambda: _take(RE[0], 30))" % call)
        elif how == 4:
            out.append("_t(lambda: _take(%s, 5))\nL[:] = list(range(%d))" % (call, rnd.choice((0, 3, 8))))
        else:
            out.append("_t(lambda: sorted(map(repr, _take(%s, 10))))" % call)
    return out


# --- functools --------------------------------------------------------------------

def gen_functools(rnd):
    out = ["import functools, operator, itertools"]
    for _ in range(rnd.randint(3, 10)):
        k = rnd.randrange(12)
        if k == 0:
            s = "_t(lambda: functools.reduce(%s, %s%s))" % (func(rnd), iterable(rnd, True),
                                                             rnd.choice(("", ", 0", ", None", ", []")))
        elif k == 1:
            depth = rnd.choice((1, 3, 100, 1000))
            s = ("p = %s\nfor _ in range(%d): p = functools.partial(p, %s)\n"
                 "_t(lambda: p())\n_t(lambda: len(repr(p)))\n_t(lambda: p(1, k=2))") % (
                func(rnd), depth, rnd.choice(("1", "", "k=1", "*L") + (("p",) if depth < 10 else ())))
        elif k == 2:
            # A partial whose args contain the partial itself.
            s = ("a = []\np = functools.partial(print, a)\na.append(p)\n_t(lambda: len(repr(p)))\n"
                 "_t(lambda: p.__setstate__((len, (p,), {'x': p}, None)))\n_t(lambda: len(repr(p)))\n"
                 "_t(lambda: p.__setstate__(%s))" % rnd.choice(("()", "(1, 2, 3, 4)", "(len, 5, None, None)",
                                                               "(len, (), 5, None)", "None", "(None, (), {}, {})")))
        elif k == 3:
            maxsize = rnd.choice(("None", "0", "1", "2", "-1", "2**70", "'x'", "128", "_Ix(3)"))
            act = rnd.choice(("None", "lambda: f.cache_clear()", "lambda: f(_Key(5))",
                              "lambda: f.cache_info()", "lambda: 1 // 0"))
            s = ("@functools.lru_cache(maxsize=%s%s)\ndef f(x):\n    if isinstance(x, int) and x > 0: return f(x - 1) + 1\n"
                 "    return 0\n_t(lambda: [f(i) for i in range(%d)])\n"
                 "_t(lambda: [f(_Key(i, %s)) for i in range(6)])\n_t(lambda: f.cache_info())\n"
                 "_t(lambda: f(%s))\n_t(lambda: f.cache_clear())") % (
                     maxsize, rnd.choice(("", ", typed=True")), rnd.choice((3, 100, 3000)), act,
                     rnd.choice(("[]", "{}", "1.0", "True", "2**70", "_Key(1, lambda: f.cache_clear())")))
            if maxsize in ("'x'", "-1", "_Ix(3)"):
                # Odd sizes: the decorator itself may refuse them.
                s = ("f = None\ntry:\n    f = functools.lru_cache(maxsize=%s)(lambda x: x)\n"
                     "except Exception as e:\n    print(type(e).__name__)\n"
                     "_t(lambda: f(1))\n_t(lambda: f.cache_info())") % maxsize
        elif k == 4:
            s = ("@functools.cache\ndef g(x):\n    %s\n    return x\n_t(lambda: g(1))\n_t(lambda: g(1))\n"
                 "_t(lambda: g([]))\n_t(lambda: g.cache_info())") % rnd.choice((
                     "g.cache_clear()", "g(x) if x < 3 else 0", "pass", "g.__wrapped__(0) if x else 0"))
        elif k == 5:
            s = ("K = functools.cmp_to_key(%s)\n_t(lambda: sorted(%s, key=K))\n_t(lambda: K(1) < K(2))\n"
                 "_t(lambda: K(1) == 5)\n_t(lambda: hash(K(1)))\n_t(lambda: K(1).obj)\n_t(lambda: K())") % (
                     rnd.choice(("lambda a, b: a - b", "lambda a, b: None", "lambda a, b: 'x'",
                                 "lambda a, b: L.clear() or 0", "lambda a, b: 1 // 0", "lambda a: 0",
                                 "lambda a, b: 2**100", "lambda a, b: float('nan')", "5")),
                     rnd.choice(("[3, 1, 2]", "L", "[]", "range(20)", "'cab'")))
        elif k == 6:
            s = ("@functools.total_ordering\nclass T:\n    def __init__(s, v): s.v = v\n%s\n"
                 "_t(lambda: T(1) < T(2))\n_t(lambda: T(1) >= T(2))\n_t(lambda: T(1) > 5)\n"
                 "_t(lambda: T(1) <= T(1))") % rnd.choice((
                     "    def __lt__(s, o): return s.v < o.v", "    def __gt__(s, o): return NotImplemented",
                     "    def __le__(s, o): return T(0) <= o", "    def __ge__(s, o): return 1 // 0",
                     "    pass", "    __lt__ = 5", "    def __lt__(s, o): return s < o"))
        elif k == 7:
            s = ("@functools.singledispatch\ndef sd(x): return 'base'\n"
                 "_t(lambda: sd.register(%s, lambda x: 'r'))\n_t(lambda: sd.register(%s))\n"
                 "_t(lambda: sd(%s))\n_t(lambda: sd())\n_t(lambda: sorted(map(str, sd.registry))[:3])\n"
                 "_t(lambda: sd.dispatch(%s))") % (
                     rnd.choice(("int", "bool", "object", "5", "None", "list[int]", "int | str", "type")),
                     rnd.choice(("lambda x: 0", "int", "5", "None")),
                     pick(rnd, HUGE_INTS, ODD_MISC), rnd.choice(("int", "bool", "5", "type", "object")))
        elif k == 8:
            s = ("def w(): pass\n_t(lambda: functools.update_wrapper(w, %s%s))\n_t(lambda: w.__wrapped__)\n"
                 "_t(lambda: functools.wraps(%s)(lambda: 0).__name__)") % (
                     pick(rnd, ODD_MISC, ["len", "w", "print", "int", "functools.partial(len)"]),
                     rnd.choice(("", ", assigned=5", ", updated=('__dict__', 'x')", ", assigned=('__nope__',)",
                                 ", assigned=None", ", updated=[]")),
                     pick(rnd, ODD_MISC, ["len", "w"]))
        elif k == 9:
            s = "_t(lambda: functools.partial(%s)(%s))" % (
                ", ".join([func(rnd)] + [pick(rnd, HUGE_INTS, ODD_MISC) for _ in range(rnd.randint(0, 3))]),
                ", ".join(pick(rnd, HUGE_INTS, ODD_MISC) for _ in range(rnd.randint(0, 2))))
        elif k == 10:
            s = ("class M:\n    @functools.cached_property\n    def v(self): return %s\n"
                 "m = M()\n_t(lambda: m.v)\n_t(lambda: m.v)\n_t(lambda: M.v)") % rnd.choice((
                     "1", "self.v", "1 // 0", "delattr(self, 'v')"))
        else:
            s = ("_t(lambda: functools.reduce(%s, itertools.islice(itertools.count(), %d), 0))") % (
                rnd.choice(("operator.add", "lambda a, b: [a]", "lambda a, b: (a, b)", "max")),
                rnd.choice((10, 1000, 100000)))
        out.append(s)
    return out


# --- operator ---------------------------------------------------------------------

OP_NAMES = ("lt le eq ne ge gt not_ truth is_ is_not abs add and_ floordiv index inv invert lshift "
            "mod mul matmul neg or_ pos pow rshift sub truediv xor concat contains countOf indexOf "
            "delitem getitem setitem length_hint call iadd iand iconcat ifloordiv ilshift imod imul "
            "imatmul ior ipow irshift isub itruediv ixor __add__ __getitem__ __not__").split()


def gen_operator(rnd):
    out = ["import operator"]
    for _ in range(rnd.randint(4, 14)):
        k = rnd.randrange(6)
        vals = lambda: pick(rnd, HUGE_INTS, ODD_MISC, ["L", "[1, [2, 3]]", "{'a': 1}", "'xyz'",
                                                       "_Lt(1, lambda: L.clear())", "_Hint(-1)",
                                                       "_Hint(2**70)", "_Hint('x')", "_Hint(3)"])
        if k <= 1:
            name = rnd.choice(OP_NAMES)
            s = "operator.%s(%s)" % (name, ", ".join(vals() for _ in range(rnd.randint(0, 3))))
        elif k == 2:
            items = ", ".join(rnd.choice(("0", "-1", "2**63", "-2**70", "'a'", "slice(None, None, -1)",
                                          "slice(2**70)", "_Ix(1)", "()", "[]", "None"))
                              for _ in range(rnd.randint(0, 3)))
            s = "operator.itemgetter(%s)(%s)" % (items, vals())
        elif k == 3:
            names = ", ".join(rnd.choice(("'real'", "'imag.real'", "''", "'.'", "'a..b'", "'__class__.__name__'",
                                          "'x' * 1000", "'.'.join(['__class__'] * 500)", "5", "None",
                                          "'append'", "'\\x00'", "'__dict__'"))
                              for _ in range(rnd.randint(0, 3)))
            s = "operator.attrgetter(%s)(%s)" % (names, vals())
        elif k == 4:
            s = "operator.methodcaller(%s)(%s)" % (
                arglist(rnd.choice(("'append'", "'pop'", "'clear'", "'__len__'", "''", "5", "'count'",
                                    "'sort'", "'__init__'", "'__class__'")),
                        rnd.choice(("", "1", "None", "L")), rnd.choice(("", "key=len", "reverse=True"))),
                vals())
        else:
            g = rnd.choice(("operator.itemgetter(1)", "operator.attrgetter('a', 'b')",
                            "operator.methodcaller('f', 1, k=[2])", "operator.itemgetter()",
                            "operator.methodcaller('x' * 300)"))
            s = rnd.choice(("repr(G)", "G.__reduce__()", "copy.copy(G)", "G == G", "hash(G)")).replace("G", g)
            out.append("import copy")
        out.append("_t(lambda: %s)" % s)
    return out


# --- array ----------------------------------------------------------------------------

def gen_array(rnd):
    out = ["import array"]
    for _ in range(rnd.randint(3, 12)):
        tc = rnd.choice("bBhHiIlLqQfdu") if rnd.random() < 0.9 else rnd.choice(("'x'", "''", "'bb'", "5"))
        tc = tc if len(tc) > 1 else repr(tc)
        init = rnd.choice(("", ", []", ", [1, 2, 3]", ", range(10)", ", b'abcdefgh'", ", 'abc'",
                           ", [2**70]", ", [-1]", ", [1.5]", ", _Bad(3)", ", bytes(%d)" % rnd.choice((0, 7, 16, 10**6)),
                           ", array.array('b', [1, 2])", ", memoryview(b'abcd')[::2]", ", iter(L)"))
        out.append("A = None\n_t(lambda: globals().__setitem__('A', array.array(%s%s)))" % (tc, init))
        for _ in range(rnd.randint(1, 5)):
            m = rnd.choice(("A.append(%s)", "A.extend(%s)", "A.extend(A)", "A.frombytes(%s)", "A.fromlist(%s)",
                            "A.insert(%s, 1)", "A.pop(%s)", "A.remove(%s)", "A.index(%s)", "A.count(%s)",
                            "A.tobytes()", "A.tolist()", "A.byteswap()", "A.reverse()", "A.buffer_info()[1]",
                            "A * %s", "A + A", "A[%s]", "A[%s:%s] = A", "A[::%s]", "A[::-1]",
                            "memoryview(A).cast('B')[%s]", "A.__setitem__(slice(None, None, %s), A)",
                            "A.fromunicode(%s)", "A.tounicode()", "A.__imul__(%s)", "A == A[:]", "sorted(A)",
                            "del A[%s]", "A[0] = %s", "len(A)", "bytes(A)", "A.itemsize"))
            args = tuple(rnd.choice(COUNTS + ["b'abc'", "'é'", "[1, 'x']", "A"]) for _ in range(m.count("%s")))
            stmt = m % args
            if "=" in stmt and "==" not in stmt or stmt.startswith("del "):
                out.append("try:\n    %s\nexcept Exception as e:\n    print(type(e).__name__)" % stmt)
            else:
                out.append("_t(lambda: %s)" % stmt)
    return out


# --- frozen library modules ------------------------------------------------------------

def gen_frozen(rnd):
    out = []
    for _ in range(rnd.randint(2, 8)):
        k = rnd.randrange(9)
        if k == 0:
            s = ("import copy\nx = %s\n_t(lambda: copy.deepcopy(x))\n_t(lambda: copy.copy(x))") % rnd.choice((
                "[]\nx.append(x)", "{}\nx['k'] = x", "[[1, [2]], {3: (4,)}]", "_Bad(3)",
                "type('Q', (), {'__deepcopy__': lambda s, m: 1 // 0})()",
                "type('Q', (), {'__reduce_ex__': lambda s, p: 5})()",
                "type('Q', (), {'__copy__': 5})()", "itertools.count(3)", "functools.partial(len, [])",
                "[]\nfor _ in range(%d): x = [x]" % rnd.choice((100, 3000, 100000)),
                "object.__new__(type('S', (), {'__slots__': ('a',)}))"))
            s = "import itertools, functools\n" + s
        elif k == 1:
            s = ("import bisect\n_t(lambda: bisect.%s(%s, %s%s))") % (
                rnd.choice(("bisect", "bisect_left", "bisect_right", "insort", "insort_left")),
                rnd.choice(("L", "[]", "[_Lt(i, lambda: L.clear()) for i in range(6)]", "'abc'", "None",
                            "(1, 2, 3)", "range(10**20)")),
                rnd.choice(("3", "_Lt(2)", "'b'", "None", "2**70")),
                rnd.choice(("", ", -1", ", 2**70", ", 1, 0", ", key=len", ", key=lambda x: L.clear()",
                            ", lo=%s" % count(rnd), ", hi=%s" % count(rnd))))
        elif k == 2:
            s = "import textwrap\n_t(lambda: textwrap.%s(%s%s))" % (
                rnd.choice(("wrap", "fill", "shorten", "dedent", "indent")),
                rnd.choice(("'a b c ' * 50", "''", "'x' * 1000", "' \\t\\n'", "'a\\tb'", "5", "None",
                            "'\\u00e9 ' * 20")),
                rnd.choice(("", ", 0", ", -1", ", 1", ", 2**70", ", width=3, placeholder='....'",
                            ", 'x'", ", width=1, max_lines=1", ", break_long_words=False, width=2")))
        elif k == 3:
            s = "import string\n_t(lambda: string.Template(%s).%s(%s))" % (
                rnd.choice(("'$a ${b} $$'", "'$'", "'${'", "'$1'", "'${a'", "''", "5", "'$a' * 1000")),
                rnd.choice(("substitute", "safe_substitute")),
                rnd.choice(("", "a=1", "{'a': 1}", "{'a': 1}, b=2", "5", "a=_Bad(1)")))
            if rnd.random() < 0.5:
                s = "import string\n_t(lambda: string.Formatter().format(%s, %s))" % (
                    rnd.choice(("'{0}'", "'{'", "'{0.real}'", "'{0[0]}'", "'{:{}}'", "'{!x}'", "'{' * 50")),
                    rnd.choice(("1", "[1]", "", "'a', 5")))
        elif k == 4:
            s = ("import enum\n_t(lambda: enum.Enum(%s, %s))") % (
                rnd.choice(("'E'", "''", "5", "'E F'")),
                rnd.choice(("'A B C'", "['A', 'A']", "[('A', 1), ('B', 1)]", "''", "5", "{'A': []}",
                            "'mro'", "['_A']", "[]")))
            if rnd.random() < 0.5:
                s = ("import enum\nclass E(enum.%s):\n    A = %s\n    B = %s\n_t(lambda: list(E))\n"
                     "_t(lambda: E(1))\n_t(lambda: E['A'] | E.B)\n_t(lambda: repr(E.A))") % (
                         rnd.choice(("Enum", "IntEnum", "Flag", "IntFlag")),
                         rnd.choice(("1", "enum.auto()", "'x'", "[]", "2**70", "-1")),
                         rnd.choice(("1", "2", "enum.auto()", "A", "None")))
        elif k == 5:
            s = ("import types\nns = types.SimpleNamespace(%s)\nns.me = ns\n_t(lambda: repr(ns))\n"
                 "_t(lambda: ns == types.SimpleNamespace())\n_t(lambda: types.MappingProxyType(%s)['a'])") % (
                     rnd.choice(("", "a=1", "**{'b c': 2}", "**{5: 1}")), rnd.choice(("{'a': 1}", "[]", "5")))
        elif k == 6:
            s = "import keyword\n_t(lambda: keyword.iskeyword(%s))\n_t(lambda: keyword.issoftkeyword(%s))" % (
                pick(rnd, ODD_MISC), rnd.choice(("'match'", "[]", "None")))
        elif k == 7:
            s = ("import traceback\ndef bad(n):\n    if n: bad(n - 1)\n    raise ValueError('v')\n"
                 "try:\n    bad(%d)\nexcept Exception as e:\n    E = e\n"
                 "_t(lambda: len(traceback.format_exc()))\n_t(lambda: len(traceback.format_exception(E)))\n"
                 "_t(lambda: traceback.format_exception(%s))\n_t(lambda: len(traceback.format_tb(E.__traceback__, %s)))") % (
                     rnd.choice((0, 5, 500)), pick(rnd, ODD_MISC), rnd.choice(("None", "-1", "0", "2**70", "'x'")))
        else:
            s = ("import typing\n_t(lambda: repr(typing.%s[%s]))") % (
                rnd.choice(("List", "Dict", "Optional", "Union", "Tuple", "Callable", "Any", "Generic")),
                rnd.choice(("int", "int, str", "()", "5", "None", "[int]", "...", "'X'")))
        out.append(s)
    return out


# --- random -------------------------------------------------------------------------

class_seq = ("class _Mut(list):\n"
             "    # A list that shrinks while shuffle/sample index it.\n"
             "    def __getitem__(self, i):\n"
             "        if len(self) > 1: list.pop(self)\n"
             "        return list.__getitem__(self, i % max(len(self), 1)) if self else 0\n"
             "    def __len__(self): return list.__len__(self) + 3")


def gen_random(rnd):
    out = ["import random", class_seq]
    for _ in range(rnd.randint(3, 12)):
        seq = rnd.choice(("L", "'abc'", "[]", "range(10**20)", "range(5)", "_Mut(range(6))", "(1, 2)",
                          "{1, 2}", "{'a': 1}", "b'xyz'", "None", "5"))
        k = rnd.randrange(9)
        if k == 0:
            s = "random.seed(%s)" % rnd.choice(HUGE_INTS + ["None", "'s'", "b''", "1.5", "float('nan')", "[]",
                                                            "bytearray(3)", "2**10000", "-2**1000"])
        elif k == 1:
            s = "random.sample(%s, %s%s)" % (seq, count(rnd), rnd.choice(("", ", counts=[1, 2, 3]", ", counts=[-1, 2]",
                                                                          ", counts=[2**70]", ", counts=None",
                                                                          ", counts=[1.5]", ", counts=_Bad(2)")))
        elif k == 2:
            s = "random.choices(%s%s%s)" % (seq, rnd.choice(("", ", [1, 2, 3]", ", [0, 0, 0]", ", [float('nan')] * 3",
                                                             ", [-1, 1, 1]", ", 5", ", [float('inf')] * 3")),
                                            rnd.choice(("", ", k=%s" % count(rnd), ", cum_weights=[1, 2, 3]",
                                                        ", cum_weights=[3, 2, 1]")))
        elif k == 3:
            s = "random.shuffle(%s)" % seq
        elif k == 4:
            s = "random.%s(%s)" % (rnd.choice(("randrange", "randint", "getrandbits", "randbytes")),
                                   ", ".join(rnd.choice(COUNTS + ["10**30", "-10**30", "2**64"])
                                             for _ in range(rnd.randint(0, 3))))
        elif k == 5:
            s = "random.setstate(%s)" % rnd.choice((
                "random.getstate()", "(3, tuple(range(625)), None)", "(3, (0,) * 624 + (625,), None)",
                "(3, (2**32,) * 625, None)", "(3, (-1,) * 625, None)", "(3, (0,) * 624 + (-1,), None)",
                "(3, (), None)", "(2, (), None)", "None", "(3, (0,) * 625, 'x')", "(3, [0] * 625, None)"))
        elif k == 6:
            s = "[random.random() for _ in range(3)]"
        elif k == 7:
            s = "random.%s(%s)" % (rnd.choice(("gauss", "normalvariate", "lognormvariate", "expovariate",
                                               "vonmisesvariate", "gammavariate", "betavariate", "paretovariate",
                                               "weibullvariate", "triangular", "uniform")),
                                   ", ".join(pick(rnd, HUGE_INTS[:12], ["0.0", "-1.0", "1e308", "float('nan')",
                                                                        "float('inf')", "1e-308", "0.5"])
                                             for _ in range(rnd.randint(0, 3))))
        else:
            s = "random.Random(%s).random()" % rnd.choice(HUGE_INTS + ["None", "'x'", "[]"])
        out.append("_t(lambda: %s)" % s)
    return out


GENERATORS = [gen_itertools, gen_itertools, gen_functools, gen_operator, gen_array, gen_frozen, gen_random]


def strat_iter(rnd, corpus):
    from gen_modules import PRELUDE
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    return PRELUDE + ITER_PRELUDE + "\n".join(map(guard, parts)) + "\nprint('end')\n"


def guard(block):
    # A statement block that fails (a class body, an assignment) must not end
    # the program: the statements after it are further cases.
    body = "\n".join("    " + ln for ln in block.split("\n"))
    return "try:\n%s\nexcept Exception as e:\n    print('stmt', type(e).__name__)" % body
