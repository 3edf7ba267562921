# str.maketrans/translate and bytes.maketrans/translate
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdabcd'.translate(t))
print('héllo'.translate({ord('é'): 'e', ord('l'): None, ord('o'): 0x20ac}))
print(str.maketrans({'a': '1', 98: '2'}), 'abc'.translate(str.maketrans({'a': '1', 98: None})))
class Upper:
    def __getitem__(self, c):
        if c == ord('q'):
            raise LookupError
        return c - 32
print('aqb'.translate(Upper()))
try:
    str.maketrans('ab', 'x')
except ValueError:
    print('ValueError')
tb = bytes.maketrans(b'ab', b'AB')
print(len(tb), tb[97:99], b'abcab'.translate(tb), b'abcab'.translate(tb, b'c'), b'abc'.translate(None, b'b'))
print(bytearray(b'abc').translate(tb), bytearray.maketrans(b'x', b'y')[120])
try:
    b'x'.translate(b'short')
except ValueError:
    print('ValueError')
