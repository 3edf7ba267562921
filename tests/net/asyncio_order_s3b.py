# Ordering of tasks and sleeps: creation order, sleep(0) round robin,
# timed sleeps waking by deadline, current_task, sleep's result argument.
import asyncio

log = []


async def spinner(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await asyncio.sleep(0)


async def timed(name, delay):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    t = asyncio.current_task()
    print('current task is a Task:', isinstance(t, asyncio.Task))
    a = asyncio.create_task(spinner('a', 3))
    b = asyncio.create_task(spinner('b', 3))
    print('created, nothing ran yet:', log)
    await asyncio.gather(a, b)
    print(log)
    del log[:]

    ts = [asyncio.create_task(timed(n, d))
          for n, d in (('late', 0.06), ('early', 0.01), ('middle', 0.03))]
    await asyncio.gather(*ts)
    print(log)
    del log[:]

    print(await asyncio.sleep(0, 'zero result'), await asyncio.sleep(0.001, 'r'))
    t0 = asyncio.get_running_loop().time()
    await asyncio.sleep(0.05)
    dt = asyncio.get_running_loop().time() - t0
    print('slept about 0.05:', 0.045 <= dt < 1.0)

    async def named():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(named(), name='worker-1'))
    print('done tasks are dropped from all_tasks:',
          len(asyncio.all_tasks()) == 1)
    return 'main result'


print(asyncio.run(main()))

# run() refuses non-coroutines
try:
    asyncio.run(42)
except ValueError:
    print('ValueError for run(42)')

# run() again works, each time on a fresh loop
print(asyncio.run(asyncio.sleep(0, 'second run')))

# the loop object API
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.sleep(0.001, 'ruc')))
loop.call_soon(print, 'call_soon ran')
loop.call_later(0.01, loop.stop)
loop.run_forever()
print('after run_forever, running:', loop.is_running())
t = loop.create_task(asyncio.sleep(0, 'loop task'))
print(loop.run_until_complete(t))
loop.close()
print('closed', loop.is_closed())
asyncio.set_event_loop(None)
