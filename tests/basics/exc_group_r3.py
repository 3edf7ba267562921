# ExceptionGroup / BaseExceptionGroup (split, subgroup, derive) and try/except*
eg = ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args[0])
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x', [1]),
            lambda: ExceptionGroup('x', [KeyboardInterrupt()]), lambda: ExceptionGroup('x'), lambda: ExceptionGroup('x', {ValueError()})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)), eg.subgroup(Exception) is eg)
print(repr(eg.split(lambda e: str(e) == 'w')))
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
print(repr(nested.split(ValueError)))
print(repr(nested.derive([KeyError('k')])))
def f(exc):
    try:
        raise exc
    except* ValueError as g:
        print('values', repr(g))
    except* TypeError as g:
        print('types', repr(g))
f(eg)
f(ValueError('naked'))
try:
    f(KeyError('unhandled'))
except KeyError as e:
    print('naked rest', repr(e))
try:
    f(ExceptionGroup('m', [KeyError(1), ValueError(2)]))
except ExceptionGroup as e:
    print('group rest', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as e:
    print('raised in handler', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare reraise', repr(e))
try:
    try:
        raise ValueError('n')
    except* ValueError:
        raise KeyError('k2')
except KeyError as e:
    print('naked raise new', repr(e), repr(e.__context__))
def fin():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        print('handled')
    else:
        print('no else')
    finally:
        print('finally')
fin()
def noexc():
    try:
        pass
    except* ValueError:
        print('no')
    else:
        print('else ran')
noexc()
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
for src in ["try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n", "try:\n  pass\nexcept*:\n  pass\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SE", e.msg)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
class MyEG(ExceptionGroup):
    pass
me = MyEG('mine', [ValueError()])
print(type(me).__name__, repr(me), isinstance(me, ExceptionGroup), me.message)
try:
    raise me
except ExceptionGroup as e:
    print('caught subclass', type(e).__name__)
eg2 = ExceptionGroup('n', [ValueError(1)])
eg2.add_note('a note')
print(eg2.__notes__, eg2.split(ValueError)[0].__notes__ if eg2.split(ValueError)[0] is not eg2 else 'same')
