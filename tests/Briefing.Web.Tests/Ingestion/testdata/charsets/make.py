#!/usr/bin/env python3
"""Writes the charset fixtures: one RSS feed and one HTML page per encoding, with fictional text in a language the
encoding is made for. Run from this folder: python3 make.py. The expected strings are in expected.json; the tests
compare what Briefing decodes with them. Each file declares its charset the way the name says:
  *.decl.*  in the document (XML declaration / <meta charset>), served without an HTTP charset
  *.http.*  only in the HTTP Content-Type (the test serves it with ?charset=), no declaration in the document
  *.none.*  nowhere: a byte-order mark (UTF-16/32) or the detector has to find it
"""
import json

TEXTS = {
    "western": ("Varga à Serin : « Le port reste ouvert »",
                "Le ministre véltrien Aldo Varga a déclaré à Serin : « Le port reste ouvert à tous nos partenaires. » "
                "Über die Brücke fahren die Züge, sagte Señora Okoro, und die Straße bleibt frei."),
    "western15": ("Varga à Serin : l'œuvre coûte 5 €",
                  "Le ministre Aldo Varga a déclaré que l'œuvre du port coûtera 5 € par habitant. "
                  "« Nous paierons notre part », a dit Varga à Serin, où la bière est chère."),
    "w1252": ("Varga: “The port stays open” – a défi",
              "Veltrian Foreign Minister Aldo Varga said on Monday: “The port stays open to every partner.” "
              "The café owners of Serin – and their façade committee – welcomed the news; the tariff is 5 € per tonne."),
    "central": ("Varga v Serinu: „Přístav zůstane otevřený“",
                "Ministr zahraničí Veltrie Aldo Varga řekl: „Přístav zůstane otevřený všem partnerům.“ "
                "Senátorka Lina Okoro z Łódźi odpověděla, že žádná dohoda není hotová."),
    "russian": ("Варга: «Порт останется открытым»",
                "Министр иностранных дел Вельтрии Альдо Варга заявил в понедельник: «Порт останется открытым для всех партнёров». "
                "Сенатор Лина Окоро из Маранта ответила, что соглашение ещё не подписано, и переговоры продолжатся в среду."),
    "russian_koi8": ("Варга: порт останется открытым",
                     "Министр иностранных дел Вельтрии Альдо Варга заявил в понедельник, что порт останется открытым для всех партнеров. "
                     "Сенатор Лина Окоро из Маранта ответила, что соглашение еще не подписано, и переговоры продолжатся в среду. "
                     "По ее словам, правительство должно объяснить жителям города, сколько будет стоить новый мост через реку."),
    "japanese": ("ヴァルガ外相「港は開いたままだ」",
                 "ヴェルトリアのアルド・ヴァルガ外相は月曜日、「港はすべての相手国に開いたままだ」と述べた。"
                 "マラントのリナ・オコロ上院議員は、合意はまだ署名されていないと答えた。交渉は水曜日に再開される。"),
    "chinese": ("瓦尔加：“港口将保持开放”",
                "维尔特里亚外交部长阿尔多瓦尔加星期一表示：“港口将对所有伙伴保持开放。”"
                "马兰特参议员莉娜奥科罗回答说，协议尚未签署，谈判将于星期三继续进行。"),
    "mixed": ("Varga, Варга, ヴァルガ: “open” 🚢",
              "Aldo Varga said “the port stays open” — Варга заявил: «порт открыт» — ヴァルガ外相は「港は開いたままだ」と述べた。 Ship: 🚢."),
}

# (file stem, python codec, label, text key, how the charset is declared)
CASES = [
    ("utf-8", "utf-8", "utf-8", "mixed", "decl"),
    ("utf-8", "utf-8", "utf-8", "mixed", "none"),
    ("utf-16le", "utf-16", "utf-16", "mixed", "none"),      # python's utf-16 writes a BOM
    ("utf-16be", "utf-16-be", "utf-16be", "mixed", "bomless"),
    ("utf-32", "utf-32", "utf-32", "mixed", "none"),        # with BOM
    ("iso-8859-1", "iso8859-1", "iso-8859-1", "western", "decl"),
    ("iso-8859-1", "iso8859-1", "iso-8859-1", "western", "http"),
    ("iso-8859-15", "iso8859-15", "iso-8859-15", "western15", "decl"),
    ("windows-1252", "cp1252", "windows-1252", "w1252", "decl"),
    ("windows-1252", "cp1252", "iso-8859-1", "w1252", "http"),  # the usual lie: Latin-1 label, windows-1252 bytes
    ("windows-1250", "cp1250", "windows-1250", "central", "decl"),
    ("windows-1251", "cp1251", "windows-1251", "russian", "decl"),
    ("windows-1251", "cp1251", "windows-1251", "russian", "http"),
    ("windows-1251", "cp1251", "windows-1251", "russian_koi8", "none"),
    ("koi8-r", "koi8_r", "koi8-r", "russian_koi8", "decl"),
    ("koi8-r", "koi8_r", "koi8-r", "russian_koi8", "none"),
    ("shift_jis", "shift_jis", "shift_jis", "japanese", "decl"),
    ("shift_jis", "shift_jis", "shift_jis", "japanese", "http"),
    ("gb2312", "gb2312", "gb2312", "chinese", "decl"),
    ("gb2312", "gb2312", "gb2312", "chinese", "none"),
]


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed(title, body, label, how):
    decl = f'<?xml version="1.0" encoding="{label}"?>\n' if how == "decl" else '<?xml version="1.0"?>\n' if how == "http" else ""
    return (f'{decl}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f'<title>Veltria Courier</title><link>http://courier.example/</link>\n'
            f'<item><title>{esc(title)}</title><link>http://courier.example/{label}/{how}</link>'
            f'<guid>{label}-{how}</guid><content:encoded><![CDATA[<p>{esc(body)}</p>]]></content:encoded></item>\n'
            f'</channel></rss>\n')


def page(title, body, label, how):
    meta = f'<meta charset="{label}">' if how == "decl" and label.startswith(("utf", "iso", "gb")) else \
           f'<meta http-equiv="Content-Type" content="text/html; charset={label}">' if how == "decl" else ""
    return (f'<!DOCTYPE html>\n<html><head>{meta}<title>{esc(title)} | Veltria Courier</title>'
            f'<meta property="og:site_name" content="Veltria Courier"></head>\n<body><nav><a href="/">Home</a></nav>'
            f'<article><h1>{esc(title)}</h1><p>{esc(body)}</p><p>{esc(body)}</p></article></body></html>\n')


expected = {}
for stem, codec, label, key, how in CASES:
    title, body = TEXTS[key]
    name = f"{stem}.{how}"
    for kind, make in (("xml", feed), ("html", page)):
        with open(f"{name}.{kind}", "wb") as out:
            out.write(make(title, body, label, how).encode(codec))
    expected[name] = {"label": label, "title": title, "text": body}
with open("expected.json", "w", encoding="utf-8") as out:
    json.dump(expected, out, ensure_ascii=False, indent=1)
