# set creation, membership, add, remove, discard (printed sorted)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
s.discard(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e.args)
print(sorted(set('hello')), sorted(set([1, 1, 2])), set(), len(set()), sorted(set(range(3))))
p = s.pop()
print(p in (1, 3), len(s))
try:
    set().pop()
except KeyError:
    print('KeyError pop')
try:
    {[1]}
except TypeError:
    print('TypeError unhashable')
