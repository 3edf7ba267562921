# Powers: integral exponents by repeated multiplication, others in polar
# form, and a negative real base to a fractional power gives a complex.
print((1 + 2j) ** 2, (1 + 2j) ** 3, (1 + 2j) ** -1, (1 + 2j) ** -2, (1 + 2j) ** 0)
print(1j ** 2, 1j ** 3, 1j ** 4, (2 + 0j) ** 10, 1j ** 101)
print((1 + 2j) ** 0.5, (1 + 2j) ** 1j, 2 ** 1j, 2.0 ** (1 + 1j), 1j ** 1j, pow(1j, 2))
print(0j ** 0, 0j ** 2, 0j ** 0.5, (3 + 4j) ** 2.0)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, (-2.5) ** 1.5, (-1) ** -0.5)
print((-8) ** 2, (-8.0) ** -2, (-2) ** 3.0)
for base, exp in [(0j, -1), (0j, -1.5), (0j, 1j), (0.0j, -2 + 0j)]:
    try:
        print(base ** exp)
    except ZeroDivisionError:
        print('ZeroDivisionError', base, exp)
try:
    (1e200 + 1e200j) ** 2
except OverflowError:
    print('OverflowError')
