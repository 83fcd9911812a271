# sys.exit with a message prints it and exits with status 1.
import sys

print("before")
sys.exit("fatal: bad config")
