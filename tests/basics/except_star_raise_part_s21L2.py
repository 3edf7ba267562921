# except*: `raise e` of the matched part of a group is a new raise (it comes out
# in a new group beside the rest); a bare raise, or a part whose traceback,
# cause and context are unchanged, is a re-raise (merged back into the group).
def show(eg, ind=''):
    print(ind + type(eg).__name__, repr(str(eg)))
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions: show(e, ind + '  ')
def run(body, mk):
    try:
        try:
            raise mk()
        except* ValueError as e:
            body(e)
    except BaseException as x:
        show(x)
    print('--')
def bare(e): raise
def named(e): raise e
def named_tb(e):
    try: raise e
    except BaseException as y: pass
    raise
def sub(e): raise e.exceptions[0]
for body in (bare, named, named_tb, sub):
    print('##', body.__name__)
    run(body, lambda: ExceptionGroup('g', [ValueError(1), TypeError(2)]))
    run(body, lambda: ExceptionGroup('g', [ValueError(1), ValueError(2)]))
    run(body, lambda: ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [ValueError(3), KeyError(4)])]))
    run(body, lambda: ValueError('naked'))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
    except* TypeError as e:
        raise
except BaseException as x:
    show(x)
def mk():
    g = ExceptionGroup('g', [ValueError(1), TypeError(2)])
    g.add_note('n')
    return g
for mode in range(4):
    try:
        try:
            raise mk()
        except* ValueError as e:
            if mode == 1: e.add_note('m')
            if mode == 2: e.__cause__ = KeyError()
            if mode == 3: e.__context__ = None
            raise
    except BaseException as x:
        show(x)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.__traceback__ = None
        raise
except BaseException as x:
    show(x)
