-- A key is stored with the CPAM it belongs to ("751:" + the client's key of up to 200 characters).
ALTER TABLE idempotency_key ALTER COLUMN key TYPE varchar(210);
