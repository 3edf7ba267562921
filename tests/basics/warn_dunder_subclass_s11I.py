# DeprecationWarning when __float__/__complex__/__int__/__index__ return a strict
# subclass of float/complex/int (or a bool), through the warnings module
import warnings, operator, math
class FS(float): pass
class CS(complex): pass
class IS(int): pass
class F:
    def __float__(self): return FS(1.5)
class C:
    def __complex__(self): return CS(1+2j)
class I:
    def __int__(self): return IS(7)
class X:
    def __index__(self): return IS(8)
class B(int):
    def __index__(self): return True
tests = [('float', lambda: float(F())), ('complex', lambda: complex(C())), ('int', lambda: int(I())),
         ('index', lambda: operator.index(X())), ('int-index', lambda: int(X())), ('float-index', lambda: float(X())),
         ('math', lambda: math.sqrt(F())), ('range', lambda: range(X())), ('list-idx', lambda: [1]*X()), ('bin', lambda: bin(X())),
         ('complex-float', lambda: complex(F())), ('bool index', lambda: operator.index(B()))]
for name, fn in tests:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = fn()
            print(name, repr(r) if not isinstance(r, (range, list)) else type(r).__name__, type(r).__name__)
        except Exception as e:
            print(name, type(e).__name__, e)
        for x in w:
            print('  ', x.category.__name__, x.message)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        float(F())
    except DeprecationWarning as e:
        print('raised', type(e).__name__)
