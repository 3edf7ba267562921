# At the end of the main program the interpreter waits for non-daemon threads
# (their output comes after the main program's last line) but not for daemon
# threads.
import threading
import time

go = threading.Event()


def late(tag, before):
    go.wait()
    if before:
        before.join()
    time.sleep(0.05)
    print('non-daemon thread done', tag)


def forever():
    go.wait()
    while True:
        time.sleep(0.5)


a = threading.Thread(target=late, args=(1, None))
a.start()
threading.Thread(target=forever, daemon=True).start()
t = threading.Thread(target=late, args=(2, a))
t.daemon = False
t.start()
go.set()
print('main done', threading.active_count())
