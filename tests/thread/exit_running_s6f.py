# The program ends while daemon threads are blocked in recv(), sleep and
# lock waits or spin in busy loops: it exits at once with status 0.
import _thread, socket, threading, time

a, b = socket.socketpair()
stuck = _thread.allocate_lock()
stuck.acquire()

def spin():
    x = 0
    while True:
        x += 1

_thread.start_new_thread(a.recv, (10,))
_thread.start_new_thread(spin, ())
_thread.start_new_thread(time.sleep, (100,))
_thread.start_new_thread(stuck.acquire, ())
threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=b.recv, args=(10,), daemon=True).start()
time.sleep(0.05)
print('main ends')
