# dir() of classes lists the data attributes their type provides: type's own
# (__name__, __mro__...), int.real..., BaseException's args and chaining.
class C:
    x = 1
    def f(self):
        pass
class D(C):
    pass
class S(int):
    pass
class E(Exception):
    pass
class M(type):
    pass
names = ['__name__', '__qualname__', '__bases__', '__base__', '__mro__', '__module__', '__dict__',
         '__abstractmethods__', '__annotations__', 'real', 'imag', 'numerator', 'denominator',
         'args', '__cause__', '__context__', '__suppress_context__', '__traceback__', 'x', 'f', 'mro']
for label, o in [('int', int), ('type', type), ('M', M), ('object()', object()), ('object', object),
                 ('C', C), ('C()', C()), ('D', D), ('S', S), ('S()', S(3)), ('E', E), ('E()', E(1)),
                 ('float', float), ('bool', bool), ('ValueError', ValueError), ('OSError()', OSError(1, 'x'))]:
    d = dir(o)
    print(label, [n for n in names if n in d], d == sorted(d))
print(sorted(set(dir(D)) - set(dir(object))))
print(sorted(set(dir(M)) - set(dir(type))))
# dir() runs no descriptor of the class
class Loud:
    def __get__(self, obj, cls):
        print('get called')
        return 1
class H:
    value = Loud()
    name = Loud()
print('value' in dir(H), 'name' in dir(H()))
