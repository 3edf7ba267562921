# usocket, uselect and uerrno are the same modules as socket, select and
# errno (MicroPython-only names: .exp file).
import errno
import select
import socket
import uerrno
import uselect
import usocket

print(usocket is socket, uselect is select, uerrno is errno)
print(usocket.socket is socket.socket, uerrno.EAGAIN == errno.EAGAIN)
