# A full slice of a str (short literals too), bytes or tuple is the object itself.
s = 'xyz'
t = 'x' * 50
b = b'ab'
print(s[:] is s, s[0:] is s, s[::1] is s, s[:3] is s, t[:] is t, b[:] is b)
print(s[1:] == 'yz', s[:2], s[::-1], s[0:3:2])
class S(str):
    pass
u = S('ab')
print(type(u[:]).__name__, u[:] is u, u[:] == 'ab')
import re
print(re.sub('q', 'r', s) is s, re.sub('x', 'r', s))
