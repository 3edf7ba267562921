# subclassing str
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), len(n), n + '2', type(n + '2').__name__, isinstance(n, str))
print(n == 'bob', {'bob': 1}[n], n.startswith('b'), n[0])
class Tagged(str):
    def __new__(cls, value, tag):
        s = super().__new__(cls, value)
        s.tag = tag
        return s
t = Tagged('text', 'T')
print(t, t.tag, t.upper())
print('%s|%s' % (n, t), '{}'.format(n))
