# deque.__init__ resets (maxlen too), a deque inside itself prints [...],
# int * deque.
from collections import deque
d = deque(range(-5, -2))
d.__init__(range(4))
print(d)
d.__init__('ab', 5); print(d, d.maxlen)
d.__init__(d); print(d)
d = deque(range(3)); d.append(d); print(d)
d = deque(range(3), 4); d.append(d); print(repr(d))
print(2 * deque('ab'), deque('ab') * 2, 0 * deque('x'))
class D(deque): pass
e = D('xy'); e.append(e); print(e)
e.__init__(maxlen=1); print(e, e.maxlen)
try: deque('abc', maxlen=-1)
except ValueError as ex: print(ex)
