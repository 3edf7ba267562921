# less common str methods
print('a\tb'.expandtabs(1), 'abc\tdef\tg'.expandtabs(2), 'x\r\ty'.expandtabs(4))
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': 'b'}))
print(str.maketrans('ab', 'cd', 'e'), 'abcde'.translate(str.maketrans('ab', 'cd', 'e')))
try:
    str.maketrans('ab', 'c')
except ValueError:
    print('ValueError')
print('%s' % 'x'.ljust(3) + '|', 'abc'.index('c', 1, 3), 'a-b_c d'.title(), 'hello world'.count('o', 5))
print('Hello'.startswith(('h', 'H')), 'x'.join(''), ''.join([]), 'ab'.isascii(), 'aé'.isascii())
print('a1b2'.partition('1'), 'a1b2'.rpartition('x'), 'abc'.rsplit('b'), 'a  b'.split(' '), ' a '.split(' '))
print('tEST sTRING'.capitalize(), '123abc'.capitalize(), 'ABC'.casefold())
print('\t\n a \r\x0b\x0c'.strip(), '..a..'.strip('.'), 'xyz'.lstrip('zyx'), 'abc'.rstrip('c'))
print('abcabc'.replace('abc', ''), 'a'.replace('a', 'aa', 5), 'aaaa'.replace('aa', 'b'), 'abc'.replace('b', 'XYZ', 1))
