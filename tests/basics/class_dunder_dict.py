# __dict__ of instances and classes
class P:
    cls_attr = 1
    def method(self):
        pass
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(sorted(p.__dict__.items()))
p.z = 3
print(sorted(p.__dict__))
print('method' in P.__dict__, 'cls_attr' in P.__dict__, 'x' in P.__dict__)
print(P.__dict__['cls_attr'])
d = p.__dict__
d['w'] = 'via dict'
print(p.w)
class Empty:
    pass
print(Empty().__dict__)
