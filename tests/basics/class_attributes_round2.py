class C:
    x = 1
    def m(self): return 'm'
c = C()
c.x = 2; print(c.x, C.x); del c.x; print(c.x)
try:
    del c.x
except AttributeError:
    print('AttributeError del')
C.x = 5; print(c.x); C.m = lambda self: 'patched'; print(c.m())
C.new = staticmethod(lambda: 'static'); print(c.new(), C.new())
del C.x
try:
    c.x
except AttributeError:
    print('AttributeError after del class attr')
print('m' in C.__dict__, C.__dict__['m'](c))
setattr(C, 'z', 9); print(getattr(c, 'z'), hasattr(C, 'z')); delattr(C, 'z'); print(hasattr(c, 'z'))
c.__dict__['direct'] = 'd'; print(c.direct, vars(c))
c.__dict__.clear(); print(vars(c))
def bound_later(self, k): return ('bl', k)
C.bl = bound_later; print(c.bl(3), C.bl(c, 4))
print(C.m.__name__, c.m.__self__ is c, c.m.__func__ is C.__dict__['m'])
class D:
    count = 0
    def __init__(self):
        D.count += 1
        self.count = D.count * 10
D(); d = D(); print(D.count, d.count)
class E:
    items = []
    def add(self, v): self.items.append(v)
e1, e2 = E(), E(); e1.add(1); e2.add(2); print(E.items, e1.items is e2.items)
class F:
    __private = 'p'
    def get(self): return self.__private
print(F().get(), F._F__private, hasattr(F, '__private'))
class G:
    def __init__(self): self.__x = 1
g = G(); print(sorted(vars(g)))
class H:
    a = 1
    b = a + 1
    # a comprehension does not see class-body names
    try: c = [a * i for i in range(3)]
    except NameError as e: c = str(e)
    del a
print(H.b, hasattr(H, 'a'), H.c)
