# enum class creation checks: reserved _sunder_ names, invalid member names,
# _order_, a custom __new__ calling super().__new__, functional API duplicates.
# (A member bound twice in a class body is not detected yet: see bugs.md.)
from enum import Enum, IntEnum, Flag
def attempt(make):
    try:
        r = make()
        print('ok', r if not isinstance(r, type) else list(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace('\n', ' | '))
def dup():
    class C(Enum):
        red = 1
        red = 2
    return C
def dup2():
    class C(Enum):
        red = 1
        def red(self): pass
    return C
def dup3():
    class C(Enum):
        def red(self): pass
        red = 1
    return C
def sunder():
    class C(Enum):
        _bad_ = 1
    return C
def mro():
    class C(Enum):
        mro = 9
    return C
def create():
    class C(IntEnum):
        _create_ = 11
    return C
def order_ok():
    class C(Enum):
        _order_ = 'a b'
        a = 1
        b = 2
    return C
def order_bad():
    class C(Enum):
        _order_ = 'a, b'
        b = 2
        a = 1
    return C
def order_flag():
    class C(Flag):
        _order_ = 'a b ab'
        a = 1
        b = 2
        ab = 3
    return C
def bad_super():
    class C(Enum):
        def __new__(cls, value):
            return super().__new__(cls, value)
        failed = 1
    return C
def bad_super_int():
    class C(IntEnum):
        def __new__(cls, value):
            return super().__new__(cls, value)
        failed = 1
    return C
def ok_new():
    class C(Enum):
        def __new__(cls, value):
            o = object.__new__(cls)
            o._value_ = value * 2
            return o
        x = 1
    return C
for f in (sunder, mro, create, order_ok, order_bad, order_flag, bad_super, bad_super_int, ok_new,
          lambda: Enum('E', ('', 'B')), lambda: Enum('E', 'a a'), lambda: Enum('E', [('_x_', 1)])):
    attempt(f)
class G(Enum):
    _ignore_ = 'tmp'
    _order_ = 'x'
    x = 1
    tmp = 5
print(list(G), hasattr(G, 'tmp'), G.x.value)
print(Enum.__new__ is object.__new__, G(1), G._missing_(5))
try:
    Enum.__new__(G, 7)
except ValueError as e:
    print('VE', e)
