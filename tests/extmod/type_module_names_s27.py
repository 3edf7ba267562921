# Built-in types that CPython defines in a module other than builtins are
# shown with that module, in the class repr, __module__ and the default
# object repr: select.poll, socket.socket, _struct.Struct, zlib.Compress...
import select, socket, struct, zlib, array, _thread

def prefix(r):
    i = r.find(" at 0x")
    return r[:i] if i >= 0 else r

s = socket.socket()
objs = [select.poll(), struct.Struct("i"), zlib.compressobj(), zlib.decompressobj(),
        iter(array.array("b")), _thread.allocate_lock()]
for o in objs:
    t = type(o)
    print(t, t.__module__, t.__qualname__, prefix(repr(o)))
print(socket.socket, socket.socket.__module__)
s.close()
class Sub(struct.Struct):
    pass
print(prefix(repr(Sub("h"))), Sub.__module__)
