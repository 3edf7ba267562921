# bytes and bytearray each have their own maketrans (same behaviour).
print(bytes.maketrans.__qualname__, bytearray.maketrans.__qualname__)
print(bytes.maketrans.__name__, bytearray.maketrans.__name__)
t = bytes.maketrans(b'ab', b'xy')
print(t == bytearray.maketrans(b'ab', b'xy'), b'abc'.translate(t))
print(bytearray(b'aab').translate(bytearray.maketrans(b'a', b'z')))
