# tuple hashes of ints are deterministic in CPython (xxHash-based)
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), 3)), hash((-1,)), hash((0, 0)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
