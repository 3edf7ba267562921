import operator
print(operator.length_hint(iter([1,2,3])), operator.length_hint(iter({1: 2})))
print(operator.length_hint(iter((1,2))), operator.length_hint(iter({1:2}.values())), operator.length_hint(iter({1:2, 3:4}.items())))
print(operator.length_hint(reversed({1:2, 3:4})), operator.length_hint(reversed({1:2, 3:4}.items())))
l = [1, 2, 3]
it = iter(l)
next(it)
print(it.__length_hint__())
l.append(4)
print(it.__length_hint__())
del l[:]
print(it.__length_hint__())
print(list(it), it.__length_hint__())
l.extend([1, 2])
print(it.__length_hint__(), list(it))
t = iter((1, 2, 3))
print(t.__length_hint__(), next(t), t.__length_hint__(), list(t), t.__length_hint__())
d = {1: 2, 3: 4, 5: 6}
for mk in (lambda: iter(d), lambda: iter(d.values()), lambda: reversed(d), lambda: reversed(d.items())):
    it = mk()
    print(it.__length_hint__(), next(it), it.__length_hint__())
    print(list(it), it.__length_hint__())
it = iter(d)
next(it)
d[7] = 8
print(it.__length_hint__())
del d[7]
print(it.__length_hint__())
