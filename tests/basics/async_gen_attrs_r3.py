# async generators: ag_* attributes, asend/athrow/aclose, closing on break, await errors
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(type(g).__name__, g.ag_running, g.__name__)
    print(await g.asend(None))
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen()
    await g2.__anext__()
    await g2.aclose()
    print("closed")
    async for v in agen():
        print("v", v)
        break
    return "main done"
print(run(main()))
class BadAwait:
    def __await__(self): return 5
async def t1():
    await BadAwait()
try:
    run(t1())
except TypeError as e:
    print(e)
async def t2():
    await [1]
try:
    run(t2())
except TypeError as e:
    print(e)
async def t3():
    async for x in [1, 2]:
        pass
try:
    run(t3())
except TypeError as e:
    print(e)
async def t4():
    async with object():
        pass
try:
    run(t4())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
import sys
async def t5():
    return [x async for x in agen()]
print(run(t5()))
c = t5()
print(repr(c)[:26])
c.close()
async def ret():
    return 42
co = ret()
print(co.send.__name__)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
