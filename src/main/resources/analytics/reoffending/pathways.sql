-- Per pathway: people, proven and sanctioned re-offenders, and proven re-offences.
SELECT pathway, count(*) AS people,
       count(*) FILTER (WHERE proven_reoffences > 0) AS proven_reoffenders,
       count(*) FILTER (WHERE sanctioned_reoffences > 0) AS sanctioned_reoffenders,
       sum(proven_reoffences) AS proven_reoffences
FROM cohort_person GROUP BY pathway ORDER BY pathway
