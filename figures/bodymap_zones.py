"""
Referral zones (where a trigger point's pain is felt) and the home page's tap areas.

Zones are drawn on the right side of the body only, in the same map units as the muscles:
x out from the midline toward the right, y down from the top of the head. The arms hang palms
forward, so the thumb side of the forearm and hand is the outer edge on both views, and the
inner (little-finger) side of the arm faces the body.
"""

from .bodymap_geometry import Point, mirror, shape

ZONES: dict[str, dict[str, list[Point]]] = {
    # The head and face.
    "top-of-head": {
        "front": shape("-1,-0.3! 11,0.3 19,5.5 21,11 12,9 -1,9.5!"),
        "back": shape("-1,-0.3! 11,0.3 19,5.5 21,11 12,9 -1,9.5!"),
    },
    "back-of-head": {"back": shape("-0.5,12! 14,11 21,18 22,34 18,42 10,46 -0.5,46.5!")},
    "forehead": {"front": shape("0.5,9! 11,9 18,14 20,21 14,24 6,24 0.5,24!")},
    "temple": {"front": shape("16,13 21,15 23.3,22 23,30 18.5,32 16,24")},
    "over-eye": {"front": shape("4,23.5 15,22 18,25 16,28 5,28")},
    "around-eye": {"front": shape("3.5,32 5,27.5 10,27 15,28.5 16,32 14,36 9,37 5,36")},
    "cheek": {"front": shape("8,38 17,36 21,40 19,48 12,51 8,46")},
    "back-teeth": {"front": shape("12,46 18,44.5 19.5,50.5 14,53.5")},
    "jaw-angle": {"front": shape("14,47 19.5,45.5 19.8,51 16.5,56 13.5,57")},
    "ear": {"front": shape("23,26 26,27.5 25.8,38 23,41")},
    "behind-ear": {"back": shape("18,30 22.8,28 23,42 20,47 16.5,42")},
    # The neck.
    "throat": {"front": shape("-1,62! 7,61 9,72 7,86 -1,86!")},
    "side-of-neck": {
        "front": shape("10.5,57 14.8,58.5 15.5,68 16.8,76 12.5,79 10.5,68"),
        "back": shape("11,56 15,59 15.7,68 16.5,76 13,76 11.5,66"),
    },
    "back-of-neck": {"back": shape("1,48! 10,47 14.5,58 15,75 11,86 1,88!")},
    "neck-angle": {"back": shape("13,72 17,75 28,79 27,88 20,92 13,86")},
    "neck-base-spine": {"back": shape("1,78! 7,78 10,86 9,98 1,100!")},
    # Shoulder, shoulder blade and upper back.
    "shoulder-tip": {"back": shape("58,86 66,88.5 72,95 71,101 62,99 56,92")},
    "above-shoulder-blade": {"back": shape("22,92 40,90 58,88 61,92 40,97.5 22,102")},
    "between-shoulder-blades": {"back": shape("1,92! 17,93 22,104 26,130 1,132!")},
    "inner-shoulder-blade-edge": {
        "back": shape("18,93 24,93 27.5,115 33.5,136 30,142 26,136 21,116")
    },
    "back-of-shoulder": {"back": shape("52,98 64,92 71,97 73.5,110 70,128 63,124 56,108")},
    # Chest and the front of the shoulder.
    "front-of-shoulder": {"front": shape("44,89 60,87 69,95 71,112 62,120 52,114 46,100")},
    "chest": {"front": shape("5,92 25,90 42,93 49,106 44,122 36,142 20,146 6,140")},
    "breastbone": {"front": shape("-5,89! 5,89! 5,124 0,128 -5,124")},
    # The arm, hanging palm forward.
    "front-upper-arm": {"front": shape("56,112 66,108 70,135 70.5,172 68,188 57,186 54,150")},
    "outer-arm": {
        "front": shape("67,98 73.8,106 74,140 76,184 70,186 68.5,140"),
        "back": shape("67,98 73.8,106 74,140 76,184 70,186 68.5,140"),
    },
    "inner-upper-arm": {"front": shape("47.5,121 52,122 55,150 57,183 53,185 50,150")},
    "thumb-side-forearm": {"front": shape("65,182 75.5,181 77.3,215 75,260 67,261 66.5,220")},
    "thumb-side-hand": {
        "front": shape(
            "68,258 75,258 80,264 85,276 86.3,287 83.5,290.5 79.5,284! 77.5,303 71,306 68,290"
        )
    },
    "thumb-and-index": {
        "front": shape(
            "74,262 80,264 85,276 86.3,287 83.5,290.5 79.5,284! 77.5,304 73,310 70.5,306 72,285"
        )
    },
    "ring-and-little-fingers": {"front": shape("57.5,284 64,286 68,290 68,311 63,312 59,303")},
}


def _both(text: str) -> list[list[Point]]:
    points = shape(text)
    return [points, mirror(points)]


# "Where does it hurt?": a visible shape per area and view, and a larger invisible hit shape
# where the visible one is too small for a finger (44 CSS px when the map is ~300 px wide).
# Full coordinates here (both sides), since each area is one link.
AREAS: dict[str, dict[str, dict[str, list[list[Point]]]]] = {
    "neck": {
        "front": {
            "shape": [shape("-14.5,59! 14.5,59! 15.5,68 17,76 10,86 0,89 -10,86 -17,76 -15.5,68")],
            # The head counts as the neck here: neck pain often comes with a headache.
            "hit": [shape("-28,-2! 28,-2! 28,87! -28,87!")],
        },
        "back": {
            "shape": [shape("-14,50! 14,50! 14.5,60 15.5,72 12,84 0,88 -12,84 -15.5,72 -14.5,60")],
            "hit": [shape("-28,-2! 28,-2! 28,57! 16,57! 16,88! -16,88! -16,57! -28,57!")],
        },
    },
    "shoulder-tops": {
        "back": {
            "shape": _both(
                "16,66 17.5,75 35,80.3 55,85.3 66,89.5 70.5,95.5 58,99 38,100 20,99 15,88"
            ),
            "hit": _both("16,57! 28,57! 50,63! 78,78! 78,104! 16,104!"),
        },
    },
    "upper-back": {
        "back": {
            "shape": [shape("-23,104! 23,104! 29,130 31,140! 0,150! -31,140! -29,130")],
        },
    },
    "shoulders-chest": {
        "front": {
            "shape": [
                shape(
                    "-66,89 -45,86.5 -15,88 0,89.5 15,88 45,86.5 66,89 72,97 73,118 62,125 "
                    "46,124 36,146 20,152 0,150 -20,152 -36,146 -46,124 -62,125 -73,118 -72,97"
                )
            ],
        },
    },
}
