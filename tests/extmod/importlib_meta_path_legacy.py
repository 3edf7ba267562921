# sys.meta_path: the legacy find_module / load_module protocol.
import sys
import importlib.util
# The legacy protocol: find_module / load_module.
class Legacy:
    def find_module(self, name, path=None):
        return self if name == 'legacymod' else None

    def load_module(self, name):
        m = type(sys)(name)
        m.V = 'legacy'
        sys.modules[name] = m
        return m

sys.meta_path.append(Legacy())
import legacymod
print(legacymod.V, legacymod.__name__, legacymod.__spec__.name, type(legacymod.__loader__).__name__)
sys.meta_path.pop()
