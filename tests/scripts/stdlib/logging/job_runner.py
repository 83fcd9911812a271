# A small job runner as a host plugin might write it: module loggers, a custom formatter,
# a filter counting errors, an adapter carrying the job id, failures logged with tracebacks.
import io
import logging
import sys
from dataclasses import dataclass, field

LOG = logging.getLogger("runner")


class CountingFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.counts = {}

    def filter(self, record):
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1
        return True


class OneLineErrors(logging.Formatter):
    def formatException(self, ei):
        return "  caused by %r" % (ei[1],)


class JobAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[job %s] %s" % (self.extra["job"], msg), kwargs


@dataclass
class Job:
    name: str
    steps: list = field(default_factory=list)


def step_parse(data):
    return [int(x) for x in data.split(",")]


def step_total(values):
    if not values:
        raise ValueError("nothing to add")
    return sum(values)


def run(job, data):
    log = JobAdapter(LOG.getChild(job.name), {"job": job.name})
    log.info("starting with %r", data)
    value = data
    for step in job.steps:
        log.debug("step %s", step.__name__)
        try:
            value = step(value)
        except Exception:
            log.exception("step %s failed", step.__name__)
            return None
    log.info("result %s", value)
    return value


def main():
    counter = CountingFilter()
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(OneLineErrors("%(levelname)-7s %(name)s: %(message)s"))
    out.addFilter(counter)
    LOG.addHandler(out)
    LOG.setLevel(logging.DEBUG)
    LOG.propagate = False

    errors = io.StringIO()
    err_handler = logging.StreamHandler(errors)
    err_handler.setLevel(logging.ERROR)
    err_handler.setFormatter(logging.Formatter("%(name)s|%(funcName)s|%(message)s"))
    LOG.addHandler(err_handler)

    jobs = [Job("sum", [step_parse, step_total]), Job("bad", [step_parse, step_total])]
    results = {}
    for job, data in zip(jobs, ["1,2,3", "4,x"]):
        results[job.name] = run(job, data)
    LOG.getChild("empty").setLevel(logging.WARNING)
    run(Job("empty", [step_total]), [])
    LOG.info("results: %s", results)
    LOG.warning("counts: %s", sorted(counter.counts.items()))
    print("errors seen:")
    for line in errors.getvalue().splitlines():
        if not line.startswith("  File"):
            print("  " + line)


main()
