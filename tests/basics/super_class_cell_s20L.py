# super() with no arguments in a method that rebinds __class__ (or where the
# call is not the plain name) reads the frame: errors as CPython words them.
class A:
    def f(self):
        nonlocal __class__
        __class__ = 1
        return super()
try:
    A().f()
except Exception as e:
    print(type(e).__name__, e)
class B:
    def f(self):
        nonlocal __class__
        __class__ = 1
        return super().f
try:
    B().f()
except Exception as e:
    print(type(e).__name__, e)
class C:
    def f(self):
        nonlocal __class__
        del __class__
        return super()
try:
    C().f()
except Exception as e:
    print(type(e).__name__, e)
class D:
    def f(self):
        return super()
print(type(D().f()).__name__)
class E:
    def f(self):
        nonlocal __class__
        __class__ = D
        return super()
try:
    E().f()
except Exception as e:
    print(type(e).__name__, e)
def g():
    return super()
try:
    g()
except Exception as e:
    print(type(e).__name__, e)
class F:
    def f():
        return super()
try:
    F.f()
except Exception as e:
    print(type(e).__name__, e)
class A:
    def f(self): return 'A'
class B(A):
    def f(self):
        s = super
        return s().f() + 'B'
    def g(self):
        def inner():
            return super()
        try:
            inner()
        except RuntimeError as e:
            print('RE', e)
        return __class__
    def h(*a):
        try:
            super()
        except RuntimeError as e:
            print('RE', e)
    def k(self):
        x = self
        del self
        try:
            super()
        except RuntimeError as e:
            print('RE', e)
    def m(self):
        self = 5
        try:
            super()
        except TypeError as e:
            print('TE')
print(B().f())
print(B().g() is B)
B().h()
B().k()
B().m()
def outside(x):
    try:
        super()
    except RuntimeError as e:
        print('RE', e)
outside(1)
