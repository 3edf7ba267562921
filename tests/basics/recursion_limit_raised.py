# Raising the recursion limit buys real depth: CPython 3.11 keeps Python
# frames off the C stack; we grow the C stack budget instead (Linux), so a
# recursive algorithm that asks for 25,000 levels gets them. (macOS fixes the
# main thread's stack at exec: there the limit stays near 8,000 levels.)
import sys

if sys.platform != "linux":
    print("SKIP")
    raise SystemExit

sys.setrecursionlimit(30000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(25000))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()


head = None
for _ in range(20000):
    head = Node(head)
print(head.length())

# Past the limit it is still a clean RecursionError.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
