# asyncio with threads: to_thread and run_in_executor run blocking calls in a
# pool while the loop goes on; call_soon_threadsafe from another thread wakes
# a loop that is waiting in poll.
import asyncio
import threading
import time
import concurrent.futures

def blocking(x, delay=0.05):
    time.sleep(delay)
    return x * 2

async def ticker(log):
    for i in range(3):
        log.append('tick')
        await asyncio.sleep(0.01)

async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    r = await asyncio.to_thread(blocking, 21, delay=0.05)
    await t
    print('to_thread:', r, 'ticks meanwhile:', log.count('tick'))
    loop = asyncio.get_running_loop()
    rs = await asyncio.gather(*[loop.run_in_executor(None, blocking, i, 0.01) for i in range(5)])
    print('run_in_executor:', rs)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        print('own pool:', await loop.run_in_executor(pool, blocking, 5, 0))
    try:
        await asyncio.to_thread(int, 'x')
    except ValueError as e:
        print('ValueError', e)
    # Another thread hands a result to the loop, which sleeps in poll meanwhile.
    fut = loop.create_future()
    def worker():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')
    threading.Thread(target=worker).start()
    t0 = time.monotonic()
    print(await fut, time.monotonic() - t0 < 5)  # woken by the thread, not stuck
    cf = concurrent.futures.Future()
    threading.Timer(0.02, cf.set_result, ('wrapped',)).start()
    print(await asyncio.wrap_future(cf))

asyncio.run(main())
