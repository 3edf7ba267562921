# secrets: token lengths and alphabets, randbelow/choice/randbits ranges,
# compare_digest; values are random, so only their shape is printed.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)))
t = secrets.token_hex(7)
print(len(t), all(c in string.hexdigits.lower() for c in t), len(secrets.token_hex()))
for n in (0, 1, 2, 3, 16, 33):
    u = secrets.token_urlsafe(n)
    print(n, len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u))
print(len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for i in range(50)), secrets.randbelow(1))
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
print(secrets.choice("abc") in "abc", secrets.choice([7]))
print(all(0 <= secrets.randbits(4) < 16 for i in range(50)))
print(secrets.compare_digest(b"ab", b"ab"), secrets.compare_digest("ab", "ac"), secrets.compare_digest(b"a", b"ab"))
print(secrets.DEFAULT_ENTROPY)
