# asyncio subprocesses, bad arguments: CPython's ValueErrors for the
# Popen options that asyncio does not allow (text modes, buffering, the
# wrong shell), a shell command that is not a string; a program that does
# not exist raises FileNotFoundError and leaves no descriptor open.
import asyncio
import gc
import os
from asyncio.subprocess import PIPE


# The open descriptors: /proc/self/fd on Linux, /dev/fd on macOS.
FD_DIR = '/proc/self/fd' if os.path.isdir('/proc/self/fd') else '/dev/fd'


def nfds():
    gc.collect()
    gc.collect()
    return len(os.listdir(FD_DIR))


async def main():
    loop = asyncio.get_running_loop()
    for kw in dict(bufsize=1), dict(text=True), dict(universal_newlines=True), dict(encoding='utf-8'), \
            dict(errors='strict'), dict(shell=True):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **kw)
        except ValueError as e:
            print('ValueError', e)
    for kw in dict(bufsize=0, text=False, shell=True), dict(shell=False):
        try:
            t, p = await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', **kw)
            print('ok')
            await t._wait()
            t.close()
        except ValueError as e:
            print('ValueError', e)
    for cmd in ['true'], None:
        try:
            await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd)
        except ValueError as e:
            print('ValueError', e)
    for kw in dict(text=True), dict(encoding='ascii'):
        try:
            await asyncio.create_subprocess_shell('true', **kw)
        except ValueError as e:
            print('ValueError', e)

    n = nfds()
    try:
        await asyncio.create_subprocess_exec('/nonexistent/prog', stdin=PIPE, stdout=PIPE, stderr=PIPE)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(nfds() - n)


asyncio.run(main())
