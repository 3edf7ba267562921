# cpytest stub, used only when running our interpreter: CPython's private
# _strptime module, which datetimetester imports. Our datetime parses by
# itself, so the one helper the tests call goes through the class's strptime.


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    return cls.strptime(data_string, format)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    return time.strptime(data_string, format)
