# A module whose code is still running in one thread is not seen
# half-initialised by other threads importing it: they wait for it to finish.
# A module that fails to import is retried by the next importer.
import _thread, os, sys, time, tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'slow_s6l.py'), 'w') as f:
    f.write('import time\nA = 1\ntime.sleep(0.15)\nB = 2\n')
with open(os.path.join(d, 'flaky_s6l.py'), 'w') as f:
    f.write('import time, builtins\ntime.sleep(0.05)\n'
            'if not hasattr(builtins, "_flaky_done"):\n'
            '    builtins._flaky_done = 1\n    raise ValueError("first time")\nOK = True\n')
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

out = []
def flaky(n):
    try:
        import flaky_s6l
        r = flaky_s6l.OK
    except ValueError as e:
        r = str(e)
    with lock:
        out.append(r)
for n in range(2):
    _thread.start_new_thread(flaky, (n,))
while len(out) < 2:
    time.sleep(0.01)
print(sorted(out, key=str))

for name in ('slow_s6l.py', 'flaky_s6l.py'):
    os.remove(os.path.join(d, name))
os.rmdir(d)
