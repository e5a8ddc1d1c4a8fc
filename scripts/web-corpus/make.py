#!/usr/bin/env python3
"""Builds a synthetic web corpus of fictional feeds and pages (outside the repository) to measure how Briefing reads
the web: every charset x feed format x quirk x way of declaring the charset, and pages with site-name titles and
furniture. Usage: python3 make.py OUT_DIR. Writes OUT_DIR/feeds/*, OUT_DIR/pages/* and OUT_DIR/manifest.json."""
import json, os, sys, itertools

out = sys.argv[1]
os.makedirs(f"{out}/feeds", exist_ok=True)
os.makedirs(f"{out}/pages", exist_ok=True)

LANG = {
    "latin": ("Varga à Serin : « Le port reste ouvert »",
              "Le ministre véltrien Aldo Varga a déclaré à Serin : « Le port reste ouvert à tous nos partenaires. » Über die Brücke fahren die Züge, sagte Señora Okoro."),
    "latin15": ("Varga : l'œuvre du port coûte 5 €", "Le ministre Aldo Varga a déclaré que l'œuvre du port coûtera 5 € par habitant, « pas plus », a-t-il dit."),
    "w1252": ("Varga: “The port stays open” – a défi", "Veltrian Foreign Minister Aldo Varga said: “The port stays open to every partner.” The café owners – and the façade committee – agreed; the toll is 5 €."),
    "central": ("Varga v Serinu: „Přístav zůstane otevřený“", "Ministr zahraničí Veltrie Aldo Varga řekl: „Přístav zůstane otevřený všem partnerům.“ Senátorka Lina Okoro z Łódźi odpověděla, že žádná dohoda není hotová."),
    "cyrillic": ("Варга: порт останется открытым", "Министр иностранных дел Вельтрии Альдо Варга заявил в понедельник, что порт останется открытым для всех партнеров. Сенатор Лина Окоро из Маранта ответила, что соглашение еще не подписано, и переговоры продолжатся в среду."),
    "japanese": ("ヴァルガ外相「港は開いたままだ」", "ヴェルトリアのアルド・ヴァルガ外相は月曜日、「港はすべての相手国に開いたままだ」と述べた。マラントのリナ・オコロ上院議員は、合意はまだ署名されていないと答えた。"),
    "chinese": ("瓦尔加：“港口将保持开放”", "维尔特里亚外交部长阿尔多瓦尔加星期一表示：“港口将对所有伙伴保持开放。”马兰特参议员莉娜奥科罗回答说，协议尚未签署，谈判将于星期三继续进行。"),
    "mixed": ("Varga, Варга, ヴァルガ: “open” 🚢", "Aldo Varga said “the port stays open” — Варга заявил: «порт открыт» — ヴァルガ外相は「港は開いたままだ」と述べた。"),
}
CHARSETS = [  # (label, python codec, language, bom)
    ("utf-8", "utf-8", "mixed", False), ("utf-16", "utf-16", "mixed", True), ("utf-16be", "utf-16-be", "mixed", False),
    ("utf-32", "utf-32", "mixed", True), ("iso-8859-1", "iso8859-1", "latin", False), ("iso-8859-15", "iso8859-15", "latin15", False),
    ("windows-1250", "cp1250", "central", False), ("windows-1251", "cp1251", "cyrillic", False), ("windows-1252", "cp1252", "w1252", False),
    ("koi8-r", "koi8_r", "cyrillic", False), ("shift_jis", "shift_jis", "japanese", False), ("gb2312", "gb2312", "chinese", False),
]
FORMATS = ["rss20", "rss091", "rss10", "atom10", "atom03"]
QUIRKS = ["clean", "html-entities", "stray-amp", "leading-comment", "undeclared-prefix", "c1-refs"]
DECLARED = ["decl", "http", "none"]


def x(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed(fmt, quirk, title, body, label, declared):
    # Quirks change the markup; the expected text stays the same.
    t, b = x(title), x(body)
    if quirk == "html-entities":
        t, b = t + "&nbsp;&mdash;&nbsp;Serin", b + "&nbsp;&copy;&nbsp;&eacute;"
    elif quirk == "stray-amp":
        t, b = t + " & Serin", b + " R&D & co."
    elif quirk == "c1-refs":
        t, b = t + " &#150; Serin", b + " &#147;end&#148;"
    decl = f'<?xml version="1.0" encoding="{label}"?>\n' if declared == "decl" else ""
    lead = "<!-- cms v2 -->\n" if quirk == "leading-comment" else ""
    extra = '<dc:creator>Ana Lind</dc:creator><media:thumbnail url="http://x.example/a.jpg"/>' if quirk == "undeclared-prefix" else ""
    if fmt == "rss20":
        doc = f'<rss version="2.0"><channel><title>Courier</title><item><title>{t}</title><guid>g1</guid>{extra}<description>{b}</description></item></channel></rss>'
    elif fmt == "rss091":
        doc = ('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
               f'<rss version="0.91"><channel><title>Courier</title><link>http://c.example/</link><item><title>{t}</title><link>http://c.example/1</link>{extra}<description>{b}</description></item></channel></rss>')
    elif fmt == "rss10":
        doc = (f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://c.example/"><title>Courier</title></channel>'
               f'<item rdf:about="http://c.example/1"><title>{t}</title><link>http://c.example/1</link>{extra}<description>{b}</description></item></rdf:RDF>')
    elif fmt == "atom10":
        doc = (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><entry><title type="html">{t}</title><id>urn:1</id>{extra}'
               f'<link href="http://c.example/1"/><content type="html">{b}</content></entry></feed>')
    else:
        doc = (f'<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Courier</title><entry><title mode="escaped" type="text/html">{t}</title><id>urn:1</id>{extra}'
               f'<link rel="alternate" href="http://c.example/1"/><content type="text/html" mode="escaped">{b}</content></entry></feed>')
    return lead + decl + doc if quirk != "leading-comment" else lead + decl + doc


def expected_text(quirk, title, body):
    if quirk == "html-entities":
        return title + " — Serin", body + " © é"  # no-break spaces become spaces in stored text
    if quirk == "stray-amp":
        return title + " & Serin", body + " R&D & co."
    if quirk == "c1-refs":
        return title + " – Serin", body + " “end”"
    return title, body


manifest = {"feeds": [], "pages": []}
for (label, codec, lang, bom), fmt, quirk, declared in itertools.product(CHARSETS, FORMATS, QUIRKS, DECLARED):
    if bom and declared == "http":
        continue  # the BOM already says it
    title, body = LANG[lang]
    name = f"{label}.{fmt}.{quirk}.{declared}.xml"
    data = feed(fmt, quirk, title, body, label, declared).encode(codec)
    open(f"{out}/feeds/{name}", "wb").write(data)
    et, eb = expected_text(quirk, title, body)
    manifest["feeds"].append({"file": name, "charset": label if declared == "http" else None, "title": et, "text": eb,
                              "declared": declared if not bom else "bom"})
for label, codec in [("utf-8", "utf-8"), ("utf-16", "utf-16")]:
    title, body = LANG["mixed"]
    name = f"{label}.jsonfeed.clean.none.json"
    doc = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Courier", "items": [{"id": 1, "title": title, "content_text": body}]}, ensure_ascii=False)
    open(f"{out}/feeds/{name}", "wb").write(doc.encode(codec))
    manifest["feeds"].append({"file": name, "charset": None, "title": title, "text": body, "declared": "bom" if label == "utf-16" else "none"})

SITE = "Veltria Courier"
TITLES = [  # (<head> markup, body heading) for a headline H
    lambda h: (f"<title>{h} - {SITE} | World</title><meta property='og:site_name' content='{SITE}'>", ""),
    lambda h: (f"<title>{SITE} | {h}</title><meta property='og:site_name' content='{SITE}'>", ""),
    lambda h: (f"<title>x</title><meta property='og:title' content='{h} | {SITE}'><meta name='application-name' content='{SITE}'>", ""),
    lambda h: ("<title>x</title><script type='application/ld+json'>" + json.dumps({"@type": "NewsArticle", "headline": h, "publisher": {"name": SITE}}, ensure_ascii=False) + "</script>", ""),
    lambda h: (f"<title>{h} – Courier</title>", ""),
    lambda h: (f"<title>{h} :: Politics :: VC Online</title>", f"<h1>{h}</h1>"),
    lambda h: (f"<title>{h} | World | VC</title>", ""),
    lambda h: (f"<title>{h}</title>", f"<h1>{h}</h1>"),
]
FURNITURE = [
    ("<figure><img src='a.jpg'><figcaption>Varga told workers: “We will fight for every berth.”</figcaption></figure>", "fight for every berth"),
    ("<p class='image-credit'>Image source, Maranth Press Agency</p>", "Maranth Press Agency"),
    ("<h2>“We will not be bullied”</h2>", "not be bullied"),
    ("<p>By Ana Lind, Serin correspondent</p>", "Ana Lind"),
    ("<p>Published 3 hours ago</p>", "3 hours ago"),
    ("<div><h3>Related</h3><ul><li><a href='/a'>Dask rejects the tariff plan</a></li></ul></div>", "Dask rejects"),
    ("<p>Read more: <a href='/g'>Okoro says the grain vote will be close</a></p>", "grain vote"),
    ("<div aria-hidden='true'>Image caption, Protesters held signs saying “No more tolls”</div>", "No more tolls"),
    ("<nav><a href='/'>Home</a> <a href='/w'>World news from Serin</a></nav>", "World news from Serin"),
    ("<footer><p>© 2026 Veltria Courier. “Trusted since 1901,” readers say.</p></footer>", "Trusted since"),
]
for (label, codec, lang, bom), (ti, make_title) in itertools.product(CHARSETS, enumerate(TITLES)):
    title, body = LANG[lang]
    head, heading = make_title(x(title).replace("'", "&#39;"))
    meta = f"<meta charset='{label}'>" if not bom else ""
    paragraphs = "".join(f"<p>{x(body)} ({i})</p>" for i in range(3))
    furniture = "".join(f for f, _ in FURNITURE)
    html = f"<!DOCTYPE html><html><head>{meta}{head}</head><body><header><nav><a href='/'>Home</a></nav></header><article>{heading}{furniture}{paragraphs}</article>{furniture}</body></html>"
    name = f"{label}.title{ti}.html"
    open(f"{out}/pages/{name}", "wb").write(html.encode(codec, errors="xmlcharrefreplace"))
    manifest["pages"].append({"file": name, "title": title, "paragraphs": [f"{body} ({i})" for i in range(3)], "furniture": [s for _, s in FURNITURE]})
json.dump(manifest, open(f"{out}/manifest.json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
print(len(manifest["feeds"]), "feeds,", len(manifest["pages"]), "pages")
