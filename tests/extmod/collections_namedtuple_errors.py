# namedtuple errors: bad field names, wrong arguments
from collections import namedtuple

for fields in ('a a', '_a', 'class', '1x', 'a-b'):
    try:
        namedtuple('T', fields)
    except ValueError as e:
        print('ValueError', e)
for name in ('1T', 'def'):
    try:
        namedtuple(name, 'a')
    except ValueError as e:
        print('ValueError', e)
P = namedtuple('P', 'x y')
for f in (lambda: P(1), lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2),
          lambda: P._make([1]), lambda: namedtuple('T', 'a', defaults=[1, 2])):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    P(1, 2)._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    P(1, 2).x = 5
except AttributeError:
    print('AttributeError')
