# contextvars: Context compares as a mapping and is unhashable, the three
# types cannot be subclassed, and bad constructor calls get CPython's errors.
import contextvars as cv

v = cv.ContextVar('v', default=0)
w = cv.ContextVar('w')
a = cv.Context()
b = cv.Context()
print(a == b, a != b, a == {}, a != {})
def f():
    v.set(5)
    return cv.copy_context()
got = a.run(f)
print(got == a, got is a, a == b, got[v], len(got))
print(a.run(lambda: (w.set(1), cv.copy_context())[1]) == a)
for call in [lambda: cv.Context(1), lambda: cv.Context(x=1), lambda: cv.ContextVar(),
             lambda: cv.ContextVar('a', 'b'), lambda: cv.ContextVar(1), lambda: hash(cv.Context()),
             lambda: cv.Token(), lambda: cv.Token(1, 2, 3)]:
    try:
        print(repr(call()))
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).replace('_contextvars.', ''))
for base in (cv.Context, cv.ContextVar, cv.Token):
    try:
        class X(base):
            pass
        print('subclassed', base.__name__)
    except TypeError as e:
        print('TypeError', str(e).replace('_contextvars.', ''))
t = v.set(3)
print(t.var is v, t.old_value is cv.Token.MISSING or t.old_value, v.get())
v.reset(t)
print(v.get(), repr(t).startswith('<Token used var=<ContextVar'))
try:
    v.name = 'other'
except AttributeError:
    print('name is read-only', v.name)
