from collections import namedtuple, deque, OrderedDict, defaultdict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=5), p._asdict(), P._make([3, 4]), tuple(p), p == (1, 2), len(p), hash(p) == hash((1, 2)))
x, y = p; print(x, y)
Q = namedtuple('Q', ['a', 'b'], defaults=[9]) if True else 0
print(Q(1), Q(1, 2))
try:
    P(1)
except TypeError:
    print('TypeError missing')
try:
    p.x = 5
except AttributeError:
    print('AttributeError set')
class P3(namedtuple('P3', 'a b c')):
    def total(self):
        return self.a + self.b + self.c
print(P3(1, 2, 3).total(), isinstance(P3(1, 2, 3), tuple))
d = deque()
d.append(1); d.appendleft(0); d.extend([2, 3]); d.extendleft([-1, -2])
print(list(d), d.pop(), d.popleft(), len(d), d[0], d[-1], 1 in d, bool(deque()))
d.rotate(1)
print(list(d))
try:
    deque().pop()
except IndexError:
    print('IndexError pop')
dm = deque(range(10), maxlen=3); print(list(dm), dm.maxlen)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(sorted(dd.items()), dd.default_factory is list, 'c' in dd)
di = defaultdict(int)
for ch in 'abracadabra': di[ch] += 1
print(sorted(di.items()))
try:
    defaultdict()['x']
except KeyError:
    print('KeyError no factory')
od = OrderedDict(); od['z'] = 1; od['a'] = 2; od['m'] = 3
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abc'); od.move_to_end('a'); od.move_to_end('c', last=False); print(list(od))
