# User classes built on the collections.abc ABCs: abstract checks and the
# mixin methods of Mapping, MutableMapping, Sequence, MutableSequence, Set,
# MutableSet and the views.
import collections.abc as cabc

for name in ('Sized', 'Iterable', 'Mapping', 'MutableSequence', 'Set', 'Hashable', 'Generator'):
    try:
        getattr(cabc, name)()
    except TypeError as e:
        print(name, 'TypeError', e)
print(sorted(cabc.MutableMapping.__abstractmethods__))
print(sorted(cabc.MappingView.__abstractmethods__), sorted(cabc.ByteString.__abstractmethods__))


class Partial(cabc.Sequence):
    def __len__(self):
        return 0


try:
    Partial()
except TypeError as e:
    print('TypeError', e)


class Store(cabc.MutableMapping):
    def __init__(self, *args, **kw):
        self.data = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return 'Store(%r)' % sorted(self.data.items())


s = Store([('a', 1)], b=2)
print(len(s), s['a'], s.get('b'), s.get('z'), s.get('z', 0), 'a' in s, 'z' in s)
print(list(s.keys()), list(s.values()), list(s.items()))
print(s.keys(), s.items().__class__.__name__, len(s.values()))
print(('a', 1) in s.items(), ('a', 2) in s.items(), ('q', 1) in s.items(), 2 in s.values(), 'b' in s.keys())
print(s.keys() & {'a', 'x'}, sorted(s.keys() | {'x'}), s.keys() - {'a'}, sorted(s.keys() ^ {'a', 'q'}))
print(s.keys() == {'a', 'b'}, s.keys() <= {'a', 'b', 'c'}, s.keys() < {'a'}, s.items() == {('a', 1), ('b', 2)})
print(s == {'a': 1, 'b': 2}, s == {'a': 1}, s != {'a': 1, 'b': 2}, s == Store(a=1, b=2), s == [1])
print(s.setdefault('c', 3), s.setdefault('a', 9), s.pop('c'), s.pop('zz', 'dflt'))
try:
    s.pop('zz')
except KeyError as e:
    print('KeyError', e)
s.update({'x': 10})
s.update(Store(y=11))
s.update([('z', 12)], w=13)


class KeysOnly:
    def keys(self):
        return ['k']

    def __getitem__(self, k):
        return k * 2


s.update(KeysOnly())
print(sorted(s.items()))
print(s.popitem(), len(s))
s.clear()
print(len(s), list(s))
try:
    s.popitem()
except KeyError:
    print('popitem KeyError')
print(isinstance(s, cabc.Mapping), isinstance(s, dict), s.__reversed__ is None)
try:
    hash(s)
except TypeError:
    print('unhashable mapping')


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


q = Seq(1, 2, 3, 2, float('nan'))
print(list(q), list(reversed(q)), 2 in q, 7 in q, q.count(2), q.index(2), q.index(2, 2))
print(q.index(3, -3), q.index(2, 0, 2))
print(q.index(2, -100), q.index(2, 2, 100), q.index(1, 0))
try: q.index(1, None)
except TypeError as e: print('TypeError')
for args in ((7,), (2, 4), (1, 1, 3), (3, 0, -3), (1, 10), (1, -100, -5), (2, 3, 1)):
    try:
        q.index(*args)
    except ValueError as e:
        print('ValueError', args, repr(str(e)))
nan = q[4]
print(nan in q, q.count(nan), isinstance(q, cabc.Reversible), isinstance(q, cabc.MutableSequence))


class MSeq(cabc.MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return 'MSeq%r' % (self.items,)


m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m += (5,)
print(m, m.pop(), m.pop(0), m)
m.reverse()
print(m)
m.remove(3)
print(m)
m.extend(m)
print(m)
try:
    m.remove(99)
except ValueError:
    print('remove ValueError')
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError:
    print('pop IndexError')


class S(cabc.Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'S(%r)' % sorted(self.items)


a = S([1, 2, 3])
b = S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a & [3, 9], [3, 9] & a)
print({1, 5} - a, a - {1}, {2} | a, {1, 9} ^ a)
print(a == S([3, 2, 1]), a == {1, 2, 3}, a != b, a < S([1, 2, 3, 4]), a <= a, a > S([1]), a >= b)
print(a.isdisjoint([7, 8]), a.isdisjoint(b), a == [1, 2, 3], a._hash() == S([3, 1, 2])._hash())
print(a.__eq__(5), a.__le__(5), a.__and__(5))
try:
    hash(a)
except TypeError:
    print('unhashable set')


class MS(S, cabc.MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


t = MS([1, 2])
t.add(3)
t.discard(7)
t.remove(1)
print(t)
try:
    t.remove(1)
except KeyError as e:
    print('KeyError', e)
t |= [5, 6]
print(t)
t &= {2, 5, 9}
print(t)
t ^= [5, 7]
print(t)
t -= {7}
print(t)
print(t.pop() in (2,), t)
t.clear()
print(t)
try:
    t.pop()
except KeyError:
    print('pop KeyError')
t.add(4)
t ^= t
print(t)
t.add(5)
t -= t
print(t)
