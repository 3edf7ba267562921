# importlib.metadata: the metadata of installed distributions, read from the
# <name>-<version>.dist-info (or .egg-info) directories on sys.path. No entry
# points or file lists; folded (continued) header lines are left out.
import sys
import os


class PackageNotFoundError(ModuleNotFoundError):
    def __str__(self):
        return 'No package metadata was found for ' + self.name

    @property
    def name(self):
        return self.args[0]


def _norm(name):
    return name.lower().replace('-', '_').replace('.', '_')


# The headers of a METADATA file as email.message.Message gives them:
# names without case, several values per name.
class _Message(dict):
    def get_all(self, name, failobj=None):
        return dict.get(self, name.lower(), failobj)

    def get(self, name, failobj=None):
        return (self.get_all(name) or [failobj])[0]

    __getitem__ = get

    def __contains__(self, name):
        return dict.__contains__(self, name.lower())


class Distribution:
    def __init__(self, path):
        self._path = path

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for d in sys.path:
            try:
                entries = sorted(os.listdir(d or '.'))
            except (OSError, TypeError):
                continue
            for e in entries:
                stem, _, ext = e.rpartition('.')
                if ext in ('dist-info', 'egg-info') and _norm(stem.partition('-')[0]) == _norm(name):
                    return cls(d + '/' + e)
        raise PackageNotFoundError(name)

    def read_text(self, filename):
        try:
            with open(self._path + '/' + filename, encoding='utf-8') as f:
                return f.read()
        except OSError:
            return None

    @property
    def metadata(self):
        m = _Message()
        for line in (self.read_text('METADATA') or self.read_text('PKG-INFO') or '').splitlines():
            if not line:
                break
            k, _, v = line.partition(':')
            if line[0] not in ' \t':
                m.setdefault(k.lower(), []).append(v.strip())
        return m

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def requires(self):
        return self.metadata.get_all('Requires-Dist')


def distribution(name):
    return Distribution.from_name(name)


def metadata(name):
    return distribution(name).metadata


def version(name):
    return distribution(name).version


def requires(name):
    return distribution(name).requires
