# __slots__ names are member descriptors in the class namespace.
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1

print(S.a, type(S.a).__name__, S.b.__name__, S.a.__objclass__ is S)
print(sorted(k for k in S.__dict__ if not k.startswith('__')))
print('a' in S.__dict__, S.__dict__['a'] is S.a)
s = S()
print(s.a, S.a.__get__(s, S), S.a.__get__(None, S) is S.a)
try:
    s.b
except AttributeError as e:
    print('AttributeError', e)
S.b.__set__(s, 10)
print(s.b)
S.b.__delete__(s)
print(hasattr(s, 'b'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    S.a.__get__(5, int)
except TypeError as e:
    print('TypeError')

class One:
    __slots__ = 'x'
print(One.x, list(k for k in One.__dict__ if k == 'x'))

class Sub(S):
    __slots__ = ('c',)
x = Sub()
print(Sub.c, Sub.a, 'a' in Sub.__dict__, 'c' in Sub.__dict__)
x.c = 5
print(x.a, x.c)

class WithGetattr(S):
    def __getattr__(self, name):
        return 'fallback ' + name
w = WithGetattr()
print(w.b, w.a, w.zz)

class WithDict:
    __slots__ = ('p', '__dict__')
o = WithDict()
o.p = 1
o.q = 2
print(WithDict.p, o.p, o.q, o.__dict__['q'])
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)
