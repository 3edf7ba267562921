# a package whose __getattr__ (PEP 562) raises AttributeError with its own
# message, for tests/basics/module_getattr_message_s12D.py
def __getattr__(name):
    if name == "old":
        raise AttributeError("old is deprecated, use new instead")
    if name == "boom":
        raise KeyError(name)
    raise AttributeError("no " + name + " here")
new = 1
