"""logging.handlers: handlers that rotate files, buffer records, hand them
to a queue or send them over a socket."""

import os
import time
import logging
from logging import FileHandler, Handler

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514

_DAY = 24 * 60 * 60


class BaseRotatingHandler(FileHandler):
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode, encoding, delay, errors)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _is_special(self):
        # Rolling over a device or pipe (such as /dev/null) makes no sense.
        name = self.baseFilename
        return os.path.exists(name) and not os.path.isfile(name)


class RotatingFileHandler(BaseRotatingHandler):
    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # truncating would lose what the last run wrote
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        pos = self.stream.tell()
        if not pos:
            return False  # one oversized record still goes into an empty file
        if pos + len(self.format(record)) + 1 < self.maxBytes:
            return False
        return not self._is_special()

    def doRollover(self):
        self._close_stream()
        base = self.baseFilename
        if self.backupCount > 0:
            # base.N-1 -> base.N, ..., base.1 -> base.2, then base -> base.1
            for i in range(self.backupCount - 1, 0, -1):
                src = self.rotation_filename('%s.%d' % (base, i))
                dst = self.rotation_filename('%s.%d' % (base, i + 1))
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = self.rotation_filename(base + '.1')
            if os.path.exists(dst):
                os.remove(dst)
            self.rotate(base, dst)
        if not self.delay:
            self.stream = self._open()


# Names of rotated files: the base name, a dot and the time of the period
# the file covers, cut to the unit of `when`.
_STAMP = '%Y-%m-%d_%H-%M-%S'
_STAMP_RE = r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'
_UNITS = {'S': (1, 0), 'M': (60, 1), 'H': (3600, 2), 'D': (_DAY, 3), 'MIDNIGHT': (_DAY, 3)}


class TimedRotatingFileHandler(BaseRotatingHandler):
    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        import re
        BaseRotatingHandler.__init__(self, filename, 'a', encoding, delay, errors)
        self.when = when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if when.startswith('W'):
            if len(when) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % when)
            if not '0' <= when[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % when)
            self.dayOfWeek = int(when[1])
            seconds, cut = 7 * _DAY, 3
        elif when in _UNITS:
            seconds, cut = _UNITS[when]
        else:
            raise ValueError('Invalid rollover interval specified: %s' % when)
        self.suffix = _STAMP[:len(_STAMP) - 3 * cut] if cut < 3 else _STAMP[:8]
        self.extMatch = re.compile('^' + _STAMP_RE[:len(_STAMP_RE) - 6 * cut] + r'(\.\w+)?$', re.ASCII)
        self.interval = seconds * interval
        name = self.baseFilename
        t = os.stat(name).st_mtime if os.path.exists(name) else time.time()
        self.rolloverAt = self.computeRollover(int(t))

    def _tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def _dst_fix(self, then, now_dst):
        # Keep the wall-clock time of rollovers across a DST change.
        if self.utc:
            return then
        then_dst = time.localtime(then)[-1]
        if now_dst != then_dst:
            then += 3600 if now_dst else -3600
        return then

    def computeRollover(self, currentTime):
        when = self.when
        if when != 'MIDNIGHT' and not when.startswith('W'):
            return currentTime + self.interval
        t = self._tuple(currentTime)
        at = self.atTime
        target = _DAY if at is None else (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - ((t[3] * 60 + t[4]) * 60 + t[5])
        day = t[6]
        if wait < 0:
            wait += _DAY
            day = (day + 1) % 7
        result = currentTime + wait
        if when.startswith('W'):
            if day != self.dayOfWeek:
                days = (self.dayOfWeek - day) % 7
                result = self._dst_fix(result + days * _DAY, t[-1])
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._is_special():
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + '.'
        found = [os.path.join(folder, n) for n in os.listdir(folder)
                 if n.startswith(prefix) and self.extMatch.match(n[len(prefix):])]
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        now_dst = time.localtime(now)[-1]
        start = self._dst_fix(self.rolloverAt - self.interval, now_dst)
        dst = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, self._tuple(start)))
        if os.path.exists(dst):
            os.remove(dst)
        self.rotate(self.baseFilename, dst)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            nxt = self._dst_fix(nxt, now_dst)
        self.rolloverAt = nxt


class WatchedFileHandler(FileHandler):
    """Reopens its file when another program moved or deleted it (logrotate)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode, encoding, delay, errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        FileHandler.emit(self, record)


class SocketHandler(Handler):
    """Sends each record as a 4-byte big-endian length and a pickled dict."""

    def __init__(self, host, port):
        Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(timeout)
        try:
            s.connect(self.address)
        except OSError:
            s.close()
            raise
        return s

    def createSocket(self):
        # After a failed connect, wait longer and longer before the next try.
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        import pickle, struct
        if record.exc_info:
            self.format(record)  # fills record.exc_text, which travels
        d = dict(record.__dict__)
        d['msg'] = record.getMessage()
        d['args'] = d['exc_info'] = None
        d.pop('message', None)
        data = pickle.dumps(d, 1)
        return struct.pack('>L', len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        sock, self.sock = self.sock, None
        if sock:
            sock.close()
        Handler.close(self)


class DatagramHandler(SocketHandler):
    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class BufferingHandler(Handler):
    def __init__(self, capacity):
        Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Keeps records until the buffer fills or one at flushLevel or above
    arrives, then passes them all to the target handler."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(Handler):
    def __init__(self, queue):
        Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The record may be read in another thread or process: merge the
        # arguments into the message and drop what may not pickle.
        import copy
        msg = self.format(record)
        record = copy.copy(record)
        record.message = record.msg = msg
        record.args = record.exc_info = record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and hands them to handlers."""
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            record = self.dequeue(True)
            if record is self._sentinel:
                if done:
                    done()
                break
            self.handle(record)
            if done:
                done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
