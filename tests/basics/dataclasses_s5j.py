# dataclasses: slots details, frozen+slots pickling, descriptor defaults, __init__ globals
import pickle, copy, typing
from dataclasses import dataclass, field, MISSING

print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'))

# init=False field with a default, under slots=True
@dataclass(slots=True)
class A:
    a: str
    b: str = field(default='b', init=False)
o = A('a')
print(o.a, o.b, A.__slots__)

# slots already given by a base are not repeated
class Root:
    __slots__ = ('x',)
class Root2(Root):
    __slots__ = {'j': ''}
@dataclass(slots=True)
class B(Root2):
    y: int
    j: str
    x: str
print(B.__slots__, B(1, 'j', 'x'))

class It:
    __slots__ = iter(['q'])
try:
    @dataclass(slots=True)
    class C(It):
        q: int
except TypeError as e:
    print('TypeError', e)

# frozen + slots instances can be pickled and copied
@dataclass(frozen=True, slots=True)
class P:
    foo: str
    bar: int
p = P('a', 1)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, q == p, q is not p)
print(copy.copy(p), copy.deepcopy(p))
print(p.__getstate__())

# metadata must be a mapping
try:
    field(metadata=0)
except TypeError:
    print('TypeError metadata')

# a descriptor refusing class access means "no default"
class D:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, inst, owner):
        if inst is None:
            raise AttributeError
        return getattr(inst, self.name)
    def __set__(self, inst, value):
        setattr(inst, self.name, value)
@dataclass
class E:
    i: int = D()
print(E(5).i)
try:
    E()
except TypeError as e:
    print('TypeError', e)

# string annotations of __init__ resolve in the module's namespace
class Foo:
    pass
@dataclass
class Bar:
    foo: 'Foo'
    n: 'int' = 3
print(typing.get_type_hints(Bar.__init__))
