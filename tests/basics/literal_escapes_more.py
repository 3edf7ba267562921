# string and bytes literal escapes
print(repr('\a\b\f\v\0\1\12\123\x41\u0041\U00000041\N{EN DASH}'))
print(repr('\N{LATIN SMALL LETTER E WITH ACUTE}'), repr('\xe9'))
print(repr(b'\a\b\f\v\0\1\12\123\x41'), repr(b'\u0041'), len('\u0041'), len(b'\u0041'))
print(repr('\q'), repr(b'\q'), repr('a\
b'))
print(r'\n', rb'\x00', R'\t', Rb'\\', br'\'', len(r'\''))
print('''a'b"c''', """x"y'z""", 'it''s', "con" "cat", b'by' b'tes')
print(u'unicode prefix', U'x', repr('\u00e9\U0001F600'))
print('\x7f' == chr(127), '\177' == chr(127), '\777' == chr(511))
