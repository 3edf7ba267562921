# repr(float) finds values with few decimals without the C library (the
# nearest integer to x * 10**k reading back as x): the shortest digits must
# come out for every k, around 2**51 where that stops, and for values that
# look short but are not (1.1, 19.99 take the general path).
import struct

def lcg(state=[987654321]):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state[0]

vals = []
for k in range(0, 24):
    for m in (1, 3, 5, 7, 9, 10, 99, 101, 12345, 999999, 2 ** 51 - 1, 2 ** 51, 2 ** 51 + 1,
              2 ** 52 + 1, 2 ** 53 - 1, 10 ** 15, 10 ** 16 + 2):
        vals.append(m / 10 ** k)
        vals.append(m * 10.0 ** -k)
for i in range(3000):
    m = lcg() % 10 ** (1 + lcg() % 17)
    vals.append(m / 10 ** (lcg() % 20))
for v in [0.1, 0.2, 0.3, 1.1, 19.99, 2.675, 0.5, 0.25, 0.125, 3.0, 1e15, 1e16, 1e-7, 2.0 ** 51,
          2.0 ** 51 + 1, 2.0 ** 51 - 0.5, 2.0 ** 50 + 0.25, 9007199254740991.0, 1 / 3, 5e-324]:
    print(repr(v), repr(-v))
print(len(vals), sum(len(repr(v)) for v in vals), all(float(repr(v)) == v for v in vals))
print(' '.join(repr(v) for v in vals[:200]))
print(' '.join(repr(v) for v in vals[-300:]))
