# Ctrl-C (SIGINT from another thread) while the main thread waits for a lock,
# joins a thread and waits on an Event: KeyboardInterrupt in the main thread.
import _thread, os, signal, threading, time

def kill_soon():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGINT)

lock = _thread.allocate_lock()
lock.acquire()
threading.Thread(target=kill_soon).start()
try:
    lock.acquire()
    print('acquired')
except KeyboardInterrupt:
    print('KeyboardInterrupt in acquire')

worker = threading.Thread(target=time.sleep, args=(0.3,))
worker.start()
threading.Thread(target=kill_soon).start()
try:
    worker.join()
    print('joined')
except KeyboardInterrupt:
    print('KeyboardInterrupt in join')
worker.join()

ev = threading.Event()
threading.Thread(target=kill_soon).start()
try:
    ev.wait(2)
    print('event')
except KeyboardInterrupt:
    print('KeyboardInterrupt in wait')
