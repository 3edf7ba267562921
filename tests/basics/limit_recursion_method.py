# unbounded recursion through methods, __getattr__ and generators is caught
class C:
    def m(self):
        return self.m()
try:
    C().m()
except RuntimeError:
    print('caught method')
class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    G().a
except RuntimeError:
    print('caught getattr')
def gen(n):
    yield from gen(n + 1)
try:
    list(gen(0))
except RuntimeError:
    print('caught generator')
print('ok')
