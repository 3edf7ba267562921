# repr of bytes and bytearray
print(repr(b''), repr(b'abc'), repr(b"'"), repr(b'"'), repr(b'\'"'))
print(repr(bytes(range(0, 32))))
print(repr(bytes(range(120, 140))))
print(repr(bytearray(b'x\x00y')), str(b'q'), str(bytearray()))
print([b'a', bytearray(b'b')])
