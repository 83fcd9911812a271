class Task:
    _ids = 0

    def __init__(self, title, priority="normal", tags=()):
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __str__(self):
        mark = "x" if self.done else " "
        tags = " " + " ".join("#" + t for t in sorted(self.tags)) if self.tags else ""
        return f"[{mark}] {self.id:>2}. {self.title} ({self.priority}){tags}"


class CommandError(Exception):
    pass


class TodoApp:
    PRIORITIES = ("low", "normal", "high")

    def __init__(self):
        self.tasks = {}

    def execute(self, line):
        cmd, *args = line.split()
        method = getattr(self, "cmd_" + cmd, None)
        if method is None:
            raise CommandError(f"unknown command: {cmd}")
        return method(*args)

    def _task(self, ident):
        try:
            return self.tasks[int(ident)]
        except ValueError:
            raise CommandError(f"not a task id: {ident!r}")
        except KeyError:
            raise CommandError(f"no task #{ident}")

    def cmd_add(self, *words):
        if not words:
            raise CommandError("add needs a title")
        tags = [w[1:] for w in words if w.startswith("#")]
        prio = next((w[1:] for w in words if w.startswith("!")), "normal")
        if prio not in self.PRIORITIES:
            raise CommandError(f"bad priority {prio!r}; choose from {', '.join(self.PRIORITIES)}")
        title = " ".join(w for w in words if w[0] not in "#!")
        task = Task(title, prio, tags)
        self.tasks[task.id] = task
        return f"added #{task.id}"

    def cmd_done(self, ident):
        task = self._task(ident)
        if task.done:
            return f"#{task.id} was already done"
        task.done = True
        return f"completed #{task.id}"

    def cmd_rm(self, ident):
        return f"removed: {self.tasks.pop(self._task(ident).id).title}"

    def cmd_list(self, filt=None):
        order = {p: i for i, p in enumerate(reversed(self.PRIORITIES))}

        def matches(task):
            if filt is None:
                return True
            if filt.startswith("#"):
                return filt[1:] in task.tags
            return task.priority == filt

        shown = [t for t in self.tasks.values() if matches(t)]
        shown.sort(key=lambda t: (t.done, order[t.priority], t.id))
        return "\n".join(map(str, shown)) or "(nothing to show)"

    def cmd_stats(self):
        done = sum(t.done for t in self.tasks.values())
        total = len(self.tasks)
        pct = done / total if total else 0
        return f"{done}/{total} done ({pct:.0%})"


app = TodoApp()
script = """
add buy milk #home
add fix login bug !high #work #urgent
add write report #work
add call mom !low
add water plants !someday
done 2
done 2
add
list
list #work
list low
rm 4
rm 40
done two
frobnicate
stats
done 1
done 3
list
stats
""".strip().splitlines()
for line in script:
    try:
        result = app.execute(line)
    except CommandError as e:
        result = f"error: {e}"
    print(f"$ {line}")
    for out in result.splitlines():
        print("  " + out)
