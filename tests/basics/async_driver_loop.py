# a tiny round-robin scheduler driving several coroutines
class Sleep:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(name + str(i))
        await Sleep()
    return name + ' done'
def run_all(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[len(results)] = e.value
    return results
log = []
print(run_all([worker('a', 3, log), worker('b', 1, log), worker('c', 2, log)]))
print(log)
