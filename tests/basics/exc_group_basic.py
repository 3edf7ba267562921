# ExceptionGroup and except* (3.11)
eg = ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print('values', [str(e) for e in g.exceptions])
except* TypeError as g:
    print('types', [str(e) for e in g.exceptions])
m, rest = eg.split(ValueError)
print(len(m.exceptions), len(rest.exceptions))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    ExceptionGroup('x', [])
except ValueError:
    print('ValueError')
