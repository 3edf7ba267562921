# Arithmetic of complex with complex, int, float and bool, both ways round.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 1.5, 1.5 + a, a - 0.5, 0.5 - a, a * 0.5, 0.5 * a, a / 0.5, 0.5 / a)
print(a + True, False - a, a * True, -a, +a, abs(b), abs(-3j), abs(1 + 1j))
print(0 - 1j, 0.0 - 0j, -(0j), 1j * 1j, (1 + 1j) * (1 - 1j), 1e308j * 10)
x = 2 + 3j
x += 1
x -= 1j
x *= 2
x /= 4
print(x)
print(sum([1j, 2, 3.5, 1 - 1j]), (1 + 2j) / (1e-320 + 1e-320j) == (1 + 2j) / (1e-320 + 1e-320j))
print(2 ** 0.5 * 1j, 10 / 3j, 1 / (1 + 1e-10j), (1e200 + 1e200j) / (1e200 + 1e200j))


class I(int):
    pass


class F(float):
    pass


print(I(2) * 1j, 1j * F(1.5), F(2.0) - 1j, 1j + I(3))
