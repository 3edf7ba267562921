# dict, list and set mutated by some threads while others iterate over them,
# sort them and print them: only RuntimeError/ValueError may come out, and
# the containers stay consistent.
import _thread, time

d = {i: i for i in range(300)}
l = list(range(300))
s = set(range(300))
stop = [False]
lock = _thread.allocate_lock()
finished = [0]
odd = []

def mutator(k):
    i = 0
    while not stop[0]:
        i += 1
        d[i % 500] = i
        d.pop((i * 7) % 500, None)
        l.append(i)
        if len(l) > 400:
            del l[:100]
        l.insert(len(l) // 2, -i)
        s.add(i % 600)
        s.discard((i * 3) % 600)
        if i % 200 == k:
            d.clear()
            s.clear()
            l.clear()
    with lock:
        finished[0] += 1

def reader():
    t0 = time.time()
    while time.time() - t0 < 0.4:
        for coll in (d, s, l, d.values(), d.items()):
            try:
                for x in coll:
                    pass
            except RuntimeError:
                pass
        try:
            l.sort()
        except ValueError:
            pass
        try:
            sorted(s)
            max(l, default=0)
            repr(d)
            str(l)
            list(reversed(l))
            d.copy()
            s.copy()
            s | set(l)
        except RuntimeError:
            pass
        except Exception as e:
            odd.append(type(e).__name__)
    with lock:
        finished[0] += 1

for k in range(2):
    _thread.start_new_thread(mutator, (k,))
for k in range(3):
    _thread.start_new_thread(reader, ())
while True:
    with lock:
        if finished[0] == 3:
            break
    time.sleep(0.01)
stop[0] = True
while True:
    with lock:
        if finished[0] == 5:
            break
    time.sleep(0.01)
print('odd', odd)
print(all(k in d for k in list(d)), len(set(l)) <= len(l), all(isinstance(x, int) for x in s))
