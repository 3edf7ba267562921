# iter() on built-in containers returns iterators that are their own iterators
for c in ([1, 2], (1, 2), 'ab', b'ab', {1: 2}, {1}, range(2), bytearray(b'x')):
    it = iter(c)
    print(type(c).__name__, iter(it) is it, list(it), list(it))
