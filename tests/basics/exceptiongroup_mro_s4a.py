print(ExceptionGroup.__mro__)
print(ExceptionGroup.mro())
class MyEG(ExceptionGroup, ValueError):
    pass
print(MyEG.__mro__)
e = MyEG('m', [KeyError(1), TypeError(2)])
print(isinstance(e, ValueError), isinstance(e, ExceptionGroup), e.message, e.exceptions)
try:
    raise e
except ValueError as x:
    print('caught ValueError', type(x).__name__)
m, r = e.split(KeyError)
print(type(m).__name__, m.exceptions, type(r).__name__, r.exceptions)
try:
    raise MyEG('g', [KeyError(1)])
except* KeyError as g:
    print('except*', type(g).__name__, g.exceptions)
class MyBEG(BaseExceptionGroup, KeyboardInterrupt): pass
print(MyBEG.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
