# center, ljust and rjust
for w in (0, 3, 6, 7, 10):
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)))
print('x'.center(4, '*'), 'x'.ljust(4, '-'), 'x'.rjust(4, '0'), 'ab'.center(5, '.'))
print('abc'.center(-1), '[' + ''.center(3) + ']')
try:
    'a'.center(5, 'ab')
except TypeError:
    print('TypeError: fill must be one character')
