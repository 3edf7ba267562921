# stacked decorators apply bottom-up
order = []
def d(name):
    def deco(fn):
        order.append(name)
        def w():
            return name + '(' + fn() + ')'
        return w
    return deco
@d('outer')
@d('middle')
@d('inner')
def f():
    return 'f'
print(order)
print(f())
