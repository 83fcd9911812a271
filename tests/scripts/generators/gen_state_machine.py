def traffic_light():
    while True:
        for color, duration in (("green", 3), ("yellow", 1), ("red", 2)):
            for _ in range(duration):
                yield color
light = traffic_light()
print([next(light) for _ in range(8)])
def parse_csv_line(line):
    field = ""
    state = "start"
    for ch in line + "\n":
        if state in ("start", "unquoted"):
            if ch == '"' and state == "start":
                state = "quoted"
            elif ch in ",\n":
                yield field
                field, state = "", "start"
            else:
                field += ch
                state = "unquoted"
        elif state == "quoted":
            if ch == '"':
                state = "after_quote"
            else:
                field += ch
        elif state == "after_quote":
            if ch == '"':
                field += '"'
                state = "quoted"
            elif ch in ",\n":
                yield field
                field, state = "", "start"
print(list(parse_csv_line('a,b,"c,d","say ""hi""",,end')))
print(list(parse_csv_line("")), list(parse_csv_line('""')))
def vending():
    credit = 0
    while True:
        action = yield credit
        if isinstance(action, int):
            credit += action
        elif action == "buy":
            if credit >= 3:
                credit -= 3
                print("  dispensed; credit left", credit)
            else:
                print("  need", 3 - credit, "more")
        elif action == "refund":
            print("  refunded", credit)
            credit = 0
v = vending()
next(v)
for a in [1, "buy", 2, 2, "buy", "buy", "refund", 5]:
    print(repr(a), "->", v.send(a))
