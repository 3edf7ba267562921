# dataclasses (frozen pure-Python module, lib/dataclasses.py): generated methods, field(),
# fields/asdict/astuple/replace, frozen, order, kw_only, InitVar, inheritance.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__match_args__, [f.name for f in fields(Point)], [f.type for f in fields(p)])
print(Point.y, hasattr(Point, 'x'), Point.__hash__)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='s', compare=False)
    total: int = field(init=False, default=0)
    kind: ClassVar[str] = 'item'

    def __post_init__(self):
        self.total = self.count * 10


a = Inventory('apple')
b = Inventory('apple')
a.tags.append('fruit')
print(a, b, a.tags is b.tags, a.total, Inventory.kind)
print(Inventory('x', secret='t') == Inventory('x'), [f.name for f in fields(Inventory)])
print(asdict(a), astuple(a))
c = replace(a, name='pear', count=3)
print(c, c.total)
try:
    replace(a, total=5)
except ValueError as e:
    print('ValueError', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1 < v2, v1 >= v2, sorted([v2, v1, Version(0, 9)]), max(v1, v2))
print(hash(v1) == hash(Version(1, 2, 'x')), {v1: 'one'}[Version(1, 2)])
try:
    v1.major = 3
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except AttributeError as e:
    print('AttributeError', e)
try:
    v1 < 3
except TypeError as e:
    print('TypeError', e)


@dataclass
class Base:
    id: int
    name: str = 'base'


@dataclass
class Derived(Base):
    extra: list = field(default_factory=lambda: [1])
    name: str = 'derived'


d = Derived(7)
print(d, [f.name for f in fields(d)], isinstance(d, Base))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(1, 2)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.value *= scale


w = WithInit(5)
print(w, WithInit(5, 3), [f.name for f in fields(w)])


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), type(hash(Identity(1))).__name__)


@dataclass(unsafe_hash=True)
class Hashable:
    v: int


print(hash(Hashable(3)) == hash(Hashable(3)), Hashable(3) in {Hashable(3)})


@dataclass(repr=False, init=False)
class Manual:
    v: int = 4

    def __repr__(self):
        return 'Manual!'


m = Manual()
print(m, m.v)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(root))
print(astuple(root))
loop = Node(0)
loop.children.append(loop)
print(loop)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError', e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
C = dataclasses.make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], order=True)
print(C(1, 2), C(1, 2) < C(1, 3), [f.name for f in fields(C)])
print(dataclasses.MISSING is not None, field(default=1).default)


@dataclass
class Sloty:
    __slots__ = ('q',)
    q: int


print(Sloty(3))


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class Thaw(FrozenBase):
        b: int = 0
except TypeError as e:
    print('TypeError', e)


match Point(3, 4):
    case Point(x, y):
        print('matched', x, y)


# --- more coverage ---
for call in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
             lambda: Options(), lambda: Mixed(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(Point.__doc__)
print(Inventory.__doc__)
print(Mixed.__doc__)
print(WithInit.__doc__)
print(Point.__dataclass_params__, Version.__dataclass_params__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'


s = Slotted(1)
print(s, Slotted.__slots__, s == Slotted(1, 'x'))
try:
    s.c = 5
except AttributeError:
    print('AttributeError on new attribute')


@dataclass(frozen=True, slots=True)
class FS:
    a: int


print(FS(2), hash(FS(2)) == hash(FS(2)))
try:
    FS(2).a = 3
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class Meta:
    a: int = field(default=0, metadata={'unit': 'm'})
    b: int = field(default=1, hash=False)


f0 = fields(Meta)[0]
print(f0.metadata['unit'], f0.name, f0.type, f0.default, f0.init, f0.repr, f0.hash, f0.compare, f0.kw_only)
print(fields(Meta)[1].hash)


@dataclass
class Parent:
    a: int
    b: int = 2

    def __post_init__(self):
        print('post init of', type(self).__name__, self)


@dataclass
class Child(Parent):
    c: int = 3
    a: int = 10


print(Child(), Child(1, 2, 3), Child.__match_args__)
print(Parent(1) == Child(1), Child(1) == Child(1))


@dataclass
class KwBase:
    x: int
    y: int = field(default=0, kw_only=True)


@dataclass
class KwChild(KwBase):
    z: int = 5


print(KwChild(1, 2), KwChild(1, y=7), KwChild.__match_args__, KwChild.__doc__)


@dataclass
class NoInitField:
    a: int
    b: int = field(init=False)
    c: list = field(init=False, default_factory=list)


n = NoInitField(1)
print(hasattr(n, 'b'), n.c, repr(n)[:30] if hasattr(n, 'b') else 'no b yet')
n.b = 9
print(n)


@dataclass
class SelfField:
    self: int
    other: int = 0


print(SelfField(1, 2), SelfField(self=3))


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __get__(self, obj, owner=None):
        return 100 if obj is None else obj.__dict__.get('_d', 100)

    def __set__(self, obj, value):
        obj.__dict__['_d'] = value


@dataclass
class UsesDesc:
    d: int = Desc()


print(UsesDesc(), UsesDesc(5).d)


@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 1
    w: int = 0


print(Outer.Inner(), Outer(), Outer.Inner.__qualname__)


@dataclass(order=True)
class Ord:
    a: int
    b: int = field(default=0, compare=False)


print(Ord(1, 5) == Ord(1, 9), Ord(1, 5) < Ord(2, 0), Ord(2) <= Ord(2), Ord(3) > Ord(2), Ord(1) >= Ord(2))
print(Ord.__hash__ is None, Ord(1).__eq__(5))


def expect_error(maker):
    try:
        maker()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def dup_kw():
    @dataclass
    class X:
        a: KW_ONLY
        b: KW_ONLY


def classvar_factory():
    @dataclass
    class X:
        a: ClassVar[list] = field(default_factory=list)


def no_annotation():
    @dataclass
    class X:
        a = field(default=1)


def order_overwrite():
    @dataclass(order=True)
    class X:
        a: int

        def __lt__(self, other):
            return True


def frozen_overwrite():
    @dataclass(frozen=True)
    class X:
        a: int

        def __setattr__(self, n, v):
            pass


def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class X:
        a: int

        def __hash__(self):
            return 1


def order_without_eq():
    @dataclass(order=True, eq=False)
    class X:
        a: int


def both_defaults():
    field(default=1, default_factory=list)


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class X:
        a: int


def slots_twice():
    @dataclass(slots=True)
    class X:
        __slots__ = ('a',)
        a: int


def thaw():
    @dataclass(frozen=True)
    class X(Base):
        z: int = 0


def bad_dict_default():
    @dataclass
    class X:
        a: dict = {}


for maker in (dup_kw, classvar_factory, no_annotation, order_overwrite, frozen_overwrite,
              hash_overwrite, order_without_eq, both_defaults, weakref_without_slots, slots_twice,
              thaw, bad_dict_default,
              lambda: dataclasses.make_dataclass('M', ['a', 'a']),
              lambda: dataclasses.make_dataclass('M', ['for']),
              lambda: dataclasses.make_dataclass('M', ['1a']),
              lambda: dataclasses.make_dataclass('M', [('a', int, 1, 2)]),
              lambda: replace(WithInit(1), value=2),
              lambda: replace(NoInitField(1), b=3),
              lambda: astuple(3),
              lambda: replace(3)):
    expect_error(maker)


@dataclass
class WithReqInit:
    v: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.v += k


print(replace(WithReqInit(1, 2), k=10), WithInit(2, 5))
expect_error(lambda: replace(WithReqInit(1, 2)))


@dataclass
class Explicit:
    a: int

    def __init__(self):
        self.a = 42

    def __repr__(self):
        return 'Explicit!'

    def __eq__(self, other):
        return True


print(Explicit(), Explicit() == 3, Explicit.__hash__)


@dataclass(frozen=True)
class ExplicitHash:
    a: int

    def __hash__(self):
        return 7


print(hash(ExplicitHash(1)))

import collections
Pair = collections.namedtuple('Pair', 'left right')


@dataclass
class Holder:
    p: Pair
    d: dict
    t: tuple


h = Holder(Pair(Point(1), [Point(2)]), {'k': Point(3)}, (Point(4),))
print(asdict(h))
print(astuple(h))
print(asdict(Point(1), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(Point(1), tuple_factory=list))
M2 = dataclasses.make_dataclass('M2', [('x', int), 'y'], namespace={'double': lambda self: self.x * 2},
                                frozen=True, bases=(object,))
m2 = M2(3, 'q')
print(m2, m2.double(), [f.type for f in fields(M2)], M2.__module__)


@dataclass
class StrAnn:
    a: 'int'
    b: 'ClassVar[int]' = 5
    c: 'InitVar[int]' = 0


print(StrAnn(1), [f.name for f in fields(StrAnn)], StrAnn.__doc__)
print(repr(InitVar[int]), repr(InitVar[List[int]]), dataclasses.InitVar[str].type)
print(fields(Mixed)[1].kw_only, Mixed.__dataclass_fields__['_'] if '_' in Mixed.__dataclass_fields__ else 'no marker field')


@dataclass
class Sub(Point):
    pass


print(Sub(1, 2), Sub(1, 2) == Point(1, 2), [f.name for f in fields(Sub)])


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)
