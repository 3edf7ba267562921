# html.parser.HTMLParser on realistic and broken pages, fed whole and in
# pieces, with and without convert_charrefs; every handler call is printed
# with getpos() and, for start tags, get_starttag_text().
from html.parser import HTMLParser
import _markupbase


class Dump(HTMLParser):
    def __init__(self, **kw):
        self.out = []
        super().__init__(**kw)

    def ev(self, *a):
        self.out.append(a + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.ev('start', tag, attrs, self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self.ev('startend', tag, attrs)

    def handle_endtag(self, tag):
        self.ev('end', tag)

    def handle_data(self, data):
        # pieces of text may be split differently by the feeding
        if self.out and self.out[-1][0] == 'data':
            self.out[-1] = ('data', self.out[-1][1] + data, self.out[-1][2])
        else:
            self.ev('data', data)

    def handle_comment(self, data):
        self.ev('comment', data)

    def handle_decl(self, data):
        self.ev('decl', data)

    def handle_pi(self, data):
        self.ev('pi', data)

    def handle_charref(self, name):
        self.ev('charref', name)

    def handle_entityref(self, name):
        self.ev('entityref', name)

    def unknown_decl(self, data):
        self.ev('unknown', data)


PAGE = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8"/>
  <title>Caf&eacute; &amp; Bar &#8211; Menu</title>
  <link rel=stylesheet href="/s.css?a=1&amp;b=2">
  <style type="text/css">
    p > a { color: red; } /* </p> is not a tag here */
  </style>
  <script>
    if (a < b && c > d) { document.write("</scr" + "ipt>"); }
  </script>
</head>
<body class='main page' data-x=1 hidden>
<!-- navigation -->
<?php echo "hi"; ?>
<ul><li><a href="/a?x=1&y=2">First</a><li>Second &copy 2024 &#x263A; &unknown; &</ul>
<p>Broken <b>nesting <i>here</b></i> and < stray > brackets</p>
<img src=/logo.png alt="Logo &quot;Q&quot;" width=100 />
<br/><br /><BR>
<![CDATA[raw <stuff>]]>
<!--[if IE]>old<![endif]-->
<![if !IE]>new<![endif]>
<table border=1 cellpadding=0><tr><td>1<td>2</table>
</body>
</html>
'''

BROKEN = [
    '<a href="x>unclosed quote</a>',
    '<div class=a,b id="c"d=e f= \'g\'>x</div>',
    '<p/ class="x"/><input disabled/ >',
    '</ p></p x><//x></><p',
    '<!>&#bad; &#12a; &#x; &lt &gt; a&b c&#65',
    '<!-- unterminated comment',
    '<script>never closed </scrip',
    '<style>a</STYLE >b</style>',
    '<a b= \'x>c<d e =\'f>',
    '<x\x00y>z',
    '&amp;&lt;&#0;&#x110000;&#128;',
]


def run(chunks, **kw):
    p = Dump(**kw)
    for c in chunks:
        p.feed(c)
    p.close()
    return p.out


for conv in (False, True):
    print('== PAGE convert_charrefs=%s' % conv)
    whole = run([PAGE], convert_charrefs=conv)
    for e in whole:
        print(e)
    for size in (1, 7, 64):
        pieces = [PAGE[i:i + size] for i in range(0, len(PAGE), size)]
        print('pieces of', size, run(pieces, convert_charrefs=conv) == whole)
    for src in BROKEN:
        print('==', repr(src), conv)
        for e in run([src], convert_charrefs=conv):
            print(' ', e)
        print('  split:', run([src[:len(src) // 2], src[len(src) // 2:]], convert_charrefs=conv))

# feed without close leaves the tail buffered; reset() drops it
p = Dump()
p.feed('text &amp; more <b')
print(p.out, repr(p.rawdata))
p.reset()
print(repr(p.rawdata), p.getpos(), p.lasttag, p.cdata_elem)
p.feed('<i>x</i>')
p.close()
print(p.out)

# the default handlers do nothing; startendtag calls start then end
class Tags(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)

    def handle_endtag(self, tag):
        print('end', tag)


Tags().feed('<br/><p>&amp;<!--c--><!DOCTYPE x><?pi></p>')
print(HTMLParser().convert_charrefs, HTMLParser.CDATA_CONTENT_ELEMENTS)
print(issubclass(HTMLParser, _markupbase.ParserBase))

# a marked section with an unknown keyword is an AssertionError
try:
    Dump().feed('<![bogus[x]]>')
except AssertionError as e:
    print('AssertionError', e)
try:
    Dump().feed('<![0]>')
except AssertionError as e:
    print('AssertionError', e)
