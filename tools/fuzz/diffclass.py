#!/usr/bin/env python3
# Differential fuzzer for the type machinery (session 30): writes seeded
# random programs that build metaclasses and classes and then look at them,
# and compares what they print under ./micropython and CPython 3.11, step by
# step. diffprog.py's "cls" cases cover plain class bodies; this one covers
# the rest: metaclass __new__/__init__/__call__/__prepare__ (returning odd
# mappings), metaclass conflicts, metaclass methods and properties against
# class attributes, keywords through class statements, type() with 1 and 3
# arguments, __class_getitem__, __mro_entries__, __instancecheck__ and
# __subclasscheck__, __getattribute__/__getattr__ against data and non-data
# descriptors, __dict__/__class__/__bases__/__name__ assignment, mro(),
# __qualname__ of nested classes, __subclasses__, classmethod/staticmethod
# around descriptors, super() in its forms, __slots__ with inheritance,
# __weakref__/__dict__ slots, object.__new__/__init__ excess arguments,
# __eq__/__hash__ inheritance and __init__ returning a value.
#
#   tools/fuzz/diffclass.py [--seed N] [--count N] [--steps N] [--binary PATH]
#                           [--messages] [--keep DIR] [--no-min] [--show SEED:PROG]
#
# A program is a list of steps run one by one through exec() in one shared
# namespace, so later steps see the classes earlier ones made. A step prints
# "K value" (repr-like, addresses masked) or "K E Class" (with --messages also
# the text), and the calls it logged. Every step stops by itself (no loops; a
# __new__ that recurses ends in RecursionError, printed without its log, as
# the depth differs).
#
# Never generated or normalised: __del__ (finalisers run when the GC gets
# to them), id()/hash values and set order, reprs of functions and methods
# (names are printed), docstrings of built-ins (none here), enums used as
# bases (lib/enum.py's checks are not the type machinery's), classes and
# weak references kept alive only by a name a later step rebinds (CPython
# frees them at once: the harness keeps every one referred to).
#
# Known differences still reported (session 30, D4 report; session 31, B):
# - ABCMeta.__subclasscheck__ asks issubclass() of each registered class
#   where CPython first looks the class up in its registry.
# - dir(obj) does not call a __getattribute__ for __dict__/__class__, and
#   skips non-str keys that CPython's sort refuses (py/modbuiltins.c).
# - __build_class__ stores __orig_bases__ in the namespace before
#   __classcell__ (seen by a __prepare__ mapping's __setitem__).
# - __subclasses__() holds its classes strongly: one made and dropped (in an
#   __init_subclass__, say) stays listed where CPython's gc frees it; one
#   whose __init_subclass__ or __set_name__ raised leaves it at once, in
#   CPython when its gc runs (both seen, by the timing of a collection).
# - error order for doubly-wrong class statements: duplicate bases, the MRO
#   and __qualname__ are checked before __slots__ (same exception class
#   mostly; a __slots__ conflict is ValueError, found first by CPython).
# - the "__weakref__ slot disallowed" text (CPython adds "or __itemsize__
#   != 0"), classmethod(builtin) bound through an instance (type and name).
# - a built-in object's docstring (C.__doc__ when C is an int): None here.
# - super() in a method called with self=None (C.__init__(None)).
# Fixed in session 31 (B): abstract classes refused by object.__new__, a
# mixin's special methods after Exception or list, weakref.ref of
# C(Plain, int) instances, __class__/__bases__ assignment under a
# __slots__ = () base, dir() of metaclass-made int subclasses.
#
# A differing program is run again to confirm it, shrunk step by step while
# the first differing line stays the same (diffsock.py's driver, shared with
# diffio.py), and printed with both outputs.

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diffsock import step_fuzzer_main  # noqa: E402 (the shared step driver)

PRELUDE = r'''
import sys
MSG = %(msg)r
L = []
class Obj:
    pass
KEEP = []
NS = {'__name__': 'm', 'L': L, 'obj': Obj(), 'Obj': Obj, 'KEEP': KEEP}
def mask(s):
    while ' at 0x' in s:
        i = s.index(' at 0x') + 4
        s = s[:i] + s[i:].lstrip('0123456789abcdefx')
    return s
def norm(v, d=0):
    if d > 3:
        return '...'
    if isinstance(v, type):
        return '<class %%s.%%s>' %% (getattr(v, '__module__', '?'), getattr(v, '__qualname__', '?'))
    if isinstance(v, (list, tuple)):
        r = [norm(x, d + 1) for x in v]
        return r if type(v) is list else tuple(r) if type(v) is tuple else (type(v).__name__, r)
    if type(v) is dict:
        return {norm(k, d + 1): norm(x, d + 1) for k, x in v.items()}
    if type(v) is str:
        return mask(v)
    if v is None or type(v) in (bool, int, float):
        return v
    if type(v) in (staticmethod, classmethod, property):
        return '<%%s>' %% type(v).__name__
    if callable(v) and hasattr(v, '__name__') and not isinstance(v, type):
        return '<callable %%s>' %% v.__name__
    try:
        return '<%%s %%s>' %% (type(v).__name__, mask(repr(v))[:80])
    except Exception as e:
        return '<%%s repr E %%s>' %% (type(v).__name__, type(e).__name__)
def ename(e):
    r = type(e).__name__
    if MSG:
        r += ' ' + mask(repr(str(e)))[:200]
    return r
def st(k, src):
    NS['_'] = None
    try:
        exec(src, NS)
        # (CPython's __subclasses__() forgets a class nothing refers to any
        # more, and a weak reference dies with its last reference: every
        # class a step made, and every weakref, stays referred to, as here)
        KEEP.extend(v for v in NS.values() if isinstance(v, type))
        v = NS['_']
        if v is not None or L:
            print(k, norm(v), norm(L) if L else '')
    except RecursionError:
        # (how deep each gets, and so how much it logged, is not compared)
        print(k, 'E RecursionError')
    except Exception as e:
        print(k, 'E', ename(e), norm(L) if L else '')
    L.clear()
'''

# Names a program may use: metaclasses M0..M2, classes C0..C7, instances o0..o3.
NM, NC, NO = 3, 8, 4


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.out = []
        self.metas = []   # defined metaclass names
        self.classes = []  # defined class names
        self.insts = []

    def pick(self, seq, dflt):
        return self.r.choice(seq) if seq else dflt

    def M(self):
        return self.pick(self.metas, "type")

    def C(self):
        return self.pick(self.classes, "Obj")

    def O(self):
        return self.pick(self.insts, "obj")

    def emit(self, s):
        self.out.append(s)

    # -- metaclasses ---------------------------------------------------------

    def meta(self):
        r = self.r
        name = "M%d" % r.randrange(NM)
        if r.random() < 0.15:
            # A function as the metaclass: what it returns is bound to the name.
            self.emit(r.choice([
                "def %s(name, bases, ns, **kw):\n    L.append(('%s', name, sorted(kw)))\n    return type(name, bases, dict(ns))" % (name, name),
                "def %s(name, bases, ns, **kw):\n    return (name, len(bases), sorted(k for k in ns if not k.startswith('__')))" % name,
                "def %s(name, bases, ns):\n    return 42" % name]))
            if name not in self.metas:
                self.metas.append(name)
            return
        base = r.choice(["type"] * 3 + [m for m in self.metas])
        lines = ["class %s(%s):" % (name, base)]
        feats = r.sample(["new", "init", "call", "prepare", "meth", "prop", "inst", "sub", "getattr",
            "getitem", "attr", "repr", "len", "setattr", "ga"], r.randint(1, 5))
        for f in feats:
            lines += self.meta_feat(name, f)
        self.emit("\n".join(lines))
        if name not in self.metas:
            self.metas.append(name)

    def meta_feat(self, n, f):
        r = self.r
        if f == "new":
            kwpass = r.choice(["", ", **kw"])
            ret = r.choice(["super().__new__(mcs, name, bases, ns%s)" % kwpass,
                "type.__new__(mcs, name, bases, dict(ns))", "super().__new__(mcs, name + 'X', bases, ns)",
                "super().__new__(mcs, name, bases, {k: v for k, v in ns.items() if k != 'x'})",
                "super().__new__(type, name, bases, ns)", "None", "7"])
            return ["    def __new__(mcs, name, bases, ns, **kw):",
                    "        L.append(('%s.new', mcs.__name__, name, [b.__name__ for b in bases], sorted(kw)))" % n,
                    "        return %s" % ret]
        if f == "init":
            return ["    def __init__(cls, name, bases, ns, **kw):",
                    "        L.append(('%s.init', name, sorted(kw)))" % n,
                    "        super().__init__(name, bases, ns%s)" % r.choice(["", ", **kw"])]
        if f == "call":
            ret = r.choice(["super().__call__(*a, **k)", "type.__call__(cls, *a, **k)", "('called', a)",
                "cls.__new__(cls)", "None"])
            return ["    def __call__(cls, *a, **k):", "        L.append(('%s.call', cls.__name__, a))" % n,
                    "        return %s" % ret]
        if f == "prepare":
            ret = r.choice(["{}", "{'pre': 1}", "D()", "dict(x='prep')", "None", "[]", "42", "MappingNs()"])
            return ["    @classmethod", "    def __prepare__(mcs, name, bases, **kw):",
                    "        L.append(('%s.prep', name, sorted(kw)))" % n, "        return %s" % ret]
        if f == "meth":
            return ["    def meth(cls):", "        return ('%s.meth', cls.__name__)" % n]
        if f == "prop":
            return ["    @property", "    def mprop(cls):", "        return ('%s.mprop', cls.__name__)" % n,
                    "    @property", "    def x(cls):", "        return ('%s.x-prop', cls.__name__)" % n]
        if f == "inst":
            ret = r.choice(["True", "False", "1", "0", "[]", "type(x).__name__ == 'int'", "super().__instancecheck__(x)"])
            return ["    def __instancecheck__(cls, x):", "        L.append(('%s.inst', cls.__name__))" % n,
                    "        return %s" % ret]
        if f == "sub":
            ret = r.choice(["True", "False", "None", "'y'", "super().__subclasscheck__(c)", "c is int"])
            return ["    def __subclasscheck__(cls, c):", "        L.append(('%s.sub', cls.__name__))" % n,
                    "        return %s" % ret]
        if f == "getattr":
            return ["    def __getattr__(cls, a):", "        if a.startswith('__'):", "            raise AttributeError(a)",
                    "        return ('%s.ga', a)" % n]
        if f == "getitem":
            return ["    def __getitem__(cls, k):", "        return ('%s.gi', cls.__name__, k)" % n]
        if f == "attr":
            return ["    x = 'M-x'", "    mattr = '%s-attr'" % n, "    def m(cls):", "        return 'M.m'"]
        if f == "repr":
            return ["    def __repr__(cls):", "        return '<meta %s ' + cls.__name__ + '>'" % n]
        if f == "len":
            return ["    def __len__(cls):", "        return 3", "    def __iter__(cls):", "        return iter('ab')",
                    "    def __bool__(cls):", "        return False"]
        if f == "setattr":
            return ["    def __setattr__(cls, a, v):", "        L.append(('%s.sa', a))" % n,
                    "        super().__setattr__(a, v)"]
        if f == "ga":
            return ["    def __getattribute__(cls, a):", "        if a == 'ping':", "            return '%s.ping'" % n,
                    "        return super().__getattribute__(a)"]
        raise ValueError(f)

    # -- classes -------------------------------------------------------------

    def bases(self):
        r = self.r
        k = r.choice([0, 1, 1, 1, 2, 2, 3])
        pool = self.classes + ["object", "int", "list", "dict", "Exception", "MroE()", "MroE2()", "MroE0()", "3"]
        w = [5] * len(self.classes) + [2, 1, 1, 1, 1, 1, 1, 1, 1]
        return [r.choices(pool, w)[0] for _ in range(k)]

    def cls(self, nested=False):
        r = self.r
        name = "C%d" % r.randrange(NC)
        args = self.bases()
        if r.random() < 0.4:
            args.append("metaclass=%s" % self.M())
        if r.random() < 0.25:
            args.append(r.choice(["tag=1", "tag='t', extra=2", "**{'tag': 3}", "flag=True"]))
        lines = ["class %s%s:" % (name, "(" + ", ".join(args) + ")" if args or r.random() < 0.5 else "")]
        feats = r.sample(["x", "y", "init", "initret", "new", "slots", "slotsd", "slotsw", "prop", "cm", "sm",
            "cmprop", "smdesc", "data", "nondata", "getattr", "getattribute", "eq", "eqhash", "hash", "isub",
            "cgi", "super", "nested", "setname", "repr", "doc", "qualname",
            "supernew", "supercm", "call", "mro"], r.randint(1, 6))
        for f in feats:
            lines += ["    " + s for s in self.cls_feat(name, f)]
        if len(lines) == 1:
            lines.append("    pass")
        self.emit("\n".join(lines))
        if name not in self.classes:
            self.classes.append(name)

    def cls_feat(self, n, f):
        r = self.r
        if f == "x":
            return ["x = '%s.x'" % n]
        if f == "y":
            return ["y = %s" % r.choice(["1", "[]", "'y'", "(1, 2)"])]
        if f == "init":
            return ["def __init__(self, *a, **k):", "    L.append(('%s.init', a))" % n,
                    "    %s" % r.choice(["self.v = a", "super().__init__()", "super().__init__(*a)",
                        "super().__init__(*a, **k)", "object.__init__(self)", "pass"])]
        if f == "initret":
            return ["def __init__(self, *a):", "    return %s" % r.choice(["None", "1", "self", "NotImplemented"])]
        if f == "new":
            return ["def __new__(cls, *a, **k):", "    L.append(('%s.new', cls.__name__, a))" % n,
                    "    return %s" % r.choice(["super().__new__(cls)", "super().__new__(cls, *a)",
                        "object.__new__(cls)", "object.__new__(cls, *a)", "None", "42", "super(%s, cls).__new__(cls)" % n,
                        "object.__new__(%s)" % self.C()])]
        if f == "slots":
            return ["__slots__ = %s" % r.choice(["('a', 'b')", "('a',)", "()", "'a'", "['v']", "('a', 'a')",
                "('x',)", "(1,)", "{'a': 'doc'}", "iter(('a', 'b'))"])]
        if f == "slotsd":
            return ["__slots__ = ('a', '__dict__')"]
        if f == "slotsw":
            return ["__slots__ = %s" % r.choice(["('__weakref__',)", "('a', '__weakref__')", "('__dict__', '__weakref__')"])]
        if f == "prop":
            return ["@property", "def p(self):", "    return ('%s.p', type(self).__name__)" % n,
                    "@p.setter", "def p(self, v):", "    L.append(('%s.p=', v))" % n]
        if f == "cm":
            return ["@classmethod", "def cm(cls, *a):", "    return ('%s.cm', cls.__name__, a)" % n]
        if f == "sm":
            return ["@staticmethod", "def sm(*a):", "    return ('%s.sm', len(a))" % n]
        if f == "cmprop":
            return ["@classmethod", "@property", "def cp(cls):", "    return ('%s.cp', cls.__name__)" % n]
        if f == "smdesc":
            return ["sd = staticmethod(%s)" % r.choice(["len", "Desc()", "NonData()", "property(lambda s: 1)",
                "classmethod(lambda c: c.__name__)", "42"]),
                    "cd = classmethod(%s)" % r.choice(["len", "Desc()", "NonData()", "property(lambda s: 1)",
                        "staticmethod(lambda: 's')", "lambda c, *a: (c.__name__, a)", "42"])]
        if f == "data":
            return ["d = Desc()", "x = Desc()"]
        if f == "nondata":
            return ["nd = NonData()", "y = NonData()"]
        if f == "getattr":
            return ["def __getattr__(self, a):", "    if a.startswith('_'):", "        raise AttributeError(a)",
                    "    return ('%s.getattr', a)" % n]
        if f == "getattribute":
            return ["def __getattribute__(self, a):", "    L.append(('%s.gab', a))" % n,
                    "    if a == 'boom':", "        raise AttributeError(a)",
                    "    return %s" % r.choice(["object.__getattribute__(self, a)", "super().__getattribute__(a)"])]
        if f == "eq":
            return ["def __eq__(self, o):", "    return type(o) is type(self)"]
        if f == "eqhash":
            return ["def __eq__(self, o):", "    return True", "__hash__ = %s" % r.choice(["object.__hash__", "None",
                "lambda self: 5"])]
        if f == "hash":
            return ["def __hash__(self):", "    return 7"]
        if f == "isub":
            return ["def __init_subclass__(cls, %s):" % r.choice(["**kw", "tag=None, **kw", "tag=0", ""]),
                    "    L.append(('%s.isub', cls.__name__, sorted(locals())))" % n,
                    "    %s" % r.choice(["super().__init_subclass__()", "super().__init_subclass__(**kw)",
                        "pass"])]
        if f == "cgi":
            return [r.choice(["def __class_getitem__(cls, k):", "@classmethod\ndef __class_getitem__(cls, k):"]).replace(
                "\n", "\n    "), "    return ('%s.cgi', cls.__name__, k)" % n]
        if f == "super":
            return ["def sup(self):", "    return %s" % r.choice(["super().sup() if hasattr(super(), 'sup') else '%s-top'" % n,
                "('%s', super().__class__.__name__)" % n, "super(%s, self).__init__ is not None" % n,
                "super(type(self), self).__class__.__name__", "super().__thisclass__.__name__",
                "super().__self_class__.__name__", "repr(super())[:14]", "super().x"])]
        if f == "nested":
            return ["class In:", "    class Deep:", "        pass", "    def m(self):", "        return 1",
                    "In2 = type('In2', (), {})"]
        if f == "setname":
            return ["sn = SetName()"]
        if f == "repr":
            return ["def __repr__(self):", "    return '<%s inst>'" % n]
        if f == "doc":
            return ["'''doc of %s'''" % n]
        if f == "dictattr":
            return ["__dict__ = %s" % r.choice(["{}", "'d'", "property(lambda s: {'fake': 1})"])]
        if f == "classattr":
            return ["__class__ = %s" % r.choice(["int", "property(lambda s: int)", "'c'"])]
        if f == "qualname":
            return ["__qualname__ = %s" % r.choice(["'Q.%s'" % n, "3", "'x'"])]
        if f == "supernew":
            return ["def __new__(cls, *a):", "    return super().__new__(cls)", "def __init__(self, *a):",
                    "    super().__init__()"]
        if f == "supercm":
            return ["@classmethod", "def scm(cls):", "    return %s" % r.choice(["super().__name__ if hasattr(super(), '__name__') else 'no'",
                "super().cm() if hasattr(super(), 'cm') else 'no-cm'", "super(%s, cls).__init_subclass__()" % n,
                "super().__class__.__name__", "super(cls, cls).__self__.__name__"])]
        if f == "call":
            return ["def __call__(self, *a):", "    return ('%s.call', a)" % n]
        if f == "mro":
            return ["mro = 'not-callable'"]
        raise ValueError(f)

    # -- looks ---------------------------------------------------------------

    def probe(self):
        r = self.r
        C, O, M = self.C(), self.O(), self.M()
        C2 = self.C()
        a = r.choice(["x", "y", "p", "cm", "sm", "cp", "sd", "cd", "d", "nd", "mprop", "meth", "mattr", "m",
            "ping", "v", "a", "sn", "__name__", "__qualname__", "__module__", "In", "missing", "boom",
            "__dict__", "__class__", "__slots__", "__weakref__", "__init_subclass__", "mro", "__mro__", "__bases__",
            "__base__", "__call__", "__hash__", "__eq__"])
        c = r.choice([
            "_ = %s.%s" % (C, a), "_ = %s.%s" % (O, a), "_ = %s().%s" % (C, a), "_ = getattr(%s, %r, 'dflt')" % (C, a),
            "_ = getattr(%s, %r, 'dflt')" % (O, a), "_ = hasattr(%s, %r)" % (C, a), "_ = %s.%s" % (M, a.strip('_') or a),
            "_ = %s.%s()" % (C, r.choice(["cm", "sm", "meth", "m", "sup", "scm", "cd", "sd"])),
            "_ = %s.%s()" % (O, r.choice(["cm", "sm", "sup", "scm", "cd", "sd", "m"])),
            "_ = %s.%s(1)" % (O, r.choice(["cm", "sm", "cd", "sd"])),
            "_ = type(%s).__name__" % C, "_ = type(%s).__name__" % O,
            "_ = %s.__mro__" % C, "_ = %s.mro()" % C, "_ = type.mro(%s)" % C, "_ = %s.__bases__" % C,
            "_ = %s.__base__" % C, "_ = (%s.__name__, %s.__qualname__, %s.__module__)" % (C, C, C),
            "_ = (%s.In.__qualname__, %s.In.Deep.__qualname__, %s.In.m.__qualname__, %s.In2.__qualname__)" % (C, C, C, C),
            "_ = isinstance(%s, %s)" % (O, C), "_ = isinstance(%s, (%s, %s))" % (O, C, C2),
            "_ = issubclass(%s, %s)" % (C, C2), "_ = issubclass(%s, (%s, int))" % (C, C2),
            "_ = isinstance(%s, %s)" % (r.choice(["1", "'s'", "[]", C]), C), "_ = issubclass(%s, %s)" % (r.choice(["int", "bool", "1"]), C),
            "_ = sorted(c.__name__ for c in %s.__subclasses__())" % C,
            "_ = sorted(k for k in %s.__dict__ if not k.startswith('_'))" % C,
            "_ = sorted(k for k in vars(%s) if k.startswith('__') and k not in ('__doc__', '__module__', '__dict__', '__weakref__', '__qualname__'))" % C,
            "_ = vars(%s)" % O, "_ = %s.__dict__" % O,
            "_ = type(%s.__dict__).__name__" % C, "_ = %s.__dict__.get(%r)" % (C, a),
            "_ = (%s == %s, %s != %s)" % (O, O, O, C), "_ = %s.__hash__ is None" % C, "_ = hash(%s) == hash(%s)" % (O, O),
            "_ = {%s: 1}" % O, "_ = %s.__eq__(%s)" % (O, O),
            "_ = %s[int]" % C, "_ = %s['k']" % C, "_ = %s[0:1]" % C,
            "_ = (len(%s), list(%s), bool(%s))" % (C, C, C), "_ = repr(%s)" % C, "_ = str(%s)" % O,
            "_ = %s(%s)" % (C, r.choice(["", "1", "1, 2", "k=1", "*()", "[]"])),
            "_ = %s(%s)" % (O, r.choice(["", "1"])),
            "_ = super(%s, %s).%s" % (C, O, a), "_ = super(%s, %s).%s" % (C, C2, a),
            "_ = super(%s, %s)" % (C, O), "_ = super(%s).__thisclass__" % C,
            "import weakref\nKEEP.append(weakref.ref(%s))\n_ = KEEP[-1]() is not None" % O,
            "import weakref\nKEEP.append(weakref.ref(%s))\n_ = KEEP[-1]() is %s" % (C, C),
            "_ = object.__new__(%s%s)" % (C, r.choice(["", ", 1", ", k=1"])),
            "_ = object.__init__(%s%s)" % (O, r.choice(["", ", 1", ", k=1"])),
            "_ = %s.__new__(%s%s)" % (C, C, r.choice(["", ", 1"])), "_ = %s.__init__(%s%s)" % (C, O, r.choice(["", ", 1"])),
            "_ = type(%s)" % O, "_ = type(%s) is %s" % (C, M), "_ = type.__call__(%s)" % C,
            "_ = %s.__instancecheck__(%s)" % (C, O), "_ = %s.__subclasscheck__(%s)" % (C, C2),
            "_ = %s.__class__" % O, "_ = %s.__class__.__name__" % C,
            "_ = [n for n in dir(%s) if not n.startswith('_')]\nL.clear()" % C,
            "_ = [n for n in dir(%s) if not n.startswith('_')]\nL.clear()" % O,
            "_ = %s.__init_subclass__()" % C, "_ = %s.__init_subclass__(1)" % C,
            "_ = %s.__doc__" % C,
            "_ = %s.__module__" % O, "_ = type(%s.__dict__[%r]).__name__" % (C, a),
        ])
        self.emit(c)

    def mutate(self):
        r = self.r
        C, O, C2 = self.C(), self.O(), self.C()
        c = r.choice([
            "%s.x = 'set-x'" % C, "%s.x = 'oset'" % O, "del %s.x" % C, "del %s.x" % O, "%s.d = 5" % O, "%s.nd = 6" % O,
            "%s.p = 7" % O, "del %s.p" % O, "%s.a = 8" % O, "%s.v = 9" % O, "del %s.a" % O, "%s.mprop = 1" % C,
            "%s.__class__ = %s" % (O, C), "%s.__class__ = %s" % (O, r.choice(["int", "type", "object", "Plain"])),
            "%s.__dict__ = %s" % (O, r.choice(["{'v': 1}", "{}", "[]", "None", "{1: 2}"])),
            "%s.__bases__ = (%s,)" % (C, C2), "%s.__bases__ = ()" % C, "%s.__bases__ = (object,)" % C,
            "%s.__bases__ = (int,)" % C, "%s.__bases__ = %s.__bases__ + (Plain,)" % (C, C),
            "%s.__name__ = %s" % (C, r.choice(["'Ren'", "3", "'a.b'", "''", "'x\\x00'"])),
            "%s.__qualname__ = %s" % (C, r.choice(["'Q.R'", "None", "'s'"])),
            "%s.__module__ = 'mod2'" % C, "%s.__doc__ = 'nd'" % C,
            "%s.__mro__ = ()" % C, "%s.cm = classmethod(lambda c: 'new-cm')" % C,
            "%s.__getattr__ = lambda s, a: 'late-ga'" % C, "%s.__eq__ = lambda s, o: 'late-eq'" % C,
            "%s.__call__ = lambda s, *a: 'late-call'" % C, "%s.__class_getitem__ = lambda k: ('late-cgi', k)" % C,
            "%s.__hash__ = None" % C, "%s.__init__ = lambda s, *a: None" % C,
            "%s.__slots__ = ('zz',)" % C, "setattr(%s, 'sn', SetName())" % C,
            "object.__setattr__(%s, 'x', 1)" % C, "type.__setattr__(%s, 'x', 1)" % C,
            "type.__setattr__(%s, 'x', 1)" % O, "object.__setattr__(%s, 'x', 2)" % O,
            "object.__delattr__(%s, 'x')" % O, "int.x = 1", "object.__class__ = %s" % C,
        ])
        self.emit(c)

    def inst(self):
        r = self.r
        name = "o%d" % r.randrange(NO)
        C = self.C()
        self.emit("%s = %s(%s)" % (name, C, r.choice(["", "", "1", "1, 2", "k=3", "*'ab'"])))
        if name not in self.insts:
            self.insts.append(name)

    def typecall(self):
        r = self.r
        C = self.C()
        name = "C%d" % r.randrange(NC)
        ns = r.choice(["{}", "{'x': 'tx'}", "{'__qualname__': 'Q.T'}", "{'__qualname__': 5}",
            "{'__slots__': ('a',)}", "{'__slots__': ('a',), 'a': 1}", "{'__classcell__': None}",
            "{'__module__': 'tm'}", "{'__init_subclass__': lambda c: None}", "{1: 2}", "{'__dict__': 1}",
            "{'__new__': lambda c, *a: 'tnew'}", "{'m': lambda self: 'tm'}", "[]", "MappingNs()", "D(x=1)"])
        bases = r.choice(["()", "(%s,)" % C, "(%s, %s)" % (C, self.C()), "[]", "(1,)", "(int, str)", "(bool,)",
            "(MroE(),)", "(type,)", "None"])
        m = r.choice(["type", self.M(), "type(%s)" % C])
        what = r.choice(["'%s'" % name, "'%s'" % name, "b'x'", "'a b'", "None"])
        extra = r.choice(["", "", ", k=1", ", 4"])
        self.emit("%s = %s(%s, %s, %s%s)\n_ = (%s.__name__, %s.__qualname__, [c.__name__ for c in %s.__mro__])" % (
            name, m, what, bases, ns, extra, name, name, name))
        if name not in self.classes:
            self.classes.append(name)

    def misc(self):
        r = self.r
        C = self.C()
        self.emit(r.choice([
            "_ = type(%s)" % r.choice(["1", "int", "type", C, "None", "type(None)"]),
            "_ = type()", "_ = type(1, 2)", "_ = type('a', 'b')", "_ = type('a', (), {}, 1)",
            "_ = type.__new__(type, 'N', (), {})", "_ = type.__new__(int, 'N', (), {})", "_ = type.__new__(%s)" % C,
            "_ = type.__init__(%s, 1, 2, 3)" % C, "_ = type.__prepare__('n', ())", "_ = type.__prepare__(1, 2, k=3)",
            "_ = object()", "_ = object(1)", "_ = object.__new__(object)", "_ = object.__new__(int)",
            "_ = object.__new__(1)", "_ = object.__subclasshook__(%s)" % C, "_ = %s.__subclasshook__(int)" % C,
            "_ = classmethod(len).__func__", "_ = staticmethod(len)('ab')", "_ = classmethod(1)",
            "_ = property().__get__(1)", "_ = property(len).__get__('ab')", "_ = property(len).__get__(None, str)",
            "_ = super()", "_ = super(1)", "_ = super(int, 1).__class__", "_ = super(%s, 3)" % C,
            "_ = issubclass(type, object)",
            "_ = isinstance(type, type), isinstance(object, type), isinstance(type, object)",
            "_ = (type.__base__, object.__base__, bool.__base__)", "_ = (bool.__mro__, type.__mro__)",
            "_ = type(type.__dict__['mro']).__name__",
        ]))

    def lib(self):
        # The patterns real programs use the machinery for (abc, enum,
        # dataclasses, typing.Generic, types.new_class, registries).
        r = self.r
        n = "C%d" % r.randrange(NC)
        B = self.C()
        k = r.randint(0, 3)
        self.emit(r.choice([
            "from abc import ABC, abstractmethod\nclass %s(%s):\n    @abstractmethod\n    def f(self): ...\n"
            "    @classmethod\n    @abstractmethod\n    def g(cls): ...\n%s\n_ = (sorted(%s.__abstractmethods__), isinstance(%s, type))"
            % (n, r.choice(["ABC", "ABC, " + B, B + ", ABC", "metaclass=__import__('abc').ABCMeta"]),
               r.choice(["", "    def f(self): return 1", "    f = 3\n    g = 4"]), n, n),
            "import abc\nclass %s(metaclass=abc.ABCMeta):\n    pass\n%s.register(%s)\n_ = (isinstance(%s, %s), issubclass(%s, %s), issubclass(bool, %s))"
            % (n, n, r.choice(["int", B, "list"]), r.choice(["1", "obj", "[]"]), n, B, n, n),
            "import enum\nclass E(enum.%s):\n    A = %d\n    B = %d\n    C = 3\n"
            "_ = (list(E), len(E), E(3), E['A'], E.B.name, [m for m in E.__members__], E.A is E(%d))"
            % (r.choice(["Enum", "IntEnum", "Flag", "IntFlag"]), k, k + 1, k),
            "import dataclasses\n@dataclasses.dataclass(%s)\nclass %s:\n    x: int = %d\n    y: list = dataclasses.field(default_factory=list)\n"
            "_ = (%s(), %s(1) == %s(1), %s.__hash__ is None, [f.name for f in dataclasses.fields(%s)])"
            % (r.choice(["", "order=True", "frozen=True", "eq=False", "unsafe_hash=True"]), n, k, n, n, n, n, n),
            "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass %s(Generic[T]):\n    def __init__(self, v=%d): self.v = v\n"
            "_ = (%s[int], %s[int]().v, %s.__orig_bases__ if 0 else %s.__mro__[-2].__name__)" % (n, k, n, n, n, n),
            "import types\n%s = types.new_class('%s', (%s,), {%s}, lambda ns: ns.update(z=%d))\n_ = (%s.z, type(%s).__name__, %s.__mro__[1])"
            % (n, n, B, r.choice(["", "'metaclass': %s" % self.M()]), k, n, n, n),
            "class Reg(type):\n    seen = []\n    def __new__(mcs, name, bases, ns, **kw):\n        c = super().__new__(mcs, name, bases, ns)\n"
            "        mcs.seen.append((name, sorted(kw)))\n        return c\n    def __init__(cls, name, bases, ns, **kw):\n"
            "        super().__init__(name, bases, ns)\nclass %s(metaclass=Reg%s):\n    pass\nclass Sub(%s, k=%d):\n    pass\n_ = Reg.seen" % (n, r.choice(["", ", a=1"]), n, k),
            "def deco(c):\n    c.decorated = c.__name__\n    return c\n@deco\nclass %s(%s):\n    pass\n_ = (%s.decorated, %s.__qualname__)" % (n, B, n, n),
            "import functools\n@functools.total_ordering\nclass %s:\n    def __init__(self, v): self.v = v\n    def __eq__(self, o): return self.v == o.v\n"
            "    def __%s__(self, o): return self.v < o.v\n_ = (%s(1) <= %s(%d), %s(1) > %s(%d), %s(2) >= %s(2))" % (n, r.choice(["lt", "gt", "le"]), n, n, k, n, n, k, n, n),
        ]))
        # (an enum, E, is not used as a base or probed further: lib/enum.py's
        # own checks are not the type machinery's)
        if n not in self.classes and "import enum" not in self.out[-1]:
            self.classes.append(n)

    def program(self, n):
        self.emit("class Desc:\n    def __get__(self, o, t=None):\n        return ('Desc.get', o is None, t.__name__ if t else None)\n"
            "    def __set__(self, o, v):\n        L.append(('Desc.set', v))\n    def __delete__(self, o):\n        L.append('Desc.del')")
        self.emit("class NonData:\n    def __get__(self, o, t=None):\n        return ('ND.get', o is None, t.__name__ if t else None)")
        self.emit("class SetName:\n    def __set_name__(self, owner, name):\n        L.append(('set_name', owner.__name__, name))\n"
            "    def __get__(self, o, t=None):\n        return 'SN'")
        self.emit("class D(dict):\n    def __setitem__(self, k, v):\n        L.append(('D.set', k))\n        super().__setitem__(k, v)")
        self.emit("class MappingNs:\n    def __init__(self):\n        self.d = {}\n    def __getitem__(self, k):\n        return self.d[k]\n"
            "    def __setitem__(self, k, v):\n        self.d[k] = v")
        self.emit("class MroE:\n    def __mro_entries__(self, bases):\n        L.append(('mro_entries', len(bases)))\n        return (Plain,)")
        self.emit("class MroE2:\n    def __mro_entries__(self, bases):\n        return (Plain, int)")
        self.emit("class MroE0:\n    def __mro_entries__(self, bases):\n        return ()")
        self.emit("class Plain:\n    pass")
        r = self.r
        acts = [(3, self.meta), (6, self.cls), (8, self.probe), (3, self.mutate), (3, self.inst), (2, self.typecall),
            (1, self.misc), (2, self.lib)]
        total = sum(w for w, _ in acts)
        for _ in range(3):
            self.cls()
        while len(self.out) < n:
            x = r.uniform(0, total)
            for w, f in acts:
                x -= w
                if x <= 0:
                    f()
                    break
        return ["st(%d, %r)" % (i, c) for i, c in enumerate(self.out)]


def source(steps, msg):
    return (PRELUDE % {"msg": msg}) + "\n".join(steps) + "\n"


def main():
    return step_fuzzer_main(lambda rng, a: Gen(rng), lambda t, a: source(t, a.messages), "dclass")


if __name__ == "__main__":
    sys.exit(main())
