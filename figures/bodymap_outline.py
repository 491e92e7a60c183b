"""
The standing body, front and back, from the top of the head to mid-thigh.

One half of the silhouette is drawn and mirrored, so the two halves are the same text and
compress to one. Heights follow the landmark table in FIGURES.md (Drillis and Contini, in
Winter 2009): with H = 500 units and y down from the top of the head, the chin sits at
y = 65 (0.870 H), the shoulder at 91 (0.818), the nipple at 140 (0.720), the elbow at 185
(0.630), the hip at 235 (0.530), the wrist at 258 (0.485); the hand (0.108 H) ends at 312.
Shoulders are 0.259 H across, hips 0.191 H. The arms hang a little away from the body with
the palms forward (the anatomical position), so the thumb side, which several referral
patterns name, is the outer edge of each forearm and hand.
"""

from .bodymap_geometry import shape

HEIGHT = 325  # the crop: a little below the fingertips, about mid-thigh
HALF_WIDTH = 89  # the outer edge of the thumb, plus a margin

# Half the silhouette, the drawn side's half: x >= 0, with the midline points a hair past
# zero so the two mirrored halves overlap and no seam shows where they meet. The points run
# down the outside: head, ear, jaw, neck, shoulder, the arm to the thumb and fingertips, back
# up the inside of the arm to the armpit, then the side of the body, hip and thigh.
SILHOUETTE = shape(
    "-0.6,0! 11,0.5 19.5,6 23,16 23,25! 26.5,27 26,38 22.5,42! 21,48 17.5,55 15,59! 15.5,68 "
    "17,75! 35,80 55,85 66,89 72,95 74.5,110 74,140 76,182 77.5,215 75,257 80,264 85,276 "
    "86.5,287 83.5,291 79.5,284! 77.5,304 72,313 63,312 59,303 57.5,280 59,258 55.5,225 52.5,186 50,150 "
    "47,121 44.5,117! 44,140 39.5,185 44,215 48.5,240 46,290 44,327! 3,327! 2.5,280 1.5,260 "
    "-0.6,252!"
)

# Hair is the cue that tells the back view from the front at a glance: on the back view it
# covers the head down to the nape; on the front view it is a cap above the forehead. Its
# halves overlap more than the skin's, so no pale seam shows where both edges would meet.
HAIR = {
    "front": shape("-1.5,-0.5! 11.5,0 20,5.5 23.5,16 23.2,22! 19,14 11,8.5 -1.5,7.5!"),
    "back": shape("-1.5,-0.5! 11.5,0 20,5.5 23.5,16 23.2,34! 20,42 12,47 -1.5,48!"),
}

# Bony landmarks as thin open lines, for the drawn side: on the front the collarbone, on the
# back the shoulder blade and its spine. Anatomy charts place muscles against these, and so
# does the eye.
LANDMARKS = {
    "front": ["M5 88Q25 85 47 87T62 87"],
    "back": ["M22 96Q24 120 31 139Q42 126 52 106", "M22 104Q42 96 62 91"],
}

# Drawn once on the midline: the breastbone on the front, the spine on the back.
MIDLINE = {"front": "M0 90V148", "back": "M0 82V205"}
