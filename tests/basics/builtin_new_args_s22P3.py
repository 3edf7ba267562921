# The mutable containers' __new__ ignores its arguments (__init__ fills the
# object); the value types' __new__ uses them; object.__new__(object, x)
# refuses them.


def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)


class L(list):
    pass


class L2(list):
    def __init__(self, x):
        pass


class L3(list):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class D3(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)


class BA(bytearray):
    pass


show(lambda: list.__new__(list, [1]))
show(lambda: list.__new__(list, 1, 2, x=3))
show(lambda: dict.__new__(dict, [1]))
show(lambda: dict.__new__(dict, x=3))
show(lambda: set.__new__(set, 1))
show(lambda: bytearray.__new__(bytearray, [1]))
show(lambda: bytearray.__new__(BA, 5))
show(lambda: list.__new__(L, [1]))
show(lambda: type(list.__new__(L, [1])).__name__)
show(lambda: L2([1]))
show(lambda: L3([1, 2]))
show(lambda: D3([(1, 2)], x=1))
show(lambda: tuple.__new__(tuple, [1]))
show(lambda: frozenset.__new__(frozenset, [1]))
show(lambda: str.__new__(str, [1]))
show(lambda: int.__new__(int, '5'))
show(lambda: object.__new__(object, [1]))
show(lambda: object.__new__(object, x=1))
show(lambda: type(object.__new__(object)).__name__)
try:
    import collections
    show(lambda: collections.deque.__new__(collections.deque, [1]))
    show(lambda: collections.OrderedDict.__new__(collections.OrderedDict, [1]))
    show(lambda: collections.Counter.__new__(collections.Counter, 'ab'))
except ImportError:
    print('deque([])')
    print('OrderedDict()')
    print('Counter()')
