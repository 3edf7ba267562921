# An exception raised in an except* clause while another part of the group
# is unhandled: both go on in a new group, printed boxed, each with its
# chain inside its box, as CPython prints it.
def work():
    raise ExceptionGroup("failed tasks", [ValueError("task 1"), TypeError("task 2")])


try:
    try:
        raise KeyError("first")
    except KeyError:
        work()
except* ValueError:
    raise RuntimeError("could not recover")
