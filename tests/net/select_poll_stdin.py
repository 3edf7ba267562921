# sys.stdin (here /dev/null: readable at once, at EOF) can be polled.
import select
import sys

p = select.poll()
p.register(sys.stdin, select.POLLIN)
res = p.poll(1000)
print(len(res), res[0][1] & select.POLLIN != 0)
print(select.select([sys.stdin], [], [], 1)[0] == [sys.stdin])
