# super() with no arguments: its first argument deleted, or no first
# argument at all (CPython's RuntimeError texts).
class A:
    def f(self):
        return 'A.f'


class B(A):
    def f(self, flag):
        if flag:
            del self
        try:
            return super().f()
        except RuntimeError as e:
            return 'RuntimeError: %s (context %s)' % (e, e.__context__)

    def rebound(self):
        self = B()
        return super().f()

    def captured(self):
        get = lambda: self
        del self
        try:
            super().f()
        except RuntimeError as e:
            print('captured:', e)

    def noargs():
        return super()

    def star(*args):
        return super()

    def nested(self):
        def inner():
            return super()
        return inner()

    def nested_arg(self):
        def inner(x):
            return super()
        return inner(1)


def show(f, *args):
    try:
        print('ok', f(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


b = B()
print(b.f(False))
print(b.f(True))
print(b.f(True))
print(b.rebound())
b.captured()
show(B.noargs)
show(b.star)
show(b.nested)
show(b.nested_arg)
show(lambda: super())
show(lambda x: super(), 1)


def plain():
    return super()


show(plain)
try:
    super()
except RuntimeError as e:
    print('module:', e)


class C:
    try:
        super()
    except RuntimeError as e:
        print('class body:', e)
