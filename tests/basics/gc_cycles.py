# objects in reference cycles are collected without errors
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
for i in range(2000):
    a = Node('a')
    b = Node('b')
    a.other = b
    b.other = a
gc.collect()
print(a.other.name, b.other.name)
l = []
l.append(l)
del l
gc.collect()
print('ok')
