# dir() lists attributes (checked by membership, not by full contents)
class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
names = dir(c)
print('cls_attr' in names, 'method' in names, 'inst' in names, names == sorted(names))
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), 'method' in dir(C))
import sys
print('path' in dir(sys), 'modules' in dir(sys))
