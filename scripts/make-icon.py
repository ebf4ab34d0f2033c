#!/usr/bin/env python3
"""Draws the packages' icon, docs/icon.png: 128x128 RGBA, "SIP" over six bars in the tool's class colours
(1xx cyan, 2xx green, 3xx blue, 4xx yellow, 5xx red, 6xx magenta) on a rounded dark-blue square.

Pure Python (zlib and struct only), so the icon can be drawn again anywhere: python3 scripts/make-icon.py [path].
The output is the same bytes every time.
"""
import struct
import sys
import zlib

SIZE = 128
RADIUS = 22
BACKGROUND = (0x1F, 0x3A, 0x5F)
LETTERS = (0xFF, 0xFF, 0xFF)
CLASS_COLOURS = [(0x22, 0xC5, 0xDE), (0x3C, 0xC4, 0x5A), (0x4C, 0x8D, 0xF6),
                 (0xF5, 0xC2, 0x2E), (0xEF, 0x4B, 0x4B), (0xC9, 0x5C, 0xE8)]

# A 5x7 bitmap font: the three letters the icon needs.
GLYPHS = {
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "I": ["11111", "00100", "00100", "00100", "00100", "00100", "11111"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
}


def inside_rounded_square(x, y):
    """Whether the point (x, y), in pixels, lies inside the rounded square that fills the icon."""
    cx = min(max(x, RADIUS), SIZE - RADIUS)
    cy = min(max(y, RADIUS), SIZE - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def draw():
    """The icon as rows of RGBA tuples."""
    pixels = [[(0, 0, 0, 0)] * SIZE for _ in range(SIZE)]
    # The background, its corners anti-aliased by 4x4 supersampling.
    for y in range(SIZE):
        for x in range(SIZE):
            hits = sum(inside_rounded_square(x + (i + 0.5) / 4, y + (j + 0.5) / 4) for i in range(4) for j in range(4))
            if hits:
                pixels[y][x] = BACKGROUND + (round(255 * hits / 16),)

    def fill(x0, y0, width, height, colour):
        for y in range(y0, y0 + height):
            for x in range(x0, x0 + width):
                pixels[y][x] = colour + (255,)

    # "SIP": 5x7 glyphs at 5 pixels a dot, 5 pixels apart.
    scale, gap = 5, 5
    text_width = 3 * 5 * scale + 2 * gap
    left, top = (SIZE - text_width) // 2, 22
    for index, letter in enumerate("SIP"):
        x0 = left + index * (5 * scale + gap)
        for row, bits in enumerate(GLYPHS[letter]):
            for column, bit in enumerate(bits):
                if bit == "1":
                    fill(x0 + column * scale, top + row * scale, scale, scale, LETTERS)

    # The six response classes, as bars of rising height.
    bar, space = 12, 4
    bars_width = 6 * bar + 5 * space
    left, bottom = (SIZE - bars_width) // 2, 106
    for index, colour in enumerate(CLASS_COLOURS):
        height = 12 + 2 * index
        fill(left + index * (bar + space), bottom - height, bar, height, colour)
    return pixels


def png(pixels):
    """The PNG file of RGBA rows: signature, IHDR, one IDAT, IEND."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in pixels)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "docs/icon.png"
    with open(path, "wb") as output:
        output.write(png(draw()))
