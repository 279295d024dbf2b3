"""The "Lược đồ" of a document: what it rests on, what it changes, what later changed it,
its validity timeline, and a picture of that neighbourhood.

Plain functions, no Gradio: the wiring shows the Markdown and the PNG. Every piece of
archive text (subjects, quotes, file names) is escaped before it goes into Markdown,
so a document cannot inject HTML or formatting into the page. The picture is drawn by
networkx (layout) and matplotlib (rendering, headless ``Agg``).
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assistant.archive.lives import Lives, Statement
from assistant.archive.relations import CORRECTION, SUSPENSION
from assistant.archive.validity import VI_EVENT, VI_STATUS, Event, Life, today, vn_date
from assistant.citations import RegistryEntry, extract
from assistant.errors import AssistantError
from assistant.ui.safe import as_text

# What the document does to others, in the words of the page.
_ACTS = {
    "amends": "sửa đổi, bổ sung",
    "replaces": "thay thế",
    "repeals": "bãi bỏ",
    "terminates": "chấm dứt hiệu lực",
    "guides": "hướng dẫn, quy định chi tiết",
    "implements": "triển khai thực hiện",
    "based_on": "căn cứ",
}
# A suspension and a correction, named as such (not "chấm dứt", "sửa đổi").
_MODES = {SUSPENSION: "tạm ngưng hiệu lực", CORRECTION: "đính chính"}
# Node colours by status (the same hues as the check tab's labels).
_COLOURS = {
    "in_force": "#c8f7c5",
    "partly_in_force": "#fff3a0",
    "not_in_force": "#ff8080",
    "not_yet_in_force": "#cfe2ff",
    "unknown": "#d9d9d9",
}
MAX_QUOTE = 240
MAX_NEIGHBOURS = 24


@dataclass(frozen=True)
class Lineage:
    """What the Lược đồ panel shows: Markdown text and the picture's PNG path."""

    markdown: str
    image: str | None


def text(value: object) -> str:
    """Archive text made inert for Markdown (``safe.as_text``, the UI's one escaper)."""
    return as_text(str(value))


def lineage(lives: Lives, ident: str, *, folder: Path | None = None) -> Lineage:
    """The Lược đồ of the document ``ident`` (however written).

    Raises:
        AssistantError: no ident given, or the archive holds nothing about it.
    """
    ident = (ident or "").strip()
    if not ident:
        raise AssistantError("Hãy chọn hoặc nhập số hiệu văn bản để xem lược đồ.")
    entry = lives.entry(ident)
    life = lives.life(entry) if entry is not None else None
    if entry is None or life is None:
        raise AssistantError(
            f"Kho tài liệu không có văn bản {ident}: kiểm tra số hiệu, hoặc nạp văn bản đó."
        )
    return Lineage(_markdown(entry, life, lives), draw(entry, life, lives, folder=folder))


def lineage_of_source(lives: Lives, source: str, *, folder: Path | None = None) -> Lineage:
    """The Lược đồ of the document whose own file is ``source`` (a row of Tài liệu).

    Raises:
        AssistantError: no file chosen, or the file has no number of its own.
    """
    if not source:
        raise AssistantError("Hãy chọn một tài liệu trong bảng (nhấp vào dòng) để xem lược đồ.")
    owned = [e for e in lives.registry.entries() if e.own_source == source]
    if not owned:
        raise AssistantError(
            f"{source} không có số hiệu riêng trong phần đầu văn bản: "
            "lược đồ chỉ vẽ được cho văn bản có số, ký hiệu."
        )
    return lineage(lives, owned[0].ident, folder=folder)


def cited_idents(panel: str) -> list[str]:
    """The document numbers cited in the sources panel, in order, no repeats."""
    return list(dict.fromkeys(c.ident for c in extract(panel or "") if c.ident and not c.missing))


# --- the text --------------------------------------------------------------------------


def _markdown(entry: RegistryEntry, life: Life, lives: Lives) -> str:
    now = today()
    status = life.status(now)
    title = f"{entry.kind or 'Văn bản'} số {entry.ident}"
    date = f" ngày {vn_date(entry.date)}" if entry.date else ""
    parts = [
        f"### {text(title + date)}",
        text(entry.subject or ""),
        f"**Hiệu lực (tính đến {vn_date(now)}):** {VI_STATUS[status]}",
    ]
    parts += _section(
        "Căn cứ vào", [_line(s, lives, "target") for s in _of(lives, entry, {"based_on"})]
    )
    changes = _of(lives, entry, set(_ACTS) - {"based_on"})
    parts += _section("Văn bản này tác động đến", [_line(s, lives, "target") for s in changes])
    later = [_event_line(e) for e in life.events]
    parts += _section("Đã được văn bản sau thay đổi", later)
    cited_by = [
        s for s in lives.acts_on(entry) if s.relation.type in {"based_on", "guides", "implements"}
    ]
    parts += _section(
        "Được văn bản khác dẫn làm căn cứ, hướng dẫn, triển khai",
        [_line(s, lives, "source") for s in cited_by],
    )
    parts += _section("Diễn biến hiệu lực", _timeline(entry, life))
    parts += [f"⚠ {text(c)}" for c in life.conflicts]
    return "\n\n".join(p for p in parts if p)


def _of(lives: Lives, entry: RegistryEntry, types: set[str]) -> list[Statement]:
    return [s for s in lives.acts_of(entry) if s.relation.type in types]


def _section(title: str, lines: list[str]) -> list[str]:
    body = "\n".join(f"- {line}" for line in lines) if lines else "- (kho tài liệu không ghi nhận)"
    return [f"**{title}**", body]


def _line(s: Statement, lives: Lives, side: str) -> str:
    r = s.relation
    if side == "target":
        other = _name(lives, r.target, r.target_title, r.target_date)
        scope = f" ({r.target_scope})" if r.target_scope else ""
    else:
        other = _name(lives, r.source, None, None)
        scope = ""
    act = _MODES.get(r.mode or "", _ACTS.get(r.type, r.type))
    return f"{text(act)}: {text(other + scope)} — {_evidence(s.evidence())}"


def _event_line(e: Event) -> str:
    if e.type == "expired":
        when = vn_date(e.date) or "?"
        return f"{text(when)}: {text(e.vi())} — {_evidence(e.evidence)}"
    acting = f"{e.by_kind} số {e.by}" if e.by_kind else e.by
    what = VI_EVENT.get(e.type, e.type) + (f" ({e.scope})" if e.scope else "")
    when = vn_date(e.date) or "?"
    if e.lifted:  # a suspension lifted
        when += f" – {vn_date(e.lifted)}"
    return f"{text(when)}: {text(what)} bởi {text(acting)} — {_evidence(e.evidence)}"


def _evidence(evidence: dict) -> str:
    quote = (evidence.get("quote") or "").strip()
    if len(quote) > MAX_QUOTE:
        quote = quote[:MAX_QUOTE].rsplit(" ", 1)[0] + " …"
    where = f"{evidence.get('source') or '?'} {evidence.get('locator') or ''}".strip()
    return f"_{text(where)}_" + (f": «{text(quote)}»" if quote else "")


def _name(lives: Lives, ident: str | None, title: str | None, date: str | None) -> str:
    if ident:
        entry = lives.entry(ident, date)
        if entry is not None:
            return f"{entry.kind or 'Văn bản'} số {entry.ident}" + (
                f" ngày {vn_date(entry.date)}" if entry.date else ""
            )
        return ident
    return f"{title or '?'}" + (f" ngày {vn_date(date)}" if date else "")


def _timeline(entry: RegistryEntry, life: Life) -> list[str]:
    rows: list[tuple[str, str]] = []
    if entry.date:
        rows.append((entry.date, "ban hành"))
    if life.effective:
        assumed = " (theo ngày ban hành)" if life.effective_basis == "issue_date_assumed" else ""
        rows.append((life.effective, f"có hiệu lực{assumed}"))
    for e in life.events:
        status = life.status(e.date) if e.date else None
        after = f" → {VI_STATUS[status]}" if status else ""
        what = e.vi() if e.type == "expired" else f"{VI_EVENT.get(e.type, e.type)} bởi {e.by}"
        rows.append((e.date or "?", f"{what}{after}"))
        if e.lifted:  # a suspension lifted: in force again
            status = life.status(e.lifted)
            rows.append((e.lifted, f"có hiệu lực trở lại → {VI_STATUS[status]}"))
    rows.sort(key=lambda r: r[0])
    return [f"{text(vn_date(d) if d != '?' else d)}: {text(what)}" for d, what in rows]


# --- the picture ---------------------------------------------------------------------------


def draw(
    entry: RegistryEntry, life: Life, lives: Lives, *, folder: Path | None = None
) -> str | None:
    """A PNG of the document's neighbourhood (None when it has no neighbour to draw).

    Arrows go from the acting document to the one acted on, labelled with the act;
    nodes are coloured by status today.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx

    graph = nx.DiGraph()
    centre = entry.ident
    graph.add_node(centre)
    for s in (lives.acts_of(entry) + lives.acts_on(entry))[:MAX_NEIGHBOURS]:
        source = _short(lives, s.relation.source)
        target = _short(lives, s.relation.target) if s.relation.target else s.relation.target_title
        if source and target and source != target:
            graph.add_edge(source, target, label=_ACTS.get(s.relation.type, s.relation.type))
    if graph.number_of_edges() == 0:
        return None
    now = today()
    colours = []
    for node in graph.nodes:
        other = lives.life(node) if node != centre else life
        colours.append(_COLOURS[other.status(now) if other else "unknown"])
    layout = nx.spring_layout(graph, seed=7, k=1.2)
    figure, axes = plt.subplots(figsize=(8, 5.5), dpi=110)
    nx.draw_networkx_nodes(
        graph,
        layout,
        node_color=colours,
        node_size=2600,
        ax=axes,
        edgecolors=["#000" if n == centre else "#777" for n in graph.nodes],
    )
    nx.draw_networkx_labels(
        graph, layout, labels={n: _label(n) for n in graph.nodes}, font_size=7, ax=axes
    )
    nx.draw_networkx_edges(
        graph, layout, arrows=True, arrowsize=16, node_size=2600, edge_color="#555", ax=axes
    )
    nx.draw_networkx_edge_labels(
        graph, layout, font_size=7, ax=axes, edge_labels=nx.get_edge_attributes(graph, "label")
    )
    from matplotlib.patches import Patch

    legend = [Patch(facecolor=c, edgecolor="#777", label=VI_STATUS[s]) for s, c in _COLOURS.items()]
    axes.legend(handles=legend, loc="lower left", fontsize=7, title="Hiệu lực hôm nay")
    axes.set_title(f"Lược đồ {_label(centre).replace(chr(10), '')}", fontsize=10)
    axes.margins(0.15)
    axes.set_axis_off()
    figure.tight_layout()
    folder = folder or Path(tempfile.mkdtemp(prefix="cchc-luoc-do-"))
    path = folder / f"luoc-do-{re.sub(r'[^0-9A-Za-z]+', '-', entry.key)}.png"
    figure.savefig(path)
    plt.close(figure)
    return str(path)


def _short(lives: Lives, ident: str | None) -> str | None:
    """The registry's spelling of ``ident`` (so one document is one node)."""
    if not ident:
        return None
    entry = lives.entry(ident)
    return entry.ident if entry is not None else ident


def _label(node: str) -> str:
    """A node label: the number over the symbol, ``$`` kept literal (matplotlib math)."""
    label = node.replace("$", r"\$")
    if len(label) > 18:
        label = "\n".join(re.findall(r".{1,18}(?:\s|$)|.{18}", label)).strip()
    return label.replace("/", "/\n", 1) if "/" in label and "\n" not in label else label
