from __future__ import annotations

import pyotp
import pytest

from causette.domain.errors import InvalidInput, RateLimited, Unauthorized
from causette.services.credentials import (
    LoginLimiter,
    Moderator,
    Passwords,
    Role,
    authenticate,
    hash_token,
    make_csrf_token,
    new_session,
    new_totp_secret,
    totp_uri,
    verify_csrf_token,
    verify_totp,
)

T0 = 1_800_000_000.0
SECRET = b"operator-secret-0123456789abcdef"
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def fast() -> Passwords:
    # Cheap parameters keep the tests quick; production uses the defaults.
    return Passwords(time_cost=1, memory_cost=8, parallelism=1)


def test_default_hash_is_argon2id_with_the_rfc_parameters() -> None:
    stored = Passwords().hash(PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert Passwords().verify(stored, PASSWORD)


def test_verify_right_wrong_and_broken(fast: Passwords) -> None:
    stored = fast.hash(PASSWORD)
    assert PASSWORD not in stored
    assert fast.verify(stored, PASSWORD)
    assert not fast.verify(stored, PASSWORD + "!")
    assert not fast.verify("not-a-hash", PASSWORD)
    assert not fast.verify(None, PASSWORD)
    assert not fast.verify(stored, "x" * 2000)
    assert fast.hash(PASSWORD) != stored  # salted


def test_password_length_policy(fast: Passwords) -> None:
    with pytest.raises(InvalidInput) as e:
        fast.hash("short")
    assert e.value.code == "password_invalid"
    with pytest.raises(InvalidInput):
        fast.hash("x" * 1025)


def test_needs_rehash_when_parameters_change(fast: Passwords) -> None:
    stored = fast.hash(PASSWORD)
    assert not fast.needs_rehash(stored)
    assert Passwords(time_cost=2, memory_cost=8, parallelism=1).needs_rehash(stored)
    assert fast.needs_rehash("garbage")


def test_totp_accepts_one_step_either_side_and_not_more() -> None:
    secret = new_totp_secret()
    totp = pyotp.TOTP(secret)
    step = int(T0 // 30)
    assert verify_totp(secret, totp.generate_otp(step), T0) == step
    assert verify_totp(secret, totp.generate_otp(step - 1), T0) == step - 1
    assert verify_totp(secret, totp.generate_otp(step + 1), T0) == step + 1
    assert verify_totp(secret, totp.generate_otp(step - 2), T0) is None
    assert verify_totp(secret, totp.generate_otp(step + 2), T0) is None
    code = totp.generate_otp(step)
    assert verify_totp(secret, f"{code[:3]} {code[3:]}", T0) == step
    assert verify_totp(secret, "abcdef", T0) is None
    assert verify_totp(secret, "", T0) is None


def test_totp_code_cannot_be_replayed() -> None:
    secret = new_totp_secret()
    step = int(T0 // 30)
    code = pyotp.TOTP(secret).generate_otp(step)
    used = verify_totp(secret, code, T0)
    assert used == step
    assert verify_totp(secret, code, T0 + 5, last_step=used) is None
    later = pyotp.TOTP(secret).generate_otp(step + 1)
    assert verify_totp(secret, later, T0 + 30, last_step=used) == step + 1


def test_totp_uri_for_authenticator_apps() -> None:
    secret = new_totp_secret()
    uri = totp_uri(secret, "alice")
    assert uri.startswith("otpauth://totp/Causette:alice?")
    assert f"secret={secret}" in uri
    assert "issuer=Causette" in uri


def test_login_limiter_per_account() -> None:
    limiter = LoginLimiter(max_failures=5, window=900)
    for i in range(5):
        limiter.check("alice", "net-a", T0 + i)
        limiter.failure("alice", f"net-{i}", T0 + i)
    with pytest.raises(RateLimited) as e:
        limiter.check("Alice", "net-z", T0 + 10)
    assert e.value.code == "login_rate_limited"
    assert e.value.retry_after == pytest.approx(890)
    limiter.check("bob", "net-z", T0 + 10)
    limiter.check("alice", "net-z", T0 + 900)


def test_login_limiter_per_network() -> None:
    limiter = LoginLimiter(max_failures=5, window=900)
    for i in range(5):
        limiter.failure(f"user{i}", "net-a", T0)
    with pytest.raises(RateLimited):
        limiter.check("someone_else", "net-a", T0 + 1)
    limiter.check("someone_else", "net-b", T0 + 1)


def test_success_clears_the_account_count_only() -> None:
    limiter = LoginLimiter(max_failures=2, window=900)
    limiter.failure("alice", "net-a", T0)
    limiter.failure("alice", "net-a", T0)
    limiter.success("alice", T0 + 1)
    with pytest.raises(RateLimited):
        limiter.check("alice", "net-a", T0 + 2)
    limiter.check("alice", "net-b", T0 + 2)
    limiter.prune(T0 + 901)
    limiter.check("alice", "net-a", T0 + 901)


def test_csrf_token_is_bound_to_the_session_and_secret() -> None:
    token = make_csrf_token(SECRET, "session-1")
    assert verify_csrf_token(SECRET, "session-1", token)
    assert not verify_csrf_token(SECRET, "session-2", token)
    assert not verify_csrf_token(b"another-secret-0123456789abcdef", "session-1", token)
    assert make_csrf_token(SECRET, "session-1") != token  # a fresh nonce each time
    nonce, mac = token.split(".")
    # Tamper with the first character: every one of its bits is significant in base64
    # (the last character's low bits may be padding and decode to the same MAC).
    tampered = ("B" if mac[0] != "B" else "C") + mac[1:]
    assert not verify_csrf_token(SECRET, "session-1", nonce + "." + tampered)
    for bad in ("", ".", "abc", "a.b.c", "!!!.???", "x" * 300):
        assert not verify_csrf_token(SECRET, "session-1", bad)


def moderator(passwords: Passwords, **kw: object) -> Moderator:
    return Moderator(
        id="mod_alice",
        login="alice",
        role=Role.MODERATOR,
        password_hash=passwords.hash(PASSWORD),
        created_at=T0 - 1000,
        **kw,  # type: ignore[arg-type]
    )


def test_sessions_carry_256_bits_store_a_hash_and_expire() -> None:
    mod = Moderator("mod_a", "a", Role.ADMIN, "h", T0)
    token, session = new_session(mod, T0, ttl=3600, idle_ttl=600)
    assert len(token) >= 43  # 32 random bytes, url-safe base64
    assert session.id == hash_token(token) != token
    assert session.role is Role.ADMIN
    assert session.valid(T0 + 599)
    assert not session.valid(T0 + 600)  # idle
    touched = session.touch(T0 + 500)
    assert touched.valid(T0 + 1000)
    assert not touched.touch(T0 + 3590).valid(T0 + 3600)  # absolute expiry
    other, _ = new_session(mod, T0)
    assert other != token


def test_authenticate_with_password(fast: Passwords) -> None:
    limiter = LoginLimiter()
    mod = moderator(fast)
    result = authenticate(
        mod,
        login="alice",
        password=PASSWORD,
        totp_code=None,
        network_key="net-a",
        now=T0,
        limiter=limiter,
        passwords=fast,
    )
    assert result.session.moderator_id == "mod_alice"
    assert result.session.id == hash_token(result.token)
    assert not result.rehashed


def test_authenticate_failures_share_one_message_and_count(fast: Passwords) -> None:
    limiter = LoginLimiter(max_failures=3)
    mod = moderator(fast)
    cases: list[Moderator | None] = [mod, None, moderator(fast, disabled=True)]
    passwords = ["wrong password!", PASSWORD, PASSWORD]
    for account, password in zip(cases, passwords, strict=True):
        with pytest.raises(Unauthorized) as e:
            authenticate(
                account,
                login="alice",
                password=password,
                totp_code=None,
                network_key=None,
                now=T0,
                limiter=limiter,
                passwords=fast,
            )
        assert e.value.code == "login_failed"
        assert e.value.message == "Identifiant, mot de passe ou code incorrect."
    with pytest.raises(RateLimited):
        authenticate(
            mod,
            login="alice",
            password=PASSWORD,
            totp_code=None,
            network_key=None,
            now=T0 + 1,
            limiter=limiter,
            passwords=fast,
        )


def test_authenticate_with_totp(fast: Passwords) -> None:
    secret = new_totp_secret()
    mod = moderator(fast, totp_secret=secret)
    limiter = LoginLimiter()

    def login(code: str | None, account: Moderator = mod) -> Moderator:
        return authenticate(
            account,
            login="alice",
            password=PASSWORD,
            totp_code=code,
            network_key=None,
            now=T0,
            limiter=limiter,
            passwords=fast,
        ).moderator

    with pytest.raises(Unauthorized) as e:
        login(None)
    assert e.value.code == "totp_required"
    with pytest.raises(Unauthorized) as e:
        login("000000" if pyotp.TOTP(secret).at(int(T0)) != "000000" else "111111")
    assert e.value.code == "login_failed"
    code = pyotp.TOTP(secret).at(int(T0))
    updated = login(code)
    assert updated.last_totp_step == int(T0 // 30)
    with pytest.raises(Unauthorized):
        login(code, updated)  # replay of the same code


def test_authenticate_rehashes_when_parameters_changed(fast: Passwords) -> None:
    old = moderator(Passwords(time_cost=2, memory_cost=8, parallelism=1))
    result = authenticate(
        old,
        login="alice",
        password=PASSWORD,
        totp_code=None,
        network_key=None,
        now=T0,
        limiter=LoginLimiter(),
        passwords=fast,
    )
    assert result.rehashed
    assert result.moderator.password_hash != old.password_hash
    assert not fast.needs_rehash(result.moderator.password_hash)
