# bytes.fromhex / bytearray.fromhex on a subclass return cls(result)
class BK(bytes):
    pass


class BA(bytearray):
    pass


class BI(bytes):
    def __new__(cls, v):
        print('BI.__new__', v)
        return super().__new__(cls, v + b'!')


for c in (bytes, bytearray, BK, BA, BI):
    r = c.fromhex('41 42')
    print(c.__name__, type(r).__name__, r == b'AB' or r == b'AB!', bytes(r))
print(type(BK(b'x').fromhex('43')).__name__)


# tuple() argument errors name the type
class TP(tuple):
    def __init__(s, a, b):
        pass


for f in (lambda: TP(1, 2), lambda: tuple(1, 2), lambda: tuple(x=1), lambda: tuple([1], 2, 3)):
    try:
        f()
    except TypeError as e:
        print(e)
print(tuple(), tuple([1, 2]))
