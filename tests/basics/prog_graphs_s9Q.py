# graph algorithms: BFS, DFS, Dijkstra, topological sort, union-find, MST
import heapq
from collections import deque, defaultdict

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("F", "G", 1), ("G", "H", 2)]

graph = defaultdict(list)
for a, b, w in EDGES:
    graph[a].append((b, w))
    graph[b].append((a, w))

def bfs(start):
    seen = {start: 0}
    q = deque([start])
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen[m] = seen[n] + 1
                q.append(m)
    return order, seen

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m, _ in sorted(graph[start]):
        if m not in seen:
            dfs(m, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd
                prev[m] = n
                heapq.heappush(pq, (nd, m))
    return dist, prev

def path(prev, t):
    p = [t]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return "->".join(reversed(p))

order, levels = bfs("A")
print(order)
print(sorted(levels.items()))
print(dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist):
    print(n, dist[n], path(prev, n))

# topological sort (Kahn)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [],
        "tests": ["app"]}
indeg = {k: 0 for k in deps}
rev = defaultdict(list)
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
        rev[v].append(k)
ready = sorted(k for k, d in indeg.items() if d == 0)
topo = []
while ready:
    n = ready.pop(0)
    topo.append(n)
    for m in sorted(rev[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print(topo)

# union find + Kruskal
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    parent[max(ra, rb)] = min(ra, rb)
    return True
mst = [(w, a, b) for a, b, w in sorted(EDGES, key=lambda e: (e[2], e[0])) if union(a, b)]
print(mst, sum(w for w, _, _ in mst))

# grid shortest path with walls
GRID = ["S..#....",
        ".#.#.##.",
        ".#...#..",
        ".####.#.",
        "......#E"]
R, C = len(GRID), len(GRID[0])
start = next((r, c) for r in range(R) for c in range(C) if GRID[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if GRID[r][c] == "E")
q = deque([(start, 0)])
seen = {start}
found = None
while q:
    (r, c), d = q.popleft()
    if (r, c) == end:
        found = d
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and GRID[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
print("grid distance", found, len(seen))

# cycle detection in directed graph
def has_cycle(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def visit(n):
        color[n] = GREY
        for m in g.get(n, ()):
            if color.get(m, WHITE) == GREY:
                return True
            if color.get(m, WHITE) == WHITE and visit(m):
                return True
        color[n] = BLACK
        return False
    return any(color[n] == WHITE and visit(n) for n in sorted(g))
print(has_cycle(deps), has_cycle({1: [2], 2: [3], 3: [1]}))
print(heapq.nsmallest(3, EDGES, key=lambda e: e[2]), heapq.nlargest(2, [5, 1, 9, 3]))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
