# PEP 560: __mro_entries__ on non-class bases of a class statement, and
# __orig_bases__.
class Entry:
    def __init__(self, *bases):
        self.bases = bases
    def __mro_entries__(self, bases):
        return self.bases

e = Entry(dict)
class X(e):
    pass
print(X.__bases__, X.__orig_bases__[0] is e, X.__mro__)
print(isinstance(X(), dict), X(a=1))

class Y(Entry(), int):
    pass
print(Y.__bases__, len(Y.__orig_bases__))

class Base:
    pass
class Z(Base, Entry(list, object)):
    pass
print(Z.__bases__, [c.__name__ for c in Z.__mro__])

class Plain(Base):
    pass
print('__orig_bases__' in Plain.__dict__)

class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class W(Bad()):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    type('V', (Entry(int),), {})
except TypeError as e:
    print('TypeError', e)

# a Generic-like alias: subscripting returns an object standing for the class
class Alias:
    def __init__(self, origin, args):
        self.origin, self.args = origin, args
    def __mro_entries__(self, bases):
        return (self.origin,)
class Box:
    def __class_getitem__(cls, item):
        return Alias(cls, item)
class IntBox(Box[int]):
    pass
print(IntBox.__bases__, IntBox.__orig_bases__[0].args, issubclass(IntBox, Box))

# the arguments seen by __mro_entries__
class Spy:
    def __mro_entries__(self, bases):
        print('bases seen:', len(bases), bases[0] is Base)
        return ()
class Q(Base, Spy()):
    pass
print(Q.__bases__)

# metaclass taken from the resolved bases
class M(type):
    pass
class WithMeta(metaclass=M):
    pass
class R(Entry(WithMeta)):
    pass
print(type(R).__name__)
