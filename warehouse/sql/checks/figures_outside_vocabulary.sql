-- Metric, unit, qualifier and status come from the contract's vocabularies.
select f.figure_id, f.metric, f.unit, f.qualifier, f.status
from figures as f
where f.metric not in (select metric from vocab_metric_units)
   or f.unit not in (select unit from vocab_metric_units)
   or f.qualifier not in (select qualifier from vocab_qualifiers)
   or f.status not in (select status from vocab_statuses)
