# A small command interpreter driven by match, as people write them.

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def run(self, line):
        match line.split():
            case []:
                return "empty command"
            case ["quit" | "exit"]:
                return "bye"
            case ["add", name]:
                return self.add(name, 1)
            case ["add", name, count] if count.isdigit():
                return self.add(name, int(count))
            case ["add", name, count]:
                return f"bad count {count!r}"
            case ["remove", *names] if names:
                return "; ".join(self.remove(n) for n in names)
            case ["remove"]:
                return "remove what?"
            case ["show"]:
                return ", ".join(f"{k}={v}" for k, v in sorted(self.items.items())) or "nothing"
            case ["show", name]:
                match self.items.get(name):
                    case None:
                        return f"no {name}"
                    case 1:
                        return f"one {name}"
                    case n:
                        return f"{n} {name}s"
            case [("go" | "walk") as verb, ("north" | "south" | "east" | "west") as direction]:
                return f"{verb}ing {direction}"
            case ["go", *_]:
                return "go where?"
            case [cmd, *args]:
                return f"unknown command {cmd!r} with {len(args)} argument(s)"

    def add(self, name, count):
        self.items[name] = self.items.get(name, 0) + count
        self.log.append(("add", name, count))
        return f"added {count} {name}"

    def remove(self, name):
        match self.items.pop(name, None):
            case None:
                return f"no {name} to remove"
            case count:
                self.log.append(("remove", name, count))
                return f"removed {count} {name}"


inv = Inventory()
script = """
add apple
add pear 3
add plum x
show
show pear
show apple
show kiwi
remove apple kiwi
remove
go north
walk east
go up
go
dance wildly now

quit
"""
for line in script.strip("\n").split("\n"):
    print(f"> {line}")
    print(inv.run(line))

for entry in inv.log:
    match entry:
        case ("add", name, n) if n > 1:
            print("bulk add", name, n)
        case ("add", name, _):
            print("add", name)
        case ("remove", name, n):
            print("remove", name, n)


# A tiny stack machine with tuple instructions.
def execute(program):
    stack = []
    pc = 0
    while pc < len(program):
        match program[pc]:
            case ("push", value):
                stack.append(value)
            case ("add",):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("mul",):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ("jump_if_zero", target):
                if stack.pop() == 0:
                    pc = target
                    continue
            case ("dup",):
                stack.append(stack[-1])
            case ("print",):
                print("out:", stack[-1])
            case ("halt",):
                break
            case op:
                raise ValueError(f"bad instruction {op!r}")
        pc += 1
    return stack


print(execute([("push", 2), ("push", 3), ("add",), ("dup",), ("mul",), ("print",),
               ("push", 0), ("jump_if_zero", 9), ("push", 99), ("halt",)]))
try:
    execute([("push", 1), ("pop",)])
except ValueError as e:
    print("error:", e)
