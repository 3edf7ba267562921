# divmod on ints, big ints and floats
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2 ** 70, 3), (-(2 ** 70), 2 ** 35 + 1),
             (10 ** 40, -(10 ** 15))]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
