# bytes literals
print(b'abc', B"def", b'''ghi''', b"""jkl""")
print(b'', len(b''), type(b'').__name__)
print(b'a' b'b')
print(b'\x00\xff'[1], b'A'[0])
print(b'it\'s', b"\"q\"")
print(bytes(b'abc') == b'abc')
print(b'\n\t\r\\')
print(list(b'\a\b\f\v'))
