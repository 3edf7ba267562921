# print() to objects with write(), to a replaced sys.stdout, and to None
import sys
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('a', 1, [2], sep=', ', end='!\n', file=w, flush=True)
print(file=w)
print(w.parts)
old = sys.stdout
sys.stdout = W()
print('captured', 42)
cap = sys.stdout
sys.stdout = old
print(cap.parts)
sys.stdout = None
print('dropped')
sys.stdout = old
print(sys.stdout is sys.__stdout__, sys.stdout.write('xyz\n'))
