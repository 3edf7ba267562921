# asyncio subprocesses: a child ended by a signal has returncode -signum
# (terminate, kill, send_signal, or the child's own kill); once the process
# is finished, signalling it raises ProcessLookupError; a cancelled or timed
# out wait() leaves the process to be waited for again; many children at once
# are all reaped with their own status.
import asyncio
import os
import signal
from asyncio.subprocess import PIPE


def reaped(pid):
    # no zombie left: the pid is no child of ours any more
    try:
        os.waitpid(pid, os.WNOHANG)
        return False
    except ChildProcessError:
        return True


async def main():
    p = await asyncio.create_subprocess_exec('sleep', '10')
    print(p.returncode)
    p.terminate()
    print(await p.wait(), p.returncode, reaped(p.pid))

    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.send_signal(signal.SIGUSR1)
    print(await p.wait())

    p = await asyncio.create_subprocess_shell('kill -QUIT $$')
    print(await p.wait())

    p = await asyncio.create_subprocess_exec('sleep', '10', stdout=PIPE)
    p.kill()
    print(await p.communicate(), p.returncode)
    # (CPython closes the transport a loop turn or two after communicate()
    # returns; only then does signalling raise: wait for it)
    await asyncio.sleep(0.1)
    for f in p.kill, p.terminate, lambda: p.send_signal(signal.SIGHUP):
        try:
            f()
            print('no error')
        except ProcessLookupError:
            print('ProcessLookupError')

    # cancelled waits
    p = await asyncio.create_subprocess_exec('sleep', '10')
    try:
        await asyncio.wait_for(p.wait(), 0.05)
    except asyncio.TimeoutError:
        print('timeout', p.returncode)
    t = asyncio.ensure_future(p.wait())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', p.returncode)
    p.kill()
    print(await p.wait(), await p.wait(), reaped(p.pid))

    # many at once
    ps = [await asyncio.create_subprocess_shell('sleep 0.0%d; exit %d' % (i % 10, i)) for i in range(60)]
    codes = await asyncio.gather(*[p.wait() for p in ps])
    print(codes == list(range(60)), all(reaped(p.pid) for p in ps))
    ps = [await asyncio.create_subprocess_shell('echo %d; echo e%d >&2' % (i, i), stdout=PIPE, stderr=PIPE)
          for i in range(40)]
    res = await asyncio.gather(*[p.communicate() for p in ps])
    print(res == [(b'%d\n' % i, b'e%d\n' % i) for i in range(40)], all(reaped(p.pid) for p in ps))


asyncio.run(main())
