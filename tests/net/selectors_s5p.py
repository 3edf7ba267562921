# selectors: register/modify/select/unregister on loopback sockets.
import selectors
import socket

for cls in (selectors.DefaultSelector, selectors.SelectSelector):
    print(cls.__name__ in ('PollSelector', 'EpollSelector', 'SelectSelector'))
    sel = cls()
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 0))
    srv.listen(1)
    key = sel.register(srv, selectors.EVENT_READ, 'srv')
    print(key.fileobj is srv, key.fd == srv.fileno(), key.events, key.data)
    print(sel.select(0))
    cli = socket.socket()
    cli.connect(srv.getsockname())
    ev = sel.select(1)
    print([(k.data, m) for k, m in ev])
    conn, _ = srv.accept()
    sel.register(conn, selectors.EVENT_WRITE)
    ev = sel.select(1)
    print(sorted((str(k.data), m) for k, m in ev))
    k2 = sel.modify(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, 'conn')
    print(k2.events, k2.data)
    k3 = sel.modify(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, 'c2')
    print(k3.events, k3.data, sel.get_key(conn).data)
    cli.send(b'hi')
    ev = sel.select(1)
    print(sorted((str(k.data), m) for k, m in ev))
    print(len(sel.get_map()), conn in sel.get_map(), sel.get_map()[conn].data)
    print(sorted(k.data for k in sel.get_map().values()))
    try:
        sel.register(conn, selectors.EVENT_READ)
    except KeyError as e:
        print('KeyError', 'already registered' in str(e))
    for bad in (0, 4, 7):
        try:
            sel.register(cli, bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        sel.register(-1, selectors.EVENT_READ)
    except ValueError as e:
        print('ValueError', e)
    try:
        sel.register('x', selectors.EVENT_READ)
    except ValueError as e:
        print('ValueError', e)
    try:
        sel.get_key(cli)
    except KeyError as e:
        print('KeyError', e.args[0] == '{!r} is not registered'.format(cli))
    try:
        sel.unregister(cli)
    except KeyError:
        print('KeyError unregister')
    try:
        sel.modify(cli, selectors.EVENT_READ)
    except KeyError:
        print('KeyError modify')
    print(sel.unregister(conn).data)
    conn.close()
    cli.close()
    with sel as s:
        print(s is sel)
    print(sel.get_map())
    srv.close()

k = selectors.SelectorKey(1, 2, 3, 4)
print(k, k.fd, k._fields)
print(selectors.EVENT_READ, selectors.EVENT_WRITE)
