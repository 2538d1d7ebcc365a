-- per_capita_aid: derived aid per person or household, from aid and the recipients it went to.
-- Aid (aid_disbursed, in_kind_value) divides by a count of recipients (people_aided, else
-- people_reached, else households_reached) stated in its own sentence
-- ("开展救助103人，发放救助资金134237元，发放生活物资折款6328元": the two sums over the 103).
-- Aid whose sentence names no recipients divides by a count elsewhere in the article, same
-- place, period and status, only when that pairing is unambiguous: no aid of the article was
-- paired in its own sentence (else the rest is another programme's money) and the article
-- states one count of the chosen kind (a flood fund beside the evacuated and the treated is
-- no per-capita value), and that count is not of people moved to safety (紧急转移安置14万人:
-- evacuated, not those the fund was shared among). Stated rates are not inputs;
-- person-visits and household-visits count contacts, not recipients, so they never divide.
-- A quotient over 10,000元 a recipient in a season means the count names a few people of
-- the article (those met at a ceremony) while the amount is the whole campaign's: it is not
-- a per-capita value, and is left out rather than drawn. Under 50元 a recipient the count is
-- wider than the money (everyone visited or covered, against one fund's gifts): left out too.
with inputs as (
    select *
    from figures
    where part_of is null
      and not cumulative
      and status in ('actual', 'planned')
      -- placed in its province by default only (the article names no place): neither the
      -- province's nor a named place's, as in place_season_metrics
      and (level is not null or review = 'added')
),

aid as (
    select * from inputs where metric in ('aid_disbursed', 'in_kind_value')
),

recipients as (
    select *,
        case metric
            when 'people_aided' then 1
            when 'people_reached' then 2
            when 'households_reached' then 3
        end as rank
    from inputs
    where metric in ('people_aided', 'people_reached', 'households_reached')
      and unit in ('persons', 'households')
),

-- each aid with every count of recipients of its article, place, period and status, and
-- whether the two stand in one sentence (no sentence end or semicolon between their spans)
candidates as (
    select
        a.doc, a.article, a.place, a.period_start, a.period_end, a.status,
        a.figure_id as aid_id,
        r.figure_id as recipients_id,
        r.rank,
        r.value as denominator,
        regexp_matches(r.quote, '转移|安置|疏散|撤离') as evacuated,
        a.quote = r.quote as same_clause,
        a.span is not null and r.span is not null
            and not regexp_matches(
                substring(
                    d.text,
                    least(a.span[2], r.span[2]) + 1,
                    greatest(a.span[1], r.span[1]) - least(a.span[2], r.span[2])
                ),
                '[。！？；!?;]'
            ) as same_sentence
    from aid as a
    join recipients as r
        on r.doc = a.doc
        and r.article = a.article
        and r.place is not distinct from a.place
        and r.period_start is not distinct from a.period_start
        and r.period_end is not distinct from a.period_end
        and r.status = a.status
    join documents as d on d.doc = a.doc
),

-- an aid's own sentence's recipients: its own clause's first ("向17名…发放慰问金17万元"),
-- then the preferred kind, then the larger
chosen as (
    select aid_id, recipients_id, rank, same_clause
    from candidates
    where same_sentence
    qualify row_number() over (
        partition by aid_id order by not same_clause, rank, denominator desc
    ) = 1
),

-- several counts of that kind in the aid's own clause are its recipients together
-- ("为7名深度困难职工、12名患大病职工和9名患病职工发放救助金11.8万元": 28 people)
in_sentence as (
    select
        ch.aid_id,
        min(c.recipients_id) as recipients_id,
        sum(c.denominator) as denominator
    from chosen as ch
    join candidates as c
        on c.aid_id = ch.aid_id
        and (c.recipients_id = ch.recipients_id
             or (ch.same_clause and c.same_clause and c.rank = ch.rank))
    group by ch.aid_id
),

-- aid of articles where none was paired in its sentence, with the article's one count of its
-- preferred kind
across_sentences as (
    select aid_id, recipients_id, denominator
    from (
        select
            *,
            bool_or(same_sentence) over (
                partition by doc, article, place, period_start, period_end, status
            ) as article_paired,
            min(rank) over (partition by aid_id) as preferred_rank
        from candidates
    )
    where not article_paired and rank = preferred_rank
    qualify count(*) over (partition by aid_id) = 1 and not evacuated
),

pairs as (
    select * from in_sentence
    union all
    select * from across_sentences
),

grouped as (
    select
        p.recipients_id,
        p.denominator,
        sum(a.value) as aid_yuan,
        count(*) as n_aid_figures,
        bool_or(a.qualifier <> 'exact') as aid_inexact
    from pairs as p
    join aid as a on a.figure_id = p.aid_id
    group by p.recipients_id, p.denominator
),

final as (
    select
        r.doc,
        r.article,
        r.province,
        r.place,
        r.province_level,
        r.season,
        r.period_start,
        r.period_end,
        r.status,
        g.aid_yuan,
        g.n_aid_figures,
        g.denominator,
        r.metric as denominator_metric,
        r.unit as denominator_unit,
        case when r.metric = 'households_reached' then 'per_household'
             else 'per_person' end as basis,
        round(g.aid_yuan / g.denominator, 2) as per_capita_yuan,
        g.aid_inexact or r.qualifier <> 'exact' as approximate,
        ar.publisher
    from grouped as g
    join recipients as r on r.figure_id = g.recipients_id
    join articles as ar on ar.doc = r.doc and ar.article = r.article
    where g.aid_yuan / g.denominator between 50 and 10000
)

select * from final
