# Simple statements: assignment forms, imports, and the keyword statements.
import os
import os.path
import os.path as osp, sys as system
from os import path
from os.path import join as j, split
from . import sibling
from .. import parent as p
from .pkg.mod import (a, b as c,
    d,)
from ... import deep
from .... import deeper
from . import *
from collections import *
x = 1
x = y = z = 0
a, b = b, a
a, *rest = items
*init, last = items
[a, b] = c
(a, b), c = d
a, (b, [c, *d]) = e
x.attr = 1
x[0] = 1
x[1:2] = [3]
x.a.b[c].d = e
a, = b
() = []
[] = ()
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x @= m; x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
obj.attr += 1
arr[i] *= 2
n: int
n: int = 5
(m): str = 'x'
o.p: list = []
q[0]: float
v: "forward" = None
del x
del x, y
del x.a, x[0], (a, b), [c, d]
del (x)
global g1, g2
assert x
assert x, "message"
assert (x, y)
pass
x = yield
x = yield 1
x = yield 1, 2
x = yield from g()
yield
yield x
yield from y
raise
raise E
raise E("msg")
raise E from cause
raise E from None
return
return x
return x, y
return *a, b
break
continue
print(*args, sep='', **kw)
f(a)(b)(c)
f(*a, *b, **c, **d)
f(a, *b, c=1, *d, e=2, **f)
f(x for x in y)
f((x for x in y), 1)
f(a=1, b=2,)
f(a := 1)
f(**{'a': 1})
nonlocal_name = 1
