# round() with ndigits: halves to even on the exact binary value, negative
# ndigits for ints and floats, and huge ndigits
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.5, 0))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-12350, -2), round(2 ** 70, -20))
print(round(1234.5678, -2), round(-0.0, 1), round(5e-324, 400), round(123.456, -400))
print(round(5, 10 ** 30), round(7.25, 10 ** 30), round(0.5), round(1.5), round(-0.5))
for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(float('inf'), 2), round(float('nan'), 2))
