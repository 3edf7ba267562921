# The empty str and bytes hash to 0, as in CPython (other str hashes are
# randomised there, so this is the one str hash a program can rely on).
print(hash(''), hash(b''), hash(''.join([])), hash(bytes(0)))
d = {'': 'str', b'': 'bytes'}
print(d[''], d[b''], d[''.join([])], d[bytes(0)])
print('' in {''}, b'' in frozenset([b'']))
