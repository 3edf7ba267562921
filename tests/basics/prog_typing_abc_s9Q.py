# typing, abc, functools.singledispatch, cached_property, enum extras, dataclass extras
from abc import ABC, abstractmethod
from typing import NamedTuple, Generic, TypeVar, Protocol, Optional, Union, Dict, List, Callable, Any
from functools import singledispatch, cached_property
from dataclasses import dataclass, field, InitVar
from enum import Enum, IntFlag
import collections.abc as cabc

class Animal(ABC):
    @abstractmethod
    def sound(self) -> str: ...
    def speak(self):
        return "%s says %s" % (type(self).__name__, self.sound())
class Dog(Animal):
    def sound(self):
        return "woof"
class Cat(Animal):
    pass
print(Dog().speak())
try:
    Cat()
except TypeError as e:
    print("TypeError", "abstract" in str(e))
try:
    Animal()
except TypeError:
    print("TypeError Animal")

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def title(self):
        return "%s (%s L%d)" % (self.name, self.dept, self.level)
e = Employee("ann", level=3)
print(e, e.title(), e._replace(dept="ops"), Employee._fields, e[0], isinstance(e, tuple))

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box[int](7).get(), Box.__name__)

def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}
print(apply(lambda x: x * x, [1, 2, 3]), apply.__annotations__["xs"] == List[int])
def opt(x: Optional[int] = None) -> Union[int, str]:
    return "none" if x is None else x
print(opt(), opt(4))

@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d: [%s]" % (len(x), ", ".join(describe(i) for i in x))
@describe.register(str)
def _(x):
    return "str %r" % x
print(describe(3), describe("s"), describe([1, "a", 2.0]), describe(True), describe(None))

class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, r.computed)
del r.total
print(r.total, r.computed)

class Shade(Enum):
    LIGHT = 1
    DARK = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def __str__(self):
        return self.name.lower()
print(Shade("light"), Shade(2), repr(Shade.DARK), f"{Shade.LIGHT}", str(Shade.DARK))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(int(rw), Perm.R in rw, Perm.X in rw, rw & 6, rw == 6, bool(Perm(0)))
Planet = Enum("Planet", "MERCURY VENUS EARTH")
print(Planet.EARTH.value, [p.name for p in Planet], Planet(2))

@dataclass
class Order:
    item: str
    qty: int = 1
    price: float = field(default=0.0, repr=False)
    total: float = field(init=False)
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.total = self.qty * self.price * (1 - discount)
o = Order("pen", 3, 1.5, discount=0.1)
print(o, round(o.total, 4), Order("x"))
@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)
n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, Node(2, [Node(3)]))
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
print(len({Key(1, "x"), Key(1, "x")}), Key(1, "x") == Key(1, "x"))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 0
print(Opts(level=2))
try:
    Opts(True)
except TypeError:
    print("TypeError kw_only")

print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance("", cabc.Iterable),
      isinstance(5, cabc.Iterable), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap({"a": 1, "b": 2})
print(mm["a"], mm.get("z", 0), "b" in mm, list(mm.keys()), list(mm.items()), mm == {"a": 1, "b": 2}, dict(mm))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self): return "hello"
def welcome(g: Greeter): return g.greet()
print(welcome(En()))
class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
    def __len__(self): return self.n
ms = MySeq(4)
print(list(ms), ms.index(20), ms.count(10), 30 in ms, list(reversed(ms)))
