# private name mangling inside classes
class A:
    __cls_private = 'a-private'
    def __init__(self):
        self.__x = 1
        self._y = 2
        self.__z__ = 3
    def get(self):
        return self.__x, self.__cls_private
    def __meth(self):
        return 'mangled method'
    def call(self):
        return self.__meth()
a = A()
print(a.get(), a.call(), sorted(k for k in vars(a)), hasattr(a, '__x'), a._A__x, A._A__cls_private)
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 'b'
    def getb(self):
        return self.__x
b = B()
print(b.get(), b.getb(), sorted(k for k in vars(b)))
class C:
    def f(self):
        __local = 5
        return __local
    def g(self):
        return getattr(self, '__hidden', 'not mangled in strings')
    __hidden = 1
print(C().f(), C().g(), C._C__hidden)
class _Under:
    def __m(self):
        return 'under'
    def m(self):
        return self.__m()
print(_Under().m(), hasattr(_Under, '_Under__m'))
class D:
    def __init__(self):
        self.__dict__['__raw'] = 1
    def get(self):
        try:
            return self.__raw
        except AttributeError:
            return 'AttributeError'
print(D().get())
