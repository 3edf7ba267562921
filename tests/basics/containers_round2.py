data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, key=lambda t: t[1], reverse=True), sorted(data, reverse=True))
l = list(data); l.sort(key=lambda t: -t[0]); print(l)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True), max(words, key=len), min(words, key=len))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted('cab'), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0]))
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError sort')
d = {}
for k in 'abcde': d[k] = ord(k)
del d['b']; d['b'] = 0; del d['a']; d['f'] = 1; d['c'] = 99
print(d, list(d), list(d.values()), list(d.items()))
d.pop('d'); d.setdefault('a', -1); d.update([('z', 26)], y=25); print(d, d.popitem(), d)
print(list({**{'x': 1, 'y': 2}, 'x': 3}), dict.fromkeys('aba', 0), dict(zip('ab', [1, 2])), {1: 1} | {2: 2}, {'a': 1} == {'a': 1.0})
d2 = dict(d); d2 |= {'new': 1}; print(d2, 'new' in d)
for _ in range(3):
    for k in list(d): del d[k]
    for i in range(50): d[i] = i
print(list(d)[:5], len(d))
s, fs = {1, 2, 3}, frozenset({2, 3, 4})
dk = {3: 'x', 5: 'y'}.keys()
print(s | fs, s & fs, s - fs, s ^ fs, fs | s, fs & s, type(fs | s).__name__, type(s | fs).__name__)
print(s & dk, dk & s, dk | {9}, dk - {3}, dk ^ {5, 6}, {3, 5} == dk, dk == {3, 5}, dk <= {3, 5, 7}, dk.isdisjoint({1}))
print({'a': 1}.items() & {('a', 1), ('b', 2)}, sorted({'a': 1}.items() | {('c', 3)}))
print(s.union([5], (6,)), s.intersection(fs, {3}), s.difference([1], [2]), s.symmetric_difference(fs), s.issubset(range(10)), s.issuperset([1]), fs.isdisjoint(s))
s2 = set(s); s2 |= fs; s2 -= {1}; s2 &= {2, 3, 4, 9}; s2 ^= {4, 7}; print(sorted(s2))
print(frozenset() == set(), {frozenset({1})}, set() < {1}, {1, 2} > {1}, {1} <= {1}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    s | [1]
except TypeError:
    print('TypeError set|list')
L = list(range(10))
L[2:5] = ['a']; print(L)
L[::3] = 'xyz'; print(L)
L[-2:] = []; print(L)
L[len(L):] = [8, 9]; print(L)
L[:0] = (0,); print(L)
L[1:1] = range(2); print(L)
L[5:2] = ['rev']; print(L)
L[::-2] = [None] * len(L[::-2]); print(L)
del L[::2]; print(L)
del L[-2:100]; print(L)
L[100:200] = [1]; print(L)
L[-100:1] = []; print(L)
try:
    L[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError:
    print('ValueError extended slice assign')
L2 = [1, 2, 3]; L2[:] = L2; print(L2); L2[1:] = L2; print(L2)
L3 = list(range(6)); L3[1:5:2] = iter('ab'); print(L3)
t = (1, 2, 3, 4); print(t[::-1], t[1:-1], t[-10:10:3], t[3:0:-2])
print([1, 2] * 2, [[0]] * 2, [] * 5, [1] * -3, (1,) * 3, list(range(10))[slice(2, 8, 3)])
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a'); print(list(od))
dq = collections.deque([1, 2, 3], 3); dq.append(4); dq.appendleft(0); print(list(dq))
