# variable annotations are accepted (values are not checked)
x: int = 5
y: str = 'hello'
z: list
print(x, y)
def f(a: int, b: 'str' = 'd') -> str:
    c: float = 1.5
    return y + str(a) + b + str(c)
print(f(1))
class C:
    attr: int = 3
print(C.attr)
