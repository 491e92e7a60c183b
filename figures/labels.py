"""Accessible names for mirrored figures: the other side's words."""

import re

SWAPS = {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}
SWAPS |= {"LEFT": "RIGHT", "RIGHT": "LEFT"}
WORD = re.compile(r"\b(left|right|Left|Right|LEFT|RIGHT)\b")


def mirror_label(text: str) -> str:
    """Swap left and right, so the mirrored drawing's name describes the other side."""
    return WORD.sub(lambda m: SWAPS[m.group(0)], text)
