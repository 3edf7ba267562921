# The 'u' type code: items are one-character strs.
from array import array as A

u = A('u', 'hello')
print(u, len(u), u[0], u[-1], u[1:3], u.tounicode(), list(u), u.itemsize)
u.append('!')
u.extend('ab')
u.fromunicode('xé€')
print(u, repr(A('u')), A('u', ['a', 'b']), A('u', 'añ') == A('u', 'añ'))
u[0] = 'H'
print(u.tounicode(), u.index('l'), u.count('l'), 'é' in u)


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


check(lambda: A('u', [1]))
check(lambda: A('u', ['ab']))
check(lambda: u.append(''))
check(lambda: u.fromunicode(b'x'))
check(lambda: A('i').fromunicode('x'))
