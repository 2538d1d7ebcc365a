"""The since-day cue of a figure is found once per article, as a scan of the article up to
the figure would find it."""

from __future__ import annotations

import random

from etl.extraction.periods import SINCE_DAY, _since_day


def test_since_day_from_the_article_scan_equals_the_scan_up_to_each_figure():
    rng = random.Random(3)
    pieces = ["自", "今年", "1", "12", "月", "5", "日", "起", "以来", "启动", "开始", "至今", "，"]
    for _ in range(3000):
        article = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for cut in range(len(article) + 1):
            left = article[:cut]
            expected = SINCE_DAY.search(left)
            found = _since_day(left, article)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (article, cut)
