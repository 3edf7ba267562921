# html.entities: HTML 4's 252 named references both ways and entitydefs
# (lang/rang keep HTML 4's U+2329/U+232A there, while unescape() follows
# HTML5's U+27E8/U+27E9). The html5 table is not provided (too big).
import html
import html.entities as e

print(len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(sorted(e.name2codepoint.items()))
print(sorted(e.codepoint2name.items()) == sorted((v, k) for k, v in e.name2codepoint.items()))
print(sorted(e.entitydefs.items()) == sorted((k, chr(v)) for k, v in e.name2codepoint.items()))
print(e.name2codepoint['lang'], e.codepoint2name[0x232a], html.unescape('&lang;&rang;') == '\u27e8\u27e9')
print(e.entitydefs['amp'], e.entitydefs['nbsp'] == '\xa0', 'apos' in e.name2codepoint)
from html.entities import name2codepoint, codepoint2name, entitydefs
print(name2codepoint['euro'], codepoint2name[0xa9], entitydefs['hearts'])
