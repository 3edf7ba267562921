# reflected comparisons: a < b falls back to b > a
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('L.__lt__')
        return NotImplemented
class R:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print('R.__gt__')
        return 'R-gt-result'
    def __eq__(self, o):
        print('R.__eq__')
        return 'R-eq'
print(L(1) < R(2))
print(1 == R(0))
print(R(0) == 1)
