-- review_queue: the figures an analyst should look at, in the chosen provinces ($provinces,
-- empty = all): those the extractor was not sure of (review = 'needs_review') first, least
-- confident first, then the unreviewed ones newest first; at most $limit rows.
-- $decided lists the figures an analyst has decided since the warehouse was built, as
-- 'sha256:article:start:end' keys: they leave the queue at once, while the build that applies
-- the decisions is still to come. review_counts.sql counts the whole queue.
with waiting as (
    select *
    from figures_detail
    where (review is null or review = 'needs_review')
      and in_provinces(province, $provinces)
      and not list_contains(
          $decided::varchar[], concat_ws(':', doc_sha256, article, span[1], span[2])
      )
)

select * from waiting
order by
    review = 'needs_review' desc nulls last,
    case when review = 'needs_review' then confidence end nulls last,
    published desc,
    doc,
    article,
    span[1]
limit $limit
