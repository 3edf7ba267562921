# Short strings built in a buffer (format, %, f-strings, repr, str of ints)
# leave the small buffer to the collector; frees next to the allocator's
# bump region skip over it. Earlier objects must stay intact through
# collections.
import gc

keep = []
for n in range(0, 90):
    a = "{}|{}".format("x" * n, n)
    b = "%s=%d" % ("y" * n, n)
    c = f"{'z' * n}{n:04d}"
    d = repr("q" * n)
    e = b"%s-%d" % (b"w" * n, n)
    keep.append((a, b, c, d, e))
    if n % 17 == 0:
        gc.collect()
ok = True
for n, (a, b, c, d, e) in enumerate(keep):
    ok = ok and a == "x" * n + "|" + str(n) and b == "y" * n + "=" + str(n)
    ok = ok and c == "z" * n + "%04d" % n and d == "'" + "q" * n + "'"
    ok = ok and e == b"w" * n + b"-" + str(n).encode()
print(ok, len(keep), sum(len(t[0]) + len(t[4]) for t in keep))

# A buffer shrunk in place (a long str taking over its vstr), then more
# allocations right after it.
parts = []
for i in range(200):
    s = "".join(["ab%d" % j for j in range(i % 40)])
    parts.append((s, str(i) * 30))
gc.collect()
print(all(p[0] == "".join(["ab%d" % j for j in range(i % 40)]) and p[1] == str(i) * 30
          for i, p in enumerate(parts)))

# Non-ASCII text and lengths around the inline limit keep their length.
for n in (62, 63, 64, 65, 66):
    s = "{}{}".format("é" * (n // 2), "a" * (n % 2))
    print(n, len(s), len(s.encode()), s[-1], s.count("é"))
