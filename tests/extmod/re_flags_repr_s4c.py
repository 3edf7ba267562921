# re's flags are RegexFlag members: an int subclass that prints as
# re.IGNORECASE|re.MULTILINE and works as an int everywhere else.
import re

print(repr(re.I), str(re.M), repr(re.I | re.M), repr(re.M | re.I), repr(re.NOFLAG))
print(repr(re.A), repr(re.L), repr(re.U), repr(re.S), repr(re.X), repr(re.T), repr(re.DEBUG))
print(type(re.I).__name__, type(re.I | re.M).__name__, type(re.I + 1).__name__, type(re.I).__module__)
print(isinstance(re.I, int), re.I == 2, re.I + 0, int(re.M), hash(re.I) == hash(2))
print(repr(re.I | 1), repr(1 | re.I), repr(re.I & re.M), repr(re.I & 3), repr(re.I ^ re.I))
print(repr(~re.I))
print(repr(re.RegexFlag(512)), repr(re.RegexFlag(514)), re.RegexFlag(2) is re.I)
print(re.I.name, re.I.value, re.IGNORECASE is re.I, re.RegexFlag.MULTILINE is re.M)
print(f'{re.I}', '%d' % re.I, format(re.M, 'x'), '{}'.format(re.S), [re.I, re.M])
print(bool(re.NOFLAG), bool(re.I), re.I * 2, re.I << 1)
# Used as flags, in any form.
print(re.match('a', 'A', re.I | re.M), re.match('a', 'A', flags=re.IGNORECASE))
print(re.compile('a.', re.I | re.S).flags, type(re.compile('a', re.I).flags).__name__)
print(re.compile('a', re.I | re.M))
from re import *
print(I, IGNORECASE is I, ASCII, NOFLAG)
try:
    re.RegexFlag('x')
except ValueError as e:
    print('ValueError')
try:
    re.nothere
except AttributeError as e:
    print('AttributeError', e)
