# round() on floats: ties to even and ndigits
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 1.0000001, 2.675, 1e20, -7.7):
    print(v, round(v), type(round(v)).__name__)
print(round(3.14159, 2), round(3.14159, 0), round(1234.5678, -2), round(-1.25, 1), round(1.25, 1))
print(round(0.125, 2), round(0.375, 2), round(1.0, 5), round(5.5, None))
print(type(round(2.5, 0)).__name__)
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(float('inf'), 2))
