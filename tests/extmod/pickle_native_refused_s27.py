# Objects of built-in C types that hold OS or C state refuse pickling
# (TypeError), and Counter, a dict subclass here as in CPython, still
# pickles. (Session 27 briefly gave socket.socket & co. their CPython
# __module__, which made copyreg take them for Python classes: guarded.)
import pickle, socket, select, struct, zlib, collections
s = socket.socket()
for o in (s, select.poll(), struct.Struct('i'), zlib.compressobj(), zlib.decompressobj()):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(o, proto)
            print('pickled', proto)
        except (TypeError, pickle.PicklingError):
            print('refused', proto)  # (CPython: PicklingError for select.poll)
s.close()
c = collections.Counter('abca')
print(pickle.loads(pickle.dumps(c)) == c, pickle.loads(pickle.dumps(socket.AF_INET)) == socket.AF_INET)
