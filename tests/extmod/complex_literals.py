# Imaginary literals in all their spellings, and the values they make.
print(1j, 2J, 1.5j, .5j, 5.j, 1e3j, 1E-3j, 1_000j, 0j, 00j, 0.0j)
print(type(1j).__name__, (1j).real, (1j).imag, (2.5j).imag)
print(-1j, +1j, 1 + 2j, 1 - 2j, -1 - 2j, 3 + 0j, 1e300j * 1e300j)
x = 10j
print(x, x * x, [1j, 2j], (1j,), {'k': 3j})
print(eval('4j'), eval('1+1j'))
