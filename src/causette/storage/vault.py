"""Identification records encrypted at rest (décret 2021-1362; RGPD art. 25 and 32).

A year of addresses linked to pseudonyms must not leak with a database dump or a
backup. Each record's address and source port are sealed with AES-256-GCM, a random
96-bit nonce per record, and the record's kind, ref, user and time (and the key id) as
associated data: a sealed value copied onto another row does not open. The row keeps
the id of its key (`key_id`), so the key can rotate: old rows stay readable while their
key is configured. A lookup by address goes through a blind index: the first 16 bytes
of HMAC-SHA256 of the normalised address, under another key; a lookup hashes the
queried address under every configured key. Ports are never searched alone.

Keys come from a secret by HKDF-SHA256, one `info` label per use: the node's secret
(`app.load_secret`, the same on every node) unless the operator sets a dedicated
`CAUSETTE_IDENTIFICATION_KEY` (`app.load_identification_vault`). A key id is derived
too (8 hex digits): it names a key without revealing it, and a key is known by it.

Usage (the stores do this): `vault.row(kind, ref, user, ip, port, at)` gives the
values of an INSERT; `vault.open(kind, ref, user, at, key_id, sealed)` gives back
`(ip, port)` or raises `IdentificationKeyError`. Keys are never logged or shown.

The audit log outlives the records (it is never purged): the address or pseudonym a
requisition asked about goes into it as a keyed digest (`criterion_digest`), never in
clear; `criterion_digests` gives it under every configured key, to find the entries
that asked about a given value (`causette audit requisitions`).
"""

from __future__ import annotations

import functools
import hmac
import os
from collections.abc import Iterable, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from causette.domain.errors import Unavailable
from causette.domain.requisitions import canonical_ip

__all__ = ["IdentificationKeyError", "IdentificationVault"]

# One label per derived key: the same secret never keys two uses.
_SEAL_INFO = b"causette identification: aes-256-gcm v1"
_INDEX_INFO = b"causette identification: address index v1"
_KEY_ID_INFO = b"causette identification: key id v1"
_CRITERION_INFO = b"causette identification: requisition criterion v1"
_NONCE = 12
_INDEX_BYTES = 16
_SEP = "\x1f"


class IdentificationKeyError(Unavailable):
    """A record cannot be opened: its key is not configured on this node
    (`identification_key_unknown`), or the record was altered or moved to another row
    (`identification_record_invalid`). Never a silent wrong answer."""


def _aad(kind: str, ref: str, user: str, at: float, key_id: str) -> bytes:
    """The associated data binding a sealed value to its row."""
    # repr() of a float round-trips exactly, through SQLite REAL and PostgreSQL DOUBLE
    # PRECISION alike, so the row's own time reads back as the same bytes.
    return _SEP.join((kind, ref, user, repr(float(at)), key_id)).encode()


def _derive(secret: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(secret)


class _Key:
    __slots__ = ("aead", "criterion_key", "index_key", "key_id")

    def __init__(self, secret: bytes) -> None:
        self.key_id = _derive(secret, _KEY_ID_INFO, 4).hex()
        self.aead = AESGCM(_derive(secret, _SEAL_INFO))
        self.index_key = _derive(secret, _INDEX_INFO)
        self.criterion_key = _derive(secret, _CRITERION_INFO)

    def __repr__(self) -> str:  # never the key material
        return f"<identification key {self.key_id}>"


class IdentificationVault:
    """The keys of the identification records: one current key (seals new records),
    any number of old ones (still open theirs and answer lookups).

    `secret` and each of `old_secrets` are the operator's secrets (bytes, at least 32);
    the keys are derived from them. Build one per node from the settings
    (`app.load_identification_vault`); `ephemeral()` for a store nobody reopens.
    """

    def __init__(self, secret: bytes, *, old_secrets: Sequence[bytes] = ()) -> None:
        if not secret:
            raise ValueError("identification vault: empty secret")
        self._current = _Key(secret)
        self._keys = {self._current.key_id: self._current}
        for old in old_secrets:
            key = _Key(old)
            self._keys.setdefault(key.key_id, key)
        self._index = functools.lru_cache(maxsize=4096)(self._index_uncached)

    @classmethod
    def ephemeral(cls) -> IdentificationVault:
        """A vault with a random key, for a store only this object reads (tests, benches):
        another process, or another vault, cannot open what it seals."""
        return cls(os.urandom(32))

    def __repr__(self) -> str:
        return f"<IdentificationVault current={self.key_id} keys={sorted(self._keys)}>"

    @property
    def key_id(self) -> str:
        """The id of the key that seals new records."""
        return self._current.key_id

    @property
    def key_ids(self) -> frozenset[str]:
        """The ids of every configured key."""
        return frozenset(self._keys)

    # -- sealing ----------------------------------------------------------------

    def row(
        self, kind: str, ref: str, user: str, ip: str, port: int, at: float
    ) -> tuple[str, str, str, str, bytes, bytes, float]:
        """The values of `INSERT INTO identification (kind, ref, user_id, key_id, sealed,
        ip_index, at)` for one record (the hot path: once per content creation)."""
        key = self._current
        nonce = os.urandom(_NONCE)
        aad = _aad(kind, ref, user, at, key.key_id)
        sealed = nonce + key.aead.encrypt(nonce, f"{int(port)} {ip}".encode(), aad)
        return (kind, ref, user, key.key_id, sealed, self._index(key, ip), at)

    def open(
        self, kind: str, ref: str, user: str, at: float, key_id: str, sealed: bytes
    ) -> tuple[str, int]:
        """`(ip, port)` of a stored record; raise `IdentificationKeyError` when its key is
        not configured or the row does not authenticate (altered, or moved)."""
        key = self._keys.get(key_id)
        if key is None:
            raise _unknown_key(key_id, self)
        data = bytes(sealed)
        try:
            plain = key.aead.decrypt(
                data[:_NONCE], data[_NONCE:], _aad(kind, ref, user, at, key_id)
            )
        except (InvalidTag, ValueError):
            raise IdentificationKeyError(
                "identification_record_invalid",
                f"L'enregistrement d'identification {ref} ne s'authentifie pas avec sa clé"
                f" ({key_id}) : il a été modifié ou déplacé dans la base. Il n'est pas"
                " lu (aucune donnée fausse n'est rendue).",
            ) from None
        port, _, ip = plain.decode().partition(" ")
        return ip, int(port)

    # -- the blind index --------------------------------------------------------

    @staticmethod
    def _index_uncached(key: _Key, ip: str) -> bytes:
        return hmac.digest(key.index_key, canonical_ip(ip).encode(), "sha256")[:_INDEX_BYTES]

    def ip_indexes(self, ip: str) -> list[bytes]:
        """The blind index of `ip` under every configured key (rows sealed under an old
        key were indexed under it): what a lookup by address matches."""
        return [self._index(key, ip) for key in self._keys.values()]

    # -- what requisitions asked about, in the audit log ----------------------------

    @staticmethod
    def _criterion(key: _Key, criterion: str, value: str) -> str:
        mac = hmac.digest(key.criterion_key, f"{criterion}\0{value}".encode(), "sha256")
        return f"{key.key_id}:{mac[:16].hex()}"

    def criterion_digest(self, criterion: str, value: str) -> str:
        """`KEYID:HEX` (HMAC-SHA256, 16 bytes) of a requisition's criterion and canonical
        value under the current key: what the audit log keeps instead of the value."""
        return self._criterion(self._current, criterion, value)

    def criterion_digests(self, criterion: str, value: str) -> frozenset[str]:
        """The digest of `value` under every configured key (entries written before a
        rotation carry the old key's)."""
        return frozenset(self._criterion(k, criterion, value) for k in self._keys.values())

    def check_key_ids(self, found: Iterable[str | None]) -> None:
        """Raise `IdentificationKeyError` if a key id found in the database is not
        configured here (a node started with another secret, a key dropped too soon)."""
        for key_id in found:
            if key_id is not None and key_id not in self._keys:
                raise _unknown_key(key_id, self)


def _unknown_key(key_id: str, vault: IdentificationVault) -> IdentificationKeyError:
    return IdentificationKeyError(
        "identification_key_unknown",
        f"Des données d'identification de la base sont chiffrées avec la clé {key_id}, que"
        f" ce nœud ne connaît pas (clés configurées : {', '.join(sorted(vault.key_ids))})."
        " Vérifiez CAUSETTE_SECRET_KEY (ou le fichier secret.key du dossier de données),"
        " CAUSETTE_IDENTIFICATION_KEY et CAUSETTE_IDENTIFICATION_OLD_KEYS : les mêmes sur"
        " tous les nœuds, et les anciennes clés gardées tant que des données qu'elles"
        " chiffrent sont conservées (docs/deploy.md).",
    )
