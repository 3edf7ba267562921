# compile(), exec() and eval() of source text inherit the caller's
# `from __future__ import annotations` (compile() unless dont_inherit), and
# compile() turns it on with __future__.annotations.compiler_flag.
from __future__ import annotations
import __future__

d = {}
exec("x: List[int]\ny: 1 + 2", d)
print(d['__annotations__'])

d = {}
exec(compile("z: a.b", "<s>", "exec"), d)
print(d['__annotations__'])

d = {'a': type('A', (), {'b': 5})}
exec(compile("z: a.b", "<s>", "exec", dont_inherit=True), d)
print(d['__annotations__'])

d = {}
exec(compile("t: 1 + 1", "<s>", "exec", __future__.annotations.compiler_flag, True), d)
print(d['__annotations__'])

def f():
    d = {}
    exec("w: q[1]", d)
    return d['__annotations__']
print(f())

class K:
    exec("v: a[b]")
    def m(self):
        d = {}
        exec("u: x.y", d)
        return d['__annotations__']
print(K.__annotations__, K().m())

# a nested exec() inherits from the exec'd code
d = {}
exec("exec('s: -1')", d)
print(d['__annotations__'])
g = {}
eval("exec('r: int | None', g)")
print(g['__annotations__'])
