# random.Random: the settable gauss_next attribute, pickling and copying
# through (type, (), getstate()) and __setstate__; SystemRandom has no state.
import random, pickle, copy
r = random.Random(7)
print(r.gauss_next)
g = r.gauss(0, 1)
print(type(r.gauss_next).__name__)
r.gauss_next = 0.25
print(r.gauss(0, 1), r.gauss_next)
r.gauss_next = None
print(r.getstate()[2])
r = random.Random(3); r.random()
r2 = pickle.loads(pickle.dumps(r))
print(type(r2).__name__, r2.random() == r.random())
r3 = copy.copy(r)
print(r3.random() == r.random())
class R(random.Random):
    pass
q = R(4); q.random()
q2 = pickle.loads(pickle.dumps(q))
print(type(q2).__name__, q2.random() == q.random())
print(q.__reduce__()[0] is R, q.__reduce__()[1])
try: pickle.dumps(random.SystemRandom())
except NotImplementedError as e: print('NotImplementedError', e)
s = random.SystemRandom()
s.gauss_next = None
print(type(s.gauss(0, 1)).__name__)
print(R(1).gauss_next, random.Random(2).gauss_next)
