# loop.add_reader()/add_writer()/remove_reader()/remove_writer() (CPython's
# selector loop API): the callback runs (with its arguments) each time the
# fd is ready, until removed; adding again replaces it; an fd may be given
# as an int or as an object with fileno(); a bad one is a ValueError, and an
# fd that a transport owns is a RuntimeError. Loopback socketpair only.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []
    done = loop.create_future()

    def on_read(tag):
        data = a.recv(100)
        got.append((tag, data))
        if data == b'end':
            print('removed', loop.remove_reader(a))
            done.set_result(None)

    loop.add_reader(a.fileno(), on_read, 'first')
    b.send(b'one')
    await asyncio.sleep(0.05)
    loop.add_reader(a, on_read, 'second')  # replaces the callback for that fd
    b.send(b'two')
    await asyncio.sleep(0.05)
    b.send(b'end')
    await done
    print(got)
    print('again', loop.remove_reader(a), loop.remove_writer(a))

    writable = []

    def on_write():
        writable.append(1)
        if len(writable) == 3:
            loop.remove_writer(b.fileno())

    loop.add_writer(b, on_write)
    await asyncio.sleep(0.05)
    print('writer ran', len(writable), 'times')

    for fn in loop.add_reader, loop.add_writer:
        try:
            fn(object(), print)
        except ValueError as e:
            print(type(e).__name__, str(e).startswith('Invalid file object'))
    for fn in loop.remove_reader, loop.remove_writer:
        try:
            fn('x')
        except ValueError as e:
            print(type(e).__name__, str(e).startswith('Invalid file object'))

    # a callback that raises goes to the exception handler and stays added
    errors = []
    loop.set_exception_handler(lambda lp, ctx: errors.append(type(ctx['exception']).__name__))
    calls = []

    def bad():
        calls.append(a.recv(10))
        if len(calls) == 2:
            loop.remove_reader(a)
        raise ZeroDivisionError

    loop.add_reader(a, bad)
    b.send(b'x')
    await asyncio.sleep(0.05)
    b.send(b'y')
    await asyncio.sleep(0.05)
    print(calls, errors)
    loop.set_exception_handler(None)

    tr, pr = await loop.create_connection(asyncio.Protocol, sock=a)
    for args in (print,), ():
        for fd in a, a.fileno():
            try:
                (loop.add_reader if args else loop.remove_reader)(fd, *args)
            except RuntimeError as e:
                print(type(e).__name__, 'is used by transport' in str(e))
    tr.close()
    await asyncio.sleep(0)
    b.close()


asyncio.run(main())
