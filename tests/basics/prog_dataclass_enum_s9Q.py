# dataclasses and enums in an inventory simulation
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, Flag, auto
from typing import List, Optional

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print(Priority.HIGH > Priority.LOW, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MID))
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), bool(Perm.W & Perm.X), (Perm.R | Perm.W).value)
print({c: c.value * 10 for c in Color}[Color.BLUE], [p.name for p in Priority])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)

class Status(Enum):
    ACTIVE = "active"
    RETIRED = "retired"
    def label(self):
        return self.value.title()
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
print(Status.parse("ACTIVE").label(), Status.RETIRED.label())

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def total(self) -> float:
        return self.price * self.qty

@dataclass(frozen=True, order=True)
class Sku:
    code: str
    variant: int = 0

@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    note: Optional[str] = field(default=None, repr=False)
    def add(self, sku, item):
        self.items[sku] = item
    def value(self):
        return sum(i.total() for i in self.items.values())

it1 = Item("widget", 2.5, 10, ["small"])
it2 = Item("gadget", 10.0)
print(it1, it2)
print(it1 == Item("widget", 2.5, 10, ["small"]), it1 != it2, it1.total())
print(asdict(it1), astuple(it2))
print(replace(it1, qty=3), [f.name for f in fields(Item)])
s1, s2, s3 = Sku("A1"), Sku("A1", 2), Sku("B0")
print(sorted([s3, s2, s1]), s1 < s2, s1 == Sku("A1"), hash(s1) == hash(Sku("A1")))
try:
    s1.code = "Z"
except Exception as e:
    print(type(e).__name__)
w = Warehouse("main", note="secret")
w.add(s1, it1)
w.add(s2, Item("gizmo", 1.25, 4))
print(w)
print(w.value(), len(w.items))
@dataclass
class Point:
    x: int
    y: int
    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x<0")
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm1)
try:
    Point(-1, 0)
except ValueError as e:
    print("post_init", e)
@dataclass
class Point3(Point):
    z: int = 0
print(Point3(1, 2), Point3(1, 2, 3) == Point3(1, 2, 3))

# simple state machine driven by enum
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
TRANS = {(State.IDLE, "start"): State.RUNNING, (State.RUNNING, "finish"): State.DONE,
         (State.RUNNING, "abort"): State.IDLE}
st = State.IDLE
for ev in ["start", "abort", "start", "finish", "start"]:
    nxt = TRANS.get((st, ev))
    print("%-8s %-14s -> %s" % (ev, st, nxt))
    if nxt:
        st = nxt
print(st.name, st.value, State.DONE.value - State.IDLE.value)
