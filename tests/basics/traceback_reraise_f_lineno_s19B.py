# PEP 626: a frame that an exception left through a re-raise stops at the
# re-raise (bare raise, end of finally, unmatched except clauses: the last
# clause's line); an exception passed on by a with or except cleanup keeps
# the frame at its own line. tb_lineno stays where the exception was raised.
def lines(e):
    out = []
    tb = e.__traceback__.tb_next
    while tb:
        base = tb.tb_frame.f_code.co_firstlineno
        out.append((tb.tb_lineno - base, tb.tb_frame.f_lineno - base))
        tb = tb.tb_next
    return out
def bare():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        raise
def bare_not_last(n):
    try:
        1/0
    except ZeroDivisionError:
        if n:
            raise
        x = 1
def fin():
    try:
        1/0
    finally:
        x = 1
        y = 2
def nomatch():
    try:
        1/0
    except ValueError:
        pass
    except KeyError:
        pass
def nested():
    try:
        try:
            1/0
        except ValueError:
            pass
    except ZeroDivisionError:
        x = 1
        raise
def in_handler():
    try:
        1/0
    except:
        try:
            raise
        except ZeroDivisionError:
            raise
def with_exit():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    with CM():
        1/0
def in_finally():
    try:
        1/0
    except ZeroDivisionError:
        try:
            pass
        finally:
            raise
def new_in_handler():
    try:
        1/0
    except ZeroDivisionError as e:
        x = 1
        int('x')
def inner():
    1/0
def calls():
    try:
        inner()
    except ZeroDivisionError:
        raise
for fn in (bare, lambda: bare_not_last(1), fin, nomatch, nested, in_handler, with_exit, in_finally,
           new_in_handler, calls):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, lines(e))
