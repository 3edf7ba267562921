# asyncio: producer/consumer, gather, timeouts, cancellation, locks, events
import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put("%s-%d" % (name, i))
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out, producers):
    done = 0
    while done < producers:
        item = await q.get()
        if item is None:
            done += 1
            continue
        out.append(item)

async def compute(x, delay):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError("negative %d" % x)
    return x * x

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def worker(lock, shared, name, log):
    for _ in range(3):
        async with lock:
            v = shared["n"]
            await asyncio.sleep(0)
            shared["n"] = v + 1
            log.append(name)

async def waiter(ev, name, log):
    await ev.wait()
    log.append("woke " + name)

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

class AsyncCM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

async def main():
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q, 3, "a"), producer(q, 2, "b"), consumer(q, out, 2))
    print(sorted(out), len(out))
    print(await asyncio.gather(compute(2, 0.01), compute(3, 0), compute(4, 0.005)))
    res = await asyncio.gather(compute(1, 0), compute(-1, 0), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.gather(compute(-2, 0), compute(5, 0))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(compute(1, 1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(compute(6, 0), 1))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    lock = asyncio.Lock()
    shared = {"n": 0}
    log = []
    await asyncio.gather(*(worker(lock, shared, n, log) for n in "xyz"))
    print(shared, len(log), lock.locked())
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in "pq"]
    await asyncio.sleep(0)
    print(log, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(sorted(log))
    print([x async for x in agen(4)])
    async for v in agen(2):
        print("agen", v)
    async with AsyncCM() as cm:
        raise KeyError("inside")
    print("after cm")
    t2 = asyncio.create_task(compute(9, 0))
    print(await t2, t2.done())
    sem = asyncio.Semaphore(2)
    return "main done"

print(asyncio.run(main()))
