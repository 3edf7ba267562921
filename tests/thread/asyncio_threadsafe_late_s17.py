# call_soon_threadsafe() from a thread started after the loop was made (and
# after the loop first polled) still ends the loop's poll: the loop makes its
# wake-up socket before it polls, once threads exist.
import asyncio
import os
import time


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    import _thread

    fut = loop.create_future()
    r, w = os.pipe()
    loop.add_reader(r, lambda: None)

    def later():
        time.sleep(0.1)
        loop.call_soon_threadsafe(fut.set_result, 1)

    _thread.start_new_thread(later, ())
    t0 = time.time()
    print(await asyncio.wait_for(fut, 5), time.time() - t0 < 2.5)
    loop.remove_reader(r)
    os.close(r)
    os.close(w)


asyncio.run(main())
