L = [1, 2, 3]
L.insert(100, 'end'); L.insert(-100, 'start'); L.insert(-1, 'pen'); print(L)
print(L.index(2), L.index(3, 2), L.index(3, -4, -1) if 3 in L[-4:-1] else 'x', L.count(1), L.pop(), L.pop(0), L.pop(-2), L)
for args in [(99,), (1, 5), (1, 0, 1)]:
    try:
        L.index(*args)
    except ValueError:
        print('ValueError index', args)
try:
    L.remove(42)
except ValueError:
    print('ValueError remove')
try:
    [].pop()
except IndexError:
    print('IndexError pop empty')
try:
    [1].pop(5)
except IndexError:
    print('IndexError pop range')
L = [3, 1, 2]; print(L.sort(), L, L.reverse(), L, L.copy(), L.clear(), L)
L = [1]; L.extend(range(3)); L.extend('ab'); L.extend({9: 0}); L += (7,); print(L)
try:
    L + (1,)
except TypeError:
    print('TypeError list+tuple')
L = [1, 2]; L *= 2; print(L); L *= 0; print(L)
print([1, 2, 3].index(2, -2), [0] * 3 == [0, 0, 0], [[]] * 2, list('abc') > list('abb'))
t = (1, 2, 1); print(t.count(1), t.index(1, 1), t + (3,), t * 2, t[::-1], tuple(reversed(t)), hash(t) == hash((1, 2, 1)))
a = [1, 2, 3]; a[1:2] = a; print(a)
a = [1, 2, 3]; a.extend(a); print(a)
a = [1, 2, 3]; a += a; print(a)
a = [[0] * 2] * 2; a[0][0] = 1; print(a)
print(list(range(5))[::-1][1:3], [1, 2, 3][-1:-4:-1], [1, 2, 3][5:], [1, 2, 3][-5:1])
b = [5, 2, 8, 1]; b.sort(reverse=True); print(b); b.sort(key=lambda x: x % 3); print(b)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted([(1, None), (0, None)]))
nested = [[3, 2], [1], []]; nested.sort(key=len); print(nested)
print(sorted([0.5, -1, 2**64, -2**64, True]), sorted(['B', 'a', 'C'], key=str.lower))
d = {'x': 1}
print(list(d.keys()), d.get('y'), d.get('y', 0), d.pop('y', 'dflt'), d.setdefault('z'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
dv = d.values(); d['w'] = 5; print(list(dv), len(dv), 5 in dv)
dk = d.keys(); print(dk, 'x' in dk, reversed(dk).__class__.__name__, list(reversed(d)))
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError:
    print('RuntimeError dict changed size')
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError:
    print('RuntimeError set changed size')
print(dict([(1, 2)], a=3), dict(a=1, b=2), dict({'a': 1}, b=2), dict.fromkeys([1, 2], []))
try:
    dict([(1, 2, 3)])
except ValueError:
    print('ValueError dict seq')
print({1: 'a'} == {1.0: 'a'}, {} == dict(), {'a': [1]} == {'a': [1]}, {'a': 1}.items() == {('a', 1)})
e = {}; e[(1, 2)] = 't'; e[frozenset({1})] = 'f'; e[None] = 'n'; e[1.5] = 'fl'; print(e[(1, 2)], e[frozenset([1])], e[None], e[1.5])
print(s.pop() in (1, 2, 11, 12) if s else True, len(set('hello')), set() == frozenset(), {1, 2} - {2} == {1})
st = {1, 2, 3}; st.discard(5); st.remove(1); print(st)
try:
    st.remove(9)
except KeyError as e:
    print('KeyError', e)
st.update([4], (5,)); st.intersection_update({2, 3, 4, 5, 6}); st.difference_update([5]); st.symmetric_difference_update({3, 7}); print(sorted(st))
print(sorted({1, 2}.union()), {1}.issubset({1}), set('ab') == set('ba'), frozenset('ab') | {'c'} == {'a', 'b', 'c'})
