# UserDict / UserList / UserString from the frozen _collections_user module
# (CPython has them in collections; both spellings are tried).
try:
    from collections import UserDict, UserList, UserString
except ImportError:
    from _collections_user import UserDict, UserList, UserString

d = UserDict({'a': 1}, b=2)
print(sorted(d.items()), len(d), 'a' in d, d.get('z', 9), repr(d))
d['c'] = 3
del d['a']
print(sorted(d), sorted((d | {'x': 0}).keys()), type(d | {}).__name__)
print(sorted(({'q': 1} | d).keys()), type({'q': 1} | d).__name__)
d |= {'y': 5}
print(sorted(d.keys()), d.copy() == d, type(d.copy()).__name__)


class Dflt(UserDict):
    def __missing__(self, key):
        return key * 2


m = Dflt()
print(m['ab'], m.get('zz'), 'ab' in m)
print(sorted(UserDict.fromkeys('xy', 0).items()))
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)

l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, len(l))
l += (7,)
l.extend(UserList([5]))
print(l, l == [0, 1, 2, 3, 7, 5], l < [1], l.index(7), l.count(1), l.pop(), 3 in l)
l.reverse()
del l[0]
l[0] = 'x'
print(l, l.copy(), type(l.copy()).__name__, UserList(UserList('ab')))
try:
    hash(l)
except TypeError:
    print('unhashable')

s = UserString('Hello')
print(s, repr(s), len(s), s[1:3], type(s[1:3]).__name__, s + '!', '>' + s, s * 2)
print(s.upper(), type(s.upper()).__name__, s.lower(), s.find('l'), s.count(UserString('l')))
print(s.split('l'), s.startswith('He'), s.replace('l', 'L'), s.center(9, '*'), 'ell' in s)
print(s == 'Hello', s < 'Z', hash(s) == hash('Hello'), int(UserString('42')) + 1)
print(UserString('%s-%s') % ('a', 'b'), s.encode(), s.zfill(7), s.isalpha(), s.splitlines(keepends=True))
print(sorted([UserString('b'), UserString('a')]), str(s), s.join(['1', '2']))
