# An OrderedDict that contains itself prints it as "...".
from collections import OrderedDict

od = OrderedDict(a=1)
od['x'] = od
print(od)
print(OrderedDict(), OrderedDict(b=[od]))

class Sub(OrderedDict):
    pass
s = Sub(k=2)
s['self'] = s
print(s)
