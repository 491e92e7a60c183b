"""SVG markup for shapes: classes only (no ids, no inline style, no colours), integer numbers,
and SMIL `<animate>` for any attribute that changes along the loop."""

from html import escape

from .draw import HALO, Shape

HALOED = {"fig-body", "fig-torso", "fig-head"}
# Nested <svg> viewports clip without a clipPath, which would need an id.
NEST = (
    '<svg x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}"'
    ' viewBox="0 0 {vw:.0f} {vh:.0f}">{inner}</svg>'
)


def num(v: float) -> str:
    return str(round(v))


def path_data(shape: Shape) -> str:
    p = [(num(x), num(y)) for x, y in shape.pts]
    if shape.kind == "line":
        return "M" + "L".join(f"{x} {y}" for x, y in p)
    if shape.kind == "curve":
        (x0, y0), (x1, y1), (x2, y2) = p
        return f"M{x0} {y0}Q{x1} {y1} {x2} {y2}"
    if shape.kind == "poly":
        return "M" + "L".join(f"{x} {y}" for x, y in p) + "Z"
    # Smooth closed outline: each vertex is a control point between midpoints.
    pts, n = shape.pts, len(shape.pts)
    mids = [
        ((pts[i][0] + pts[(i + 1) % n][0]) / 2, (pts[i][1] + pts[(i + 1) % n][1]) / 2)
        for i in range(n)
    ]
    out = f"M{num(mids[-1][0])} {num(mids[-1][1])}"
    for i in range(n):
        out += f"Q{num(pts[i][0])} {num(pts[i][1])} {num(mids[i][0])} {num(mids[i][1])}"
    return out + "Z"


def attrs(shape: Shape, scale: float) -> dict[str, str]:
    if shape.kind == "circle":
        ((x, y),) = shape.pts
        return {"cx": num(x), "cy": num(y), "r": num(shape.radius * scale) if shape.radius else "0"}
    return {"d": path_data(shape)}


class Timing:
    def __init__(self, times: list[float], splines: list[str]) -> None:
        total = times[-1]
        self.dur = f"{total:g}s"
        self.key_times = ";".join(f"{t / total:.3f}".rstrip("0").rstrip(".") for t in times)
        self.splines = ";".join(splines)

    def animate(self, name: str, values: list[str]) -> str:
        return (
            f'<animate attributeName="{name}" dur="{self.dur}" repeatCount="indefinite"'
            f' calcMode="spline" keyTimes="{self.key_times}" keySplines="{self.splines}"'
            f' values="{";".join(values)}"/>'
        )


def element(
    frames: list[Shape], scale: float, timing: Timing | None, cls: str | None = None
) -> str:
    first = frames[0]
    tag = "circle" if first.kind == "circle" else "path"
    per_frame = [attrs(f, scale) for f in frames]
    static = dict(per_frame[0])
    extra = ""
    width = first.width * scale
    if cls == "fig-halo":
        width = width + 2 * HALO * scale
    if width:
        extra = f' stroke-width="{num(width) if width >= 1.5 else f"{width:.1f}"}"'
    kids = ""
    if timing is not None:
        for name in static:
            values = [a[name] for a in per_frame]
            if len(set(values)) > 1:
                kids += timing.animate(name, values)
    a = " ".join(f'{k}="{v}"' for k, v in static.items())
    head = f'<{tag} class="{cls or first.cls}" {a}{extra}'
    return f"{head}>{kids}</{tag}>" if kids else f"{head}/>"


def shapes(tracks: list[list[Shape]], scale: float, timing: Timing | None) -> str:
    """Each track is one shape through the loop's stops, already in drawing order."""
    out = []
    for frames in tracks:
        if frames[0].cls in HALOED:
            out.append(element(frames, scale, timing, "fig-halo"))
        out.append(element(frames, scale, timing))
    return "".join(out)


def root(view_box: str, label: str, classes: str, inner: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" role="img"'
        f' aria-label="{escape(label, quote=True)}" class="{classes}" focusable="false">'
        f"{inner}</svg>"
    )
