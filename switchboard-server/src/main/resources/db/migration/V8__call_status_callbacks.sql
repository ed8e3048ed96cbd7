-- Crash recovery (issue 10): a call keeps where its status callbacks go, so a call that a killed
-- process left live can be closed out at the next start and still get its last callback.
ALTER TABLE calls ADD COLUMN status_callback VARCHAR;
ALTER TABLE calls ADD COLUMN status_callback_method VARCHAR(8);
ALTER TABLE calls ADD COLUMN status_callback_events VARCHAR;
