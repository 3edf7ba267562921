# str.split
print('a b  c'.split(), '  lead and trail  '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), ',a,'.split(','), ''.split(','), 'abc'.split(','))
print('a::b::c'.split('::'), 'a b c d'.split(' ', 2), 'a b c'.split(None, 1))
print('a\tb\nc\r\nd\x0be\x0cf'.split())
print('1,2,3'.split(',', 0), '1,2,3'.split(',', -1), 'x'.split('x'))
print('a b c'.split(maxsplit=1), 'a-b-c'.split(sep='-', maxsplit=1))
try:
    'abc'.split('')
except ValueError:
    print('ValueError: empty separator')
