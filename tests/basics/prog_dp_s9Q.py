# dynamic programming and big-int maths
from functools import lru_cache, reduce
import math

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib(200) % 10**9, fib.cache_info().hits > 0)

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i + 1][j + 1] = dp[i][j] + 1 if x == y else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("AGGTABQXY", "GXTXAYBQ"), lcs("", "abc"))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print([edit_distance(a, b) for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]])

def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))

def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))

def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]))

# big ints
f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), f100.bit_length())
print(2 ** 256 - 1, hex(2 ** 100), oct(3 ** 40), bin(7 ** 20)[:20])
print((2 ** 127 - 1) % 1000007, pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, -1, 97))
print(math.gcd(2 ** 64, 6 ** 30), math.isqrt(10 ** 40 + 12345), -(2 ** 70) // 3, -(2 ** 70) % 7)
print(divmod(10 ** 30, -7), divmod(-10 ** 25, 13))
print(int("1" * 50) * int("9" * 40))
print((1 << 200) >> 190, (-1 << 100) >> 98, ~(2 ** 80), (2 ** 80) & (2 ** 80 - 1 + 2 ** 80), (2 ** 65) | 1, (2 ** 65) ^ (2 ** 64))
print(int.from_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09", "big"), (2 ** 70).to_bytes(10, "little"))
print(str(-12345678901234567890123), int("-0x1f", 16), int("zz", 36), int("  42  "), int("1_000_000"))
print(float(2 ** 60), 2 ** 60 / 3, 10 ** 20 // 3.0, (10 ** 50) == 1e50, 2 ** 53 + 1 == float(2 ** 53 + 1))

def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, p in enumerate(sieve) if p]
ps = primes(200)
print(len(ps), ps[-5:], sum(ps))
print(reduce(lambda a, b: a * b, ps[:15]))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(2 ** 61 - 10, 2 ** 61) if is_probable_prime(n)], is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1))

# pascal triangle & catalan
row = [1]
for _ in range(10):
    print(" ".join(map(str, row)).center(50).rstrip())
    row = [a + b for a, b in zip([0] + row, row + [0])]
print([math.comb(2 * n, n) // (n + 1) for n in range(12)], math.perm(10, 3))
