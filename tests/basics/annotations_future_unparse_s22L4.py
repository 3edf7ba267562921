# Annotations kept as text under the future import read as CPython's unparser
# writes them: precedence, parentheses and spacing of every expression kind.
from __future__ import annotations


def f(a: x < y <= z, b: a and b or c, c: not a and b, d: (a or b) and c,
      e: x if y else z, g: (x if y else z) if w else v, h: lambda: 1,
      i: lambda a, b=2, *c, d, e=3, **f: a, j: lambda a, /, b: 0, k: lambda *, a: 0,
      l: {1: 2, **d}, m: {1, 2}, n: [x for x in y if z if w], o: {x for x in y},
      p: {k: v for k, v in d.items()}, q: (x for x in y), r: f(x for x in y),
      s: f'a{b}c{d!r:>{w}}{{}}', t: f"{'q'}", u: [*a, *b], v: x in y not in z is w is not u,
      w: (x < y) < z, x: -(a < b), y: (lambda: 1)(), z: f(x for x in y)(x for x in y),
      ab: (not a) + 1, ac: a[b < c], ad: a[x:y, lambda: 1],
      ae: {**a, 'b': 1}, af: f(*a, **b), ag: (a if b else c)[0], ah: (a and b).c,
      ai: f(a=lambda: 1), aj: x if (y if z else w) else v, ak: (x, y) if z else w,
      al: f'{a:{b}}', am: f'{x!s}{y!a}', an: f'{ {1:2} }', ao: f"{x}'\"", ap: f'{3.0}',
      aq: [x for x, y in z], ar: [x for (x, y) in z], as_: (lambda: (yield))):
    pass


for k, v in f.__annotations__.items():
    print(k, v)


def g(a: lambda: (y := a + b), b: [(y := 1) for a in b], c: 1 .real, d: (1).real, e: 1.5.real, g: f'', h: f'abc', i: f'{x=}', j: f'{x=!s:>3}',
      k: lambda: (yield a or b), l: lambda: (yield from a), m: f'{a}' 'b' f'{c}', n: f((a for a in b), c), o: f((a for a in b)), p: f(*a, b=1)(),
      q: {}, r: x[()], s: x[(1, 2)], t: x[1:2, ::3], u: (a, *b), v: {**a}, w: f'{(lambda: 1)}', x: f'{a, b}', y: f'{"a"!r}', z: [*(a or b)],
      aa: (-1) ** 2, ab: -1 ** 2, ac: not not a, ad: a if b else (lambda: c), ae: f'{f"{x}"}', af: f'\n{x}\\', ag: f"{x:{'a'}}",
      ah: (yield_ for yield_ in a if b if c for d in e), ai: lambda a=1, *, b=(1, 2): 0, aj: lambda *a, **k: 0, ak: lambda **k: 0,
      al: f'{x:%H:%M}', am: f'{ {1} }', an: f'{x!r:{y}.{z}}', ao: f'{a}{{b}}', ap: f'{3}'):
    pass


for k, v in g.__annotations__.items():
    print(k, v)


x1: [a for a in b] | None
x2: {k: v for k, v in d} if t else (await_ for await_ in z)
print(__annotations__['x1'])
print(__annotations__['x2'])
