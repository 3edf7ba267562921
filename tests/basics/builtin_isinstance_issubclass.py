# isinstance and issubclass on built-in types
for v in (1, 1.0, 'a', b'a', [], (), {}, set(), None, True, range(1)):
    print(repr(v), [t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, bool, range, object)
                   if isinstance(v, t)])
print(issubclass(bool, (str, int)), issubclass(float, int), issubclass(dict, object))
