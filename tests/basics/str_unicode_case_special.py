# special-cased Unicode mappings: titlecase digraphs, final sigma, ligatures, dotted I, casefold
for s in ('ǅ', 'ΣΑΣ', 'ﬁ', 'İstanbul', 'µ', 'ΐ'):
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print('Ǆ'.istitle(), 'ǅ'.istitle())
