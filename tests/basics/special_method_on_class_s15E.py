# Special methods are looked up on the type of the object: a class passed to
# round(), math.floor() & co. is an instance of type, so its own __round__ or
# __floor__ (an unbound function) must not be called.
import math
import sys


class C:
    def __round__(self, n=None):
        return "round", n

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __trunc__(self):
        return "trunc"

    def __sizeof__(self):
        return 10


class Meta(type):
    def __round__(cls, n=None):
        return "meta round", n

    def __floor__(cls):
        return "meta floor"


class W(metaclass=Meta):
    pass


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


show(lambda: round(int))
show(lambda: round(int, 5))
show(lambda: round(float, 0))
show(lambda: round(C))
show(lambda: round(C, 1))
show(lambda: math.floor(C))
show(lambda: math.ceil(int))
show(lambda: math.trunc(float))
show(lambda: math.floor(C))
# instances and metaclasses still find theirs
show(lambda: round(C()))
show(lambda: round(C(), 2))
show(lambda: (math.floor(C()), math.ceil(C()), math.trunc(C())))
show(lambda: round(W))
show(lambda: math.floor(W))
show(lambda: (round(2.5), round(7, -1), math.floor(-1.5), math.ceil(True)))
# sys.getsizeof of a class is object.__sizeof__'s answer, not a call of the
# class's own unbound __sizeof__
print(sys.getsizeof(C) > 0, sys.getsizeof(int) > 0, sys.getsizeof(C()) >= 10)
# nor is list.__reversed__ reversed()'s for the class list
show(lambda: reversed(list))
show(lambda: list(reversed([1, 2])))
