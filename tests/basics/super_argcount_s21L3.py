# super()'s own argument errors name super(), as CPython's do.
class A:
    pass


for args, kw in [((A, A(), 3), {}), ((1, 2, 3, 4), {}), ((A,), {'x': 1}), ((), {'x': 1})]:
    try:
        super(*args, **kw)
    except TypeError as e:
        print(e)
print(type(super(A, A())).__name__, type(super(A)).__name__)
