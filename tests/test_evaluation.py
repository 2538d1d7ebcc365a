"""The matching rules that score extracted figures against the gold."""

from __future__ import annotations

from datetime import date

import pytest

from etl.evaluation import headline_season, match, same_place


@pytest.mark.parametrize(
    ("start", "end", "season"),
    [
        ("2023-12-01", "2024-02-20", 2024),
        (date(2024, 10, 1), date(2024, 12, 31), 2025),
        ("2024-01-01", "2024-12-31", None),  # a calendar year straddles two seasons
        (None, "2024-01-10", None),  # a running total from a start not stated
    ],
)
def test_a_figure_stands_in_one_seasons_headline_only_when_its_period_lies_in_it(
    start, end, season
):
    assert headline_season({"period_start": start, "period_end": end}) == season


def test_places_match_without_suffixes_or_when_one_names_the_others_area():
    assert same_place("沈阳", "沈阳市和平区")
    assert same_place("湖南省", "湖南")
    assert not same_place("长沙市", "株洲市")


def test_a_figure_matches_an_accepted_metric_unless_strict():
    gold = [{"metric": "people_reached", "also": ["people_aided"], "unit": "persons", "value": 30}]
    pred = [{"metric": "people_aided", "unit": "persons", "value": 30.0}]
    assert len(match(gold, pred)) == 1
    assert match(gold, pred, strict=True) == []
