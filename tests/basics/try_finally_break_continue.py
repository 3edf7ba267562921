# break and continue inside finally
def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            if i == 1:
                continue
            if i == 3:
                break
    return out
print(f())
def g():
    while True:
        try:
            raise KeyError
        finally:
            break
    return 'exception discarded by break'
print(g())
def h():
    n = 0
    while n < 3:
        n += 1
        try:
            return 'never'
        finally:
            continue
    return n
print(h())
