# bytes comparisons and hashing
print(b'a' < b'b', b'a' < b'ab', b'' < b'\x00', b'\xff' > b'\x7f', b'abc' == b'abc', b'a' == bytearray(b'a'))
print(bytearray(b'a') == b'a', b'a' != 'a', b'a' == 97, hash(b'ab') == hash(b'ab'))
try:
    b'a' < 'a'
except TypeError:
    print('TypeError')
print(sorted([b'b', b'a', b'ab', b'']), max(b'az'), min(b'az'), list(b'ab'), {b'x': 1}[b'x'])
print(bytearray(b'ab') < bytearray(b'b'), bytearray(b'ab') < b'b', b'ab' < bytearray(b'b'))
