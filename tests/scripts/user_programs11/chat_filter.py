"""Chat moderation: normalise messages, mask banned words, detect spam, summarise activity."""
import operator
import re
import string
import textwrap
from collections import Counter, defaultdict, deque

BANNED = ["darn", "heck", "noob"]
LEET = str.maketrans({"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "@": "a", "$": "s"})
BANNED_RE = re.compile(r"\b(" + "|".join(map(re.escape, BANNED)) + r")\b", re.IGNORECASE)
URL_RE = re.compile(r"https?://\S+|www\.\S+")
REPEAT_RE = re.compile(r"(.)\1{3,}")
PUNCT_TABLE = str.maketrans("", "", string.punctuation)


class Muted(Exception):
    pass


def normalise(text: str) -> str:
    text = text.translate(LEET)
    return REPEAT_RE.sub(r"\1\1", text)


def mask(match: re.Match) -> str:
    word = match.group(0)
    return word[0] + "*" * (len(word) - 1)


class Moderator:
    def __init__(self, strikes_to_mute: int = 3) -> None:
        self.strikes = Counter()
        self.recent = defaultdict(lambda: deque(maxlen=3))
        self.muted = set()
        self.limit = strikes_to_mute
        self.words = Counter()

    def handle(self, user: str, text: str) -> str:
        if user in self.muted:
            raise Muted(f"{user} is muted")
        clean = normalise(text)
        clean, n_bad = BANNED_RE.subn(mask, clean)
        clean, n_url = URL_RE.subn("[link removed]", clean)
        key = clean.lower().translate(PUNCT_TABLE).strip()
        if key and list(self.recent[user]).count(key) >= 2:
            n_bad += 1
            clean = "[spam removed]"
        self.recent[user].append(key)
        if n_bad or n_url:
            self.strikes[user] += n_bad + n_url
            if self.strikes[user] >= self.limit:
                self.muted.add(user)
        self.words.update(w for w in key.split() if len(w) > 3)
        return clean


mod = Moderator()
chat = [
    ("zara", "hello everyone!!!!!"), ("kim", "gg, you n00b"), ("zara", "check www.freegold.biz"),
    ("kim", "oh HECK that was close"), ("olu", "anyone want to trade swords?"),
    ("olu", "anyone want to trade swords?"), ("olu", "anyone want to trade swords?"),
    ("kim", "d4rn it"), ("kim", "sorry"), ("zara", "sooooo goooood"),
    ("olu", "trade swords, anyone?"), ("max", "see https://wiki.example/swords for builds"),
]
for user, text in chat:
    try:
        out = mod.handle(user, text)
        print(f"<{user}> {out}")
    except Muted as e:
        print(f"(blocked) {e}")

print("strikes:", sorted(mod.strikes.items(), key=operator.itemgetter(1, 0), reverse=True))
print("muted:", sorted(mod.muted))
print("top words:", mod.words.most_common(4))
print("recent olu:", list(mod.recent["olu"]))
rules = ("Be kind to other players. No spam, no links to third-party sites, and no trading "
         "real money for in-game items. Repeated violations lead to an automatic mute.")
print(textwrap.fill(rules, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.dedent("""\
    Commands:
      /mute <user>
      /report <user>"""))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.findall(r"@(\w+)", "hi @zara and @kim"))
print(BANNED_RE.sub(mask, "Darn NOOB"), string.punctuation[:8], "hello".translate(LEET))
print(sorted(Counter("mississippi").items(), key=operator.itemgetter(1), reverse=True))
m = re.search(r"(?P<user>\w+)#(?P<tag>\d{4})", "player zed#0042 joined")
print(m.group("user"), m["tag"], m.start(), m.groups())
try:
    re.compile("[a-")
except re.error as e:
    print("re.error:", e)
