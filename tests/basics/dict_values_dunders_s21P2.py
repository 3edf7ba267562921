# dict_values is no set: none of the set views' operators are its methods.
v = {1: 2}.values()
for name in ('__sub__', '__rsub__', '__and__', '__rand__', '__or__', '__ror__', '__xor__',
             '__rxor__', '__add__', '__contains__', '__len__', '__reversed__', '__iter__', '__eq__'):
    print(name, hasattr(v, name), hasattr({}.keys(), name), hasattr({}.items(), name))
print(type(v).__hash__ is None, type({}.keys()).__hash__ is None)
print(v.__len__(), list(v.__reversed__()), 2 in v)
for op in ('v - set()', 'v & set()', 'v | set()', 'v ^ set()'):
    try:
        eval(op)
    except TypeError:
        print(op, 'TypeError')
