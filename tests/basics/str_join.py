# str.join
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), ' '.join([]))
print(', '.join(str(i) for i in range(5)), '|'.join(('one',)), '--'.join({'k': 1, 'j': 2}))
try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError')
try:
    ','.join([b'a'])
except TypeError:
    print('TypeError bytes')
