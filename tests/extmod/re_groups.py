# Groups: numbered, named, nested, optional; Match methods and attributes.
import re

m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'hello John Smith!')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0), m[1], m['first'])
print(m.groups(), m.groupdict(), m.span(), m.span(2), m.start(2), m.end('first'), m.lastindex, m.lastgroup)
m = re.match('(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.end(3), m.lastindex, m.lastgroup)
m = re.match('((a)b)(?P<c>c)?', 'ab')
print(m.groups(), m.lastindex, m.groupdict(), m.groupdict(0), m.regs)
print(re.match('(a)|(b)', 'b').lastindex, re.match('x', 'x').lastindex, re.match('(?:x)', 'x').groups())
print(re.match(r'(a|b)*', 'abba').group(1), re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a*)*b', 'aab').groups())
print(re.match(r'(a?)+', 'aa').groups(), re.match(r'(a|)*', 'aa').groups(), re.match(r'(a?){2,}', 'aaa').groups())
c = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)(x)?')
print(c.groups, c.groupindex, c.pattern, c.flags)
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.expand(r'\2, \1'), m.expand(r'\g<2> \g<1>'), m.expand('<\\g<0>>'))
for bad in [3, 'nope', -1, 1.5, None]:
    try:
        m.group(bad)
    except IndexError:
        print('IndexError', bad)
print(re.match(r'(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)\11', 'abcdefghijkk').group(11))
print(re.match(r'(?P<a>x)(?P<b>y)?', 'x').groupdict('?'), re.match('(a)', 'a').group(True))
