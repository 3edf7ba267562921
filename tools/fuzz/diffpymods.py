#!/usr/bin/env python3
# Differential fuzzer over the pure-Python library modules that everyday
# code leans on (session 30): dataclasses, enum, typing, copy, pprint,
# contextlib, string, functools, operator, abc and collections.abc, inspect,
# reprlib, statistics, keyword, types and graphlib. Seeded programs of
# random uses, with ordinary and odd arguments (wrong types, edge values,
# subclasses, recursive structures, Flag combinations and aliases, every
# dataclass field option), run under ./micropython and CPython 3.11.
#
#   tools/fuzz/diffpymods.py [--seed N] [--count N] [--steps N] [--binary PATH]
#                            [--messages] [--only MOD,...] [--show N] [--print]
#
# A program is a list of steps. A step defines what it needs (a dataclass,
# an enum, a TypedDict...) at module level and then probes it; each probe
# prints "step.probe type:repr" or "step.probe E Class" (with --messages
# also the text). A step whose definition fails prints "step S E Class" and
# probes nothing. Reprs lose their addresses, sets are sorted.
# A probe that differs is confirmed alone (its step's definition and that
# probe only); if it differs only after the step's earlier probes (a cache,
# a mutation), the step's probes are shrunk with diffsock.py's shrink while
# the same line differs. Each difference is printed once.
#
# Not generated (CPython 3.11 artifacts): setattr on a frozen dataclass with
# slots=True (3.11's __setattr__ calls super() with the class from before the
# slots rebuild: TypeError); iterating a Flag value whose class has
# multi-bit members (3.11 yields None items); negative Flag values; probes
# whose CPython result depends on reference counting (hash() of two
# temporaries, a generator closed by its last reference going away) or on
# private attributes (_value2member_map_, _all_bits_, _name).
#
# Known differences that remain (the lead has them in the report), outside
# the lib/ modules this fuzzer covers:
# - a one-field namedtuple's __doc__ is 'P(x)', CPython's 'P(x,)'
#   (extmod/modcollections.c);
# - collections.ChainMap's __module__ is '_collections_user'
#   (lib/_collections_user.py);
# - isinstance(mappingproxy, Hashable): 3.11's mappingproxy has no hash,
#   ours has (py/);
# - inspect.signature(types.SimpleNamespace) is its __init__'s here (a
#   Python class), a ValueError for CPython's built-in type;
# - with --messages: a namedtuple __new__ arity error says "takes 3
#   positional arguments" where CPython counts the defaults ("from 1 to 3");
#   re.Pattern is named 'Pattern'; SimpleNamespace is 'SimpleNamespace' in
#   the unhashable-type message; "__weakref__ slot disallowed" has CPython's
#   older wording; an enum with two data types fails with another TypeError
#   (CPython's message holds a set of classes, in no fixed order).

import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diffexpr import run  # noqa: E402
import diffsock  # noqa: E402

PRELUDE = r'''
import dataclasses, enum, typing, copy, pprint, contextlib, string, functools, operator
import abc, collections.abc as cabc, inspect, reprlib, statistics, keyword, types, graphlib
import io, re, sys, collections
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, astuple, replace
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
from typing import NamedTuple, TypedDict, Generic, TypeVar, Optional, Union, List, Dict, Any, ClassVar
from fractions import Fraction
MSG = %(msg)r
def R(v):
    if isinstance(v, (set, frozenset)):
        v = sorted(v, key=repr)
    elif type(v).__name__ in ("generator", "map", "filter", "zip", "list_iterator", "dict_keys",
            "dict_values", "dict_items", "odict_keys"):
        v = list(v)
    # a private class name (typing's alias classes...) is not compared
    t = type(v).__name__
    if isinstance(v, type) and v.__module__ == "typing":
        t = "_"  # the typing forms are classes of a metaclass here
    s = ("_" if t.startswith("_") else t) + ":" + repr(v)
    return re.sub(" at 0x[0-9a-fA-F]+", " at 0x", re.sub("id=[0-9]+", "id=N", s))
def T_(k, f):
    try:
        s = R(f())
    except Exception as e:
        s = "E " + type(e).__name__ + (": " + re.sub(" at 0x[0-9a-fA-F]+", " at 0x", str(e)) if MSG else "")
    print(k, s)
def S_(k, e):
    print(k, "S E " + type(e).__name__ + (": " + str(e) if MSG else ""))
def OUT(f):
    b = io.StringIO()
    with contextlib.redirect_stdout(b):
        f()
    return b.getvalue()
def RAISE(e):
    raise e
class Sub(list): pass
class SubD(dict): pass
class Obj:
    def __init__(s, **kw): s.__dict__.update(kw)
    def __repr__(s): return 'Obj(%%r)' %% sorted(s.__dict__)
'''


def pick(r, l):
    return r.choice(l)


def some(r, l, lo=0, hi=3):
    return r.sample(l, min(len(l), r.randint(lo, hi)))


# --- dataclasses -----------------------------------------------------------

DC_TYPES = ["int", "str", "list", "'int'", "Optional[int]", "ClassVar[int]", "InitVar[int]", "float",
    "typing.Any", "tuple"]
DC_DEFAULTS = ["", "", " = 0", " = 'x'", " = None", " = field(default=5)",
    " = field(default_factory=list)", " = field(default_factory=lambda: [1])",
    " = field(init=False, default=7)", " = field(repr=False, default=1)",
    " = field(compare=False, default=2)", " = field(kw_only=True, default=3)",
    " = field(kw_only=True)", " = []", " = field(default=1, default_factory=list)",
    " = field(hash=False, default=0)", " = field(init=False)", " = field(metadata={'u': 1}, default=4)",
    " = field(hash=True, compare=False, default=6)", " = field(default=dataclasses.MISSING)", " = {}",
    " = frozenset()", " = field(repr=False, compare=False)"]
DC_OPTS = ["init=False", "repr=False", "eq=False", "order=True", "frozen=True", "unsafe_hash=True",
    "slots=True", "kw_only=True", "match_args=False", "weakref_slot=True"]
DC_ARGS = ["", "1", "1, 2", "1, 2, 3", "a=1", "b=2", "a=1, b=2", "1, b='x'", "1, 2, 3, 4", "c=[]",
    "'s'", "1, 2, c=3", "z=1", "1, a=1"]


def dataclass_def(r, name, base=None):
    opts = some(r, DC_OPTS, 0, 3)
    if "frozen=True" in opts and "slots=True" in opts:
        # CPython 3.11's frozen __setattr__ then calls super() with the class
        # from before the slots rebuild: TypeError for any non-field name
        opts.remove("slots=True")
    deco = pick(r, ["@dataclass", "@dataclass()"]) if not opts else "@dataclass(%s)" % ", ".join(opts)
    lines = [deco, "class %s%s:" % (name, "(%s)" % base if base else "")]
    names = ["a", "b", "c", "d"][:r.randint(0, 4)] if not base else ["c", "e"][:r.randint(0, 2)]
    for n in names:
        if r.random() < 0.08:
            lines.append("    _: KW_ONLY")
        lines.append("    %s: %s%s" % (n, pick(r, DC_TYPES), pick(r, DC_DEFAULTS)))
    if r.random() < 0.3:
        lines.append("    def __post_init__(self, *a):\n        self.post = a")
    if r.random() < 0.15:
        lines.append("    def __repr__(self): return 'own'")
    if r.random() < 0.1:
        lines.append("    def __eq__(self, o): return True")
    if r.random() < 0.1:
        lines.append("    x = 5")
    if r.random() < 0.1:
        lines.append("    def m(self): return 1")
    if len(lines) == 2:
        lines.append("    pass")
    return lines


def gen_dataclasses(r):
    setup = dataclass_def(r, "C")
    if r.random() < 0.3:
        setup += dataclass_def(r, "D", "C")
        cls = "D"
    else:
        cls = "C"
    a, b = pick(r, DC_ARGS), pick(r, DC_ARGS)
    mk = "%s(%s)" % (cls, a)
    probes = [mk, "repr(%s)" % mk]
    probes += some(r, [
        "%s == %s(%s)" % (mk, cls, b), "%s < %s(%s)" % (mk, cls, b), "%s <= %s" % (mk, mk),
        "(lambda x, y: hash(x) == hash(y))(%s, %s)" % (mk, mk), "type(hash(%s))" % mk, "[f.name for f in fields(%s)]" % cls,
        "[(f.name, f.default, f.init, f.repr, f.compare, f.hash, f.kw_only) for f in fields(%s)]" % cls,
        "[repr(f.type) for f in fields(%s)]" % cls, "asdict(%s)" % mk, "astuple(%s)" % mk,
        "replace(%s)" % mk, "replace(%s, a=9)" % mk, "replace(%s, b=[2])" % mk, "replace(%s, zz=1)" % mk,
        "setattr(%s, 'a', 5)" % mk, "delattr(%s, 'a')" % mk, "%s.__match_args__" % cls,
        "hasattr(%s, '__slots__') and %s.__slots__" % (cls, cls), "dataclasses.is_dataclass(%s)" % cls,
        "dataclasses.is_dataclass(%s)" % mk,
        "sorted(k for k in vars(%s) if k.startswith('__') and k in ('__eq__', '__lt__', '__hash__', '__init__', '__repr__', '__setattr__'))" % cls,
        "%s.__hash__ is None" % cls, "getattr(%s, 'post', '-')" % mk, "copy.copy(%s)" % mk,
        "copy.deepcopy(%s)" % mk, "%s.__annotations__" % cls, "str(inspect.signature(%s))" % cls,
        "sorted([%s(%s), %s(%s)])" % (cls, a, cls, b), "vars(%s)" % mk, "%s.a" % cls, "%s.c" % cls,
        "fields(%s())" % cls, "fields(1)", "asdict(%s)" % cls, "asdict([1])", "replace(1)",
        "dataclasses.field()", "repr(dataclasses.field(default=1))[:40]",
        "%s.__weakref__ if hasattr(%s, '__weakref__') else 'no'" % (cls, cls),
        "%s.__doc__" % cls,
    ], 2, 8)
    return setup, probes


def gen_dataclasses2(r):
    # the less common entry points: make_dataclass, InitVar, recursion, nested
    k = r.randint(0, 7)
    if k == 0:
        f = pick(r, ["['x', 'y']", "[('x', int), ('y', str, field(default='a'))]", "['x', ('y', int, 1)]",
            "[('x', int, 1), 'y']", "['class']", "['x', 'x']", "[1]", "['_x']", "[]"])
        kw = pick(r, ["", ", bases=(Obj,)", ", namespace={'m': lambda s: 1}", ", frozen=True",
            ", order=True", ", eq=False"])
        setup = ["M = dataclasses.make_dataclass('M', %s%s)" % (f, kw)]
        return setup, ["repr(M)", "[f.name for f in fields(M)]", "M(%s)" % pick(r, DC_ARGS),
            "M.__qualname__", "M.__module__", "str(inspect.signature(M))"]
    if k == 1:
        setup = ["@dataclass", "class N:", "    x: int", "    kids: list = field(default_factory=list)",
            "@dataclass", "class W:", "    n: N", "    d: dict", "    t: tuple = ()"]
        return setup, ["asdict(W(N(1, [N(2)]), {'k': N(3)}, (N(4), [5])))",
            "astuple(W(N(1), {'a': [1, (2,)]}))", "asdict(W(N(1), {}, t=(1, 2)), dict_factory=list)",
            "asdict(W(N(1), {}), dict_factory=lambda kv: sorted(kv))",
            "astuple(W(N(1), {}), tuple_factory=list)", "repr(W(N(1), {}))",
            "copy.deepcopy(W(N(1, [N(2)]), {}))", "W(N(1), {}) == W(N(1), {})"]
    if k == 2:
        setup = ["@dataclass", "class I:", "    a: int", "    b: InitVar[int] = %s" % pick(r, ["3", "None"]),
            "    c: int = field(init=False, default=0)", "    def __post_init__(self, b):",
            "        self.c = self.a + (b or 0)"]
        return setup, ["I(1)", "I(1, 2)", "I(1, b=5).c", "hasattr(I(1), 'b')", "[f.name for f in fields(I)]",
            "repr(I.__dataclass_fields__['b'].type)", "str(inspect.signature(I))", "replace(I(1, 2), b=4)",
            "replace(I(1, 2))", "asdict(I(1, 2))"]
    if k == 3:
        setup = ["@dataclass", "class Rc:", "    x: list", "    y: object = None"]
        return setup, ["(lambda l: (l.append(l), repr(Rc(l)))[1])([])",
            "(lambda o: (setattr(o, 'y', o), repr(o))[1])(Rc([]))",
            "(lambda o: (setattr(o, 'y', o), o == o)[1])(Rc([]))"]
    if k == 4:
        base = pick(r, ["", "(frozen=True)"])
        sub = pick(r, ["", "(frozen=True)"])
        setup = ["@dataclass%s" % base, "class B0:", "    x: int = 0", "try:",
            "    @dataclass%s" % sub, "    class B1(B0):", "        y: int = 1", "except Exception as e:",
            "    B1 = type(e).__name__"]
        return setup, ["B1", "B1() if not isinstance(B1, str) else B1", "B1(1, 2) == B1(1, 2) if not isinstance(B1, str) else 0"]
    if k == 5:
        setup = ["@dataclass(order=True)", "class O:", "    p: int", "    q: str = 'a'"]
        return setup, some(r, ["O(1) < O(2)", "O(1) < O(1, 'b')", "O(1) < 1", "O(1) == (1, 'a')",
            "sorted([O(3), O(1, 'z'), O(1)])", "O(1) >= O(1)", "max(O(1), O(2))", "O(1).__lt__(5)",
            "O(1) == O(1)", "O(1) != O(1, 'b')"], 3, 8)
    if k == 6:
        setup = ["@dataclass(frozen=True, slots=%s)" % pick(r, ["True", "False"]), "class Fz:",
            "    a: int", "    b: list = field(default_factory=list, hash=False)"]
        return setup, ["Fz(1)", "hash(Fz(1)) == hash(Fz(1, [2]))", "setattr(Fz(1), 'a', 2)",
            "delattr(Fz(1), 'a')", "replace(Fz(1), a=3)",
            "copy.copy(Fz(1, [1]))", "copy.deepcopy(Fz(1, [1]))", "{Fz(1), Fz(1)} and 1",
            "dataclasses.FrozenInstanceError.__mro__[1].__name__"]
    setup = ["@dataclass(%s)" % ", ".join(some(r, ["kw_only=True", "order=True", "slots=True"], 0, 2)),
        "class K:", "    a: int", "    _: KW_ONLY", "    b: int = 2", "    c: int = field(default=3, kw_only=False)"]
    return setup, ["K(1)", "K(1, b=4)", "K(1, 4)", "K(a=1, c=9)", "str(inspect.signature(K))", "K.__match_args__"]


# --- enum ------------------------------------------------------------------

ENUM_BASES = ["Enum", "IntEnum", "Flag", "IntFlag", "StrEnum", "str, Enum", "int, Enum", "Enum"]
FLAG_BOUND = ["", "", ", boundary=enum.STRICT", ", boundary=enum.CONFORM", ", boundary=enum.EJECT",
    ", boundary=enum.KEEP"]


def enum_def(r):
    base = pick(r, ENUM_BASES)
    flag = "Flag" in base
    kw = pick(r, FLAG_BOUND) if flag else ""
    lines = ["class E(%s%s):" % (base, kw)]
    if r.random() < 0.15:
        lines = ["@unique"] + lines
    n = r.randint(1, 4)
    vals = []
    for i, name in enumerate(["A", "B", "C", "D"][:n]):
        if flag:
            # (no multi-bit values: CPython 3.11 iterates such flags with
            # None items; enum2 has a canonical class with multi-bit aliases)
            v = pick(r, [str(1 << i), "auto()", "auto()", "0", "1"])
        elif "str" in base or base == "StrEnum":
            v = pick(r, ["'a'", "'b%d'" % i, "auto()", "'A'", "1"])
        else:
            v = pick(r, [str(i + 1), "auto()", "auto()", "1", "'x'", "(1, 2)", "None", "2.5", "0"])
        vals.append(v)
        lines.append("    %s = %s" % (name, v))
    if r.random() < 0.2:
        lines.append("    @classmethod\n    def _missing_(cls, v):\n        return %s" % pick(r, ["cls.A", "None", "5"]))
    if r.random() < 0.15:
        lines.append("    def describe(self): return self.name.lower()")
    if r.random() < 0.1:
        lines.append("    _ignore_ = ['Z']\n    Z = 9")
    if r.random() < 0.1:
        lines.append("    _private = 1")
    if r.random() < 0.1:
        lines.append("    @property\n    def twice(self): return self.value * 2")
    return lines, flag


def gen_enum(r):
    setup, flag = enum_def(r)
    ops = ["E.A", "repr(E.A)", "str(E.A)", "format(E.A)", "f'{E.A:>5}'", "list(E)", "len(E)",
        "E(1)", "E(0)", "E(99)", "E('a')", "E['A']", "E['Z']", "E.A.name", "E.A.value", "E.A == 1",
        "E.A == 'a'", "E.A is E(E.A.value)", "list(E.__members__)", "E.A in E", "1 in E", "'A' in E",
        "hash(E.A) == hash(E.A)", "E.A < E.A", "sorted(E, key=lambda m: m.name)", "bool(E.A)",
        "[m.name for m in E]", "E.A.__class__.__name__", "isinstance(E.A, int)", "E.A + 1",
        "dir(E.A)[:0]", "E.__name__", "reversed(E) and list(reversed(E))", "E.A._value_",
        "copy.copy(E.A) is E.A", "copy.deepcopy(E.A) is E.A", "vars(E).get('_member_names_')",
        "E._member_names_", "E.A.describe()", "E.A.twice", "E.Z",
        "getattr(E, '_missing_') and E(5)", "E.B", "E.D", "E.A.B", "setattr(E, 'A', 3)", "delattr(E, 'A')",
        "setattr(E.A, 'value', 3)", "E.A.__reduce_ex__(4)", "{E.A: 1}", "E.A.upper()", "int(E.A)",
        "[(n, m.name) for n, m in E.__members__.items()]", "type(E.A.value)", "E.A.__str__()",
        "E.A.__format__('')", "'%s %r' % (E.A, E.A)", "max(E, key=lambda m: m.name)"]
    if flag:
        ops += ["E.A | E.B", "E.A & E.B", "E.A ^ E.B", "~E.A", "~E(0)", "E(3)", "E(7)", "E(-1)",
            "E(8)", "list(E.A | E.B)", "len(E.A | E.B)", "repr(E.A | E.B)", "str(E.A | E.B)",
            "E.A in (E.A | E.B)", "E.B in E.A", "E(0).name", "(E.A | E.B).name", "bool(E(0))",
            "E.A | 1", "1 | E.A", "E.A & 4", "format(E.A | E.B)", "~(E.A | E.B)", "repr(~E.A)",
            "E.A | 'x'", "E.A.value | 8", "list(E(0))", "(E.A | E.B).value", "hash(E.A | E.B) == hash(E.A | E.B)",
            "[repr(E(v)) for v in range(8)]", "E(~0)",
            "E.A in E.B", "1 in E.A"]
    return setup, some(r, ops, 3, 10)


def gen_enum2(r):
    k = r.randint(0, 5)
    if k == 0:
        names = pick(r, ["'A B C'", "'A,B'", "['A', 'B']", "[('A', 5), ('B', 7)]", "{'X': 'x', 'Y': 'y'}",
            "''", "'A A'", "'a _b'", "[('A', 1), ('B', 1)]", "5"])
        kind = pick(r, ["Enum", "IntEnum", "Flag", "IntFlag", "StrEnum"])
        kw = pick(r, ["", ", start=0", ", start=10", ", module=__name__", ", qualname='Q'", ", type=int"])
        return ["E = %s('E', %s%s)" % (kind, names, kw)], some(r, ["list(E)", "repr(E)", "E.__qualname__",
            "[m.value for m in E]", "E.__module__", "len(E)", "repr(list(E)[0])", "str(list(E)[-1])"], 2, 6)
    if k == 1:
        return ["class E(Enum):", "    A = 1", "    B = 1", "    C = 2", "    D = 2"], some(r, ["list(E)",
            "E.B is E.A", "E.B.name", "list(E.__members__)", "E(1).name", "E['B']", "repr(E.D)",
            "len(E)", "E._member_names_", "list(E.__members__.items())[1][1].name",
            "unique(E)"], 3, 8)
    if k == 2:
        return ["class E(Flag):", "    R = 4", "    W = 2", "    X = 1", "    RW = R | W", "    ALL = 7",
            "    NONE = 0"], some(r, ["list(E)", "E.RW", "E(6)", "E(6).name", "repr(E(5))", "E.ALL.name",
            "list(E.ALL)", "E(0)", "E.NONE", "~E.R", "repr(~E.RW)", "E.R | E.W", "(E.R | E.W) is E.RW",
            "E.__members__['RW']", "list(E.__members__)", "len(E.ALL)", "str(E(3))", "E.RW in E.ALL",
            "[m.name for m in E.RW]", "E(7) == E.ALL", "E(8)", "E.R ^ E.ALL"], 3, 10)
    if k == 3:
        return ["class E(IntFlag):", "    R = 4", "    W = 2", "    X = 1"], some(r, ["E.R | E.W", "E(7)",
            "E(8)", "repr(E(9))", "str(E(9))", "E.R | 8", "E.R + 1", "~E.R", "repr(~E.R)", "E(0)",
            "format(E.R | E.W)", "str(E.R | E.W)", "E.R & 6", "-E.R", "E.R * 2", "E.R == 4",
            "E.W in E(6)", "list(E(15))", "E(-1)", "repr(E(-1))", "bool(E.R & E.W)"], 3, 10)
    if k == 4:
        return ["class E(StrEnum):", "    A = auto()", "    B = 'Bee'", "    C = auto()"], some(r, [
            "list(E)", "E.A", "E.A.upper()", "E.A + 'x'", "E.A == 'a'", "str(E.B)", "format(E.B)",
            "f'{E.B}'", "E('Bee')", "repr(E.C)", "E.A < E.B", "E('a')", "'%s' % E.A", "len(E.B)"], 3, 8)
    return ["class P(Enum):", "    X = (1, 2)", "    Y = (3, 4)", "    def __init__(self, a, b):",
        "        self.s = a + b", "    @property", "    def twice(self): return self.s * 2"], some(r, [
        "P.X.s", "P.Y.twice", "P((1, 2))", "P.X.value", "repr(P.Y)", "P(1)", "list(P)",
        "[p.s for p in P]"], 3, 6)


# --- typing ----------------------------------------------------------------

TYPEFORMS = ["List[int]", "Optional[int]", "Union[int, str]", "Union[int, None]", "Union[int]",
    "Dict[str, int]", "typing.Callable[[int], str]", "typing.Callable[..., int]", "typing.Tuple[int, ...]",
    "typing.Tuple[()]", "Any", "typing.Literal[1, 'a']", "typing.Final[int]", "ClassVar[int]",
    "typing.Set[int]", "typing.FrozenSet", "typing.Type[int]", "typing.Iterable[int]",
    "typing.Sequence[str]", "typing.Mapping[str, int]", "List['X']", "Optional['int']",
    "typing.Annotated[int, 'm']", "list[int]", "dict[str, list[int]]", "int | str", "int | None",
    "typing.DefaultDict[str, int]", "typing.Union[int, Union[str, int]]", "typing.NoReturn",
    "typing.Iterator[int]", "typing.Generator[int, None, None]", "typing.Counter[str]",
    "typing.Deque[int]", "typing.Pattern", "typing.AnyStr", "T", "List[T]", "typing.Hashable",
    "typing.Sized", "typing.Self", "typing.LiteralString", "typing.Never", "typing.Protocol",
    "typing.Awaitable[int]", "typing.ChainMap[str, int]", "typing.ForwardRef('X')", "typing.Concatenate",
    "Optional[Union[int, str]]", "typing.Union[str, int, None]", "typing.Literal[True]", "Dict"]


def gen_typing(r):
    t = pick(r, TYPEFORMS)
    setup = ["T = TypeVar('T')"]
    ops = ["repr(%s)" % t, "typing.get_origin(%s)" % t, "typing.get_args(%s)" % t,
        "%s == %s" % (t, pick(r, TYPEFORMS)), "hash(%s) == hash(%s)" % (t, t), "str(%s)" % t,
        "isinstance(1, %s)" % t, "issubclass(list, %s)" % t, "%s[int]" % t, "%s.__args__" % t,
        "%s.__origin__" % t, "%s()" % t, "getattr(%s, '__name__', '-')" % t,
 "%s | int" % t, "int | %s" % t, "copy.copy(%s) == %s" % (t, t),
        "typing.get_type_hints(type('Q', (), {'__annotations__': {'a': %s}}))" % t]
    return setup, some(r, ops, 2, 6)


def gen_typing2(r):
    k = r.randint(0, 6)
    if k == 0:
        f = [pick(r, ["    x: int", "    x: int = 1"]), pick(r, ["    y: str = 'a'", "    y: list", ""]),
            pick(r, ["", "    def m(self): return self.x", "    z: 'Optional[int]' = None",
                     "    _p: int = 0", "    def __repr__(self): return 'P!'"])]
        setup = ["class P(NamedTuple):"] + [x for x in f if x]
        return setup, some(r, ["P(1)", "P(1, 'b')", "P()", "P(x=2)", "P._fields", "P._field_defaults",
            "P(1)._asdict()", "P(1)._replace(x=5)", "P(1)._replace(q=5)", "P._make([3, 'c'])",
            "P.__annotations__", "repr(P(1))", "P(1) == (1, 'a')", "P(1).m()", "P(1) + (9,)", "len(P(1))",
            "P(1)[0]", "P.__name__", "isinstance(P(1), tuple)", "P(1, 'b', 3)", "copy.deepcopy(P(1, 'b'))",
            "typing.get_type_hints(P)", "P.__doc__", "P(1).__class__.__bases__", "P.__mro__[1]"], 3, 8)
    if k == 1:
        spec = pick(r, ["[('x', int), ('y', str)]", "[]", "x=int, y=str", "[('x', int)], y=str", "[('0', int)]",
            "[('_x', int)]", "[('x', int), ('x', str)]", "[('def', int)]"])
        return ["try:", "    Q = NamedTuple('Q', %s)" % spec, "except Exception as e:", "    Q = type(e).__name__"], [
            "Q if isinstance(Q, str) else (Q._fields, Q.__annotations__)", "Q if isinstance(Q, str) else Q(*range(len(Q._fields)))"]
    if k == 2:
        tot = pick(r, ["", ", total=False", ", total=True"])
        setup = ["class TD(TypedDict%s):" % tot, "    a: int", "    b: %s" % pick(r, ["str",
            "typing.NotRequired[str]", "typing.Required[str]", "'List[int]'"])]
        if r.random() < 0.4:
            setup += ["class TD2(TD, total=%s):" % pick(r, ["False", "True"]), "    c: float"]
            td = "TD2"
        else:
            td = "TD"
        return setup, some(r, ["%s(a=1)" % td, "%s(a=1, b='x')" % td, "%s({'a': 1})" % td, "%s()" % td,
            "%s(a=1, zz=2)" % td, "sorted(%s.__required_keys__)" % td, "sorted(%s.__optional_keys__)" % td,
            "%s.__total__" % td, "%s.__annotations__" % td, "type(%s(a=1))" % td, "typing.get_type_hints(%s)" % td,
            "isinstance({}, %s)" % td, "typing.is_typeddict(%s)" % td, "%s.__name__" % td,
            "TypedDict('F', {'x': int})(x=1)", "TypedDict('F', {'x': int}).__annotations__",
            "TypedDict('F', x=int)", "typing.is_typeddict(dict)"], 3, 8)
    if k == 3:
        setup = ["T = TypeVar('T')", "K = TypeVar('K', %s)" % pick(r, ["int, str", "bound=int", "covariant=True",
            "contravariant=True", "int", "bound='X'"]), "class G(Generic[T]):",
            "    def __init__(self, v: T): self.v = v"]
        return setup, some(r, ["repr(T)", "repr(K)", "K.__constraints__", "K.__bound__", "K.__covariant__",
            "G[int]", "repr(G[int])", "G[int](1).v", "G[int, str]", "G.__parameters__", "G[int].__args__",
            "typing.get_origin(G[int])", "G[K]", "class_ := type('H', (G[int],), {}) and class_.__orig_bases__",
            "Generic[T]", "Generic()", "Generic[int]", "isinstance(G(1), G)", "G[int] == G[int]",
            "typing.get_args(G[List[T]])", "repr(G[List[T]][int])", "T.__name__", "TypeVar('T') == T",
            "typing.List[K][int]", "typing.Dict[T, K][str]", "repr(typing.ParamSpec('P'))",
            "typing.TypeVar(1)", "TypeVar('X', int)"], 3, 8)
    if k == 4:
        setup = ["class X: pass", "def f(a: int, b: 'str' = 'x', *c: 'X', d: Optional[int] = None, **e: float) -> 'List[int]': pass",
            "class A:", "    p: int", "    q: 'X'", "    r: ClassVar[int] = 1", "class B(A):", "    s: 'Optional[X]'"]
        return setup, some(r, ["typing.get_type_hints(f)", "typing.get_type_hints(A)", "typing.get_type_hints(B)",
            "f.__annotations__", "typing.get_type_hints(f, include_extras=True)",
            "typing.get_type_hints(lambda: 0)", "typing.get_type_hints(1)", "typing.get_type_hints(typing)",
            "B.__annotations__", "typing.get_type_hints(A, localns={'X': int})"], 2, 5)
    if k == 5:
        return [], some(r, ["typing.cast(int, 'x')", "typing.cast('int', 1)", "repr(typing.overload)[:6]",
            "typing.no_type_check(lambda: 1)()", "typing.TYPE_CHECKING", "repr(typing.Any)",
            "typing.NewType('UserId', int)(5)", "repr(typing.NewType('UserId', int))",
            "typing.NewType('U', int).__supertype__", "typing.final(lambda: 1)()", "typing.assert_never",
            "typing.reveal_type(1)", "typing.runtime_checkable", "repr(typing.Optional)",
            "typing.Optional[int, str]", "typing.Union[()]", "typing.Union[1]", "typing.List[int, str]",
            "typing.Literal[[1]]", "typing.Callable[int, str]", "typing.Dict[int]", "typing.ClassVar[int, str]",
            "typing.Any()", "typing.Any[int]", "isinstance(1, typing.Any)", "typing.assert_type(1, int)",
            "typing.get_args(typing.Callable[[int, str], None])", "typing.get_overloads"], 3, 8)
    setup = ["@typing.runtime_checkable", "class Pr(typing.Protocol):", "    def close(self) -> None: ...",
        "class Has:", "    def close(self): pass"]
    return setup, some(r, ["isinstance(Has(), Pr)", "isinstance(1, Pr)", "issubclass(Has, Pr)",
        "Pr()", "isinstance(io.StringIO(), Pr)", "isinstance([], typing.Sized)", "isinstance(1, typing.SupportsInt)",
        "isinstance('a', typing.SupportsIndex)", "isinstance(1.5, typing.SupportsRound)",
        "issubclass(int, typing.SupportsAbs)"], 2, 6)


# --- copy ------------------------------------------------------------------

COPYVALS = ["[1, [2, 3]]", "{'a': [1], 'b': (2, [3])}", "(1, 2)", "(1, [2])", "set([1, 2])",
    "frozenset([1])", "bytearray(b'ab')", "b'ab'", "'s'", "1.5", "None", "Sub([1, [2]])",
    "SubD(a=[1])", "Obj(a=[1], b=2)", "range(3)", "len", "lambda: 1", "Fraction(1, 3)",
    "[[]] * 2", "collections.OrderedDict(a=1)", "collections.deque([1, [2]])",
    "collections.Counter('abca')", "collections.defaultdict(list, a=[1])", "types.SimpleNamespace(a=[1])",
    "Enum('Q', 'A B').A", "iter([1])", "type", "1j", "...", "NotImplemented",
    "slice(1, 2)", "memoryview(b'x')", "object()", "property()", "re.compile('a')", "array_()"]


def gen_copy(r):
    v = pick(r, COPYVALS)
    setup = ["def array_():\n    import array\n    return array.array('i', [1, 2])", "V = %s" % v,
        "class Cp:", "    def __init__(s): s.l = [1]", "    def __copy__(s): return 'copied'",
        "    def __deepcopy__(s, memo): return ('deep', len(memo))",
        "class Sl:", "    __slots__ = ('a', 'b')", "    def __init__(s): s.a = [1]",
        "    def __eq__(s, o): return s.a == o.a",
        "class Rd:", "    def __init__(s, x): s.x = x", "    def __reduce__(s): return (Rd, (s.x + 1,))",
        "class Gs:", "    def __init__(s): s.v = [1]", "    def __getstate__(s): return {'v': s.v, 'g': 1}",
        "    def __setstate__(s, st): s.__dict__.update(st, set=True)"]
    ops = ["copy.copy(V)", "copy.deepcopy(V)", "copy.copy(V) is V", "copy.deepcopy(V) is V",
        "copy.deepcopy(V) == V", "type(copy.copy(V))", "copy.copy(Cp())", "copy.deepcopy(Cp())",
        "copy.deepcopy([Cp()])", "copy.copy(Sl()).a", "copy.deepcopy(Sl()).a", "copy.copy(Sl()).b",
        "copy.copy(Rd(1)).x", "copy.deepcopy(Rd(1)).x", "vars(copy.copy(Gs()))", "vars(copy.deepcopy(Gs()))",
        "(lambda l: (lambda d: d[0] is d[1])(copy.deepcopy([l, l])))([1])",
        "(lambda l: (l.append(l), (lambda d: d[0] is d)(copy.deepcopy(l)))[1])([])",
        "(lambda d: (d.__setitem__('s', d), (lambda c: c['s'] is c)(copy.deepcopy(d)))[1])({})",
        "(lambda m: (copy.deepcopy(V, m), len(m) > 0)[1])({})", "copy.deepcopy(V, {id(V): 'memo'})",
        "copy.copy(V) == V", "copy.Error.__name__", "copy.deepcopy(copy.deepcopy(V)) == V",
        "(lambda t: copy.deepcopy(t) is t)((1, 'a', (2,)))", "(lambda t: copy.deepcopy(t) is t)((1, [2]))",
        "copy.deepcopy(V.__class__)", "copy.copy(Obj(a=1)).a", "copy.deepcopy(Obj(a=[1], b=V)).a"]
    return setup, some(r, ops, 3, 8)


# --- pprint / reprlib --------------------------------------------------------

PPVALS = ["list(range(30))", "{'k%d' % i: i for i in range(12)}", "{'a': list(range(20)), 'b': {'c': 'x' * 50}}",
    "[[1, 2, [3, [4, [5, [6]]]]]]", "'x' * 100", "'word ' * 30", "b'byte' * 30", "bytearray(b'ab' * 40)",
    "set(range(15))", "frozenset(range(100, 112))", "(1,)", "()", "[]", "{}", "{3: 'c', 1: 'a', 2: 'b'}",
    "collections.OrderedDict((str(i), i) for i in range(8))", "collections.deque(range(25))",
    "collections.Counter('abracadabra' * 3)", "collections.defaultdict(list, {'a': list(range(30))})",
    "types.SimpleNamespace(a=1, b=list(range(25)))", "[Obj(a=1)] * 3", "Sub(range(30))", "SubD(a=1, b=2)",
    "{1: {2: {3: {4: {5: 6}}}}}", "[{'a': 1, 'b': 2}] * 5", "12345678901234567890", "1.5e300",
    "[1.5, -0.0, float('inf')]", "{'a': 'b' * 80}", "('abc ' * 20,)", "[None, True, 'a\\nb']",
    "{(1, 2): [3], 'z': 0, 1: 1}", "DC(1, list(range(20)))", "DC(2, [DC(3, 'x')])", "range(10)",
    "[1, 'a', 2.5, b'x'] * 6", "{'z': 1, 'a': 2, 'm': [1] * 30}", "'a' * 10 + ' ' + 'b' * 90",
    "collections.ChainMap({'a': 1}, {'b': 2})", "[[1] * 10] * 4", "{'a': {'b': set([1, 2])}}",
    "types.MappingProxyType({'a': 1})", "collections.UserDict(a=1)", "collections.UserList([1, 2])",
    "10**40", "[10**20, 10**30]", "{'n': 1234567}"]


def gen_pprint(r):
    v = pick(r, PPVALS)
    kw = ", ".join(some(r, ["width=%d" % pick(r, [1, 10, 20, 40, 80, 120]), "indent=%d" % pick(r, [0, 1, 4]),
        "depth=%d" % pick(r, [1, 2, 3]), "compact=True", "sort_dicts=False", "underscore_numbers=True"], 0, 3))
    rec = pick(r, ["", "V.append(V)", "V['self'] = V", "V.append([V])"])
    setup = ["@dataclass", "class DC:", "    n: int", "    v: object = None", "V = %s" % v]
    if rec and "range" not in v and v.startswith(("[", "{")) and (("[" in rec) == v.startswith("[")):
        setup.append("try:\n    %s\nexcept Exception:\n    pass" % rec)
    ops = ["pprint.pformat(V%s)" % (", " + kw if kw else ""), "pprint.saferepr(V)", "pprint.isrecursive(V)",
        "pprint.isreadable(V)", "OUT(lambda: pprint.pprint(V%s))" % (", " + kw if kw else ""),
        "pprint.PrettyPrinter(%s).pformat(V)" % kw, "OUT(lambda: pprint.pp(V%s))" % (", " + kw if kw else ""),
        "pprint.PrettyPrinter(%s).isrecursive(V)" % kw, "reprlib.repr(V)",
        "reprlib.Repr().repr(V)", "(lambda a: (setattr(a, 'maxlist', %d), setattr(a, 'maxstring', %d), setattr(a, 'maxlevel', %d), a.repr(V))[-1])(reprlib.Repr())"
        % (r.randint(0, 8), r.randint(0, 30), r.randint(0, 4)),
        "pprint.pformat(V, width=%s)" % pick(r, ["0", "-1", "'x'"]), "pprint.pformat(V, indent=-1)",
        "pprint.pformat(V, depth=0)", "pprint.PrettyPrinter(stream=io.StringIO()).pprint(V)"]
    return setup, some(r, ops, 2, 6)


def gen_reprlib(r):
    setup = ["class RR:", "    def __init__(s): s.k = [s]", "    @reprlib.recursive_repr(%s)" % pick(r, ["", "'<loop>'"]),
        "    def __repr__(s): return 'RR(%r)' % (s.k,)"]
    return setup, some(r, ["repr(RR())", "reprlib.repr(RR())", "reprlib.repr('x' * %d)" % r.randint(0, 60),
        "reprlib.repr(list(range(%d)))" % r.randint(0, 12), "reprlib.repr(tuple(range(%d)))" % r.randint(0, 12),
        "reprlib.repr(set(range(%d)))" % r.randint(0, 12), "reprlib.repr(frozenset(range(%d)))" % r.randint(0, 12),
        "reprlib.repr({i: i for i in range(%d)})" % r.randint(0, 8), "reprlib.repr(10**%d)" % r.randint(0, 60),
        "reprlib.repr([[[[[1]]]]])", "reprlib.repr(b'x' * 50)", "reprlib.repr(collections.deque(range(9)))",
        "reprlib.repr(Obj())", "reprlib.repr(1.5)", "reprlib.repr(range(10))", "reprlib.repr([])",
        "reprlib.repr(bytearray(50))", "reprlib.aRepr.maxlist",
        "reprlib.repr({'a' * 30: 'b' * 30})", "reprlib.repr(['x' * 50])", "reprlib.repr(Sub(range(20)))",
        "reprlib.repr(SubD(a=1))", "reprlib.repr({1, 'a'} and [1, 'a'])"], 2, 6)


# --- contextlib --------------------------------------------------------------

def gen_contextlib(r):
    setup = ["@contextlib.contextmanager", "def cm(x=1, fail=False):", "    log.append('in')",
        "    try:", "        yield x", "    except %s as e:" % pick(r, ["ValueError", "Exception", "KeyError"]),
        "        log.append('caught ' + type(e).__name__)", "        %s" % pick(r, ["pass", "raise", "raise KeyError(1)", "return"]),
        "    finally:", "        log.append('out')", "    if fail:", "        yield 2",
        "def use(f, *a):", "    global log", "    log = []", "    try:", "        r = f(*a)",
        "    except BaseException as e:", "        r = 'E ' + type(e).__name__", "    return (r, log)",
        "def w1(exc):", "    with cm() as v:", "        if exc: raise exc", "        return v",
        "def w2(*ex):", "    with contextlib.suppress(*ex):", "        raise KeyError('k')", "    return 'after'",
        "def w3(n):", "    with contextlib.ExitStack() as st:",
        "        for i in range(n): st.callback(log.append, i)",
        "        st.enter_context(cm(5))", "        st.push(lambda *a: log.append(a[0] and a[0].__name__))",
        "        if n > 2: raise ValueError", "    return 'ok'",
        "class AC(contextlib.AbstractContextManager):", "    def __exit__(self, *a): log.append('exit')",
        "class CD(contextlib.ContextDecorator):", "    def __enter__(s): log.append('enter'); return s",
        "    def __exit__(s, *a): log.append(('exit', a[0] and a[0].__name__)); return %s" % pick(r, ["False", "True"]),
        "@CD()", "def deco(x):", "    if x: raise ValueError", "    return 'd'",
        "class Cl:", "    def close(s): log.append('closed')"]
    return setup, some(r, ["use(w1, None)", "use(w1, ValueError('v'))", "use(w1, KeyError)", "use(w1, StopIteration)",
        "use(w1, GeneratorExit)", "use(w2)", "use(w2, KeyError)", "use(w2, LookupError)", "use(w2, ValueError)",
        "use(w2, ValueError, KeyError)", "use(w3, 0)", "use(w3, 2)", "use(w3, 3)", "use(deco, 0)", "use(deco, 1)",
        "use(lambda: AC().__enter__().__class__.__name__)", "use(lambda: [x for x in [contextlib.closing(Cl()).__exit__(None, None, None)]])",
        "use(lambda: contextlib.nullcontext(5).__enter__())", "use(lambda: OUT(lambda: contextlib.redirect_stdout(sys.stderr)))",
        "use(lambda: OUT(lambda: print('hi')))", "use(lambda: isinstance(cm(), contextlib.AbstractContextManager))",
"use(lambda: cm(fail=True).__exit__(None, None, None))",
        "use(lambda: (lambda g: (g.__enter__(), g.__exit__(None, None, None)))(cm(fail=True)))",
        "use(lambda: (lambda g: (g.__enter__(), g.__exit__(ValueError, ValueError('x'), None)))(cm()))",
        "use(lambda: contextlib.ExitStack().pop_all().close())",
        "use(lambda: issubclass(contextlib.ExitStack, contextlib.AbstractContextManager))",
        "use(lambda: contextlib.ExitStack().enter_context(1))", "use(lambda: type(contextlib.AsyncExitStack()).__name__)",
        "use(lambda: contextlib.nullcontext() is not None)", "use(lambda: (lambda s: (s.__enter__(), s.callback(log.append, 9), s.close()))(contextlib.ExitStack()))",
        "use(lambda: contextlib.redirect_stderr(io.StringIO()).__enter__().__class__.__name__)",
        "use(lambda: (lambda d: OUT(lambda: contextlib.chdir(d).__enter__()))('.'))"], 3, 8)


# --- string ----------------------------------------------------------------

TPL = ["'$a and ${b}'", "'$$a'", "'$a$b'", "'${a}x'", "'$'", "'$ a'", "'${a'", "'$1'", "'${}'", "'$a_b'",
    "'\\u00e9 $a'", "'${a}${a}'", "'$\\u00e9'", "'$A'", "'${ a}'", "'x$'", "'$a.b'", "''"]
MAPS = ["", "a=1", "a=1, b=2", "{'a': 'x'}", "{'a': 1}, b=2", "{'a': 1}, a=3", "b=None", "{}", "1"]


def gen_string(r):
    t = pick(r, TPL)
    k = r.random()
    if k < 0.4:
        return [], ["string.Template(%s).%s(%s)" % (t, pick(r, ["substitute", "safe_substitute"]), pick(r, MAPS)),
            "string.Template(%s).get_identifiers()" % t, "string.Template(%s).is_valid()" % t,
            "string.Template(%s).template" % t]
    if k < 0.5:
        setup = ["class MyT(string.Template):", "    delimiter = %s" % pick(r, ["'%'", "'#'", "'$$'"]),
            "    idpattern = %s" % pick(r, ["r'[a-z]+'", "r'(?a:[_a-z][_a-z0-9]*)'", "r'\\d+'"])]
        return setup, ["MyT('%%a #b $c %s').safe_substitute(a=1, b=2, c=3)" % pick(r, ["%%", "##", "%1", "#9"]),
            "MyT('%a').substitute(a=5)", "MyT('#a').substitute({'a': 6})", "MyT('x').pattern.pattern[:0]"]
    if k < 0.8:
        fmt = pick(r, ["'{}'", "'{0}{1}'", "'{a}'", "'{0!r:>5}'", "'{a.real}'", "'{0[1]}'", "'{:{w}}'",
            "'{{}}'", "'{'", "'}'", "'{0!x}'", "'{a[k]}'", "'{} {0}'", "'{0:{1}}'", "'{!s}'", "'{a!a}'"])
        args = pick(r, ["", "1", "1, 2", "'ab', 3", "[1, 2]", "a=1", "a={'k': 'v'}", "1, w=5", "'x', a='\\u00e9'"])
        return [], ["string.Formatter().format(%s%s)" % (fmt, ", " + args if args else ""),
            "list(string.Formatter().parse(%s))" % fmt, "string.Formatter().vformat(%s, (%s), {})" % (fmt, args + "," if args and "=" not in args else ""),
            "%s.format(%s)" % (fmt, args)]
    s = pick(r, ["'hello world'", "'  a  b  '", "'ABC def'", "''", "'x-y z'", "'\\u00e9t\\u00e9 \\u00e0'",
        "'a\\tb\\nc'", "\"o'neil mc\"", "'1st 2nd'"])
    return [], ["string.capwords(%s%s)" % (s, pick(r, ["", ", '-'", ", None", ", ' '", ", ''", ", 1"])),
        "string.%s" % pick(r, ["ascii_letters", "digits", "hexdigits", "octdigits", "punctuation",
            "whitespace", "printable", "ascii_lowercase", "ascii_uppercase"])]


# --- functools / operator ----------------------------------------------------

def gen_functools(r):
    k = r.randint(0, 6)
    if k == 0:
        setup = ["def f(a, b=2, *c, d=4, **e): return (a, b, c, d, e)",
            "p = functools.partial(f, %s)" % pick(r, ["1", "1, 2", "d=9", "1, x=1", "", "b=3"])]
        return setup, some(r, ["p()", "p(5)", "p(5, 6, 7)", "p(d=0)", "repr(p)", "p.args", "p.keywords",
            "p.func is f", "repr(functools.partial(p, 7))", "functools.partial(p, 7).func is f",
            "functools.partial(p, z=0).keywords", "functools.partial(1)", "functools.partial()",
            "repr(functools.partial(len))", "functools.partial(f, 1) == functools.partial(f, 1)",
            "copy.copy(p)()", "copy.deepcopy(p)()", "str(inspect.signature(p))",
            "repr(functools.partial(f, 'x', k=[1]))", "functools.partial(Sub, [1])()",
            "type(p).__name__", "isinstance(p, functools.partial)"], 3, 8)
    if k == 1:
        return [], some(r, ["functools.reduce(operator.add, [1, 2, 3])", "functools.reduce(operator.add, [], 0)",
            "functools.reduce(operator.add, [])", "functools.reduce(operator.add, [5])",
            "functools.reduce(lambda a, b: a * b, range(1, 6), 1)", "functools.reduce(1, [1, 2])",
            "functools.reduce(operator.add, 5)", "functools.reduce(operator.add, 'abc')",
            "functools.reduce(operator.add, [1], initial=0)", "functools.reduce()"], 2, 5)
    if k == 2:
        setup = ["@functools.total_ordering", "class TO:", "    def __init__(s, v): s.v = v",
            "    def __eq__(s, o): return isinstance(o, TO) and s.v == o.v",
            None]
        op = pick(r, [("__lt__", "<"), ("__gt__", ">"), ("__le__", "<="), ("__ge__", ">=")])
        setup[-1] = "    def %s(s, o): return s.v %s o.v if isinstance(o, TO) else NotImplemented" % op
        return setup, some(r, ["TO(1) < TO(2)", "TO(1) > TO(2)", "TO(1) <= TO(1)", "TO(2) >= TO(1)",
            "TO(1) < 1", "TO(1) >= 'a'", "sorted([TO(3), TO(1)], key=lambda t: t) and [t.v for t in sorted([TO(3), TO(1), TO(2)])]",
            "max(TO(1), TO(5)).v", "functools.total_ordering(type('N', (), {}))", "TO(1) == TO(1)"], 3, 7)
    if k == 3:
        setup = ["@functools.singledispatch", "def sd(x): return 'base'", "@sd.register",
            "def _(x: int): return 'int'", "@sd.register(list)", "def _(x): return 'list'",
            "sd.register(str, lambda x: 'str')", "@sd.register", "def _(x: cabc.Mapping): return 'map'"]
        return setup, some(r, ["sd(1)", "sd(True)", "sd('a')", "sd([1])", "sd(Sub())", "sd({})", "sd(SubD())",
            "sd(1.5)", "sd(None)", "sd(collections.OrderedDict())", "sd.dispatch(bool).__name__",
            "sorted(t.__name__ for t in sd.registry)", "sd()", "sd.register(1)",
            "sd(types.MappingProxyType({}))", "sd(b'')", "sd.__name__"], 3, 8)
    if k == 4:
        setup = ["class CP:", "    n = 0", "    @functools.cached_property", "    def v(self):",
            "        CP.n += 1", "        return [CP.n]"]
        return setup, some(r, ["(lambda c: (c.v, c.v, CP.n))(CP())", "(lambda c: (c.v, vars(c)))(CP())",
            "(lambda c: (c.v, delattr(c, 'v'), c.v))(CP())", "CP.v.__class__.__name__", "CP.v.attrname",
            "(lambda c: (setattr(c, 'v', 5), c.v))(CP())", "type('Z', (), {'__slots__': (), 'v': functools.cached_property(lambda s: 1)})().v",
            "CP.v.__doc__", "CP.v.__set_name__(CP, 'w')"], 2, 5)
    if k == 5:
        size = pick(r, ["", "maxsize=2", "maxsize=None", "maxsize=0", "typed=True", "2", "maxsize=-1"])
        setup = ["@functools.lru_cache(%s)" % size, "def lc(x, y=0):", "    CALLS.append(x)", "    return x * 2",
            "CALLS = []"]
        return setup, some(r, ["(lc(1), lc(1), lc(2), lc(1.0), lc(3), lc(1), CALLS, lc.cache_info())",
            "(lc(1), lc(y=0, x=1), lc(1, 0), lc(x=1), CALLS, lc.cache_info())", "lc.cache_info()",
            "(lc(1), lc.cache_clear(), lc.cache_info())", "lc.cache_parameters()", "lc([1])",
            "lc.__wrapped__(3)", "lc.__name__", "(lc(True), lc(1), CALLS)", "repr(lc.cache_info())",
            "lc.cache_info()._fields", "functools.lru_cache(lambda x: x)(4)", "functools.cache(lambda x: [x])(1)",
            "functools.lru_cache('x')", "type(lc.cache_info()).__name__"], 2, 5)
    setup = ["def inner(a, b=1):", "    'doc of inner'", "    return a", "inner.extra = [1]",
        "@functools.wraps(inner%s)" % pick(r, ["", ", assigned=('__name__',)", ", updated=()",
            ", assigned=('__doc__', '__nope__')"]), "def outer(*a, **k):", "    return inner(*a, **k)"]
    return setup, some(r, ["outer.__name__", "outer.__doc__", "outer.__wrapped__ is inner", "getattr(outer, 'extra', '-')",
        "outer.__qualname__", "str(inspect.signature(outer))", "outer(3)",
        "functools.update_wrapper(lambda: 0, inner).__name__", "functools.WRAPPER_ASSIGNMENTS",
        "functools.WRAPPER_UPDATES", "functools.update_wrapper(lambda: 0, 5).__name__",
        "getattr(outer, '__module__')", "getattr(outer, '__annotations__', '-')"], 3, 7)


def gen_operator(r):
    return ["class A2:", "    x = 1", "    y = types.SimpleNamespace(z=2)", "    def m(s, *a, **k): return (a, k)"], some(r, [
        "repr(operator.attrgetter('x'))", "repr(operator.attrgetter('x', 'y.z'))", "repr(operator.attrgetter('y.z'))",
        "operator.attrgetter('y.z')(A2())", "operator.attrgetter('x', 'y.z')(A2())", "operator.attrgetter('q')(A2())",
        "operator.attrgetter(1)", "operator.attrgetter()", "repr(operator.itemgetter(1))", "repr(operator.itemgetter(1, 'a'))",
        "operator.itemgetter(1, 0)('ab')", "operator.itemgetter(slice(1, None))([1, 2, 3])", "operator.itemgetter(5)([])",
        "repr(operator.methodcaller('m'))", "repr(operator.methodcaller('m', 1, k=2))", "repr(operator.methodcaller('m', 'a', b=[1]))",
        "operator.methodcaller('m', 1, k=2)(A2())", "operator.methodcaller(1)", "operator.methodcaller()",
        "operator.itemgetter()", "operator.attrgetter('x')(1)", "repr(operator.itemgetter('\\u00e9'))",
        "operator.methodcaller('upper')('ab')", "operator.index(5)", "operator.index(1.5)", "operator.length_hint([1, 2])",
        "operator.length_hint(iter([]), 5)", "operator.concat([1], [2])", "operator.concat(1, 2)",
        "operator.countOf([1, 1, 2], 1)", "operator.indexOf([1, 2], 3)", "operator.is_(1, 1)", "operator.truth([])",
        "operator.attrgetter('x') == operator.attrgetter('x')", "operator.neg(True)",
        "operator.iconcat([1], (2,))", "operator.ixor(5, 3)", "operator.matmul(1, 2)", "operator.getitem('abc', -1)",
        "operator.contains([1], 1)", "operator.not_(0)", "operator.pos('a')", "operator.setitem([1], 0, 5)"], 2, 6)


# --- abc / collections.abc ----------------------------------------------------

ABCS = ["Iterable", "Iterator", "Generator", "Sized", "Container", "Hashable", "Callable", "Collection",
    "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
    "KeysView", "ItemsView", "ValuesView", "Reversible", "ByteString", "Awaitable", "Coroutine",
    "AsyncIterable", "AsyncIterator", "AsyncGenerator"]
ABCVALS = ["1", "'a'", "b'a'", "bytearray()", "[]", "()", "{}", "set()", "frozenset()", "range(2)", "iter([])",
    "(x for x in [])", "len", "lambda: 0", "{}.keys()", "{}.values()", "{}.items()", "memoryview(b'')",
    "collections.deque()", "collections.OrderedDict()", "Sub()", "SubD()", "Vl()", "Ln()", "None",
    "types.SimpleNamespace()", "io.StringIO()", "reversed([])", "collections.Counter()", "Reg()",
    "types.MappingProxyType({})", "enumerate([])", "zip()", "1.5", "object()", "type", "Dsc()"]


def gen_abc(r):
    setup = ["class Ln:", "    def __len__(s): return 0", "class Vl:", "    def __iter__(s): return iter([])",
        "    def __contains__(s, x): return False", "    def __len__(s): return 0",
        "    __hash__ = None", "class Reg: pass", "cabc.Sequence.register(Reg)" if r.random() < 0.5 else "pass",
        "class Dsc(cabc.Mapping):", "    def __getitem__(s, k): return 1", "    def __iter__(s): return iter('ab')",
        "    def __len__(s): return 2",
        "class AB(abc.ABC):", "    @abc.abstractmethod", "    def f(s): pass",
        "    @property", "    @abc.abstractmethod", "    def p(s): pass",
        "class Half(AB):", "    def f(s): return 1", "class Full(Half):", "    p = 2",
        "class Meta(metaclass=abc.ABCMeta):", "    @classmethod", "    def __subclasshook__(cls, C):",
        "        return True if hasattr(C, 'quack') else NotImplemented", "class Duck:", "    quack = 1"]
    a, v = pick(r, ABCS), pick(r, ABCVALS)
    return setup, some(r, ["isinstance(%s, cabc.%s)" % (v, a), "issubclass(type(%s), cabc.%s)" % (v, a),
        "isinstance(%s, cabc.%s)" % (pick(r, ABCVALS), pick(r, ABCS)), "issubclass(%s, cabc.%s)" % (pick(r,
            ["list", "dict", "str", "bytes", "tuple", "set", "int", "Sub", "SubD", "Ln", "Vl", "Reg", "Dsc",
             "type", "object", "collections.deque", "memoryview", "range", "frozenset"]), a),
        "AB()", "Half()", "Full().f()", "Full().p", "sorted(AB.__abstractmethods__)", "sorted(Half.__abstractmethods__)",
        "Full.__abstractmethods__", "isinstance(Duck(), Meta)", "issubclass(int, Meta)", "Meta.register(int) is int",
        "issubclass(Duck, Meta)", "dict(Dsc())", "Dsc() == {'a': 1, 'b': 1}", "Dsc().get('x')", "list(Dsc().items())",
        "'a' in Dsc()", "Dsc().keys() & {'a'}", "isinstance(Reg(), cabc.Sequence)", "abc.get_cache_token() is not None",
        "type(AB).__name__", "cabc.Mapping.get(Dsc(), 'a')",
        "issubclass(1, cabc.Sized)", "isinstance(1, 1)", "cabc.Iterable.__subclasshook__(list)",
        "cabc.Sized.__subclasshook__(int)", "abc.abstractmethod(lambda: 0).__isabstractmethod__",
        "issubclass(Half, AB)", "type('X', (AB,), {'f': 1, 'p': 2})().f", "abc.update_abstractmethods(Half) is Half"], 3, 9)


# --- inspect -----------------------------------------------------------------

PARAMS = ["a", "b=1", "*args", "*", "c", "d=None", "**kw", "/", "e: int", "f: 'str' = 'x'", "g=[1, 2]",
    "h: int = 3", "i=lambda: 0", "j=float('inf')", "k='\\u00e9'"]


def gen_inspect(r):
    ps = some(r, PARAMS, 0, 5)
    ret = pick(r, ["", " -> int", " -> 'X'", " -> None"])
    setup = ["try:", "    exec('def f(%s)%s: pass', globals())" % (", ".join(ps).replace("'", "\\'"), ret),
        "except SyntaxError:", "    def f(): pass",
        "class K:", "    def __init__(self, x, y=2): pass", "    def m(self, a, *, b): pass",
        "    @classmethod", "    def c(cls, z): pass", "    @staticmethod", "    def s(q=1): pass",
        "    async def co(self): pass", "    def gen(self): yield 1",
        "class CallMe:", "    def __call__(self, t, u=0): pass"]
    sig = "inspect.signature(f)"
    return setup, some(r, ["str(%s)" % sig, "repr(%s)" % sig, "list(%s.parameters)" % sig,
        "[str(p) for p in %s.parameters.values()]" % sig, "[p.kind.name for p in %s.parameters.values()]" % sig,
        "[str(p.kind) for p in %s.parameters.values()]" % sig, "[repr(p) for p in %s.parameters.values()]" % sig,
        "[p.default is inspect.Parameter.empty for p in %s.parameters.values()]" % sig, "%s.return_annotation" % sig,
        "str(%s.bind(%s).arguments)" % (sig, pick(r, ["", "1", "1, 2", "1, 2, 3", "a=1", "1, c=2", "c=1"])),
        "%s.bind_partial(%s).arguments" % (sig, pick(r, ["", "1", "b=2", "zz=1"])),
        "(lambda b: (b.apply_defaults(), b.args, b.kwargs))(%s.bind(%s))" % (sig, pick(r, ["1", "1, c=3", "1, 2, c=3, d=4"])),
        "str(inspect.signature(K))", "str(inspect.signature(K.m))", "str(inspect.signature(K().m))",
        "str(inspect.signature(K.c))", "str(inspect.signature(K.s))", "str(inspect.signature(CallMe()))",
        "str(inspect.signature(lambda x, *, y=1: 0))", "str(inspect.signature(functools.partial(f)))",
        "inspect.signature(1)", "str(inspect.signature(Obj))", "str(%s.replace(return_annotation=int))" % sig,
        "str(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1, annotation=int))",
        "str(inspect.Parameter('x', inspect.Parameter.VAR_POSITIONAL))", "inspect.Parameter('1x', 1)",
        "inspect.Parameter('x', 9)", "str(inspect.Parameter('x', inspect.Parameter.POSITIONAL_ONLY, default=None))",
        "inspect.Parameter.POSITIONAL_OR_KEYWORD", "repr(inspect.Parameter.empty)",
        "str(inspect.Signature([inspect.Parameter('a', 1), inspect.Parameter('b', 0)]))",
        "str(inspect.Signature([inspect.Parameter('a', 1, default=1), inspect.Parameter('b', 1)]))",
        "%s == inspect.signature(f)" % sig, "inspect.isfunction(f)", "inspect.isclass(K)", "inspect.ismethod(K().m)",
        "inspect.ismethod(K.m)", "inspect.isgeneratorfunction(K.gen)", "inspect.iscoroutinefunction(K.co)",
        "inspect.isbuiltin(len)", "inspect.isroutine(len)", "inspect.ismodule(inspect)", "inspect.getdoc(K)",
        "[n for n, v in inspect.getmembers(K) if not n.startswith('_')]", "inspect.getfullargspec(f)",
        "inspect.isabstract(abc.ABC)", "inspect.unwrap(functools.wraps(f)(lambda: 0)) is f",
        "inspect.getmro(bool)", "inspect.cleandoc('  a\\n    b\\n  c')", "inspect.iscode(f.__code__)",
        "inspect.getattr_static(K, 'c').__class__.__name__", "inspect.isdatadescriptor(property())",
        "inspect.signature(f).parameters.get('a')",
        "str(inspect.signature(%s))" % pick(r, ["int", "dict", "range", "zip", "str", "bytes", "set", "Exception",
            "collections.namedtuple('P', 'a b', defaults=[1])", "type('N', (collections.namedtuple('P', 'x'),), {})",
            "dataclass(type('D', (), {'__annotations__': {'a': int}}))", "Obj", "enum.Enum", "types.SimpleNamespace",
            "functools.partial(K, 1)", "K().gen", "K.c"])], 3, 8)


# --- statistics ------------------------------------------------------------

DATA = ["[1, 2, 3, 4]", "[1]", "[]", "[2.5, 3.5]", "[1, 1, 2, 3]", "[Fraction(1, 3), Fraction(2, 3)]",
    "range(10)", "[1, 2.5, Fraction(1, 2)]", "[3, 1, 2]", "[-1, -5, 10]", "['a', 'b', 'b']", "[1e308, 1e308]",
    "[float('nan'), 1]", "[float('inf'), 1]", "[True, False, True]", "[0, 0]", "iter([4, 2])", "[1, 2, 'x']",
    "[1, 2, 2, 3, 3]", "[10**20, 1]", "(5, 7)", "[0.1] * 10", "[2, 8]", "[1, -1]", "[1.5, 2.5, 2.5, 10.0]"]


def gen_statistics(r):
    d = pick(r, DATA)
    f = pick(r, ["mean", "fmean", "median", "median_low", "median_high", "mode", "multimode", "stdev", "pstdev",
        "variance", "pvariance", "harmonic_mean", "geometric_mean", "quantiles", "median_grouped"])
    extra = ""
    if f == "quantiles":
        extra = pick(r, ["", ", n=4", ", n=1", ", n=0", ", method='inclusive'", ", method='x'", ", n=10"])
    elif f in ("variance", "stdev", "pvariance", "pstdev"):
        extra = pick(r, ["", "", ", 2", ", 2.5", ", Fraction(1)"])
    elif f == "median_grouped":
        extra = pick(r, ["", ", 2", ", interval=0.5"])
    elif f == "fmean":
        extra = ""
    return [], ["statistics.%s(%s%s)" % (f, d, extra)] + some(r, [
        "statistics.correlation([1, 2, 3], [2, 4, %s])" % pick(r, ["6", "5", "1", "'x'"]),
        "statistics.covariance(%s, [1, 2, 3, 4])" % d, "statistics.linear_regression([1, 2, 3], [1, %s])" % pick(r, ["2, 3", "2", "5, 9"]),
        "statistics.NormalDist(%s)" % pick(r, ["", "1, 2", "0, -1", "5"]), "statistics.NormalDist(0, 1).cdf(%s)" % pick(r, ["0", "1.5", "-2"]),
        "statistics.NormalDist(0, 1).inv_cdf(%s)" % pick(r, ["0.5", "0.975", "0", "1.5"]),
        "statistics.NormalDist.from_samples(%s)" % d, "statistics.NormalDist(1, 2) + 3", "statistics.NormalDist(1, 2) * 2",
        "statistics.NormalDist(1, 2).pdf(1)", "statistics.NormalDist(0, 1).overlap(statistics.NormalDist(1, 1))",
        "statistics.NormalDist(0, 1).quantiles()", "statistics.NormalDist(0, 1) == statistics.NormalDist(0, 1)",
        "statistics.NormalDist(2, 3).variance", "statistics.NormalDist(0, 1).zscore(2)",
        "issubclass(statistics.StatisticsError, ValueError)"], 0, 2)


# --- keyword / types / graphlib ----------------------------------------------

def gen_misc(r):
    k = r.randint(0, 2)
    if k == 0:
        return [], some(r, ["keyword.iskeyword(%s)" % pick(r, ["'if'", "'match'", "'True'", "'print'", "'async'",
            "'_'", "1", "''", "'None'", "'type'", "'If'"]), "keyword.kwlist", "keyword.softkwlist",
            "keyword.issoftkeyword(%s)" % pick(r, ["'match'", "'case'", "'_'", "'type'", "'if'", "None"]),
            "len(keyword.kwlist)", "keyword.__all__"], 1, 3)
    if k == 1:
        setup = ["NS = types.SimpleNamespace(%s)" % pick(r, ["", "a=1", "a=1, b='x'", "b=[1], a=2", "{'a': 1}", "1",
            "{'a': 1}, b=2", "{1: 2}"])]
        return setup, some(r, ["NS", "repr(NS)", "vars(NS)", "NS == types.SimpleNamespace(a=1)",
            "NS == types.SimpleNamespace(a=1, b='x')", "(setattr(NS, 'z', NS), repr(NS))[1]", "NS.a", "NS.q",
            "(delattr(NS, 'a'), NS)[1]", "copy.copy(NS)", "copy.deepcopy(NS)", "pprint.pformat(NS)",
            "hash(NS)", "NS != 1", "type(NS).__name__", "types.SimpleNamespace.__name__",
"types.MappingProxyType({'a': 1})['a']", "types.MappingProxyType([])",
            "types.new_class('NC', (Obj,)).__mro__", "types.FunctionType is type(lambda: 0)",
            "isinstance(len, types.BuiltinFunctionType)", "types.GeneratorType", "types.NoneType",
            "types.resolve_bases((int,))", "types.MethodType(lambda s: s, 5)()", "types.SimpleNamespace(**{'1': 2})"], 3, 7)
    graph = pick(r, ["{'a': ['b'], 'b': ['c']}", "{'a': 'bc', 'b': 'c'}", "{1: [2, 3], 2: [3], 3: []}",
        "{'a': ['a']}", "{'a': ['b'], 'b': ['a']}", "{}", "{'x': []}", "{'a': ['b', 'c'], 'c': ['b'], 'd': ['a']}",
        "{'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': ['a']}"])
    setup = ["G = graphlib.TopologicalSorter(%s)" % graph,
        "def steps(g):", "    g.prepare()", "    out = []", "    while g.is_active():",
        "        rd = sorted(g.get_ready(), key=str)", "        out.append(rd)", "        g.done(*rd)",
        "    return out"]
    return setup, some(r, ["list(G.static_order())", "steps(G)", "G.add('z', 'a') or list(G.static_order())",
        "(G.prepare(), G.prepare())", "G.done('a')", "(G.prepare(), G.done('nope'))", "G.get_ready()",
        "G.is_active()", "(G.prepare(), G.add('q'))", "(G.prepare(), sorted(G.get_ready()), G.get_ready())",
        "(lambda e: (type(e).__name__, e.args[0], sorted(map(str, e.args[1]))))(graphlib.CycleError('m', [1, 2]))",
        "issubclass(graphlib.CycleError, ValueError)", "G.add([], 1)", "bool(G)",
        "(lambda: [x for x in iter(G.static_order())])()"], 2, 5)


# --- mixed everyday uses -----------------------------------------------------

def gen_mixed(r):
    k = r.randint(0, 7)
    if k == 0:
        setup = ["@dataclass%s" % pick(r, ["", "(frozen=True)", "(match_args=False)", "(kw_only=True)"]),
            "class Pt:", "    x: int", "    y: int = 0",
            "def where(p):", "    match p:", "        case Pt(0, 0): return 'origin'",
            "        case Pt(x=0): return 'y-axis'", "        case Pt(x, 0): return ('x-axis', x)",
            "        case Pt(): return 'other'", "        case _: return 'not a point'"]
        return setup, some(r, ["where(Pt(0, 0))", "where(Pt(0, 5))", "where(Pt(3, 0))", "where(Pt(x=1, y=2))",
            "where(1)", "Pt.__match_args__", "Pt(1) == Pt(1, 0)", "Pt(1) != (1, 0)", "repr([Pt(1), Pt(2, 3)])",
            "pprint.pformat([Pt(i, i) for i in range(6)], width=30)", "asdict(Pt(1, 2)) | {'z': 3}",
            "{Pt(1): 1}" if r.random() < 0.5 else "sorted([Pt(2), Pt(1)], key=lambda p: p.x)"], 3, 8)
    if k == 1:
        base = pick(r, ["IntEnum", "StrEnum", "IntFlag", "Enum", "str, Enum", "int, Enum"])
        vals = ["'1'", "'b'"] if "str" in base or base == "StrEnum" else ["1", "2"]
        setup = ["import json", "class J(%s):" % base, "    A = %s" % vals[0], "    B = %s" % vals[1]]
        return setup, some(r, ["json.dumps(J.A)", "json.dumps({'k': J.B})", "json.dumps([J.A, J.B])",
            "'%s|%r' % (J.A, J.A)", "'{}|{!s}|{!r}|{:>4}'.format(J.A, J.A, J.A, J.A)", "f'{J.B=}'",
            "'%d' % J.A", "str(J.A) + ''", "J.A.__str__()", "format(J.A, '')", "sorted(J, reverse=True)",
            "J.A in [J.A]", "J.A == J.A.value", "{J.A: 1}[J.A.value] if J.A == J.A.value else 0",
            "[m for m in J if m != J.A]", "J(J.A)", "J.A.name.lower()", "repr(J._member_map_['B'])"], 3, 8)
    if k == 2:
        setup = ["class Disp:", "    @functools.singledispatchmethod", "    def f(self, x): return 'base'",
            "    @f.register", "    def _(self, x: int): return 'int'", "    @f.register(str)",
            "    def _(self, x): return 'str'",
            "class PM:", "    def g(self, a, b): return (a, b)", "    h = functools.partialmethod(g, 1)",
            "@functools.cache", "def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)"]
        return setup, some(r, ["Disp().f(1)", "Disp().f('a')", "Disp().f(1.5)", "Disp().f(True)", "PM().h(2)",
            "PM().h()", "fib(30)", "(fib(10), fib.cache_info())", "repr(fib.cache_info())",
            "sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))",
            "functools.cmp_to_key(lambda a, b: 0)(1) == functools.cmp_to_key(lambda a, b: 0)(2)",
            "functools.reduce(lambda a, b: a + [b], 'abc', [])", "functools.partial(max, key=len)(['a', 'bbb', 'cc'])",
            "repr(functools.partialmethod(len, 1))[:40]", "type(fib).__name__"], 3, 7)
    if k == 3:
        setup = ["class MyF(string.Formatter):", "    def get_value(self, key, args, kwargs):",
            "        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else args[key]",
            "    def format_field(self, value, spec):", "        return '[' + super().format_field(value, spec) + ']'",
            "    def convert_field(self, value, conv):", "        return str(value).upper() if conv == 'u' else super().convert_field(value, conv)"]
        return setup, some(r, ["MyF().format('{a} {0} {b!u}', 1, b='x')", "MyF().format('{:>5}', 'ab')",
            "MyF().format('{a!r:^9}', a='q')", "MyF().format('{0.real}', 3)", "MyF().format('{{x}} {}', 1)",
            "MyF().format('{!z}', 1)", "MyF().format('{0[k]}', {'k': 'v'})", "MyF().format('{a}{}', 5)",
            "string.Formatter().check_unused_args([], (), {})", "MyF().vformat('{x}', (), {'x': 1})",
            "string.Formatter().format('{0:{1}}', 3.14159, '.2f')", "string.Formatter().format('{:{}}', 'a', 4)",
            "string.Formatter().format('{0}{}', 1)", "string.Formatter().format('{}{0}', 1)"], 3, 8)
    if k == 4:
        d = pick(r, DATA)
        return [], some(r, ["statistics.fmean(%s, weights=%s)" % (d, pick(r, ["[1, 2]", "[1] * 4", "None", "[0, 0]", "[1, 2, 3, 4]"])),
            "statistics.median(%s)" % pick(r, ["['b', 'a', 'c']", "['a', 'b']", "[1, 2]", "[Fraction(1, 2), 1]"]),
            "statistics.mode(%s)" % pick(r, ["[]", "'aab'", "[1.5, 1.5, 2]", "[(1, 2), (1, 2)]", "[None]"]),
            "statistics.multimode(%s)" % pick(r, ["''", "'aabbc'", "[3, 3, 1, 1]", "iter([1])"]),
            "statistics.mean(%s)" % pick(r, ["[1, 2]", "[Fraction(1, 3), 1]", "[1.0, Fraction(1, 2)]", "[True, 2]", "[2**70, 1]"]),
            "statistics.pstdev(%s)" % pick(r, ["[1, 2, 3, 4]", "[1.5]", "[Fraction(1), 2]"]),
            "statistics.quantiles(%s)" % pick(r, ["[1, 2]", "range(1, 11)", "[5]", "[1.5, 2.5, 10]"]),
            "statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]%s)" % pick(r, ["", ", 2", ", interval=0"]),
            "statistics.geometric_mean(%s)" % pick(r, ["[1, 4]", "[0, 1]", "[-1, 1]", "[2.5, 3.5, 10]"]),
            "statistics.harmonic_mean(%s)" % pick(r, ["[1, 4]", "[0, 1]", "[-1, 1]", "[2.5, 3.5]", "[1, 2], weights=[2, 1]"]),
            "statistics.variance(%s)" % pick(r, ["[Fraction(1, 3), Fraction(2, 3)]", "[1, 2, 4]", "[1.5, 1.5]"]),
            "statistics.NormalDist(%s).inv_cdf(%s)" % (pick(r, ["", "10, 2"]), pick(r, ["0.975", "0.5", "0.1", "0.001", "0.9999"]))], 3, 6)
    if k == 5:
        setup = ["class SD(dict):", "    pass", "class W:", "    __slots__ = ('a', '__dict__')", "    def __init__(s): s.a = [1]; s.b = [2]",
            "@dataclass(frozen=True)", "class FD:", "    v: list", "class M:", "    def meth(self): return id(self) and 1",
            "m = M()", "sd = SD(x=[1]); sd.attr = [9]"]
        return setup, some(r, ["copy.deepcopy(sd)", "copy.deepcopy(sd).attr", "type(copy.copy(sd)).__name__",
            "(lambda w: (w.a, w.b))(copy.deepcopy(W()))", "(lambda w: (w.a, w.b))(copy.copy(W()))",
            "copy.deepcopy(FD([1]))", "copy.deepcopy(FD([1])).v is FD([1]).v", "copy.deepcopy(m.meth)()",
            "copy.copy(m.meth)()", "copy.deepcopy([m, m.meth])[1].__self__.__class__.__name__",
            "copy.deepcopy(Enum('Q', 'A').A).name", "copy.copy(collections.defaultdict(list, a=[1]))",
            "copy.deepcopy(collections.OrderedDict(b=[1], a=2))", "copy.deepcopy(collections.Counter('aab'))",
            "copy.deepcopy(collections.namedtuple('NT', 'a b')([1], 2))", "copy.copy(range(3))",
            "copy.deepcopy({'f': len, 't': int, 'n': None})", "copy.deepcopy(types.SimpleNamespace(a=[1]))",
            "copy.deepcopy((1, [2], (3,)))", "copy.deepcopy(Fraction(1, 3))", "copy.deepcopy(re.compile('a+')).pattern"], 3, 8)
    if k == 6:
        setup = ["@functools.total_ordering", "@dataclass(eq=True)", "class V:", "    n: int",
            "    def __lt__(self, o): return self.n < o.n",
            "class Reg(abc.ABC):", "    @abc.abstractmethod", "    def run(self): ...",
            "    @classmethod", "    @abc.abstractmethod", "    def make(cls): ...",
            "class Impl(Reg):", "    def run(self): return 'ran'", "    @classmethod", "    def make(cls): return cls()"]
        return setup, some(r, ["V(1) <= V(2)", "V(3) > V(2)", "sorted([V(3), V(1)])", "V(1) >= V(1)",
            "Impl.make().run()", "Reg()", "Reg.make()", "sorted(Reg.__abstractmethods__)",
            "inspect.isabstract(Reg)", "inspect.isabstract(Impl)", "isinstance(Impl(), Reg)",
            "Reg.register(int) and isinstance(1, Reg)", "issubclass(bool, Reg)"], 3, 7)
    setup = ["class Node:", "    def __init__(s, v, kids=()): s.v = v; s.kids = list(kids)",
        "    __repr__ = reprlib.recursive_repr()(lambda s: 'Node(%r, %r)' % (s.v, s.kids))",
        "tree = Node(1, [Node(2), Node(3, [Node(4)])])", "tree.kids[0].kids.append(tree)"]
    return setup, some(r, ["repr(tree)", "pprint.pformat(tree)", "reprlib.repr(tree)", "pprint.pformat({'t': [tree] * 2}, width=20)",
        "pprint.pformat(list(range(12)), compact=True, width=20)", "pprint.pformat({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_dicts=%s, width=10)" % pick(r, ["True", "False"]),
        "pprint.pformat('a b c ' * 10, width=%d)" % r.randint(5, 40), "pprint.pformat(b'ab ' * 20, width=%d)" % r.randint(5, 40),
        "pprint.pformat(12345678, underscore_numbers=True)", "pprint.pformat([[1, 2], [3, 4]], indent=%d, width=5)" % r.randint(0, 3),
        "pprint.pformat({'k': (1, 2, 3)}, depth=%d)" % r.randint(1, 3), "pprint.pformat(((((1,),),),), width=3)",
        "pprint.pformat({1: 'x' * 30, 2: 'y' * 30}, width=%d)" % r.randint(10, 60)], 3, 8)


def gen_more(r):
    k = r.randint(0, 6)
    if k == 0:
        setup = ["class Color(Enum):", "    RED = 1", "    GREEN = 2", "    BLUE = enum.member(lambda: 3)" if r.random() < 0.3 else "    BLUE = 3",
            "    LIMIT = enum.nonmember(10)", "    def __str__(self): return self.name.title()",
            "    @classmethod", "    def parse(cls, s): return cls[s.upper()]",
            "    @classmethod", "    def _missing_(cls, v):", "        return %s" % pick(r, ["None", "cls.RED", "3", "cls['GREEN'] if v == 'g' else None"])]
        return setup, some(r, ["list(Color)", "Color.LIMIT", "Color.parse('red')", "Color.parse('x')", "Color('g')",
            "Color(7)", "str(Color.GREEN)", "f'{Color.GREEN}'", "'%s' % Color.BLUE", "repr(Color.BLUE)",
            "[c.value for c in Color]", "Color.RED < Color.GREEN", "Color['RED'] is Color.RED", "Color.__len__()",
            "__import__('pickle').loads(__import__('pickle').dumps(Color.RED)) is Color.RED",
            "enum.unique(Color)", "Color.RED.__class__.__mro__[1]", "Color.RED in Color",
            "enum.Enum('Dyn', {'A': 1, 'B': 2})['B'].value", "enum.IntEnum('Dyn', 'X Y Z').Z + 1",
            "isinstance(Color.RED, Enum)", "Color.__members__.get('RED')", "sorted(Color, key=lambda c: -c.value)"], 3, 8)
    if k == 1:
        setup = ["@enum.verify(%s)" % pick(r, ["enum.UNIQUE", "enum.CONTINUOUS", "enum.NAMED_FLAGS"]),
            "class V(%s):" % pick(r, ["Enum", "IntFlag", "Flag", "IntEnum"]), "    A = 1", "    B = %s" % pick(r, ["2", "1", "4", "3"]),
            "    C = %s" % pick(r, ["3", "4", "8", "6"])]
        return setup, some(r, ["list(V)", "V(1)", "len(V)", "V.A.name"], 2, 4)
    if k == 2:
        setup = ["class TD(TypedDict):", "    name: str", "    tags: List[str]", "class TD3(TD, total=False):",
            "    extra: 'Optional[int]'", "class NT(NamedTuple):", "    x: int", "    y: float = 0.0",
            "    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5", "    def __str__(self): return 'NT<%s>' % self.x"]
        return setup, some(r, ["TD3(name='a', tags=[])", "typing.get_type_hints(TD3)", "sorted(TD3.__required_keys__)",
            "sorted(TD3.__optional_keys__)", "NT(3, 4).norm()", "str(NT(1))", "repr(NT(1))", "NT(1)._asdict()",
            "NT._field_defaults", "NT.__annotations__", "typing.get_type_hints(NT)", "NT(*'ab')", "NT(1, 2) < NT(1, 3)",
            "isinstance(NT(1), NT)", "sorted([NT(2), NT(1, 5)])", "NT._make(range(2))", "NT(1)._fields",
            "dict(NT(1)._asdict(), z=1)", "TD.__total__", "TD3.__total__", "list(TD3.__annotations__)",
            "typing.is_typeddict(TD3)", "NT.__mro__[1:]", "hash(NT(1)) == hash((1, 0.0))"], 3, 8)
    if k == 3:
        setup = ["@functools.singledispatch", "def show(x): return 'obj'", "@show.register",
            "def _(x: int | str): return 'int or str'", "@show.register", "def _(x: list[int]): return 'list'" if r.random() < 0.3 else "def _(x: list): return 'list'",
            "@show.register(type(None))", "def _(x): return 'none'"]
        return setup, some(r, ["show(1)", "show('a')", "show([1])", "show(None)", "show(1.5)", "show(True)",
            "sorted(t.__name__ for t in show.registry)"], 2, 6)
    if k == 4:
        setup = ["class Acc:", "    def __init__(s): s.calls = 0", "    @functools.lru_cache(maxsize=%s)" % pick(r, ["2", "None", "32"]),
            "    def sq(s, n):", "        s.calls += 1", "        return n * n", "    @functools.cached_property", "    def big(s):",
            "        s.calls += 100", "        return list(range(3))",
            "class NoDict:", "    __slots__ = ('a',)", "    @functools.cached_property", "    def p(s): return 1"]
        return setup, some(r, ["(lambda a: (a.sq(2), a.sq(2), a.sq(3), a.calls))(Acc())", "(lambda a: (a.big, a.big, a.calls))(Acc())",
            "Acc.sq.cache_info()", "NoDict().p", "(lambda a: (a.sq(1), Acc.sq.cache_clear(), a.sq(1), a.calls))(Acc())",
            "type(Acc.__dict__['big']).__name__", "Acc.big.attrname", "Acc().sq.__wrapped__.__name__",
            "functools.lru_cache(maxsize=1)(lambda x: x).cache_parameters()"], 2, 5)
    if k == 5:
        setup = ["import os, tempfile", "D = tempfile.mkdtemp()", "class CM:", "    def __enter__(s): return s", "    def __exit__(s, *a): return False",
            "class NoEnter:", "    def __exit__(s, *a): pass"]
        return setup, some(r, ["(lambda st: st.enter_context(1))(contextlib.ExitStack())",
            "(lambda st: st.enter_context(NoEnter()))(contextlib.ExitStack())",
            "(lambda st: type(st.enter_context(CM())).__name__)(contextlib.ExitStack())",
            "(lambda: [contextlib.chdir(D).__enter__(), os.getcwd() == os.path.realpath(D)][1])()",
            "(lambda: (lambda c: (c.__enter__(), c.__exit__(None, None, None), os.getcwd() != D))(contextlib.chdir(D)))()",
            "contextlib.suppress(ValueError).__exit__(ValueError, ValueError(), None)",
            "contextlib.suppress(ValueError).__exit__(None, None, None)",
            "contextlib.suppress(ValueError).__exit__(KeyError, KeyError(), None)",
            "contextlib.nullcontext([1]).__enter__()", "contextlib.closing(io.StringIO('x')).__enter__().read()",
            "OUT(lambda: [print('a'), print('b', file=sys.stdout)])"], 2, 5)
    setup = ["class Shape(abc.ABC):", "    @property", "    @abc.abstractmethod", "    def area(self): ...",
        "    def describe(self): return '%s with area %s' % (type(self).__name__, self.area)",
        "class Sq(Shape):", "    def __init__(s, n): s.n = n", "    @property", "    def area(s): return s.n * s.n",
        "@Shape.register", "class Virtual:", "    area = 0"]
    return setup, some(r, ["Sq(3).describe()", "Shape()", "isinstance(Virtual(), Shape)", "issubclass(Virtual, Shape)",
        "Shape.describe(Virtual())", "sorted(Shape.__abstractmethods__)", "Sq.__abstractmethods__",
        "isinstance(Sq(1), abc.ABC)", "type(Shape).__name__", "Shape.register(Sq) is Sq", "Virtual.__mro__[1:]",
        "[c.__name__ for c in Shape.__subclasses__()]", "abc.ABCMeta('X', (), {})().__class__.__name__"], 3, 7)


# -----------------------------------------------------------------------------

GENS = {"dataclasses": gen_dataclasses, "dataclasses2": gen_dataclasses2, "enum": gen_enum, "enum2": gen_enum2,
    "typing": gen_typing, "typing2": gen_typing2, "copy": gen_copy, "pprint": gen_pprint, "reprlib": gen_reprlib,
    "contextlib": gen_contextlib, "string": gen_string, "functools": gen_functools, "operator": gen_operator,
    "abc": gen_abc, "inspect": gen_inspect, "statistics": gen_statistics, "misc": gen_misc,
    "mixed": gen_mixed, "more": gen_more}
WEIGHT = {"mixed": 4, "more": 4, "dataclasses": 4, "enum": 3, "typing": 2, "typing2": 2, "dataclasses2": 2, "enum2": 2}


def step_source(k, setup, probes, keep=None):
    # keep: the probe numbers to emit (all when None); numbering never changes
    out = ["try:"] + ["    " + l for s in setup for l in s.split("\n")] + ["    OK = True",
        "except Exception as e:", "    OK = False", "    S_(%d, e)" % k, "if OK:"]
    out += ["    T_('%d.%d', lambda: (%s))" % (k, j, p) for j, p in enumerate(probes) if keep is None or j in keep]
    if out[-1] == "if OK:":
        out.append("    pass")
    return "\n".join(out)


def program(steps, messages, keep=None):
    return (PRELUDE % {"msg": messages}) + "\n".join(step_source(k, s, p, keep and keep.get(k))
        for k, (s, p) in steps) + "\n"


def parse_lines(out):
    res = {}
    for line in out.splitlines():
        n, _, rest = line.partition(" ")
        if re.match(r"\d+(\.\d+)?$", n):
            res[n] = rest
    if "<exit" in out or "<timeout>" in out:
        res["end"] = out[out.find("<"):][:300]
    return res


def main():
    a = diffsock.keyed_fuzzer_args(__doc__, GENS, 40).parse_args()
    names = a.only or list(GENS)
    pool = [n for n in names for _ in range(WEIGHT.get(n, 1))]
    seen, found, calls = set(), 0, 0
    for n in range(a.count):
        r = random.Random(a.seed * 100003 + n)
        steps = list(enumerate(GENS[r.choice(pool)](r) for _ in range(a.steps)))
        src = program(steps, a.messages)
        if a.print:
            print(src)
            return 0
        calls += sum(len(p) for _, (s, p) in steps)
        mine, ref = parse_lines(run(a.binary, src, 60, (0, 1))), parse_lines(run(a.cpython, src, 60, (0, 1)))
        if "end" in ref:
            print("program %d: CPython ended early: %s" % (n, ref["end"]))
        found += diffsock.keyed_differences(
            mine, ref, seen, lambda key, k: confirm(a, k, *steps[k][1], key), a, with_end=False)
        if "end" in mine:
            print("program %d: micropython ended early: %s" % (n, mine["end"]))
    print("%d programs, %d calls, %d differences" % (a.count, calls, found))
    return 1 if found else 0


def confirm(a, k, setup, probes, key):
    # The step alone with only the differing probe, else its probes shrunk
    # (diffsock.shrink drops probes while the first differing line stays).
    j = int(key.split(".")[1]) if "." in key else None
    def src(keep):
        return program([(k, (setup, probes))], a.messages, {k: keep})
    def outs(s):
        return run(a.binary, s, 30, (0, 1)), run(a.cpython, s, 30, (0, 1))
    tries = [[j]] if j is not None else []
    tries.append(list(range(len(probes))))
    for keep in tries:
        m, c = outs(src(keep))
        d = diffsock.first_diff(m, c)
        if d is None:
            continue
        if len(keep) > 1:
            old_cp = diffsock.CPYTHON
            diffsock.CPYTHON = a.cpython
            try:
                keep = diffsock.shrink(a.binary, keep, lambda t: src(t), diffsock.key(d))
            finally:
                diffsock.CPYTHON = old_cp
            m, c = outs(src(keep))
            d = diffsock.first_diff(m, c) or d
        return step_source(k, setup, probes, keep), d[1], d[2]
    return None


if __name__ == "__main__":
    sys.exit(main())
