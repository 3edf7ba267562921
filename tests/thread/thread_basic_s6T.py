# threading.Thread: start/join, a shared counter under a Lock, is_alive,
# current_thread() inside the thread, main_thread(), enumerate() after join.
import threading

lock = threading.Lock()
count = [0]
seen = []


def work(n, tag):
    for _ in range(n):
        with lock:
            count[0] += 1
    with lock:
        seen.append((tag, threading.current_thread().name))


ts = [threading.Thread(target=work, args=(500, i), name='w%d' % i) for i in range(5)]
print([t.is_alive() for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count[0])
print(sorted(seen))
print([t.is_alive() for t in ts])
print(all(isinstance(t.ident, int) for t in ts), len(set(t.ident for t in ts)) >= 1)
print(all(isinstance(t.native_id, int) for t in ts))
print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().name, threading.current_thread().daemon)
print(threading.enumerate() == [threading.main_thread()], threading.active_count())
print(threading.get_ident() == threading.main_thread().ident)


# A subclass overriding run(), with a keyword argument target.
class Adder(threading.Thread):
    def __init__(self, a, b):
        super().__init__()
        self.a, self.b = a, b
        self.result = None

    def run(self):
        self.result = self.a + self.b


t = Adder(2, 3)
t.start()
t.join()
print(t.result)
r = []
t = threading.Thread(target=lambda x, y=0: r.append(x * y), args=(6,), kwargs={'y': 7})
t.start()
t.join()
print(r)
