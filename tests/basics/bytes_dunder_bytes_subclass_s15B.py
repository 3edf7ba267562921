# bytes(x) returns what x.__bytes__() returned, a bytes subclass included;
# a bytes subclass called the same way is built from those bytes.
class BS(bytes):
    pass

class WithBytes:
    def __init__(self, value):
        self.value = value

    def __bytes__(self):
        return self.value

for value in (b'abc', BS(b'abc'), BS()):
    r = bytes(WithBytes(value))
    print(type(r).__name__, r, r is value)
    r = bytes(source=WithBytes(value))
    print(type(r).__name__, r, r is value)

class BS2(bytes):
    pass

r = BS2(WithBytes(BS(b'xyz')))
print(type(r).__name__, r)
r = BS2(WithBytes(b'xyz'))
print(type(r).__name__, r)

# bytes(b) is b, by position or keyword; bytes of a subclass is exact bytes
b = b'spam' * 10
print(bytes(b) is b, bytes(source=b) is b)
r = bytes(BS(b'q'))
print(type(r).__name__, r)

for bad in (bytearray(b'x'), 'str', 5):
    try:
        bytes(WithBytes(bad))
    except TypeError:
        print('TypeError', type(bad).__name__)
