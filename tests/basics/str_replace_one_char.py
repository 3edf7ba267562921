# replace() of one byte or ASCII character by another has its own loop: every
# position, no match, bytearray results, non-ASCII text around the match,
# counts (the general path) and the identity of unchanged results.
s = 'hello world ' * 5
print(s.replace('o', '0'), s.replace('h', 'H'), s.replace(' ', '_'), s.replace('z', 'y'))
print(s.replace('o', '0', 2), s.replace('o', '0', 0), s.replace('o', '0', -1))
u = 'héllo wörld ñ o'
print(u.replace('o', 'O'), u.replace('l', 'L'), len(u.replace('o', 'O')), u.replace('é', 'e'))
print(u.replace('o', 'O')[3], u.replace('o', 'O').upper(), u.replace('o', 'O').index('ñ'))
b = bytes(range(256))
print(b.replace(b'\x00', b'\xff')[:4], b.replace(b'\xff', b'\x00')[-4:], b.replace(b'a', b'A')[95:100])
ba = bytearray(b'abcabc')
r = ba.replace(b'a', b'z')
print(r, type(r).__name__, ba, ba.replace(b'q', b'z') is ba, ba.replace(b'q', b'z') == ba)
t = 'unchanged'
print(t.replace('x', 'y') is t, ''.replace('a', 'b'), 'a'.replace('a', 'b'), 'aaa'.replace('a', 'a'))
print('a\x00b'.replace('\x00', '\x01'), 'tab\there'.replace('\t', ' '), 'x' * 100 == ('y' * 100).replace('y', 'x'))
