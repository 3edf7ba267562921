# graphlib: TopologicalSorter and CycleError, as CPython documents them.
# Each node maps to [state, successors]: state >= 0 counts predecessors not
# yet done, _OUT means get_ready() handed it out, _DONE that done() saw it.
# Nodes become ready in the order they were added, then in the order their
# last predecessor finished, so results do not depend on hashing.

_OUT = -1
_DONE = -2


class CycleError(ValueError):
    pass


class TopologicalSorter:
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._busy = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = [0, []]
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info[0] += len(predecessors)
        for p in predecessors:
            self._info(p)[1].append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [n for n, info in self._nodes.items() if not info[0]]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def _check(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def get_ready(self):
        self._check()
        out = tuple(self._ready)
        for n in out:
            self._nodes[n][0] = _OUT
        self._busy += len(out)
        self._ready = []
        return out

    def is_active(self):
        self._check()
        return bool(self._busy or self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check()
        for n in nodes:
            info = self._nodes.get(n)
            if info is None:
                raise ValueError('node %r was not added using add()' % (n,))
            if info[0] != _OUT:
                raise ValueError('node %r was already marked done' % (n,) if info[0] == _DONE
                                 else 'node %r was not passed out (still not ready)' % (n,))
            info[0] = _DONE
            self._busy -= 1
            for s in info[1]:
                succ = self._nodes[s]
                succ[0] -= 1
                if not succ[0]:
                    self._ready.append(s)

    # Depth-first walk along successor edges, nodes taken in insertion order;
    # meeting a node still on the path closes a cycle, reported from that
    # node round to itself again. A node left behind cannot reach a cycle.
    def _find_cycle(self):
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            seen.add(start)
            path = [start]
            where = {start: 0}
            stack = [iter(self._nodes[start][1])]
            while stack:
                for n in stack[-1]:
                    if n in where:
                        return path[where[n]:] + [n]
                    if n not in seen:
                        seen.add(n)
                        where[n] = len(path)
                        path.append(n)
                        stack.append(iter(self._nodes[n][1]))
                        break
                else:
                    del where[path.pop()]
                    stack.pop()
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)
