# split/rsplit/strip/partition on non-ASCII text and Unicode whitespace
s = 'héllo wörld\u3000naïve\u00a0x'
print(s.split(), s.rsplit(None, 1), s.split('ö'), s.rsplit('l', 1))
print('é,ü,,ß'.split(','), 'é,ü,,ß'.rsplit(',', 2), 'aéaéa'.split('é', 1))
print(' \u2003é\u2028'.strip(), 'ééxéé'.strip('é'), 'ééxéé'.lstrip('é'), 'ééxéé'.rstrip('é'))
print('a\x1cb\x1dc'.split(), b'a\x1cb'.split(), 'a\x85b'.splitlines(), 'a\u2029b'.splitlines(True))
print('k=vé=w'.partition('='), 'k=vé=w'.rpartition('='), 'é'.partition('x'))
print('  a b  '.split(None, 0), '  a b  '.rsplit(None, 0), 'a b c'.rsplit(maxsplit=1))
words = ('alpha beta ' * 300).split()
line = ' '.join(words)
print(len(words), len(line), len(line.split(' ')), line.split(' ', 2)[:2], line.rsplit(' ', 2)[-2:])
