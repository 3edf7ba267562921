# SyntaxError(msg, details) checks the details sequence like CPython
for d in [('f', 1, 2), ('f', 1, 2, 't'), ('f', 1, 2, 't', 5), ('f', 1, 2, 't', 5, 6),
          ('f', 1, 2, 't', 5, 6, 7), (), 5, ['g', 3, 4, 'u']]:
    try:
        e = SyntaxError('m', d)
        print(repr(e), e.filename, e.lineno, e.offset, e.text)
    except TypeError as x:
        print('TypeError', x)
class MySE(SyntaxError):
    pass
try:
    MySE('m', (1, 2))
except TypeError as x:
    print('TypeError', x)
print(SyntaxError('m', (1, 2, 3, 4), 3).filename)
print(SyntaxError('m').msg, SyntaxError().msg)
try:
    compile('1 +', 'f', 'exec')
except SyntaxError as x:
    print(x.filename, x.lineno)
