# str patterns and subjects beyond ASCII: positions count characters.
import re

print(re.match('é+', 'ééa'), re.findall(r'\w+', 'héllo wörld'), re.sub('ö', 'o', 'wörld'), re.search('l+', 'héllo').span())
m = re.search(r'(\w+) (€+)', 'prix: 10 €€ ok')
print(m.span(), m.span(1), m.group(2), m.start(2), m.end(), m)
print(re.split(r'\s*·\s*', 'a · b·c'), re.findall('.', '日本語'), re.sub('(.)', r'[\1]', 'ñü'), re.match('[α-ω]+', 'αβγA').group())
print(re.match(r'(?i)ΣΑΣ', 'σασ'), re.match(r'(?i)straße', 'STRASSE'), re.match('(?i)é', 'É').group(), re.match(r'\d+', '١٢٣').group())
print(re.compile(r'\d+').search('x٣٤y', 1).span(), re.escape('a.b-c d_é'), re.findall(r'\b\w', 'ça été'))
print(re.sub('', '|', 'añb'), re.split('', 'añ'), [m.span() for m in re.finditer('ñ', 'ñañ')], re.search('😀', 'a😀b').span())
