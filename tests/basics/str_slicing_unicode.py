# indexing and slicing strings with non-ASCII characters
s = 'aé€😀z'
print(len(s), s[0], s[1], s[2], s[3], s[4], s[-1], s[-4])
print(s[1:3], s[::-1], s[::2], s[1::2], s[-3:], s[:-2], s[10:], s[-10:2])
print(list(s), [ord(c) for c in s], s.find('€'), s.index('😀'), s.rfind('z'), s.count('é'))
print(s.upper(), 'ÉCOLE'.lower(), s.encode('utf-8'), len(s.encode()))
print(repr(s), ascii(s), repr('\u200b'), repr('\x7f'), repr('\xa0'), repr('\xad'), repr('\U0001f600'))
print('€' in s, 'é€' in s, s.split('€'), s.replace('€', 'E'), s.partition('€'))
print(sorted('bé€a'), max('aé€'), min('zé'), 'é' < '€' < '😀')
try:
    s[5]
except IndexError:
    print('IndexError')
print(chr(0x10ffff) == '\U0010ffff', ord('\U0010ffff'))
try:
    chr(0x110000)
except ValueError:
    print('ValueError')
try:
    ord('ab')
except TypeError:
    print('TypeError')
