# substring search: overlapping matches, empty needles, long texts
s = 'aaaa'
print(s.count('aa'), s.find('aa', 1), s.rfind('aa'), s.replace('aa', 'b'), s.split('aa'), s.rsplit('aa', 1))
t = 'ab' * 1000 + 'needle' + 'ab' * 1000
print(t.find('needle'), t.rfind('ab'), t.count('ab'), t.index('needle', 100), 'needle' in t, t.count('needle', 2001))
u = 'é€' * 50 + '😀' + 'é€' * 50
print(u.find('😀'), u.rfind('€'), u.count('é€'), u.index('€', 3), u[100:101], len(u.split('€')))
print(''.find(''), ''.rfind(''), 'abc'.rfind('', 1), 'abc'.find('', 4), 'abc'.count('', 1, 2), 'abc'.rfind('c', -1))
print('mississippi'.split('ss'), 'mississippi'.rsplit('ss', 1), 'mississippi'.partition('ssi'), 'mississippi'.rpartition('ssi'))
print('abcabc'.index('c', -2), 'abcabc'.rindex('a', 0, 4), 'abc'.startswith('bc', -2), 'abc'.endswith('ab', None, -1))
