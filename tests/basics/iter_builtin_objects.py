# iterators of built-in types: independence, exhaustion, modification during iteration
l = [1, 2, 3]
a, b = iter(l), iter(l)
print(next(a), next(a), next(b), list(a), list(b))
it = iter(l)
next(it)
l.append(4)
print(list(it))
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError:
    print('RuntimeError set changed')
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError:
    print('RuntimeError dict changed')
t = iter((1, 2))
print(list(t), list(t), list(iter('')), list(iter(b'ab')), list(iter(bytearray(b'c'))))
r = iter(range(3))
print(next(r), list(r), type(r).__name__)
e = iter(enumerate('ab'))
print(list(e), list(e))
s_it = iter('héllo')
print(next(s_it), next(s_it), ''.join(s_it))
d = {'a': 1, 'b': 2}
ki, vi, ii = iter(d), iter(d.values()), iter(d.items())
print(next(ki), next(vi), next(ii), list(ki), list(vi), list(ii))
