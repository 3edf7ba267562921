# exact integer functions on small and big ints
import math

print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(100) % 10**30)
print(math.comb(5, 2), math.comb(50, 20), math.comb(10, 0), math.comb(3, 5), math.comb(10**20, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(30, 20))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**70, 3))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 99, 10**18, 2**62, 2**63 - 1)], math.isqrt(10**40 + 5), math.isqrt(2**200))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]), math.prod(range(1, 30)))
print(math.factorial(True), math.gcd(True, 4), math.isqrt(True))
for f, *args in ((math.factorial, -1), (math.factorial, 5.0), (math.comb, -1, 2), (math.comb, 5, -2),
                 (math.perm, -1), (math.isqrt, -1), (math.gcd, 2.0, 4), (math.lcm, 'a'), (math.comb, 5.0, 2)):
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
