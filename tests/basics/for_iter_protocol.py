# for calls iter() once and next() until StopIteration
class Seq:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print('iter called')
        return SeqIt(self.n)
class SeqIt:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
for v in Seq(3):
    print(v)
for k in {'a': 1, 'b': 2}:
    print(k)
for ch in b'hi':
    print(ch)
