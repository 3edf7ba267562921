# bin(), hex() and oct()
for v in (0, 1, -1, 7, 255, -255, 2 ** 32, 2 ** 70 + 3, -(2 ** 64)):
    print(bin(v), hex(v), oct(v))
class I:
    def __index__(self):
        return 10
print(bin(I()), hex(I()), oct(I()), bin(True))
try:
    hex(1.5)
except TypeError:
    print('TypeError')
