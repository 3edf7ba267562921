# inspect (session 18): signature(..., eval_str=True) evaluates string
# annotations in the function's module (or the globals/locals given),
# also through functools.wraps and for a class; without it they stay strings.
# Signatures compare equal although a default (c=[]) is unhashable
from __future__ import annotations
import functools
import inspect
from typing import List, Optional


def f(a: int, b: Optional[str] = None, *args: int, c: List[int] = [], **kw: str) -> bool:
    return True


print(inspect.signature(f))
print(inspect.signature(f, eval_str=True))
sig = inspect.signature(f, eval_str=True)
print([p.annotation for p in sig.parameters.values()], sig.return_annotation)


@functools.wraps(f)
def g(*a, **k):
    return f(*a, **k)


print(inspect.signature(g, eval_str=True).parameters['c'].annotation)


class K:
    def __init__(self, x: int, y: 'Local') -> None:
        pass


print(inspect.signature(K, eval_str=True, locals={'Local': float}))
print(inspect.Signature.from_callable(f, eval_str=True) == sig)


def h(x: 'int') -> 'str':
    pass


print(inspect.signature(h, eval_str=True))
try:
    def bad(x: Missing):
        pass
    inspect.signature(bad, eval_str=True)
except NameError:
    print('NameError')
