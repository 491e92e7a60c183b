"""render_figure: solve every stop of the loop, crop, order by depth and write the SVG."""

from . import draw, svg
from .draw import Shape
from .figure import Figure
from .render import CROP_POINTS, Scene

MARGIN, SIZE = 0.045, 160  # crop margin in H; longest side of the viewBox in user units


def _points(scene: Scene, solved_list: list, crop: str) -> list[tuple[float, float]]:
    names = CROP_POINTS[crop]
    return [scene.point(s, n) for s in solved_list for n in names]


def _fit(shapes: list[Shape], x0: float, y0: float, k: float) -> None:
    for s in shapes:
        s.pts = [((x - x0) * k, (y - y0) * k) for x, y in s.pts]


def _inside(shape: Shape, w: float, h: float) -> bool:
    xs, ys = [p[0] for p in shape.pts], [p[1] for p in shape.pts]
    return max(xs) > 0 and min(xs) < w and max(ys) > 0 and min(ys) < h


def render_figure(
    figure: Figure,
    *,
    still: bool = False,
    mirrored: bool = False,
    thumbnail: bool = False,
    label: str,
) -> str:
    """The figure as an inline `<svg>`: a loop and a still, or (still/thumbnail) the still only.

    A figure whose data names several stills shows every phase, as a reader needs them all when
    the loop cannot play: two (cat and cow) as one body over the other's light ghost, the way
    physiotherapy sheets draw two positions; more (the four neck tilts) as small copies.
    """
    scene = Scene(figure, mirrored)
    times, splines, joints = scene.stops()
    loop = [scene.solve(j) for j in joints]
    names = figure.still[:1] if thumbnail else figure.still
    stills = [scene.solve(figure.keyframe(n).joints) for n in names]
    start = loop[0]
    ghost = (
        []
        if thumbnail or not figure.ghost
        else scene.flat(draw.body(start, figure.camera, True, figure.ghost))
    )
    arrows: list[list[Shape]] = []
    for a in figure.arrows:
        arrows.append(scene.arrow(figure.keyframe(a.start), figure.keyframe(a.to), a))
    pts = _points(scene, loop + stills, figure.crop)
    pts += [p for group in arrows for s in group for p in s.pts]
    x0, y0 = min(p[0] for p in pts) - MARGIN, min(p[1] for p in pts) - MARGIN
    w, h = max(p[0] for p in pts) + MARGIN - x0, max(p[1] for p in pts) + MARGIN - y0
    k = SIZE / max(w, h)
    view_box = f"0 0 {round(w * k)} {round(h * k)}"
    ref = scene.shapes(stills[0])
    order = sorted(range(len(ref)), key=lambda i: ref[i].depth)
    extras = [s for group in arrows for s in group] + ghost
    _fit(extras, x0, y0, k)

    def tracks(frames: list[list[Shape]]) -> list[list[Shape]]:
        for shapes in frames:
            _fit(shapes, x0, y0, k)
        kept = [
            i
            for i in order
            if _inside(frames[0][i], w * k, h * k) or frames[0][i].cls.startswith("fig-body")
        ]
        return [[f[i] for f in frames] for i in kept]

    def static(shapes: list[Shape], arrows_for: list[Shape]) -> str:
        return (
            svg.shapes([[s] for s in ghost], k, None)
            + svg.shapes(tracks([shapes]), k, None)
            + svg.shapes([[s] for s in arrows_for], k, None)
        )

    every_arrow = [s for group in arrows for s in group]
    if len(stills) == 1:
        still_svg = static(scene.shapes(stills[0]), every_arrow)
    elif len(stills) == 2:
        behind = scene.flat(draw.body(stills[1], figure.camera, True))
        _fit(behind, x0, y0, k)
        still_svg = svg.shapes([[s] for s in behind], k, None) + static(
            scene.shapes(stills[0]), every_arrow
        )
    else:
        still_svg = ""
        cols = 2
        rows = (len(stills) + 1) // 2
        cw, ch = w * k / cols, h * k / cols
        top = (h * k - rows * ch) / 2
        for i, (name, solved) in enumerate(zip(names, stills, strict=True)):
            mine = [
                s
                for a, group in zip(figure.arrows, arrows, strict=True)
                if a.to == name
                for s in group
            ]
            tx, ty = (i % cols) * cw, top + (i // cols) * ch
            inner = static(scene.shapes(solved), mine)
            still_svg += svg.NEST.format(x=tx, y=ty, w=cw, h=ch, vw=w * k, vh=h * k, inner=inner)
    if still or thumbnail:
        classes = "fig fig-static fig-thumb" if thumbnail else "fig fig-static"
        return svg.root(view_box, label, classes, f'<g class="fig-still">{still_svg}</g>')
    timing = svg.Timing(times, splines)
    anim = svg.shapes([[s] for s in ghost], k, None)
    anim += svg.shapes(tracks([scene.shapes(s) for s in loop]), k, timing)
    # Four arrows at once (the neck tilts) crowd the loop; the small stills carry them instead.
    if len(figure.arrows) <= 2:
        anim += svg.shapes([[s] for s in every_arrow], k, None)
    inner = f'<g class="fig-anim">{anim}</g><g class="fig-still">{still_svg}</g>'
    return svg.root(view_box, label, "fig", inner)
