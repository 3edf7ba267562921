# A line protocol over loopback: readline, readuntil, readexactly,
# async iteration over lines, and a client that sees EOF when the server
# closes (read() -> b'', readline() -> b'', IncompleteReadError).
import asyncio

HOST = '127.0.0.1'


async def handle(reader, writer):
    # commands: "ADD a b", "ECHO text", "BYE"; reply one line each
    while True:
        line = await reader.readline()
        if not line:
            break
        words = line.decode().split()
        if words[0] == 'ADD':
            writer.write(b'%d\n' % (int(words[1]) + int(words[2])))
        elif words[0] == 'ECHO':
            writer.write(' '.join(words[1:]).encode() + b'\n')
        elif words[0] == 'BYE':
            writer.write(b'bye\npartial')
            await writer.drain()
            break
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def talk(port):
    reader, writer = await asyncio.open_connection(HOST, port)
    # several requests in one write: replies come back line by line
    writer.write(b'ADD 1 2\nECHO a  b c\nADD 40 2\n')
    await writer.drain()
    for _ in range(3):
        print('reply', await reader.readline())
    writer.write(b'ECHO x;y;z\n')
    print('readuntil', await reader.readuntil(b';'))
    print('readexactly', await reader.readexactly(2))
    print('rest', await reader.readline())
    writer.write(b'BYE\n')
    await writer.drain()
    print('last', await reader.readline())
    try:
        await reader.readexactly(20)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected, isinstance(e, EOFError))
    print('at_eof', reader.at_eof())
    print('read after EOF', await reader.read(10), await reader.readline(), await reader.read())
    writer.close()
    await writer.wait_closed()


async def lines(port):
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(b'ECHO one\nECHO two\nADD 2 2\nBYE\n')
    n = 0
    async for line in reader:
        n += 1
        print('line', n, line)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, HOST, 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await talk(port)
        await lines(port)
        # read(-1) collects everything up to EOF
        reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(b'ECHO all\nBYE\n')
        await writer.drain()
        print('read()', await reader.read())
        writer.close()
        await writer.wait_closed()
    print('server closed')


asyncio.run(main())
