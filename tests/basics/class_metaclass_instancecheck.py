# __instancecheck__ / __subclasscheck__ on a metaclass drive isinstance/issubclass
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=Meta):
    pass
print(isinstance('magic', Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))
print(isinstance('magic', (str, Any)), isinstance(Any(), Any))
