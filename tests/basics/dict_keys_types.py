# dict keys of many hashable types
d = {}
keys = [0, 1, -1, 2 ** 65, 1.5, 'str', b'bytes', (1, 'a'), None, True, frozenset([1, 2])]
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d[1], d[True], d[1.0], d[frozenset({2, 1})], d[(1, 'a')], d[2 ** 65])
print(d[None], d[b'bytes'])
print(0 in d, 0.0 in d, False in d, -1.0 in d, 2.0 ** 65 in d)
