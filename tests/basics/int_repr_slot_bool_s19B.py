# int.__repr__ applied to a bool is int's own repr ('1'); int.__str__ and
# float.__str__ are object's: repr() of the object, a subclass's __repr__
# included.
print(int.__repr__(True), int.__repr__(False), int.__str__(False), int.__str__(True))
print(repr(int.__format__(True, '')), int.__format__(True, 'd'), int.__format__(True, '>3'))
class F(float):
    def __repr__(self):
        return 'F!'
f = F(1.5)
print(float.__repr__(f), float.__str__(f), repr(f), str(f), format(f), '%s' % f, f'{f}')
class I(int):
    def __repr__(self):
        return 'I!'
i = I(7)
print(int.__repr__(i), int.__str__(i), repr(i), str(i), format(i), '%s %d' % (i, i), f'{i!r}')
class I2(int):
    def __str__(self):
        return 'I2s'
j = I2(3)
print(repr(j), str(j), format(j), f'{j}', '%s' % j, '{}'.format(j), int.__str__(j))
class L(list):
    def __repr__(self):
        return 'L!'
print(list.__repr__(L([1])), list.__str__(L([1])), str(L()), str.__str__('s'))
print(bool.__repr__(True), repr(True), str(True), format(True), f'{True:d}', True.__str__())
import enum
class E(enum.IntEnum):
    A = 1
print(int.__repr__(E.A), format(E.A), str(E.A), repr(E.A))
