# abs()
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-(2 ** 80)))
print(abs(float('-inf')), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
class A:
    def __abs__(self):
        return 'custom'
print(abs(A()))
try:
    abs('x')
except TypeError:
    print('TypeError')
