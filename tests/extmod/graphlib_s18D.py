# graphlib.TopologicalSorter: ready groups and their order, static_order,
# duplicate edges, incremental add, cycles (CycleError args) and misuse errors.
import graphlib


def groups(graph):
    ts = graphlib.TopologicalSorter(graph)
    ts.prepare()
    out = []
    while ts.is_active():
        ready = ts.get_ready()
        out.append(ready)
        ts.done(*ready)
    return out


print(groups({2: {11}, 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]}))
print(groups({0: [1, 2], 1: [3], 2: [5, 6], 3: [4], 4: [9], 5: [3], 6: [7], 7: [8], 8: [4], 9: []}))
print(groups({}), groups({1: ()}), groups({'a': 'bc', 'b': 'c'}))
print(list(graphlib.TopologicalSorter({x: [x + 1] for x in range(10)}).static_order()))
print(list(graphlib.TopologicalSorter({0: (2 * x + 1 for x in range(5))}).static_order()))

ts = graphlib.TopologicalSorter()
for _ in range(3):
    ts.add(1, 2)
ts.add(3)
ts.add(0, 2, 4, 4, 4)
print(list(ts.static_order()))

ts = graphlib.TopologicalSorter()
ts.add('blech', 'bluch', 'hola')
ts.add('abcd', 'blech', 'bluch', 'a', 'b')
ts.add('a', 'a string', 'something', 'b')
ts.add('bluch', 'hola', 'abcde', 'a', 'b')
print(list(ts.static_order()))

# step by step: get_ready hands each node out once, bool() is is_active()
ts = graphlib.TopologicalSorter()
ts.add(1, 2, 3, 4)
ts.add(2, 3)
ts.prepare()
print(bool(ts), ts.get_ready(), ts.get_ready())
ts.done(3)
print(ts.get_ready(), ts.is_active())
ts.done(4, 2)
print(ts.get_ready())
ts.done(1)
print(ts.get_ready(), ts.is_active(), bool(ts))


def err(f, *args):
    try:
        f(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e.args)


ts = graphlib.TopologicalSorter()
ts.add(1, 2, 3, 4)
ts.add(2, 3, 4)
err(ts.get_ready)
err(ts.done, 3)
err(ts.is_active)
ts.prepare()
err(ts.prepare)
err(ts.add, 5)
print(ts.get_ready())
err(ts.done, 2)
err(ts.done, 24)
ts.done(3)
err(ts.done, 3)
err(ts.add, {}, 1)
err(graphlib.TopologicalSorter().add, 1, {})


def cycle(graph):
    ts = graphlib.TopologicalSorter()
    for node, preds in graph.items():
        ts.add(node, *preds)
    try:
        ts.prepare()
        print('no cycle')
    except graphlib.CycleError as e:
        print(isinstance(e, ValueError), e.args)
    return ts


cycle({1: {1}})
cycle({1: [2], 2: [1]})
cycle({1: [2], 2: [3], 3: [1]})
cycle({1: [2], 2: [3], 3: [1], 5: [4], 4: [6]})
cycle({1: [2], 2: [3], 3: [2, 4], 4: [5]})
# nodes outside the cycle can still be processed after the error
ts = cycle({'x': ['y'], 'y': ['x'], 'z': ['w']})
print(ts.get_ready())
ts.done('w')
print(ts.get_ready(), ts.get_ready(), ts.is_active())
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [1]}).static_order())
except graphlib.CycleError as e:
    print('static_order', e.args)

# a long chain needs no recursion
n = 5000
order = list(graphlib.TopologicalSorter({i: [i + 1] for i in range(n)}).static_order())
print(order[:3], order[-3:], len(order))
try:
    graphlib.TopologicalSorter({i: [(i + 1) % n] for i in range(n)}).prepare()
except graphlib.CycleError as e:
    print(e.args[0], len(e.args[1]), e.args[1][:3], e.args[1][-2:])
print(graphlib.TopologicalSorter[int].__origin__ is graphlib.TopologicalSorter)
