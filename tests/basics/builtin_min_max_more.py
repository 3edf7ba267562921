# min/max with key, default, iterables, errors
print(max([3, 1, 2]), min('bca'), max(1, 2, 3), min((4, 5), (4, 3)), max([1, 3, 2], key=lambda v: -v))
print(max([], default='d'), min([], default=None), max([5], default=0), min(1, 2, key=abs))
print(max(['a', 'bb', 'c'], key=len), min(['a', 'bb', 'c'], key=len), max([2, 2.0]), max([2.0, 2]))
for bad in ('max([])', 'min()', 'max(1)', 'max(1, 2, default=0)', 'min([1, "a"])', 'max(key=len)'):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__)
print(max({3: 'a', 5: 'b'}), min({1, -1}), max(range(5)), max(iter([4, 9, 2])))
print(max('a', 'b', key=None), min([[2], [1, 5]]))
