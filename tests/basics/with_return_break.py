# __exit__ runs on return, break and continue out of the body
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.n)
def f():
    with CM('ret'):
        return 'value'
print(f())
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print('loop done')
def g():
    with CM('outer'):
        with CM('inner'):
            return 'nested'
print(g())
