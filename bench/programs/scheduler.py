# Task scheduler simulation in the spirit of the Richards benchmark: a scheduler
# runs prioritised tasks (an idle task, workers, handlers, devices) that pass
# message packets to each other, block on empty queues and are woken when a
# packet arrives. Exercises classes with inheritance, virtual method dispatch,
# attribute reads/writes and linked lists of objects.
import sys


class Packet:
    __slots__ = ("link", "sender", "kind", "value", "data")

    def __init__(self, sender, kind):
        self.link = None
        self.sender = sender
        self.kind = kind
        self.value = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, scheduler, ident, priority):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = None       # first waiting packet
        self.waiting = False    # blocked until a packet arrives
        self.held = False       # suspended by another task
        self.runs = 0

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def enqueue(self, packet):
        packet.link = None
        if self.queue is None:
            self.queue = packet
        else:
            last = self.queue
            while last.link is not None:
                last = last.link
            last.link = packet

    def dequeue(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            packet.link = None
        return packet

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    """Alternately releases the two devices, driven by a pseudo-random bit."""

    def __init__(self, scheduler, ident, count):
        Task.__init__(self, scheduler, ident, 0)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.scheduler.stop()
            return
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.scheduler.release(5)
        else:
            self.seed >>= 1
            self.scheduler.release(4)


class WorkerTask(Task):
    """Fills packets with letters and sends them to the two handlers in turn."""

    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority)
        self.target = 2
        self.letter = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return
        self.target = 3 if self.target == 2 else 2
        packet.value = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        self.scheduler.send(packet, self.target)


class HandlerTask(Task):
    """Keeps work packets and device packets; hands one data item per device packet."""

    def __init__(self, scheduler, ident, priority, device):
        Task.__init__(self, scheduler, ident, priority)
        self.device = device
        self.work = []
        self.devices = []

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work.append(packet)
            else:
                self.devices.append(packet)
        if self.work:
            work = self.work[0]
            if work.value >= 4:
                self.work.pop(0)
                self.scheduler.send(work, work.sender)
                return
            if self.devices:
                dev = self.devices.pop()
                dev.value = work.data[work.value]
                work.value += 1
                self.scheduler.send(dev, self.device)
                return
        self.waiting = True


class DeviceTask(Task):
    """Holds one packet at a time and gives it back to its handler when released."""

    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority)
        self.pending = None
        self.total = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return
            done = self.pending
            self.pending = None
            self.scheduler.send(done, done.sender)
            return
        self.pending = packet
        self.total += packet.value
        self.held = True


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.running = True
        self.sends = 0
        self.switches = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
        return task

    def find(self, ident):
        for task in self.tasks:
            if task.ident == ident:
                return task
        raise KeyError(ident)

    def stop(self):
        self.running = False

    def release(self, ident):
        self.find(ident).held = False

    def send(self, packet, ident):
        self.sends += 1
        target = self.find(ident)
        target.enqueue(packet)
        target.waiting = False

    def run(self):
        while self.running:
            for task in self.tasks:
                if task.runnable():
                    break
            else:
                break
            self.switches += 1
            task.runs += 1
            task.step(task.dequeue())


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, 1, count))
    worker = s.add(WorkerTask(s, 6, 1000))
    s.add(HandlerTask(s, 2, 2000, 4))
    s.add(HandlerTask(s, 3, 3000, 5))
    s.add(DeviceTask(s, 4, 4000))
    s.add(DeviceTask(s, 5, 5000))
    worker.enqueue(Packet(6, "work"))
    worker.enqueue(Packet(6, "work"))
    for handler in (2, 3):
        target = s.find(handler)
        for _ in range(3):
            target.enqueue(Packet(handler, "device"))
    return s


def main(count):
    s = build(count)
    s.run()
    runs = " ".join("%d:%d" % (t.ident, t.runs) for t in sorted(s.tasks, key=lambda t: t.ident))
    totals = s.find(4).total + s.find(5).total
    print("scheduler(%d): %d switches, %d sends, device total %d, runs %s" % (count, s.switches, s.sends, totals, runs))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
