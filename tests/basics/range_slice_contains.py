# slicing ranges gives ranges; membership and equality
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], list(r[1:8:2]))
print(4 in r, 5 in r, 20 in r, -2 in r, 4.0 in r)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2))
print(r.index(6), r.count(6), r.count(7))
print(list(range(10, 0, -2)[1:3]), range(3)[-1])
