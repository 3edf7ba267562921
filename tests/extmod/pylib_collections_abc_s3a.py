# collections.abc ABCs (lib/_collections_abc.py until collections.abc can
# import it): structural checks, registered built-ins, mixin methods.
try:
    import collections.abc as cabc
except ImportError:
    import _collections_abc as cabc

names = ['Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
         'Collection', 'Callable', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence',
         'MutableSequence', 'ByteString', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
         'AsyncGenerator', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView']


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
samples = [1, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]),
           gen(), c, agen(), len, {}.keys(), {}.items(), {}.values(), None, memoryview(b'')]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(cabc, n))])
# (dict_keys/dict_items are left out of the Hashable check: their type's
# __dict__ lacks '__hash__': None here, see /work/brief/s3/bugs.md)
print([type(s).__name__ for s in samples if isinstance(s, cabc.Hashable)
       and type(s).__name__ not in ('dict_keys', 'dict_items')])
c.close()
print(repr(cabc.Mapping), cabc.Sequence.__module__, cabc.Sized.__name__)
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__),
      sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.MutableSet.__abstractmethods__),
      sorted(cabc.Generator.__abstractmethods__), sorted(cabc.AsyncGenerator.__abstractmethods__))


class Unhashable:
    __hash__ = None


class OnlyLen:
    def __len__(self):
        return 0


print(issubclass(Unhashable, cabc.Hashable), issubclass(OnlyLen, cabc.Sized),
      issubclass(OnlyLen, cabc.Collection), issubclass(OnlyLen, cabc.Iterable))


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, list(reversed(s)), s.index(1), s.index(1, 2), s.count(1), s.index(5, -2))
try:
    s.index(9)
except ValueError:
    print('ValueError')


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


m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(m.items, m.pop(), m.pop(0), m.items)
m.remove(3)
print(m.items)
m.clear()
print(m.items, isinstance(m, cabc.MutableSequence))


class Map(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mp = Map()
mp.update({'a': 1}, b=2)
mp.update([('c', 3)])
print(sorted(mp.items()), list(mp.keys()), list(mp.values()), 'a' in mp, 'z' in mp, mp.get('z', 0))
print(mp.setdefault('d', 4), mp.setdefault('a', 9), mp.pop('d'), mp.pop('zz', 'dflt'), len(mp))
print(mp == {'a': 1, 'b': 2, 'c': 3}, mp.keys() & {'a', 'x'}, ('a', 1) in mp.items(), 2 in mp.values())
print(repr(mp.keys())[:9], mp.popitem(), len(mp))
mp.clear()
print(len(mp))
try:
    mp.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    mp.popitem()
except KeyError:
    print('KeyError on empty popitem')


class S(cabc.MutableSet):
    def __init__(self, it=()):
        self.data = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def add(self, x):
        if x not in self.data:
            self.data.append(x)

    def discard(self, x):
        if x in self.data:
            self.data.remove(x)


a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, S([2]) < a, a == S([3, 2, 1]))
print(a.isdisjoint([7, 8]), a.isdisjoint([3]), sorted(a - [1]), sorted([5, 1] - a))
a |= [9]
a &= [1, 2, 9]
a ^= [2, 10]
a -= [10]
print(sorted(a), a.pop() in (1, 9), len(a))
a.remove(next(iter(a)))
try:
    a.remove(42)
except KeyError:
    print('KeyError remove')
print(type(a & b).__name__, type(mp.keys() | {'q'}).__name__)
try:
    cabc.Sequence()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(MyIter(), cabc.Iterator), isinstance(MyIter(), cabc.Iterable), issubclass(MyIter, cabc.Generator))


class G(cabc.Generator):
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        raise StopIteration


g = G()
print(list(g), g.close())
