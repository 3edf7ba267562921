# contextvars (sniffio, anyio and httpx use it): vars, tokens, contexts
import contextvars
from contextvars import ContextVar, Token, copy_context, Context
v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), w.get('dflt'), v.get(7))
try:
    w.get()
except LookupError:
    print('LookupError')
t = v.set(2)
print(v.get(), t.var is v, t.old_value is Token.MISSING)
t2 = v.set(3)
print(t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError:
    print('used twice')
try:
    w.reset(t)
except ValueError:
    print('other var')
try:
    v.reset('x')
except TypeError:
    print('not a token')
v.reset(t)
print(v.get())
# a copied context is a snapshot; run() switches to it and back
w.set('outer')
ctx = copy_context()
print(ctx[w], w in ctx, v in ctx, ctx.get(v, 'no'), len(ctx) >= 1, list(ctx.keys()).count(w))
def inner(x):
    w.set('inner' + x)
    return w.get(), v.get()
print(ctx.run(inner, '!'), w.get(), ctx[w])
print(ctx.copy()[w], dict(ctx.items())[w], list(ctx.values()).count('inner!'))
def reenter():
    ctx.run(print, 'nested')
try:
    ctx.run(reenter)
except RuntimeError:
    print('already entered')
tok = ctx.run(w.set, 'z')
try:
    w.reset(tok)
except ValueError:
    print('other context')
print(Context().get(w, 'empty'), len(Context()))
try:
    ctx['x']
except TypeError:
    print('TypeError key')
try:
    ContextVar(5)
except TypeError:
    print('TypeError name')
# each thread starts with its own empty context
import _thread, time
res = []
def th():
    res.append(w.get('unset'))
    w.set('th')
    res.append(w.get())
lock = _thread.allocate_lock()
lock.acquire()
def runner():
    th()
    lock.release()
_thread.start_new_thread(runner, ())
lock.acquire()
print(res, w.get())
