vals = [2**64, -2**64, 3**100, -(7**77), 10**50 + 1, 2**127 - 1]
for v in vals:
    print('%d|%i|%x|%X|%o|%#x|%+d|%40d|%-40d|%040d' % (v, v, v, v, v, v, v, v, v, v))
    print(format(v, ','), format(v, '_x'), format(v, '#b')[:20], format(v, 'e'), format(v, '.3g'), format(v, '>60'), format(v, '^+60,'))
    print(f'{v:_}', f'{v:#o}', str(v)[::7], repr(v) == str(v), int(str(v)) == v, int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 0) == v)
    print(v // 7, v % 7, divmod(v, -13), -v // 3, v >> 5, v << 3, v & 0xffff, v | 1, v ^ -1, abs(v) ** 2 % 1000003, pow(v, 3, 10**9 + 7), v.bit_length(), (v * v) // v == v)
print(float(2**64), float(3**100), 2**64 / 3, 3**100 / 2**100, (2**64) * 1.5, round(3**100 / 7))
