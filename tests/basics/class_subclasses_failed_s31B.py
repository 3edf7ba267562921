# A class whose __init_subclass__ or __set_name__ raises is not left in its
# bases' __subclasses__() (CPython frees it; gc.collect() for its cycles).
import gc
class Base:
    def __init_subclass__(cls, ok=True, **kw):
        super().__init_subclass__(**kw)
        if not ok:
            raise ValueError('no')
class Other: pass
class A(Base): pass
try:
    class B(Other, Base, ok=False): pass
except ValueError as e:
    print('ValueError', e)
class C(Base): pass
import gc; gc.collect(); print([c.__name__ for c in Base.__subclasses__()], Other.__subclasses__())
try:
    class D(Other, x=1): pass
except TypeError:
    print('TypeError')
gc.collect(); print(Other.__subclasses__())
class SN:
    def __set_name__(self, owner, name):
        raise KeyError(name)
try:
    class E(Base, Other):
        a = SN()
except RuntimeError as e:
    print('RuntimeError')
except KeyError as e:
    print('KeyError', e)
import gc; gc.collect(); print([c.__name__ for c in Base.__subclasses__()], Other.__subclasses__())
class Late(Base):
    def __init_subclass__(cls, **kw):
        raise ValueError
try:
    class F(Late): pass
except ValueError:
    print('ValueError')
import gc; gc.collect(); print([c.__name__ for c in Base.__subclasses__()], Late.__subclasses__())
