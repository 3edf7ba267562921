# NormalDist survives pickle (every protocol) and copy.
import copy
import pickle
from statistics import NormalDist

n = NormalDist(1.5, 2)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(n, proto))
    print(proto, m, m == n, type(m) is NormalDist)
print(copy.copy(n), copy.deepcopy(n) == n)
