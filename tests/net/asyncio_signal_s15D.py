# loop.add_signal_handler() / remove_signal_handler(): the callback runs in
# the loop, even when the loop sleeps in poll() with nothing else to do.
import asyncio
import os
import signal
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda a, b: fut.done() or fut.set_result((a, b)), 'x', 2)
    # a timer sends the signal; wait_for's timer is the only other thing
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    t0 = time.time()
    print(await asyncio.wait_for(fut, 5), time.time() - t0 < 2)

    # nothing scheduled: another thread sends the signal
    fut2 = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR2, fut2.set_result, 'woken')
    th = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR2))
    th.start()
    t0 = time.time()
    print(await fut2, time.time() - t0 < 2)
    th.join()

    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

    async def co():
        pass

    for cb in co, co():
        try:
            loop.add_signal_handler(signal.SIGHUP, cb)
        except TypeError as e:
            print('TypeError', e)
        if asyncio.iscoroutine(cb):
            cb.close()
    loop.add_signal_handler(signal.SIGINT, print)
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    # SIGUSR2 and SIGINT stay: closing the loop restores them


asyncio.run(main())
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler,
      signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
