# A toy shell over a virtual file system, dispatching with structural pattern matching.


class ShellError(Exception):
    pass


class Shell:
    def __init__(self):
        self.root = {"home": {"user": {"notes.txt": "buy milk\ncall bob\n"}}, "tmp": {}}
        self.cwd = ["home", "user"]
        self.history = []
        self.env = {"USER": "user", "SHELL": "pysh"}
        self.aliases = {"ll": "ls -l"}

    def path_parts(self, path):
        parts = [] if path.startswith("/") else list(self.cwd)
        for piece in path.split("/"):
            match piece:
                case "" | ".":
                    continue
                case "..":
                    if parts:
                        parts.pop()
                case name:
                    parts.append(name)
        return parts

    def lookup(self, parts):
        node = self.root
        for i, name in enumerate(parts):
            if not isinstance(node, dict) or name not in node:
                raise ShellError(f"no such file or directory: /{'/'.join(parts[:i + 1])}")
            node = node[name]
        return node

    def parent_and_name(self, path):
        parts = self.path_parts(path)
        if not parts:
            raise ShellError("cannot operate on /")
        parent = self.lookup(parts[:-1])
        if not isinstance(parent, dict):
            raise ShellError(f"not a directory: /{'/'.join(parts[:-1])}")
        return parent, parts[-1]

    def expand(self, word):
        if word.startswith("$"):
            return self.env.get(word[1:], "")
        return word

    def run(self, line):
        self.history.append(line)
        words = [self.expand(w) for w in line.split()]
        if words and words[0] in self.aliases:
            words = self.aliases[words[0]].split() + words[1:]
        match words:
            case []:
                return None
            case ["pwd"]:
                return "/" + "/".join(self.cwd)
            case ["cd"]:
                self.cwd = ["home", self.env["USER"]]
            case ["cd", path]:
                parts = self.path_parts(path)
                if not isinstance(self.lookup(parts), dict):
                    raise ShellError(f"not a directory: {path}")
                self.cwd = parts
            case ["ls", *flags, path] if flags in ([], ["-l"]) and not path.startswith("-"):
                return self.listing(self.lookup(self.path_parts(path)), long=bool(flags))
            case ["ls"] | ["ls", "-l"] as cmd:
                return self.listing(self.lookup(self.cwd), long=len(cmd) == 2)
            case ["mkdir", *names] if names:
                for n in names:
                    parent, name = self.parent_and_name(n)
                    if name in parent:
                        raise ShellError(f"mkdir: {n}: exists")
                    parent[name] = {}
            case ["touch", name]:
                parent, leaf = self.parent_and_name(name)
                parent.setdefault(leaf, "")
            case ["echo", *text, ">", target]:
                parent, leaf = self.parent_and_name(target)
                parent[leaf] = " ".join(text) + "\n"
            case ["echo", *text, ">>", target]:
                parent, leaf = self.parent_and_name(target)
                parent[leaf] = parent.get(leaf, "") + " ".join(text) + "\n"
            case ["echo", *text]:
                return " ".join(text)
            case ["cat", *files] if files:
                out = []
                for f in files:
                    node = self.lookup(self.path_parts(f))
                    if isinstance(node, dict):
                        raise ShellError(f"cat: {f}: is a directory")
                    out.append(node)
                return "".join(out).rstrip("\n")
            case ["rm", "-r" | "-rf", path] | ["rmdir", path]:
                parent, leaf = self.parent_and_name(path)
                if leaf not in parent:
                    raise ShellError(f"rm: {path}: not found")
                del parent[leaf]
            case ["rm", path]:
                parent, leaf = self.parent_and_name(path)
                if isinstance(parent.get(leaf), dict):
                    raise ShellError(f"rm: {path}: is a directory")
                if parent.pop(leaf, None) is None:
                    raise ShellError(f"rm: {path}: not found")
            case ["wc", path]:
                text = self.lookup(self.path_parts(path))
                return f"{text.count(chr(10))} {len(text.split())} {len(text)} {path}"
            case ["export", assignment] if "=" in assignment:
                key, _, value = assignment.partition("=")
                self.env[key] = value
            case ["history", ("-n" | "--count")]:
                return str(len(self.history))
            case ["history"]:
                return "\n".join(f"{i:>3}  {cmd}" for i, cmd in enumerate(self.history, 1))
            case ["tree"]:
                return "\n".join(self.tree(self.lookup(self.cwd), 0))
            case [("exit" | "quit")]:
                return "bye"
            case [cmd, *args]:
                raise ShellError(f"{cmd}: command not found (args={args})")

    def listing(self, node, long=False):
        if not isinstance(node, dict):
            return "(file)"
        if not long:
            return "  ".join(sorted(node)) or "(empty)"
        rows = []
        for name in sorted(node):
            child = node[name]
            kind = "d" if isinstance(child, dict) else "-"
            size = len(child) if isinstance(child, (dict, str)) else 0
            rows.append(f"{kind} {size:>5} {name}")
        return "\n".join(rows) or "(empty)"

    def tree(self, node, depth):
        for name in sorted(node):
            child = node[name]
            yield "  " * depth + name + ("/" if isinstance(child, dict) else "")
            if isinstance(child, dict):
                yield from self.tree(child, depth + 1)


script = [
    "pwd", "ls", "cat notes.txt", "mkdir projects docs", "ll", "cd projects",
    "echo hello world > readme.md", "echo second line >> readme.md", "cat readme.md",
    "wc readme.md", "touch empty.txt", "ls -l .", "cd ../docs", "pwd", "cd /tmp",
    "ls", "cd /nope", "cat /home/user/projects", "rm /home/user/docs",
    "rm -r /home/user/docs", "export GREETING=hi", "echo $GREETING $USER", "cd",
    "tree", "frobnicate --all now", "mkdir", "cd notes.txt", "rm ghost.txt",
    "", "history -n", "cat notes.txt projects/readme.md", "exit",
]
shell = Shell()
for line in script:
    try:
        result = shell.run(line)
    except ShellError as e:
        result = f"error: {e}"
    print(f"$ {line}")
    if result is not None:
        for out in result.splitlines():
            print("  " + out)
print("--- history ---")
print(shell.run("history"))
