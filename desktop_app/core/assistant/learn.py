"""What the assistant learns from the user: a multinomial naive Bayes over words,
trained on the documents the user confirmed or corrected in this data folder, on top of
the built-in cue words (each category's cues form one pseudo-document, so a model with
few examples still knows what each category looks like).

The model is small and rebuilt on demand from the stored examples (word counts): a few
hundred confirmed documents train in milliseconds.

``common_model`` is the same kind of model trained on the words of hundreds of real
papers that people labelled, shipped with the app (``assets/words/common_words.json``,
built by ``tools/common_words.py``): how papers of each tab are worded, before the user
has filed anything.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from desktop_app.core.assistant.knowledge import CATEGORIES, DOCUMENT_TYPES
from desktop_app.core.assistant.text import words

ALPHA = 0.5  # Laplace smoothing
PRIOR_WEIGHT = 2  # how many times each built-in cue word counts


@dataclass(frozen=True)
class Example:
    """One confirmed document: its category and the words it holds."""

    category: str
    counts: Mapping[str, int]


def word_counts(text: str) -> dict[str, int]:
    return dict(Counter(words(text)))


@dataclass
class Model:
    examples: int = 0
    category_docs: Counter[str] = field(default_factory=Counter)
    word_totals: dict[str, Counter[str]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)

    def posterior(self, counts: Mapping[str, int]) -> dict[str, float]:
        """P(category | words), each word counted once (binarised: long documents do not
        swamp the estimate)."""
        known = [w for w in counts if w in self.vocabulary]
        if not known:
            return {}
        logits: dict[str, float] = {}
        size = len(self.vocabulary)
        total_docs = sum(self.category_docs.values())
        for category in CATEGORIES:
            totals = self.word_totals.get(category, Counter())
            denominator = sum(totals.values()) + ALPHA * size
            prior = (self.category_docs[category] + 1) / (total_docs + len(CATEGORIES))
            logits[category] = math.log(prior) + sum(
                math.log((totals[w] + ALPHA) / denominator) for w in known
            )
        # Temper: naive Bayes is overconfident when words are not independent.
        scale = max(1.0, len(known) / 8)
        top = max(logits.values())
        weights = {c: math.exp((v - top) / scale) for c, v in logits.items()}
        norm = sum(weights.values())
        return {c: w / norm for c, w in weights.items()}

    def telling_words(self, counts: Mapping[str, int], category: str, n: int = 3) -> list[str]:
        """The words of the document that most point to ``category``."""
        mine = self.word_totals.get(category, Counter())
        rest: Counter[str] = Counter()
        for other, totals in self.word_totals.items():
            if other != category:
                rest.update(totals)
        ranked = sorted(
            (w for w in counts if mine[w] > 0),
            key=lambda w: -math.log((mine[w] + ALPHA) / (rest[w] + ALPHA)),
        )
        return ranked[:n]


def train(examples: Iterable[Example]) -> Model:
    model = Model()
    for doc_type in DOCUMENT_TYPES:
        totals = model.word_totals.setdefault(doc_type.category, Counter())
        for phrase, weight in doc_type.cues:
            for word in phrase.split():
                if len(word) > 1 and not word.isdigit():
                    totals[word] += weight * PRIOR_WEIGHT
                    model.vocabulary.add(word)
    for example in examples:
        if example.category not in CATEGORIES:
            continue
        model.examples += 1
        model.category_docs[example.category] += 1
        totals = model.word_totals.setdefault(example.category, Counter())
        for word in example.counts:
            totals[word] += 1
            model.vocabulary.add(word)
    return model


@functools.cache
def common_model() -> Model:
    """The model of how each tab's papers are worded, from the shipped word counts."""
    path = resources.files("desktop_app") / "assets" / "words" / "common_words.json"
    return model_from_counts(json.loads(path.read_text(encoding="utf-8")))


def model_from_counts(counts: Mapping[str, Any]) -> Model:
    """A model from word counts ({"papers": {tab: papers}, "words": {tab: {word: how many
    of its papers hold it}}}, as ``tools/common_words.py`` writes them), on top of the
    built-in cue words."""
    model = train(())
    for category, papers in counts["papers"].items():
        if category in CATEGORIES:
            model.examples += int(papers)
            model.category_docs[category] += int(papers)
    for category, held in counts["words"].items():
        if category in CATEGORIES:
            model.word_totals.setdefault(category, Counter()).update(
                {str(w): int(n) for w, n in held.items()})
            model.vocabulary.update(str(w) for w in held)
    return model
