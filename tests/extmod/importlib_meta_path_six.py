# sys.meta_path: six's moves pattern, a finder whose create_module returns
# modules it made beforehand, served lazily as a package's submodules.
import sys
import importlib.util
# six's moves: a package whose submodules are made lazily by the finder.
class LazyModule(type(sys)):
    pass

class MovesImporter:
    def __init__(self, name):
        self.name = name
        self.known = {}

    def add(self, mod, fullname):
        self.known[self.name + '.' + fullname] = mod

    def find_spec(self, fullname, path, target=None):
        if fullname in self.known:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def is_package(self, fullname):
        return hasattr(self.known[fullname], '__path__')

    def create_module(self, spec):
        m = self.known[spec.name]
        m.__loader__ = self
        return m

    def exec_module(self, module):
        pass

imp = MovesImporter('mysix')
mysix = type(sys)('mysix')
mysix.__path__ = []
sys.modules['mysix'] = mysix
moves = LazyModule('mysix.moves')
moves.__path__ = []
moves.reduce = 'reduce-stand-in'
imp.add(moves, 'moves')
q = LazyModule('mysix.moves.queue')
q.Queue = 'Q'
imp.add(q, 'moves.queue')
sys.meta_path.append(imp)
from mysix.moves import reduce
print(reduce)
from mysix.moves.queue import Queue
print(Queue)
import mysix.moves.queue as mq
print(mq is q, mq.__spec__.name, mq.__spec__.parent, mysix.moves.__spec__.parent, mysix.moves.__spec__.submodule_search_locations)
print(importlib.util.find_spec('mysix.moves.queue').name)
sys.meta_path.remove(imp)

