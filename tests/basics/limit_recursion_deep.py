# 100,000-deep recursion raises RecursionError (a RuntimeError), never crashes
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
try:
    down(100000)
    print('completed')
except RuntimeError:
    print('caught')
print(down(50))
def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
try:
    a(0)
except RuntimeError:
    print('caught mutual')
print('still running')
