# decorators that take arguments
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi' + str(x)
print(hi(1))
def tag(name, sep=':'):
    return lambda fn: lambda *a: name + sep + fn(*a)
@tag('T', sep='=')
def val(v):
    return str(v)
print(val(5))
registry = {}
@registry.setdefault('key', lambda fn: fn)
def keep():
    return 'kept'
print(keep())
