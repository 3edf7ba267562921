# abs, negation, round and int() on ints
for v in (0, 5, -5, 2 ** 70, -(2 ** 70)):
    print(abs(v), -v, round(v), round(v, -1), round(v, 2), int(v))
print(round(125, -1), round(135, -1), round(-125, -1), round(150, -2), round(250, -2))
print(round(12345, -3), round(2 ** 70 + 500, -3))
