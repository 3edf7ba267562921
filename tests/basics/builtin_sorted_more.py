# sorted: stability, key, reverse, errors
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True), sorted([]), sorted((2, 1)))
print(sorted([3, 1, 2], key=None), sorted(['B', 'a', 'C'], key=str.lower), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, 2], lambda x: x)
except TypeError:
    print('TypeError')
try:
    sorted([1, None])
except TypeError:
    print('TypeError')
print(sorted([1.5, 1, True, 0]), sorted(['b', 'a'], reverse=1))
l = [5, 3, 4]
print(sorted(l) is l, l)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'K%d' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v), min([K(3), K(1)]))
