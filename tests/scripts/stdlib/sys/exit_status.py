# An uncaught SystemExit from sys.exit ends the script with its status.
import sys

def main():
    print("running")
    return 4

sys.exit(main())
print("never")
