# A traceback object stays the tb_next of the one made when the exception
# passes through another frame (or is raised again with with_traceback).
def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


tb = get_tb()
try:
    raise IndexError().with_traceback(tb)
except IndexError as e:
    print(e.__traceback__ is tb, e.__traceback__.tb_next is tb)


def inner():
    raise ValueError("x")


saved = []


def mid():
    try:
        inner()
    except ValueError as e:
        saved.append(e.__traceback__)
        raise


try:
    mid()
except ValueError as e:
    t = e.__traceback__
    print(t.tb_next is saved[0], t.tb_next.tb_next is saved[0].tb_next)
    print(t.tb_next.tb_next.tb_next)
    print(e.__traceback__ is t)
