# The ways of reaching os.path and collections.abc.
import os
import os.path
import os.path as osp
from os import path
from os.path import join, splitext
import collections.abc
from collections.abc import Mapping, MutableSequence as MS
import sys

print(os.path is osp, osp is path, path.join is join, splitext('a.b'))
print(sys.modules['os.path'] is path, os.path.sep, os.path.exists('/'))
print(collections.abc.Mapping is Mapping, MS is collections.abc.MutableSequence)
print(sys.modules['collections.abc'] is collections.abc)
print(Mapping, collections.abc.Sized, repr(collections.abc.Iterable))
print(collections.abc.__name__, Mapping.__module__, Mapping.__qualname__)
print(sorted(collections.abc.__all__))
print(isinstance({}, Mapping), isinstance([], MS))
print(sorted(os.path.__all__))
print([n for n in sorted(os.path.__all__) if not hasattr(os.path, n)])
print(callable(os.path.realpath), os.path.join(os.curdir, os.sep))
