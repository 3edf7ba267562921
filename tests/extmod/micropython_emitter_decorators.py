# @micropython.bytecode/native/viper are directives to the compiler, not
# names: no `import micropython` is needed. There is no native emitter, so,
# as in MicroPython built without one, native and viper are SyntaxErrors
# ("invalid micropython decorator"), like any other @micropython.<name>;
# MicroPython's test runner then skips its native_*/viper_* tests. MicroPython
# only, hence the .exp file.


@micropython.bytecode
def bc(a, b=2):
    return [a + b, a * b]


class C:
    @micropython.bytecode
    def m(self, v):
        return v * 3


@micropython.bytecode
class K:
    pass


print(bc(3), bc(4, 5), C().m(7), K.__name__)

for src in (
    "@micropython.native\ndef f(): pass",
    "@micropython.viper\ndef f(x: int) -> int: return x",
    "@micropython.foo\ndef f(): pass",
    "@micropython.bytecode.x\ndef f(): pass",
    "@micropython\ndef f(): pass",
    "@micropython.native\nclass A: pass",
    "class A:\n @micropython.viper\n def f(self): pass",
):
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.args[0])

# Only the plain dotted name is the directive: a call or another base name
# is an ordinary decorator expression.
try:
    exec("@micropython.native()\ndef f(): pass")
except NameError:
    print("NameError")
import micropython

try:
    exec("@micropython.native()\ndef f(): pass")
except AttributeError:
    print("AttributeError")
