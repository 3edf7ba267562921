# repr(float) parses back to the same value
vals = []
x = 1.0
for i in range(60):
    x = x * 1.37 + 0.001
    vals.append(x)
    vals.append(1 / x)
ok = all(float(repr(v)) == v for v in vals)
print(ok)
print([repr(v) for v in vals[:10]])
print(repr(0.1 * 3), repr(1.1 * 1.1), repr(1 / 7))
