# A thread waiting in flock does not hold up the others (the call runs
# without the GIL).
import fcntl, os, tempfile, _thread, time
fd1, path = tempfile.mkstemp()
fd2 = os.open(path, os.O_RDWR)
fcntl.flock(fd1, fcntl.LOCK_EX)
done = _thread.allocate_lock()
done.acquire()
log = []
def waiter():
    fcntl.flock(fd2, fcntl.LOCK_EX)
    log.append('locked')
    done.release()
_thread.start_new_thread(waiter, ())
time.sleep(0.05)
log.append('main ran')
fcntl.flock(fd1, fcntl.LOCK_UN)
done.acquire()
print(log)
os.close(fd1); os.close(fd2); os.unlink(path)
