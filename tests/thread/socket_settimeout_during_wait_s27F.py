# settimeout()/setblocking() from another thread while a call waits with a
# timeout: the waiting call keeps its deadline and ends with TimeoutError, as
# in CPython. (Changed to blocking, it once ended with BlockingIOError.)
import socket
import threading
import time

for change in (None, 0, 5.0, 'setblocking(True)', 'setblocking(False)'):
    a, b = socket.socketpair()
    b.settimeout(0.2)

    def other():
        time.sleep(0.05)
        if change == 'setblocking(True)':
            b.setblocking(True)
        elif change == 'setblocking(False)':
            b.setblocking(False)
        else:
            b.settimeout(change)

    t = threading.Thread(target=other)
    t.start()
    t0 = time.time()
    for call in ('recv', 'recv_into'):
        try:
            if call == 'recv':
                b.recv(100000)
            else:
                b.recv_into(bytearray(100))
            print(change, call, 'returned')
        except OSError as e:
            print(change, call, type(e).__name__)
        if change not in (0, 'setblocking(False)'):
            break  # a second call would wait long (or for ever)
    t.join()
    print(time.time() - t0 < 1, b.gettimeout())
    a.close()
    b.close()
