# bytes indexing, slicing, concatenation, comparison and iteration
b = b'hello'
print(b[0], b[-1], b[1:3], b[::-1], len(b), list(b))
print(b + b' world', b * 2, 2 * b'ab', b'' * 3)
print(b == b'hello', b != b'Hello', b < b'help', b'a' < b'b', b'ab' < b'abc', b > b'')
print(b'll' in b, 108 in b, b'z' in b, 0 in b)
print(sorted(b'cab'), max(b'abc'), b'abc' == bytearray(b'abc'))
try:
    b[0] = 1
except TypeError:
    print('TypeError: immutable')
try:
    b + 'str'
except TypeError:
    print('TypeError: bytes + str')
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
