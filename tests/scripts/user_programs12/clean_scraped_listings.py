"""Clean product listings scraped from HTML: entities, tags, whitespace, prices, units, descriptions."""
import html
import json
import re
import textwrap
from collections import Counter
from dataclasses import dataclass, asdict
from typing import Optional

SCRAPED = [
    {"title": "  Stainless&nbsp;Steel   Kettle &ndash; 1.7&nbsp;L ", "price": "$34.99",
     "desc": "<p>Boils water <b>fast</b>.<br>Auto shut-off &amp; boil-dry protection.</p><p>Cord length: 75 cm</p>",
     "rating": "4.5 out of 5 stars", "sku": "KTL-0017"},
    {"title": "CERAMIC MUG (set of 4) &#8211; 350ml", "price": "EUR 19,50",
     "desc": "Dishwasher &amp; microwave safe.\n\n\n  Hand-glazed;   each mug is unique &#x1F600;",
     "rating": "3.9/5", "sku": " mug-0350 "},
    {"title": "Chef&#39;s Knife 8&quot; &lt;Pro Series&gt;", "price": "£ 1.249,00",
     "desc": "<ul><li>High-carbon steel</li><li>Full tang</li><li>Pakkawood handle</li></ul>",
     "rating": "", "sku": "KNF-008"},
    {"title": "Cast-iron skillet, 26cm", "price": "USD 45",
     "desc": "Pre-seasoned. <script>track()</script>Oven safe to 260&deg;C / 500&deg;F.",
     "rating": "4,8 von 5", "sku": "SKL-26"},
    {"title": "Glass storage jars x6 (0.5 l)", "price": "Call for price",
     "desc": "&lt;b&gt;escaped markup&lt;/b&gt; stays text &copy; 2024", "rating": "5 stars", "sku": "JAR-05"},
]

TAG = re.compile(r"<(/?)(\w+)[^>]*>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
PRICE = re.compile(r"^(?P<cur>[$£€]|[A-Z]{3})?\s*(?P<num>\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?|\d+)$")
CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}
VOLUME = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ml|l|L)\b")


@dataclass
class Listing:
    sku: str
    title: str
    currency: Optional[str]
    price: Optional[float]
    rating: Optional[float]
    volume_ml: Optional[float]
    description: str


def strip_html(text: str) -> str:
    text = SCRIPT.sub("", text)
    text = re.sub(r"<li[^>]*>", "\n• ", text)
    text = re.sub(r"<br\s*/?>|</p>", "\n", text)
    text = TAG.sub("", text)
    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def parse_price(text: str):
    text = text.strip()
    m = PRICE.match(text)
    if not m:
        m = PRICE.match(re.sub(r"(?<=[A-Z$£€])\s+", "", text))
    if not m:
        return None, None
    num = m["num"]
    # decide which separator is the decimal one: the last one followed by 1-2 digits
    dec = re.search(r"[.,](\d{1,2})$", num)
    if dec:
        whole = re.sub(r"[.,]", "", num[:dec.start()])
        value = float(f"{whole}.{dec.group(1)}")
    else:
        value = float(re.sub(r"[.,]", "", num))
    cur = m["cur"]
    return CURRENCY.get(cur, cur), value


def parse_rating(text: str):
    m = re.match(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:/|out of|von)?\s*(\d+)?", text)
    if not m or not text.strip():
        return None
    value = float(m.group(1).replace(",", "."))
    scale = float(m.group(2) or 5)
    return round(value / scale * 5, 2)


def parse_volume(title: str):
    m = VOLUME.search(title)
    if not m:
        return None
    qty = float(m.group(1).replace(",", "."))
    return qty * 1000 if m.group(2).lower() == "l" else qty


cleaned = []
for raw in SCRAPED:
    title = " ".join(html.unescape(raw["title"]).split())
    cur, price = parse_price(raw["price"])
    item = Listing(raw["sku"].strip().upper(), title, cur, price, parse_rating(raw["rating"]),
                   parse_volume(title), strip_html(raw["desc"]))
    cleaned.append(item)

for item in cleaned:
    price = f"{item.currency} {item.price:,.2f}" if item.price is not None else "n/a"
    stars = "★" * round(item.rating or 0) + "☆" * (5 - round(item.rating or 0))
    print(f"{item.sku:<9} {item.title}")
    print(f"{'':9} price: {price:<14} rating: {stars} ({item.rating})  volume: {item.volume_ml}")
    for para in item.description.split("\n"):
        print(textwrap.fill(para, width=56, initial_indent=" " * 10, subsequent_indent=" " * 12))
    print()

print(json.dumps([asdict(c) for c in cleaned[:2]], ensure_ascii=False, indent=1))
print(json.dumps(cleaned[2].title))
words = Counter(w.lower() for c in cleaned for w in re.findall(r"[a-zA-Z]{4,}", c.description))
print("frequent words:", words.most_common(5))
print(html.escape(cleaned[2].title), "|", html.escape("a 'quoted' \"text\"", quote=False))
for entity in ("&amp;amp;", "&#0;", "&#x110000;", "&#128512;", "&lt", "&AElig;", "&#65;&#x42;&#067;", "&bogus;"):
    print(f"{entity!r:22} -> {html.unescape(entity)!r}")
