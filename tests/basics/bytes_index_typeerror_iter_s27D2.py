# bytes(x)/bytearray(x): an __index__ that fails with TypeError means "not a
# count", and x is then read as an iterable (other errors propagate), as in
# CPython; bytes() (not bytearray()) asks a user class for a size hint after
# iter(x). Also: a NotImplemented returned by __contains__ is a true value.
import warnings
warnings.simplefilter('ignore')

L = []

class O:
    def __init__(self, idx=None, it=None, ln=None, err=TypeError):
        self.idx, self.it, self.ln, self.err = idx, it, ln, err
    def __index__(self):
        L.append('index')
        if self.idx is None:
            raise self.err
        return self.idx
    def __iter__(self):
        L.append('iter')
        if self.it is None:
            raise TypeError
        return iter(self.it)
    def __len__(self):
        L.append('len')
        if self.ln is None:
            raise TypeError
        return self.ln

class G:
    def __getitem__(self, i):
        L.append('getitem')
        if i > 2:
            raise IndexError
        return i
    def __len__(self):
        L.append('len')
        return 3

cases = [O(2), O(None, [1, 2]), O(None, [1, 2], 5), O(None, [1], -1), O(None, None),
    O(-1), O(2**70), O(None, [300]), O(None, [1], 1, ValueError), G()]
for o in cases:
    for kind in [bytes, bytearray]:
        L.clear()
        try:
            r = kind(o)
        except Exception as e:
            r = type(e).__name__
        print(kind.__name__, r, L)

class C:
    def __contains__(self, x):
        return NotImplemented

class LC(list):
    def __contains__(self, x):
        return NotImplemented

print(1 in C(), 1 not in C(), 1 in LC(), 2 in LC([2]))
