-- review_counts: one row, how long the review queue (review_queue.sql) is in the chosen
-- provinces ($provinces, empty = all): figures waiting (unreviewed or needs_review), those
-- that need review, and those an analyst has decided ($decided keys) that a build has not
-- applied yet.
with unreviewed as (
    select
        review,
        list_contains(
            $decided::varchar[], concat_ws(':', doc_sha256, article, span[1], span[2])
        ) as decided
    from figures_detail
    where (review is null or review = 'needs_review')
      and in_provinces(province, $provinces)
),

final as (
    select
        count(*) filter (where not decided) as n_waiting,
        count(*) filter (where not decided and review = 'needs_review') as n_needs_review,
        count(*) filter (where decided) as n_decided
    from unreviewed
)

select * from final
