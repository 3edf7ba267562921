# `import collections` is enough to reach collections.abc, as in CPython
# (ours imports the submodule when it is first asked for).
import collections
print(collections.abc.Mapping.__name__, hasattr(collections, 'abc'))
print(isinstance({}, collections.abc.MutableMapping))
import collections.abc
print(collections.abc is collections.abc)
print(hasattr(collections, 'no_such_submodule'))
