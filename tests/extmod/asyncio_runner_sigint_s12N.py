# asyncio.run() and Runner.run() turn Ctrl-C (SIGINT) into cancelling the
# main task, as CPython 3.11: the task sees CancelledError and may clean up;
# if it ends cancelled, the run raises KeyboardInterrupt; if it swallows the
# cancellation, its result is returned. The default handler is restored.
import asyncio
import os
import signal


def ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)


async def main(swallow):
    asyncio.get_running_loop().call_later(0.05, ctrl_c)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('main cancelled')
        if not swallow:
            raise
        return 'swallowed'
    return 'slept'


try:
    asyncio.run(main(False))
except KeyboardInterrupt:
    print('run: KeyboardInterrupt')
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

with asyncio.Runner() as r:
    print(r.run(main(True)))
    try:
        r.run(main(False))
    except KeyboardInterrupt:
        print('Runner: KeyboardInterrupt')
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

# a handler of the program's own is left alone: the signal goes to it
got = []
signal.signal(signal.SIGINT, lambda *a: got.append('own'))


async def short():
    ctrl_c()
    await asyncio.sleep(0.02)
    return 'done'


print(asyncio.run(short()), got)
signal.signal(signal.SIGINT, signal.default_int_handler)
