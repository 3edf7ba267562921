# a class implementing the context manager protocol
class Resource:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.log.append('open ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        Resource.log.append('close ' + self.name + (' after ' + t.__name__ if t else ''))
        return False
with Resource('r1') as r:
    Resource.log.append('using ' + r.name)
try:
    with Resource('r2'):
        raise IndexError
except IndexError:
    pass
print(Resource.log)
