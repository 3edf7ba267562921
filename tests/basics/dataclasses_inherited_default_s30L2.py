# dataclasses: a field redeclared without a default takes the default a base
# class gives (an attribute of any class of the MRO, a base dataclass's
# default too); checks on it follow (a mutable inherited default is refused)
from dataclasses import dataclass, field, fields, KW_ONLY
import dataclasses

@dataclass
class Base:
    a: int
    b: int = 5
    c: int = field(kw_only=True, default=3)

@dataclass
class Sub(Base):
    _: KW_ONLY
    c: list
    d: str = 'd'

print(Sub(1), Sub(1, 2, c=[9]))
print([(f.name, f.default if f.default is not dataclasses.MISSING else '-', f.kw_only) for f in fields(Sub)])

class Plain:
    x = 7

@dataclass
class FromPlain(Plain):
    x: int
    y: int = 1
print(FromPlain(), FromPlain(2).x)

@dataclass
class WithList:
    v: object = None
WithList.v = []
try:
    @dataclass
    class Bad(WithList):
        v: object
except ValueError as e:
    print('ValueError', e)

# the KW_ONLY sentinel is an object, as the annotations show
print(repr(KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE object'))
print(type(Sub.__annotations__['_']).__name__)

# init=False without a default under slots: left unset, no NameError
@dataclass(slots=True)
class Slotted:
    a: int = field(init=False)
    b: int = 2
s = Slotted()
print(s.b, hasattr(s, 'a'))
s.a = 4
print(s)

# __doc__ shows the __init__ that actually runs
@dataclass(init=False)
class NoInit:
    a: int = 1
print(NoInit.__doc__)

@dataclass
class Parent:
    p: int = 0

@dataclass(init=False)
class Child(Parent):
    q: int = 1
print(Child.__doc__, Parent.__doc__)

# field order is checked before the slots are made
for kw in ({'weakref_slot': True}, {'slots': True, 'weakref_slot': True}):
    try:
        @dataclass(**kw)
        class Order:
            a: int = 0
            b: int
    except TypeError as e:
        print('TypeError', e)
