# `from __future__ import annotations`: annotations are kept as the text
# CPython's unparser gives them (spacing, parentheses by precedence, number
# and string literals normalised). Lambdas, comparisons, boolean operators,
# displays other than tuples and lists, comprehensions and f-strings are not
# unparsed here (they read "..."), nor is the space of `1 .real`, so they are
# not tested.
from __future__ import annotations
a1: Literal[-1]
a2: Annotated[int, Field(gt=0, le=10)]
a3: b'x'
a4: 1 + 2 * 3
a5: (1 + 2) * 3
a6: 2 ** 3 ** 4
a7: (2 ** 3) ** 4
a8: -x ** 2
a9: (-x) ** 2
a10: x ** -y
a11: ~a & b | c ^ d << 1 >> 2
a12: a - (b - c)
a13: (a - b) - c
a14: a @ b // c % d / e
a15: not x
a16: x[1:2]
a17: x[::2, 1:]
a18: f(*a, **k)
a19: "it's"
a20: 'say "hi"'
a21: 0x10
a22: 1_000
a23: 1.50
a24: 1e3
a25: 2j
a26: None | True | False | ...
a27: a.b.c[d.e]
a40: (1,)
a41: ()
a42: x[()]
a43: x[(1, 2)]
a44: x[*a]
a45: -(-1)
a46: +1
a47: (not a) + 1
a48: f(a)(b)
a49: (a + b).c
a52: 'x\ny'
a53: b'\x00'
a54: x[a:b:c]
a56: []
a58: (a, *b)
a63: (a, b)[0]
a64: call(a=1, *b)
a65: 10 ** 400
a67: (yield_)
a68: not not a
a69: -(a + b)
a70: a | (b | c)
a71: f(a, b)[c](d).e
a72: x[1:2, ...]
a73: '''tri'''
a75: r'\d'
def f(a: int = 1, *args: *Ts, b: 'str' = '', **kw: dict[str, int]) -> List[str | None]:
    pass
class C:
    x: ClassVar[int] = 0
    y: 'Forward'
    def m(self) -> C: pass
for k, v in __annotations__.items():
    print(k, repr(v))
print(f.__annotations__)
print(C.__annotations__, C.m.__annotations__)
