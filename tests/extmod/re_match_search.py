# match, search and fullmatch, at module level and on compiled patterns,
# with pos/endpos, and the repr of Match objects.
import re

print(re.match(r'(\d+)-(\d+)', '12-345x'), re.match('b', 'ab'), re.search('b', 'ab'), re.search('z', 'ab'))
print(re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'abc!'), re.fullmatch('a|ab', 'ab'), re.fullmatch('', ''))
print(re.match('', 'abc'), re.search('$', 'abc'), re.match('a' * 60, 'a' * 70))
p = re.compile(r'\d+')
print(p.match('ab12', 2), p.match('ab12', 1), p.search('12ab34', 2), p.search('12ab34', 2, 5), p.search('12ab34', 2, 6))
print(p.fullmatch('a12b', 1, 3), p.match('12', 5), p.search('12', -5), p.search('123', 0, 100), p.search('123', 2, 1))
print(p.match(string='7'), p.search('x9', pos=1), re.match(pattern='a', string='a'), re.search('A', 'a', flags=re.I))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1), re.compile('a$').search('ab', 0, 1))
m = re.compile(r'\w+').search('  hello  ', 1)
print(m.pos, m.endpos, m.string, m.re.pattern, m.span(), bool(m))
print(re.match('a+?', 'aaa').group(), re.match('a*?$', 'aaa').group(), re.match('(a|ab)c', 'abc').group())
