# hash(): ints hash to themselves when small; equal values hash equally
for v in (0, 1, -5, 100, 12345):
    print(v, hash(v) == v)
print(hash(-1) == hash(-1), hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 70) == hash(2 ** 70), hash('abc') == hash('a' + 'bc'), hash((1, 2)) == hash((1, 2)))
print(hash(1.5) == hash(1.5), type(hash('x')).__name__)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
