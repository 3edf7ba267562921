# float special values in arithmetic
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float('inf'), [nan] == [nan])
print(max(1.0, inf), min(-inf, 0.0), abs(-inf), -(-0.0), abs(-0.0))
print(0.0 == -0.0, str(-0.0 + 0.0), str(0.0 * -1))
try:
    1.0 / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    1.0 // 0.0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    1.0 % 0.0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print('ZeroDivisionError')
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(7.5 % -2, -7.5 % 2, 5.0 // 0.3, -1e-20 % 1.0 == 1.0)
print(inf % 3.0, 3.0 % inf, -3.0 % inf, 3.0 // inf)
try:
    print(0.0 ** -1)
except ZeroDivisionError:
    print('ZeroDivisionError')
print(2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 2, 10.0 ** -2, 1.0 ** nan, nan ** 0)
try:
    print(10.0 ** 400)
except OverflowError:
    print('OverflowError')
print(1e308 * 10, -1e308 * 10)
