# float literals with exponents
print(1e0, 1e1, 1e5, 1e15, 1e16, 1e22, 1e100)
print(1e-1, 1e-4, 1e-5, 1e-10, 1e-100)
print(1E3, 2.5e+3, 2.5E-3)
print(.5, 5., 0.0, -0.0)
print(1.5e300 * 1.0, 2.0 ** 10)
print(123.456, 0.1, 0.2, 0.3, 1 / 3)
print(12345678.9, 1234567890123.5)
print(3.14159e2, 6.02e23)
