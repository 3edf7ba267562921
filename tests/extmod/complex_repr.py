# repr/str of complex numbers: parentheses, signs, signed zeros, inf and nan.
inf = float('inf')
nan = float('nan')
vals = [0j, -0j, 1j, -1j, 1 + 1j, 1 - 1j, 0.5 + 0.25j, 1e16 + 1e-7j, 1e22 + 1j,
        123456789.125 - 0.1j, 2 ** 60 + 1j]
for v in vals:
    print(repr(v), str(v))
c = type(1j)
for re_ in [0.0, -0.0, 1.0, inf, -inf, nan]:
    print([repr(c(re_, im)) for im in [0.0, -0.0, 2.0, -2.0, inf, -inf, nan, -nan]])
print('%s %r' % (1 + 2j, 3j), '{} {!r}'.format(1 - 2j, -1j), f'{2j}', str([1j, -0j]))
