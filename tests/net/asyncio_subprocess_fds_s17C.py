# asyncio subprocesses leave no descriptor open (counted in /proc/self/fd
# around a whole asyncio.run()) and no zombie, also when the child is killed
# while its pipes are still unread, its creation is cancelled, or it is never
# waited for. (The loop runs a little at the end: a pipe whose end it has not
# seen yet is closed only when its transport is collected, which here, with
# a conservative GC, may be later than in CPython.)
import asyncio
import gc
import os
import sys
import time
from asyncio.subprocess import PIPE, STDOUT

if not os.path.isdir('/proc/self/fd'):
    print('SKIP')
    raise SystemExit


def nfds():
    # (two passes: an object with __del__ frees what it holds one pass later)
    gc.collect()
    gc.collect()
    return len(os.listdir('/proc/self/fd'))


async def work():
    p = await asyncio.create_subprocess_shell('cat; echo e >&2', stdin=PIPE, stdout=PIPE, stderr=PIPE)
    print(await p.communicate(b'abc'))
    p = await asyncio.create_subprocess_shell('echo x; exec sleep 10', stdin=PIPE, stdout=PIPE, stderr=STDOUT)
    print(await p.stdout.readline())
    p.kill()
    print(await p.wait())
    t = asyncio.ensure_future(asyncio.create_subprocess_exec('sleep', '10', stdin=PIPE, stdout=PIPE, stderr=PIPE))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    p = await asyncio.create_subprocess_shell('exit 0', stdout=PIPE)  # never waited for
    await asyncio.sleep(0.2)
    return p.pid


asyncio.run(work())  # the first run sets up what lasts (threads, in ours)
n = nfds()
pid = asyncio.run(work())
print(nfds() - n)
for i in range(500):
    if not os.path.exists('/proc/%d' % pid):
        break
    time.sleep(0.01)
print('reaped', not os.path.exists('/proc/%d' % pid))
