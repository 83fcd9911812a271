# A tiny stack-based bytecode VM with a compiler for a small language.
#
# Language (one statement per line):
#   let NAME = EXPR        assignment (EXPR: tokens in RPN, e.g. "n 1 -")
#   while EXPR             loop while EXPR != 0
#   end
#   print EXPR

OPCODES = {
    "HALT": 0x00, "PUSH": 0x01, "LOAD": 0x02, "STORE": 0x03, "ADD": 0x10, "SUB": 0x11,
    "MUL": 0x12, "DIV": 0x13, "MOD": 0x14, "LT": 0x20, "GT": 0x21, "EQ": 0x22,
    "JMP": 0x30, "JZ": 0x31, "PRINT": 0x40, "DUP": 0x50, "POP": 0x51,
}
NAMES = {v: k for k, v in OPCODES.items()}
ARG_SIZE = {"PUSH": 4, "LOAD": 1, "STORE": 1, "JMP": 2, "JZ": 2}
BINOPS = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "<": "LT", ">": "GT", "==": "EQ"}


class CompileError(Exception):
    pass


class VMError(Exception):
    pass


class Compiler:
    def __init__(self):
        self.code = bytearray()
        self.slots = {}

    def emit(self, op, arg=None):
        self.code.append(OPCODES[op])
        if op == "PUSH":
            self.code += arg.to_bytes(4, "little", signed=True)
        elif op in ("LOAD", "STORE"):
            self.code.append(arg)
        elif op in ("JMP", "JZ"):
            self.code += arg.to_bytes(2, "little")
        return len(self.code)

    def slot(self, name, create=False):
        if name not in self.slots:
            if not create:
                raise CompileError(f"variable {name!r} used before assignment")
            self.slots[name] = len(self.slots)
        return self.slots[name]

    def expr(self, tokens):
        for tok in tokens:
            if tok.lstrip("-").isdigit():
                self.emit("PUSH", int(tok))
            elif tok in BINOPS:
                self.emit(BINOPS[tok])
            elif tok.isidentifier():
                self.emit("LOAD", self.slot(tok))
            else:
                raise CompileError(f"bad token {tok!r}")

    def compile(self, source):
        loops = []
        for lineno, line in enumerate(source.strip().splitlines(), 1):
            match line.split():
                case ["let", name, "=", *rpn] if rpn:
                    self.expr(rpn)
                    self.emit("STORE", self.slot(name, create=True))
                case ["while", *rpn] if rpn:
                    top = len(self.code)
                    self.expr(rpn)
                    patch_at = self.emit("JZ", 0) - 2
                    loops.append((top, patch_at))
                case ["end"]:
                    if not loops:
                        raise CompileError(f"line {lineno}: 'end' without 'while'")
                    top, patch_at = loops.pop()
                    self.emit("JMP", top)
                    self.code[patch_at:patch_at + 2] = len(self.code).to_bytes(2, "little")
                case ["print", *rpn] if rpn:
                    self.expr(rpn)
                    self.emit("PRINT")
                case []:
                    continue
                case _:
                    raise CompileError(f"line {lineno}: cannot parse {line.strip()!r}")
        if loops:
            raise CompileError("unterminated while")
        self.emit("HALT")
        return bytes(self.code)


def disassemble(code):
    pc = 0
    lines = []
    while pc < len(code):
        op = NAMES.get(code[pc], f"?{code[pc]:02x}")
        size = ARG_SIZE.get(op, 0)
        raw = code[pc + 1:pc + 1 + size]
        arg = "" if not size else str(int.from_bytes(raw, "little", signed=(op == "PUSH")))
        lines.append(f"{pc:04d}  {code[pc:pc + 1 + size].hex(' '):<15} {op:<6} {arg}".rstrip())
        pc += 1 + size
    return lines


def run(code, nslots=16, max_steps=100_000):
    stack, slots, output = [], [0] * nslots, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op = code[pc]
        pc += 1
        match op:
            case 0x00:
                return output, steps
            case 0x01:
                stack.append(int.from_bytes(code[pc:pc + 4], "little", signed=True))
                pc += 4
            case 0x02:
                stack.append(slots[code[pc]])
                pc += 1
            case 0x03:
                slots[code[pc]] = stack.pop()
                pc += 1
            case 0x10 | 0x11 | 0x12 | 0x13 | 0x14 | 0x20 | 0x21 | 0x22:
                if len(stack) < 2:
                    raise VMError(f"stack underflow at {pc - 1}")
                b, a = stack.pop(), stack.pop()
                match NAMES[op]:
                    case "ADD": stack.append(a + b)
                    case "SUB": stack.append(a - b)
                    case "MUL": stack.append(a * b)
                    case "DIV" | "MOD" if b == 0:
                        raise VMError(f"division by zero at {pc - 1}")
                    case "DIV": stack.append(a // b)
                    case "MOD": stack.append(a % b)
                    case "LT": stack.append(int(a < b))
                    case "GT": stack.append(int(a > b))
                    case "EQ": stack.append(int(a == b))
            case 0x30:
                pc = int.from_bytes(code[pc:pc + 2], "little")
            case 0x31:
                target = int.from_bytes(code[pc:pc + 2], "little")
                pc = target if stack.pop() == 0 else pc + 2
            case 0x40:
                output.append(stack.pop())
            case 0x50:
                stack.append(stack[-1])
            case 0x51:
                stack.pop()
            case unknown:
                raise VMError(f"bad opcode 0x{unknown:02x} at {pc - 1}")


FACTORIAL = """
let n = 10
let acc = 1
while n 0 >
  let acc = acc n *
  let n = n 1 -
end
print acc
"""

FIBONACCI = """
let a = 0
let b = 1
let i = 0
while i 12 <
  print a
  let t = a b +
  let a = b
  let b = t
  let i = i 1 +
end
"""

for title, src in [("factorial", FACTORIAL), ("fibonacci", FIBONACCI)]:
    c = Compiler()
    code = c.compile(src)
    print(f"== {title}: {len(code)} bytes, slots={c.slots} ==")
    print("\n".join(disassemble(code)))
    out, steps = run(code)
    print(f"output: {out} ({steps} steps)")

big = Compiler().compile("let x = 1\nlet k = 0\nwhile k 40 <\nlet x = x 3 *\nlet k = k 1 +\nend\nprint x\nprint -7 2 /\nprint -7 2 %")
print("== big numbers ==", run(big)[0])

print("== errors ==")
for bad_src in ["print y", "let x = 1\nend", "while 1\nprint 1", "let x = 2 $", "jump 4", "print 1 0 /"]:
    try:
        print(run(Compiler().compile(bad_src))[0])
    except (CompileError, VMError) as e:
        print(f"{type(e).__name__}: {e}")
for raw in [bytes([0x10, 0x00]), bytes([0x01, 1, 0, 0, 0, 0x99]), bytes([0x30, 0, 0])]:
    try:
        run(raw, max_steps=1000)
    except VMError as e:
        print(f"{raw.hex(' ')}: VMError: {e}")
print("\n".join(disassemble(bytes([0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x77, 0x40, 0x00]))))
