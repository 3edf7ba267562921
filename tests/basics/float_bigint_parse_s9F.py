# float parsing of long/extreme literals, big int <-> float mixing, division by zero, literal forms
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)
t(float, '1' + '0' * 1000 + 'e-1000'); t(float, '0.' + '0' * 400 + '1e400'); t(float, '1' * 500 + 'e-499'); t(float, '.' + '9' * 1000)
t(float, '1e-324'); t(float, '2.4703282292062328e-324'); t(float, '2.4703282292062327e-324'); t(float, '1.7976931348623158e308'); t(float, '1.797693134862316e308')
t(float, '0.' + '0' * 330 + '1'); t(float, '1e+00000000000000000000000000001'); t(float, '1e-99999999999999999999'); t(float, '1e99999999999999999999')
t(float, '9007199254740993'); t(float, '9007199254740993.000000000001'); t(float, '1.00000000000000011102230246251565404236316680908203125')
t(float, '1.00000000000000011102230246251565404236316680908203124'); t(float, '1.00000000000000011102230246251565404236316680908203126')
print(1e-324, 2e-324, 1.5e-323, 123456789e-330, 0.000001e-320, 1e23, 8.41e21, 5e-1, 4.35, 2.675)
t(lambda: 10**400 // 1e300)
print(10**400 / 10**399, 10**30 / 3, (10**400 + 1) / 10**400, 2**1100 / 2**1000, -(10**400) / 10**390, 1 / 10**400, 10**400 / (10**400 + 1))
t(lambda: 10**400 / 1); t(lambda: 10**400 * 1.5); t(lambda: 1.5 ** 10**400); t(lambda: 10**400 + 0.5); t(lambda: float(10**309)); t(lambda: 10**400 // 1.5); t(lambda: 10**400 % 1.5)
t(lambda: 0.5 ** 10**400); t(lambda: (-1.0) ** 10**400); t(lambda: 1.0 ** 10**400); t(lambda: 2 ** -10**400); t(lambda: 10**400 < 1e308); t(lambda: 10**400 == 1e308)
print(int(1e308), int(-1.5e300) // 10**290, 2.0**1023 == 2**1023, 2**1024 > 1.7e308, float(-2**1024 + 2**970 + 1))
t(lambda: float(2**1024 - 2**970))
print(float(2**53 + 1), float(2**54 + 3), float(2**100 + 1), float(-(2**63) - 1), float(123456789012345678901234567890))
print((2**64 + 0.5) == 2**64, 2**64 == 2.0**64, (2**64) < 2.0**64 + 1, 2**1000 > 1e300, -2**1000 < -1e300, 3 > 2.5, -3 < -2.5)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, divmod(10**20, 3.0), divmod(-10**20, 7.5), 10**20 % 7.5, 10**20 // 7.5)
t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: divmod(1, 0)); t(lambda: 10**400 // 0); t(lambda: 10**400 % 0); t(lambda: 0 ** -1); t(lambda: 1 / 0); t(lambda: 10**400 / 0); t(lambda: 1 / False)
t(lambda: pow(2, -1, 0)); t(lambda: pow(0, -1, 5)); t(lambda: pow(3, -1, 7)); t(lambda: pow(2, 2, 0))
print(1_0.0_1, 1e1_0, 0e0, 00.5, 0_0.0, 1E+2, 1.J, 5j, 1.e-2, 0.0e-0)
for s in ['1e', '1.e', '1e+', '1__0.0', '1._5', '1_.5', '0x1.0', '1.0_', '09.5', '09', '1.5e1.5', '1..5', '1e5_']:
    try:
        print(s, repr(eval(s)))
    except SyntaxError:
        print(s, 'SyntaxError')
print(float('  \t-0.0\n'), float('+.5e+1'), float('0000.5'), float('1_2.3_4e1_0'), float('Inf'), float('-iNfInItY'), float('+nan'))
print(True + 1.5, True * 2.5, 1.5 - True, 0.0 == False, float(True), float(False) ** 0)
print(1.5 in [1.5], 0.0 in [-0.0], float('nan') in [float('nan')], [0.1] * 3 == [0.1, 0.1, 0.1], sum([0.1] * 10), sum([1, 2.5]), sum((), 0.5))
print(sorted([3.5, -1, 2, float('inf'), -float('inf'), 0.0]), max([1, 1.0]), max([1.0, 1]), min(2.0, 2))
import struct, array, math
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)
a = array.array('f', [1.5, 2.25, 0.1]); print(a, a[2], sum(a), a.tobytes().hex())
a = array.array('d', range(3)); a.append(1e300); a.extend([0.5]); print(a, a[-2:], list(reversed(a)))
t(array.array, 'f', ['x']); t(array.array('d').append, 'y'); t(array.array, 'i', [1.5])
print(array.array('f', b'\x00\x00\xc0\x3f'), array.array('d', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('f', [0.1]) == array.array('d', [0.1]))
print(round(10**30, -28), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), type(round(5, 2)), round(True, 3), round(7, 10**20))
t(round, 1.5, 10**400); t(round, 1.5, -10**400); t(round, 2, 'x')
class R:
    def __round__(self, n=None): return ('r', n)
print(round(R()), round(R(), 2))
class Fl:
    def __float__(self): return 'no'
t(float, Fl())
class Ix:
    def __index__(self): return 5
t(float, Ix()); t(math.sqrt, Ix())
class FS(float):
    def __float__(self): return 9.0
print(float(FS(1)), FS(1) + 0, math.sqrt(FS(4)))
print(hash(FS(1.5)) == hash(1.5), hash(float('nan')) == hash(float('nan')) or True, hash(2**61 - 1.0), hash(1e-300) == hash(1e-300))
print(float.__hash__(1.0), (1.5).__hash__() == hash(1.5), hash(0.5), hash(-0.5), hash(1.5), hash(123.456) == hash(123.456), hash(2.0**60), hash(2.0**70), hash(-2.0**65))
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.0, 'a'), (2.0).__pow__(3), (2.0).__rpow__(3), (7.5).__floordiv__(2), (7.5).__rmod__(20), (1.5).__neg__(), (1.5).__abs__(), (1.5).__bool__(), (1.5).__int__(), (2.5).__round__(), (2.567).__round__(1), (1.5).__trunc__(), (1.5).__floor__(), (1.5).__ceil__())
print((1.5).__eq__(1.5), (1.5).__lt__('a'), (1.5).__ge__(1), (1.0).__eq__(1), float.__truediv__(1.0, 4), (0.5).__divmod__(0.2), (2.0).__rtruediv__(1))
print(format(1.5), (1.5).__format__('.2f'), (1.5).__repr__(), (1.5).__str__(), float.__getformat__('double'))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), type(math.floor(1.5)), math.floor(10**20), math.floor(True), math.ceil(2**100 + 0.0) == 2**100)
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm(), math.comb(50, 25), math.perm(10, 3), math.perm(5), math.isqrt(99), math.prod([]), math.prod(range(1, 6), start=2))
t(math.gcd, 1.5); t(math.comb, 5, -1); t(math.perm, -1)
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum(range(10)), math.fsum([]), math.ulp(1.0), math.nextafter(1.0, 2.0))
t(math.exp, 710)
print(math.expm1(1e-10), math.log1p(1e-10), math.erf(0.5), math.erfc(3.0), math.gamma(0.5), math.lgamma(100.5), math.gamma(171.5))
t(math.gamma, 0); t(math.gamma, -1); t(math.gamma, -1.5); t(math.gamma, 172); t(math.lgamma, 0); t(math.lgamma, -2); t(math.exp, 710); t(math.cosh, 1000); t(math.sinh, -1000); t(math.atanh, 1); t(math.acosh, 0.5)
