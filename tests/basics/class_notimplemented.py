# NotImplemented from both sides gives TypeError (or identity for ==)
class A:
    def __lt__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
a = A()
try:
    a < a
except TypeError:
    print('TypeError <')
try:
    a + 1
except TypeError:
    print('TypeError +')
print(a == a, a == A(), a != A())
class Num:
    def __add__(self, o):
        if isinstance(o, int):
            return 'Num+int'
        return NotImplemented
    def __radd__(self, o):
        return 'radd ' + type(o).__name__
print(Num() + 1, 1 + Num(), 'x' + Num())
try:
    Num() + Num()
except TypeError:
    print('TypeError: same type, __radd__ not tried')
print(NotImplemented is NotImplemented, type(NotImplemented).__name__)
