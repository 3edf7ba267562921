# __del__ of a class runs after the collection that found the object
# unreachable, with the heap usable: it may allocate, print, raise (ignored)
# or resurrect the object. gc.collect() returns only after they have run.
import gc
# (Objects found in one collection are finalised in heap order, which
# depends on the allocator's layout: the log is printed sorted.)
log = []
class F:
    def __init__(self, name):
        self.name = name
        self.data = [name] * 3
    def __del__(self):
        l = [1, 2]
        log.append(('del', self.name, self.data, l))
def mk():
    F('a')
    F('b')
mk()
gc.collect()
for entry in sorted(log):
    print(*entry)
print('after collect')
class Boom:
    def __del__(self):
        raise ValueError('x')
def mk2():
    Boom()
mk2()
gc.collect()
print('still fine')
class Res:
    keep = []
    def __del__(self):
        Res.keep.append(self)
        print('resurrected')
def mk3():
    Res()
mk3()
gc.collect()
print(len(Res.keep))
Res.keep.clear()
gc.collect()
print('done')
# automatic collection runs __del__ at a safe point
count = [0]
class C:
    def __del__(self):
        count[0] += 1
for i in range(200000):
    C()
gc.collect()
print(count[0] > 190000)
