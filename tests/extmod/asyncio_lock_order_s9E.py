# asyncio.Lock: FIFO hand-over, async with, cancel of waiters and holders. Compared with CPython.
import asyncio
async def task_loop(id, lock):
    print("task start", id)
    for i in range(3):
        async with lock:
            print("task have", id, i)
    print("task end", id)
async def task_sleep(lock):
    async with lock:
        print("task have sleep")
        await asyncio.sleep(0.1)
    print("task release sleep")
async def task_cancel(id, lock, to=None):
    try:
        async with lock:
            print("task got", id)
            await asyncio.sleep(0.05)
        print("task release", id)
        if to:
            to.cancel()
    except asyncio.CancelledError:
        print("task cancel", id)
async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked())
    await asyncio.sleep(0)
    async with lock:
        print("have lock")
    print("----")
    asyncio.create_task(task_loop(1, lock))
    asyncio.create_task(task_loop(2, lock))
    t3 = asyncio.create_task(task_loop(3, lock))
    await lock.acquire()
    await asyncio.sleep(0)
    lock.release()
    await t3
    print("----")
    asyncio.create_task(task_sleep(lock))
    await asyncio.sleep(0.05)
    await task_sleep(lock)
    print("----")
    asyncio.create_task(task_cancel(0, lock))
    t1 = asyncio.create_task(task_cancel(1, lock))
    asyncio.create_task(task_cancel(2, lock))
    await asyncio.sleep(0.025)
    t1.cancel()
    await asyncio.sleep(0.1)
    print("----")
    t0 = asyncio.create_task(task_cancel(0, lock))
    t1 = asyncio.create_task(task_cancel(1, lock))
    t2 = asyncio.create_task(task_cancel(2, lock, t1))
    asyncio.create_task(task_cancel(3, lock))
    await asyncio.sleep(0.025)
    t2.cancel()
    await asyncio.sleep(0.2)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")
asyncio.run(main())
