# asyncio subprocesses: communicate() moves a megabyte each way without a
# deadlock, also when the child fills stderr before it reads its input, when
# stderr is merged into stdout, and when the child reads none of the input;
# a hand-written feed with drain() while reading; drain() fails when the
# child ends while the input waits.
import asyncio
import os
from asyncio.subprocess import PIPE, STDOUT

MB = 1000000


async def main():
    data = (bytes(range(256)) * (MB // 256 + 1))[:MB]

    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await p.communicate(data)
    print(len(out), out == data, err, p.returncode)

    cmd = 'head -c %d /dev/zero >&2; cat; head -c %d /dev/zero' % (MB, MB)
    p = await asyncio.create_subprocess_shell(cmd, stdin=PIPE, stdout=PIPE, stderr=PIPE)
    out, err = await p.communicate(data)
    print(len(out), out[:MB] == data, out[MB:] == bytes(MB), len(err), err == bytes(MB), p.returncode)

    p = await asyncio.create_subprocess_shell('cat; head -c %d /dev/zero >&2' % MB, stdin=PIPE, stdout=PIPE, stderr=STDOUT)
    out, err = await p.communicate(data)
    print(len(out), out[:MB] == data, err, p.returncode)

    p = await asyncio.create_subprocess_shell('head -c 10', stdin=PIPE, stdout=PIPE)
    print(await p.communicate(data), p.returncode)

    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)

    async def feed():
        for i in range(0, MB, 65536):
            p.stdin.write(data[i:i + 65536])
            await p.stdin.drain()
        p.stdin.close()

    t = asyncio.ensure_future(feed())
    got = []
    while True:
        chunk = await p.stdout.read(100000)
        if not chunk:
            break
        got.append(chunk)
    await t
    print(b''.join(got) == data, await p.wait())

    # the child ends once the pipe is full and more waits (as CPython's test)
    r, w = os.pipe()
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'read x <&%d' % r, stdin=PIPE, pass_fds=(r,))
    p.stdin.write(data)
    os.write(w, b'go\n')
    try:
        await p.stdin.drain()
        print('no error')
    except (BrokenPipeError, ConnectionResetError):
        print('broken pipe')
    print(await p.wait())
    os.close(r)
    os.close(w)


asyncio.run(main())
