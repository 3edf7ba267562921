# Allocation among thousands of free holes that are each a little too short
# for the request (a size class wider than one size: 16 to 31 blocks): each
# new big-int below must not walk over all those holes again. Before the fix
# every allocation re-walked them (quadratic time); the result is the same.
import gc


def fragment(nbits, count):
    # Ints of nbits bits separated by small live lists; the ints are dropped,
    # leaving count holes of about the size of one such int.
    holes = []
    seps = []
    for i in range(count):
        holes.append((1 << nbits) + i)
        seps.append([i])
    return seps


gc.collect()
seps1 = fragment(1750, 4000)  # holes just too short for 2100-bit digits
seps2 = fragment(2000, 4000)  # holes that fit them, with a short remainder
gc.collect()
x = (1 << 2100) + 12345
total = 0
keep = []
for i in range(8000):
    y = x + i
    keep.append(y)
    total += y & 0xFFFF
print(total, len(seps1), len(seps2), len(keep))

# Mixed sizes of the same wide class, with temporaries freed in between.
keep2 = []
acc = 0
for i in range(3000):
    a = (1 << (1800 + (i % 7) * 60)) + i
    b = a * 3 - i
    keep2.append(b if i % 3 else a)
    acc += b & 0xFFFFF
print(acc, len(keep2), sum(k & 0xFF for k in keep2))
