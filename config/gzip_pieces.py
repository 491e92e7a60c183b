"""
A page compressed once, in pieces cut where each visitor's CSRF token goes, so that serving it
compressed to a visitor costs microseconds instead of compressing the whole page again.

Each piece is raw deflate ending on a byte boundary (a sync flush), so compressed pieces and
the visitor's compressed token join into one valid stream. A piece may still refer back to the
pieces before it, as a whole-page compression would: it is compressed with the page so far as
its preset dictionary, with the token's place filled with 0xFF, a byte that never occurs in
UTF-8 text, so no back-reference can reach into a token.

The token itself is not compressed at all: it goes in a stored block, so it never shares a
compression context with anything a request can put into the page (what the BREACH attack on
compressed secrets needs) and its compressed length never depends on its value. Where it
appears again, a block says "the same bytes as the last token": a back-reference whose
distance depends only on the page, never on the token.
"""

import secrets
import struct
import zlib
from dataclasses import dataclass

# A gzip member header: deflate, no file name, no modification time, unknown system.
HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
# An empty final deflate block: ends the joined stream.
LAST_BLOCK = zlib.compressobj(wbits=-zlib.MAX_WBITS).flush()
WINDOW = 1 << zlib.MAX_WBITS  # how far back deflate may refer
REACH = WINDOW - 262  # how far back zlib's compressor does refer (its minimum lookahead)
TOKEN_SPACE = b"\xff"
# 64 distinct bytes, none of which may follow another in UTF-8: text never matches any two.
STAND_IN = bytes(range(0xC0, 0x100))


def stored(data: bytes) -> bytes:
    """`data` as one uncompressed deflate block, not final (it starts on a byte boundary)."""
    return b"\x00" + struct.pack("<HH", len(data), len(data) ^ 0xFFFF) + data


def deflate(data: bytes, before: bytes = b"") -> bytes:
    """`data` as raw deflate blocks ending on a byte boundary, not final. Back-references may
    reach into `before`, which must be what precedes `data` once the stream is joined."""
    options = {"zdict": before[-WINDOW:]} if before else {}
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, **options)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


@dataclass(frozen=True)
class CompressedPage:
    pieces: tuple[bytes, ...]  # the page, cut where the token goes
    compressed: tuple[bytes, ...]  # each piece, compressed
    repeats: tuple[bytes | None, ...]  # after piece k >= 1: "the last token again", if near

    @classmethod
    def of(cls, pieces: list[bytes], token_length: int) -> "CompressedPage":
        compressed, before = [], b""
        for piece in pieces:
            compressed.append(deflate(piece, before))
            before = (before + piece + TOKEN_SPACE * token_length)[-WINDOW:]
        # Checked once, as stored: the reasoning above holds for UTF-8 pages, and a page that
        # joined wrongly would be compressed per response instead (see `gzip`).
        for repeats in (cls._repeats(pieces, token_length), ()):
            page = cls(tuple(pieces), tuple(compressed), repeats)
            if page._joins_correctly(token_length):
                return page
        return cls(tuple(pieces), (), ())

    @staticmethod
    def _repeats(pieces: list[bytes], token_length: int) -> tuple[bytes | None, ...]:
        """For each token after the first, the stand-in compressed with the stand-in and the
        piece between them before it: deflate finds no shorter match than the whole one. (The
        byte in front keeps the stand-in off position 0, where zlib never looks for a match.)
        Each is checked against a sample token; where one is too far back or fails, that token
        is sent in full."""
        if token_length != len(STAND_IN):
            return ()
        sample = secrets.token_urlsafe(token_length)[:token_length].encode()

        def repeat(piece: bytes) -> bytes | None:
            if len(STAND_IN + piece) > REACH:
                return None
            block = deflate(STAND_IN, TOKEN_SPACE + STAND_IN + piece)
            decoder = zlib.decompressobj(-zlib.MAX_WBITS, zdict=sample + piece)
            return block if decoder.decompress(block) == sample else None

        return tuple(repeat(piece) for piece in pieces[1:-1])

    def _joins_correctly(self, token_length: int) -> bool:
        token = secrets.token_urlsafe(token_length)[:token_length].encode()
        return zlib.decompress(self._stream(token), -zlib.MAX_WBITS) == self.text(token)

    def text(self, token: bytes) -> bytes:
        return token.join(self.pieces)

    def _stream(self, token: bytes) -> bytes:
        if len(self.pieces) == 1:
            return self.compressed[0] + LAST_BLOCK
        first = stored(token)
        parts = [self.compressed[0], first]
        for index, piece in enumerate(self.compressed[1:], 1):
            parts.append(piece)
            if index < len(self.pieces) - 1:
                parts.append(self.repeats and self.repeats[index - 1] or first)
        parts.append(LAST_BLOCK)
        return b"".join(parts)

    def gzip(self, token: bytes) -> bytes | None:
        """The whole page with `token` in every place, as a gzip body; None if it was not
        compressed ahead."""
        if not self.compressed:
            return None
        crc = 0
        for index, piece in enumerate(self.pieces):
            if index:
                crc = zlib.crc32(token, crc)
            crc = zlib.crc32(piece, crc)
        size = sum(map(len, self.pieces)) + len(token) * (len(self.pieces) - 1)
        trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
        return HEADER + self._stream(token) + trailer
