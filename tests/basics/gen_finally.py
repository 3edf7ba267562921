# try/finally inside generators
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')
print(list(g()))
for v in g():
    print(v)
    break
print('after break')
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print('step', i)
print(list(h()))
