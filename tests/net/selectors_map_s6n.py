# selectors: get_map() is a live fd -> key view that also finds keys by file
# object; after close() the old view is empty and get_key raises
# RuntimeError.
import selectors
import socket

for cls in (selectors.DefaultSelector, selectors.SelectSelector):
    s = cls()
    rd, wr = socket.socketpair()
    keys = s.get_map()
    print(bool(keys), len(keys), list(keys))
    key = s.register(rd, selectors.EVENT_READ, 'data')
    print(rd in keys, wr in keys, keys[rd] == key, keys[rd.fileno()] == key)
    print(list(keys) == [rd.fileno()], list(keys.values()) == [key], len(keys))
    print([k == rd.fileno() and v == key for k, v in keys.items()])
    print(keys.get(wr), keys.get(999999, 'none'))
    try:
        keys[999999]
    except KeyError:
        print('KeyError')
    try:
        s.get_key(wr)
    except KeyError:
        print('KeyError not registered')
    s.register(wr, selectors.EVENT_WRITE)
    print(len(keys), s.modify(rd, selectors.EVENT_READ, 'd2').data, keys[rd].data)
    s.close()
    print(s.get_map(), len(keys))
    for f in (rd, wr):
        try:
            s.get_key(f)
        except RuntimeError as e:
            print('RuntimeError', e)
        try:
            keys[f]
        except KeyError:
            print('KeyError')
    with cls() as s2:
        s2.register(rd, selectors.EVENT_READ)
    try:
        s2.get_key(rd)
    except RuntimeError:
        print('closed by with')
    rd.close()
    wr.close()
