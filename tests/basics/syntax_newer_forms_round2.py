class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self.n
    def __exit__(self, *a): pass
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3) as c,
      CM(4)):
    print(c)
decos = [lambda f: (lambda: 'wrapped ' + f())]
@decos[0]
def d(): return 'd'
print(d())
@(lambda f: f)
def e(): return 'e'
print(e())
class G:
    def __getitem__(self, k): return k
g = G()
t = (1, 2)
print(g[1, 2], g[*t], g[*t, 3], g[:, 1], g[1:2, ...])
print([*range(3), *'ab'], {*'ab', 1} == {'a', 'b', 1}, {**{'a': 1}, 'b': 2}, (*t,))
def f(*, a): return a
print(f(a=1))
x = 5
print(f'{x!r:>{x}}', f'{"a" if x else "b"}', f'{x:#x}', f'''{x
}''', f'{{{x}}}', f'{x:{"<"}5}|')
print((lambda: (yield from range(2)))().__class__.__name__)
n = 0
while (n := n + 1) < 3:
    pass
print(n)
print(0x10 if 1 else 2, 1 if 0 else 2 if 0 else 3, [i for i in range(5) if i % 2 if i > 1])
a, b = b, a = 1, 2
print(a, b)
i = j = 0
print(i, j, 'a' 'b' "c", b'x' b'y', 1_0 + 0_0)
def ann(a: int, b: 'str' = 'x') -> list: return [a, b]
print(ann(1), ann.__annotations__)
v: int = 3
print(v)
for i, (j, k) in enumerate([(1, 2), (3, 4)]): print(i, j, k)
else: print('else')
try:
    pass
except Exception:
    pass
else:
    print('try-else')
finally:
    print('finally')
print(not not 1, - - 1, ~ ~ 5, +-1, 2 ** -1, -2 ** -1)
print(type(lambda: 0).__name__, (lambda *, k=1: k)(), (lambda a, /, b: a + b)(1, b=2))
assert True, 'msg'
try:
    assert 1 == 2, 'assert msg'
except AssertionError as e:
    print('AssertionError', e)
global_var = 1
def gfun():
    global global_var
    del global_var
gfun(); print('global_var' in globals())
del_list = [1, 2, 3]; del del_list[0], del_list[-1]; print(del_list)
