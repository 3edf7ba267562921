# split, findall and finditer, including groups and empty matches.
import re

print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b'), re.split(r'\b', 'a b'), re.split(r'x', 'axbxc', maxsplit=1))
print(re.split(r'(a)(x)?', 'bacad'), re.split('', 'ab'), re.split('a*', 'baac'), re.split(',', 'a,b,c', -1), re.split('(?=b)', 'abab'))
print(re.split(r'\s+', '  lead and trail  '), re.split('z', ''), re.split('', ''), re.compile(',').split('1,2,3', 1))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(a)|b', 'ab'), re.findall('a*', 'baac'))
print(re.findall('', 'ab'), re.findall(r'(\d)(\d)?', '1 23'), re.findall(r'\w+', 'héllo wörld'), re.findall('x', ''))
print(re.compile(r'\d').findall('1a2b3', 1, 4), re.compile(r'\d').findall('123', pos=1))
print([m.span() for m in re.finditer(r'a+', 'baaacaab')], [m.group() for m in re.finditer('', 'ab')])
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1b')], list(re.compile('a').finditer('aaa', 1, 2)))
it = re.finditer('b', 'abcb')
print(next(it).start(), next(it).start(), next(it, None), iter(it) is it)
