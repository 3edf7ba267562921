# get_type_hints() on a string annotation "*x" (def f(*args: *Ts) under
# "from __future__ import annotations"): "*x" alone is no expression for
# eval(), so it is evaluated as "(*x,)[0]", as CPython's typing does.
from __future__ import annotations
import typing


class StarredC:
    pass


class C:
    def __iter__(self):
        yield StarredC()


c = C()


def f(*args: *c, x: int):
    pass


hints = typing.get_type_hints(f)
print(type(hints['args']).__name__, hints['x'])
print(typing.ForwardRef('*c'), f.__annotations__)
try:
    eval('*c')
except SyntaxError as e:
    print('SyntaxError', e.msg)
