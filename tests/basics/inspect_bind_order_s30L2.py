# inspect: Signature.bind reports positional arguments left over before a
# missing keyword-only argument, as CPython does
import inspect

def f(*, a, b='x', c): pass
def g(x, *, k): pass
def h(x, /, y, *args, z): pass

for fn, args, kwargs in ((f, (1,), {'c': 3}), (f, (), {'c': 3}), (g, (1, 2), {}), (g, (1,), {}),
                         (h, (1, 2, 3), {}), (h, (1,), {'z': 0}), (g, (), {'k': 1})):
    try:
        print(inspect.signature(fn).bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(inspect.signature(fn).bind_partial(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
