# asyncio.run() closes async generators left suspended (shutdown_asyncgens)
# and sys.set_asyncgen_hooks/get_asyncgen_hooks behave as in CPython.
import sys
import asyncio

print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(seen.append)
h = sys.get_asyncgen_hooks()
print(h.firstiter == seen.append, h.finalizer, h[1], len(h))
for bad in ({'firstiter': 1}, {'finalizer': 'x'}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print('TypeError')
print(sys.get_asyncgen_hooks().firstiter == seen.append)


async def agen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print('finally', name)


async def drive():
    g = agen('direct')
    print(len(seen))
    print(await g.__anext__(), len(seen), seen[0] is g)
    print(await g.__anext__(), len(seen))
    await g.aclose()

try:
    drive().send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

# with the hooks of asyncio's loop
keep = []


async def main():
    g = agen('left')
    keep.append(g)
    async for v in g:
        print('got', v)
        if v == 1:
            break
    print('main done', sys.get_asyncgen_hooks().firstiter is not None)

asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())


async def agen_cleanup():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        print('cleanup awaited')


async def main2():
    g = agen_cleanup()
    keep.append(g)
    print(await g.__anext__())

with asyncio.Runner() as r:
    r.run(main2())
    print('runner ran')
print('runner closed')


# one dropped while suspended is closed by the loop's finalizer hook
import gc


async def main3():
    g = agen('dropped')
    print(await g.__anext__())
    del g
    gc.collect()
    for i in range(4):
        await asyncio.sleep(0)
    print('main3 done')

asyncio.run(main3())
