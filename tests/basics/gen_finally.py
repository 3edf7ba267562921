# try/finally inside generators
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')
print(list(g()))
# Abandoning a generator runs its finally only when it is closed: CPython
# closes it at once through reference counting, MicroPython (no refcounts)
# when it is collected. close() makes the moment explicit for both.
gen = g()
for v in gen:
    print(v)
    break
gen.close()
print('after break')
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print('step', i)
print(list(h()))
