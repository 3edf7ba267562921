# signal.Signals, signal.Handlers and signal.Sigmasks: IntEnums over the
# module's constants (equal to the ints the rest of the module uses). Where
# two names share a number (SIGIOT and SIGABRT), the first by number then
# name is the member and the other its alias, as in CPython.
import signal as _signal
from enum import IntEnum as _IntEnum


def _members(keep):
    found = [(v, n) for n, v in _signal.__dict__.items() if isinstance(v, int) and keep(n)]
    return [(n, v) for v, n in sorted(found)]


Signals = _IntEnum('Signals', _members(
    lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_')), module='signal')
Handlers = _IntEnum('Handlers', _members(lambda n: n in ('SIG_DFL', 'SIG_IGN')), module='signal')
Sigmasks = _IntEnum('Sigmasks', _members(
    lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')), module='signal')
