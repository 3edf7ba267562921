# int formatting via format/str/%/f-strings
for n in (0, 5, -5, 255, -255, 1234567, 2**70, -(2**70)):
    print(str(n), repr(n), format(n), format(n, 'd'), format(n, 'x'), format(n, '#X'),
          format(n, 'o'), format(n, '#b'), format(n, ','), format(n, '_'), format(n, '+'),
          format(n, ' '), format(n, '10'), format(n, '<10'), format(n, '^12'), format(n, '=+12'),
          format(n, '012'), format(n, '_x'), format(n, 'e'), format(n, '.2f'), format(n, '%'))
print(format(65, 'c'), format(0x263a, 'c'))
print('%d %i %x %X %o %5d|%-5d|%05d|%+d|% d' % (42, -42, 255, 255, 8, 3, 3, -3, 3, 3))
print('%#x %#o %#X' % (255, 8, 255))
print(f'{1234567:,d} {1234567:_d} {255:#010x} {-42:=8d}')
print(format(True, 'd'), format(False), format(True, '5'))
try:
    format(5, 's')
except ValueError:
    print('ValueError')
try:
    format(5, ',x')
except ValueError:
    print('ValueError')
