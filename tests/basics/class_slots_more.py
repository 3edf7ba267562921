# __slots__ details: inheritance, __dict__ in slots, conflicts, properties, vars()
class A:
    __slots__ = ['a']
class B(A):
    __slots__ = ('b',)
b = B()
b.a = 1
b.b = 2
print(b.a, b.b)
for name in ('c', '__dict__'):
    try:
        setattr(b, name, 3)
    except AttributeError:
        print('AttributeError', name)
try:
    vars(b)
except TypeError:
    print('TypeError vars')
class WithDict:
    __slots__ = ('x', '__dict__')
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, 'y' in vars(w))
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError:
    print('ValueError conflict')
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'ok'
print(s.only)
try:
    s.other = 1
except AttributeError:
    print('AttributeError single')
class Prop:
    __slots__ = ('_v',)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
p = Prop()
p.v = 4
print(p.v)
try:
    del p.nothing
except AttributeError:
    print('AttributeError del')
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError:
    print('AttributeError empty')
class Free(Empty):
    pass
f = Free()
f.x = 1
print(f.x, vars(f))
try:
    class BadItem:
        __slots__ = (1,)
except TypeError:
    print('TypeError item')
