"""Train the sentence model (`model.json`) or the verifier (`verifier.json`) on the project's own labels.

    python -m producers.extract.train --rounds 1-6 [--verifier] [--out PATH]

Every sentence of the self-written gold and of the real reports of the given rounds
(their texts must be present; see tests/data/real/README.md) is one example per event
type: positive when a labelled event of that type quotes it. Words and word pairs
count once per sentence; only those found in at least `MIN_DOCUMENTS` different
reports are features, so the model holds the domain's vocabulary, never a report's
own phrasing.

The model only adds events the patterns missed, so each type's threshold is chosen on
those sentences: by cross-validation over reports (no report in the fold that
predicts it), the lowest probability at which the model's additions were right at
least `TARGET_PRECISION` of the time; a type that never gets there gets no model.

The verifier (`--verifier`) learns from every event the extractor makes without it,
right when a labelled event of its type quotes its sentence; its threshold is the
highest probability below which, by the same cross-validation, the events were false
at least `DROP_PRECISION` of the time.

A round the model or the verifier was trained on can no longer be scored blind (`producers.scoring`
refuses it), so train only on rounds already scored.

Needs scikit-learn (`pip install -e .[train]`); the extractor itself does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from conflictwatch.models import EventType
from producers.corpus import CORPUS, load_corpus, round_range
from producers.extract import extract
from producers.extract.model import NO_MODEL, SHIPPED, features
from producers.extract.sentences import split_sentences
from producers.extract.verifier import NO_VERIFIER, Article, event_features
from producers.extract.verifier import SHIPPED as VERIFIER
from producers.scoring import GoldArticle, labelled_as, load_gold, real_article

GOLD = CORPUS.parent / "gold"
MIN_DOCUMENTS = 3  # a feature must occur in this many reports
MIN_POSITIVES = 4  # a type with fewer labelled sentences gets no model
KEEP = 400  # strongest features kept per type
REGULARISATION = 1.0
TARGET_PRECISION = 0.7
MIN_ADDITIONS = 4  # a threshold must be right on at least this many of the patterns' misses
FOLDS = 5
THRESHOLDS = tuple(t / 100 for t in range(50, 100, 5))
VERIFIER_REGULARISATION = 0.1
VERIFIER_KEEP = 6000  # strongest features kept
DROP_PRECISION = 0.75  # what the verifier drops must have been false this often, held out
MIN_DROPS = 20
DROP_THRESHOLDS = tuple(t / 100 for t in range(50, 0, -5))  # highest first


@dataclass
class Examples:
    rows: list[list[str]] = field(default_factory=list)  # each sentence's features
    labels: list[set[str]] = field(default_factory=list)  # the types labelled on it
    made: list[set[str]] = field(default_factory=list)  # the types the patterns made from it
    documents: list[str] = field(default_factory=list)  # its report


def examples(articles: list[GoldArticle]) -> Examples:
    found = Examples()
    for gold in articles:
        offset = gold.article.meta.offset
        by_patterns = extract(gold.article.text, gold.article.meta, model=NO_MODEL, verifier=NO_VERIFIER)
        for sentence in split_sentences(gold.article.text):
            start, end = offset + sentence.start, offset + sentence.end

            def here(spans: tuple[tuple[int, int], ...], start: int = start, end: int = end) -> bool:
                return any(s < end and start < e for s, e in spans)

            found.labels.append({g.type.value for g in gold.events if here(g.spans)})
            found.made.append({e.type.value for e in by_patterns if e.source.span and here((e.source.span,))})
            found.rows.append(features(sentence.text))
            found.documents.append(gold.name)
    return found


def threshold_for(probabilities: Any, target: list[bool], made: list[bool]) -> float | None:
    """The lowest threshold at which the model's additions (sentences the patterns made
    nothing of the type from) were right often enough, or None."""
    for threshold in THRESHOLDS:
        added = [t for p, t, m in zip(probabilities, target, made, strict=True) if p >= threshold and not m]
        if len(added) >= MIN_ADDITIONS and sum(added) / len(added) >= TARGET_PRECISION:
            return threshold
    return None


def train(articles: list[GoldArticle], trained_on: dict[str, Any]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    data = examples(articles)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(_within_vocabulary(data.rows, data.documents))
    names = vectorizer.get_feature_names_out()
    types: dict[str, Any] = {}
    for event_type in EventType:
        target = [event_type.value in found for found in data.labels]
        if sum(target) < MIN_POSITIVES:
            continue
        model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
        held_out = cross_val_predict(
            model, matrix, target, groups=data.documents, cv=GroupKFold(FOLDS), method="predict_proba"
        )[:, 1]
        threshold = threshold_for(held_out, target, [event_type.value in m for m in data.made])
        if threshold is None:
            continue
        model.fit(matrix, target)
        strongest = sorted(zip(names, model.coef_[0], strict=True), key=lambda pair: -abs(pair[1]))[:KEEP]
        types[event_type.value] = {
            "bias": round(float(model.intercept_[0]), 4),
            "threshold": threshold,
            "weights": {name: round(float(weight), 4) for name, weight in sorted(strongest) if abs(weight) >= 0.01},
            "positives": sum(target),
        }
    return {
        "version": 1,
        "trained_on": {**trained_on, "sentences": len(data.rows), "date": date.today().isoformat()},
        "types": types,
    }


def _within_vocabulary(rows: list[list[str]], documents: list[str]) -> list[dict[str, int]]:
    """Each row's features that occur in at least `MIN_DOCUMENTS` reports: the domain's words, never one report's."""
    by_document: dict[str, set[str]] = {}
    for row, document in zip(rows, documents, strict=True):
        by_document.setdefault(document, set()).update(row)
    spread = Counter(f for found in by_document.values() for f in found)
    return [{f: 1 for f in row if spread[f] >= MIN_DOCUMENTS} for row in rows]


def verifier_examples(articles: list[GoldArticle]) -> Examples:
    """Every event the extractor makes without the verifier, labelled with whether a labelled event of its type
    quotes its sentence."""
    found = Examples()
    for gold in articles:
        made = extract(gold.article.text, gold.article.meta, verifier=NO_VERIFIER)
        article = Article.of(made, len(gold.article.text))
        for event in made:
            found.rows.append(event_features(event, article))
            found.labels.append({event.type.value} if labelled_as(gold, event) else set())
            found.documents.append(gold.name)
    return found


def drop_threshold(probabilities: Any, right: list[bool]) -> float:
    """The highest probability below which the held-out events were false at least `DROP_PRECISION` of the
    time (0: drop nothing)."""
    for threshold in DROP_THRESHOLDS:
        dropped = [r for p, r in zip(probabilities, right, strict=True) if p < threshold]
        if len(dropped) >= MIN_DROPS and dropped.count(False) / len(dropped) >= DROP_PRECISION:
            return threshold
    return 0.0


def train_verifier(articles: list[GoldArticle], trained_on: dict[str, Any]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    data = verifier_examples(articles)
    right = [bool(found) for found in data.labels]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(_within_vocabulary(data.rows, data.documents))
    model = LogisticRegression(C=VERIFIER_REGULARISATION, max_iter=5000)
    held_out = cross_val_predict(
        model, matrix, right, groups=data.documents, cv=GroupKFold(FOLDS), method="predict_proba"
    )[:, 1]
    threshold = drop_threshold(held_out, right)
    model.fit(matrix, right)
    names = vectorizer.get_feature_names_out()
    strongest = sorted(zip(names, model.coef_[0], strict=True), key=lambda pair: -abs(pair[1]))[:VERIFIER_KEEP]
    return {
        "version": 1,
        "trained_on": {**trained_on, "events": len(data.rows), "right": sum(right), "date": date.today().isoformat()},
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": threshold,
        "weights": {name: round(float(weight), 4) for name, weight in sorted(strongest) if abs(weight) >= 0.001},
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=round_range, required=True, help="real-report rounds to train on, e.g. 1-6")
    parser.add_argument("--verifier", action="store_true", help="train the verifier (verifier.json) instead")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    gold = [load_gold(path) for path in sorted(GOLD.glob("*.gold.json"))]
    reports = load_corpus(rounds=args.rounds)
    missing = [r.name for r in reports if r.text is None]
    if missing:
        print(f"error: texts missing for {missing}; re-create them first", file=sys.stderr)
        return 1
    trained_on = {"gold": [g.name for g in gold], "rounds": list(args.rounds), "reports": len(reports)}
    articles = gold + [real_article(r) for r in reports]
    if args.verifier:
        out = args.out or VERIFIER
        verifier = train_verifier(articles, trained_on)
        out.write_text(json.dumps(verifier, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        learned = verifier["trained_on"]
        print(
            f"{out}: {learned['events']} events ({learned['right']} right), rounds {args.rounds[0]}-{args.rounds[-1]}; "
            f"drops below {verifier['threshold']}"
        )
        return 0
    model = train(articles, trained_on)
    out = args.out or SHIPPED
    out.write_text(json.dumps(model, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{t} from {m['threshold']}" for t, m in model["types"].items())
    print(
        f"{out}: {model['trained_on']['sentences']} sentences, "
        f"rounds {args.rounds[0]}-{args.rounds[-1]}; types: {sizes}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
