# bytes patterns on bytes-like subjects: ASCII classes, templates, and the
# type rules between str and bytes.
import re
from array import array

print(re.match(rb'(\d+)', b'123abc').group(1), re.sub(rb'a', b'b', b'aaa'), re.findall(rb'\w', b'a b\xe9'))
print(re.search(rb'b+', bytearray(b'abbc')).group(), re.match(b'.', memoryview(b'xy')).group(), re.match(b'a', array('B', b'ab')))
print(re.split(rb'\s+', b'a  b\tc'), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.sub(b'x', lambda m: b'yy', b'axb'))
print(re.match(rb'[\x80-\xff]+', b'\xe9\xff!').group(), re.match(rb'(?i)AB', b'ab').group(), re.match(rb'\w', b'\xe9'))
print(re.compile(rb'\d').pattern, re.escape(b'a.b'), re.subn(b'a', b'', b'banana'), re.fullmatch(rb'\x00+', b'\0\0').span())
for f in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.sub(b'a', 'b', b'a'), lambda: re.sub('a', b'b', 'a'),
          lambda: re.match(b'a', 1), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.L), lambda: re.compile(rb'\u0041'),
          lambda: re.sub(b'a', lambda m: 'x', b'a'), lambda: re.compile(1), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
