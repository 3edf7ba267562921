# \N{NAME} escapes in str literals (bytes and raw literals keep them as text).
print(ascii("\N{LATIN SMALL LETTER A}\N{DIGIT SEVEN}\N{SPACE}\N{TILDE}"))
print(ascii("\N{latin capital letter e with acute}"))
print(ascii("\N{NO-BREAK SPACE}\N{SECTION SIGN}\N{LATIN SMALL LETTER Y WITH DIAERESIS}"))
print(ascii("\N{EM DASH}\N{EN DASH}\N{HORIZONTAL ELLIPSIS}\N{BULLET}"))
print(ascii("\N{LEFT DOUBLE QUOTATION MARK}x\N{RIGHT DOUBLE QUOTATION MARK}"))
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}\N{GREEK SMALL LETTER PI}"))
print(ascii("\N{EURO SIGN}\N{POUND SIGN}\N{YEN SIGN}\N{COPYRIGHT SIGN}\N{DEGREE SIGN}"))
print(ascii("\N{RIGHTWARDS ARROW}\N{INFINITY}\N{NOT EQUAL TO}\N{CHECK MARK}\N{SNOWMAN}"))
print(ascii("\N{BOX DRAWINGS LIGHT HORIZONTAL}\N{BLACK STAR}\N{WHITE SMILING FACE}"))
print(ascii("\N{GRINNING FACE}\N{ZERO WIDTH SPACE}\N{REPLACEMENT CHARACTER}"))
print(ascii("\N{CYRILLIC SMALL LETTER ZHE}\N{LATIN SMALL LETTER SHARP S}"))
print(ascii("\N{LINE FEED}\N{NUL}\N{TAB}\N{ESC}\N{NBSP}\N{BOM}"))
print(len("a\N{SPACE}b"), "x\N{HYPHEN-MINUS}y")
print(f"\N{BULLET} {1 + 1} \N{EM DASH}" == "\u2022 2 \u2014")
print(rb"\N{SPACE}", b"\N{SPACE}", r"\N{SPACE}")
print("""\N{PLUS SIGN}
\N{EQUALS SIGN}""")

for src in [r'"\N{NO SUCH CHARACTER NAME}"', r'"ab\N{FOO}"', r'"ab\N"', r'"ab\N{"',
            r'"ab\N{SPACE"', r'"x\N{}"', r'"\N{SPACE}\N{FOO BAR}"', r'"\N{LATIN SMALL LETTER}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
