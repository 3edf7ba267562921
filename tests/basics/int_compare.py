# comparisons among small ints, big ints, floats and bools
vals = [0, 1, -1, 2 ** 64, -(2 ** 64), 2 ** 64 + 1, 1.0, 0.5, True, 1e30, 10 ** 30]
for a in vals:
    print(repr(a), [(a < b, a == b, a >= b) for b in vals])
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
