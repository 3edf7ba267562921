# str.index, str.rindex and str.count
s = 'mississippi'
print(s.index('ss'), s.rindex('ss'), s.index('i', 2), s.rindex('i', 0, 5))
for sub in ('q', 'ss'):
    try:
        print(s.index(sub, 6))
    except ValueError:
        print('ValueError index', sub)
    try:
        print(s.rindex(sub, 6))
    except ValueError:
        print('ValueError rindex', sub)
print(s.count('s'), s.count('ss'), s.count('issi'), s.count(''), s.count('z'), s.count('i', 2, 8))
print('aaaa'.count('aa'), ''.count(''), 'abc'.count('', 1))
