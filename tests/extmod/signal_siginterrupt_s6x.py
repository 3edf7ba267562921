import os, signal, time
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
r, w = os.pipe()
# flag True (the default after signal()): the blocking read is interrupted,
# the handler runs, and the read is retried (PEP 475) until data comes.
print(signal.siginterrupt(signal.SIGALRM, True))
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os.write(w, b'x')
    os._exit(0)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(os.read(r, 1), got)
os.waitpid(pid, 0)
# flag False: the kernel restarts the read; the handler still runs after it
got.clear()
print(signal.siginterrupt(signal.SIGALRM, False))
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os.write(w, b'y')
    os._exit(0)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(os.read(r, 1), got)
os.waitpid(pid, 0)
for bad in (0, 1000):
    try:
        signal.siginterrupt(bad, True)
    except ValueError as e:
        print('ValueError', e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
