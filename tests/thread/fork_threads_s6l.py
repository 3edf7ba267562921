# os.fork() in a program with threads: in the child only the forking thread
# is left, it is the main thread (also when a non-main thread forked), and
# threads, locks and joins work there.
import os, threading, time, _thread
stop = False
def spin():
    while not stop:
        time.sleep(0.001)
ts = [threading.Thread(target=spin) for i in range(3)]
for t in ts: t.start()
l = threading.Lock()
pid = os.fork()
if pid == 0:
    # child: only this thread
    print('child threads', threading.active_count(), threading.current_thread() is threading.main_thread())
    t = threading.Thread(target=lambda: print('child thread ran'))
    t.start(); t.join()
    for x in ts: x.join()
    time.sleep(0.01)
    with l: pass
    os._exit(0)
_, st = os.waitpid(pid, 0)
print('parent saw exit', os.waitstatus_to_exitcode(st))
stop = True
for t in ts: t.join()
# fork from a non-main thread
res = []
def forker():
    pid = os.fork()
    if pid == 0:
        print('grandchild main?', threading.current_thread() is threading.main_thread())
        os._exit(3)
    res.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
t = threading.Thread(target=forker); t.start(); t.join()
print(res)
