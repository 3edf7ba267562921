# A module whose code is still running in one thread is not seen
# half-initialised by other threads importing it: they wait for it to finish.
# Two threads that start a circular import from either end both finish.
import _thread, os, sys, time, tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'slow_s6l.py'), 'w') as f:
    f.write('import time\nA = 1\ntime.sleep(0.15)\nB = 2\n')
sys.path.insert(0, d)

res = []
lock = _thread.allocate_lock()
def importer(n):
    import slow_s6l
    with lock:
        res.append((n, slow_s6l.A, getattr(slow_s6l, 'B', None)))
for n in range(3):
    _thread.start_new_thread(importer, (n,))
time.sleep(0.03)
import slow_s6l
res.append(('main', slow_s6l.A, slow_s6l.B))
while len(res) < 4:
    time.sleep(0.01)
print(sorted(res, key=str))

# Two threads start a circular import from either end: neither waits for
# ever; one sees the other module half-initialised, as in CPython.
with open(os.path.join(d, 'cyc_a_s6l.py'), 'w') as f:
    f.write('import time\ntime.sleep(0.05)\nimport cyc_b_s6l\nA = 1\n')
with open(os.path.join(d, 'cyc_b_s6l.py'), 'w') as f:
    f.write('import time\ntime.sleep(0.05)\nimport cyc_a_s6l\nB = 1\n')
cyc = []
def cyc_import(name):
    m = __import__(name)
    with lock:
        cyc.append(name)
for name in ('cyc_a_s6l', 'cyc_b_s6l'):
    _thread.start_new_thread(cyc_import, (name,))
t0 = time.time()
while len(cyc) < 2 and time.time() - t0 < 5:
    time.sleep(0.01)
print(sorted(cyc))
print(sys.modules['cyc_a_s6l'].A, sys.modules['cyc_b_s6l'].B)

for name in ('slow_s6l.py', 'cyc_a_s6l.py', 'cyc_b_s6l.py'):
    os.remove(os.path.join(d, name))
os.rmdir(d)
