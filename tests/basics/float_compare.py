# float comparisons, including with ints and special values
print(0.1 + 0.2 == 0.3, 0.5 == 1 / 2, 1.0 == 1, -0.0 == 0.0)
print(1.5 < 2, 2 < 1.5, 1.0 <= 1, 3.0 > 2 ** 1, 1e308 < 2 ** 1024)
inf = float('inf')
nan = float('nan')
print(inf > 10 ** 1000, -inf < -(10 ** 1000), nan == 0, nan != nan, nan < inf, nan >= nan)
print(sorted([3.5, -1.0, 2, 0.0, -7]))
print(max(1, 2.0), min(1.0, 1), max(-0.0, 0.0))
print(1.0 in [1], 2.0 in [1], 1 in [1.0])
