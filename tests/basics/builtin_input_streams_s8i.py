# input() with sys.stdin/sys.stdout replaced reads and writes through them.
import sys, io
class Bucket:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
saved_in, saved_out = sys.stdin, sys.stdout
b = Bucket()
try:
    sys.stdin = io.StringIO("first\nsecond line\n  third")
    sys.stdout = b
    r1 = input()
    r2 = input('prompt> ')
    r3 = input(42)
    try:
        input()
        r4 = 'no'
    except EOFError:
        r4 = 'EOFError'
    sys.stdin = io.StringIO("x\n")
    try:
        input(1, 2)
    except TypeError:
        r5 = 'TypeError'
    del sys.stdout
    try:
        input('p')
    except RuntimeError:
        r6 = 'RuntimeError out'
    sys.stdout = b
    del sys.stdin
    try:
        input('p')
    except RuntimeError:
        r7 = 'RuntimeError in'
finally:
    sys.stdin, sys.stdout = saved_in, saved_out
print(r1, r2, r3, r4, r5, r6, r7, sep='|')
print(b.parts)
