# __new__ semantics
class A:
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('A.__init__', args)
A(1, 2)
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(B())
class Other:
    def __init__(self):
        print('Other init not called')
class C:
    def __new__(cls):
        return Other.__new__(Other)
print(type(C()).__name__)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
s = S('abc')
print(s, type(s).__name__, s + 'd', isinstance(s, str), len(s))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(21), I(21) + 0, type(I(1)).__name__)
try:
    object.__new__(5)
except TypeError:
    print('TypeError')
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError:
    print('TypeError')
