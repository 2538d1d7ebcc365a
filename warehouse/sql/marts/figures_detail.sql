-- figures_detail: one row per figure with the article and report it came from.
with figures_in_articles as (
    select
        f.*,
        a.title as article_title,
        a.attribution,
        a.campaign,
        a.season as article_season,
        a.publisher,
        a.source_url
    from figures as f
    join articles as a using (doc, article)
),

final as (
    select
        fa.*,
        d.published,
        d.sha256 as doc_sha256
    from figures_in_articles as fa
    join documents as d using (doc)
)

select * from final
