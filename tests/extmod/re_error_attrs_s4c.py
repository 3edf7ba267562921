# re.error carries msg, pattern, pos, lineno and colno; a multi-line
# pattern's message gives the line and column.
import re

for p in ['(\u20ac))', b'(\xa4))', 'abc\n(?P<x>\ny(', 'a)', '[b-a]', 'x{2,1}']:
    try:
        re.compile(p)
    except re.error as e:
        print(str(e), '|', e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
e = re.error('plain')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno)
p = re.compile(r'(?i)(?P<first>a)(?P<other>b)')
print(sorted(p.groupindex), p.groupindex['other'], dict(p.groupindex))
# (?u:...) inside re.ASCII and (?a:...) inside Unicode.
print(re.match(r'\w(?a:\W)\w', '\xe0\xe0\xe0').span())
print(re.match(r'(?a:\W(?u:\w)\W)', '\xe0\xe0\xe0').span())
print(re.match(r'\W(?u:\w)\W', '\xe0\xe0\xe0', re.ASCII).span())
print(re.match(r'\w', '\xe0', re.A), re.match(r'(?a)[\w]', '\xe0'))
print(repr(~(re.I | re.S | re.X | (1 << 20))))
