# async def / await / async for / async with driven by hand with send().
async def af(): return 1
c = af(); print(type(c).__name__)
try: c.send(None)
except StopIteration as e: print("stop", e.value)
class Aw:
    def __await__(self):
        x = yield 1
        print("aw got", x)
        return 5
async def ag():
    r = await Aw()
    print("r", r)
    return r * 2
c = ag(); print(c.send(None))
try: c.send("v")
except StopIteration as e: print("stop", e.value)
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def afor():
    async for x in AIt(): print("af", x)
    else: print("afor else")
c = afor()
try: c.send(None)
except StopIteration: print("done")
class ACM:
    async def __aenter__(self): print("aenter"); return "v"
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def awith():
    async with ACM() as v: print("in", v)
    for i in range(2):
        async with ACM(): 
            if i == 0: continue
            break
    async with ACM(): return "retw"
c = awith()
try: c.send(None)
except StopIteration as e: print("done", e.value)
async def aexc():
    try:
        async with ACM(): raise ValueError
    except ValueError: print("caught")
try: aexc().send(None)
except StopIteration: pass
# await non-awaitable
async def bad(): await 5
try: bad().send(None)
except TypeError as e: print("TypeError", e)
# coroutine protocol bits
async def co(): pass
c = co(); print(hasattr(c, 'send'), hasattr(c, 'throw'), hasattr(c, 'close'))
c.close()
try: c.send(None)
except RuntimeError as e: print("RuntimeError")
except StopIteration: print("StopIteration")
# async generator
async def agen():
    yield 1
    yield 2
async def use():
    r = [x async for x in agen()]
    print(r)
try: use().send(None)
except StopIteration: pass
import types
print(type(agen()).__name__)
# await in a non-async function: syntax error
try: exec("def f():\n await x")
except SyntaxError: print("SyntaxError")
try: exec("async def f():\n yield from x")
except SyntaxError: print("SyntaxError yf")
try: exec("def f():\n async with x: pass")
except SyntaxError: print("SyntaxError aw")
try: exec("def f():\n async for x in y: pass")
except SyntaxError: print("SyntaxError af")
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
async def a1():
    try:
        async for x in 5: pass
    except TypeError as e: print("TypeError", e)
    try:
        async with 5: pass
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
    class NoAnext:
        def __aiter__(self): return self
    try:
        async for x in NoAnext(): pass
    except TypeError as e: print("TypeError")
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for x in BadAnext(): pass
    except TypeError as e: print("TypeError", e)
    async def inner(): return 3
    c = inner()
    print(await c)
    try: await c
    except RuntimeError as e: print("RuntimeError", e)
    class AwBad:
        def __await__(self): return 5
    try: await AwBad()
    except TypeError as e: print("TypeError", e)
    class AwGen:
        def __await__(self): yield; return "awgen"
    print(await AwGen())
    return "done"
print(run(a1()))
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")
async def a2():
    async for x in agen():
        if x == 2: break
    print("after break")
    g = agen()
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try: await g.__anext__()
    except StopAsyncIteration: print("StopAsyncIteration")
    g = agen()
    await g.__anext__()
    try: await g.athrow(ValueError)
    except ValueError: print("athrow ValueError")
    async def ag2():
        yield 1
        return
    print([x async for x in ag2()])
    async def ag3():
        try: yield 1
        except GeneratorExit: yield 2
    g = ag3(); await g.__anext__()
    try: await g.aclose()
    except RuntimeError as e: print("RuntimeError", e)
    return "ok2"
print(run(a2()))
async def a3():
    r = []
    async def sq(i): return i * i
    r = [await sq(i) for i in range(3)]
    r2 = {i: await sq(i) for i in range(2)}
    return r, r2
print(run(a3()))
