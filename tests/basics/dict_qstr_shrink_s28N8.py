# A dict of interned-string keys that deletes brought below the size where
# it keeps a hash index, and that then fills up: the insert rebuilt the table
# without the index and went on to use it (a segfault, found by
# tools/fuzz/diffsock.py through its slot dict).
d = {}
for k in ["s2p", "s0", "s2", "s4", "s1p", "s1pp", "s1", "s5", "s0p"]:
    d[k] = 1
d.pop("s0", None)
d.pop("s1", None)
d["s0"] = 2
d["s1"] = 2
for k in ["s1", "s0", "s0", "s1", "s2"]:
    d.pop(k, None)
    d[k] = 3
d.pop("s1p", None)
d.pop("s4", None)
d["s1p"] = 4
print(sorted(d.items()))

# The same over many mixes of deletes and inserts, sizes around the limit
# (literal keys: interned, as names in source text are).
names = ["k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"]
seed = 12345
bad = 0
for trial in range(400):
    d = {}
    ref = []
    for step in range(40):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = names[(seed >> 8) % len(names)]
        if (seed >> 4) % 3 == 0:
            d.pop(k, None)
            if k in ref:
                ref.remove(k)
        else:
            d[k] = step
            if k not in ref:
                ref.append(k)
    if list(d) != ref:
        bad += 1
print("done", bad)
