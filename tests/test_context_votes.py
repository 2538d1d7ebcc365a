"""The context model: a second opinion on a figure's reading from the characters around it."""

from __future__ import annotations

import yaml

from etl.extraction.confidence import CONTEXT_AGREES
from etl.extraction.context_votes import (
    MIN_COUNT,
    NO_FIGURE,
    context_tokens,
    fit_votes,
    read_votes,
    write_votes,
)
from etl.training import context_votes, labelled_samples
from tests.helpers import process


def _tokens(sentence: str, number: str) -> tuple[str, ...]:
    start = sentence.index(number)
    return context_tokens(sentence, start, start + len(number), 0, len(sentence))


PAID = _tokens("县民政局为困难群众发放慰问金12万元，送到家中", "12万元")
RAISED = _tokens("县慈善会向社会各界募集善款8万元，用于救助", "8万元")


def _model():
    examples = [(PAID, "aid_disbursed/actual")] * 10 + [(RAISED, "funds_raised/actual")] * 10
    return fit_votes([*examples, (_tokens("走访困难户300户", "300户"), NO_FIGURE)] * MIN_COUNT)


def test_digits_read_as_one_zero_and_the_window_stops_at_the_sentence():
    text = "去年发放3.5万元。今年走访困难群众1200户，其中低保户860户"
    start = text.index("860户")
    tokens = context_tokens(text, start, start + 4, text.index("今年"), len(text))
    assert "L众0" in tokens and "L00" not in tokens  # 1200 reads as one "0"
    assert not any("。" in t or "去" in t for t in tokens)  # the sentence before is not read
    assert tokens[-1] == "l户"  # the character right before the number


def test_a_reading_agrees_with_the_context_it_was_counted_with():
    model = _model()
    assert model.agreement(PAID, "yuan", "aid_disbursed/actual") > 0.8
    assert model.agreement(PAID, "yuan", "funds_raised/actual") < 0.2
    assert model.agreement(RAISED, "yuan", "funds_raised/actual") > 0.8


def test_only_readings_the_unit_allows_compete():
    # the same words were counted far more often before money than before households
    words = _tokens("为困难群众发放300户", "300户")
    model = fit_votes(
        [(words, "aid_disbursed/actual")] * 50
        + [(words, "households_reached/actual")] * 5
        + [(words, NO_FIGURE)] * 5
    )
    # money readings are no rivals for a count of households, "no figure" is
    assert model.agreement(words, "households", "households_reached/actual") == 0.5
    assert model.agreement(words, "yuan", "aid_disbursed/actual") > 0.8


def test_a_reading_the_labelled_reports_never_hold_gets_no_opinion():
    assert _model().agreement(PAID, "items", "items_distributed/actual") == 0.5


def test_counts_written_are_the_counts_read(tmp_path):
    model = _model()
    path = tmp_path / "votes.json"
    write_votes(model, path, "made here")
    assert read_votes(path) == model


def test_rare_character_pairs_are_not_counted():
    model = fit_votes([(("L甲乙",), "aid_disbursed/actual")] * (MIN_COUNT - 1))
    assert model.tokens == {}


def test_each_figure_carries_its_context_and_the_models_agreement():
    doc = process("冬季救助\n\n市民政局发放30万元慰问金，组织志愿者120名上门服务。")
    for figure in doc.figures:
        assert figure.context and all(t[0] in "LRl" for t in figure.context)
        assert 0.0 <= figure.evidence[CONTEXT_AGREES] <= 1.0


def test_a_reports_agreement_comes_from_a_model_that_never_read_it(tmp_path):
    """Counted on its own report the model would know the answer; training scores each
    report's figures with the model of the other folds."""
    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir()
    gold.mkdir()
    plain = "县开展慰问\n\n县民政局走访困难群众{n}户，发放棉衣{n}件。"
    labels = [("households_reached", "households"), ("items_distributed", "items")]
    odd = "县开展慰问\n\n" + "".join(f"给老人送去棉被{n}床。" for n in range(11, 11 + 6))
    texts = {f"2024-01-1{i}-r{i}.txt": plain.format(n=100 + i) for i in range(4)}
    texts["2024-01-19-odd.txt"] = odd
    for name, text in texts.items():
        (reports / name).write_text(text, encoding="utf-8")
        (reports / name.replace(".txt", ".meta.yml")).write_text(
            "publisher: 测试\npublished: 2024-01-20\nprovince_hint: 甘肃\n", encoding="utf-8"
        )
        figures = [
            {"metric": m, "value": int(text[-5:-2]), "unit": u, "status": "actual"}
            for m, u in labels
            if "odd" not in name
        ]
        (gold / name.replace(".txt", ".yaml")).write_text(
            yaml.safe_dump({"doc": name, "figures": figures}, allow_unicode=True),
            encoding="utf-8",
        )
    samples = labelled_samples(gold, reports)
    odd_samples = [s for s in samples if s.doc == "2024-01-19-odd.txt"]
    assert odd_samples and all(s.reading == NO_FIGURE for s in odd_samples)
    in_sample = context_votes(samples)
    for s in odd_samples:
        seen = in_sample.agreement(s.context, s.unit, s.extracted)
        assert s.evidence[CONTEXT_AGREES] > seen
