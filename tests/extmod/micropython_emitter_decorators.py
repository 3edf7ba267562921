# @micropython.native/@micropython.viper/@micropython.bytecode are accepted;
# without a native emitter the functions run as bytecode (MicroPython only,
# hence the .exp file).
import micropython

@micropython.native
def nat(a, b=2):
    return [a + b, a * b]

@micropython.native
def nat_gen(n):
    for i in range(n):
        yield i * i

@micropython.viper
def vip(x: int) -> int:
    return x + 1

@micropython.bytecode
def bc():
    return 'bc'

class C:
    @micropython.native
    def m(self, v):
        return v * 3

print(nat(3), nat(4, 5), list(nat_gen(4)), vip(41), bc(), C().m(7))
