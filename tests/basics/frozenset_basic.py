# frozenset is immutable and hashable
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__)
print(f == {1, 2, 3}, frozenset() == set(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
print(sorted(sorted(x) for x in {frozenset([1]), frozenset([1]), frozenset([2])}))
print(hasattr(f, 'add'), sorted(f.union([9])), f.issubset({1, 2, 3, 4}))
print(sorted(frozenset('aab')), frozenset())
