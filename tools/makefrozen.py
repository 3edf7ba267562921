#!/usr/bin/env python3
"""Generate build/genhdr/frozen.generated.h from the Python modules in lib/
(lib/name.py, and lib/parent/name.py for submodules such as os.path).

Usage: makefrozen.py OUT.h QSTRBLOB.bin DEFLATE_PACK lib/a.py lib/b.py ...

DEFLATE_PACK is the host build of tools/deflate_pack.c, the compressor.

Each module becomes one const char array holding its source text (so it sits
in read-only data and costs nothing until imported; py/frozen.c defines
MP_FROZEN_SECTION to keep the texts apart from hot data) plus one row of the
MP_FROZEN_TABLE macro: { "name", text, length }. Rows are sorted by name so
that py/frozen.c can binary-search them. The file is only rewritten when its
content changes, so objects are not recompiled needlessly.
"""
import ast
import heapq
import io
import itertools
import os
import sys
import tokenize

from genutil import WINDOW, compress_all, decompress, dictionary_refs, write_if_changed


def c_string_lines(data):
    # One C literal per source line keeps the generated file readable. Bytes
    # outside printable ASCII, quotes, backslashes and '?' (trigraphs) are
    # written as 3-digit octal escapes, which cannot swallow a following digit.
    out = []
    for line in data.splitlines(keepends=True):
        parts = []
        for b in line:
            c = chr(b)
            if c == '\n':
                parts.append('\\n')
            elif 0x20 <= b < 0x7f and c not in '"\\?':
                parts.append(c)
            else:
                parts.append('\\%03o' % b)
        out.append('    "%s"' % ''.join(parts))
    if not out:
        out.append('    ""')
    return out


# The embedded texts are raw DEFLATE streams (RFC 1951), decoded by
# py/inflate.c on import. Each is compressed with the static qstr pool (the
# names the interpreter already holds) as a preset dictionary: module texts
# are full of those names, and the pool is in the binary anyway. py/frozen.c
# gives the decoder the same bytes (the last 32 KiB at most, DEFLATE's window).
# tools/genutil.py runs the encoder.


def strip_docstrings(text, path):
    """The text with each docstring (alone on its lines) replaced by blank
    lines, or by `pass` on its first line where it is the whole body: the
    library's docstrings are our own words, not CPython's, so __doc__ gains
    nothing from them, and line numbers stay as they were."""
    lines = text.splitlines(keepends=False)
    for node in ast.walk(ast.parse(text, path)):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = node.body[0] if node.body else None
        if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            continue
        head, tail = first.lineno - 1, first.end_lineno - 1
        before = lines[head][:first.col_offset]
        after = lines[tail][first.end_col_offset:].strip()
        if before.strip() or (after and not after.startswith('#')):
            continue  # shares its line with other code: left alone
        lines[head] = before + ('pass' if len(node.body) == 1 else '')
        for i in range(head + 1, tail + 1):
            lines[i] = ''
    return '\n'.join(lines) + '\n'


def minify(data, path):
    """The module's text without docstrings, comments, trailing blanks or
    indentation beyond one space per level; line numbers stay as they were (blank lines
    are kept, empty) so tracebacks still point at lib/<name>.py. The result
    must parse to the same tree as the original, or the build stops."""
    text = strip_docstrings(data.decode('utf-8'), path)
    lines = text.splitlines(keepends=False)
    cut = {}          # line number -> column where a comment starts
    frozen = set()    # lines inside a multi-line string: left exactly as they are
    opens = set()     # lines where a multi-line string starts: their ends are kept
    logical_start = {}  # line number -> indentation depth, for lines that begin a statement
    continuation = set()  # lines inside brackets or after a backslash
    depth = 0
    at_line_start = True
    last_row = 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        kind, string, (srow, scol), (erow, ecol), _ = tok
        if kind == tokenize.INDENT:
            depth += 1
            continue
        if kind == tokenize.DEDENT:
            depth -= 1
            continue
        if kind == tokenize.COMMENT:
            cut[srow] = scol
            continue
        if kind in (tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER):
            if kind == tokenize.NEWLINE:
                at_line_start = True
            continue
        if at_line_start:
            logical_start[srow] = depth
            at_line_start = False
        elif srow != last_row:
            continuation.add(srow)
        if erow > srow:
            opens.add(srow)
            frozen.update(range(srow + 1, erow + 1))
        last_row = erow
    out = []
    for i, line in enumerate(lines, 1):
        if i in frozen:
            # Inside a string that spans lines (its tail may still carry a
            # comment after the string closes).
            if i in cut:
                line = line[:cut[i]].rstrip()
            out.append(line)
            continue
        if i in cut:
            line = line[:cut[i]]
        if i not in opens:
            line = line.rstrip()
        if i in logical_start:
            line = ' ' * logical_start[i] + line.lstrip()
        elif i in continuation:
            line = line.lstrip()
        elif line.strip() == '':
            line = ''
        out.append(line)
    result = '\n'.join(out) + '\n'
    # Comparing trees is half of the time spent here: the tighter text is
    # checked first, and the plain one only if that one fails.
    tree = ast.dump(ast.parse(text, path))
    for candidate in (squeeze_spaces(result), result):
        if ast.dump(ast.parse(candidate, path)) == tree:
            return candidate.encode('utf-8')
    sys.exit('makefrozen: minifying %s changed its meaning' % path)


def is_wordish(ch):
    return ch.isalnum() or ch in '_\'"' or ord(ch) > 127


def single_quoted(token):
    """A string literal in single quotes if it was in double quotes and
    holds no quote of either kind: the library mostly uses single ones, and
    one kind repeats better (-60 bytes packed). f-strings are left alone (their
    fields may hold quotes, and Python 3.12 tokenizes them apart)."""
    body = token.lstrip('bBrRuU')
    if (len(body) < 2 or body[0] != '"' or body.startswith('"""')
            or '"' in body[1:-1] or "'" in body[1:-1]):
        return token
    return token[:len(token) - len(body)] + "'" + body[1:-1] + "'"


def squeeze_spaces(text):
    """The text without the blanks between tokens of one line that no
    tokenizer needs: `x = f(a, b)` becomes `x=f(a,b)` (2% of the packed
    size). A blank stays between words, numbers and quotes (`1 if`, `x if'a'`,
    `1 .real`); lines, their indentation and the insides of strings and
    f-strings are left as they are."""
    lines = text.split('\n')
    fstring_start = getattr(tokenize, 'FSTRING_START', None)  # Python >= 3.12
    fstring_end = getattr(tokenize, 'FSTRING_END', None)
    skip = (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
            tokenize.ENDMARKER, tokenize.COMMENT)
    cuts = []  # (row, start column, end column, kept text), in text order
    prev = None
    in_fstring = 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type in skip:
            continue
        if tok.type == fstring_start:
            in_fstring += 1
        if prev is not None and prev.end[0] == tok.start[0] and not in_fstring:
            row, a, b = tok.start[0], prev.end[1], tok.start[1]
            gap = lines[row - 1][a:b]
            if gap and gap.strip() == '':
                p, n = prev.string[-1], tok.string[0]
                keep = (is_wordish(p) and (is_wordish(n) or (n == '.' and tok.type == tokenize.NUMBER))
                        or (prev.type == tokenize.NUMBER and (n == '.' or is_wordish(n)))
                        or (p == '.' and tok.type == tokenize.NUMBER))
                if not keep or gap != ' ':
                    cuts.append((row, a, b, ' ' if keep else ''))
        if tok.type == tokenize.STRING and tok.start[0] == tok.end[0]:
            quoted = single_quoted(tok.string)
            if quoted != tok.string:
                cuts.append((tok.start[0], tok.start[1], tok.end[1], quoted))
        if tok.type == fstring_end:
            in_fstring -= 1
        prev = tok
    for row, a, b, kept in reversed(cuts):
        line = lines[row - 1]
        lines[row - 1] = line[:a] + kept + line[b:]
    return '\n'.join(lines)


# Byte runs that stand in several modules (imports, idioms, messages) are
# kept once, in a shared text placed after the names in every module's preset
# dictionary. It is compressed against the names and inflated before each
# module. It is made of pieces of PHRASE_PIECE bytes, valued by their
# PHRASE_GRAIN-byte substrings: a substring is worth the number of modules
# that hold it within their first PHRASE_REACH bytes (further on, a module's
# DEFLATE window no longer reaches the dictionary), or nothing if only one
# module holds it or the names already do. Each line of each module offers
# its best piece starting in that line; pieces are taken best first, each
# one's substrings then counting for nothing, so that later pieces bring new
# text. The best go last, nearest the module text (shorter distances).
# Offers start at lines, not at offsets, and the choice is global: an edit
# to one module changes what that module offers and little else (six edits
# of 26-115 bytes moved the packed total by 17-345 bytes when the corpus was
# cut into equal spans, one piece each, and now by 17-73). Measured over
# lib/ (session 25): 1.0 KB smaller than one piece per equal span at 8,000
# bytes. py/frozen.c inflates the phrases once, at the first frozen import,
# and keeps them (in BSS), so their size costs that import ~50 instructions
# a byte and later ones a copy. Over lib/ (session 25), with PHRASE_REACH as
# below: 9,400 bytes of phrases packed to 251.7 KB, 12,000 to 251.3, 14,000
# to 251.0, 16,000 to 250.6, 17,000-22,000 to 250.5-251.0 (beyond 14,000,
# neighbouring sizes differ by up to 0.3 KB either way: the greedy choice is
# that uneven). Session 29, with pieces of 96 bytes valued by 6-byte grains:
# 20,000 bytes of phrases packed lib/ to 257.6 KB where 64/8/16,000 gave
# 259.0 (96/6 at 18,000-24,000, 128/6 and 160/6: 257.6-258.1; 64/6 259.0,
# 64/10 259.6, 256/8 259.2; all 32 KiB as phrases, no names: 260.9). The
# first frozen import inflates the 4,000 bytes more: +0.3 M instructions.
PHRASES_MAX = 20000
PHRASE_PIECE = 96
PHRASE_GRAIN = 6
# A module's window reaches all of the phrases for its first WINDOW -
# PHRASES_MAX bytes and none of them after WINDOW bytes; counted up to the
# middle (the best phrases are last, so reached longest).
PHRASE_REACH = WINDOW - PHRASES_MAX // 2


def shared_phrases(texts, names):
    g = PHRASE_GRAIN
    width = PHRASE_PIECE - g + 1  # grains that start inside one piece
    held = {}
    for text in texts:
        head = text[:PHRASE_REACH]
        for grain in {head[i:i + g] for i in range(len(head) - g + 1)}:
            held[grain] = held.get(grain, 0) + 1
    worth = {grain: n for grain, n in held.items() if n > 1}
    for i in range(len(names) - g + 1):
        worth.pop(names[i:i + g], None)
    offers = {}  # piece -> score (an upper bound: a repeated grain counts each time)
    for text in texts:
        grains = [text[i:i + g] for i in range(len(text) - g + 1)]
        sums = list(itertools.accumulate(map(worth.get, grains, itertools.repeat(0)), initial=0))
        starts = len(text) - PHRASE_PIECE + 1
        score = [sums[i + width] - sums[i] for i in range(starts)]
        lo = 0
        while lo < starts:
            hi = min(text.find(b'\n', lo) + 1 or starts, starts)
            at = max(range(lo, hi), key=score.__getitem__)
            if score[at] > 0:
                offers[text[at:at + PHRASE_PIECE]] = score[at]
            lo = hi
    # Taken lazily: an offer's score only falls as pieces are taken (and
    # when a grain repeats within it, as in a run of blanks, it counts once),
    # so one that still beats the best stale score is the best.
    offers = [(-score, piece) for piece, score in offers.items()]
    heapq.heapify(offers)
    cuts = [slice(i, i + g) for i in range(width)]
    pieces = []
    while offers and (len(pieces) + 1) * PHRASE_PIECE <= PHRASES_MAX:
        _, piece = heapq.heappop(offers)
        grains = set(map(piece.__getitem__, cuts))
        score = sum(map(worth.get, grains, itertools.repeat(0, width)))
        if score == 0:
            continue
        if offers and score < -offers[0][0]:
            heapq.heappush(offers, (-score, piece))
            continue
        pieces.append(piece)
        for grain in grains:
            worth.pop(grain, None)
    return b''.join(reversed(pieces))


def main():
    out_path, blob_path, packer, sources = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    with open(blob_path, 'rb') as f:
        zdict = f.read()
    modules = {}
    for path in sources:
        # lib/name.py is module "name"; lib/parent/name.py is the submodule
        # "parent.name" of a module that is not a package (os.path), and
        # lib/a/b/name.py is "a.b.name" (email.mime.text).
        parts = os.path.normpath(path).split(os.sep)
        dotted = parts[parts.index('lib') + 1:] if 'lib' in parts else parts[-1:]
        dotted[-1] = os.path.splitext(dotted[-1])[0]
        if len(dotted) > 3 or not all(p.isidentifier() for p in dotted):
            continue
        with open(path, 'rb') as f:
            modules['.'.join(dotted)] = minify(f.read(), path)
    lines = ['// Generated by tools/makefrozen.py from lib/: do not edit.']
    names = sorted(modules)
    phrases = shared_phrases([modules[name] for name in names], zdict[-(WINDOW - PHRASES_MAX):])
    names_dict = zdict[-(WINDOW - len(phrases)):]

    def pack(phrases):
        return compress_all('makefrozen', packer, [(phrases, names_dict)] +
                            [(modules[name], names_dict + phrases) for name in names])

    packed_phrases, *packed_modules = pack(phrases)
    # A second pass puts the pieces the streams copy most from last, nearest
    # the texts (shorter distances): -170 bytes over lib/ (session 29).
    pieces = [phrases[i:i + PHRASE_PIECE] for i in range(0, len(phrases), PHRASE_PIECE)]
    used = [0] * len(pieces)
    for stream in packed_modules:
        for at, n in dictionary_refs(stream, len(names_dict) + len(phrases)):
            for i in range(max(at, len(names_dict)), at + n):
                used[(i - len(names_dict)) // PHRASE_PIECE] += 1
    order = sorted(range(len(pieces)), key=used.__getitem__)
    again = pack(b''.join(pieces[i] for i in order))
    if sum(map(len, again)) < len(packed_phrases) + sum(map(len, packed_modules)):
        phrases = b''.join(pieces[i] for i in order)
        packed_phrases, *packed_modules = again
    zdict = names_dict + phrases
    if decompress(packed_phrases, names_dict) != phrases:
        sys.exit('makefrozen: compressing the shared phrases does not round-trip')
    packed = dict(zip(names, packed_modules))
    for name in names:
        if decompress(packed[name], zdict) != modules[name]:
            sys.exit('makefrozen: compressing %s does not round-trip' % name)
    # One array holds every stream back to back (the shared phrases first),
    # so the table needs only each stream's end offset and text length, and
    # no stream pays for its own alignment or terminator.
    blob = packed_phrases + b''.join(packed[name] for name in names)
    if len(blob) >= 1 << 32:
        sys.exit('makefrozen: the packed texts exceed 4 GiB')
    lines.append('#define MP_FROZEN_PHRASES_LEN (%d)' % len(phrases))
    lines.append('#define MP_FROZEN_PHRASES_PACKED_LEN (%d)' % len(packed_phrases))
    lines.append('static const char mp_frozen_packed[] MP_FROZEN_SECTION =')
    lines.extend(c_string_lines(blob))
    lines[-1] += ';'
    # The names, NUL-separated, in the table's (sorted) order. With the
    # table they go in the texts' section: only an import that reaches the
    # frozen modules (after the built-in ones and sys.path) reads them.
    lines.append('static const char mp_frozen_names[] MP_FROZEN_SECTION =')
    lines.extend('    "%s\\0"' % name for name in names)
    lines[-1] += ';'
    # py/frozen.c's mp_frozen_module_t: the stream's end, the text's length
    # (20 bits) and where the name starts in mp_frozen_names (12 bits).
    lines.append('#define MP_FROZEN_TABLE \\')
    end = len(packed_phrases)
    name_at = 0
    for name in names:
        end += len(packed[name])
        if len(modules[name]) >= 1 << 20 or name_at >= 1 << 12:
            sys.exit('makefrozen: %s does not fit the table (text over 1 MiB or names over 4 KiB)' % name)
        lines.append('    { %d, %d, %d }, \\' % (end, len(modules[name]), name_at))
        name_at += len(name) + 1
    lines.append('')
    write_if_changed(out_path, '\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
