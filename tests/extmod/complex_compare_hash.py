# Equality with ints, floats and complex, hashing as CPython does, use as
# dict and set keys.
print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1j == 1, 1j != 1j, 2 + 0j != 2.0)
print(True == 1 + 0j, 0j == False, 0j == 0, 0j == -0.0, 1j == 'x', 1j == None, 1j == [1j])
print(2 ** 53 + 1 == complex(2 ** 53 + 1), 2 ** 53 == complex(2 ** 53), float('nan') * 1j == float('nan') * 1j)
for v in [0j, 1 + 0j, 1.5 + 0j, 1j, 1 + 2j, -1 - 2j, 0.1 + 0.2j, 1e300 + 1e-300j, -1 + 0j]:
    print(hash(v))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
d = {1: 'int', 1 + 0j: 'complex', 2j: 'im'}
print(d, d[1.0], d[2j], 3j in d)
print(sorted({1j, 1j, 2j, 1 + 0j, 1}, key=abs))
print(1j in [1, 1j], [1j, 2j].index(2j), (1, 2j).count(2j))
