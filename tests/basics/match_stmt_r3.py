# the match statement: sequence, mapping, class, or/as patterns, guards, soft keywords
def t(x):
    match x:
        case {"a": 1, **rest}:
            return ("a1", rest)
        case {"b": [x, *ys]} if x > 0:
            return ("b", x, ys)
        case [1, [2, *inner], *tail]:
            return ("nested", inner, tail)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case str() | bytes():
            return ("text", x)
        case [*_, last]:
            return ("last", last)
        case {}:
            return "empty-or-any-map"
        case _:
            return "default"
for v in [{"a": 1, "z": 2}, {"b": [5, 6, 7]}, {"b": [-1]}, [1, [2, 3, 4], 5, 6], 2, "s", b"b", [9, 8, 7], (), {"q": 1}, 4.5, range(3)]:
    print(repr(v), t(v))
import collections
Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x=1, y=yy):
        print("namedtuple kw", yy)
match Pt(1, 2):
    case (a, b):
        print("as tuple", a, b)
class C:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
match C(1, C(2, 3)):
    case C(1, C(b=3) as inner):
        print("inner", inner.a)
match 5:
    case int(v) if v > 3:
        print("int capture", v)
match True:
    case 1:
        print("True == 1 matched")
match 1.0:
    case 1:
        print("1.0 matched 1")
match None:
    case None:
        print("None")
match -3:
    case -3:
        print("neg literal")
match 1+2j:
    case 1+2j:
        print("complex")
match "abc":
    case "a" "bc":
        print("concat")
x = 3
match x:
    case 1:
        pass
print("no match falls through")
import math
match math.pi:
    case math.pi:
        print("dotted value")
match [1, 2, 3]:
    case [1, *rest]:
        print(rest)
match (1, 2):
    case [a, b, *c]:
        print(a, b, c)
match {"k": "v"}:
    case {"k": str(s)}:
        print("str in map", s)
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["quit" | "exit"]:
            return "bye"
        case ["drop", *objs]:
            return "drop " + ",".join(objs)
        case _:
            return "?"
print(f("go north"), f("exit"), f("drop a b"), f("x y z"))
match = 5
case = 6
print(match, case)
try: match(x)
except TypeError as e: print('TypeError', e)
print(match)
for src in ["match x:\n    case 1:\n        pass\n    case _:\n        pass\n    case 2:\n        pass\n",
            "match x:\n    case y:\n        pass\n    case 2:\n        pass\n",
            "match x:\n    case [*a, *b]:\n        pass\n",
            "match x:\n    case {a: 1}:\n        pass\n",
            "match x:\n    case 1 as _:\n        pass\n",
            "match x:\n    case C(a=1, a=2):\n        pass\n",
            "match x:\n    case C(a=1, 2):\n        pass\n",
            "match x:\n    case y if y:\n        pass\n    case 2:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("OK")
    except SyntaxError as e:
        print("SE", e.msg)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len(1):
            pass
except TypeError as e:
    print(e)
for src in ['match x:\n    case {"a": 1, "a": 2}:\n        pass\n', 'match x:\n    case {1: 1, 1: 2}:\n        pass\n']:
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print("SE", e.msg)
match {"a": 1, "b": 2}:
    case {"a": _, **kw}:
        print(kw)
match 0:
    case 0 | 1 if False:
        print("no")
    case z:
        print("z", z)
def outer(v):
    match v:
        case [a, b]:
            return lambda: a + b
        case _:
            return lambda: None
print(outer([1, 2])(), outer(5)())
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
        case n:
            print("n", n)
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k
            case _:
                yield None
print(list(gen([(1, 2), 3, ("a", "b")])))
class K:
    match 1:
        case 1:
            attr = "class body match"
print(K.attr)
def nested(x):
    match x:
        case [y]:
            match y:
                case {"k": z}:
                    return z
                case _:
                    return "inner default"
        case _:
            return "outer default"
print(nested([{"k": 9}]), nested([1]), nested(1))
def deep(x):
    match x:
        case [[[[[[a]]]]]]:
            return a
    return "no"
print(deep([[[[[[7]]]]]]), deep([[[[[[7, 8]]]]]]))
def ret_in_match(x):
    try:
        match x:
            case 1:
                return "one"
    finally:
        print("finally")
print(ret_in_match(1))
match (1, 2, 3):
    case (1, *mid, 3) if mid == [2]:
        print("guard uses capture", mid)
match [1, 2]:
    case [1, 2] | [2, 1]:
        print("or of seqs")
match {"x": {"y": [1, {"z": 2}]}}:
    case {"x": {"y": [_, {"z": zz}]}}:
        print("deep map", zz)
def many(x):
    match x:
        case 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9:
            return "digit"
        case "a" | "b":
            return "ab"
        case [int() | float() as num, str() as s]:
            return (num, s)
    return None
print(many(7), many("b"), many([1.5, "x"]), many([1, 2]))
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("small", x)
print(x)
async def co(v):
    match v:
        case [a]:
            return a
c = co([42])
try:
    c.send(None)
except StopIteration as e:
    print("async", e.value)
match [1, 2, 3]:
    case [1, 2, 3, 4]:
        print("no")
    case [1, 2]:
        print("no")
    case [*all_]:
        print("all", all_)
match "hello":
    case ["h", *rest]:
        print("str is not a sequence")
    case str(s) if len(s) > 3:
        print("long str", s)
match bytearray(b"ab"):
    case bytearray(b):
        print(b)
a, b = 1, 2
match a, b:
    case (1, y):
        print("tuple subject", y)
match (a, b), [3]:
    case ((1, 2), [z]):
        print("nested", z)
match a:
    case (1):
        print("group literal")
match [1, 2]:
    case ([1, 2]):
        print("group seq")
match -1:
    case -1 | 1:
        print("neg or")
match 0.5:
    case 0.5:
        print("float")
match b"x":
    case b"x":
        print("bytes")
match {"a": 1}:
    case {"a": 1, **rest} if not rest:
        print("empty rest")
match [1, 2, 3, 4]:
    case [first, *_, last]:
        print(first, last)
match "s":
    case str(x) as y:
        print(x, y)
class P:
    __match_args__ = ("x",)
    x = 5
match P():
    case P(5 as five):
        print("five", five)
match 3:
    case int() if False:
        pass
    case _:
        print("fallthrough")
x = [1]
match x:
    case list((1,)) if False:
        pass
    case list([1]):
        print("list([1])")
