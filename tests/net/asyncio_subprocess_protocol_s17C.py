# loop.subprocess_exec()/subprocess_shell() with a SubprocessProtocol:
# connection_made() first and connection_lost() last, the pipes' data and
# ends, process_exited(); the transport's pid, return code and pipe
# transports; close() kills a child still running. (The order of the pipe
# events against process_exited() is not fixed, in CPython either: sorted.)
import asyncio
import subprocess


class Proto(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.ev = []
        self.data = {1: b'', 2: b''}
        self.done = done

    def connection_made(self, t):
        self.ev.append('made')
        self.t = t

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.ev.append(('pipe_lost', fd, exc))

    def process_exited(self):
        self.ev.append(('exited', self.t.get_returncode()))

    def connection_lost(self, exc):
        self.ev.append(('lost', exc))
        self.done.set_result(None)


def show(p):
    print(p.ev[0], p.ev[-1], sorted(map(str, p.ev[1:-1])), p.data)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t, p = await loop.subprocess_exec(lambda: Proto(done), '/bin/sh', '-c',
                                      'read x; echo "got $x"; echo err >&2; exit 4')
    print(isinstance(t, asyncio.SubprocessTransport), p.ev, t.get_pid() > 0, t.get_returncode(), t.is_closing())
    print([t.get_pipe_transport(i) is None for i in range(4)])
    print(isinstance(t.get_extra_info('subprocess'), subprocess.Popen), t.get_protocol() is p)
    t.get_pipe_transport(0).write(b'abc\n')
    await done
    show(p)
    print(t.get_returncode(), t.is_closing())
    t.close()
    print(t.is_closing())

    # stdout only; close() while the child runs kills it
    done = loop.create_future()
    t, p = await loop.subprocess_shell(lambda: Proto(done), 'echo start; exec sleep 10', stdin=None, stderr=None)
    print(t.get_pipe_transport(0), t.get_pipe_transport(2))
    while not p.data[1]:
        await asyncio.sleep(0.01)
    t.close()
    await done
    show(p)

    # a child that ends before the loop looks at it: still in order
    done = loop.create_future()
    t, p = await loop.subprocess_exec(lambda: Proto(done), '/bin/sh', '-c', 'printf x', stdin=None)
    await done
    show(p)


asyncio.run(main())
