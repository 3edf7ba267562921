# repr(float) takes the 15- and 16-digit roundings from one 17-digit
# conversion and checks them with a fast exact reading where it can: values
# whose dropped digits are exactly half a unit (5 or 50), carries through
# nines, powers of two (denser below than above), the ends of the exact
# fast-reading range (2**53, 1e22) and subnormals must all print the
# shortest digits that read back, as CPython does.
import struct

def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]

# A fixed LCG so that both interpreters see the same values.
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state

ties16 = ties15 = 0
seen = 0
total = 0
for i in range(40000):
    v = from_bits(nxt())
    if v != v or v in (float('inf'), float('-inf')):
        continue
    s17 = '%.16e' % abs(v)
    d = s17[0] + s17[2:18]
    if d[15] == '5' and d[16] == '0':
        ties15 += 1
    if d[16] == '5':
        ties16 += 1
    r = repr(v)
    assert float(r) == v, r
    total += len(r)
    seen += 1
print(seen, total, ties15 > 0, ties16 > 0)

vals = [0.1, 0.3, 2 / 3, 1e22, 1e23, 9.999999999999999e22, 2.0 ** 53, 2.0 ** 53 + 2,
        9007199254740991.0, 4503599627370497.5, 1e-22, 1e-23, 123456789012345.67,
        0.30000000000000004, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
        1.7976931348623157e308, 999999999999999.9, 9999999999999998.0, 0.000123456789012345678]
for v in vals:
    print(repr(v), repr(-v), str(v * 3))
for e in range(-1074, 1024, 7):
    print(repr(2.0 ** e) if e > -1023 else repr(5e-324 * 2 ** (e + 1074)), end=' ')
print()
# Values just around decimal ties at 15 and 16 digits.
for base in ['1.23456789012345', '9.99999999999999', '5.00000000000000', '7.77777777777777']:
    for tail in ['49', '50', '51', '5', '']:
        v = float(base + tail)
        print(repr(v), repr(v * 1e100), repr(v * 1e-100))
