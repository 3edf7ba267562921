# list.sort corner cases
l = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError('key failed')
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print('ValueError', e, sorted(l))
l = [5, 4, 3, 2, 1]
def mutating_key(x):
    l.append(0)
    return x
try:
    l.sort(key=mutating_key)
    print('no error', len(l))
except ValueError:
    print('ValueError modified during sort')
l = [1, 2, 3]
print(l.sort(), l.sort(reverse=True), l)
print(sorted([0.5, -1, 3, True, False]), sorted(['b', 'B', 'a', 'A']), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
l = [[1, 'x'], [1, 2]]
try:
    l.sort()
except TypeError:
    print('TypeError')
print(l)
data = ['apple', 'Banana', 'cherry', 'date']
data.sort(key=len, reverse=True)
print(data)
try:
    [].sort(key=1)
    print('empty ok')
except TypeError:
    print('TypeError')
try:
    [1, 2].sort(key=1)
except TypeError:
    print('TypeError key not callable')
