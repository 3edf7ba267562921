# complex(): numbers, pairs (each part may itself be complex), keywords,
# strings, and objects with __complex__ / __float__ / __index__.
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -1))
print(complex(1j), complex(1 + 2j, 3 + 4j), complex(1j, 1j), complex(0, 1j), complex(2, 0j))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(2 ** 70))
print(complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, -0.0))
for s in ['1', '1j', '-1j', 'j', '+j', '-j', '1+2j', '1-2j', ' 3.5-4.25J ', '(1+2j)', ' ( -1 ) ',
          '1e3+1e-3j', 'inf+nanj', '-infj', 'nan', 'Infinity-1j', '1_000+2_0j', '.5j', '5.j']:
    print(repr(s), complex(s))


class C:
    def __complex__(self):
        return 5 - 1j


class Fl:
    def __float__(self):
        return 2.5


class Ix:
    def __index__(self):
        return 7


print(complex(C()), complex(Fl()), complex(Ix()), complex(Fl(), Fl()), complex(C(), 1))
print(type(complex('1')) is complex, complex(1j) == 1j)
