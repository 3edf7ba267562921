# isinstance with classes and tuples of classes
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(isinstance(1, (str, (float, int))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance('s', str), isinstance(b's', bytes), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(int, type))
try:
    isinstance(1, 'int')
except TypeError:
    print('TypeError')
