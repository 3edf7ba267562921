# tzinfo subclasses pickle and copy with their state, also when the state
# lives in __slots__ (tzinfo.__reduce__ goes through __getstate__).
import pickle, copy
from datetime import tzinfo, timedelta, datetime, timezone


class Fixed(tzinfo):
    def __init__(self, minutes=None, name=None):
        self.__offset = None if minutes is None else timedelta(minutes=minutes)
        self.__name = name

    def utcoffset(self, dt):
        return self.__offset

    def tzname(self, dt):
        return self.__name

    def dst(self, dt):
        return None


class Slotted(Fixed):
    __slots__ = ('_Fixed__offset', '_Fixed__name', 'spam')


for cls in (Fixed, Slotted):
    tz = cls(-300, 'EST')
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(tz, proto))
        print(cls.__name__, proto, type(back).__name__, back.utcoffset(None), back.tzname(None),
              hasattr(back, 'spam'))
    c = copy.deepcopy(tz)
    print(c.utcoffset(None), c.tzname(None))
    d = datetime(2024, 5, 6, 7, 8, tzinfo=tz)
    d2 = pickle.loads(pickle.dumps(d))
    print(d2, d2.tzname(), d2 == d)
print(type(pickle.loads(pickle.dumps(tzinfo()))).__name__)
print(pickle.loads(pickle.dumps(timezone(timedelta(hours=2), 'X'))))
