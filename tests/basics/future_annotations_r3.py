# from __future__ import annotations keeps annotations as strings; future import checks
from __future__ import annotations
def f(a: Later, b: list[int] = None, *c: "str", d: dict[str, Later | None], **e: x.y) -> Later: pass
print(f.__annotations__)
class Later:
    x: Later
    y: tuple[int, ...] = ()
    z: Callable[[int], str]
print(Later.__annotations__)
v: Later = 5
print(__annotations__, v)
for src in ["from __future__ import braces\n", "from __future__ import nonexistent\n", "x = 1\nfrom __future__ import annotations\n",
            '"doc"\nfrom __future__ import annotations\nfrom __future__ import division\n', "def f():\n    from __future__ import annotations\n"]:
    try:
        compile(src, "<s>", "exec")
        print("OK")
    except SyntaxError as e:
        print("SE", e.msg)
