# html: escape and unescape (named, legacy, numeric references)
import html

for s in ['', 'plain', '<a href="x">Tom & Jerry\'s</a>', '&amp;', "'\"<>&"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

cases = ['no refs', '&amp; &lt; &gt; &quot; &apos; &#39; &#x27;', '&amp &lt &gt &quot &copy',
         '&AMP; &COPY &REG; &QUOT', '&nbsp;&eacute;&Eacute;&eacutex;&eacute2', '&alpha;&Omega;&hellip;&euro;&trade;',
         '&lang;&rang;', '&ampxyz; &ltfoo &notit; &notin; &noti;', '&unknown; &unknown &;', '&#; &#x; &#xg; &# 1',
         '&#65;&#x41;&#X41;&#0065&#x41x', '&#0; &#13; &#128; &#129; &#150; &#159; &#160;',
         '&#1; &#8; &#11; &#12; &#14; &#127; &#64976; &#65534; &#65535; &#131071; &#1114111;',
         '&#55296; &#xDFFF; &#1114112; &#99999999999999999999;', '&&amp;&&', 'a&b c&d;',
         '&' + 'x' * 40 + ';', '&amp\r;', '&lt\t;', '&nbsp', 'trailing &', '&#x1F600; &#128512;',
         '&frac12; &frac12x &sup2; &times;&divide;', '&thetasym; &piv; &zwj; &rlm;']
for s in cases:
    print(repr(s), repr(html.unescape(s)))
print(html.unescape(html.escape('<tag attr="v">&\'')))
