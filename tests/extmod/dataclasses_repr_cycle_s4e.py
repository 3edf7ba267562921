# dataclass and field() reprs: an object reached again inside its own repr
# prints as '...'; siblings sharing an object print it in full.
from dataclasses import dataclass, field, fields

@dataclass
class Node:
    name: str
    kids: list = field(default_factory=list)

a = Node('a')
b = Node('b', [a])
a.kids.append(b)
print(a)
shared = Node('s')
print(Node('p', [shared, shared]))
f = fields(Node)[0]
print(repr(f).startswith('Field(name='), 'name' in repr(f))
