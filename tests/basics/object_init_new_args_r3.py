# object.__init__/__new__ reject extra arguments as CPython does
class B:
    def __init__(self, x):
        super().__init__(x)
try: B(1)
except TypeError as e: print(e)
class C:
    def __new__(cls, x):
        return super().__new__(cls, x)
try: C(1)
except TypeError as e: print(e)
class D:
    def __new__(cls, x):
        return super().__new__(cls)
    def __init__(self, x):
        super().__init__()
print(type(D(1)).__name__)
class E:
    def __init__(self, x):
        pass
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try: E(1)
except TypeError as e: print(e)
class F:
    def __init__(self, *a):
        object.__init__(self, *a)
try: F(1)
except TypeError as e: print(e)
class G:
    def __new__(cls, *a):
        o = object.__new__(cls)
        object.__init__(o, *a)
        return o
try: G(1)
except TypeError as e: print(e)
class A:
    pass
for fn in [lambda: A(1), lambda: object.__new__(A, 1), lambda: object.__init__(A(), 1), lambda: object(1)]:
    try:
        fn()
        print("no error")
    except TypeError as e:
        print(e)
class H:
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
print(H(1).x)
try:
    H(1, y=2)
except TypeError as e:
    print(e)
class Ex(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
print(Ex(1, 2).args)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
print(L([1, 2]))
