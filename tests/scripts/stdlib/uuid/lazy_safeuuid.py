from uuid import SafeUUID, UUID
print(SafeUUID.unsafe, UUID(int=1, is_safe=None).is_safe, UUID(int=1).is_safe is SafeUUID.unknown)
print(UUID.__slots__, type(SafeUUID).__name__, SafeUUID.__qualname__, SafeUUID.__module__)
import uuid
try:
    uuid.nosuch
except AttributeError as e:
    print(e)
