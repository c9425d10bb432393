# An uncaught custom exception with a custom __str__.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "bad config key %r: %s" % (self.key, self.reason)
def load(conf):
    for k, v in conf.items():
        if v is None:
            raise ConfigError(k, "value is missing")
        print("loaded", k, v)
try:
    load({"a": 1, "b": None})
except ConfigError as e:
    print("handled:", e, e.args)
load({"x": 10, "y": 20, "z": None})
