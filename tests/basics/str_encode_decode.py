# str.encode and bytes.decode with utf-8
s = 'héllo wörld €'
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode('utf-8') == s, s.encode('utf-8') == b)
print('abc'.encode('ascii'), b'abc'.decode('ascii'), bytearray(b'xyz').decode())
print('\U0001F600'.encode(), len('\U0001F600'.encode()))
try:
    b'\xff\xfe'.decode()
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
print(str(b'hi', 'utf-8'), str(bytearray(b'yo'), 'utf-8'))
