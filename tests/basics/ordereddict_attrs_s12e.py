# OrderedDict and Counter instances take attributes (they have a __dict__);
# copy.copy, deepcopy and pickle of an OrderedDict keep them.
import copy, pickle
from collections import OrderedDict, Counter
for T in (OrderedDict, Counter):
    od = T(a=1)
    od.x = ['x']
    print(od.x, od.__dict__)
    if T is OrderedDict:
        c = copy.copy(od); print(type(c).__name__, c, c.x, c.x is od.x)
        c = copy.deepcopy(od); print(c, c.x, c.x is od.x)
        c = pickle.loads(pickle.dumps(od)); print(c, c.x)
    else:
        print(hasattr(copy.copy(od), 'x'))
    del od.x
    print(od.__dict__)
    try:
        od.y
    except AttributeError as e:
        print(e)
    try:
        del od.y
    except AttributeError as e:
        print('AttributeError')
class OD(OrderedDict): pass
o = OD(b=2); o.z = 1; print(o.__dict__, copy.copy(o).z)
print(OrderedDict(a=1).move_to_end is not None)
