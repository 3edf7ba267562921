# except* corner cases: derive() results, naked exceptions re-raised,
# __context__ of the group that comes out.

class G(ExceptionGroup):
    def derive(self, excs):
        return 5

try:
    print(ExceptionGroup('', [G('', [OSError(), TypeError()])]).split(OSError))
except TypeError as e:
    print('TypeError', e)
try:
    G('', [OSError(), TypeError()]).subgroup(OSError)
except TypeError as e:
    print('TypeError', e)


def show(f):
    try:
        f()
    except BaseException as x:
        print(repr(x), repr(x.__context__))


def bare():
    try:
        raise KeyError(1)
    except* KeyError:
        raise


def leaf():
    try:
        raise KeyError(1)
    except* KeyError as e:
        raise e.exceptions[0]


def group():
    try:
        raise KeyError(1)
    except* KeyError as e:
        raise e


def other():
    try:
        raise KeyError(1)
    except* KeyError:
        raise ValueError(2)


def from_group():
    try:
        raise ExceptionGroup('x', [KeyError(1)])
    except* KeyError as e:
        raise e.exceptions[0]


def two_clauses():
    try:
        raise KeyError(1)
    except* KeyError as e:
        raise e.exceptions[0]
    except* ValueError:
        pass


def mixed():
    try:
        raise ExceptionGroup('x', [KeyError(1), OSError()])
    except* KeyError as e:
        raise e.exceptions[0]
    except* OSError:
        raise


for f in (bare, leaf, group, other, from_group, two_clauses, mixed):
    show(f)
