# data structures: linked list, BST with iterators, trie, LRU cache, priority scheduler
from collections import OrderedDict
import heapq

class LinkedList:
    class _Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
    def __eq__(self, o):
        return list(self) == list(o)
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], ll[-1], 3 in ll, list(ll))
ll.reverse(); print(ll, ll == [4, 3, 2, 1], LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)

class BST:
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, k, v=None):
        node = self.root
        if node is None:
            self.root = [k, v, None, None]; self.n += 1
            return
        while True:
            if k == node[0]:
                node[1] = v
                return
            idx = 2 if k < node[0] else 3
            if node[idx] is None:
                node[idx] = [k, v, None, None]; self.n += 1
                return
            node = node[idx]
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[2]
            node = stack.pop()
            yield node[0]
            node = node[3]
    def height(self, node=0):
        if node == 0:
            node = self.root
        return 0 if node is None else 1 + max(self.height(node[2]), self.height(node[3]))
    def __contains__(self, k):
        node = self.root
        while node:
            if k == node[0]:
                return True
            node = node[2] if k < node[0] else node[3]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k, str(k))
print(list(t), t.n, t.height(), 45 in t, 46 in t)
words = "banana band bandana ban apple application apply ape".split()
class Trie:
    def __init__(self):
        self.root = {}
    def add(self, w):
        node = self.root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = True
    def complete(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(prefix + acc)
                else:
                    walk(n[k], acc + k)
        walk(node, "")
        return out
tr = Trie()
for w in words:
    tr.add(w)
print(tr.complete("ban"), tr.complete("app"), tr.complete("x"), tr.complete(""))

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        return None
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
c = LRU(3)
for op in "p1 p2 p3 g1 p4 g2 g3 g1 p5 g4 g1".split():
    k = int(op[1])
    if op[0] == "p":
        c.put(k, k * 100)
    else:
        print(op, c.get(k), end="; ")
print()
print(list(c.d.items()), c.hits, c.misses)

class Scheduler:
    def __init__(self):
        self.q = []
        self.seq = 0
        self.now = 0
        self.log = []
    def at(self, t, prio, name, fn=None):
        heapq.heappush(self.q, (t, prio, self.seq, name, fn))
        self.seq += 1
    def run(self):
        while self.q:
            t, prio, _, name, fn = heapq.heappop(self.q)
            self.now = t
            self.log.append("%3d %d %s" % (t, prio, name))
            if fn:
                fn(self)
s = Scheduler()
def rescheduler(sch):
    if sch.now < 30:
        sch.at(sch.now + 10, 1, "tick@%d" % (sch.now + 10), rescheduler)
s.at(5, 2, "boot")
s.at(5, 1, "urgent")
s.at(0, 9, "start", rescheduler)
s.at(25, 0, "mid")
s.run()
print("\n".join(s.log))
class Graph:
    def __init__(self):
        self.adj = {}
    def add(self, a, b):
        self.adj.setdefault(a, set()).add(b)
        self.adj.setdefault(b, set()).add(a)
    def components(self):
        seen, comps = set(), []
        for n in sorted(self.adj):
            if n in seen:
                continue
            comp, stack = [], [n]
            while stack:
                x = stack.pop()
                if x in seen:
                    continue
                seen.add(x)
                comp.append(x)
                stack.extend(self.adj[x] - seen)
            comps.append(sorted(comp))
        return comps
g = Graph()
for a, b in [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]:
    g.add(a, b)
print(g.components())
