# list methods: edge cases and errors
l = [3, 1, 2]
print(l.index(1), l.count(2), l.index(2, 1), l.index(3, -3), l.index(2, -1))
for args in ((5,), (3, 1), (1, 0, 1)):
    try:
        l.index(*args)
    except ValueError:
        print('ValueError', args)
try:
    l.remove(9)
except ValueError:
    print('ValueError remove')
try:
    [].pop()
except IndexError:
    print('IndexError pop')
try:
    [1].pop(5)
except IndexError:
    print('IndexError pop5')
l = list(range(5))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.insert(100, 'end'); l.insert(-100, 'start'); l.insert(1, 'one'); l.insert(-1, 'm')
print(l)
l.extend(range(2)); l.extend('ab'); l.extend({}); l += (9,)
print(l)
l.clear(); print(l)
l = [1, 2]; l2 = l.copy(); l2.append(3); print(l, l2)
l = [1, 2, 3]; l.reverse(); print(l)
try:
    l + (1,)
except TypeError:
    print('TypeError')
try:
    l.sort(1)
except TypeError:
    print('TypeError')
l = ['b', 'A', 'c']
l.sort(key=str.lower, reverse=True); print(l)
l.sort(reverse=False); print(l)
try:
    [1, 'a'].sort()
except TypeError:
    print('TypeError')
print(list(), list('ab'), list((1,)), list({1: 2}), list(range(3)), [] == list())
print([1, 2] * 2, 2 * [0], [1] * 0, [1] * -3, [[]] * 2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 5], [1] == [1.0], [1, 2] != [1, 2])
