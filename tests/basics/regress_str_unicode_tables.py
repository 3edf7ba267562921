# str case mappings and character classes over the whole BMP (and the
# astral blocks with letters), summed up per property so that any code
# point that differs from CPython changes a line of output.
PROPS = ("isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isprintable", "isidentifier", "isalnum")
MAPS = ("upper", "lower", "title", "casefold", "swapcase", "capitalize")


def summarize(lo, hi):
    counts = [0] * len(PROPS)
    sums = [0] * len(PROPS)
    msums = [0] * len(MAPS)
    for c in range(lo, hi):
        if 0xd800 <= c < 0xe000:
            continue
        ch = chr(c)
        for i, name in enumerate(PROPS):
            if getattr(ch, name)():
                counts[i] += 1
                sums[i] = (sums[i] * 31 + c) % 1000000007
        for i, name in enumerate(MAPS):
            m = getattr(ch, name)()
            for x in m:
                msums[i] = (msums[i] * 37 + ord(x)) % 1000000007
            msums[i] = (msums[i] + len(m)) % 1000000007
    print(hex(lo), hex(hi), counts, sums, msums)


for lo in range(0, 0x10000, 0x2000):
    summarize(lo, lo + 0x2000)
summarize(0x10000, 0x11000)
summarize(0x16e00, 0x16f00)
summarize(0x1d400, 0x1d800)
summarize(0x1e900, 0x1ea00)
summarize(0x1f100, 0x1f200)
