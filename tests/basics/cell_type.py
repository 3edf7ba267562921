# types.CellType(...) makes cells; cells compare by contents, empty first.
import types
c = types.CellType(5)
print(c.cell_contents)
e = types.CellType()
try:
    e.cell_contents
except ValueError as ex:
    print("ValueError", ex)
print(types.CellType(1) < types.CellType(2), types.CellType(2) == types.CellType(2), types.CellType(1) != types.CellType(1))
print(e < c, c < e, e == types.CellType(), e <= e, c > e)
try:
    types.CellType(1, 2)
except TypeError:
    print("TypeError")
def f():
    x = 3
    return lambda: x
print(f().__closure__[0] == types.CellType(3))
