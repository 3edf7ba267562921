# The waits' signal wake-up machinery leaks no file descriptor into exec'd
# programs, and a forked child that sleeps has as many fds as its parent.
import os, sys, time

time.sleep(0.01)
r, w = os.pipe()
before = len(os.listdir("/dev/fd"))
pid = os.fork()
if pid == 0:
    time.sleep(0.01)
    os.write(w, b"%d" % len(os.listdir("/dev/fd")))
    os.close(w)
    os._exit(0)
os.close(w)
print("fork child:", int(os.read(r, 100)) == before)
os.close(r)
os.waitpid(pid, 0)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.close(w)
    os.execv(sys.executable, [sys.executable, "-c", "import os; print(sorted(os.listdir('/dev/fd')))"])
os.close(w)
out = b""
while True:
    d = os.read(r, 1000)
    if not d:
        break
    out += d
os.close(r)
os.waitpid(pid, 0)
print("exec'd child:", out.decode().strip())
