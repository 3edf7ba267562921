# the target of an augmented assignment is evaluated once
log = []
class Box:
    def __init__(self):
        self.data = {'k': 1}
    def __getitem__(self, k):
        log.append(('get', k))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(('set', k, v))
        self.data[k] = v
box = Box()
def key():
    log.append('key')
    return 'k'
def target():
    log.append('target')
    return box
target()[key()] += 5
print(log)
print(box.data)
