# poll(timeout): 0 returns at once, a timeout with nothing ready returns [],
# an empty poller just sleeps; None and negative wait (here: data is there).
import select
import socket

p = select.poll()
print(p.poll(0), p.poll(10), p.poll(1.5))
a, b = socket.socketpair()
p.register(b, select.POLLIN)
print(p.poll(30))
a.send(b"!")
print(len(p.poll()), len(p.poll(None)), len(p.poll(-1)))
a.close()
b.close()
