# A blocking flock is interrupted by a signal: its handler runs (here it
# releases the lock being waited for) and the call is retried (PEP 475).
import fcntl, os, signal, tempfile
fd1, path = tempfile.mkstemp()
fd2 = os.open(path, os.O_RDWR)
fcntl.flock(fd1, fcntl.LOCK_EX)
log = []
def handler(sig, frame):
    log.append('alarm')
    fcntl.flock(fd1, fcntl.LOCK_UN)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(fcntl.flock(fd2, fcntl.LOCK_EX), log)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
fcntl.flock(fd2, fcntl.LOCK_UN)
os.close(fd1); os.close(fd2); os.unlink(path)
