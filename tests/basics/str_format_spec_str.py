# format spec for strings: precision truncates
s = 'abcdefgh'
print(format(s, '.3'), format(s, '10.3') + '|', format(s, '>10.5'), format(s, '^12.2') + '|')
print('{:.0}|{:.20}|{:5.1}|'.format(s, s, s))
print(format('', '>3') + '|', format('é', '^5') + '|')
try:
    format('abc', 'd')
except ValueError:
    print('ValueError')
try:
    format('abc', '=5')
except ValueError:
    print('ValueError: = alignment for str')
