# hashlib.algorithms_guaranteed / algorithms_available: sets of names that
# hashlib.new() accepts (blake2b/blake2s are left out: not built in here).
import hashlib

g = hashlib.algorithms_guaranteed
a = hashlib.algorithms_available
print(type(g).__name__, type(a).__name__, g <= a)
print(sorted(n for n in g if not n.startswith('blake2')))
for name in sorted(g):
    if name.startswith('blake2'):
        continue
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size)
print('md5' in a, 'sha256' in hashlib.algorithms_available)
