# subclassing list
class MyList(list):
    def sum(self):
        return sum(self)
    def append_twice(self, v):
        self.append(v)
        self.append(v)
m = MyList([1, 2])
m.append_twice(3)
print(m, m.sum(), len(m), m[0], m[-1], isinstance(m, list))
m.extend([10])
m.sort(reverse=True)
print(m, type(m).__name__)
print(m + [0], type(m[:2]).__name__)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s)
class WithAttr(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'tagged'
w = WithAttr('ab')
print(w, w.tag)
