class Config:
    def __init__(self):
        self.debug = False
c = Config()
print(c.debug)
print(c.verbose)
