# fractions and decimal arithmetic
from fractions import Fraction as F
from decimal import Decimal as D, getcontext
import math

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b), a ** -2)
print(F("0.125"), F("3/9"), F(0.5), F(-7, 21), F(10), F(2.75).limit_denominator(10))
print(a < b, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2))
print(float(F(22, 7)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(7, 2)))
print(F(3, 4).numerator, F(3, 4).denominator, repr(F(3, 4)), str(F(6, 3)))
print(sum(F(1, n) for n in range(1, 11)))
print(F(1, 3) + 1, 2 * F(1, 3), 1 - F(1, 3), F(1, 3) + 0.5, F(5, 3) // 1, F(5, 3) % 1, divmod(F(7, 2), 1))
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(1, 6)]), max(F(1, 2), 0.4))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError")
# continued fraction of sqrt(2) approximations
x = F(1)
for _ in range(8):
    x = 1 + 1 / (1 + x)
print(x, float(x), math.sqrt(2))

# egyptian fractions
def egypt(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(F(1, d))
        fr -= F(1, d)
    return out
print(egypt(F(4, 13)), egypt(F(5, 121))[:3])

getcontext().prec = 28
print(D("1.1") + D("2.2"), D(1) / D(7), D("10.50") * 3, D("1.30") + D("1.20"))
print(D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01")), D("-0.0"), D("1e3"), D("1E-2"))
print(sum(D("0.1") for _ in range(10)), sum(0.1 for _ in range(10)))
print(D("7") // D("2"), D("7") % D("2"), D("-7") // D("2"), -D("5"), abs(D("-2.5")))
print(D("1.5") < D("2"), D("2.0") == D("2"), D("2") == 2, int(D("9.99")), float(D("0.25")), str(D("0.000001")), str(D("1E+5")))
print(repr(D("12.30")), D(10) ** 3, D("2").sqrt(), round(D("2.5")), round(D("3.14159"), 3))
print(D(5).max(D(3)), D("0.1") * D("0.2"))
print("%.3f" % D("1.23456"), "{:.2f}".format(D("9.995")), f"{D('1234.5'):,}")
# compound interest with Decimal
bal = D("1000.00")
for year in range(1, 6):
    bal = (bal * D("1.05")).quantize(D("0.01"))
    print(year, bal)
print(F(D("0.1")) if True else "", D(F(1, 4).numerator) / D(F(1, 4).denominator))
