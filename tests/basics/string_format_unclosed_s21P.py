# An unclosed replacement field: CPython says "expected '}'" while the field
# name is still open and "unmatched '{' in format spec" once a conversion or
# spec has started.
for f in ['{!r', '{0!r', '{0!r:', '{0', '{0:', '{0[1', '{!r:x', '{0.a', '{:{', '{:{}', '{0[}', 'a{0:>5']:
    try:
        print(repr(f.format(1)))
    except ValueError as e:
        print(repr(f), 'ValueError', e)
