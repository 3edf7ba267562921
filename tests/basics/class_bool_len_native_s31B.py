# truth of instances of built-in subclasses defining __len__: the base's own
# __bool__ (int, float) decides, else (list, dict, str...) __len__ does.
class L(list):
    def __len__(self): return 0
class I(int):
    def __len__(self): return 0
class F(float):
    def __len__(self): return 1
class D(dict):
    def __len__(self): return 3
class T(tuple):
    def __len__(self): return 0
class S(str):
    def __len__(self): return 0
for o in (L([1]), I(5), I(0), F(0.0), D(), T((1,)), S('a')):
    print(type(o).__name__, bool(o))
