from .. import util
from ..shapes import Square

deep_value = util.double(21)
deep_square = Square(3)
