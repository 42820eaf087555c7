"""Decode an uploaded image with limits, then re-encode it clean.

`decode_image(data)` is the only door through which uploaded image bytes enter
Causette. It trusts nothing the client says: the format is sniffed from the
magic bytes, dimensions are checked from the header before any pixel is
decoded, the whole image is decoded (a truncated file fails here, not in a
browser), EXIF orientation is applied, and the pixels are re-encoded from
scratch. The output therefore carries no EXIF, GPS, ICC profile, comment, or
anything appended after the image (polyglots): only pixels survive.

It is synchronous and CPU-bound (tens of milliseconds for a 12-megapixel
JPEG): run it off the event loop, in a thread or process pool. Its arguments
and its result are plain bytes, ints, strings and a frozen dataclass, so it can
be called in a worker process (`pool.submit(decode_image, data, ...)`).

Every bad input raises `InvalidImage` (an `causette.domain.errors.InvalidInput`
that survives pickling) with a stable code; no other exception leaves this
module (a decoder fault is translated).
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageFile, ImageOps

from causette.domain.errors import InvalidInput

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_MAX_SIDE",
    "HEIC_SUPPORTED",
    "CleanImage",
    "InvalidImage",
    "decode_image",
    "decode_to_pixels",
    "sniff_format",
]

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_MAX_PIXELS = 40_000_000
DEFAULT_MAX_SIDE = 2048
MAX_DIMENSION = 20_000
"""No side may exceed this, whatever the pixel count (a 40,000,000 x 1 strip is not a photo)."""

JPEG_QUALITY = 85
DRAFT_FLOOR = 0.8
"""A JPEG may come out as small as this fraction of `max_side` when decoding it at a
reduced DCT scale saves a full decode and a resampling pass."""
_ORIENTATION = 0x0112

# Pillow's own decompression-bomb guard: a warning above MAX_IMAGE_PIXELS and an
# error above twice that. We check dimensions ourselves first; this is the
# backstop, set to each call's limit (see `_pillow_guard`), and the warning is
# turned into an error below.
Image.MAX_IMAGE_PIXELS = DEFAULT_MAX_PIXELS
# A truncated file must fail, never be padded with grey and accepted.
ImageFile.LOAD_TRUNCATED_IMAGES = False

try:  # HEIC/HEIF (iPhone photos) when the maintained `pillow-heif` wheel is installed.
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIC_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the installed extra
    HEIC_SUPPORTED = False

_PILLOW_FORMAT = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "heic": "HEIF"}
_DECLARED = {
    "image/jpeg": "jpeg",
    "image/jpg": "jpeg",
    "image/pjpeg": "jpeg",
    "image/png": "png",
    "image/x-png": "png",
    "image/webp": "webp",
    "image/heic": "heic",
    "image/heif": "heic",
    "image/heic-sequence": "heic",
    "image/heif-sequence": "heic",
}
# What browsers send when they do not know: not a claim, so not a mismatch.
_UNDECLARED = {"", "application/octet-stream", "binary/octet-stream"}
_EXTENSIONS = {
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "jpe": "jpeg",
    "jfif": "jpeg",
    "png": "png",
    "webp": "webp",
    "heic": "heic",
    "heif": "heic",
    "hif": "heic",
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


@dataclass(frozen=True, slots=True)
class CleanImage:
    """A decoded, re-encoded image: safe to store and to serve from our own origin.

    `data` is JPEG (opaque images) or PNG (images that use transparency);
    `mime` says which. `sha256` is the hex digest of `data`; `source_sha256`
    that of the uploaded bytes (what external exact-hash lists contain).
    """

    data: bytes
    mime: str
    width: int
    height: int
    sha256: str
    source_sha256: str = ""


class InvalidImage(InvalidInput):
    """An `InvalidInput` about an uploaded image (`field` is "image").

    Picklable, unlike the base class today, so that it crosses back from a
    worker process intact (`ProcessPoolExecutor` pickles exceptions).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message, field="image")

    def __reduce__(self) -> tuple[type[InvalidImage], tuple[str, str]]:
        return (type(self), (self.code, self.message))


def _error(code: str, message: str) -> InvalidImage:
    return InvalidImage(code, message)


def sniff_format(data: bytes) -> str | None:
    """The real format from the magic bytes: "jpeg", "png", "webp", "heic", or None."""
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "heic"
    return None


def _check_claims(fmt: str, content_type: str | None, filename: str | None) -> None:
    if content_type is not None:
        declared = content_type.split(";", 1)[0].strip().lower()
        if declared not in _UNDECLARED and _DECLARED.get(declared) != fmt:
            raise _error(
                "image_type_mismatch",
                "Le type annoncé du fichier ne correspond pas à son contenu.",
            )
    if filename is not None and "." in filename:
        extension = filename.rsplit(".", 1)[1].strip().lower()
        if _EXTENSIONS.get(extension) != fmt:
            raise _error(
                "image_type_mismatch",
                "L'extension du fichier ne correspond pas à son contenu.",
            )


def _pillow_guard(max_pixels: int) -> None:
    # A process-wide setting: every call of one server passes the same limit,
    # so concurrent calls in a thread pool agree on it.
    if max_pixels != Image.MAX_IMAGE_PIXELS:
        Image.MAX_IMAGE_PIXELS = max_pixels


def _fr(number: float) -> str:
    """A number as French writes it: 20 000, 0,5."""
    return f"{number:,.6g}".replace(",", "\u202f").replace(".", ",")


def _too_many_pixels(max_pixels: int) -> InvalidImage:
    return _error(
        "image_too_many_pixels",
        f"Cette image a trop de pixels ({_fr(max_pixels / 1_000_000)} mégapixels au plus).",
    )


def _open_checked(data: bytes, fmt: str, max_pixels: int, max_dimension: int) -> Image.Image:
    """Open (header only) and check the dimensions before any pixel is decoded."""
    try:
        image = Image.open(io.BytesIO(data), formats=[_PILLOW_FORMAT[fmt]])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(max_pixels) from None
    except Exception:
        raise _error("image_corrupt", "Ce fichier image est illisible ou abîmé.") from None
    # The checks that matter: they do not depend on Pillow's global limit nor on
    # the warnings filter (neither is thread-safe), only on this call's limits.
    width, height = image.size
    if width <= 0 or height <= 0:
        raise _error("image_corrupt", "Ce fichier image est illisible ou abîmé.")
    if width > max_dimension or height > max_dimension:
        raise _error(
            "image_dimensions_too_large",
            f"Cette image est trop grande ({_fr(max_dimension)} pixels de côté au plus).",
        )
    if width * height > max_pixels:
        raise _too_many_pixels(max_pixels)
    return image


def _uses_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        alpha = image.convert("RGBA").getchannel("A")
        low, _ = alpha.getextrema()
        return isinstance(low, int | float) and low < 255
    return False


def _normalise(image: Image.Image, max_side: int) -> Image.Image:
    """Orientation, colour mode and size; returns a new image without metadata."""
    # Transpose only when needed: exif_transpose copies the image even when upright.
    if image.getexif().get(_ORIENTATION, 1) != 1:
        image = ImageOps.exif_transpose(image)
    mode = "RGBA" if _uses_alpha(image) else "RGB"
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale down to 8 bits rather than clip to white.
        image = image.point(lambda value: value / 256).convert("L")
    if image.mode != mode:
        image = image.convert(mode)
    if max(image.size) > max_side:
        # Bicubic after an integer pre-reduction (reducing_gap): LANCZOS costs
        # twice as much on a 12 MP photo for no visible gain at chat sizes.
        image.thumbnail((max_side, max_side), Image.Resampling.BICUBIC, reducing_gap=2.0)
    # Only pixels go on: no EXIF, GPS, ICC profile, comments, XMP.
    image.info = {}
    return image


def _draft_size(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, max_side / max(width, height)) * DRAFT_FLOOR
    return max(1, int(width * scale)), max(1, int(height * scale))


def _encode(image: Image.Image) -> tuple[bytes, str]:
    out = io.BytesIO()
    if image.mode == "RGBA":
        image.save(out, "PNG", optimize=False, compress_level=6)
        return out.getvalue(), "image/png"
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False, exif=b"")
    return out.getvalue(), "image/jpeg"


def decode_image(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_side: int = DEFAULT_MAX_SIDE,
    max_dimension: int = MAX_DIMENSION,
    content_type: str | None = None,
    filename: str | None = None,
) -> CleanImage:
    """Decode `data`, check it, and return it re-encoded as a `CleanImage`.

    `content_type` (the declared MIME type) and `filename` are optional claims
    from the client; when given they must agree with the sniffed format.
    Output sides are at most `max_side` pixels, aspect ratio kept.

    Raise `InvalidInput` with code `image_empty`, `image_too_large`,
    `image_unsupported_format`, `image_type_mismatch`, `image_dimensions_too_large`,
    `image_too_many_pixels` or `image_corrupt`; never any other exception.
    """
    clean, _ = decode_to_pixels(
        data,
        max_bytes=max_bytes,
        max_pixels=max_pixels,
        max_side=max_side,
        max_dimension=max_dimension,
        content_type=content_type,
        filename=filename,
    )
    return clean


def decode_to_pixels(
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_side: int = DEFAULT_MAX_SIDE,
    max_dimension: int = MAX_DIMENSION,
    content_type: str | None = None,
    filename: str | None = None,
) -> tuple[CleanImage, Image.Image]:
    """`decode_image`, plus the decoded pixels (RGB or RGBA, at most `max_side`)
    so that hashing and nudity detection need not decode the output again."""
    try:
        return _decode(data, max_bytes, max_pixels, max_side, max_dimension, content_type, filename)
    except InvalidInput:
        raise
    except MemoryError:
        raise _error("image_too_large", "Cette image est trop lourde à traiter.") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(max_pixels) from None
    except Exception:
        # Decoders raise OSError, SyntaxError, ValueError, struct.error, EOFError...
        # for broken files; none of them may reach the caller raw.
        raise _error("image_corrupt", "Ce fichier image est illisible ou abîmé.") from None


def _decode(
    data: bytes,
    max_bytes: int,
    max_pixels: int,
    max_side: int,
    max_dimension: int,
    content_type: str | None,
    filename: str | None,
) -> tuple[CleanImage, Image.Image]:
    if not data:
        raise _error("image_empty", "Le fichier est vide.")
    if len(data) > max_bytes:
        raise _error(
            "image_too_large",
            f"Cette image est trop lourde ({_fr(max_bytes / 1_000_000)} Mo au plus).",
        )
    fmt = sniff_format(data)
    if fmt is None or (fmt == "heic" and not HEIC_SUPPORTED):
        raise _error(
            "image_unsupported_format",
            "Format non pris en charge : envoyez une photo JPEG, PNG, WebP ou HEIC.",
        )
    _check_claims(fmt, content_type, filename)
    _pillow_guard(max_pixels)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = _open_checked(data, fmt, max_pixels, max_dimension)
        if fmt == "jpeg":
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the result is
            # shrunk anyway: the whole stream is still read (truncation fails),
            # at a fraction of the cost. We accept a result down to
            # DRAFT_FLOOR x max_side (a 4000 x 3000 photo decodes at 2000 x 1500
            # and needs no resampling at all).
            image.draft("RGB", _draft_size(image.size, max_side))
        image.load()
        clean = _normalise(image, max_side)
    encoded, mime = _encode(clean)
    result = CleanImage(
        data=encoded,
        mime=mime,
        width=clean.width,
        height=clean.height,
        sha256=hashlib.sha256(encoded).hexdigest(),
        source_sha256=hashlib.sha256(data).hexdigest(),
    )
    return result, clean
