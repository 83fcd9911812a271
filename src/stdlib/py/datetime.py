import time as _time
