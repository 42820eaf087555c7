"""Test doubles that run inside the photo worker processes (picklable by reference).

`MarkerDetector` stands in for NudeNet: an image is "explicit" when a large part
of it is pure magenta, a harmless marker drawn by the tests (no test content
depicts anything). Two more markers stand for crafted files: pure green makes the
worker process die, pure cyan makes it hang (bounded), so the tests can check
that the server survives both; pure yellow makes the detector fail.
"""

from __future__ import annotations

import os
import threading

import numpy as np
from PIL import Image, ImageDraw

from causette.media.synthetic import encode, structured_image
from causette.moderation.images.policy import NudityResult

MAGENTA = (255, 0, 255)
GREEN = (0, 255, 0)
CYAN = (0, 255, 255)
YELLOW = (255, 255, 0)


def _share(image: Image.Image, colour: tuple[int, int, int]) -> float:
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    close = np.abs(pixels - np.array(colour, dtype=np.int16)).sum(axis=2) < 60
    return float(close.mean())


class MarkerDetector:
    model = "fake-marker"

    def detect(self, image: Image.Image) -> NudityResult:
        if _share(image, GREEN) > 0.2:
            os._exit(3)  # a decoder bug that kills the worker
        if _share(image, CYAN) > 0.2:
            threading.Event().wait(30)  # a decoder that never ends (bounded for safety)
        if _share(image, YELLOW) > 0.2:
            raise RuntimeError("the model failed")  # nudity then counts as unchecked
        share = _share(image, MAGENTA)
        return NudityResult(
            explicit=share > 0.2, labels={"FEMALE_BREAST_EXPOSED": share}, model=self.model
        )


def marker_detector() -> MarkerDetector:
    return MarkerDetector()


def picture(
    seed: int, marker: tuple[int, int, int] | None = None, size: tuple[int, int] = (640, 480)
) -> Image.Image:
    """A generated picture; with `marker`, 40 % of it painted in that colour."""
    image = structured_image(seed, size)
    if marker is not None:
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, int(size[0] * 0.8), size[1] // 2), fill=marker)
    return image


def jpeg(
    seed: int, marker: tuple[int, int, int] | None = None, size: tuple[int, int] = (640, 480)
) -> bytes:
    return encode(picture(seed, marker, size), "JPEG", quality=90)
