# set methods: each with several arguments and iterables
s = {1, 2, 3}
print(sorted(s.union([4], (5,), 'a'), key=str), sorted(s.intersection([1, 2], {2, 3})), sorted(s.difference([1], [2])))
print(sorted(s.symmetric_difference([3, 4])), s.issubset(range(5)), s.issuperset([1]), s.isdisjoint('abc'))
t = set(s)
t.update([7], {8}); t.intersection_update(range(8)); print(sorted(t))
t.difference_update([1], [2]); print(sorted(t))
t.symmetric_difference_update([3, 100]); print(sorted(t))
t.discard(999); t.discard(7); t.add(0); print(sorted(t))
try:
    t.remove(999)
except KeyError as e:
    print('KeyError', e)
print(len(t), t.pop() in {0, 100}, len(t))
try:
    set().pop()
except KeyError:
    print('KeyError')
print(set() == set(), {1} == frozenset([1]), {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2})
print(set(), frozenset(), repr({1}), repr(frozenset({1})), set('aa'), frozenset('b'))
for bad in ("{1} + {2}", "{1} < [1]", "{[]}", "{1} | [2]", "{1} & 'a'"):
    try:
        eval(bad)
    except TypeError:
        print('TypeError', bad)
print(type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__, type(frozenset() - set()).__name__)
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset([2, 1])], fs.copy() is fs)
print({1, 2}.copy(), s.clear(), s)
print(sorted({frozenset([1]), frozenset([1])}, key=len))
