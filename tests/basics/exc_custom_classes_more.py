# user exception classes: custom __init__, __str__, attributes, pickling-free behaviours
class E1(Exception):
    def __init__(self, code):
        self.code = code
e = E1(5)
print(repr(e), str(e), e.args, e.code)
class E2(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
print(repr(E2(1)), str(E2(1, 3)), E2('x').args)
class E3(ValueError):
    pass
try:
    raise E3('bad', 42)
except ValueError as ex:
    print(type(ex).__name__, ex.args, str(ex), isinstance(ex, E3))
class E4(KeyError):
    pass
print(str(E4('k')), repr(E4('k')), str(KeyError('a', 'b')))
class E5(Exception):
    def __str__(self):
        return 'E5 str'
    def __repr__(self):
        return 'E5 repr'
print(str(E5()), repr(E5()), [E5()], '%s' % E5(), f'{E5()!r}')
try:
    raise E5
except E5 as ex:
    print(ex)
e = Exception('msg')
e.extra = 'attr'
print(e.extra, e.args)
try:
    Exception(x=1)
except TypeError:
    print('TypeError kwargs')
class E6(Exception):
    def __init__(self, **kw):
        super().__init__()
        self.kw = kw
print(E6(a=1).kw)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not here')
except BaseException as b:
    print('BaseException caught', type(b).__name__)
