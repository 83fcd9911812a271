"""A tiny text adventure driven by a scripted list of commands."""


class Room:
    def __init__(self, name, description, items=None):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = list(items or [])
        self.locked = {}

    def connect(self, direction, other, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by

    def __repr__(self):
        return f"Room({self.name!r})"


class GameOver(Exception):
    pass


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.visited = {start.name}

    def look(self):
        r = self.room
        lines = [f"== {r.name} ==", r.description]
        if r.items:
            lines.append("You see: " + ", ".join(sorted(r.items)))
        lines.append("Exits: " + " ".join(sorted(r.exits)))
        return "\n".join(lines)

    def go(self, direction):
        if direction not in self.room.exits:
            return "You can't go that way."
        needed = self.room.locked.get(direction)
        if needed and needed not in self.inventory:
            return f"The way {direction} is locked. You need the {needed}."
        self.room = self.room.exits[direction]
        self.moves += 1
        self.visited.add(self.room.name)
        if self.room.name == "Treasury":
            raise GameOver(f"You found the treasure in {self.moves} moves!")
        return self.look()

    def take(self, item):
        if item in self.room.items:
            self.room.items.remove(item)
            self.inventory.append(item)
            return f"Taken: {item}"
        return f"There is no {item} here."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have a {item}."
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"Dropped: {item}"


def build_world():
    hall = Room("Hall", "A dusty entrance hall.", ["torch"])
    library = Room("Library", "Shelves full of old books.", ["key", "book"])
    kitchen = Room("Kitchen", "Smells of old bread.", ["bread"])
    treasury = Room("Treasury", "Gold everywhere!")
    hall.connect("north", library)
    hall.connect("east", kitchen)
    library.connect("south", hall)
    kitchen.connect("west", hall)
    kitchen.connect("down", treasury, locked_by="key")
    return hall


def play(commands):
    player = Player(build_world())
    print(player.look())
    handlers = {"go": player.go, "take": player.take, "drop": player.drop}
    try:
        for line in commands:
            print(f"> {line}")
            verb, _, arg = line.partition(" ")
            if verb == "look":
                print(player.look())
            elif verb == "inv":
                print("Carrying:", player.inventory or "nothing")
            elif verb in handlers:
                print(handlers[verb](arg))
            else:
                print(f"I don't understand {verb!r}.")
    except GameOver as win:
        print(win)
    print("Visited:", sorted(player.visited))


if __name__ == "__main__":
    play(["take torch", "go east", "go down", "go west", "go north", "take key",
          "take sword", "dance", "inv", "drop book", "drop torch", "go south",
          "go east", "go down", "look"])
