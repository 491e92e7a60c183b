"""
Where each muscle Upright names lies on the front and back views, for one side of the body.

Coordinates are map units (see bodymap_geometry): x out from the midline toward the drawn
side, y down from the top of the head. The other side is the same shape mirrored.

A region is "deep" on a view when other muscles cover it there (pectoralis minor under
pectoralis major, the suboccipitals and deep neck flexors, the rhomboids, levator, splenius and
spinal extensors under the trapezius). A deep region is the muscle's outline projected onto the
skin: it is drawn only when it is the one picked out, and then dashed and a little translucent,
so it never passes for a surface muscle.
"""

from typing import NamedTuple

from .bodymap_geometry import Point, shape


class Region(NamedTuple):
    points: list[Point]
    deep: bool = False


def _surface(text: str) -> Region:
    return Region(shape(text))


def _deep(text: str) -> Region:
    return Region(shape(text), deep=True)


MUSCLES: dict[str, dict[str, Region]] = {
    # From the base of the skull and the spine of the neck to the collarbone and the tip of the
    # shoulder: the slope between neck and shoulder, seen from both sides.
    "upper-trapezius": {
        "front": _surface("15.6,68! 16.3,75.5! 35,81.3 55,86 62.5,88.8 50,88 35,85.5 21,81.5!"),
        "back": _surface(
            "1,49! 8,48 13.5,56 14.5,68 16.2,75.3! 30,80.3 52,85.2 63,89.5 60,93.5 40,96.5 20,95 1,91!"
        ),
    },
    # Upper thoracic spine to the acromion and the spine of the shoulder blade.
    "middle-trapezius": {
        "back": _surface("1,91! 22,95 44,96.5 61,93 60,96.5 40,100 23,105.5 12,112 1,117!"),
    },
    # Lower thoracic spine up to the inner end of the spine of the shoulder blade.
    "lower-trapezius": {
        "back": _surface("1,117! 12,112 23,105.5 27,108 25,117 14,140 4,168 1,170!"),
    },
    # Side of the upper neck down to the top inner corner of the shoulder blade.
    "levator-scapulae": {
        "front": _deep("15,63 15.6,71 18,77 24,81.2 21,82 15.4,76"),
        "back": _deep("10,52 14,54 15.5,70 23.5,93 21,97.5 15.5,88 10,66"),
    },
    # In the triangle at the side of the neck, behind the SCM, down to the first ribs.
    "scalenes": {
        "front": _surface("15,68 16.8,76.5 32,84.7 27,87 15,87.5! 14.3,77"),
        "back": _deep("13.3,60 15.2,62 16.2,73 14.6,74 13,66"),
    },
    # From behind the ear (hidden by the jaw from the front) to the breastbone and collarbone.
    "sternocleidomastoid": {
        "front": _surface(
            "12.5,56 15.5,58 15,66 13.5,78 14,88.5! 9,88.5! 7,84 4.5,89.5! 2,88 4,80 8.5,68"
        ),
    },
    # Deep under the skull, just above the top of the neck.
    "suboccipitals": {"back": _deep("2,47.5 11,46.5 15,49 13,54.5 6,56.5 2,55")},
    # From the lower neck and upper back spine up and out to the bone behind the ear.
    "splenius": {"back": _deep("1.5,100! 1.5,70! 10,49.5 17.5,47.5 17,52 14,64 14.5,80 6,97")},
    # The columns either side of the neck's spine, skull to the base of the neck.
    "neck-extensors": {"back": _deep("1.5,49! 9,49 12.5,60 12,80 9,90 1.5,92!")},
    # In front of the spine, behind the windpipe.
    "deep-neck-flexors": {"front": _deep("1,57! 6,57 7.5,72 6,86 1,86!")},
    # Collarbone and breastbone to the upper arm, the front wall of the armpit.
    "pectoralis-major": {
        "front": _surface(
            "4,91! 20,89.5 35,89.5 45,100 55,111 51,116.5 44,119 36,146 22,152 8,150 4,144!"
        ),
    },
    # Under pectoralis major, from the third to fifth ribs up to the front of the shoulder.
    "pectoralis-minor": {"front": _deep("44,96 48.5,100 42,112 32,142 27,138 24,118")},
    "anterior-deltoid": {
        "front": _surface("36,89.5 52,87 63,89 69,97 70,112 67.5,136 62,126 55,112 46,99"),
    },
    "posterior-deltoid": {
        "back": _surface("48,96 62,91.5 69,94 73,106 71.5,122 67,138 60,121 52,104"),
    },
    # The back of the shoulder blade below its spine, out to the top of the arm bone.
    "infraspinatus": {
        "back": _surface("23,106.5 40,100.5 56,97.5 61,100 58,106 46,116 33,133 27,124"),
    },
    # Along the outer border of the shoulder blade, just below infraspinatus.
    "teres-minor": {"back": _surface("58,106 61,110 46,117 37,133.5 34,132 46,115.5")},
    # Between the spine and the inner border of the shoulder blade, under the trapezius.
    "rhomboids": {"back": _deep("2,87.5! 21.5,98.5! 30.5,137! 2,123!")},
    # The finger-like slips on the side of the ribs, below the armpit.
    "serratus-anterior": {
        "front": _surface(
            "43.5,122 43.5,140 41.5,163 39,178! 35,172! 39.5,165! 34,157! 40,150! 35,142! "
            "41,134! 38,126!"
        ),
    },
    # From the mid and lower spine and the pelvis, sweeping up to the armpit.
    "latissimus-dorsi": {
        "back": _surface("2,136! 28,141 41,126 43.5,120 42.8,140 39,182 41,208 36,213! 2,172!"),
    },
    # The columns either side of the upper and mid back's spine.
    "thoracic-extensors": {"back": _deep("1.5,92! 9,92 12,120 13,160 12,198 1.5,200!")},
}
