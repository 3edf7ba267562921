# parenthesized context managers (Python 3.10+ grammar)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *args):
        print('exit', self.name)
with (CM('p') as p,
      CM('q') as q):
    print('parenthesized', p, q)
with (CM('r')):
    print('single parenthesized')
with (CM('s') as s, CM('t'),):
    print('trailing comma', s)
