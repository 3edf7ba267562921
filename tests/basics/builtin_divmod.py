# divmod()
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3), divmod(2 ** 80, 7))
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5, 0.5), divmod(True, 1))
for b in (0, 0.0):
    try:
        divmod(1, b)
    except ZeroDivisionError:
        print('ZeroDivisionError')
try:
    divmod('a', 1)
except TypeError:
    print('TypeError')
