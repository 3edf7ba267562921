for e in [KeyError(('a', 1)), KeyError(''), KeyError(None), OSError(5, 'io'), OSError(5), OSError(5, 'io', 'f.txt'), OSError(5, 'io', 'f', None, 'g'), PermissionError(13, 'denied'), OSError(1, 2, 3, 4, 5, 6), IndexError(), ValueError(None), ValueError([1]), StopIteration(None), Exception(Exception('inner'))]:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, type(e).__name__, isinstance(e, UnicodeError))
try:
    {}['missing']
except KeyError as e:
    print(str(e), e.args)
try:
    [][0]
except IndexError as e:
    print(str(e))
try:
    (1).x
except AttributeError as e:
    print(str(e))
try:
    int.x
except AttributeError as e:
    print(str(e))
try:
    len(5)
except TypeError as e:
    print(str(e))
try:
    1 + 'a'
except TypeError as e:
    print(str(e))
try:
    f = lambda a: a
    f()
except TypeError as e:
    print(str(e))
try:
    def kwonly(*, a): pass
    kwonly(1)
except TypeError as e:
    print(str(e))
try:
    n = None
    n()
except TypeError as e:
    print(str(e))
try:
    [1, 2].index(5)
except ValueError as e:
    print(str(e))
try:
    x = undefined_thing
except NameError as e:
    print(str(e))
