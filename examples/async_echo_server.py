# A line-based echo server on asyncio: every client gets its own task, lines
# come back upper-cased, "quit" ends that client, "shutdown" stops the server.
# Runs under ./micropython and python3.
#
#   ./micropython examples/async_echo_server.py [host [port]]
#                                   (defaults 127.0.0.1 8008; port 0 = any)
#   ./micropython examples/async_echo_server.py --demo
#                                   (serves on a free port, runs three clients
#                                    against itself, shuts down, exits)
#
# Try it from another terminal with:   nc 127.0.0.1 8008
import sys

try:
    import asyncio
except ImportError:
    import uasyncio as asyncio

stop = asyncio.Event()


async def serve_client(reader, writer):
    peer = writer.get_extra_info("peername")
    print("client", peer[0], peer[1])
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            word = line.strip()
            if word == b"quit":
                writer.write(b"bye\n")
                break
            if word == b"shutdown":
                writer.write(b"shutting down\n")
                stop.set()
                break
            writer.write(line.upper())
            await writer.drain()
        await writer.drain()
    except OSError as e:
        print("client", peer[0], peer[1], "error:", e)
    finally:
        writer.close()
        await writer.wait_closed()
    print("client", peer[0], peer[1], "gone")


async def demo_client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in lines:
        writer.write(text.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        print(name, "sent", repr(text), "got", repr(reply.decode().rstrip()))
    writer.close()
    await writer.wait_closed()


async def main(host, port, demo):
    server = await asyncio.start_server(serve_client, host, port)
    port = server.sockets[0].getsockname()[1]
    print("echo server on %s %d" % (host, port))
    if demo:
        await asyncio.gather(
            demo_client(port, "c1", ["hello", "world", "quit"]),
            demo_client(port, "c2", ["asyncio", "quit"]),
            demo_client(port, "c3", ["abc"]),
        )
        await demo_client(port, "c4", ["shutdown"])
    await stop.wait()
    server.close()
    await server.wait_closed()
    print("server closed")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--demo"]
    demo = len(args) != len(sys.argv) - 1
    host = args[0] if args else "127.0.0.1"
    port = int(args[1]) if len(args) > 1 else (0 if demo else 8008)
    asyncio.run(main(host, port, demo))
