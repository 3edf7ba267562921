# An uncaught exception group is printed in CPython's boxed layout, with the
# tracebacks of its members and nested groups inside their boxes.
def fail(n):
    raise ValueError(n)


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("many", errors + [ExceptionGroup("inner", [TypeError("t")])])
