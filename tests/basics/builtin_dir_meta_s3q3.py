# dir() looks __dir__ up on type(obj): for a class, its metaclass
class M(type):
    def __dir__(cls):
        return ['meta', 'b', 'a']


class A(metaclass=M):
    def __dir__(self):
        return ['inst', 'z', 'y']


print(dir(A), dir(A()))


class B:
    def __dir__(self):
        return ['q', 'p']


print(dir(B()), 'q' in dir(B), '__dir__' in dir(B))


class Sub(A):
    pass


print(dir(Sub), dir(Sub()))


# a descriptor as __dir__
class Hook:
    def __get__(self, obj, owner=None):
        return lambda: ['from_hook']


class C:
    __dir__ = Hook()


print(dir(C()))
print('x' in dir(type('T', (), {'x': 1})))
