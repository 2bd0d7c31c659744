-- Offline evaluation of the monday playlists model: for last week's playlists, the share of recommended
-- tracks the listener played (30 s or more), saved (like) or skipped during the week, per model version.
WITH recs AS (
  SELECT listener_id, track_id, model_version, new_to_listener
  FROM playlist.monday_playlists
  WHERE playlist_week = date_trunc('week', current_date) - INTERVAL 7 DAY
),
reactions AS (
  SELECT listener_id, track_id,
         max(CASE WHEN action = 'play' AND ms_played >= 30000 THEN 1 ELSE 0 END) AS played,
         max(CASE WHEN action = 'like' THEN 1 ELSE 0 END) AS saved,
         max(CASE WHEN action = 'skip' THEN 1 ELSE 0 END) AS skipped
  FROM player.play_events
  WHERE event_time >= date_trunc('week', current_date) - INTERVAL 7 DAY
    AND event_time < date_trunc('week', current_date)
  GROUP BY listener_id, track_id
)
SELECT r.model_version,
       r.new_to_listener,
       count(*) AS recommended,
       avg(coalesce(x.played, 0)) AS play_rate,
       avg(coalesce(x.saved, 0)) AS save_rate,
       avg(coalesce(x.skipped, 0)) AS skip_rate
FROM recs AS r
LEFT JOIN reactions AS x USING (listener_id, track_id)
GROUP BY r.model_version, r.new_to_listener
ORDER BY r.model_version, r.new_to_listener;
