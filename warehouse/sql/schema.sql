-- Warehouse schema. Figures carry the contract fields of docs/figures.md plus ids and context.

create table documents (
    doc             varchar primary key,   -- the report's file name
    sha256          varchar,
    size_bytes      bigint,
    mtime_ns        bigint,                -- with size_bytes: unchanged files are not read again
    encoding        varchar,
    publisher       varchar,
    published       date,
    source_url      varchar,
    province_hint   varchar,
    note            varchar,
    status          varchar not null,      -- loaded | rejected
    reason          varchar,
    n_articles      integer not null default 0,
    n_figures       integer not null default 0,
    text            varchar,               -- the normalised text that spans point into
    title           varchar,               -- the report's headline (.meta.yml, else its page)
    from_page       varchar                -- fields an HTML page gave as the .meta.yml lacked
                                           -- them: "published, title, publisher"
);

create table articles (
    doc             varchar not null,
    article         integer not null,
    title           varchar,
    attribution     varchar,
    province        varchar,
    place           varchar,
    campaign        varchar,
    season          integer,
    publisher       varchar,               -- the article's own publisher on a bulletin page
    source_url      varchar,
    char_start      integer not null,
    char_end        integer not null,
    title_start     integer,               -- the headline's range, when the article has one
    title_end       integer,
    primary key (doc, article)
);

create table figures (
    figure_id       varchar primary key,
    doc             varchar not null,
    article         integer not null,
    metric          varchar,
    value           double,
    unit            varchar,
    qualifier       varchar,
    status          varchar,
    province        varchar,
    place           varchar,
    period_start    date,
    period_end      date,
    quote           varchar,
    span            integer[],
    text_as_written varchar,
    season          integer,               -- null for multi-season cumulative figures
    cumulative      boolean not null,
    province_level  boolean not null,      -- the figure is about the whole province (level = 'province')
    level           varchar,               -- province | city | county | town: the level of place
    confidence      double,                -- the extractor's estimate (0-1) that metric, value, status are right
    part_of         varchar,               -- figure_id of the stated total this is a part of
    review          varchar,               -- needs_review (low confidence) | confirmed | corrected | added
    reviewed_by     varchar,
    reviewed_at     varchar
);

create table correction_conflicts (
    correction_id   integer not null,
    doc             varchar not null,
    reason          varchar not null
);

create table rejects (
    doc             varchar not null,
    reason          varchar not null
);

create table build_info (
    built_at            timestamp not null,
    reports_dir         varchar not null,
    n_documents         integer not null,
    n_rejected          integer not null,
    n_figures           integer not null,
    extractor_version   varchar not null,  -- a new extractor, schema or mart rebuilds every report
    corrections_max_id  integer not null   -- newer corrections re-read their reports
);

-- Vocabularies of the contract, so that checks are plain joins.
create table vocab_metric_units (metric varchar not null, unit varchar not null);
create table vocab_qualifiers (qualifier varchar not null);
create table vocab_statuses (status varchar not null);

-- The dashboard's province scope in one place: the chosen provinces, an empty list meaning all.
create macro in_provinces(province, provinces) as
    len(provinces) = 0 or list_contains(provinces, province);
