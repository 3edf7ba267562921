# str.join with various iterables and errors
print(','.join([]), ','.join(['a']), ','.join('abc'), '-'.join(('x', 'y')), ''.join(map(str, range(5))))
print(', '.join({'k1': 1}), '+'.join(x for x in 'xyz'), ' '.join(reversed(['a', 'b'])))
for bad in ([1, 2], ['a', None], [b'a'], 5):
    try:
        ','.join(bad)
    except TypeError:
        print('TypeError')
print(b','.join([b'a', bytearray(b'b')]), bytearray(b'-').join([b'x', b'y']))
try:
    b','.join(['a'])
except TypeError:
    print('TypeError')
