from ..util import LOG
from .deep import deep_value

LOG.append("sub imported as " + __name__)
