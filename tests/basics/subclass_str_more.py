# str subclass methods return plain str; operators and formatting
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello')
print(s, repr(s), s.shout(), type(s.upper()).__name__, type(s + 'x').__name__, type(s[1:]).__name__, type(s * 2).__name__)
print(len(s), s[0], 'ell' in s, s == 'hello', hash(s) == hash('hello'), {s: 1}['hello'], s.split('l'), s.replace('l', 'L'))
print('%s|%r' % (s, s), '{}|{!r}'.format(s, s), f'{s:>8}', format(s, '^9'), str(s), type(str(s)).__name__)
class Tagged(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
t = Tagged('val', 'T')
print(t, t.tag, t + '!', sorted([Tagged('b', 1), Tagged('a', 2)]), ','.join([t, S('x')]))
class R(str):
    def __str__(self):
        return 'custom-str'
    def __repr__(self):
        return 'custom-repr'
r = R('raw')
print(r, str(r), repr(r), '%s' % r, '{}'.format(r), f'{r}', [r], r + '', r.upper())
print(int(S('42')), float(S('1.5')), S('a') < S('b'), max(S('x'), 'y'), S('abc').startswith(S('a')))
