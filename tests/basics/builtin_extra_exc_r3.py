# the remaining builtin warning/exception classes, and exit()/quit()
for E in [BytesWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
          ResourceWarning, SyntaxWarning, UnicodeWarning]:
    e = E('a', 1)
    print(E.__name__, E.__bases__, repr(e), str(e), isinstance(e, Exception))
try:
    raise SyntaxWarning('sw')
except Warning as w:
    print('caught', repr(w))
for f, args in [(exit, ()), (exit, (3,)), (quit, ('bye',))]:
    try:
        f(*args)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
print(UnicodeTranslateError.__bases__, issubclass(UnicodeTranslateError, ValueError))
