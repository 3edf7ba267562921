# repr chooses quotes and escapes like CPython
for s in ['abc', "a'b", 'a"b', 'a\'b"c', '\n', '\\', '\x00', '\x7f', '\x80', '\xe9', '\u4e2d', '\t\r']:
    print(repr(s))
print(repr(b"a'b"), repr(b'a"b'), repr(b'a\'b"c'))
print(repr(b'\x00\n\r\t\\\x7f\x80\xff'))
