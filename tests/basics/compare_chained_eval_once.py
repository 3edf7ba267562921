# each operand of a chain is evaluated at most once, and evaluation stops early
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5))
print(calls)
