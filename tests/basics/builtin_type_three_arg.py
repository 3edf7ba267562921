# type(name, bases, dict)
def init(self, v):
    self.v = v
C = type('C', (), {'x': 1, '__init__': init, 'get': lambda self: self.v})
c = C(5)
print(C.__name__, C.x, c.get(), type(c) is C, C.__bases__, C.__mro__[-1] is object)
D = type('D', (C,), {'y': 2})
d = D(3)
print(D.__name__, d.get(), d.x, d.y, issubclass(D, C), D.__bases__[0] is C)
E = type('E', (int,), {})
print(E(5) + 1, isinstance(E(2), int))
for bad in ("type('X', 1, {})", "type('X', (), 1)", "type(1, (), {})", "type('X', ())"):
    try:
        eval(bad)
    except TypeError:
        print('TypeError', bad)
print(type(5), type('s'), type(type), type(object))
