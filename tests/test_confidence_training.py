"""The confidence model: named evidence, weights fitted on labelled reports, reproducible."""

from __future__ import annotations

import yaml

from etl.cli import main as etl_main
from etl.extraction.confidence import BEYOND_CEILING, Weights, score, threshold, weights
from etl.extraction.context_votes import NO_FIGURE, read_votes
from etl.paths import CONFIDENCE_FILE, CONTEXT_VOTES_FILE, GOLD_DIR, REPORTS_DIR
from etl.training import (
    Sample,
    auc,
    context_votes,
    fit,
    labelled_samples,
    predict,
    review_threshold,
)
from tests.helpers import process


def _samples(evidence: str, right: int, wrong: int, doc: str = "d") -> list[Sample]:
    found = {evidence: 1.0}
    return [Sample(doc, found, True)] * right + [Sample(doc, found, False)] * wrong


def test_evidence_that_is_usually_right_gets_the_larger_weight():
    model = fit(_samples("sure", 95, 5) + _samples("unsure", 30, 70))
    assert model.weights["sure"] > model.weights["unsure"]
    assert predict(model, {"sure": 1.0}) > 0.85
    assert predict(model, {"unsure": 1.0}) < 0.4


def test_auc_is_the_share_of_right_wrong_pairs_ranked_right_with_ties_halved():
    assert auc([0.9, 0.8, 0.3, 0.1], [True, False, True, False]) == 0.75
    assert auc([0.5, 0.5], [True, False]) == 0.5


def test_the_review_threshold_sends_the_least_sure_share_to_review():
    scores = [i / 100 for i in range(100)]
    cut = review_threshold(scores, 0.04)
    assert sum(s < cut for s in scores) == 4


def test_a_value_beyond_its_unit_ceiling_is_never_trusted():
    strong = {"clause_cue": 1.0, "noun_after": 1.0, BEYOND_CEILING: 1.0}
    assert score(strong) < threshold()
    assert score(strong, Weights(10.0, {}, 0.5)) < 0.5


def test_each_figure_names_the_evidence_it_was_scored_from():
    doc = process("冬季救助\n\n市民政局发放30万元慰问金，组织志愿者120名上门服务。")
    found = {f.metric: f.evidence for f in doc.figures}
    assert found["aid_disbursed"].keys() >= {"noun_after", "metric:aid_disbursed"}
    assert found["staff_mobilized"].keys() >= {"clause_cue", "metric:staff_mobilized"}
    assert {e["sentence_figures"] for e in found.values()} == {2 / 8}
    assert [f.confidence for f in doc.figures] == [score(f.evidence) for f in doc.figures]


def test_training_on_labelled_reports_writes_weights_the_extractor_reads(tmp_path):
    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir()
    gold.mkdir()
    texts = {
        "2024-01-10-a.txt": "甲县开展慰问\n\n甲县民政局走访困难群众300户，发放慰问金12万元。",
        "2024-01-12-b.txt": "乙县开展慰问\n\n乙县慈善会募集善款8万元，安排资金5万元。",
    }
    labels = {
        "2024-01-10-a.txt": [
            ("households_reached", 300, "households"),
            ("aid_disbursed", 120000, "yuan"),
        ],
        "2024-01-12-b.txt": [("funds_raised", 80000, "yuan")],
    }
    for name, text in texts.items():
        (reports / name).write_text(text, encoding="utf-8")
        (reports / name.replace(".txt", ".meta.yml")).write_text(
            "publisher: 测试\npublished: 2024-01-20\nprovince_hint: 甘肃\n", encoding="utf-8"
        )
        figures = [
            {"metric": m, "value": v, "unit": u, "status": "actual"} for m, v, u in labels[name]
        ]
        (gold / name.replace(".txt", ".yaml")).write_text(
            yaml.safe_dump({"doc": name, "figures": figures}, allow_unicode=True), encoding="utf-8"
        )
    samples = labelled_samples(gold, reports)
    assert sorted(s.right for s in samples) == [False, True, True, True]
    out, votes_out = tmp_path / "confidence.yml", tmp_path / "votes.json"
    args = ["train", "--gold", str(gold), "--reports", str(reports), "--out", str(out)]
    assert etl_main([*args, "--votes", str(votes_out)]) == 0
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert out.read_text(encoding="utf-8").startswith("# Made by `python -m etl train` from 2 ")
    assert 0 < written["threshold"] < 1
    assert set(written["weights"]) == {k for s in samples for k in s.evidence}
    # the context model counts the gold's reading of every figure extracted
    assert read_votes(votes_out).readings == {
        "households_reached/actual": 1,
        "aid_disbursed/actual": 1,
        "funds_raised/actual": 1,
        NO_FIGURE: 1,
    }


def test_the_committed_weights_and_context_votes_are_what_training_fits_on_the_bundled_gold():
    """Rules that move the evidence need `python -m etl train` run again."""
    samples = labelled_samples(GOLD_DIR, REPORTS_DIR)
    assert context_votes(samples) == read_votes(CONTEXT_VOTES_FILE), "run `python -m etl train`"
    model = fit(samples)
    committed = weights()
    assert abs(model.bias - committed.bias) < 0.05, "run `python -m etl train`"
    assert model.weights.keys() == committed.weights.keys(), "run `python -m etl train`"
    for name, w in model.weights.items():
        assert abs(w - committed.weights[name]) < 0.05, f"{name}: run `python -m etl train`"
    assert CONFIDENCE_FILE.read_text(encoding="utf-8").startswith("# Made by `python -m etl train`")
