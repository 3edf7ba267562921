# "X argument after * must be an iterable": X is module.qualname() for what
# has a __qualname__, else str() of the callee (CPython's naming).
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
def fn(*a, **k):
    pass
class C:
    def m(self, *a, **k):
        pass
    def __call__(self, *a):
        pass
    def __str__(self):
        return "a C"
nothing = None
t(lambda: fn(*1))
t(lambda: fn(**1))
t(lambda: C().m(*1))
t(lambda: len(*1))
t(lambda: nothing(*fn))
t(lambda: nothing(**fn))
t(lambda: C()(*1))
t(lambda: C(*1))
