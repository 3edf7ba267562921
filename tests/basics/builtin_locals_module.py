# locals() at module level is globals()
a = 1
print(locals() is globals(), locals()['a'])
class C:
    x = 1
    y = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
