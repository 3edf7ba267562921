# ExitStack: exception context chaining between exit callbacks, including a
# callback that swallows the pending exception (its context must be cut).
from contextlib import ExitStack
def raise_exc(exc):
    raise exc
def chain(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__context__
    return out
def swallow(*d):
    return True
def run(setup, body_exc, outer_exc=None):
    def go():
        with ExitStack() as stack:
            setup(stack)
            if body_exc:
                raise body_exc()
    try:
        if outer_exc:
            try:
                raise outer_exc()
            except Exception:
                go()
        else:
            go()
    except Exception as e:
        print(chain(e))
    else:
        print('no exc')
cases = [
    lambda s: (s.callback(raise_exc, IndexError), s.callback(raise_exc, KeyError), s.callback(raise_exc, AttributeError), s.push(swallow), s.callback(raise_exc, ValueError)),
    lambda s: (s.callback(raise_exc, IndexError), s.callback(raise_exc, KeyError)),
    lambda s: (s.push(swallow), s.callback(raise_exc, KeyError)),
]
for c in cases:
    for body in (None, ZeroDivisionError):
        for outer in (None, OSError):
            run(c, body, outer)
with ExitStack() as s:
    s.callback(raise_exc, IndexError)
    s.callback(raise_exc, KeyError)
    try:
        s.close()
    except Exception as e:
        print('close', chain(e))
def raise_exc(exc):
    raise exc
saved = None
def suppress_exc(*d):
    global saved
    saved = d
    return True
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        stack.push(suppress_exc)
        stack.callback(raise_exc, ValueError)
        1 / 0
except IndexError as exc:
    c = exc
    while c is not None:
        print(type(c).__name__, end=' ')
        c = c.__context__
    print()
print(type(saved[1]).__name__, type(saved[1].__context__).__name__)
