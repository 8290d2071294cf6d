"""Write the benchmark's report.md, results.json and latency-vs-size plot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.bench.goals import Goal

_NAN = float("nan")

PEER_NAMES = {
    "rank_bm25": "rank_bm25.BM25Okapi.get_scores (same tokens)",
    "st_faiss": "sentence-transformers + FAISS flat",
    "st_faiss_1t": "sentence-transformers + FAISS flat, FAISS on 1 thread",
    "haystack": "Haystack 3.4 in-memory BM25 + embedding, RRF",
    "txtai": "txtai 9.14 hybrid Embeddings (its BM25 + FAISS)",
}
# Stand-in builds are projected from the real models' words/s, which only `bundled` and
# `squad` measure; a run of generated sizes alone says so instead of borrowing other rates.
NOT_PROJECTED = "not projected (no bundled or squad size in this run)"


def _ms(stat: dict[str, float]) -> str:
    return f"{stat['median']:.1f} / {stat['p95']:.1f}"


def _label(size: dict[str, Any]) -> str:
    names = {"bundled": "bundled", "squad": "SQuAD file"}
    return f"{names.get(size['size'], size['size'])} ({size['passages']:,} passages)"


def main_table(sizes: list[dict[str, Any]], model_load_s: float) -> list[str]:
    lines = [
        "| corpus | models | ask ms (median / p95) | retrieve ms (median / p95) | cold start s "
        "(x model load) | build s measured (passages/s) | build s with real models | "
        "peak MB serving | peak MB building |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        build = s["build"]
        measured = build["build_s"] + build["faiss_s"]
        real = f"{measured:,.0f}" if s["real_models"] else _projected(s, "total_s", "{:,.0f}")
        lines.append(
            f"| {_label(s)} | {'real' if s['real_models'] else 'stand-ins'} | {_ms(s['ask'])} | "
            f"{_ms(s['retrieve'])} | {s['cold_start_s']:.1f} "
            f"({s['cold_start_s'] / model_load_s:.2f}x) | {measured:.1f} "
            f"({s['passages'] / measured:,.0f}) | {real} | {s['serve_peak_mb']:,.0f} | "
            f"{s['build_peak_mb']:,.0f} |"
        )
    return lines


def _projected(size: dict[str, Any], key: str, form: str) -> str:
    """A projected figure, or why there is none (the run measured no real-model rates)."""
    projected = size["projected"]
    if projected is None:
        return NOT_PROJECTED
    return form.format(projected[key]) + " (projected)"


def build_table(sizes: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| corpus | read corpus | encoder | spaCy entities | spaCy parse (table) | "
        "chunk+tokenize+BM25 | table's stories and aspects | FAISS | save | "
        "beyond encoder: in turn, no spaCy / as `newsqa index` runs it |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        b = s["build"]
        times = b if s["real_models"] else s["projected"]
        other = b["other_s"]
        table = b.get("disputes_s", 0.0) - b.get("facts_s", 0.0)
        if times is None:
            encoder = analysis_cell = parse_cell = beyond = NOT_PROJECTED
        else:
            encode, analysis = times["encode_s"], times["analysis_s"]
            mark = "" if s["real_models"] else " (projected)"
            parse = b.get("facts_s") if s["real_models"] else times.get("spacy_s", _NAN) - analysis
            encoder, analysis_cell = f"{encode:,.1f}{mark}", f"{analysis:,.1f}{mark}"
            parse_cell = f"{parse:,.1f}{mark}" if parse is not None else "-"
            as_run = _as_run(s)
            beyond = f"{(other + b['faiss_s']) / encode:.0%} / " + (
                f"{as_run:.0%}" if as_run is not None else "-"
            )
        lines.append(
            f"| {_label(s)} | {b['load_corpus_s']:.1f} | {encoder} | {analysis_cell} | "
            f"{parse_cell} | {other:.1f} | {table:.1f} | {b['faiss_s']:.2f} | {b['save_s']:.1f} "
            f"| {beyond} |"
        )
    return lines


def _job_rate(rates: dict[str, float]) -> str:
    """spaCy's rate as the build's second process runs it, when the run measured it."""
    if "spacy_job_words_per_s" not in rates:
        return ""
    return (
        " (an article per spaCy call, in turn), or "
        f"{rates['spacy_job_words_per_s']:,.0f} words/s as the build's second process runs it "
        "(a batch of articles per call, in a fresh process: the rate projections use, split "
        "between entities and parse as in turn)"
    )


def _as_run(size: dict[str, Any]) -> float | None:
    """Build time beyond the encoder's, relative to it, as `newsqa index` runs the build:
    measured (real models, overlapped build with its table, plus the save) or projected."""
    b = size["build"]
    if not size["real_models"]:
        projected = size["projected"] or {}
        return projected.get("beyond_encoding")
    overlapped = b.get("overlapped")
    if not overlapped or not overlapped.get("table"):
        return None
    return (overlapped["build_s"] + b["save_s"] - b["encode_s"]) / b["encode_s"]


def cold_table(sizes: list[dict[str, Any]]) -> list[str]:
    phases = list(sizes[0]["open_parts"])
    lines = ["| phase | " + " | ".join(_label(s) for s in sizes) + " |"]
    lines.append("|---" * (len(sizes) + 1) + "|")
    for phase in phases:
        cells = " | ".join(f"{s['open_parts'].get(phase, float('nan')):.2f}" for s in sizes)
        lines.append(f"| {phase} | {cells} |")
    return lines


def peers_table(sizes: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| corpus | system | query ms (median / p95) | x our retrieve | build s | peak MB |",
        "|---|---|---|---|---|---|",
    ]
    for s in sizes:
        ours = s["retrieve"]["median"]
        lines.append(f"| {_label(s)} | **ours, retrieve (hybrid)** | {_ms(s['retrieve'])} | 1.00"
                     f" | {s['build']['build_s']:.1f} | {s['serve_peak_mb']:,.0f} |")  # fmt: skip
        for name, peer in s["peers"].items():
            lines.append(
                f"| | {PEER_NAMES[name]} | {_ms(peer['query'])} | "
                f"{peer['query']['median'] / ours:.2f} | {peer['build_s']:.1f} | "
                f"{peer['peak_mb']:,.0f} |"
            )
    return lines


def bm25_table(sizes: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| corpus | BM25Okapi.get_scores ms | ours `BM25Index.scores` ms | speed-up | "
        "identical scores | build s BM25Okapi / ours |",
        "|---|---|---|---|---|---|",
    ]
    for s in sizes:
        peer = s["peers"].get("rank_bm25")
        if not peer:
            continue
        ratio = peer["query"]["median"] / peer["ours_bm25"]["median"]
        lines.append(
            f"| {_label(s)} | {_ms(peer['query'])} | {peer['ours_bm25']['median']:.3f} | "
            f"{ratio:,.0f}x | {'yes' if peer['equal_scores'] else 'NO'} | "
            f"{peer['build_s']:.1f} / {peer['ours_build_s']:.1f} |"
        )
    return lines


_EXACT = ("bm25", "dense")  # the modes whose top-5 sets must be identical on both backends


def qdrant_table(sizes: list[dict[str, Any]]) -> list[str]:
    """The Qdrant backend in local mode next to the embedded one, timed in turns in one process."""
    lines = [
        "| corpus | retrieve ms embedded / Qdrant (median) | Qdrant p95 | x embedded | ask ms "
        "embedded / Qdrant (median) | ingest s (records + upload) | reopen s (uploaded) | "
        "add an article s (uploaded) | identical top-5 bm25 / dense, hybrid overlap | peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        q = s.get("qdrant")
        if not q:
            continue
        agree = q["agreement"]
        same = " / ".join(f"{agree[m]['identical']}/{agree[m]['questions']}" for m in _EXACT)
        add = f"{q['add']['seconds']:.1f} ({q['add']['uploaded']:,})" if q.get("add") else "-"
        mine, theirs = q["embedded_retrieve"]["median"], q["qdrant_retrieve"]["median"]
        lines.append(
            f"| {_label(s)} | {mine:.1f} / {theirs:.1f} | {q['qdrant_retrieve']['p95']:.1f} | "
            f"{theirs / mine:.1f} | {q['embedded_ask']['median']:.1f} / "
            f"{q['qdrant_ask']['median']:.1f} | "
            f"{q['ingest_s']:.1f} ({q['records_s']:.1f} + {q['ingest_s'] - q['records_s']:.1f}) | "
            f"{q['reopen_s']:.1f} ({q['reuploaded']}) | {add} | "
            f"{same}, {agree['hybrid']['mean_overlap']:.3f} | {q['peak_mb']:,.0f} |"
        )
    return lines


def recall_table(sizes: list[dict[str, Any]]) -> list[str]:
    """The approximate index against flat search over the same stored vectors."""
    lines = [
        "| corpus | recall@10 vs flat | FAISS search ms, approximate / flat (median) | questions |",
        "|---|---|---|---|",
    ]
    for s in sizes:
        r = s.get("recall")
        if r:
            lines.append(
                f"| {_label(s)} | {r['recall_at_10']:.3f} | {r['approximate_p50_ms']:.2f} / "
                f"{r['flat_p50_ms']:.2f} | {r['questions']} |"
            )
    return lines


def quality_table(quality: dict[str, Any]) -> list[str]:
    lines = ["| system | Recall@5 | nDCG@10 |", "|---|---|---|"]
    for name, q in quality["systems"].items():
        lines.append(f"| {PEER_NAMES.get(name, name)} | {q['recall@5']:.3f} | {q['ndcg@10']:.3f} |")
    return lines


def goals_table(goals: list[Goal]) -> list[str]:
    lines = ["| goal | measured | bound | met |", "|---|---|---|---|"]
    for g in goals:
        op = ">=" if g.higher_is_better else "<="
        lines.append(
            f"| {g.name} | {g.measured:,.2f} {g.unit} | {op} {g.bound:g} {g.unit} | "
            f"{'yes' if g.met else f'**no** ({g.margin})'} |"
        )
    missed = [g for g in goals if not g.met and g.why_missed]
    if missed:
        lines += ["", "Why each missed goal is missed, and what would close it:", ""]
        lines += [f"- **{g.name}**: {g.why_missed}" for g in missed]
    return lines


def plot(sizes: list[dict[str, Any]], target: Path) -> None:
    """Median latency against corpus size, ours and the peers, log-log."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ordered = sorted(sizes, key=lambda s: s["passages"])
    x = [s["passages"] for s in ordered]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.plot(x, [s["ask"]["median"] for s in ordered], "o-", label="ours: ask")
    ax.plot(x, [s["retrieve"]["median"] for s in ordered], "o-", label="ours: retrieve")
    bm25 = [(s["passages"], s["peers"]["rank_bm25"]["ours_bm25"]["median"]) for s in ordered
            if "rank_bm25" in s["peers"]]  # fmt: skip
    if bm25:
        ax.plot(*zip(*bm25, strict=True), "o-", label="ours: BM25 scores only")
    for name, label in PEER_NAMES.items():
        points = [(s["passages"], s["peers"][name]["query"]["median"]) for s in ordered
                  if name in s["peers"]]  # fmt: skip
        if points:
            ax.plot(*zip(*points, strict=True), "s--", label=label, alpha=0.8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages in the index")
    ax.set_ylabel("median latency per question (ms)")
    ax.set_title("Warm query latency vs corpus size (2-core CPU)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(target, dpi=110)
    plt.close(fig)


def write(out: Path, results: dict[str, Any], goals: list[Goal], header: list[str]) -> None:
    """report.md, results.json and latency_vs_size.png in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = results["sizes"]
    (out / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    plot(sizes, out / "latency_vs_size.png")
    body = [*header, "", "## Results", ""]
    body += main_table(sizes, results["model_load_s"])
    failing = [s for s in sizes if s["ask_errors"]]
    if failing:
        counts = "; ".join(
            f"{_label(s)}: {s['ask_errors']} ({', '.join(s['ask_error_kinds'])})" for s in failing
        )
        body += ["", f"Questions on which `ask` raised (left out of the ask latencies): {counts}."]
    body += ["", "## Goals", "", *goals_table(goals)]
    body += ["", "## Build time by phase (seconds)", "", *build_table(sizes)]
    rates = results.get("rates") or {}
    if rates:
        encoder = f" ({results['encoder']})" if results.get("encoder") else ""
        body += ["", f"Measured on real text (bundled + SQuAD builds): the encoder{encoder} "
                 f"embeds {rates['encode_words_per_s']:,.0f} words/s (passages and sentences; "
                 "against the float torch model, side by side: `python -m eval.bench.encoders`), "
                 "spaCy's "
                 f"entity pass reads {rates['analysis_words_per_s']:,.0f} words/s, and with the "
                 "table's parse "
                 f"{rates.get('spacy_words_per_s', _NAN):,.0f} words/s{_job_rate(rates)}; "
                 "the projected figures "
                 "use these rates, with spaCy beside the encoder (each on one core, the slower "
                 "setting the time) and everything else measured at the size. 'Beyond encoder' "
                 "is everything but the encoder, relative to the encoder's time. The phases are "
                 "timed in turn in one process; `newsqa index` runs spaCy (entities, then the "
                 "table's parse, one loaded model) in a second process beside the encoder, timed "
                 "whole (the table and FAISS included, the save not):"]  # fmt: skip
        body += [f"- {_label(s)}: {s['build']['overlapped']['build_s']:,.1f} s"
                 f" (in turn {s['build']['build_s'] + s['build']['faiss_s']:,.1f} s)"
                 for s in sizes if s["build"].get("overlapped")]  # fmt: skip
    body += ["", "## Cold start by phase (seconds, one process running them in order)", ""]
    body += cold_table(sizes)
    adds = [s for s in sizes if s.get("add")]
    for s in adds:
        body += ["", f"## Adding an article to {_label(s)}", ""]
        body += ["Each add changes only the new article's rows and saves only the rows that differ "
                 "from the previous build; each removal drops the article's rows and saves the "
                 "rows after them (the first added article is removed first).", ""]  # fmt: skip
        for n, a in enumerate(s["add"]["adds"], start=1):
            body.append(f"- add {n}: {a['seconds']:.2f} s, of which {_add_phases(a)}; "
                        f"embedded {a['embedded']} texts, the new article has {a['new_texts']} "
                        f"({a['new_passages']} passages + sentences)")  # fmt: skip
        for n, r in enumerate(s["add"].get("removes", []), start=1):
            body.append(f"- remove {n}: {r['seconds']:.2f} s, of which {_add_phases(r)}")
        save = s["add"]["save_only_s"]
        body.append(f"- saving the whole index (as a build does): {save:.2f} s")
    if any(s.get("recall") for s in sizes):
        body += [
            "",
            "## Approximate dense search (FAISS IVF, fast-scan codes re-scored) against flat",
            "",
        ]
        body += ["From `index.approximate.APPROXIMATE_FROM` passages on, dense search probes the "
                 "IVF lists nearest the question instead of reading every vector. Recall@10 is "
                 "the share of flat search's top 10 that it finds, for the real model's vectors "
                 "of the benchmark questions; FAISS and re-scoring, one thread.", ""]  # fmt: skip
        body += recall_table(sizes)
    body += ["", "## Peers on the same passages and questions", "", *peers_table(sizes)]
    if any(s.get("qdrant") for s in sizes):
        where = sorted({s["qdrant"]["where"] for s in sizes if s.get("qdrant")})
        body += ["", f"## Qdrant backend, {' and '.join(where)} (same index, same questions)", ""]
        body += ["One process opens the stored index, uploads it into a fresh Qdrant collection, "
                 "closes and reopens it, then times `retrieve` and `ask` on both backends in "
                 "turns, question by question. Peak memory is that process's: the local index "
                 "and the Qdrant collection together.", ""]  # fmt: skip
        body += qdrant_table(sizes)
    body += ["", "## BM25 against the reference", "", *bm25_table(sizes)]
    if results.get("quality"):
        q = results["quality"]
        title = f"## Retrieval quality on the SQuAD file ({q['questions']} answerable questions"
        body += ["", f"{title}, {q['paragraphs']} paragraphs, {q['passages']} passages)", ""]
        body += quality_table(q)
    body += ["", "![latency vs size](latency_vs_size.png)", ""]
    (out / "report.md").write_text("\n".join(body), encoding="utf-8")


# The phases of an add or removal (eval.bench.building.add_articles), as the report names them;
# results from before they were timed have saving alone.
_ADD_PHASES = {
    "encode_s": "encoding",
    "analysis_s": "entity analysis",
    "table_s": "disagreement table (with its parse)",
    "save_s": "saving",
}


def _add_phases(timed: dict[str, Any]) -> str:
    return ", ".join(
        f"{name} {timed[key]:.2f} s" for key, name in _ADD_PHASES.items() if key in timed
    )
