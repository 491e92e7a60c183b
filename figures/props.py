"""Props in room coordinates (H units, same frame as the figure's start pose): light-toned
outlines drawn behind the body. Sizes fit the base poses in poses.py."""

from .vec import Vec

Shape = tuple[str, tuple[Vec, ...], bool]  # (css class, points, closed and filled)


def box(x0: float, x1: float, y0: float, y1: float, z0: float, z1: float) -> tuple[Vec, ...]:
    """A flat quad: exactly one of the three spans is zero."""
    if y0 == y1:
        return ((x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1))
    if z0 == z1:
        return ((x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0))
    return ((x0, y0, z0), (x0, y1, z0), (x0, y1, z1), (x0, y0, z1))


def chair(back_top: float) -> list[Shape]:
    seat, front, rear, half = 0.245, 0.15, -0.1, 0.14
    out: list[Shape] = [("fig-prop-fill", box(-half, half, seat, seat, rear, front), True)]
    for x in (-half, half):
        out.append(("fig-prop", ((x, 0.0, front), (x, seat, front)), False))
        out.append(("fig-prop", ((x, 0.0, rear), (x, back_top, rear)), False))
    out.append(("fig-prop-fill", box(-half, half, back_top - 0.1, back_top, rear, rear), True))
    return out


def mat() -> list[Shape]:
    return [("fig-prop-fill", box(-0.3, 0.3, 0.0, 0.0, -0.75, 0.75), True)]


def doorway() -> list[Shape]:
    out: list[Shape] = []
    for x0, x1 in ((0.3, 0.4), (-0.4, -0.3)):
        out.append(("fig-prop-fill", box(x0, x1, 0.0, 1.2, 0.06, 0.06), True))
    out.append(("fig-prop-fill", box(-0.4, 0.4, 1.2, 1.28, 0.06, 0.06), True))
    return out


PROPS = {
    "chair": lambda: chair(0.62),
    "low-chair": lambda: chair(0.5),
    "floor": list,
    "mat": mat,
    "wall": lambda: [("fig-wall", box(-0.45, 0.45, 0.0, 1.2, -0.15, -0.15), True)],
    "wall-right": lambda: [("fig-wall", box(-0.36, -0.36, 0.0, 1.2, -0.55, 0.45), True)],
    "wall-left": lambda: [("fig-wall", box(0.36, 0.36, 0.0, 1.2, -0.55, 0.45), True)],
    "doorway": doorway,
    # Drawn from the pose each frame (render.py): a towel between the hands, a band to a door.
    "towel": list,
    "band": list,
}
BAND_ANCHOR: Vec = (0.0, 0.5, 0.75)
