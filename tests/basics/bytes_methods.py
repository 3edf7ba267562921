# str-like methods on bytes
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxhixx'.strip(b'x'))
print(b.upper(), b.lower(), b'a,b,c'.split(b','), b'a b  c'.split(), b'a,b,c'.rsplit(b',', 1))
print(b.find(b'o'), b.rfind(b'o'), b.find(b'z'), b.index(b'W'), b.rindex(b'l'), b.count(b'l'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b'abc'.replace(b'b', b'BB'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith(b'bc'), b'abc'.startswith((b'x', b'a')))
print(b'key=val'.partition(b'='), b'a=b=c'.rpartition(b'='))
print(b'l1\nl2\r\nl3'.splitlines(), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'))
print(b'42'.zfill(5), b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace(), b'AB'.isupper(), b'ab'.islower())
print(b.find(108), b'abc'.count(b''), b'hello'.decode())
