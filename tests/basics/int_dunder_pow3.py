print((3).__pow__(2, 5), (2).__rpow__(3, 5), (3).__pow__(2, None), (3).__pow__(2), (3).__pow__(2.0, 5), int.__pow__(2, 10, 1000), (True).__pow__(2, 5), (2).__pow__(True, 5))
class I(int): pass
print(I(3).__pow__(2, 5), (3).__pow__(-1, 7), (2.0).__pow__(3, None), (10**30).__pow__(10**5, 10**9 + 7), (3).__pow__(2, I(5)))
try:
    (3).__pow__(2, 0)
except ValueError:
    print('ValueError mod 0')
