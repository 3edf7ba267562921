# Several tasks awaiting one task (or future) must all wake when it ends;
# also the ordering of gather/wait_for/cancel around such waits.
import asyncio


async def work(n, d):
    await asyncio.sleep(d)
    print("work done", n)
    return n * 10


async def waiter(name, t):
    try:
        print(name, "got", await t)
    except ValueError as e:
        print(name, "ValueError", e)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def main():
    # three waiters on one task, via gather
    t = asyncio.create_task(work(1, 0.01))
    await asyncio.gather(waiter("a", t), waiter("b", t), waiter("c", t))
    # as separate tasks
    t = asyncio.create_task(work(2, 0.01))
    ws = [asyncio.create_task(waiter(x, t)) for x in "de"]
    await asyncio.sleep(0.05)
    print([w.done() for w in ws])
    # the awaited task fails: every waiter sees the error
    t = asyncio.create_task(fail())
    await asyncio.gather(waiter("f", t), waiter("g", t))
    # the awaited task is cancelled
    t = asyncio.create_task(work(3, 1))
    ws = [asyncio.create_task(waiter(x, t)) for x in "hij"]
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print([w.done() for w in ws])
    # one of the waiters is cancelled: that cancels the awaited task too
    t = asyncio.create_task(work(4, 0.02))
    ws = [asyncio.create_task(waiter(x, t)) for x in "klm"]
    await asyncio.sleep(0.005)
    ws[1].cancel()
    await asyncio.sleep(0.05)
    print([w.done() for w in ws], t.done())
    # a future with several waiters and a done callback
    fut = asyncio.get_event_loop().create_future()
    fut.add_done_callback(lambda f: print("callback", f.result()))
    ws = [asyncio.create_task(waiter(x, fut)) for x in "nop"]
    await asyncio.sleep(0)
    fut.set_result("R")
    await asyncio.sleep(0.01)
    print([w.done() for w in ws])
    # waiting on an already finished task
    t = asyncio.create_task(work(5, 0))
    print(await t, await t)


asyncio.run(main())
