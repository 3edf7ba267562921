from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
d = deque([1, 2, 3, 2])
for name, args in [('count', (2,)), ('index', (2,)), ('index', (2, 2)), ('insert', (1, 9)), ('remove', (9,)), ('reverse', ()), ('rotate', (-1,)), ('rotate', (5,))]:
    if hasattr(d, name):
        print(name, getattr(d, name)(*args), list(d))
print(d, repr(deque()), repr(deque([1], 3)), deque('ab') == deque('ab'), deque([1]) == [1], d.copy())
d2 = deque(maxlen=2); d2.extend([1, 2, 3]); print(d2, d2.maxlen); d2.appendleft(0); print(d2)
print(d[0], d[-1], len(d), bool(d), 3 in d, list(reversed(d)), d + deque([0]), d * 1)
d[0] = 'x'; print(d); del d[0]; print(d)
try:
    d[10]
except IndexError:
    print('IndexError deque')
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, repr(OrderedDict()), repr(OrderedDict(a=1)))
dd = defaultdict(int, {'a': 1}); print(repr(dd), dd['b'], dict(dd), defaultdict(list).default_factory)
c = Counter('abracadabra'); print(c['a'], c['z'], c.most_common(2), sorted(c.elements())[:4], sorted(c.items()))
c.update('aaz'); c.subtract('b'); print(c['a'], c['b'], c['z'], sum(c.values()), c.total())
print(Counter(a=2) + Counter(a=1, b=1), Counter(a=3) - Counter(a=1, b=2), Counter({'x': 0}), dict(Counter(a=1)))
P = namedtuple('Point', ['x', 'y'])
print(repr(P(1, 2)), P.__name__, P._fields, P(x=1, y=2) < P(1, 3), isinstance(P(1, 2), tuple), P(*range(2)))
R = namedtuple('R', 'a, b c', rename=False) if True else 0
print(R(1, 2, 3), R._fields)
try:
    namedtuple('Bad', ['1x'])
except ValueError:
    print('ValueError field')
p = P(1, 2); print(p._asdict()['x'], type(p._asdict()).__name__ in ('dict', 'OrderedDict'), p.count(1), p.index(2), p + (3,), p * 2, p[::-1])
