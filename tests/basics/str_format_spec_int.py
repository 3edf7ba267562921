# format spec for integers: types, sign, alternate form, grouping
n = 1234567
for spec in ('d', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_x', '_b',
             '+d', ' d', '-d', '+,', '012,', '#010x', '#010b', 'e', '.2f', '%'):
    print(spec, format(n, spec), format(-n, spec))
print(format(65, 'c'), format(0, '#x'), format(255, '08b'), format(2 ** 70, 'x'), format(-(2 ** 70), ','))
print(format(True, 'd'), format(True, ''), format(5, ''))
try:
    format(5, 's')
except ValueError:
    print('ValueError')
