# an async generator's asend()/athrow()/aclose() awaitable can be a task
import asyncio
async def g():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'caught'
async def main():
    a = g()
    print(asyncio.iscoroutine(a.asend(None)))
    print(await asyncio.create_task(a.asend(None)))
    print(await asyncio.ensure_future(a.asend(None)))
    b = g()
    await b.asend(None)
    print(await asyncio.create_task(b.athrow(ValueError)))
    t = asyncio.create_task(b.aclose())
    print(await t, t.done())
    print(await asyncio.gather(g().asend(None), g().asend(None)))
asyncio.run(main())
print(asyncio.run(g().asend(None)))
async def h():
    yield 5
loop = asyncio.new_event_loop()
print(loop.run_until_complete(h().asend(None)))
loop.close()
