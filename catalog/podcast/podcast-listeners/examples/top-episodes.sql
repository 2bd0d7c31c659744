-- Top 20 episodes by unique listeners over the last 7 complete days.
-- Reads the daily-listeners port of podcast.podcast-listeners, joined with podcast.podcast-catalog for titles.
SELECT l.episode_id,
       c.podcast_title,
       c.episode_title,
       count(DISTINCT l.listener_id) AS unique_listeners,
       round(sum(l.seconds_listened) / 3600.0, 1) AS hours_listened,
       round(avg(l.completion_ratio), 2) AS avg_completion
FROM podcast.podcast_listeners AS l
JOIN podcast.podcast_catalog AS c
  ON c.episode_id = l.episode_id AND c.valid_to IS NULL
WHERE l.listen_date BETWEEN current_date - 7 AND current_date - 1
GROUP BY l.episode_id, c.podcast_title, c.episode_title
ORDER BY unique_listeners DESC
LIMIT 20;
