# Garbage collection while several threads allocate: every thread's objects
# survive (the collector sees each thread's stack) and results are exact.
import gc
import threading

res = {}


def churn(k):
    keep = []
    for i in range(3000):
        keep.append([k, i, str(i) * 3])
        if i % 500 == 0:
            gc.collect()
        junk = {'a': [i] * 10}
    res[k] = (len(keep), sum(x[1] for x in keep), keep[-1][2], len(junk['a']))


ts = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for i in range(20):
    gc.collect()
for t in ts:
    t.join()
print(sorted(res.items()))
