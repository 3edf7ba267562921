# asyncio.create_subprocess_exec/_shell: the child's stdin, stdout and stderr
# as streams (lines as they come, write + drain, write_eof, close), its
# return code, stderr=STDOUT merging, DEVNULL, env and cwd. Shell commands
# only, so that CPython runs the same children.
import asyncio
import os
import subprocess
from asyncio.subprocess import PIPE, STDOUT, DEVNULL

print(PIPE == subprocess.PIPE, STDOUT == subprocess.STDOUT, DEVNULL == subprocess.DEVNULL)
print(asyncio.subprocess.Process.__name__, asyncio.subprocess.SubprocessStreamProtocol.__name__)
print(asyncio.create_subprocess_exec is asyncio.subprocess.create_subprocess_exec)


async def main():
    # lines read while the child runs
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'for i in 1 2 3; do echo line $i; done; exit 3',
                                             stdout=PIPE)
    print(type(p.stdout).__name__, p.stdin, p.stderr, p.pid > 0)
    async for line in p.stdout:
        print(line)
    print(await p.wait(), p.returncode)

    # a dialogue: write, drain, read the answer, then close stdin
    p = await asyncio.create_subprocess_shell('read a; echo "<$a>"; cat', stdin=PIPE, stdout=PIPE)
    print(type(p.stdin).__name__, p.stdin.can_write_eof())
    p.stdin.write(b'hello\n')
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.write(b'world\n')
    p.stdin.close()
    await p.stdin.wait_closed()
    print(p.stdin.is_closing(), await p.stdout.read(), await p.wait())

    # write_eof() on a pipe ends the child's input
    p = await asyncio.create_subprocess_shell('cat; echo end', stdin=PIPE, stdout=PIPE)
    p.stdin.write(b'abc')
    p.stdin.write_eof()
    print(await p.stdout.read(), await p.wait())

    # stderr=STDOUT: one pipe, in the order written
    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; echo out2', stdout=PIPE, stderr=STDOUT)
    print(p.stderr, await p.communicate(), p.returncode)

    # both pipes, exit status
    p = await asyncio.create_subprocess_shell('echo hi; echo err >&2; exit 4', stdout=PIPE, stderr=PIPE)
    print(await p.communicate(), p.returncode)

    # DEVNULL in and out
    p = await asyncio.create_subprocess_shell('cat; echo done; echo e >&2', stdin=DEVNULL, stdout=PIPE, stderr=DEVNULL)
    print(await p.communicate())

    # bytes arguments; no pipes at all
    p = await asyncio.create_subprocess_exec(b'/bin/sh', b'-c', b'exit 7')
    print(p.stdin, p.stdout, p.stderr, await p.communicate(), p.returncode)

    # communicate() again once all is read
    p = await asyncio.create_subprocess_shell('printf abc', stdout=PIPE)
    print(await p.communicate())
    print(await p.communicate())

    # input the child never reads: no error
    p = await asyncio.create_subprocess_shell('exit 0', stdin=PIPE)
    print(await p.communicate(b'x' * 200000))

    # read(n), readexactly()
    p = await asyncio.create_subprocess_shell('printf 0123456789', stdout=PIPE)
    print(await p.stdout.readexactly(4), await p.stdout.read(3), await p.stdout.read(), p.stdout.at_eof())
    print(await p.wait())

    # Popen's arguments pass through
    env = {'FOO': 'bar', 'PATH': os.environ.get('PATH', '/bin:/usr/bin')}
    p = await asyncio.create_subprocess_shell('echo $FOO; pwd', stdout=PIPE, env=env, cwd='/')
    print(await p.communicate())

    # a small limit: readline() of a longer line fails, as on sockets
    p = await asyncio.create_subprocess_shell('printf "%0200d\\nok\\n" 0', stdout=PIPE, limit=50)
    try:
        await p.stdout.readline()
    except ValueError:
        print('ValueError')
    print(await p.stdout.readline(), await p.wait())


asyncio.run(main())
