# Lock, Semaphore, Event, Queue: who gets woken, and what a cancel does to the
# line of waiters (CPython 3.11: a release wakes the first waiter without
# handing it the resource; the woken task takes it when it runs).
import asyncio

log = []


async def holder(lock, name):
    try:
        async with lock:
            log.append(name)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')


async def lock_cancel_woken():
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(holder(lock, 'B'))
    c = asyncio.create_task(holder(lock, 'C'))
    await asyncio.sleep(0)
    print('waiters', len(lock._waiters))
    lock.release()
    print('after release locked', lock.locked())
    b.cancel()
    await asyncio.sleep(0)
    print('after B cancelled locked', lock.locked())
    await asyncio.gather(b, c)
    print(log, lock.locked(), len(lock._waiters))


async def lock_no_barging():
    # Released with a woken waiter not yet run: a newcomer queues behind it.
    del log[:]
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(holder(lock, 'B'))
    await asyncio.sleep(0)
    lock.release()
    n = asyncio.create_task(holder(lock, 'N'))
    await asyncio.gather(b, n)
    print(log)


async def lock_cancel_waiting():
    # A waiter cancelled before any release: others keep their places, and
    # when all waiters are cancelled a newcomer may take the lock at once.
    del log[:]
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(holder(lock, 'B'))
    c = asyncio.create_task(holder(lock, 'C'))
    await asyncio.sleep(0)
    b.cancel()
    c.cancel()
    lock.release()
    print('newcomer', await asyncio.wait_for(lock.acquire(), 1), lock.locked())
    lock.release()
    await asyncio.gather(b, c)
    print(log, lock.locked(), len(lock._waiters))


async def sem_worker(sem, name, hold=1):
    try:
        async with sem:
            log.append(name)
            for _ in range(hold):
                await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')


async def sem_cancel_woken():
    del log[:]
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(sem_worker(sem, n)) for n in 'ABC']
    await asyncio.sleep(0)
    sem.release()
    print('value after release', sem._value, sem.locked())
    ts[0].cancel()
    await asyncio.sleep(0)
    print('value after cancel', sem._value, sem.locked())
    await asyncio.gather(*ts)
    print(log, sem._value, sem.locked())


async def sem_two_releases():
    del log[:]
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(sem_worker(sem, n, 2)) for n in 'ABCD']
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print('value', sem._value, sem.locked())
    ts[1].cancel()
    ts[2].cancel()
    newcomer = asyncio.create_task(sem_worker(sem, 'N'))
    await asyncio.sleep(0)
    print('value', sem._value, sem.locked())
    await asyncio.gather(*ts, newcomer)
    print(log, sem._value, sem.locked())


async def bounded():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    t = asyncio.create_task(sem_worker(sem, 'W'))
    await asyncio.sleep(0)
    sem.release()
    print(sem._value, sem.locked())
    await t
    try:
        sem.release()
    except ValueError as e:
        print('ValueError', e)
    print(sem._value, sem.locked())


async def event_waiters():
    ev = asyncio.Event()
    ts = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    ev.set()
    ev.clear()
    print('waiters after set/clear', len(ev._waiters))
    await asyncio.sleep(0)
    print('waiters later', len(ev._waiters), [t.cancelled() for t in ts])
    print([t.result() for t in ts if not t.cancelled()])


async def getter(q, name):
    try:
        log.append((name, await q.get()))
    except asyncio.CancelledError:
        log.append(name + ' cancelled')


async def queue_cancel():
    # A getter cancelled while still waiting does not pass a wake-up on, so
    # the others keep their order; one cancelled after being woken does.
    del log[:]
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, n)) for n in 'ABCD']
    await asyncio.sleep(0)
    q.put_nowait(1)
    gs[1].cancel()
    await asyncio.sleep(0)
    q.put_nowait(2)
    gs[2].cancel()
    q.put_nowait(3)
    await asyncio.sleep(0)
    print(log, q.qsize(), len(q._getters))
    await asyncio.gather(*gs)
    print(log, q.qsize())


async def queue_spare_wake():
    # B is cancelled while still waiting: C must keep its place ahead of E.
    del log[:]
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, n)) for n in 'ABC']
    await asyncio.sleep(0)
    gs[1].cancel()
    q.put_nowait(1)
    gs.append(asyncio.create_task(getter(q, 'E')))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    q.put_nowait(2)
    q.put_nowait(3)
    await asyncio.gather(*gs)
    print(log)


async def queue_putters():
    del log[:]
    q = asyncio.Queue(1)
    q.put_nowait(0)

    async def putter(name):
        try:
            await q.put(name)
            log.append(name)
        except asyncio.CancelledError:
            log.append(name + ' cancelled')

    ps = [asyncio.create_task(putter(n)) for n in 'ABC']
    await asyncio.sleep(0)
    print(q.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    print(log, q.full(), len(q._putters))
    await asyncio.sleep(0)
    print(log, list(q._queue), len(q._putters))
    print(q.get_nowait())
    await asyncio.gather(*ps)
    print(log, list(q._queue))


# Condition: notified or cancelled waiters stay in line until they run.
async def waiter(c, name):
    async with c:
        try:
            r = await c.wait()
            log.append((name, r, c.locked()))
        except asyncio.CancelledError:
            log.append((name, 'cancelled', c.locked()))


async def cond1():
    del log[:]
    c = asyncio.Condition()
    ts = [asyncio.create_task(waiter(c, n)) for n in 'ABCD']
    await asyncio.sleep(0)
    async with c:
        ts[0].cancel()
        c.notify(2)
        ts[1].cancel()
        print(len(c._waiters))
    await asyncio.sleep(0)
    print(log, len(c._waiters))
    async with c:
        c.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, c.locked())


async def cond_lock_held():
    # A notified waiter cancelled while taking the lock back.
    del log[:]
    c = asyncio.Condition()
    t = asyncio.create_task(waiter(c, 'A'))
    await asyncio.sleep(0)
    await c.acquire()
    c.notify()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(c.locked(), len(c._lock._waiters))
    c.release()
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled(), c.locked())


# Timed-out acquires leave the line; a release racing the timeout wins.
async def sem_wait_for():
    del log[:]
    s = asyncio.Semaphore(0)
    t = asyncio.create_task(asyncio.wait_for(s.acquire(), 0.01))
    await asyncio.sleep(0)
    s.release()
    try:
        print(await t)
    except asyncio.TimeoutError:
        print('timeout')
    print(s._value, s.locked())
    l = asyncio.Lock()
    await l.acquire()
    t = asyncio.create_task(asyncio.wait_for(l.acquire(), 0.01))
    await asyncio.sleep(0.05)
    print(t.done(), l.locked(), len(l._waiters))
    try:
        await t
    except asyncio.TimeoutError:
        print('timeout')
    l.release()
    print(l.locked(), await l.acquire())


for f in (lock_cancel_woken, lock_no_barging, lock_cancel_waiting, sem_cancel_woken,
          sem_two_releases, bounded, event_waiters, queue_cancel,
          queue_spare_wake, queue_putters,
          cond1, cond_lock_held, sem_wait_for):
    print('--', f.__name__)
    asyncio.run(f())
