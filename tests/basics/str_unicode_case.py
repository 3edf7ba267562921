# case mapping of non-ASCII text (common letters)
for s in ('straße', 'Ärger', 'ÿ', 'é', 'Ωμεγα', 'привет', 'ÀÉÎÕÜ'):
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print('ß'.isupper(), 'ß'.islower(), 'Σ'.isalpha(), '١'.isdigit(), 'Ⅻ'.isnumeric(), '\u2003'.isspace(), '\x85'.isspace())
print('a\u2028b\x1cc\x1dd\x1ee\x85f\x0bg\x0ch'.splitlines())
print('a\u3000b\u00a0c'.split())
