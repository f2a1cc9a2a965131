"""Extraction throughput and growth, on news text built from the fixtures.

Run from the repository root:

    python benchmarks/bench_extract.py [--megabytes 4]

Prints characters per second for `quantities` and `extract` over a corpus of
many articles (with how densely each language's corpus states figures, and the
cost per claim, which compares languages fairly), and the time of one document
of 100 KB against one of 1 MB (linear growth means a ratio near 10; the target
is at most 11).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import reconcile
from reconcile import Document, extract, quantities

ROOT = Path(__file__).resolve().parents[1]


def corpus(language: str, folders: tuple[Path, ...] | None = None) -> str:
    """All document bodies of one language, joined (front matter stripped)."""
    texts = []
    for folder in folders or (ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "patterns"):
        for doc in reconcile.load(folder):
            if doc.lang == language and doc.text:
                texts.append(doc.text[reconcile.frontmatter.body_offset(doc.text) :])
    return "\n\n".join(texts)


def best_of(repeat: int, func, *args) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def scan_all(articles: list[Document], language: str) -> None:
    for a in articles:
        quantities(a.text or "", language=language)


def extract_all(articles: list[Document]) -> None:
    for a in articles:
        extract(a)


def document_of(base: str, size: int, language: str = "en") -> Document:
    text = (base * (size // len(base) + 1))[:size]
    return Document(id="bench.txt", text=text, lang=language)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=4.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    # The fixtures state a figure every ~100 characters, about twice as often as
    # real news; the real seed articles, where present beside the repository,
    # are measured too (read at run time, never copied into the repository).
    seeds = ROOT.parent / "shared" / "seeds"
    corpora = [("fixtures", None)] + ([("seeds", (seeds,))] if seeds.is_dir() else [])
    for (name, folders), language in [(c, lang) for c in corpora for lang in ("en", "ar", "ru")]:
        base = corpus(language, folders)
        if not base:
            continue
        size = int(args.megabytes * 1_000_000)
        # many articles of a realistic size, as a batch job sees them
        articles = [
            Document(id=f"{i}.txt", text=base, lang=language)
            for i in range(max(1, size // len(base)))
        ]
        total = sum(len(a.text or "") for a in articles)
        t_q = best_of(args.repeat, scan_all, articles, language)
        t_x = best_of(args.repeat, extract_all, articles)
        # languages differ in how densely their corpora state figures: the cost
        # per claim compares the work itself
        claims = len(extract(articles[0])) * len(articles)
        print(
            f"{name} {language}: {total / 1e6:.1f} M chars in {len(articles)} articles: "
            f"quantities {total / t_q / 1e6:.2f} M chars/s, "
            f"extract {total / t_x / 1e6:.2f} M chars/s, "
            f"{claims / total * 1000:.1f} claims per 1,000 chars, "
            f"{t_x / max(claims, 1) * 1e6:.0f} µs per claim"
        )
    for language in ("en", "ar", "ru"):
        base = corpus(language)
        small = document_of(base, 100_000, language)
        large = document_of(base, 1_000_000, language)
        t_small = best_of(args.repeat, extract, small)
        t_large = best_of(args.repeat, extract, large)
        print(
            f"{language} growth: 100 KB in {t_small * 1000:.0f} ms, "
            f"1 MB in {t_large * 1000:.0f} ms, ratio {t_large / t_small:.1f} (linear = 10)"
        )


if __name__ == "__main__":
    main()
