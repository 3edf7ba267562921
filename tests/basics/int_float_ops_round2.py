vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10**20, -(10**20), 2**64 + 1, -(2**64) - 1]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        assert (a // b) * b + a % b == a, (a, b)
        print(a // b, a % b, divmod(a, b), end=';')
    print()
fl = [0.0, 1.5, -1.5, 7.0, -7.0, 0.3, -0.3]
for a in fl:
    for b in fl:
        if b == 0:
            continue
        print(a // b, a % b, divmod(a, b), end=';')
    print()
try: 5 % -0.0
except ZeroDivisionError as e: print('ZeroDivisionError', e)
print(-0.0 % 5, 0.0 % -5, -7 // 2.0, 7.5 // -2)
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2, -1, 5), pow(3, -2, 7), pow(10**20, 10**5, 97), pow(-3, 3, -5), pow(5, 0, 1), pow(0, 0), pow(2, -2), pow(-8, 1/3))
for a, b, m in [(2, -1, 4), (0, -1, 5), (2, 1.5, 3)]:
    try:
        print(pow(a, b, m))
    except Exception as e:
        print(type(e).__name__)
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError mod 0')
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True ** 5, True & 3, False | 2, True ^ True, divmod(True, 2), abs(-True), int(True), float(False))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0), hash(2**64) == hash(float(2**64)), hash(1.5) == hash(1.5), hash(-1), hash(-2))
print({1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False}, len({1, 1.0, True, 2}))
print(hash(10**30) == hash(float(10**30)) if 10**30 == float(10**30) else 'ne', hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(float('inf')), hash(float('-inf')), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
import sys
print(hash(sys.maxsize) if sys.maxsize == 2**63-1 else 0, hash(-sys.maxsize-1))
for a, b in [(1, 1.0), (1, '1'), ([1], (1,)), (None, 0), ({1}, frozenset({1})), (b'a', 'a'), (1j if True else 0, 1)]:
    print(a == b, a != b, end=' ')
    try:
        print(a < b)
    except TypeError:
        print('TypeError')
print(1 < 2.5 < 3, 2**70 > 1e21, 2**70 < float('inf'), -(2**70) > float('-inf'), 10**400 > 1e308, (1, 2) < (1, 2, 0), [1, 2] < [1, 3], 'a' < 'b' < 'ba', b'a' < b'b', {1} < {1, 2}, frozenset({1}) <= {1})
print(int('  -0b101 '.strip(), 0), int('0o17', 0), int('0x_ff', 16), int('ff', 16), int('1_000'), int('z', 36), int(' 12 '), int('-0'), int(b'42'), int(3.99), int(-3.99))
for s in ['1__0', '_1', '0x', '', ' ', '1.0', '0b2']:
    try:
        print(int(s, 0))
    except ValueError:
        print('ValueError', repr(s))
print((255).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), int.from_bytes(b'\xff\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print((10**20).bit_length(), (-5).bit_length(), (0).bit_length(), abs(-(2**70)), -(2**70) >> 3, -(2**70) << 2, ~(2**70), (2**70) & -(2**35), (2**70) | -1, (2**70) ^ -(2**69))
print(7 .__floordiv__(2), (7).__rfloordiv__(100), (-7).__mod__(3))
