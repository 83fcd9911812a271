import logging

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for value in (50, 40, 30, 20, 10, 0, 5, 25, "INFO", "WARN", "FATAL", "NOPE", None):
    print(repr(value), "->", repr(logging.getLevelName(value)))

logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items()))
mapping["X"] = 1
print("X" in logging.getLevelNamesMapping())

log = logging.getLogger("levels")
for level in ("DEBUG", 15, "NOTICE", logging.ERROR):
    log.setLevel(level)
    print(level, log.level, log.getEffectiveLevel(), log.isEnabledFor(20), log.isEnabledFor(40))

for bad in ("BOGUS", 1.5, None, [10]):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    log.log("INFO", "message")
except TypeError as e:
    print("TypeError", e)

try:
    logging.Handler(level="LOUD")
except ValueError as e:
    print("ValueError", e)

# disable: everything at or below the level is off, for every logger.
log.setLevel(logging.DEBUG)
logging.disable(logging.INFO)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
logging.disable()
print(log.isEnabledFor(logging.ERROR), log.isEnabledFor(logging.CRITICAL + 1))
logging.disable(logging.NOTSET)
print(log.isEnabledFor(logging.DEBUG))
try:
    logging.disable("LOUDER")
except ValueError as e:
    print("ValueError", e)
print(logging.root.manager.disable)
