# max() and min() with iterables, several args, key and default
print(max(1, 5, 3), min(1, 5, 3), max([4, 9, 2]), min('hello'), max((1.5, 2)), min([3], [1, 2]))
print(max(['bb', 'a', 'ccc'], key=len), min(['bb', 'a', 'ccc'], key=len), max(-3, 2, key=abs))
print(max([], default='empty'), min([], default=None), max([1], default=0))
print(max([1, 3, 3.0, 2]), max([(1, 'b'), (1, 'a')]), min(3, 3.0), max(3.0, 3))
print(max('ab', 'ba', key=lambda s: s[1]), min(range(5, 0, -1)))
for args in ((), ([],)):
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    max(1, 'a')
except TypeError:
    print('TypeError')
