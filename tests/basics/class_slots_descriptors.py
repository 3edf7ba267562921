# data vs non-data descriptor precedence and __set_name__
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata'
class Data:
    def __get__(self, obj, typ=None):
        return 'data'
    def __set__(self, obj, val):
        print('Data.__set__', val)
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return 'named:' + self.name
class C:
    nd = NonData()
    d = Data()
    n = Named()
c = C()
print(c.nd, c.d, c.n, C.nd, C.d, type(C.n).__name__)
c.__dict__['nd'] = 'inst'
c.__dict__['d'] = 'inst'
print(c.nd, c.d)
c.d = 5
c.nd = 6
print(c.nd, c.d, sorted(c.__dict__))
class D:
    def __delete__(self, obj):
        print('D.__delete__')
    def __get__(self, obj, typ=None):
        return 1
class E:
    x = D()
e = E()
del e.x
print(e.x)
