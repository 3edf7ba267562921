# Counter.__init__ is update(): calling it again adds counts.
from collections import Counter
c = Counter(a=5)
c.__init__('aa', a=1)
print(c)
c.__init__()
print(c)

class D(Counter):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(D('aab', b=5), D())
