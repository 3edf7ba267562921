# An uncaught exception raised while handling an exception group: the group
# in the chain is printed boxed with its members, as CPython's report does.
def work():
    raise ExceptionGroup("failed tasks", [ValueError("task 1"), TypeError("task 2")])


try:
    work()
except ExceptionGroup:
    raise RuntimeError("could not recover")
