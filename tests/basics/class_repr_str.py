# __repr__ and __str__
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both-str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<>'
class StrOnly:
    def __str__(self):
        return 'str-only'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b))
print(r, repr(r), str(r))
print(s, str(s))
print([b, r], (b,), {'k': r})
print('%s %r' % (b, b), '{} {!r}'.format(b, b))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError:
    print('TypeError')
