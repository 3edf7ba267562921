# types.SimpleNamespace: positional arguments are refused, and a missing
# attribute is reported with the type's full name, as in CPython
import types

ns = types.SimpleNamespace(a=1)
for f in (lambda: ns.q, lambda: types.SimpleNamespace({'a': 1}), lambda: hasattr(ns, 'q'),
          lambda: getattr(ns, 'q', 5), lambda: ns.a):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Sub(types.SimpleNamespace):
    pass
try:
    Sub(b=2).zz
except AttributeError as e:
    print('AttributeError', e)
print(Sub(b=2))

ns = types.SimpleNamespace(a=1, b=2)
del ns.a
print(ns)
for obj in (ns, Sub()):
    try:
        del obj.zz
    except AttributeError as e:
        print('AttributeError', e)
