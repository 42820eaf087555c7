import json

from causette.domain.guests import PublicProfile
from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.messages import RoomMessage
from causette.domain.profile import Gender
from causette.protocol import envelope, events
from causette.protocol.wsframe import text_frame

ZOE = PublicProfile(UserId("u_1"), "Zoé", 30, Gender.FEMALE, "75")


def test_message_frame_exact_json() -> None:
    msg = RoomMessage(RoomId("general"), MessageId(12), UserId("u_1"), "salut", 1800000000.5)
    assert (
        events.message(msg, events.user_obj(ZOE))
        == (
            '{"type":"message","room":"general","id":12,"from":{"id":"u_1","pseudonym":"Zoé",'
            '"age":30,"gender":"f","department":"75"},"text":"salut","ts":1800000000.5}'
        ).encode()
    )


def test_late_messages_are_marked() -> None:
    msg = RoomMessage(RoomId("g"), MessageId(1), UserId("u_1"), "x", 1.0, late=True)
    assert json.loads(events.message(msg, {}))["late"] is True


def test_minor_department_is_null() -> None:
    teen = PublicProfile(UserId("u_2"), "Léo", 16, Gender.MALE, None)
    assert events.user_obj(teen)["department"] is None


def test_small_frames_exact_json() -> None:
    assert events.ack("c1", 3) == b'{"type":"ack","ref":"c1","id":3}'
    assert events.pong() == b'{"type":"pong"}'
    assert events.error("cooldown", "Patientez", 2.5) == (
        b'{"type":"error","code":"cooldown","message":"Patientez","retry_after":2.5}'
    )
    assert events.rejected("c2", "moderation_blocked", "Non", "drugs") == (
        b'{"type":"rejected","ref":"c2","code":"moderation_blocked","message":"Non",'
        b'"category":"drugs"}'
    )
    assert json.loads(events.held("c3", "En cours")) == {
        "type": "held",
        "ref": "c3",
        "code": "held_for_review",
        "message": "En cours",
    }
    decided = {"action": "dismiss", "at": 1.5, "text": "Aucune mesure.", "redress": "Recours."}
    assert events.report_decided("R-2027-000001", decided) == (
        b'{"type":"report_decided","ticket":"R-2027-000001","decision":{"action":"dismiss",'
        b'"at":1.5,"text":"Aucune mesure.","redress":"Recours."}}'
    )


def test_text_frame_headers_follow_rfc6455() -> None:
    assert text_frame(b"a" * 5)[:2] == b"\x81\x05"
    assert text_frame(b"a" * 200)[:4] == b"\x81\x7e\x00\xc8"
    assert text_frame(b"a" * 70000)[:2] == b"\x81\x7f"
    assert len(text_frame(b"a" * 70000)) == 70000 + 10


def test_envelope_round_trip() -> None:
    data = envelope.pack_sequenced(7, "u_1", b'{"a":"|x|"}')
    assert envelope.unpack(data) == ("M", 7, "u_1", b'{"a":"|x|"}')
    assert envelope.unpack(envelope.pack_plain(b"{}")) == ("P", 0, "", b"{}")
