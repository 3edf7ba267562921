# int() constructor: strings, bases, whitespace, underscores, errors
cases = ['0', '  42  ', '-17', '+5', '0x1f', '0o17', '0b101', '1_000', '\t9\n', '00', '-0',
         '0x', '', ' ', '1__0', '_1', '1_', '1.5', 'abc']
for s in cases:
    for base in (10, 0, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError:
            print(repr(s), base, 'ValueError')
for base in (2, 8, 16, 36):
    print(int('11', base), int('zz', 36) if base == 36 else '')
print(int('0x10', 16), int('0b11', 2), int('0o7', 8))
print(int(b'12'), int(bytearray(b'-3')))
for bad in (1, 37, -1):
    try:
        int('1', bad)
    except ValueError:
        print('ValueError base', bad)
try:
    int(1.5, 10)
except TypeError:
    print('TypeError')
try:
    int(None)
except TypeError:
    print('TypeError')
try:
    int([])
except TypeError:
    print('TypeError')
print(int(), int(3.99), int(-3.99), int(True), int(1e20))
for f in (float('inf'), float('-inf')):
    try:
        int(f)
    except OverflowError:
        print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError')
print(int('7', base=8))
try: int(x=5)
except TypeError as e: print('TypeError', e)
