# puzzles: n-queens, sudoku, game of life, huffman, roman numerals, number words
import heapq
from collections import Counter

def queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n:
            sols.append(cur[:])
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            cur.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur)
            cur.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
for n in range(4, 9):
    s = queens(n)
    print(n, len(s), s[0])
for row in queens(6)[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))

PUZ = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
def solve(grid):
    try:
        i = grid.index(0)
    except ValueError:
        return True
    r, c = divmod(i, 9)
    used = {grid[r * 9 + k] for k in range(9)} | {grid[k * 9 + c] for k in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {grid[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)}
    for v in range(1, 10):
        if v not in used:
            grid[i] = v
            if solve(grid):
                return True
    grid[i] = 0
    return False
g = [int(ch) for ch in PUZ]
print(solve(g))
for r in range(9):
    row = g[r * 9:r * 9 + 9]
    print(" ".join("".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))

def life(cells, steps):
    for _ in range(steps):
        counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
        cells = {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
    return cells
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g4 = life(glider, 4)
print(sorted(g4), sorted((x - 1, y - 1) for x, y in g4) == sorted(glider))
blinker = {(0, 1), (1, 1), (2, 1)}
print(sorted(life(blinker, 1)), sorted(life(blinker, 2)) == sorted(blinker))
def show(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))
print(show(life({(1, 1), (2, 1), (3, 1), (2, 2), (1, 3), (2, 3)}, 3), 6, 5))

def huffman(text):
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(Counter(text).items()))]
    heapq.heapify(heap)
    k = len(heap)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, (a[0] + b[0], k, (a[2], b[2])))
        k += 1
    codes = {}
    def walk(t, pre):
        if isinstance(t, str):
            codes[t] = pre or "0"
        else:
            walk(t[0], pre + "0")
            walk(t[1], pre + "1")
    walk(heap[0][2], "")
    return codes
txt = "this is an example of a huffman tree"
codes = huffman(txt)
enc = "".join(codes[c] for c in txt)
print(len(enc), sorted(codes.items())[:6])
inv = {v: k for k, v in codes.items()}
dec, cur = [], ""
for bit in enc:
    cur += bit
    if cur in inv:
        dec.append(inv[cur]); cur = ""
print("".join(dec) == txt)

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out += s * q
    return out
def from_roman(s):
    vals = dict((b, a) for a, b in ROMAN if len(b) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            return words(n // div) + " " + name + (", " + words(n % div) if n % div else "")
for n in [0, 13, 45, 100, 342, 1001, 90210, 1234567, 2000000000]:
    print(n, words(n))
print(sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1000)) + len("onethousand"))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
import re
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"), "".join(n and c * int(n) or c for n, c in re.findall(r"(\d*)(\D)", "3a2b1c")))
def caesar(s, k):
    return "".join(chr((ord(c) - b + k) % 26 + b) if c.isalpha() else c for c in s for b in [65 if c.isupper() else 97])
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
