# numeric report: statistics, float formatting, math library
import math, statistics

samples = [2.5, 3.7, 1.2, 9.81, 6.02e23, 1.6e-19, -0.0, 3.14159, 2.71828, 1e308, 5e-324, 123456.789, 0.1, 1 / 3]
for x in samples:
    print(repr(x), str(x), "%g|%.3e|%10.4f|%-12.6g|%+.0f" % (x, x, x, x, x), f"{x:.17g}|{x:,.2f}|{x:e}|{x:%}" if abs(x) < 1e30 else "")
print(float("1e-320"), 2.2250738585072014e-308 / 3, 1.7976931348623157e308 * 10, -1e-400, float("-inf") * 0)
print((0.1).hex(), float.fromhex("0x1.8p1"), (2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1), math.expm1(1e-10), math.sqrt(2), math.pow(2, 0.5))
print(math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.modf(-3.75), math.frexp(40), math.ldexp(0.625, 6), math.fmod(-7, 3), -7 % 3)
print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.factorial(20), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.asin(1), math.acosh(2), math.erf(1), math.gamma(5.5), math.lgamma(10))
print(round(2.675, 2), round(-2.5), round(3.5), round(1234.5678, -2), round(1e300, 2), round(7, -1), round(15, -1), round(25, -1), round(0.1 + 0.2, 15))
print(int(1e20), int(-3.99), int(2.5e-3), float("  -12.5e3 "), float("inf"), float("-nan") != float("nan"), float(True), 7 / 2, -7 / 2, 7 // -2, 7.5 // 2, -7.5 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** -2, (-8) ** (1 / 3), 10 ** 0.5, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 100 * 1.1)
print(1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, 1.5e-5, 12345678.9, -1.0e-10, 5e-7, 2.0 ** 62, 2.0 ** 70)
print("%.2f %.2f %.2f %.2f" % (0.125, 0.375, 2.675, -0.005), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%5.1f%%" % 99.95)
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(1e-5, ".3g"), format(123.456, "08.2f"), format(-1.5, "=+10.2f"), format(3.0, "g"), format(3.0, ""), format(1e100, ".3"))
print("{:10.3e}|{:<10.2f}|{:^10.1f}|{:>+10.0f}".format(12345.678, 3.14159, 2.5, -0.4))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), round(statistics.stdev(data), 10), statistics.variance(data))
print(statistics.median([1, 3, 2]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.mean([1.5, 2.5]), statistics.fmean([1, 2]))
temps = {"mon": 21.4, "tue": 19.85, "wed": 23.0, "thu": 18.125, "fri": 25.55}
avg = sum(temps.values()) / len(temps)
print("avg %.3f" % avg)
for day, t in temps.items():
    bar = "#" * int(round(t - 15))
    print("%-4s %6.2f %+6.2f %s" % (day, t, t - avg, bar))
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(integrate(math.sin, 0, math.pi), 6), round(integrate(lambda x: x * x, 0, 3), 4))
def bisect_root(f, lo, hi):
    for _ in range(100):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return lo
print(bisect_root(lambda x: x ** 3 - 2 * x - 5, 2, 3))
print(sorted([3.5, -1, 2, float("inf"), -float("inf"), 0.0]), max(1, 2.0), min(-0.0, 0.0), 1 == 1.0, hash(1.0) == hash(1), 0.1 + 0.2 == 0.3)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (2j) ** 2, complex("1+2j"), (1 + 1j) / (1 - 1j), repr(-0j), 1j.real)
