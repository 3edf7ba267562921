for s in ['inf', '-Infinity', 'nan', ' 1e5 ', '1_0.5', '.5', '5.', '1e-400', '1e400', '0x1p3' , '+1.5E+2', '  -0.0', '1__0', '1e', 'e1', '']:
    try:
        print(repr(float(s)))
    except ValueError:
        print('ValueError', repr(s))
print((0.5).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer(), (10).as_integer_ratio())
print((1.5).hex(), float.fromhex('0x1.8p1'), (0.1).hex(), float.fromhex('-0x1p-2'), (0.0).hex(), float('inf').hex())
print((255).bit_count(), (-1).bit_length(), int.from_bytes(bytearray(b'\x01\x00'), 'big'), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__, int('12', base=8), int('-0x10', 16), int('0b11', 0), int('  0o7  ', 0))
for bad in [('1', 1), ('1', 37), ('9', 8), ('0x10', 10), ('', 10)]:
    try:
        int(*bad)
    except ValueError:
        print('ValueError', bad)
try:
    int(1.5, 10)
except TypeError:
    print('TypeError int base float')
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError inf')
try:
    int(float('nan'))
except ValueError:
    print('ValueError nan')
print(float(10**308), 10**308 * 10.0)
try:
    float(10**400)
except OverflowError:
    print('OverflowError big int to float')
print(10**400 / 10**399, 10**400 // 10**399, 2**1000 / 2**999, (10**30) / 3, 7 / 2**100)
try:
    2.0 ** 10000
except OverflowError:
    print('OverflowError pow')
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10 != 0)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % float('inf'), -7.5 % float('inf'), float('inf') // 1)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('/', '//', '%'):
        try:
            eval('a %s b' % op)
        except ZeroDivisionError as e:
            print('ZeroDivisionError', op, type(a).__name__, type(b).__name__)
print(3 .__truediv__(2), (3).__rtruediv__(2), (7).__divmod__(2), (2.0).__rpow__(3), (4).__index__(), int.__add__(1, 2), float.__mul__(2.0, 3.0))
print(min(1, 1.0), max(1.0, 1), min([2, 1.0, 1]), max(True, 1), sorted([1, True, 1.0, 0, False]), [x for x in (1, 2.0, True) if x == 1])
print(round(123.456, 1), round(-123.456, -1), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(2**60 + 0.0), round(5, 2), type(round(5.0, None)))
print(int(1e15), int(-1e15 + 0.5))
