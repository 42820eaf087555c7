"""Photos: banks, bad files, a crashing or hanging decoder, access to /media, retention."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from causette.domain.errors import NotFound
from causette.domain.ids import RoomId, UserId
from causette.media.synthetic import encode
from causette.media.workers import PhotoWorkers
from tests.chatters import Chatter
from tests.conftest import FakeClock
from tests.photos.conftest import PhotoApp, fetch, upload
from tests.photos.fakes import CYAN, GREEN, MAGENTA, YELLOW, jpeg, marker_detector, picture


async def test_a_removed_image_reuploaded_after_a_resize_is_refused(photo_app: PhotoApp) -> None:
    system, client = await photo_app()
    assert system.photos is not None
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    status, body = await upload(client, zoe, jpeg(11, size=(1200, 900)), room="general")
    assert status == 201
    await zoe.send(type="say", room="general", photo=body["photo"], ref="p")
    await zoe.expect("ack", ref="p")
    # A moderator removes it as non-consensual: it joins the local bank at once.
    added = await system.photos.bank_removed(body["photo"], category="ncii", note="report 1")
    assert added >= 2  # its PDQ hash and its SHA-256 digests
    assert (await fetch(client, zoe, body["photo"]))[0] == 404
    smaller = encode(picture(11, size=(1200, 900)).resize((600, 450)), "JPEG", quality=80)
    status, refused = await upload(client, zoe, smaller, room="general")
    assert status == 403
    assert refused["error"]["message"] == "Cette image ne peut pas être envoyée."
    held = await system.store.held(1)
    assert held is not None and held.target == "room:general"
    assert "image.bank.LOCAL_NCII" in held.verdict and '"evidence": true' in held.verdict
    # An unrelated picture still goes through, and the bank survived in its file.
    assert (await upload(client, zoe, jpeg(12), room="general"))[0] == 201
    assert "LOCAL_NCII" in (system.settings.data_dir / "banks.json").read_text()


def _png(image: Image.Image) -> bytes:
    return encode(image, "PNG")


async def test_each_bad_file_gets_its_error_and_the_server_stays_up(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    good = jpeg(13)
    gif = io.BytesIO()
    Image.new("RGB", (40, 40), (10, 20, 30)).save(gif, "GIF")
    cases = [
        (b"", "image/jpeg", "image_empty"),
        (good[: len(good) // 2], "image/jpeg", "image_corrupt"),
        (gif.getvalue(), "image/gif", "image_unsupported_format"),
        (_png(picture(14)), "image/jpeg", "image_type_mismatch"),
        (_png(Image.new("1", (20_001, 8))), "image/png", "image_dimensions_too_large"),
        (_png(Image.new("1", (8_000, 6_000))), "image/png", "image_too_many_pixels"),
        (b"\xff\xd8\xff" + bytes(10_000_001), "image/jpeg", "image_too_large"),
    ]
    for data, ctype, code in cases:
        status, body = await upload(client, zoe, data, content_type=ctype, room="general")
        assert (status, body["error"]["code"]) == (422, code), (code, body)
        assert body["error"]["message"]  # a French sentence for the user
    assert (await client.get("/healthz")).status == 200
    assert (await upload(client, zoe, good, room="general"))[0] == 201


async def test_a_polyglot_is_served_without_what_was_appended(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    payload = b"PK\x03\x04<html><script>alert(1)</script></html>"
    status, body = await upload(client, zoe, jpeg(15) + payload, room="general")
    assert status == 201
    status, data = await fetch(client, zoe, body["photo"])
    assert status == 200 and b"<script>" not in data and b"PK\x03\x04" not in data


async def test_a_worker_that_dies_or_hangs_costs_one_upload(
    photo_app: PhotoApp, workers: PhotoWorkers
) -> None:
    quick = PhotoWorkers(size=1, timeout=3.0, detector_factory=marker_detector)
    try:
        _, client = await photo_app(photo_workers=quick)
        zoe = await Chatter.connect(client)
        await zoe.join("general")
        status, body = await upload(client, zoe, jpeg(16, GREEN), room="general")
        assert (status, body["error"]["code"]) == (422, "image_failed")
        status, body = await upload(client, zoe, jpeg(17, CYAN), room="general")
        assert (status, body["error"]["code"]) == (422, "image_timeout")
        assert (await client.get("/healthz")).status == 200
        assert (await upload(client, zoe, jpeg(18), room="general"))[0] == 201
    finally:
        quick.shutdown()


async def test_media_is_served_only_to_those_allowed(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe, max_, eve = [await Chatter.connect(client) for _ in range(3)]
    await zoe.join("general")
    await max_.join("general")
    _, body = await upload(client, zoe, jpeg(19), room="general")
    photo = body["photo"]
    assert (await fetch(client, zoe, photo))[0] == 200  # its sender, before sending
    assert (await fetch(client, max_, photo))[0] == 404  # not sent yet
    await zoe.send(type="say", room="general", photo=photo, ref="p")
    await zoe.expect("ack", ref="p")
    resp = await client.get(f"/media/{photo}", headers={"Authorization": f"Bearer {max_.token}"})
    assert resp.status == 200
    assert resp.headers["Cache-Control"].startswith("private")
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Content-Type"] == "image/jpeg"
    assert (await fetch(client, eve, photo))[0] == 404  # not a member of the room
    assert (await client.get(f"/media/{photo}")).status == 401  # no session
    _, dm = await upload(client, zoe, jpeg(20), to=max_.id)
    await zoe.send(type="dm", to=max_.id, photo=dm["photo"], ref="d")
    await zoe.expect("ack", ref="d")
    assert (await fetch(client, max_, dm["photo"]))[0] == 200
    assert (await fetch(client, eve, dm["photo"]))[0] == 404
    assert (await fetch(client, max_, "../../secret.key"))[0] == 404
    assert (await fetch(client, max_, "A" * 32))[0] == 404


async def test_retention_purges_images_but_keeps_evidence(
    photo_app: PhotoApp, clock: FakeClock
) -> None:
    system, client = await photo_app()
    assert system.photos is not None
    lea = await Chatter.connect(client, age=15)
    await lea.join("15-17")
    _, body = await upload(client, lea, jpeg(21), room="15-17")
    await lea.send(type="say", room="15-17", photo=body["photo"], ref="p")
    await lea.expect("ack", ref="p")
    assert (await upload(client, lea, jpeg(22, MAGENTA), room="15-17"))[0] == 403
    held = await system.store.held(1)
    assert held is not None
    evidence_id = held.verdict.split('"photo": "')[1].split('"')[0]
    blobs = system.photos.blobs
    clock.advance(6 * 86400)
    await system.tidy()
    assert (await blobs.get(body["photo"])).data  # within the 7 days of retention
    clock.advance(2 * 86400)
    await system.tidy()
    with pytest.raises(NotFound):
        await blobs.get(body["photo"])
    assert await system.store.photo(body["photo"]) is None
    assert (await blobs.get_evidence(evidence_id)).blob.data  # evidence is exempt


async def test_uploads_are_rate_limited_per_user(photo_app: PhotoApp, clock: FakeClock) -> None:
    _, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await max_.join("general")
    for _ in range(10):  # bad files count too: each one costs a worker
        assert (await upload(client, zoe, b"", room="general"))[0] == 422
    status, body = await upload(client, zoe, jpeg(23), room="general")
    assert (status, body["error"]["code"]) == (429, "rate_limited")
    assert (await upload(client, max_, jpeg(23), room="general"))[0] == 201  # per user
    clock.advance(6)  # ten a minute: one more after six seconds
    assert (await upload(client, zoe, jpeg(23), room="general"))[0] == 201


async def test_a_held_photo_released_by_a_moderator_is_served(photo_app: PhotoApp) -> None:
    system, client = await photo_app()
    assert system.photos is not None
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await max_.join("general")
    status, body = await upload(client, zoe, jpeg(24, YELLOW), room="general")
    assert status == 202
    assert (await fetch(client, max_, body["photo"]))[0] == 404
    photo = await system.photos.release(body["photo"])
    assert photo.id == body["photo"]
    await system.store.append_room_message(
        RoomId("general"), UserId(zoe.id), "", system.clock(), late=True, photo=photo
    )
    assert (await fetch(client, max_, body["photo"]))[0] == 200
    with pytest.raises(NotFound):
        await system.photos.release(body["photo"])  # once
