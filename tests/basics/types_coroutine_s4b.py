# types.coroutine: a marked generator may `yield from` a coroutine and be
# awaited; function.__code__ assignment and code.replace()
import types
@types.coroutine
def bar(coro):
    return (yield from coro)
async def foo(): return 'spam'
b = bar(foo())
try:
    b.send(None)
except StopIteration as e:
    print('SI', e.value)
print(bar.__code__.co_flags & 0x100, bar.__name__, bar.__qualname__)
@types.coroutine
def sleeper():
    x = yield 'tick'
    return x
async def main():
    r = await sleeper()
    return r * 2
m = main()
print(m.send(None))
try:
    m.send(21)
except StopIteration as e:
    print('SI', e.value)
def gen():
    yield 1
    return 2
@types.coroutine
def notgen():
    return gen()
async def m2():
    return await notgen()
c = m2(); print(c.send(None))
try: c.send(None)
except StopIteration as e: print('SI', e.value)
def plain(): return 5
print(types.coroutine(plain)())
try: types.coroutine(5)
except TypeError as e: print('TE', e)
async def af(): pass
print(types.coroutine(af) is af)
co = foo()
def g2(): yield from co
try: next(g2())
except TypeError as e: print('TE', e)
co.close()
def f(): pass
def h():
    x = 1
    def inner(): return x
    return inner
try: f.__code__ = h().__code__
except ValueError as e: print('VE', e)
f.__code__ = plain.__code__
print(f(), f.__name__)
try: f.__code__.replace(co_bogus=1)
except TypeError as e: print('TE', e)
print(f.__code__.replace(co_name='zz').co_name)
