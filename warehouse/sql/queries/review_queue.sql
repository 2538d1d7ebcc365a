-- review_queue: the figures an analyst should look at, those the extractor was not sure of
-- (review = 'needs_review') first and least confident first, then the unreviewed newest first;
-- at most $limit rows.
select *
from figures_detail
where review is null or review = 'needs_review'
order by review = 'needs_review' desc nulls last, confidence, published desc, doc, span[1]
limit $limit
