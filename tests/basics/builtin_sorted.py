# sorted() returns a new list from any iterable
t = (3, 1, 2)
s = sorted(t)
print(s, t, type(s).__name__)
print(sorted('banana'), sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([[2, 1], [1, 2], [1]]))
print(sorted(x * x for x in range(-3, 3)))
