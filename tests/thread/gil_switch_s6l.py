# Threads that never block still share the interpreter: the one holding it
# is asked to let go when another has waited, so all make progress.
import _thread, time

counts = [0, 0, 0]
stop = [False]
finished = _thread.allocate_lock()
n_done = [0]

def spin(i):
    while not stop[0]:
        counts[i] += 1
    with finished:
        n_done[0] += 1

for i in range(3):
    _thread.start_new_thread(spin, (i,))
t0 = time.time()
while time.time() - t0 < 0.3:
    pass
stop[0] = True
while True:
    with finished:
        if n_done[0] == 3:
            break
    time.sleep(0.001)
print('all ran:', all(c > 0 for c in counts))
print('threads left:', _thread._count())

# A recursion limit per thread, and deep recursion that stays within it.
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
out = []
def deep():
    out.append(rec(500))
    try:
        rec(10 ** 6)
    except RecursionError:
        out.append('RecursionError')
_thread.start_new_thread(deep, ())
while len(out) < 2:
    time.sleep(0.01)
print(out)

import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError', e)
sys.setswitchinterval(0.005)
