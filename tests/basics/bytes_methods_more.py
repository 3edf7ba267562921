# bytes methods
b = b'Hello, World'
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.find(b'o'), b.rfind(b'o'), b.count(b'l'))
print(b.find(111), b.index(b'W'), b.startswith(b'He'), b.endswith((b'x', b'ld')), b.split(b', '), b.split())
print(b.replace(b'l', b'L', 2), b.strip(b'Hd'), b'  x  '.strip(), b.partition(b','), b.rpartition(b'o'))
print(b'a,b'.split(b','), b'a b'.rsplit(None, 1), b'x'.center(5, b'-'), b'x'.ljust(3), b'x'.rjust(3, b'0'), b'7'.zfill(3))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'AB'.isupper(), b'ab'.islower(), b''.isalpha())
print(b'-'.join([b'a', b'b']), b'ab'.hex(), bytes.fromhex('41 42'), b'\x00\xff'.hex(':') if True else '')
print(b'abc' + b'd', b'ab' * 2, b'a' in b'abc', 97 in b'abc', b'' in b'x', b'abc'[1], b'abc'[-1:], b'abc'[::-1])
print(b'a\nb\r\nc'.splitlines(), b'a\nb'.splitlines(True), b'Ab Cd'.istitle(), b'\tx'.expandtabs(4))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'xyx'.lstrip(b'x'), b'xyx'.rstrip(b'x'))
try:
    b'abc'.index(b'z')
except ValueError:
    print('ValueError')
try:
    b'a' + 'b'
except TypeError:
    print('TypeError')
try:
    b'abc'.find('a')
except TypeError:
    print('TypeError')
try:
    bytes.fromhex('4')
except ValueError:
    print('ValueError')
print(b'%d-%s' % (5, b'x') if True else '', b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), bytes(3), bytes([1, 2]), bytes('é', 'utf-8'))
try:
    bytes([256])
except ValueError:
    print('ValueError')
try:
    bytes('abc')
except TypeError:
    print('TypeError')
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', isinstance(e, ValueError))
print(b'\xff'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'replace'), b'\xe9'.decode('latin-1'))
