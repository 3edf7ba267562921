# Timer: fires once after its interval; cancel() before that stops it.
import threading
import time

out = []
t = threading.Timer(0.03, out.append, args=('fired',))
t0 = time.monotonic()
t.start()
t.join()
print(out, time.monotonic() - t0 >= 0.025, t.finished.is_set())
t = threading.Timer(5, out.append, ['never'])
t.start()
t.cancel()
t.join(2)
print(out, t.is_alive())
t = threading.Timer(0, lambda **k: out.append(sorted(k.items())), kwargs={'a': 1})
t.start()
t.join()
print(out)
print(isinstance(t, threading.Thread), t.interval, t.args)
