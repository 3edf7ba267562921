# MutableMapping.clear() empties through popitem(), so a subclass that keeps
# some keys in popitem() (configparser keeps DEFAULT) keeps them in clear().
import collections.abc
import configparser


class Keep(collections.abc.MutableMapping):
    def __init__(self):
        self.d = {"keep": 1, "a": 2, "b": 3}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def popitem(self):
        for k in self.d:
            if k != "keep":
                return k, self.d.pop(k)
        raise KeyError


m = Keep()
m.clear()
print(dict(m))
c = configparser.ConfigParser()
c.read_string("[a]\nx = 1\n[b]\n")
c.clear()
print(list(c), c.sections())
