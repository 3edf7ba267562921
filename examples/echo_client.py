# Send each message to an echo server and print what comes back.
#
#   echo_client.py host port message...
import socket
import sys


def main():
    if len(sys.argv) < 4:
        print("usage: echo_client.py host port message...")
        sys.exit(2)
    host, port = sys.argv[1], int(sys.argv[2])
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.settimeout(10)
    s.connect(ai[4])
    for msg in sys.argv[3:]:
        data = msg.encode()
        s.sendall(data)
        got = b""
        while len(got) < len(data):
            chunk = s.recv(4096)
            if not chunk:
                break
            got += chunk
        print("echo:", got.decode())
    s.close()


main()
