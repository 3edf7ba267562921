# Sequence repetition copies by doubling (b'x' * n used to make n one-byte
# copies): every length, item size and in-place bytearray repeat still gives
# the same result as repeated concatenation.
def slow(s, n):
    r = s[:0]
    for i in range(n):
        r = r + s
    return r


ok = True
for s in (b"x", b"ab", b"abc", "q", "xyz", "é", "a€", [1], [1, 2, 3], (None,), (1, "a")):
    for n in (0, 1, 2, 3, 5, 7, 8, 9, 16, 31, 100):
        ok = ok and s * n == slow(s, n) and n * s == slow(s, n)
print(ok)
for s in (b"z", b"abc", b""):
    for n in (0, 1, 2, 3, 6, 17):
        a = bytearray(s)
        a *= n
        ok = ok and a == slow(bytearray(s), n) and bytearray(s) * n == a
print(ok)
big = b"0123456789" * 100003
print(len(big), big.count(b"0123456789"), big[-10:], big[500000:500010])
print(len("ab" * 70001), ("ab" * 70001)[-3:], len([0] * 100000), sum([1] * 100000))
a = bytearray(b"xy")
a *= 65537
print(len(a), a[-4:], a.count(b"xy"))
