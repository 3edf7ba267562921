# pprint: OrderedDict, defaultdict, Counter, deque, SimpleNamespace, mappingproxy, dataclass
import pprint
import collections
import types
import dataclasses

od = collections.OrderedDict((k, list(range(k))) for k in range(8))
print(pprint.pformat(od, width=40))
print(pprint.pformat(collections.OrderedDict(), width=1))
dd = collections.defaultdict(list, {'a': list(range(15)), 'b': 'x' * 50})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.defaultdict(int), width=1))
c = collections.Counter('abracadabra simsalabim')
print(pprint.pformat(c, width=30))
print(pprint.pformat(collections.Counter(), width=1))
print(pprint.pformat(collections.deque(range(30)), width=30))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=30))
print(pprint.pformat(collections.deque(), width=1))
ns = types.SimpleNamespace(alpha=list(range(20)), beta='text ' * 12, gamma={'k': 1})
print(pprint.pformat(ns, width=40))
print(pprint.pformat(types.SimpleNamespace(), width=1))
mp = types.MappingProxyType({'key%d' % i: i for i in range(8)})
print(pprint.pformat(mp, width=30))


@dataclasses.dataclass
class Point:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass
class Own:
    a: int

    def __repr__(self):
        return 'Own!' * 20


p = Point(1, list(range(30)))
print(pprint.pformat(p, width=40))
print(pprint.pformat([Point(2, [3])], width=10))
print(pprint.pformat(Own(1), width=10))
print(pprint.pformat({'pt': p, 'od': od}, width=50))
