# pow() with two and three arguments
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(2, 100, 7), pow(-3, 3, 7), pow(3, 0, 1), pow(10, 20, 10 ** 9 + 7))
try:
    pow(2, 2, 1.5)
except TypeError:
    print('TypeError')
