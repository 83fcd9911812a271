class ShutdownRequested(Exception):
    pass
class Worker:
    def __init__(self, jobs):
        self.jobs = jobs
    def run(self):
        for job in self.jobs:
            if job == "stop":
                raise ShutdownRequested
            print("ran", job)
Worker(["a", "b"]).run()
Worker(["c", "stop", "d"]).run()
