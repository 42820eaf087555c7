"""Synthetic, structured test images drawn from a seed: no photo is ever needed.

Tests and `tools/bench_images.py` use these instead of binary fixtures. Every
image is a deterministic function of its seed: a two-colour gradient, a few
dozen filled shapes, a line of text and mild pixel noise, so that perceptual
hashes of two different seeds are unrelated while each image is rich enough
(PDQ quality well above 50) to be matched. Nothing here depicts a person.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

__all__ = [
    "EDITS",
    "ESCAPING_EDITS",
    "encode",
    "flat_image",
    "photo_like",
    "structured_image",
]


def _random_colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def structured_image(
    seed: int, size: tuple[int, int] = (640, 480), *, noise: float = 6.0, shapes: int = 40
) -> Image.Image:
    """An RGB image of `size` with a gradient, `shapes` shapes, text and noise (all seeded)."""
    rng = random.Random(seed)
    width, height = size
    top, bottom = np.array(_random_colour(rng), float), np.array(_random_colour(rng), float)
    ramp = np.linspace(0.0, 1.0, height)[:, None, None]
    # A diagonal term so the gradient is not constant along rows.
    slant = np.linspace(-0.25, 0.25, width)[None, :, None]
    base = top * (1 - ramp - slant) + bottom * (ramp + slant)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    scale = min(width, height)
    for _ in range(shapes):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        w = rng.randrange(scale // 20 + 1, scale // 3 + 2)
        h = rng.randrange(scale // 20 + 1, scale // 3 + 2)
        box = (x0 - w // 2, y0 - h // 2, x0 + w // 2, y0 + h // 2)
        kind = rng.randrange(3)
        if kind == 0:
            draw.ellipse(box, fill=_random_colour(rng))
        elif kind == 1:
            draw.rectangle(box, fill=_random_colour(rng))
        else:
            points = [(rng.randrange(width), rng.randrange(height)) for _ in range(3)]
            draw.polygon(points, fill=_random_colour(rng))
    draw.text((scale // 20, scale // 20), f"causette #{seed}", fill=(255, 255, 255))
    if noise > 0:
        pixels = np.asarray(image, dtype=np.int16)
        jitter = np.random.default_rng(seed).normal(0.0, noise, pixels.shape)
        image = Image.fromarray(np.clip(pixels + jitter, 0, 255).astype(np.uint8), "RGB")
    return image


def photo_like(seed: int, size: tuple[int, int] = (4000, 3000)) -> Image.Image:
    """A large photo-like image (the bench's 12-megapixel input): shapes drawn small, then
    upscaled smoothly, plus full-resolution sensor-like noise so JPEG cannot cheat."""
    width, height = size
    small = structured_image(seed, (max(1, width // 4), max(1, height // 4)), noise=0, shapes=60)
    image = small.resize(size, Image.Resampling.BICUBIC)
    pixels = np.asarray(image, dtype=np.int16)
    jitter = np.random.default_rng(seed).integers(-8, 9, pixels.shape, dtype=np.int16)
    return Image.fromarray(np.clip(pixels + jitter, 0, 255).astype(np.uint8), "RGB")


def flat_image(
    size: tuple[int, int] = (640, 480), colour: tuple[int, int, int] = (90, 120, 200)
) -> Image.Image:
    """A single-colour image: PDQ quality is 0 on it, so it must never be matched."""
    return Image.new("RGB", size, colour)


def encode(image: Image.Image, fmt: str = "JPEG", **params: object) -> bytes:
    """The bytes of `image` saved as `fmt` ("JPEG", "PNG", "WEBP", ...) with `params`."""
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    reopened = Image.open(io.BytesIO(encode(image, "JPEG", quality=quality)))
    reopened.load()
    return reopened


def _crop(image: Image.Image, fraction: float) -> Image.Image:
    # Cut `fraction` of the width and of the height, from the top-left corner.
    dx, dy = round(image.width * fraction), round(image.height * fraction)
    return image.crop((dx, dy, image.width, image.height))


Edit = Callable[[Image.Image], Image.Image]

EDITS: dict[str, Edit] = {
    "jpeg_q30": lambda im: _jpeg(im, 30),
    "resize_50": lambda im: im.resize((im.width // 2, im.height // 2)),
    "resize_25": lambda im: im.resize((im.width // 4, im.height // 4)),
    "blur": lambda im: im.filter(ImageFilter.GaussianBlur(2)),
    "greyscale": ImageOps.grayscale,
    "mirror": ImageOps.mirror,
    "flip": ImageOps.flip,
    "rotate_90": lambda im: im.rotate(90, expand=True),
    "rotate_180": lambda im: im.rotate(180),
    "rotate_270_then_jpeg": lambda im: _jpeg(im.rotate(270, expand=True), 60),
}
"""Edits a re-uploader makes that PDQ (with the dihedral variants) must survive."""

ESCAPING_EDITS: dict[str, Edit] = {
    "crop_5": lambda im: _crop(im, 0.05),
    "crop_10": lambda im: _crop(im, 0.10),
}
"""Edits known to escape PDQ (documented limit: crops over about 5 %)."""
