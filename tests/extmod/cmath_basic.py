# cmath functions on ordinary values: results must agree to the last digit.
import cmath

vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.25j, -3 - 4j, 2.5, 7, 1e-10 + 1e-10j, 100 + 100j,
        -0.75 + 2j, 1e-300 + 1e-300j, 3 + 1e-20j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except ValueError:
            out.append('ValueError')
    print(name, ' '.join(out))
print(cmath.log(8, 2), cmath.log(1j, 2j), cmath.log(-1, 0.5), cmath.log(100, 10), cmath.log(0, 2))
print(cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.sqrt(2), cmath.exp(cmath.pi * 1j))
