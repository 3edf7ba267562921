# pass in every block position
def f():
    pass
class C:
    pass
for i in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class CM:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with CM():
    pass
print(f(), C.__name__, i)
