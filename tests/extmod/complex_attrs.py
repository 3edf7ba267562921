# Attributes and methods of complex, bool/abs, and subclasses.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, abs(z), bool(z), bool(0j), bool(-0j))
print((1j).conjugate(), (0j).conjugate(), (-1 - 1j).conjugate(), z.__complex__())
print((1 + 2j).real.is_integer(), hasattr(z, 'imag'), isinstance(z, complex))
try:
    z.real = 5
except AttributeError:
    print('AttributeError')
print(abs(complex(float('inf'), 1)), abs(complex(float('nan'), 1)), abs(1e300 + 1e300j))


class MyC(complex):
    def mag(self):
        return abs(self)


m = MyC(3, 4)
print(m, m.real, m.imag, m.mag(), m + 1, m * 1j, m == 3 + 4j, isinstance(m, complex))
