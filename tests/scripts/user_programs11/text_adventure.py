"""A tiny text-adventure command parser and world."""
import re
import textwrap
from collections import defaultdict
from enum import Enum


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"


ROOMS = {
    "hall": ("A draughty hall with portraits whose eyes seem to follow you around "
             "the room. Doors lead north and east.", {Dir.NORTH: "library", Dir.EAST: "kitchen"}),
    "library": ("Dusty shelves reach to the ceiling. A reading lamp flickers over an "
                "open book about forgotten kingdoms.", {Dir.SOUTH: "hall"}),
    "kitchen": ("Copper pots hang from hooks. Something smells burnt.", {Dir.WEST: "hall"}),
}
ITEMS = defaultdict(list, {"library": ["book", "lamp"], "kitchen": ["knife"]})
ALIASES = {"get": "take", "grab": "take", "l": "look", "i": "inventory", "go": "move"}
COMMAND_RE = re.compile(r"^(?P<verb>[a-z]+)(?:\s+(?:the\s+)?(?P<obj>[a-z]+))?$")


class ParseError(Exception):
    pass


def parse(line: str):
    line = re.sub(r"\s+", " ", line.strip().lower())
    if line in {d.value for d in Dir} or line in {d.name.lower() for d in Dir}:
        return "move", line
    m = COMMAND_RE.match(line)
    if not m:
        raise ParseError(f"I don't understand {line!r}")
    verb = ALIASES.get(m["verb"], m["verb"])
    return verb, m.group("obj")


def to_dir(word: str) -> Dir:
    for d in Dir:
        if word in (d.value, d.name.lower()):
            return d
    raise ParseError(f"{word!r} is not a direction")


room = "hall"
inventory = []
script = ["look", "go north", "take   the book", "grab lamp", "take sword", "i",
          "s", "east", "get knife", "dance wildly!", "move up", "w", "l", "drop book"]
for line in script:
    print(f"> {line}")
    try:
        verb, obj = parse(line)
        if verb == "look":
            desc, exits = ROOMS[room]
            print(textwrap.fill(desc, width=44, initial_indent="  ", subsequent_indent="  "))
            print("  exits:", ", ".join(d.name.lower() for d in exits))
            if ITEMS[room]:
                print("  you see:", ", ".join(sorted(ITEMS[room])))
        elif verb == "move":
            d = to_dir(obj)
            if d not in ROOMS[room][1]:
                print("  you can't go that way")
            else:
                room = ROOMS[room][1][d]
                print(f"  you walk {d.name.lower()} to the {room}")
        elif verb == "take":
            if obj in ITEMS[room]:
                ITEMS[room].remove(obj)
                inventory.append(obj)
                print(f"  taken: {obj}")
            else:
                print(f"  there is no {obj} here")
        elif verb == "inventory":
            print("  carrying:", inventory or "nothing")
        else:
            raise ParseError(f"unknown verb {verb!r}")
    except ParseError as e:
        print("  ?", e)

print(textwrap.dedent("""
    Summary
      room: {}
      items: {}
""").format(room, inventory).strip())
print(textwrap.shorten(ROOMS["library"][0], width=40, placeholder=" ..."))
print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 12))
print(repr(Dir.EAST), Dir("w"), [d.value for d in Dir])
print(re.findall(r"\b\w{6,}\b", ROOMS["hall"][0]))
print(dict(ITEMS))
