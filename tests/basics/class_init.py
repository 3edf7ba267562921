# __init__ runs after the instance is created and must return None
class A:
    def __init__(self, a, b=2, *rest, **kw):
        self.args = (a, b, rest, kw)
print(A(1).args, A(1, 3, 4, k=5).args)
class NoInit:
    pass
print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError:
    print('TypeError: object() takes no arguments')
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError:
    print('TypeError: __init__ returned non-None')
class Child(A):
    def __init__(self):
        super().__init__('child')
print(Child().args)
