# re.Scanner: phrases with their own groups, sets with ']' and '(' , flags by keyword;
# bytes patterns refuse ASCII|LOCALE
import re
def act(name):
    return lambda s, t: (name, t, s.match.lastindex)
lex = [(r'(a)b', act('AB')), (r'[(]c\)', act('PC')), (r'(?P<n>d)+', act('D')), (r'[]x]', act('X')), (r'\s+', None), (r'é', act('E'))]
print(re.Scanner(lex).scan('ab(c) dd ]xéz'))
print(re.Scanner([(r'a', lambda s, t: t)], flags=re.I).scan('aAb'))
print(re.Scanner([(r'a', lambda s, t: t)], re.I).scan('Aa'))
for f in (re.LOCALE | re.ASCII,):
    try:
        re.compile(b'x', f)
    except ValueError as e:
        print('ValueError', e)
print(re.compile(b'x', re.LOCALE).flags & re.LOCALE != 0)
for p, f in ((b'(?L)', re.ASCII), (b'(?a)', re.LOCALE), (b'(?L)', 0)):
    try:
        print(re.compile(p, f).flags)
    except ValueError as e:
        print('ValueError', e)
