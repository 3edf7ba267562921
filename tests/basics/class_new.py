# __new__ creates the instance; __init__ runs only on instances of the class
class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.from_new = True
        return inst
    def __init__(self, *args):
        print('init', args)
a = A(1, 2)
print(a.from_new)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never runs')
print(Other())
class B(A):
    pass
b = B('x')
print(type(b).__name__)
