# divmod(a, b) where type(b) subclasses type(a) and defines its own __rdivmod__:
# the reflected method goes first, as for the other binary operators.
class B(int):
    def __rdivmod__(self, other):
        print('B.__rdivmod__')
        return 'rdivmod'
class N(int):
    def __rdivmod__(self, other):
        print('N.__rdivmod__')
        return NotImplemented
class P(int):
    pass
class A:
    def __divmod__(self, other):
        print('A.__divmod__')
        return NotImplemented
    def __rdivmod__(self, other):
        print('A.__rdivmod__')
        return 'A.r'
class A2(A):
    def __rdivmod__(self, other):
        print('A2.__rdivmod__')
        return 'A2.r'
class A3(A):
    pass
class F(float):
    def __rdivmod__(self, other):
        return 'F.r'
class R:
    def __rdivmod__(self, other):
        return 'R.r'
print(divmod(7, B(2)))
print(divmod(B(7), B(2)))
print(divmod(B(7), 2))
print(divmod(7, N(2)))
print(divmod(7, P(2)))
print(divmod(A(), A2()))
print(divmod(A(), A3()))
try:
    print(divmod(A(), A()))
except TypeError as e:
    print(e)
print(divmod(7.5, F(2)), divmod(7, F(2)))
print(divmod(7, R()), divmod(B(7), R()))
try:
    divmod(7, 'x')
except TypeError as e:
    print(e)
