# A thread per connection: an accept loop and 20 clients in threads of one
# process, each waiting in recv()/accept() while the others run.
import _thread, socket, time, gc
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0)); srv.listen(50)
port = srv.getsockname()[1]
lk = _thread.allocate_lock()
state = {'served': 0, 'clients': 0, 'bad': 0}
def handle(c):
    f = c.makefile('rwb', 0)
    while True:
        line = c.recv(4096)
        if not line: break
        junk = [bytes(100) for i in range(50)]  # GC pressure while others wait in poll
        c.sendall(line.upper())
    c.close()
    with lk: state['served'] += 1
def server():
    while True:
        c, a = srv.accept()
        _thread.start_new_thread(handle, (c,))
def client(n):
    s = socket.create_connection(('127.0.0.1', port))
    ok = True
    for i in range(100):
        msg = b'msg %d %d\n' % (n, i)
        s.sendall(msg)
        got = b''
        while len(got) < len(msg):
            got += s.recv(100)
        ok = ok and got == msg.upper()
    s.close()
    with lk:
        state['clients'] += 1
        if not ok: state['bad'] += 1
_thread.start_new_thread(server, ())
N = 20
for n in range(N):
    _thread.start_new_thread(client, (n,))
t0 = time.time()
while True:
    with lk:
        if state['clients'] == N and state['served'] == N: break
    if time.time() - t0 > 20: print('TIMEOUT', state); break
    time.sleep(0.01)
print(state)
