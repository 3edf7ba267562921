# bisect (frozen pure-Python module, lib/bisect.py): bisect/insort with lo, hi and key.
import bisect

a = [1, 2, 2, 2, 5, 8]
for x in (0, 1, 2, 3, 5, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 9, 1, 3))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)

b = []
for x in (5, 1, 4, 1, 3, 9, 2):
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)

recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
words = ['apple', 'fig', 'kiwi', 'mango']
print(bisect.bisect_left(words, 'grape'), bisect.bisect_right(words, 'fig'))
print(bisect.bisect_left((1, 3, 5), 4))

# --- more coverage ---
import bisect as B
data = list(range(0, 100, 3))
ok = True
for x in range(-2, 102):
    for lo in (0, 5):
        for hi in (None, 20, len(data)):
            l = B.bisect_left(data, x, lo, hi)
            r = B.bisect_right(data, x, lo, hi)
            top = len(data) if hi is None else hi
            ok = ok and lo <= l <= r <= top
            ok = ok and all(v < x for v in data[lo:l]) and all(v >= x for v in data[l:top])
            ok = ok and all(v <= x for v in data[lo:r]) and all(v > x for v in data[r:top])
print('invariants hold', ok)
print(B.bisect_left(data, 50, hi=3), B.bisect_right(data, 50, lo=30), B.bisect(data, 6, 0, 0))
people = [('ann', 20), ('bob', 25), ('cy', 25), ('di', 40)]
print(B.bisect_left(people, 25, key=lambda p: p[1]), B.bisect_right(people, 25, key=lambda p: p[1]),
      B.bisect(people, 41, key=lambda p: p[1]))
B.insort_right(people, ('ed', 25), key=lambda p: p[1])
B.insort_left(people, ('fay', 25), key=lambda p: p[1], lo=1)
print(people)
s = ['b', 'd']
B.insort(s, 'c', 0, 2)
B.insort_left(s, 'a', hi=0)
print(s)
try:
    B.bisect_right([1, 2], 1, lo=-3)
except ValueError as e:
    print('ValueError', e)
try:
    B.insort_right([1, 2], 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    B.bisect_left([1, 'a'], 2)
except TypeError:
    print('TypeError on mixed types')
print(B.bisect_right([1.5, 2.5], 2), B.bisect_left('acegi', 'd'))
print(sorted(B.__all__) if hasattr(B, '__all__') else None)
