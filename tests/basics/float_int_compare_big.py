# comparisons between float and int, including big ints and exactness
big = 2**53 + 1
print(big == float(big), big > float(big), float(2**53) == 2**53)
print(2**1000 > 1e300, 2**1000 < float('inf'), -2**1000 > float('-inf'))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, 0 == -0.0, 10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23)
print(float('nan') == 1, float('nan') != 1, 1 in [1.0], 1.0 in {1: 2})
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2**40) == hash(2.0**40))
print({1: 'int', 1.0: 'float'}, {0.5: 1, 1: 2, 1.0: 3})
print(sorted([3, 1.5, -2, 2**64, -0.5, True]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
