# csv: reading and writing comma-separated values as CPython's csv module
# does (reader, writer, DictReader, DictWriter, dialects, Sniffer).

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
__version__ = "1.0"


class Error(Exception):
    pass


_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")
_FLAGS = ("doublequote", "skipinitialspace", "strict")
_dialects = {}
_limit = 131072


def _char(name, v, none_ok):
    if v is None and none_ok:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, " or None" if none_ok else "", type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Dialect:
    # The checked parameters a reader or writer works with.
    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for k in kw:
            if k not in _ATTRS:
                raise TypeError("%r is an invalid keyword argument for this function" % k)
        d = {"delimiter": ",", "doublequote": True, "escapechar": None, "lineterminator": "\r\n",
             "quotechar": '"', "quoting": QUOTE_MINIMAL, "skipinitialspace": False, "strict": False}
        for k in _ATTRS:
            # An attribute the dialect lacks takes the default; one set to None counts.
            d[k] = kw[k] if k in kw else getattr(dialect, k, d[k])
        if "quotechar" in kw and kw["quotechar"] is None and "quoting" not in kw:
            d["quoting"] = QUOTE_NONE
        _char("delimiter", d["delimiter"], False)
        _char("escapechar", d["escapechar"], True)
        lt = d["lineterminator"]
        if lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        q = d["quoting"]
        if not isinstance(q, int):
            raise TypeError('"quoting" must be an integer')
        if not 0 <= q <= 3:
            raise TypeError('bad "quoting" value')
        if _char("quotechar", d["quotechar"], True) is None and q != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt is None:
            raise TypeError("lineterminator must be set")
        for k in _ATTRS:
            v = d[k]
            object.__setattr__(self, k, bool(v) if k in _FLAGS else v)

    # read-only
    def __setattr__(self, k, v=None):
        raise AttributeError("attribute '%s' of Dialect objects is not writable" % k)

    __delattr__ = __setattr__

    def __reduce_ex__(self, proto):
        # (as CPython's C dialects: neither copied nor pickled)
        raise TypeError("cannot pickle 'Dialect' instances")


class Dialect:
    _name = ""
    _valid = False
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Dialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, fmtparams)


def unregister_dialect(name):
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _limit
    old = _limit
    if args:
        if len(args) > 1:
            raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
        if not isinstance(args[0], int):
            raise TypeError('"limit" must be an integer')
        _limit = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# Reader states.
_START_RECORD, _START_FIELD, _ESCAPED, _IN_FIELD, _IN_QUOTED, _ESC_IN_QUOTED, \
    _QUOTE_IN_QUOTED, _EAT_CRNL, _AFTER_ESC_CRNL = range(9)


class _reader:
    def __init__(self, f, dialect, kw):
        self._it = iter(f)
        self.dialect = _Dialect(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        s = "".join(self._field)
        if len(s) > _limit:
            raise Error("field larger than field limit (%d)" % _limit)
        if self._numeric:
            s = float(s)
            self._numeric = False
        self._fields.append(s)
        self._field = []

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if not self._field and state != _IN_QUOTED:
                    raise
                if d.strict:
                    raise Error("unexpected end of data")
                self._save()
                return self._fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if state == _START_RECORD and d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace:
                # Fast path: a line without quotes, escapes or stray CR/LF.
                body = line[:-2] if line.endswith("\r\n") else line[:-1] if line.endswith("\n") else line
                if (d.quotechar is None or d.quotechar not in body) and \
                        (d.escapechar is None or d.escapechar not in body) and \
                        "\r" not in body and "\n" not in body:
                    if not body:
                        return []
                    fields = body.split(d.delimiter)
                    for s in fields:
                        if len(s) > _limit:
                            raise Error("field larger than field limit (%d)" % _limit)
                    return fields
            for c in line:
                state = self._step(state, c, d)
            state = self._step(state, None, d)
            if state == _START_RECORD:
                return self._fields

    # One character (None: end of line) in state; returns the next state.
    def _step(self, state, c, d):
        eol = c is None
        if state == _START_RECORD:
            if eol:
                return _START_RECORD
            if c in "\r\n":
                return _EAT_CRNL
            state = _START_FIELD
        if state == _START_FIELD:
            if eol or c in "\r\n":
                self._save()
                return _START_RECORD if eol else _EAT_CRNL
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _IN_QUOTED
            if c == d.escapechar:
                return _ESCAPED
            if c == " " and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._numeric = d.quoting == QUOTE_NONNUMERIC
            self._field.append(c)
            return _IN_FIELD
        if state == _ESCAPED:
            if not eol and c in "\r\n":
                self._field.append(c)
                return _AFTER_ESC_CRNL
            self._field.append("\n" if eol else c)
            return _IN_FIELD
        if state == _AFTER_ESC_CRNL:
            if eol:
                return state
            state = _IN_FIELD
        if state == _IN_FIELD:
            if eol or c in "\r\n":
                self._save()
                return _START_RECORD if eol else _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPED
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._field.append(c)
            return state
        if state == _IN_QUOTED:
            if eol:
                return state
            if c == d.escapechar:
                return _ESC_IN_QUOTED
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _QUOTE_IN_QUOTED if d.doublequote else _IN_FIELD
            self._field.append(c)
            return state
        if state == _ESC_IN_QUOTED:
            self._field.append("\n" if eol else c)
            return _IN_QUOTED
        if state == _QUOTE_IN_QUOTED:
            if not eol and c == d.quotechar and d.quoting != QUOTE_NONE:
                self._field.append(c)
                return _IN_QUOTED
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            if eol or c in "\r\n":
                self._save()
                return _START_RECORD if eol else _EAT_CRNL
            if d.strict:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            self._field.append(c)
            return _IN_FIELD
        # _EAT_CRNL
        if eol:
            return _START_RECORD
        if c in "\r\n":
            return state
        raise Error("new-line character seen in unquoted field - "
                    "do you need to open the file in universal-newline mode?")


class _writer:
    def __init__(self, f, dialect, kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Dialect(dialect, kw)

    def _field(self, v, single):
        d = self.dialect
        if v is None:
            v = ""
            quoted = d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
        else:
            if d.quoting == QUOTE_NONNUMERIC:
                t = type(v)
                quoted = not (isinstance(v, (int, float, complex)) or hasattr(t, "__float__")
                              or hasattr(t, "__int__") or hasattr(t, "__index__"))
            else:
                quoted = d.quoting == QUOTE_ALL
            v = str(v)
        if single and not v:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        special = d.delimiter + (d.quotechar or "") + (d.escapechar or "") + d.lineterminator
        out = []
        for c in v:
            if c in special:
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        v = "".join(out)
        if quoted:
            v = d.quotechar + v + d.quotechar
        return v

    def writerow(self, row):
        try:
            row = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        single = len(row) == 1
        d = self.dialect
        line = d.delimiter.join([self._field(v, single) for v in row]) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    return _reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect="excel", **fmtparams):
    return _writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        names = self.fieldnames
        row = next(self.reader)
        while row == []:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        d = dict(zip(names, row))
        n = len(names)
        if len(row) > n:
            d[self.restkey] = row[n:]
        else:
            for k in names[len(row):]:
                d[k] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in extra]))
        return [rowdict.get(k, self.restval) for k in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))


class Sniffer:
    # Guesses a dialect by CPython's rules, so that a file gets the same
    # guess: quoted fields next to a delimiter first, else the character
    # whose count per line is the most regular.
    preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        q, dq, d, sp = self._quoted(sample, delimiters)
        if not d:
            d, sp = self._regular(sample, delimiters)
        if not d:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
            doublequote = dq
            delimiter = d
            quotechar = q or '"'
            skipinitialspace = sp
        return dialect

    def _quoted(self, data, delimiters):
        import re
        # a quoted field with a delimiter (and a space) before and after it,
        # only after it, only before it, or neither: the first kind found
        for pat in (r'(?P<d>[^\w\n"\'])(?P<s> ?)(?P<q>["\']).*?(?P=q)(?P=d)',
                    r'(?:^|\n)(?P<q>["\']).*?(?P=q)(?P<d>[^\w\n"\'])(?P<s> ?)',
                    r'(?P<d>[^\w\n"\'])(?P<s> ?)(?P<q>["\']).*?(?P=q)(?:$|\n)',
                    r'(?:^|\n)(?P<q>["\']).*?(?P=q)(?:$|\n)'):
            found = list(re.finditer(pat, data, re.S | re.M))
            if found:
                break
        else:
            return "", False, None, 0
        quotes = {}
        delims = {}
        spaces = 0
        for m in found:
            g = m.groupdict()
            quotes[g["q"]] = quotes.get(g["q"], 0) + 1
            k = g.get("d")
            if k and (delimiters is None or k in delimiters):
                delims[k] = delims.get(k, 0) + 1
            spaces += bool(g.get("s"))
        q = max(quotes, key=quotes.get)
        d = ""
        sp = 0
        if delims:
            d = max(delims, key=delims.get)
            sp = delims[d] == spaces
            if d == "\n":
                d = ""  # one column
        # a field with the quote doubled inside it
        e = re.escape(d)
        dq = re.search(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (e, q, e, q, e, q, e), data, re.M)
        return q, bool(dq), d, sp

    def _regular(self, data, delimiters):
        # A character's mode (the count it has on most lines, and on how many
        # lines more than all other counts) over 10, 20... lines, until one
        # character has it on enough lines (100%, then 99%... down to 90%).
        lines = [x for x in data.split("\n") if x]
        n = len(lines)
        step = min(10, n)
        freq = {}
        modes = {}
        found = {}
        done = 0
        while done < n and not found:
            for line in lines[done:done + step]:
                for c in map(chr, range(127)):
                    f = freq.setdefault(c, {})
                    k = line.count(c)
                    f[k] = f.get(k, 0) + 1
            done += step
            for c, f in freq.items():
                items = list(f.items())
                if len(items) > 1 or items[0][0]:
                    k, v = max(items, key=lambda x: x[1])
                    modes[c] = (k, 2 * v - sum([x[1] for x in items]))
            total = min(done, n)
            level = 1.0
            while not found and level >= 0.9:
                for c, m in modes.items():
                    if m[0] > 0 and m[1] > 0 and m[1] / total >= level and (delimiters is None or c in delimiters):
                        found[c] = m
                level -= 0.01
        if not found:
            return "", 0
        d = None
        if len(found) > 1:
            d = next((p for p in self.preferred if p in found), None)
        if d is None:
            d = max([(m, c) for c, m in found.items()])[1]
        return d, lines[0].count(d) == lines[0].count(d + " ")

    def has_header(self, sample):
        # The first row is a header when, column by column, it is unlike the
        # 21 rows below it: not of their kind (a number) or not of their length.
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for i, row in enumerate(rows):
            if i > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    k = complex
                except (ValueError, OverflowError):
                    k = len(row[col])
                if kinds[col] is None:
                    kinds[col] = k
                elif k != kinds[col]:
                    del kinds[col]
        score = 0
        for col, k in kinds.items():
            if type(k) is int:
                score += 1 if len(header[col]) != k else -1
            else:
                try:
                    k(header[col])
                    score -= 1
                except (ValueError, TypeError):
                    score += 1
        return score > 0
