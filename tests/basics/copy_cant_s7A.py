# copy/deepcopy raise copy.Error for an instance that hides both
# __reduce_ex__ and __reduce__
import copy


class Hidden:
    def __getattribute__(self, name):
        if name.startswith('__reduce'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)


for f in (copy.copy, copy.deepcopy):
    try:
        f(Hidden())
        print('copied')
    except copy.Error as e:
        print('Error', str(e).replace('__main__.', ''))


class HalfHidden(Hidden):
    # __reduce__ still visible: copying works
    def __getattribute__(self, name):
        if name == '__reduce_ex__':
            raise AttributeError(name)
        return object.__getattribute__(self, name)


h = HalfHidden()
h.v = [1]
for f in (copy.copy, copy.deepcopy):
    c = f(h)
    print(type(c).__name__, c.v, c.v is h.v)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
