# invalid escapes in literals: DeprecationWarning (first one per literal), a SyntaxError under an "error" filter
import warnings
for src in [r"'\z'", r"b'\z'", r"'\407'", r"b'\407'", "'''\n\\z'''", r"'\d\q'", r"'\é'", r"'\8'", r"f'\z{1}'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', category=DeprecationWarning)
        v = eval(src)
    print(repr(v), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', category=DeprecationWarning)
        try:
            eval(src)
        except SyntaxError as e:
            print(e.msg, e.filename, e.lineno, e.offset)
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=DeprecationWarning)
    try:
        eval("'\\e' $")
    except SyntaxError:
        print("SE")
print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=DeprecationWarning)
    print(eval(r"b'\u00e9\N{x}'"), eval(r"'\N{LATIN SMALL LETTER A}\x41'"))
print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=DeprecationWarning)
    print(eval(r"f'\{6*7}'"), eval(r"fr'\{6*7}'"), eval(r"f'\\{6*7}'"))
print([str(x.message) for x in w])
