# match sequence/mapping patterns on classes registered with
# collections.abc.Sequence/Mapping after their creation
import collections.abc


def kind(x):
    match x:
        case {}:
            return 'mapping'
        case [*_]:
            return 'sequence'
        case _:
            return 'other'


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 10


class SubSeq(Seq):
    pass


print(kind(Seq()), kind(SubSeq()))
collections.abc.Sequence.register(Seq)
print(kind(Seq()), kind(SubSeq()))


class SubSeq2(Seq):
    pass


print(kind(SubSeq2()))
match Seq():
    case [a, b]:
        print('two', a, b)
    case _:
        print('no')


class Map:
    def __getitem__(self, k):
        return k * 2

    def get(self, k, default=None):
        return k * 2 if k != 'missing' else default

    def __iter__(self):
        return iter(['x'])

    def __len__(self):
        return 1


print(kind(Map()))
collections.abc.Mapping.register(Map)
print(kind(Map()))
match Map():
    case {'a': v}:
        print('a ->', v)


# str/bytes/bytearray (and their subclasses) never match a sequence pattern
class S(str):
    pass


class B(bytes):
    pass


collections.abc.Sequence.register(S)
collections.abc.MutableSequence.register(B)
for x in ('ab', b'ab', bytearray(b'ab'), S('ab'), B(b'ab')):
    print(type(x).__name__, kind(x))


# a later registration wins, as CPython's type flags
class Both:
    pass


collections.abc.Sequence.register(Both)
collections.abc.Mapping.register(Both)
print(kind(Both()))
print(kind([1]), kind((1,)), kind({}), kind(range(2)))


class X(str, collections.abc.Sequence):
    pass


class Y(bytearray):
    pass


collections.abc.MutableSequence.register(Y)
print(kind(X('a')), kind(Y(b'a')))


# `[*_]` needs no len()
class NoLen:
    pass


collections.abc.Sequence.register(NoLen)
print(kind(NoLen()))
