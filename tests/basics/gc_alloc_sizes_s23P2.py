# Allocations of every small size (gc_alloc's one-word path) and just past
# it, kept across collections and with automatic collection off and on:
# contents must survive and fresh objects must start empty.
import gc

keep = []
for n in range(0, 600, 7):
    b = bytes(range(256)) * (n // 256) + bytes(range(n % 256))
    s = "x" * n
    l = list(range(n // 8))
    d = {i: str(i) for i in range(n // 40)}
    keep.append((n, b, s, l, d, bytearray(n)))
gc.collect()
ok = True
for n, b, s, l, d, ba in keep:
    ok = ok and len(b) == n and b[:3] == bytes(range(min(3, n))) and s == "x" * n
    ok = ok and l == list(range(n // 8)) and d == {i: str(i) for i in range(n // 40)}
    ok = ok and ba == bytearray(n)
print("kept", len(keep), ok)

# Freed memory comes back zeroed to objects that need it.
for rnd in range(3):
    junk = [bytearray(b"\xff" * (16 * k + 3)) for k in range(40)]
    del junk
    gc.collect()
    fresh = [bytearray(16 * k + 3) for k in range(40)]
    objs = [[None] * k for k in range(40)]
    print(rnd, all(not any(f) for f in fresh), all(o == [None] * i for i, o in enumerate(objs)))

gc.disable()
print(gc.isenabled())
t = [str(i) * 3 for i in range(20000)]
print(len(t), t[12345], sum(len(x) for x in t))
gc.enable()
print(gc.isenabled())
u = [(i, str(i)) for i in range(20000)]
gc.collect()
print(len(u), u[777], t[19999])


class Obj:
    def __init__(self, i):
        self.i = i
        self.tag = "o%d" % i


objs = [Obj(i) for i in range(3000)]
gc.collect()
print(sum(o.i for o in objs), objs[2999].tag, objs[0].tag)
