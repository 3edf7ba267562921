# int() of floats truncates toward zero
for f in (0.0, -0.0, 1.9, -1.9, 2.5, -2.5, 1e10, 1e20, -1e20, 123456789.987, 2.0 ** 70):
    print(f, int(f))
print(int(1e300) == 10 ** 300, int(float(2 ** 80)) == 2 ** 80)
for bad in (float('inf'), float('-inf')):
    try:
        int(bad)
    except OverflowError:
        print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError')
