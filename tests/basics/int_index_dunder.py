# objects with __index__ and __int__ used where ints are needed
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class J:
    def __int__(self):
        return 42
print([10, 20, 30][I(1)])
print('abcdef'[I(1):I(4)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(range(I(3)))
print(list(range(I(1), I(7), I(2))))
print(int(J()))
print(int(I(9)))
try:
    [1, 2][J()]
except TypeError:
    print('TypeError')
print([1] * I(3))
print(b'ab' * I(2))
print((1, 2) * I(2))
import sys
try:
    hex(J())
except TypeError:
    print('TypeError')
print(operator_index := I(4).__index__())
