# The shapes of CPython's test_asyncio.test_streams tests that need its
# (WSGI) test server, against a small threaded HTTP/1.0 responder: a stream
# closed with or without unread data, write+drain after close(), at_eof()
# after wait_closed(), and set_exception() on the reader, which reads and
# drain() raise but wait_closed() does not (it is no lost connection).
import asyncio
import socket
import threading

N_CONN = 7


def serve(ls):
    for i in range(N_CONN):
        c, _ = ls.accept()
        def one(c):
            data = b''
            c.settimeout(5)
            try:
                while b'\r\n\r\n' not in data:
                    b = c.recv(100)
                    if not b:
                        break
                    data += b
                if data:
                    c.sendall(b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nTest message')
            except OSError:
                pass
            c.close()
        threading.Thread(target=one, args=(c,)).start()

ls = socket.socket()
ls.bind(('127.0.0.1', 0))
ls.listen(5)
addr = ls.getsockname()
srv = threading.Thread(target=serve, args=(ls,), daemon=True)
srv.start()

messages = []
async def main():
    asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: messages.append(ctx))
    # wait_closed_on_close
    rd, wr = await asyncio.open_connection(*addr)
    wr.write(b'GET / HTTP/1.0\r\n\r\n')
    print(await rd.readline())
    data = await rd.read()
    print(data.endswith(b'\r\n\r\nTest message'))
    print(wr.is_closing())
    wr.close()
    print(wr.is_closing())
    await wr.wait_closed()
    # unread data
    rd, wr = await asyncio.open_connection(*addr)
    wr.write(b'GET / HTTP/1.0\r\n\r\n')
    print(await rd.readline())
    wr.close()
    await wr.wait_closed()
    print('closed with unread')
    # exception after close
    rd, wr = await asyncio.open_connection(*addr)
    wr.write(b'GET / HTTP/1.0\r\n\r\n')
    print(await rd.readline())
    await rd.read()
    wr.close()
    try:
        wr.write(b'data')
        await wr.drain()
        print('no error')
    except ConnectionResetError as e:
        print('ConnectionResetError', e)
    # eof feed when closing writer
    rd, wr = await asyncio.open_connection(*addr)
    wr.close()
    await wr.wait_closed()
    print('at_eof', rd.at_eof())
    print(await rd.read())
    # open_connection error: a reader exception while reading
    rd, wr = await asyncio.open_connection(*addr)
    class CustomErr(Exception):
        pass
    rd.set_exception(CustomErr())
    try:
        await rd.readline()
    except CustomErr:
        print('CustomErr')
    print(type(rd.exception()).__name__)
    try:
        await wr.drain()
    except CustomErr:
        print('drain CustomErr')
    wr.close()
    await wr.wait_closed()
    print('wait_closed ok')
    # writelines / can_write_eof / write_eof then read the reply
    rd, wr = await asyncio.open_connection(*addr)
    wr.writelines([b'GET / ', b'HTTP/1.0\r\n', b'\r\n'])
    print(wr.can_write_eof())
    wr.write_eof()
    print(await rd.read())
    wr.close()
    await wr.wait_closed()
    print(messages)

asyncio.run(main())
srv.join(10)
ls.close()
