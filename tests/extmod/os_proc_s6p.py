# os.fork, the exec family, waitpid and the wait-status helpers.
import os

pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 3'])
p, st = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.waitstatus_to_exitcode(st))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'from child')
    os._exit(5)
os.close(w)
print(os.read(r, 100))
os.close(r)
p, st = os.wait()
print(p == pid, os.waitstatus_to_exitcode(st))

pid = os.fork()
if pid == 0:
    os.execvpe('sh', ['sh', '-c', 'kill -TERM $$'], {'PATH': '/bin:/usr/bin'})
st = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st), os.waitstatus_to_exitcode(st))

pid = os.fork()
if pid == 0:
    os.execvp('sh', ['sh', '-c', 'sleep 2'])
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, 9)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'exit $X'], {'X': '7'})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFEXITED(0), os.WEXITSTATUS(0x200))
for bad in (0x137f, 0x7f):
    try:
        os.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print(e)

for f in (lambda: os.execv('/nonexistent_s6p', ['a']),
          lambda: os.execve('/nonexistent_s6p', ['a'], {}),
          lambda: os.execv('/bin/true', []),
          lambda: os.execv('/bin/true', ['']),
          lambda: os.execv('/bin/true', 'ab'),
          lambda: os.execve('/bin/true', ['a'], {'a=b': 'c'}),
          lambda: os.execve('/bin/true', ['a'], {1: 'c'}),
          lambda: os.waitpid(-1, 0),
          lambda: os.getpgid(-5)):
    try:
        f()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(os.getpgid(0) == os.getpgid(os.getpid()), os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
