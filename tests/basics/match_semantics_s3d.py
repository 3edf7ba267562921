# match: subjects such as ..., mapping and sequence shapes (defaultdict,
# huge ranges), compile-time pattern errors, class pattern errors.
import collections

def m(v):
    match v:
        case {0: 0}:
            return "zero-key"
        case {}:
            return "mapping"
        case x, y, *_:
            return ("seq", x, y)
        case _:
            return "other"

print(m(collections.defaultdict(int)), m(collections.OrderedDict(a=1)), m({0: 0}))
d = collections.defaultdict(list)
print(m(d), dict(d))
print(m(range(1 << 30)), m(collections.deque([1, 2, 3])), m("ab"), m(b"ab"), m(bytearray(b"ab")))

def rest(v):
    match v:
        case {"a": 1, **kw}:
            return kw
    return None

print(rest({"a": 1, "b": 2}), rest(collections.OrderedDict(a=1, c=3)), rest({"a": 2}))

def ellipsis():
    match ...:
        case x if x is Ellipsis:
            return "dots"

def dotfloat(v):
    match .5:
        case 0.5:
            return "half"

print(ellipsis(), dotfloat(1))

def check(src):
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)

for case in ["{**_}", "0j+0j", "-0j+0j", "{0: _, False: _}", "{0: _, -0: _}", "{0: _, 0j: _}",
             "{1: _, 1.0: _}", "{'a': _, 'a': _}", "a, a", "{'k': a, 'l': a}", "C(x, y=x)",
             "a as a", "[a, [b, a]]", "{'a': 1, **rest}", "1 + 2j", "-1 - 2j"]:
    check("match x:\n case " + case + ": pass")

class Twice:
    __match_args__ = ("a", "a")
    a = None

class One:
    __match_args__ = ("a",)
    a = 1

for subject, pat in [(Twice(), "Twice(y, z)"), (One(), "One(y, a=z)"), (One(), "One(y, z)"), (5, "int(y, z)")]:
    try:
        exec("match s:\n case " + pat + ": pass", {"s": subject, "Twice": Twice, "One": One})
        print("matched")
    except TypeError as e:
        print("TypeError", e)
