# A regular file can be polled and select()ed: always readable and writable.
import select

f = open("select_poll_file.py", "rb")
p = select.poll()
p.register(f, select.POLLIN | select.POLLOUT)
res = p.poll(0)
print(len(res), res[0][1] & select.POLLIN != 0)
print(select.select([f], [], [], 0)[0] == [f])
p.unregister(f)
f.close()
