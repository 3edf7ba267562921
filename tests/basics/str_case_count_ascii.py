# ASCII upper()/lower() and one-character count() have their own loops:
# every byte value at every position, both kinds, bounds and bytearray.
s = ''.join(chr(i) for i in range(128))
b = bytes(range(256))
for t in [s, s * 3, s[5:70], '', 'a', 'Z', '@[`{', 'Hello World ' * 50]:
    print(t.upper() == ''.join(chr(ord(c) - 32) if 'a' <= c <= 'z' else c for c in t),
          t.lower() == ''.join(chr(ord(c) + 32) if 'A' <= c <= 'Z' else c for c in t))
    print(t.count('l'), t.count('o', 3), t.count('o', 3, -3), t.count('\x00'), t.count('\x7f', -10))
print(b.upper()[60:130], b.lower()[60:130], b.upper()[200:], bytearray(b).lower()[:100])
print(b.count(b'a'), b.count(97), b.count(b'\xff'), bytearray(b * 2).count(b'\x00', 1))
print('ÀÉaé'.upper(), 'ÀÉaé'.lower(), 'aaaa'.count('a', 1, 3), 'aXa'.count('a', 5))
