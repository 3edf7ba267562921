# signal.Signals, Handlers and Sigmasks: IntEnums over the constants, with
# CPython's choice of member among names that share a number.
import signal

print(signal.Signals(9), repr(signal.Signals(2)), signal.Signals(6).name, signal.Signals(17).name)
print(signal.Signals(29).name, signal.Signals['SIGIOT'] is signal.Signals.SIGABRT)
print(signal.Signals.SIGTERM == signal.SIGTERM, int(signal.Signals.SIGUSR1), isinstance(signal.Signals.SIGINT, int))
print(sorted(m.name for m in signal.Handlers), signal.Handlers(0).name, signal.Handlers.SIG_IGN == signal.SIG_IGN)
print([m.name for m in signal.Sigmasks])
print(signal.Signals.__module__, signal.Signals.__name__)
names = [m.name for m in signal.Signals]
print('SIGINT' in names, 'SIGIOT' in names, 'SIG_DFL' in names, names == sorted(names, key=lambda n: signal.Signals[n]))
try:
    signal.Signals(1000)
except ValueError as e:
    print('ValueError', e)
try:
    signal.NoSuchThing
except AttributeError as e:
    print('AttributeError', e)
