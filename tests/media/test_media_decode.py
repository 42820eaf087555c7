"""decode_image: every good format comes out clean; every bad file gets its own code."""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import struct
import zlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pytest
from PIL import Image

from causette.domain.errors import InvalidInput
from causette.media.decode import CleanImage, decode_image, sniff_format
from causette.media.synthetic import encode, structured_image


def _reopen(clean: CleanImage) -> Image.Image:
    image = Image.open(io.BytesIO(clean.data))
    image.load()
    return image


def _code(data: bytes, **kwargs: object) -> str:
    with pytest.raises(InvalidInput) as caught:
        decode_image(data, **kwargs)  # type: ignore[arg-type]
    assert caught.value.message  # a French sentence the client can show
    return caught.value.code


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    )


def _bomb_png(width: int, height: int) -> bytes:
    """A greyscale PNG of `width` x `height` black pixels, a few hundred KB at most."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte + pixels
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("fmt", "mime"), [("JPEG", "image/jpeg"), ("PNG", "image/jpeg"), ("WEBP", "image/jpeg")]
)
def test_each_supported_format_is_decoded_and_reencoded(fmt: str, mime: str) -> None:
    data = encode(structured_image(1, (320, 240)), fmt)
    clean = decode_image(data)
    assert (clean.mime, clean.width, clean.height) == (mime, 320, 240)
    assert _reopen(clean).format == "JPEG"
    assert len(clean.sha256) == 64 and clean.sha256 != clean.source_sha256


def test_heic_photo_is_accepted_when_pillow_heif_is_installed() -> None:
    pytest.importorskip("pillow_heif")
    data = encode(structured_image(2, (256, 192)), "HEIF", quality=80)
    assert sniff_format(data) == "heic"
    clean = decode_image(data, content_type="image/heic", filename="IMG_0001.HEIC")
    assert (clean.mime, clean.width, clean.height) == ("image/jpeg", 256, 192)


def test_large_image_is_resized_to_max_side_keeping_aspect_ratio() -> None:
    clean = decode_image(encode(structured_image(3, (3000, 1000)), "JPEG"))
    assert (clean.width, clean.height) == (2048, 683)
    small = decode_image(encode(structured_image(3, (3000, 1000)), "PNG"), max_side=300)
    assert (small.width, small.height) == (300, 100)


def test_exif_orientation_is_applied_then_exif_and_gps_are_stripped() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "TestCamera"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (48.0, 51.0, 24.0)  # a made-up latitude
    data = encode(structured_image(4, (200, 100)), "JPEG", exif=exif.tobytes())
    assert b"TestCamera" in data
    clean = decode_image(data)
    assert (clean.width, clean.height) == (100, 200)
    out = _reopen(clean)
    assert dict(out.getexif()) == {}
    assert b"TestCamera" not in clean.data and b"Exif" not in clean.data


def test_icc_profile_and_comments_are_stripped() -> None:
    data = encode(structured_image(5, (120, 90)), "JPEG", icc_profile=b"\0" * 200, comment=b"hi")
    clean = decode_image(data)
    out = _reopen(clean)
    assert "icc_profile" not in out.info and "comment" not in out.info


def test_transparent_png_stays_png_with_alpha_opaque_png_becomes_jpeg() -> None:
    rgba = structured_image(6, (64, 64)).convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    clean = decode_image(encode(rgba, "PNG"))
    assert clean.mime == "image/png" and _reopen(clean).mode == "RGBA"
    opaque = decode_image(encode(structured_image(6, (64, 64)).convert("RGBA"), "PNG"))
    assert opaque.mime == "image/jpeg"


def _grey16(image: Image.Image) -> Image.Image:
    grey = np.asarray(image.convert("L"), dtype=np.uint16) * 257
    return Image.fromarray(grey.astype(np.uint16))


@pytest.mark.parametrize(
    ("name", "fmt", "convert"),
    [
        ("cmyk", "JPEG", lambda im: im.convert("CMYK")),
        ("grey", "JPEG", lambda im: im.convert("L")),
        ("palette", "PNG", lambda im: im.convert("P")),
        ("bilevel", "PNG", lambda im: im.convert("1")),
        ("grey_alpha_opaque", "PNG", lambda im: im.convert("LA")),
        ("grey_16_bit", "PNG", _grey16),
    ],
)
def test_every_colour_mode_comes_out_rgb_with_its_brightness(
    name: str, fmt: str, convert: Callable[[Image.Image], Image.Image]
) -> None:
    base = structured_image(3, (120, 90))
    clean = decode_image(encode(convert(base), fmt))
    out = _reopen(clean)
    assert (clean.mime, out.mode, out.size) == ("image/jpeg", "RGB", (120, 90))
    brightness = np.asarray(out.convert("L"), dtype=float).mean()
    assert abs(brightness - np.asarray(base.convert("L"), dtype=float).mean()) < 4


@pytest.mark.parametrize(
    "tail",
    [
        b"PK\x03\x04" + b"\x14\x00" * 20 + b"secret.txt" + b"PK\x05\x06" + b"\x00" * 18,
        b"<html><script>alert('polyglot')</script></html>",
    ],
    ids=["zip", "html"],
)
def test_polyglot_tail_is_dropped_from_the_output(tail: bytes) -> None:
    data = encode(structured_image(7, (160, 120)), "JPEG") + tail
    clean = decode_image(data)
    assert tail not in clean.data
    assert b"PK\x03\x04" not in clean.data and b"<script" not in clean.data
    assert clean.data.endswith(b"\xff\xd9")  # nothing after the JPEG end marker


def test_truncated_jpeg_is_corrupt() -> None:
    data = encode(structured_image(8, (640, 480)), "JPEG", quality=90)
    assert _code(data[: len(data) * 2 // 3]) == "image_corrupt"


def test_truncated_png_is_corrupt() -> None:
    data = encode(structured_image(8, (320, 240)), "PNG")
    assert _code(data[: len(data) // 2]) == "image_corrupt"


def test_decompression_bomb_png_is_refused_before_decoding() -> None:
    bomb = _bomb_png(8000, 8000)  # 64 megapixels in a few dozen KB
    assert len(bomb) < 200_000
    assert _code(bomb) == "image_too_many_pixels"


def test_pixel_limit_is_configurable() -> None:
    data = encode(structured_image(9, (400, 300)), "PNG")
    assert _code(data, max_pixels=100_000) == "image_too_many_pixels"
    assert decode_image(data, max_pixels=120_000).width == 400


def test_huge_dimension_is_refused_even_with_few_pixels() -> None:
    strip = encode(Image.new("L", (25_000, 2)), "PNG")
    assert _code(strip) == "image_dimensions_too_large"


def test_empty_too_heavy_random_and_unknown_files_are_refused() -> None:
    assert _code(b"") == "image_empty"
    data = encode(structured_image(10, (320, 240)), "JPEG")
    assert _code(data, max_bytes=len(data) - 1) == "image_too_large"
    assert _code(os.urandom(4096)) == "image_unsupported_format"
    assert _code(encode(structured_image(10, (32, 32)), "GIF")) == "image_unsupported_format"
    assert _code(b"<svg xmlns='http://www.w3.org/2000/svg'/>") == "image_unsupported_format"
    # Right magic bytes, garbage after them.
    assert _code(b"\xff\xd8\xff\xe0" + os.urandom(4096)) == "image_corrupt"
    assert _code(b"\x89PNG\r\n\x1a\n" + os.urandom(512)) == "image_corrupt"


def test_declared_type_or_extension_must_match_the_content() -> None:
    png = encode(structured_image(11, (64, 48)), "PNG")
    assert _code(png, content_type="image/jpeg") == "image_type_mismatch"
    assert _code(png, content_type="text/html") == "image_type_mismatch"
    assert _code(png, filename="vacances.jpg") == "image_type_mismatch"
    assert _code(png, filename="script.php") == "image_type_mismatch"
    assert decode_image(png, content_type="image/png", filename="vacances.PNG").width == 64
    # "I don't know" is not a claim.
    assert decode_image(png, content_type="application/octet-stream").width == 64


def test_result_and_errors_survive_a_worker_process() -> None:
    good = encode(structured_image(12, (128, 96)), "JPEG")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        clean = pool.submit(decode_image, good).result(timeout=30)
        assert pickle.loads(pickle.dumps(clean)) == clean
        assert (clean.width, clean.height) == (128, 96)
        with pytest.raises(InvalidInput) as caught:
            pool.submit(decode_image, b"").result(timeout=30)
    assert caught.value.code == "image_empty" and caught.value.field == "image"
