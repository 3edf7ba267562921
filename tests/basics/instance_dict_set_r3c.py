# Assigning and deleting an instance __dict__: messages and effect.
class A: pass
a=A()
for v in (5, None):
    try:
        a.__dict__ = v
    except TypeError as e:
        print(e)
try:
    del a.__dict__
except TypeError as e:
    print(e)
class A: pass
a=A()
a.x=1
del a.__dict__
print(a.__dict__, hasattr(a, "x"))
a.y=2
print(a.__dict__)
