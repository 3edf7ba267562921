# arithmetic with float('inf') and nan
inf = float('inf')
nan = float('nan')
print(inf + inf, inf - 1e308, inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf * 0.5, str(inf - inf), str(inf * 0))
print(abs(-inf), -(-inf), max(inf, 1), min(-inf, 0))
print(nan + 1 != nan + 1, str(nan * 0), str(abs(nan)))
print(float('inf') == 1e308 * 10, repr(-1e308 * 10))
print(int(1e308) > 0, 1e308 * 10 == inf)
