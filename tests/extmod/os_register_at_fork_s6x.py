import os, sys
log = []
os.register_at_fork(before=lambda: log.append('b1'), after_in_parent=lambda: log.append('p1'),
                    after_in_child=lambda: log.append('c1'))
os.register_at_fork(before=lambda: log.append('b2'), after_in_child=lambda: log.append('c2'))
def bad():
    log.append('bad')
    raise ValueError('hook')
os.register_at_fork(after_in_parent=bad, after_in_child=bad)
os.register_at_fork(after_in_parent=lambda: log.append('p3'))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(log).encode())
    os._exit(0)
os.waitpid(pid, 0)
print('child', os.read(r, 200).decode())
print('parent', log)
for kw in ({}, {'before': 1}, {'before': None}, {'after_in_child': 'x'}):
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print('TypeError', e)
try:
    os.register_at_fork(lambda: 0)
except TypeError:
    print('TypeError positional')
