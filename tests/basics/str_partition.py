# str.partition and str.rpartition
for s in ('key=value', 'no separator', 'a=b=c', '=start', 'end=', ''):
    print(repr(s), s.partition('='), s.rpartition('='))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'))
try:
    'abc'.partition('')
except ValueError:
    print('ValueError')
