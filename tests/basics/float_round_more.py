# round() on floats and ints
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456, 1e20, 0.0, -0.0):
    print(round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
for n in (5, 15, 25, 149, 150, 151, -150, 12345, 2**70):
    print(round(n), round(n, -1), round(n, -2), round(n, 1), type(round(n, 1)).__name__)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(float('inf'), 2), round(1.5, None))
try:
    round(1.5, 1.0)
except TypeError:
    print('TypeError')
