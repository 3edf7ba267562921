# str.startswith and str.endswith
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith(s + '!'))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith('d'))
print(s.startswith(('x', 'he')), s.endswith(('ld', 'zz')), s.startswith(()))
try:
    s.startswith(['he'])
except TypeError:
    print('TypeError')
