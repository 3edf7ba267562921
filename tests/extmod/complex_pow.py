# Powers: integral exponents by repeated multiplication, others in polar
# form, and a negative real base to a fractional power gives a complex.
print((1 + 2j) ** 2, (1 + 2j) ** 3, (1 + 2j) ** -1, (1 + 2j) ** -2, (1 + 2j) ** 0)
print(1j ** 2, 1j ** 3, 1j ** 4, (2 + 0j) ** 10, 1j ** 101)
print((1 + 2j) ** 0.5, (1 + 2j) ** 1j, 2 ** 1j, 2.0 ** (1 + 1j), 1j ** 1j, pow(1j, 2))
print(0j ** 0, 0j ** 2, 0j ** 0.5, (3 + 4j) ** 2.0)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, (-2.5) ** 1.5, (-1) ** -0.5)
print((-8) ** 2, (-8.0) ** -2, (-2) ** 3.0)
inf = float('inf')
for base, exp in [(0j, -1), (0j, -1.5), (0j, 1j), (0.0j, -2 + 0j), (1e-200j, -2), (1 + 1j, complex(inf, 0)),
                  (2 + 0j, complex(0, inf)), (-2.5, complex(1, inf))]:
    try:
        print(base ** exp)
    except ZeroDivisionError:
        print('ZeroDivisionError', base, exp)
for base, exp in [(1e200 + 1e200j, 2), (10 + 0j, 400.5), (complex(inf, 1), 2)]:
    try:
        print(base ** exp)
    except OverflowError:
        print('OverflowError', base, exp)
print((2 + 0j) ** complex(-inf, 0), (0.5 + 0j) ** complex(inf, 0), (1 + 1j) ** float('nan'), 1j ** 1e20)
