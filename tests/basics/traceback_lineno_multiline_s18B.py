# The line a traceback names inside a statement spread over several lines is
# CPython 3.11's: an attribute access or method call is at the line of its
# attribute name, an assert at its statement, a comprehension at its start,
# and each decorator is applied at its own line.


def bad(*args):
    raise ValueError


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)
        tb = tb.tb_next
    return out[1:]


class O:
    pass


def attr_chain():
    s = ("abc"
         .upper()
         .nonexistent)


def method_chain():
    s = ("abc"
         .upper()
         .nonexistent())


def method_call_args():
    o = O()
    o.missing(
        1)


def method_raises():
    o = O()
    o.f = bad
    (o
     .f)(1)


def store_attr():
    o = None
    (o
     .y) = 5


def del_attr():
    o = O()
    del (o
         .nope)


def assert_multiline():
    assert (1 ==
            2), "message"


def comprehension():
    z = [i for i in
         range(3) if bad()]


def comprehension_not_iterable():
    z = [i for i in
         5]


def decorated():
    @bad
    def h():
        pass


def decorated_two():
    @bad
    @staticmethod
    def h():
        pass


def decorated_class():
    @bad
    class K:
        pass


for t in [attr_chain, method_chain, method_call_args, method_raises, store_attr, del_attr,
          assert_multiline, comprehension, comprehension_not_iterable, decorated,
          decorated_two, decorated_class]:
    try:
        t()
    except Exception as e:
        print(t.__name__, type(e).__name__, lines(e))
