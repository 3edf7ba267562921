# distutils.version: LooseVersion (runs of digits compare as numbers, runs of
# letters as text; dots only separate).
import re


class LooseVersion:
    def __init__(self, vstring=None):
        if vstring:
            self.parse(vstring)

    def parse(self, vstring):
        self.vstring = vstring
        self.version = [int(p) if p.isdigit() else p for p in re.split(r'(\d+|[a-z]+|\.)', vstring) if p and p != '.']

    def __str__(self):
        return self.vstring

    def __repr__(self):
        return "LooseVersion ('%s')" % self

    def _other(self, other):
        if isinstance(other, str):
            other = LooseVersion(other)
        elif not isinstance(other, LooseVersion):
            return NotImplemented
        return other.version

    def __eq__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self.version == o

    def __lt__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self.version < o

    def __le__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self.version <= o

    def __gt__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self.version > o

    def __ge__(self, other):
        o = self._other(other)
        return o if o is NotImplemented else self.version >= o
