# str methods edge cases
s = 'Hello, World'
print(s.find(''), s.find('', 5), s.find('', 100), s.rfind(''), s.count(''), ''.count(''), 'aaa'.count('aa'))
print(s.find('o', -5), s.find('o', 5, 8), s.rfind('o', 0, 5), s.index('W'), s.rindex('l'))
print('abc'.find('c', -1), 'abc'.find('c', -100, 100), 'abc'.find('a', 1, 0))
for bad in ('z', ''):
    try:
        print('abc'.index('z'))
    except ValueError:
        print('ValueError')
print('a,b,,c'.split(','), 'a b  c '.split(), '  '.split(), ''.split(), ''.split(','), 'abc'.split('abc'))
print('a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'a b c'.split(None, 1), ' a b c '.rsplit(None, 1))
print('a,b,c'.split(',', 0), 'a,b,c'.split(',', -1), 'a\tb\nc\x0bd\x0ce\rf'.split())
try:
    'a'.split('')
except ValueError:
    print('ValueError')
print('xxhixx'.strip('x'), 'abchiabc'.strip('abc'), '  hi  '.lstrip(), '  hi  '.rstrip(), 'hi'.strip(''), 'x'.strip(None))
print('abc'.replace('', '-'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), ''.replace('', 'x'))
print('abc'.startswith(''), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 1), 'abc'.endswith('b', 0, 2), 'abc'.startswith('b', 1, 1))
print('hello world foo'.title(), "they're bill's".title(), 'ABC def'.swapcase(), 'hELLO'.capitalize(), ''.capitalize())
print('ab'.center(7, '*'), 'ab'.center(6), 'abc'.center(6), 'x'.ljust(3, '-'), 'x'.rjust(3, '0'), 'long'.center(2))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), ''.zfill(3), 'abc'.zfill(2), '--1'.zfill(5))
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(0), 'ab\ncd\te'.expandtabs(3))
print('abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'abc'.removeprefix('x'), 'abc'.removesuffix(''))
try:
    'ab'.center(5, 'xy')
except TypeError:
    print('TypeError')
