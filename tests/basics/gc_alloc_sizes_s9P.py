# Objects of many sizes, made in an order that puts allocations across the
# words of the collector's allocation table, stay intact through
# collections and are freed and reused.
import gc

keep = []
for rnd in range(3):
    for n in range(0, 700, 7):
        keep.append("x" * n)
        keep.append(list(range(n % 50)))
        keep.append(bytes(range(n % 256)))
    gc.collect()
    ok = all(keep[i] == "x" * (7 * (i // 3 % 100)) for i in range(0, len(keep), 3))
    ok2 = all(keep[i] == list(range(7 * (i // 3 % 100) % 50)) for i in range(1, len(keep), 3))
    ok3 = all(keep[i] == bytes(range(7 * (i // 3 % 100) % 256)) for i in range(2, len(keep), 3))
    print(rnd, len(keep), ok, ok2, ok3)
    del keep[::2]
    gc.collect()
    print(len(keep), sum(len(k) for k in keep))
big = [[i] * (i % 40) for i in range(3000)]
gc.collect()
print(sum(len(b) for b in big), all(b == [i] * (i % 40) for i, b in enumerate(big)))
s = "".join(str(i % 10) for i in range(100000))
gc.collect()
print(len(s), s[:12], s[-12:])
