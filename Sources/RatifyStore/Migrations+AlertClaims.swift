extension Migrations {
    /// v3: a claim on an alert names the lock its run holds (a byte of the
    /// lock file beside the database, `LockFile`), so that it lives exactly
    /// as long as that run: a later run takes over the claim of a run that
    /// died at once, and never a live run's. v2's claims aged out after ten
    /// minutes; one still open at the upgrade has no lock and is retried by
    /// the next run. Each alert's JSON gains its stable `id`, the event's
    /// identity (treaty, kind, key), which the receiver of a repeat
    /// delivered after an unknown outcome can drop it by.
    static let alertClaimsSQL = """
        ALTER TABLE alert_delivery ADD COLUMN claim_lock INTEGER CHECK (claim_lock > 0);
        UPDATE alert SET payload = json_set(payload, '$.id', treaty_id || '/' || kind || '/' || event_key)
            WHERE json_extract(payload, '$.id') IS NULL;
        """
}
