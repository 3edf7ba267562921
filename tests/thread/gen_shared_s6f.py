# A generator running in one thread while another calls next() on it: the
# second gets ValueError('generator already executing'); the generator itself
# is not harmed and goes on in its first thread.
import _thread, time

def slow():
    for i in range(3):
        time.sleep(0.05)  # gives up the GIL while the frame is running
        yield i

g = slow()
seen = []
done = _thread.allocate_lock()
done.acquire()

def other():
    time.sleep(0.02)
    for meth in ('next', 'send', 'throw', 'close'):
        try:
            if meth == 'next':
                next(g)
            elif meth == 'send':
                g.send(None)
            elif meth == 'throw':
                g.throw(KeyError)
            else:
                g.close()
            seen.append((meth, 'no error'))
        except ValueError as e:
            seen.append((meth, str(e)))
    done.release()

_thread.start_new_thread(other, ())
print(next(g))
done.acquire()
for s in seen:
    print(*s)
print(list(g))

# Several threads pulling from one generator that computes between yields:
# every value is produced once, the rest get ValueError or StopIteration.
def work():
    for i in range(20):
        s = 0
        for j in range(20000):
            s += j
        yield i

g2 = work()
got = []
errors = [0]
lock = _thread.allocate_lock()
finished = [0]

def puller():
    while True:
        try:
            v = next(g2)
            got.append(v)
        except ValueError:
            errors[0] += 1
            time.sleep(0)
        except StopIteration:
            break
    with lock:
        finished[0] += 1

for _ in range(4):
    _thread.start_new_thread(puller, ())
while True:
    with lock:
        if finished[0] == 4:
            break
    time.sleep(0.005)
print(sorted(got) == list(range(20)))
