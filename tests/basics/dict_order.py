# dicts keep insertion order
d = {}
for k in ['zebra', 'apple', 'mango', 'kiwi']:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d['apple'] = 0
print(list(d))
del d['zebra']
d['zebra'] = 1
print(list(d.items()))
d2 = dict.fromkeys('hello')
print(list(d2))
big = {i * 7 % 101: i for i in range(100)}
print(list(big)[:10], list(big)[-5:])
d.pop('mango')
d['new'] = 5
print(d)
