# Under `from __future__ import annotations` an infinite float literal reads
# 1e309 and a u'' string keeps its u, as CPython's unparser writes them.
from __future__ import annotations

a: 1e400
b: 1e400j
c: -1e400
d: 2e308 + 1
e: 1.5e300j
f: u'x'
g: list[u'a', 'b']
h: U"q"
i: u'a' 'b'
j: 'c' u'd'
k: 1.5
l: float('inf')
for k, v in __annotations__.items():
    print(k, repr(v))


def fn(x: 1e999, y: u'z') -> 0e400:
    pass


print(fn.__annotations__)
