# namedtuple's checks of type and field names: identifiers as str.isidentifier()
# has them (Unicode included), the keywords as the lexer has them, and
# rename=True replacing each bad name by _<index>.
from collections import namedtuple

cases = [
    ('P', 'a b'), ('P', 'a def'), ('P', 'a 1b'), ('class', 'a'), ('P', 'a _b'),
    ('P', ['a', 'a']), ('P', 'a, b, c'), ('P', 'µ ℌ'), ('P', 'x²'), ('P', 'None'),
    ('P', 'true False'), ('P', 'async'), ('P', 'match case'), ('P', ['a-b']),
    ('Über', 'ß'), ('P', ['']), ('2P', 'a'), ('P', ['nonlocal']),
]
for args in cases:
    try:
        print(namedtuple(*args)._fields)
    except ValueError as e:
        print('ValueError', e)

print(namedtuple('P', 'a def 1x _y a async yield ok', rename=True)._fields)
print(namedtuple('P', ['ok', '', 'x-y', 'with'], rename=True)._fields)
