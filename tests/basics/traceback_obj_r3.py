# e.__traceback__ is a traceback chain (outermost first); __exit__ gets it too
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    e.__traceback__ = None
    print(e.__traceback__)
try:
    raise KeyError
except KeyError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
print(ValueError().__traceback__)
try:
    ValueError().__traceback__ = 5
except TypeError as e:
    print("TypeError")
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t, v, tb is None, tb.tb_lineno if tb else None)
        return True
with CM():
    pass
with CM():
    raise KeyError("k")
def gt():
    try:
        yield 1
    except Exception as e:
        print(type(e).__name__, e.__traceback__ is not None)
        yield 2
g = gt()
next(g)
print(g.throw(KeyError('k')))
class NoExit:
    def __enter__(self):
        pass
class NoEnter:
    def __exit__(self, *a):
        pass
for o in [NoExit(), NoEnter(), 1]:
    try:
        with o:
            pass
    except TypeError as e:
        print(e)
