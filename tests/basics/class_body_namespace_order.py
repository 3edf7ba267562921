# class namespace: definition order, execution order, and __dict__ contents
order = []
class C:
    order.append('start')
    z = 1
    a = 2
    def m(self):
        pass
    order.append('middle')
    b = z + a
    del a
    order.append('end')
print(order, [k for k in C.__dict__ if not k.startswith('__')], C.b, hasattr(C, 'a'))
class D:
    x = 1
    try: y = [x * i for i in range(3)]
    except NameError as e: y = str(e)
    def f(self, v=x):
        return v
print(D.y, D().f())
def make(n):
    class Local:
        val = n
        def get(self):
            return self.val + n
    return Local
print(make(3)().get(), make(4).__qualname__, make(4).__name__)
class E:
    if True:
        cond = 'yes'
    else:
        cond = 'no'
    for _i in range(3):
        pass
    try:
        raise KeyError
    except KeyError:
        caught = True
print(E.cond, E._i, E.caught, sorted(k for k in vars(E) if not k.startswith('__')))
