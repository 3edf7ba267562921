_st = [12345]
def _rnd():
    _st[0] = (_st[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return _st[0]
def rrandom():
    return (_rnd() >> 11) / 2**53
def rrandint(a, b):
    return a + _rnd() % (b - a + 1)
vals = [0, 1, -1, 7, 255, -255, 2**31, -2**63, 10**20, -(10**25) + 3, 123456789]
specs = ['', 'd', '5d', '<8d', '^9d', '>+7d', '=+10d', ' d', ',d', '_d', 'x', '#x', 'X', '#X', 'o', '#o', 'b', '#b', '08b', '_b', '_x', '010,d', 'c' , 'n', 'e', '.2f', '%', '.3g']
for v in vals:
    row = []
    for s in specs:
        if s == 'c' and not (0 <= v < 0x110000):
            continue
        row.append(format(v, s))
    print(row)
fl = [0.0, -0.0, 1.5, -2.25, 1e16, 1.234567e-7, 123456.789, float('inf'), float('-inf'), 3.14159265358979, 1e300, 5e-324, 0.1, 2.5, 3.5]
fspecs = ['', 'f', '.0f', '.1f', '10.3f', '<10.2f', '^12.4e', 'e', 'E', 'g', 'G', '.10g', '+.2f', ' .2f', ',.2f', '_.1f', '%', '.1%', '012.3f', '#.0f', '#g', '.0e', 'n', '.3']
for v in fl:
    print([format(v, s) for s in fspecs])
print(format(float('nan'), 'f'), format(float('nan'), '+.2e'), format(float('-nan'), ''))
w, p = 10, 3
x = 3.14159
print(f'{x:{w}.{p}f}|{x:<{w}}|{x:{"^"}{w}.{p}}|{42:{"#"}{"x"}}')
print(f'{"s":>{w}}|{"abc":.{2}}|{12345:,}|{-12345.678:,.1f}')
print('%d %5d %-5d| %05d %+d %x %X %o %#x %#o %e %.3f %g %10.4s|' % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 1234.5, 3.14159, 0.00001234, 'abcdefg'))
print('%d' % 10**30, '%x' % 2**70, '%o' % -(2**65), '%10d|' % -(10**12), '%.3d' % 5, '%*d' % (6, 3), '%-*d|' % (6, 3))
print('%s %r %a' % ('é', 'é', 'é'), '%c%c' % (65, 'B'), '%%', '%(a)s-%(b)d' % {'a': 1, 'b': 2})
print('%.2f %.0f %.0f %.0f' % (2.675, 0.5, 1.5, 2.5), '%i' % 3.9)
for _ in range(300):
    r = rrandom() * 10 ** rrandint(-30, 30)
    assert float(repr(r)) == r
    s = repr(r)
print('roundtrip ok')
out = []
for _ in range(60):
    r = (rrandom() * 2e6 - 1e6)
    out.append(repr(r))
    out.append(str(rrandom() / 7))
print(out)
import struct
for _ in range(200):
    bits = _rnd()
    f = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if f != f:
        continue
    if float(repr(f)) != f:
        print('roundtrip fail', bits)
print([repr(x) for x in (1e22, 1e23, 9007199254740993.0, 0.30000000000000004, 1/3, 2/3, 1e-5, 1e-4, 123e-20, 1.7976931348623157e308)])
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-15, -1), round(10**20 + 5, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(1e300, -300) if True else 0)
