-- Crash recovery (CI found it): a call's completed status callback is owed from the moment the
-- final status is stored until it has been sent. NULL: not owed (no final status yet, or the call
-- did not ask for it); 'due': owed; 'sent': sent or given up on. A restart sends every 'due' one,
-- so a kill between the final status's commit and the callback loses no callback.
ALTER TABLE calls ADD COLUMN final_callback VARCHAR(4);
CREATE INDEX calls_final_callback ON calls (final_callback);
