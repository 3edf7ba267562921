# io.StringIO(newline=''): lines also end at a lone '\r' ('\r\n' stays one end).
import io
print(list(io.StringIO('a\rb\nc', newline='')), list(io.StringIO('a\r\nb\rc\r', newline='')))
print(list(io.StringIO('a\rb\nc')), list(io.StringIO('a\rb\nc', newline='\n')))
s = io.StringIO('x\ry\r\nz', newline='')
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s = io.StringIO('abc\rdef', newline='')
print(repr(s.readline(2)), repr(s.readline(5)), s.readlines())
print(io.StringIO('1\r2\r3', newline='').readlines(), repr(io.StringIO('a\rb', newline='').read()))
import csv
print(list(csv.reader(io.StringIO('a,b\rc,d\r\n', newline=''))))
b = io.BytesIO(b'a\rb\nc')
print(list(b))
from collections import UserString
print(UserString('hi').encode(None, None), UserString('h\xe9').encode('latin-1', None))
