class FigureError(ValueError):
    """Figure data that cannot be drawn: the message names the field, joint or value at fault."""
