# invalid int() conversions
cases = [('',), ('abc',), ('1.5',), ('12a',), ('0x',), ('1 2',), ('--1',), ('_1',), ('1__0',),
         ('1_',), ('9', 8), ('2', 2), ('g', 16), ('010', 0), ('10', 1), ('10', 37), ('0b2', 0)]
for c in cases:
    try:
        print(c, int(*c))
    except ValueError:
        print(c, 'ValueError')
for bad in (None, [1], {}):
    try:
        int(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    int(5, 10)
except TypeError:
    print('TypeError: base with non-string')
