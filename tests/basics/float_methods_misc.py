# float methods
for x in (0.0, -0.0, 1.5, -2.25, 1e300, 3.0, 0.1):
    print(x.is_integer(), x.real, x.imag, x.conjugate(), x.as_integer_ratio())
print((2.5).hex())
print(float.fromhex('0x1.8p1'))
for bad in (float('inf'), float('nan')):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(float('inf').is_integer(), float('nan').is_integer())
