# Event, Lock (async with, fairness), Queue (bounded, nowait errors, join).
import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    r = await ev.wait()
    print(name, 'got event', r)


async def locked_work(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0.005)
        log.append(name + '-')


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize())
    await q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        got.append(item)
        await asyncio.sleep(0)
    return got


async def main():
    ev = asyncio.Event()
    print('is_set', ev.is_set())
    ts = [asyncio.create_task(waiter(ev, 'w%d' % i)) for i in range(3)]
    await asyncio.sleep(0.01)
    ev.set()
    await asyncio.gather(*ts)
    print('is_set', ev.is_set(), await ev.wait())
    ev.clear()
    print('cleared', ev.is_set())

    lock = asyncio.Lock()
    log = []
    print('locked', lock.locked())
    await asyncio.gather(*(locked_work(lock, n, log) for n in 'abc'))
    print(log)
    await lock.acquire()
    print('locked', lock.locked())
    lock.release()
    print('locked', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    # a waiter cancelled while queued does not break the lock
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0.01)
    print('t1 cancelled', t1.cancelled(), 't2 got it', t2.result(), lock.locked())
    lock.release()

    q = asyncio.Queue(maxsize=2)
    print('empty', q.empty(), 'full', q.full(), 'maxsize', q.maxsize)
    c = asyncio.create_task(consumer(q))
    await producer(q, 5)
    print('consumed', await c)
    await q.join()
    print('joined')

    q = asyncio.Queue(1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('get timed out, size', q.qsize())
    q.put_nowait('z')
    print(await q.get())


asyncio.run(main())
