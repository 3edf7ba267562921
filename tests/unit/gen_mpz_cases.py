# Generates test cases for tests/unit/mpz_test.c with CPython as the oracle.
#
# One case a line: an operation name, its operands, then the expected
# results. Integers are written in hex with an optional '-' ("-1f", "0");
# doubles as the hex of their IEEE bit pattern ("d:3ff0000000000000");
# byte strings in hex ("b:00ff", "b:" for empty). The seed is fixed so every
# run checks the same cases; pass another seed as argv[1] to explore.
import random
import struct
import sys

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 12345
rng = random.Random(seed)
out = []


def h(v):
    return ("-" if v < 0 else "") + format(abs(v), "x")


def dbits(d):
    return "d:" + format(struct.unpack("<Q", struct.pack("<d", d))[0], "016x")


def emit(*parts):
    out.append(" ".join(str(p) for p in parts))


# Digit patterns that stress carries and the quotient estimate of long
# division: zero digits, all-ones digits, top-bit digits.
SPECIAL_DIGITS = [0, 1, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0xFFFFFFFE, 0x00000001]


def rand_digits(ndig):
    v = 0
    for _ in range(ndig):
        r = rng.random()
        if r < 0.4:
            d = rng.choice(SPECIAL_DIGITS)
        else:
            d = rng.getrandbits(32)
        v = (v << 32) | d
    return v


def rand_int(maxbits=300):
    kind = rng.random()
    if kind < 0.08:
        v = rng.randint(-3, 3)
    elif kind < 0.25:
        # Near a digit boundary.
        k = 32 * rng.randint(1, 8)
        v = (1 << k) + rng.randint(-3, 3)
    elif kind < 0.55:
        v = rand_digits(rng.randint(1, max(1, maxbits // 32)))
    else:
        v = rng.getrandbits(rng.randint(1, maxbits))
    if rng.random() < 0.5:
        v = -v
    return v


def rand_nonzero(maxbits=300):
    while True:
        v = rand_int(maxbits)
        if v != 0:
            return v


def binops(a, b):
    emit("add", h(a), h(b), h(a + b))
    emit("sub", h(a), h(b), h(a - b))
    emit("mul", h(a), h(b), h(a * b))
    emit("and", h(a), h(b), h(a & b))
    emit("or", h(a), h(b), h(a | b))
    emit("xor", h(a), h(b), h(a ^ b))
    emit("cmp", h(a), h(b), (a > b) - (a < b))
    if b != 0:
        q, r = divmod(a, b)
        emit("divmod", h(a), h(b), h(q), h(r))
    else:
        emit("divmod", h(a), h(b), "zerodiv", "zerodiv")
    import math
    emit("gcd", h(a), h(b), h(math.gcd(a, b)))


def truediv(a, b):
    if b == 0:
        emit("truediv", h(a), h(b), "zerodiv")
        return
    try:
        emit("truediv", h(a), h(b), dbits(a / b))
    except OverflowError:
        emit("truediv", h(a), h(b), "overflow")


def todouble(a):
    try:
        emit("todouble", h(a), dbits(float(a)))
    except OverflowError:
        emit("todouble", h(a), "inf")


def unops(a):
    emit("neg", h(a), h(-a))
    emit("abs", h(a), h(abs(a)))
    emit("not", h(a), h(~a))
    emit("bitlen", h(a), a.bit_length())
    emit("popcount", h(a), bin(a).count("1"))
    emit("hash", h(a), h(hash(a)))
    for bit in [0, 1, 31, 32, 33, 63, 64, rng.randint(0, a.bit_length() + 70)]:
        emit("testbit", h(a), bit, (a >> bit) & 1)
    fits = -(1 << 63) <= a < (1 << 63)
    emit("asint", h(a), h(a) if fits else "nofit")
    ufits = 0 <= a < (1 << 64)
    emit("asull", h(a), h(a) if ufits else "nofit")
    emit("trunc", h(a), h(((a + (1 << 63)) % (1 << 64)) - (1 << 63)))
    todouble(a)
    for base in [10, 2, 16, rng.randint(2, 36)]:
        emit("str", h(a), base, to_base(a, base))


def to_base(v, base):
    if base == 10:
        return str(v)
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    neg = v < 0
    v = abs(v)
    s = []
    while v:
        v, r = divmod(v, base)
        s.append(digs[r])
    return ("-" if neg else "") + "".join(reversed(s))


def shifts(a):
    for n in [0, 1, 31, 32, 33, 64, rng.randint(0, 200), rng.randint(0, 2000)]:
        emit("shl", h(a), n, h(a << n))
        emit("shr", h(a), n, h(a >> n))
    n = a.bit_length() + rng.randint(0, 100)
    emit("shr", h(a), n, h(a >> n))


def bytes_cases(a):
    for signed in (0, 1):
        for big in (0, 1):
            order = "big" if big else "little"
            blen = (a.bit_length() + 7) // 8 + rng.choice([-1, 0, 0, 1, 3])
            blen = max(blen, 0)
            try:
                b = a.to_bytes(blen, order, signed=bool(signed))
                emit("tobytes", h(a), blen, big, signed, "b:" + b.hex())
            except OverflowError:
                emit("tobytes", h(a), blen, big, signed, "overflow")
    raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40)))
    if raw and rng.random() < 0.3:
        raw = bytes([0x80]) + bytes(len(raw) - 1)
    for signed in (0, 1):
        for big in (0, 1):
            v = int.from_bytes(raw, "big" if big else "little", signed=bool(signed))
            emit("frombytes", "b:" + raw.hex(), big, signed, h(v))


def pow_cases():
    for _ in range(150):
        a = rand_int(200)
        e = rng.randint(0, 40)
        emit("pow", h(a), h(e), h(a ** e))
    for a in [0, 1, -1, 2, -2, 4, -8, 1 << 40]:
        for e in [0, 1, 2, 3, 77, 1000]:
            emit("pow", h(a), h(e), h(a ** e))
    for _ in range(400):
        a = rand_int(300)
        e = rand_int(200)
        m = rand_int(300)
        if rng.random() < 0.1:
            m = rng.choice([1, -1, 2, -2, 0])
        if m == 0:
            emit("powmod", h(a), h(e), h(m), "zerodiv")
            continue
        try:
            r = pow(a, e, m)
            emit("powmod", h(a), h(e), h(m), h(r))
        except ValueError:
            emit("powmod", h(a), h(e), h(m), "notinv")
    # Negative exponents modulo a prime: always invertible unless a % m == 0.
    for _ in range(50):
        m = (1 << 127) - 1  # prime
        a = rand_nonzero(126) % m or 1
        e = -rng.randint(1, 1000)
        emit("powmod", h(a), h(e), h(m), h(pow(a, e, m)))


def double_cases():
    specials = [0.0, -0.0, 0.5, -0.99, 1.0, -1.0, 1.5, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 64,
        -(2.0 ** 63), 1e300, -1.7976931348623157e308, 123456789.987, 2.0 ** 1023]
    vals = specials + [rng.uniform(-1e20, 1e20) for _ in range(50)] + \
        [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0] for _ in range(100)]
    for d in vals:
        emit("fromdouble", dbits(d), h(int(d)))
    # Compare ints with doubles, including close calls around 2**53.
    for _ in range(200):
        a = rand_int(80)
        r = rng.random()
        if r < 0.3:
            d = float(a)
        elif r < 0.5:
            d = float(a) + rng.choice([-0.5, 0.5, 0.25, -1.0])
        elif r < 0.6:
            d = rng.choice([float("inf"), float("-inf")])
        else:
            d = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0] * rng.choice([1, -1])
        emit("cmpdouble", h(a), dbits(d), (a > d) - (a < d))
    for k in [53, 54, 60, 64, 65, 100]:
        base = 1 << k
        for off in range(-4, 5):
            a = base + off
            emit("cmpdouble", h(a), dbits(float(base)), (a > float(base)) - (a < float(base)))
    # Rounding of int -> double at the halfway points.
    for k in [53, 54, 63, 64, 65, 70, 100, 1023, 1024, 1025]:
        for _ in range(8):
            top = rng.getrandbits(53) | (1 << 52)
            low_bits = k - 53 if k > 53 else 0
            if low_bits <= 0:
                a = top
            else:
                half = 1 << (low_bits - 1)
                low = rng.choice([0, half, half - 1, half + 1, rng.getrandbits(low_bits)])
                a = (top << low_bits) | low
            todouble(a)
            todouble(-a)
    todouble((1 << 1024) - (1 << 970))      # rounds up to 2**1024: overflow
    todouble((1 << 1024) - (1 << 971))      # DBL_MAX exactly
    todouble((1 << 1024) - (1 << 970) - 1)  # just below the halfway point


def truediv_cases():
    for _ in range(400):
        a = rand_int(rng.choice([60, 200, 1200]))
        b = rand_int(rng.choice([60, 200, 1200]))
        truediv(a, b)
    for _ in range(100):
        # Results near the subnormal range and near overflow.
        a = rand_nonzero(100)
        b = rand_nonzero(100) << rng.randint(1000, 1100)
        truediv(a, b)
        truediv(b, a)
    truediv(10 ** 400, 10 ** 399)
    truediv(1, 3)
    truediv(0, -5)
    truediv(-(1 << 2000), 3)
    truediv(1 << 1024, 1)
    truediv((1 << 1025) - 1, 2)
    truediv(1, 1 << 1074)
    truediv(1, 1 << 1075)
    truediv(3, 1 << 1076)
    truediv(1, (1 << 1075) - 1)


def str_cases():
    for _ in range(40):
        a = rand_int(rng.choice([100, 1000, 5000]))
        emit("str", h(a), 10, str(a))
    # Large values run the divide-and-conquer path (more than 600 digits).
    for bits in [20000, 25000, 40000, 70000, 150000]:
        a = rng.getrandbits(bits)
        if rng.random() < 0.5:
            a = -a
        emit("str", h(a), 10, str(a))
    for bits in [30000, 60000]:
        a = rng.getrandbits(bits)
        emit("str", h(a), 7, to_base(a, 7))
        emit("str", h(a), 36, to_base(a, 36))
    # Numbers with long runs of zeros inside the decimal text.
    for k in [6000, 10000, 21000]:
        a = 10 ** k + 7
        emit("str", h(a), 10, str(a))
        a = 10 ** k - 1
        emit("str", h(a), 10, str(a))
        a = 10 ** k
        emit("str", h(-a), 10, str(-a))
    # Parsing stops at the first character that is no digit in the base.
    emit("parse", 10, "123abc", 3, h(123))
    emit("parse", 16, "123abcz9", 6, h(0x123ABC))
    emit("parse", 36, "Zz", 2, h(35 * 36 + 35))
    emit("parse", 2, "10102", 4, h(10))
    emit("parse", 8, "x", 0, h(0))
    emit("parse", 10, "0000000000000000000000000000000000000000001", 43, h(1))


def main():
    for _ in range(1500):
        a = rand_int(rng.choice([64, 300, 1000]))
        b = rand_int(rng.choice([64, 300, 1000]))
        if rng.random() < 0.05:
            b = a
        binops(a, b)
    # Long operands: Karatsuba (48+ digits) and deep long division.
    for _ in range(150):
        a = rand_int(rng.choice([3000, 8000, 20000]))
        b = rand_int(rng.choice([1600, 3000, 8000, 20000]))
        binops(a, b)
    for _ in range(20):
        a = rand_digits(rng.randint(100, 700))
        binops(a, a)
        binops(a, -a)
    for _ in range(500):
        a = rand_int(rng.choice([64, 300, 3000]))
        unops(a)
        shifts(a)
        bytes_cases(a)
    for v in [0, 1, -1, (1 << 63) - 1, -(1 << 63), 1 << 63, -(1 << 63) - 1, (1 << 64) - 1,
            1 << 64, (1 << 61) - 1, (1 << 61) - 2, 1 << 61, -(1 << 61) + 1, -(1 << 61), 2 ** 200]:
        unops(v)
        bytes_cases(v)
    pow_cases()
    double_cases()
    truediv_cases()
    str_cases()
    sys.stdout.write("\n".join(out) + "\n")


main()
