"""Photos through the real upload path: rooms, private messages, blur, consent, history."""

from __future__ import annotations

import sqlite3
from typing import Any

import aiohttp

from causette.storage.sqlite import SqliteStore
from tests.chatters import Chatter
from tests.conftest import FakeClock
from tests.photos.conftest import PhotoApp, fetch, upload
from tests.photos.fakes import MAGENTA, YELLOW, jpeg


async def test_room_photo_is_delivered_served_and_kept_in_history(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await max_.join("general")
    status, body = await upload(client, zoe, jpeg(1), room="general")
    assert status == 201, body
    assert body["blur"] is False
    await zoe.send(type="say", room="general", photo=body["photo"], ref="p1")
    ack = await zoe.expect("ack", ref="p1")
    msg = await max_.expect("message", room="general")
    assert msg["id"] == ack["id"]
    assert msg["text"] == ""
    assert msg["photo"] == {"id": body["photo"], "url": f"/media/{body['photo']}", "blur": False}
    status, data = await fetch(client, max_, body["photo"])
    assert status == 200
    assert data[:3] == b"\xff\xd8\xff"  # the cleaned JPEG, not the upload
    newcomer = await Chatter.connect(client)
    joined = await newcomer.join("general")
    assert joined["history"][-1]["photo"]["id"] == body["photo"]


async def test_a_photo_is_sent_once_and_only_where_it_was_checked(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    _, body = await upload(client, zoe, jpeg(2), room="general")
    await zoe.send(type="dm", to=max_.id, photo=body["photo"], ref="elsewhere")
    err = await zoe.expect("error", ref="elsewhere")
    assert err["code"] == "photo_target"
    await zoe.send(type="say", room="general", photo=body["photo"], text="regardez", ref="a")
    await zoe.expect("ack", ref="a")
    await zoe.send(type="say", room="general", photo=body["photo"], ref="again")
    assert (await zoe.expect("error", ref="again"))["code"] == "photo_not_found"


async def test_private_photo_arrives_blurred_and_resumes_with_it(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    status, body = await upload(client, zoe, jpeg(3), to=max_.id)
    assert status == 201 and body["blur"] is True
    await zoe.send(type="dm", to=max_.id, photo=body["photo"], ref="d1")
    await zoe.expect("ack", ref="d1")
    dm = await max_.expect("dm")
    assert dm["photo"]["blur"] is True
    assert (await fetch(client, max_, body["photo"]))[0] == 200
    await max_.close()
    again = await Chatter.connect(client, {"token": max_.token, "user": max_.user})
    await again.send(type="resume", rooms={}, dms=0)
    resumed = await again.expect("dm")
    assert resumed["photo"]["id"] == body["photo"]


async def test_explicit_images_by_room_kind(photo_app: PhotoApp, clock: FakeClock) -> None:
    system, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    status, body = await upload(client, zoe, jpeg(4, MAGENTA), room="general")
    assert status == 403
    assert body["error"] == {
        "code": "image_refused",
        "message": "Cette image ne peut pas être envoyée.",
        "field": "image",
    }
    assert await system.store.held(1) is None  # refused, not an emergency: nothing queued
    clock.advance(6)  # the wait between two joins
    await zoe.join("rencontres")
    await max_.join("rencontres")
    status, body = await upload(client, zoe, jpeg(4, MAGENTA), room="rencontres")
    assert status == 201 and body["blur"] is True
    await zoe.send(type="say", room="rencontres", photo=body["photo"], ref="x")
    msg = await max_.expect("message", room="rencontres")
    assert msg["photo"]["blur"] is True


async def test_explicit_image_between_minors_is_blocked_preserved_and_queued(
    photo_app: PhotoApp,
) -> None:
    system, client = await photo_app()
    lea = await Chatter.connect(client, age=16)
    tom = await Chatter.connect(client, age=16)
    # Minors take images only from people they wrote to: tom writes first.
    await tom.send(type="dm", to=lea.id, text="salut", ref="t")
    await tom.expect("ack", ref="t")  # no copy to the sending connection: the ack is it
    status, body = await upload(client, lea, jpeg(5, MAGENTA), to=tom.id)
    assert status == 403
    assert body["error"]["message"] == "Cette image ne peut pas être envoyée."
    held = await system.store.held(1)
    assert held is not None and held.target == f"dm:{tom.id}" and held.sender == lea.id
    assert '"child_safety"' in held.verdict and '"evidence": true' in held.verdict
    # The evidence names the connection that sent it (décret 2021-1362).
    (sent,) = await system.store.identification_records(ref="held:1")  # type: ignore[attr-defined]
    assert (sent.kind, sent.user, sent.ip) == ("held", lea.id, "127.0.0.1") and sent.port > 0
    await tom.nothing("dm")
    assert system.photos is not None
    photo_id = held.verdict.split('"photo": "')[1].split('"')[0]
    evidence = await system.photos.blobs.get_evidence(photo_id)
    assert evidence.blob.mime == "image/jpeg"
    assert (await fetch(client, lea, photo_id))[0] == 404  # never served, even to its sender


async def test_explicit_image_in_a_teen_room_is_blocked_and_queued(photo_app: PhotoApp) -> None:
    system, client = await photo_app()
    lea = await Chatter.connect(client, age=15)
    await lea.join("15-17")
    status, _ = await upload(client, lea, jpeg(6, MAGENTA), room="15-17")
    assert status == 403
    note = await lea.expect("notice")  # the sender, a minor, is pointed to the 3018
    assert note["code"] == "safety_3018" and "3018" in note["message"]
    held = await system.store.held(1)
    assert held is not None and held.target == "room:15-17"
    status, ok = await upload(client, lea, jpeg(6), room="15-17")
    assert status == 201, ok


async def test_consent_to_images_from_strangers(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await max_.send(type="prefs")
    assert (await max_.expect("prefs"))["images_from_strangers"] is True
    await max_.send(type="prefs", images_from_strangers=False)
    assert (await max_.expect("prefs"))["images_from_strangers"] is False
    status, body = await upload(client, zoe, jpeg(7), to=max_.id)
    assert status == 403 and body["error"]["code"] == "photo_refused_by_recipient"
    await max_.send(type="dm", to=zoe.id, text="bonjour", ref="m")
    await max_.expect("ack", ref="m")
    status, body = await upload(client, zoe, jpeg(7), to=max_.id)
    assert status == 201, body
    await zoe.send(type="dm", to=max_.id, photo=body["photo"], ref="z")
    await zoe.expect("ack", ref="z")


async def test_minors_refuse_images_from_strangers_by_default(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    lea = await Chatter.connect(client, age=16)
    tom = await Chatter.connect(client, age=17)
    status, body = await upload(client, tom, jpeg(8), to=lea.id)
    assert status == 403 and body["error"]["code"] == "photo_refused_by_recipient"


async def test_unchecked_image_in_a_general_room_is_held_not_delivered(photo_app: PhotoApp) -> None:
    system, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await max_.join("general")
    status, body = await upload(client, zoe, jpeg(9, YELLOW), room="general")
    assert status == 202
    assert body["held"] is True and body["code"] == "held_for_review"
    held = await system.store.held(1)
    assert held is not None and held.target == "room:general"
    assert f'"photo": "{body["photo"]}"' in held.verdict
    (sent,) = await system.store.identification_records(ref="held:1")  # type: ignore[attr-defined]
    assert (sent.kind, sent.user, sent.ip) == ("held", zoe.id, "127.0.0.1") and sent.port > 0
    await zoe.send(type="say", room="general", photo=body["photo"], ref="h")
    assert (await zoe.expect("error", ref="h"))["code"] == "photo_held"
    assert (await fetch(client, max_, body["photo"]))[0] == 404
    await max_.nothing("message")


async def test_multipart_upload(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    form = aiohttp.FormData()
    form.add_field("photo", jpeg(10), filename="chat.jpg", content_type="image/jpeg")
    resp = await client.post(
        "/api/photos",
        params={"room": "general"},
        data=form,
        headers={"Authorization": f"Bearer {zoe.token}"},
    )
    assert resp.status == 201, await resp.text()
    form = aiohttp.FormData()
    form.add_field("photo", jpeg(10), filename="chat.png", content_type="image/png")
    resp = await client.post(
        "/api/photos",
        params={"room": "general"},
        data=form,
        headers={"Authorization": f"Bearer {zoe.token}"},
    )
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "image_type_mismatch"


async def test_consent_is_checked_again_when_the_photo_is_sent(photo_app: PhotoApp) -> None:
    _, client = await photo_app()
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    status, body = await upload(client, zoe, jpeg(25), to=max_.id)
    assert status == 201
    await max_.send(type="prefs", images_from_strangers=False)
    await max_.expect("prefs")
    await zoe.send(type="dm", to=max_.id, photo=body["photo"], ref="late")
    refused = await zoe.expect("rejected", ref="late")
    assert refused["code"] == "photo_refused"
    await max_.nothing("dm")


class FailsOnce(SqliteStore):
    """SQLite whose next message transaction fails at its commit (then rolls back)."""

    def __init__(self) -> None:
        super().__init__(":memory:")
        self.fail_next = 0
        self._failing = False

    async def append_room_message(self, *args: Any, **kwargs: Any) -> Any:
        self._failing, self.fail_next = self.fail_next > 0, max(0, self.fail_next - 1)
        return await super().append_room_message(*args, **kwargs)

    async def append_dm(self, *args: Any, **kwargs: Any) -> Any:
        self._failing, self.fail_next = self.fail_next > 0, max(0, self.fail_next - 1)
        return await super().append_dm(*args, **kwargs)

    def _commit(self, db: sqlite3.Connection) -> None:
        if self._failing:
            self._failing = False
            raise sqlite3.OperationalError("disk I/O error")  # the disk failed at COMMIT
        super()._commit(db)


async def test_a_photo_whose_message_failed_to_commit_can_be_sent_again(
    photo_app: PhotoApp,
) -> None:
    store = FailsOnce()
    await store.migrate()
    _, client = await photo_app(store=store)
    zoe, max_ = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await max_.join("general")
    _, body = await upload(client, zoe, jpeg(7), room="general")
    _, private = await upload(client, zoe, jpeg(8), to=max_.id)

    store.fail_next = 1
    await zoe.send(type="say", room="general", photo=body["photo"], ref="p1")
    assert (await zoe.expect("error", ref="p1"))["code"] == "database_unavailable"
    await max_.nothing("message")
    await zoe.send(type="say", room="general", photo=body["photo"], ref="p2")  # resent
    ack = await zoe.expect("ack", ref="p2")
    assert (await max_.expect("message", room="general"))["id"] == ack["id"]

    store.fail_next = 1
    await zoe.send(type="dm", to=max_.id, photo=private["photo"], ref="d1")
    assert (await zoe.expect("error", ref="d1"))["code"] == "database_unavailable"
    await zoe.send(type="dm", to=max_.id, photo=private["photo"], ref="d2")
    await zoe.expect("ack", ref="d2")
    assert (await max_.expect("dm"))["photo"]["id"] == private["photo"]
    await zoe.send(type="dm", to=max_.id, photo=private["photo"], ref="d3")  # once only
    assert (await zoe.expect("error", ref="d3"))["code"] == "photo_not_found"
