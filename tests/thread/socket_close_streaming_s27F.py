# close() or shutdown() of a socket from a third thread while data streams
# through it: the receiver copies large blocks and the sender sends large
# buffers without the GIL (objsocket.c, SOCK_RELEASE_MIN), and a fourth
# thread collects garbage. Every call must end (data, EOF or OSError) with
# no write to a freed buffer or a closed fd; a socket closed under a call
# then reports EBADF to the next one.
import gc
import socket
import threading
import time

stop = []


def collector():
    while not stop:
        gc.collect()
        time.sleep(0.002)


def receive(s, how, out):
    buf = bytearray(100000)
    try:
        while True:
            if how == 'recv':
                n = len(s.recv(100000))
            elif how == 'recv_into':
                n = s.recv_into(buf)
            else:
                n = s.recv_into(memoryview(buf)[1000:])
            if n == 0:
                break
        out.append('eof')
    except OSError:
        out.append('OSError')


def send(s, how, out):
    data = b'x' * 1000000 if how == 'bytes' else bytearray(1000000)
    try:
        while True:
            s.sendall(data)
    except OSError:
        out.append('OSError')


gc_thread = threading.Thread(target=collector)
gc_thread.start()
for closer in ('close receiver', 'close sender', 'shutdown receiver'):
    for rhow, show in (('recv', 'bytes'), ('recv_into', 'bytearray'), ('view', 'bytes')):
        a, b = socket.socketpair()
        a.settimeout(2)
        b.settimeout(2)
        out = []
        ts = [threading.Thread(target=receive, args=(b, rhow, out)),
              threading.Thread(target=send, args=(a, show, out))]
        for t in ts:
            t.start()
        time.sleep(0.03)
        if closer == 'close receiver':
            b.close()
            time.sleep(0.03)
            a.close()
        elif closer == 'close sender':
            a.close()
            time.sleep(0.03)
            b.close()
        else:
            b.shutdown(socket.SHUT_RDWR)
            time.sleep(0.03)
            a.close()
            b.close()
        for t in ts:
            t.join(5)
        print(closer, rhow, show, sorted(out), [t.is_alive() for t in ts])
        try:
            b.recv(1)
        except OSError as e:
            print('after close', e.errno == 9)
stop.append(1)
gc_thread.join()
