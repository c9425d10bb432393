from .shapes import area, describe
