# sys.exc_info() and a bare raise are per thread: a handler running in one
# thread is not seen by another, nor by the main thread's own handler.
import _thread, sys, time
lock = _thread.allocate_lock()
out = []
fin = [0]
def a():
    try:
        raise ValueError("A")
    except ValueError:
        time.sleep(0.05)
        out.append(("A", sys.exc_info()[0].__name__))
        try:
            raise
        except ValueError as e:
            out.append(("A reraise", str(e)))
    with lock: fin[0] += 1
def b():
    time.sleep(0.02)
    out.append(("B", sys.exc_info()[0]))
    try:
        raise KeyError("B")
    except KeyError:
        time.sleep(0.05)
        out.append(("B", sys.exc_info()[0].__name__))
    with lock: fin[0] += 1
_thread.start_new_thread(a, ())
_thread.start_new_thread(b, ())
try:
    raise IndexError
except IndexError:
    while fin[0] < 2: time.sleep(0.01)
    print(sys.exc_info()[0].__name__)
