# Unbound generator/coroutine methods refuse a foreign self (gen_iternext
# resumes its argument without checking its type, so nothing else may reach it).
async def f():
    return 1
c = f()
T = type(c)
for bad in (5, [1], iter([1, 2])):
    try:
        w = T.__await__(bad)
        print(next(w))
    except Exception as e:
        print(type(e).__name__)
c.close()
def g():
    yield 1
G = type(g())
for bad in (5, iter([1, 2])):
    try:
        print(G.__next__(bad))
    except Exception as e:
        print(type(e).__name__)
